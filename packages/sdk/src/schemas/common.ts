/**
 * Building blocks shared by every part of the contract: identifiers, localized text,
 * dates and times in Bahrain local time, pagination.
 */
import * as z from 'zod/mini';

/** The languages the product serves. Arabic and English are always present in the data. */
export const LANGUAGES = ['ar', 'en', 'ur', 'hi', 'bn', 'fa'] as const;
export const Language = z.enum(LANGUAGES).register(z.globalRegistry, {
  id: 'Language',
  description: 'A language the system serves (BCP 47 primary subtag).',
});
export type Language = z.infer<typeof Language>;

/**
 * Text in several languages. Arabic and English are required for every name the API
 * returns; the other four are optional and clients fall back (see `localize`).
 */
export const LocalizedText = z
  .object({
    ar: z.string().check(z.minLength(1)),
    en: z.string().check(z.minLength(1)),
    ur: z.optional(z.string()),
    hi: z.optional(z.string()),
    bn: z.optional(z.string()),
    fa: z.optional(z.string()),
  })
  .register(z.globalRegistry, {
    id: 'LocalizedText',
    description:
      'The same text in several languages. `ar` and `en` are always present; `ur`, `hi`, `bn` and `fa` when translated.',
  });
export type LocalizedText = z.infer<typeof LocalizedText>;

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/**
 * The text with Arabic-Indic (٠-٩) and Persian (۰-۹) digits as Latin ones. People type
 * numbers in their own script's digits; the API takes Latin digits only, so clients
 * normalise identifiers and phone numbers before sending them.
 */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
  });
}

/** Opaque, URL-safe identifier of a catalogue resource (provider, service, centre). */
export const ResourceId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,63}$/));

/** A calendar date in Bahrain, `YYYY-MM-DD`: a day that exists (no 31 February). */
export const LocalDate = z
  .string()
  .check(
    z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
    z.refine(isCalendarDate, { message: 'Not a day of the calendar' }),
  );

/** Whether `YYYY-MM-DD` names a real day: the proleptic Gregorian calendar, leap years included. */
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * For objects with `start` and `end` instants: the end comes after the start. A slot or hold
 * that ends before it begins would otherwise be shown as a negative duration.
 */
export function endsAfterStart<T extends { readonly start: string; readonly end: string }>() {
  return z.refine<T>((value) => Date.parse(value.end) > Date.parse(value.start), {
    message: 'Ends before it starts',
    path: ['end'],
  });
}

/**
 * An instant written as ISO 8601 with an explicit offset. Slot times always carry Bahrain's
 * `+03:00` so that a client can show the local time without any time-zone database.
 */
export const OffsetDateTime = z.iso
  .datetime({ offset: true })
  .check(z.regex(/\+03:00$/))
  .register(z.globalRegistry, {
    id: 'BahrainDateTime',
    format: 'date-time',
    description:
      'An instant in ISO 8601 with seconds and the Bahrain offset, e.g. `2026-12-06T09:30:00+03:00`.',
  });

/** A wall-clock time of day in Bahrain, `HH:MM` (24 h). */
export const LocalTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** The one time zone of the system: Bahrain, UTC+3, no daylight saving. */
export const TIME_ZONE = 'Asia/Bahrain';
export const TIME_ZONE_OFFSET = '+03:00';

export const Governorate = z
  .enum(['capital', 'muharraq', 'northern', 'southern'])
  .register(z.globalRegistry, { id: 'Governorate', description: 'One of the four governorates.' });
export type Governorate = z.infer<typeof Governorate>;

export const Coordinates = z
  .object({
    lat: z.number().check(z.gte(-90), z.lte(90)),
    lng: z.number().check(z.gte(-180), z.lte(180)),
  })
  .register(z.globalRegistry, { id: 'Coordinates', description: 'WGS 84 latitude and longitude.' });
export type Coordinates = z.infer<typeof Coordinates>;

/** An opening period within one day, e.g. 07:00 to 14:00. */
export const Shift = z.object({ opens: LocalTime, closes: LocalTime }).register(z.globalRegistry, {
  id: 'Shift',
  description: 'A period a centre is open within one day, Bahrain local time.',
});
export type Shift = z.infer<typeof Shift>;

/** A page of a list; `nextCursor` is null on the last page. */
export function page<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
  });
}

/** An amount of money in minor units (fils for BHD: 1 BHD = 1000 fils). */
export const Money = z
  .object({
    amountMinor: z.int().check(z.nonnegative()),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  })
  .register(z.globalRegistry, {
    id: 'Money',
    description:
      'An amount in the currency’s minor unit (ISO 4217 exponent: BHD has 3 digits, so 5000 is 5.000 BHD).',
  });
export type Money = z.infer<typeof Money>;
