/**
 * Bookings: made from a live hold with the applicant's details, then read, cancelled and
 * rescheduled by reference with the national ID as verification (sent in a header, never in
 * a URL). Responses carrying personal data are `Cache-Control: no-store`.
 */
import * as z from 'zod/mini';
import {
  Coordinates,
  Language,
  LocalizedText,
  OffsetDateTime,
  ResourceId,
  toLatinDigits,
} from './common.js';

/** A national ID (CPR number): nine Latin digits once normalised. */
export const NationalId = z.string().check(z.regex(/^\d{9}$/));
/** A Bahraini mobile number in E.164: +973 then eight digits starting with 3 or 6. */
export const MobileNumber = z.string().check(z.regex(/^\+973[36]\d{7}$/));

/** A booking reference: `GA-` then eight Crockford base-32 characters in two groups. */
export const BookingReference = z
  .string()
  .check(z.regex(/^GA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/));

/** A national ID as typed (any digits, spaces around) in the form the API takes. */
export function normaliseNationalId(typed: string): string {
  return toLatinDigits(typed).replace(/\s+/g, '');
}

/** A mobile number as typed (any digits, spaces or hyphens, `00` for `+`) in E.164. */
export function normaliseMobileNumber(typed: string): string {
  return toLatinDigits(typed)
    .replace(/[\s\-()]/g, '')
    .replace(/^00/, '+');
}

/** A booking reference as typed (any digits, any case) in the form the API takes. */
export function normaliseBookingReference(typed: string): string {
  return toLatinDigits(typed).trim().toUpperCase();
}

export const AccessibilityNeed = z
  .enum(['wheelchair-access', 'sign-language-interpreter', 'visual-assistance', 'other-assistance'])
  .register(z.globalRegistry, { id: 'AccessibilityNeed' });
export type AccessibilityNeed = z.infer<typeof AccessibilityNeed>;

export const Relationship = z
  .enum(['child', 'parent', 'spouse', 'other-relative', 'other'])
  .register(z.globalRegistry, { id: 'Relationship' });
export type Relationship = z.infer<typeof Relationship>;

export const Applicant = z
  .object({
    /** As on the ID card, in Arabic or Latin script; spaces at either end are ignored. */
    name: z.string().check(z.trim(), z.minLength(2), z.maxLength(120)),
    nationalId: NationalId,
    mobile: MobileNumber,
    /** Where a copy of the confirmation goes, when the person wants one. */
    email: z.optional(z.nullable(z.email())),
    /** Set when the person who will attend is not the person booking. */
    bookingFor: z.optional(z.nullable(z.object({ relationship: Relationship }))),
  })
  .register(z.globalRegistry, {
    id: 'Applicant',
    description:
      'The person who will attend. Digits must be Latin (clients normalise Arabic-Indic and Persian digits before sending).',
  });
export type Applicant = z.infer<typeof Applicant>;

export const BookingRequest = z
  .object({
    /** The live hold whose place becomes the booking (`Hold.id`). */
    holdId: z.string().check(z.minLength(1)),
    applicant: Applicant,
    /** Help the person needs at the centre; an empty list when none. */
    accessibilityNeeds: z.array(AccessibilityNeed),
    /** Free text for the centre (at most 500 characters). */
    accessibilityNotes: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
    /** Language of the SMS and email notifications. */
    notificationLanguage: Language,
  })
  .register(z.globalRegistry, { id: 'BookingRequest' });
export type BookingRequest = z.infer<typeof BookingRequest>;

export const RescheduleRequest = z
  .object({
    /** A live hold of the same service, on the new time. */
    holdId: z.string().check(z.minLength(1)),
  })
  .register(z.globalRegistry, {
    id: 'RescheduleRequest',
    description: 'Move the booking to the slot of a live hold; the old place is freed atomically.',
  });
export type RescheduleRequest = z.infer<typeof RescheduleRequest>;

export const CancellationReason = z
  .enum(['no-longer-needed', 'booked-elsewhere', 'cannot-attend', 'other'])
  .register(z.globalRegistry, { id: 'CancellationReason' });
export type CancellationReason = z.infer<typeof CancellationReason>;

export const CancelRequest = z
  .object({
    /** Why the visit is cancelled, for the centre's statistics. */
    reason: z.optional(CancellationReason),
  })
  .register(z.globalRegistry, { id: 'CancelRequest' });
export type CancelRequest = z.infer<typeof CancelRequest>;

export const BookingStatus = z
  .enum(['confirmed', 'cancelled'])
  .register(z.globalRegistry, { id: 'BookingStatus' });
export type BookingStatus = z.infer<typeof BookingStatus>;

export const Booking = z
  .object({
    reference: BookingReference,
    status: BookingStatus,
    /** Increases on every change; also sent as the `ETag` for `If-Match`. */
    version: z.int().check(z.positive()),
    service: z.object({
      id: ResourceId,
      name: LocalizedText,
      durationMinutes: z.int().check(z.positive()),
      requiredDocuments: z.array(LocalizedText),
    }),
    centre: z.object({
      id: ResourceId,
      name: LocalizedText,
      address: LocalizedText,
      phone: z.string(),
      coordinates: Coordinates,
    }),
    start: OffsetDateTime,
    end: OffsetDateTime,
    /**
     * Until when the booking can be cancelled or moved online: `start` minus the service's
     * `changeCutoffMinutes`, computed by the server. From this instant on, cancel and
     * reschedule answer 409 `booking-not-modifiable`.
     */
    changeableUntil: OffsetDateTime,
    /** Only what is needed to recognise the booking; the full ID and number are never returned. */
    applicant: z.object({
      name: z.string(),
      maskedNationalId: z.string(),
      maskedMobile: z.string(),
      bookingFor: z.nullable(z.object({ relationship: Relationship })),
    }),
    accessibilityNeeds: z.array(AccessibilityNeed),
    notificationLanguage: Language,
    /** What the centre's check-in kiosk scans (encode it as a QR code). */
    checkInCode: z.string().check(z.minLength(1)),
    createdAt: OffsetDateTime,
    updatedAt: OffsetDateTime,
  })
  .register(z.globalRegistry, {
    id: 'Booking',
    description: 'A booked visit. Carries personal data: never cached or stored by clients.',
  });
export type Booking = z.infer<typeof Booking>;
