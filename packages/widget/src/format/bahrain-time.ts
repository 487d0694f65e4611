/**
 * Dates and times in Bahrain, whatever the device's time zone.
 *
 * Calendar dates travel as `YYYY-MM-DD` strings and months as `YYYY-MM`. Arithmetic on them is
 * done in UTC, where every day has exactly 24 hours, so no device time zone or daylight-saving
 * rule can shift a date. Formatters always pass `timeZone: 'Asia/Bahrain'` and the Gregorian
 * calendar (Farsi would otherwise default to the Persian calendar).
 */
import type { Language } from '@gov-appointment/sdk/schemas';
import { type DateTimePart, type DayPeriod, joinWithOwnDayPeriods } from './day-periods.js';
import { cachedDateTimeFormat } from './intl-cache.js';

/** Bahrain keeps UTC+3 all year (no daylight saving), so local time is a fixed shift. */
const BAHRAIN_OFFSET_MS = 3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})/;

const IN_BAHRAIN = { timeZone: 'Asia/Bahrain', calendar: 'gregory' } as const;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function partsOf(date: string): DateParts {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  if (parts.day > daysInMonthOf(parts.year, parts.month)) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return parts;
}

function daysInMonthOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function utcMsOf(date: string): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day);
}

function dateOfUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function instantMs(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO 8601 instant: ${iso}`);
  return ms;
}

/** Noon in Bahrain on `date`: far from midnight, so formatting it in Bahrain shows `date`. */
function noonInBahrain(date: string): Date {
  return new Date(utcMsOf(date) + DAY_MS / 2 - BAHRAIN_OFFSET_MS);
}

/** Today's date in Bahrain (`YYYY-MM-DD`) at the instant `now`. */
export function todayInBahrain(now: Date): string {
  return dateOfUtcMs(now.getTime() + BAHRAIN_OFFSET_MS);
}

/** The Bahrain calendar date of an ISO 8601 instant, e.g. a slot's start. */
export function dateOfInstant(iso: string): string {
  return dateOfUtcMs(instantMs(iso) + BAHRAIN_OFFSET_MS);
}

/** `date` moved by `days` (negative moves back). */
export function addDays(date: string, days: number): string {
  return dateOfUtcMs(utcMsOf(date) + days * DAY_MS);
}

/**
 * `date` moved by `months` (negative moves back), keeping the day of the month where it
 * exists and otherwise the month's last day: 31 January plus one month is 28 or 29 February.
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = partsOf(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonthOf(targetYear, targetMonth));
  return dateOfUtcMs(Date.UTC(targetYear, targetMonth - 1, targetDay));
}

/** The first day of `date`'s month. */
export function startOfMonth(date: string): string {
  partsOf(date);
  return `${date.slice(0, 7)}-01`;
}

/** The month (`YYYY-MM`) that `date` falls in. */
export function monthOf(date: string): string {
  partsOf(date);
  return date.slice(0, 7);
}

/** How many days a month (`YYYY-MM`) has. */
export function daysInMonth(month: string): number {
  const { year, month: monthNumber } = partsOf(`${month}-01`);
  return daysInMonthOf(year, monthNumber);
}

/**
 * Orders two dates (or two months): negative when `a` is earlier, 0 when equal, positive when
 * later. The fixed-width ISO form sorts chronologically as text.
 */
export function compareDates(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The day of the week of `date`: 0 is Sunday, 6 is Saturday. */
export function weekdayOf(date: string): number {
  return new Date(utcMsOf(date)).getUTCDay();
}

/** When in the day an instant falls in Bahrain: before noon, before 17:00, or later. */
export function partOfDay(iso: string): 'morning' | 'afternoon' | 'evening' {
  const hour = new Date(instantMs(iso) + BAHRAIN_OFFSET_MS).getUTCHours();
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  return 'evening';
}

/** A date in full with its weekday, e.g. "Sunday, December 6, 2026" in English. */
export function formatLongDate(date: string, locale: string, numberingSystem: string): string {
  return cachedDateTimeFormat(locale, {
    ...IN_BAHRAIN,
    numberingSystem,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(noonInBahrain(date));
}

/** A month and its year, e.g. "December 2026". Takes a month (`YYYY-MM`) or any date in it. */
export function formatMonthYear(month: string, locale: string, numberingSystem: string): string {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  return cachedDateTimeFormat(locale, {
    ...IN_BAHRAIN,
    numberingSystem,
    month: 'long',
    year: 'numeric',
  }).format(noonInBahrain(`${match[0]}-01`));
}

/** Before or after noon in Bahrain at the instant `ms`. */
function dayPeriodAt(ms: number): DayPeriod {
  return new Date(ms + BAHRAIN_OFFSET_MS).getUTCHours() < 12 ? 'am' : 'pm';
}

/** Which end of a range a part belongs to: the start's period unless it is the end's own. */
function periodOfRange(start: number, end: number): (part: DateTimePart) => DayPeriod {
  return (part) => dayPeriodAt(part.source === 'endRange' ? end : start);
}

const CLOCK = { hour: 'numeric', minute: '2-digit' } as const;

/**
 * The Bahrain wall-clock time of an instant in the locale's style ("9:30 am", "٩:٣٠ ص",
 * "9:30 قبل دوپہر"), with the reader's own word for the day period.
 */
export function formatTime(iso: string, locale: string, numberingSystem: string): string {
  const ms = instantMs(iso);
  const parts = cachedDateTimeFormat(locale, {
    ...IN_BAHRAIN,
    numberingSystem,
    ...CLOCK,
  }).formatToParts(ms);
  return joinWithOwnDayPeriods(parts, locale, () => dayPeriodAt(ms));
}

/** A span of Bahrain time in the locale's range style, e.g. "9:30 – 10:00 am". */
export function formatTimeRange(
  startIso: string,
  endIso: string,
  locale: string,
  numberingSystem: string,
): string {
  const start = instantMs(startIso);
  const end = instantMs(endIso);
  const parts = cachedDateTimeFormat(locale, {
    ...IN_BAHRAIN,
    numberingSystem,
    ...CLOCK,
  }).formatRangeToParts(start, end);
  return joinWithOwnDayPeriods(parts, locale, periodOfRange(start, end));
}

/**
 * A visit from its start to its end, date and times composed by Intl in the locale's own
 * pattern and punctuation: "Monday, 7 December 2026, 1:00 – 1:30 pm",
 * "دوشنبه ۷ دسامبر ۲۰۲۶، ۱۳:۰۰ تا ۱۳:۳۰".
 */
export function formatVisit(
  startIso: string,
  endIso: string,
  locale: string,
  numberingSystem: string,
): string {
  const start = instantMs(startIso);
  const end = instantMs(endIso);
  const parts = cachedDateTimeFormat(locale, {
    ...IN_BAHRAIN,
    numberingSystem,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...CLOCK,
  }).formatRangeToParts(start, end);
  return joinWithOwnDayPeriods(parts, locale, periodOfRange(start, end));
}

/**
 * The same day in the Hijri (Umm al-Qura) calendar, for a second line under the Gregorian
 * date, e.g. "Jumada II 26, 1448 AH".
 */
export function formatHijriDate(date: string, locale: string, numberingSystem: string): string {
  return cachedDateTimeFormat(locale, {
    timeZone: 'Asia/Bahrain',
    calendar: 'islamic-umalqura',
    numberingSystem,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(noonInBahrain(date));
}

/** A week known to start on Sunday 4 January 2026; its days give the weekday names. */
const SUNDAY = '2026-01-04';

/**
 * The seven weekday names in display order for a week starting on `weekStart` (0 is Sunday),
 * e.g. `['Sat', 'Sun', …]` for a Saturday start with `width` 'short'.
 */
export function weekdayNames(
  locale: string,
  weekStart: number,
  width: 'long' | 'short' | 'narrow',
): string[] {
  const format = cachedDateTimeFormat(locale, { ...IN_BAHRAIN, weekday: width });
  return Array.from({ length: 7 }, (_, column) =>
    format.format(noonInBahrain(addDays(SUNDAY, (weekStart + column) % 7))),
  );
}

/** What `Intl.Locale` reports about weeks, where the engine supports it. */
interface WeekInfo {
  /** 1 is Monday … 7 is Sunday. */
  firstDay: number;
}
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** CLDR's first day of the week for each language, for engines without `weekInfo`. */
const FALLBACK_WEEK_START: Readonly<Record<Language, number>> = {
  ar: 6,
  fa: 6,
  en: 0,
  ur: 0,
  hi: 0,
  bn: 0,
};

/** The first day of the week for readers of `language` (0 is Sunday, 6 is Saturday). */
export function weekStartFor(language: Language): number {
  const locale = new Intl.Locale(language) as LocaleWithWeekInfo;
  // `getWeekInfo()` is the standard method; older engines shipped it as a `weekInfo` getter.
  const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
  return info ? info.firstDay % 7 : FALLBACK_WEEK_START[language];
}

/** A wall-clock time of day (`HH:MM`, as in opening hours) as an instant on a fixed UTC day. */
function clockMs(time: string): number {
  return Date.parse(`1970-01-01T${time}:00Z`);
}

function clockPeriod(ms: number): DayPeriod {
  return new Date(ms).getUTCHours() < 12 ? 'am' : 'pm';
}

/**
 * Opening and closing times (`HH:MM`) as one span in the locale's range style, e.g.
 * "7:00 am – 2:00 pm", "۷:۰۰ تا ۱۴:۰۰".
 */
export function formatClockRange(
  opens: string,
  closes: string,
  locale: string,
  numberingSystem: string,
): string {
  const start = clockMs(opens);
  const end = clockMs(closes);
  const parts = cachedDateTimeFormat(locale, {
    ...CLOCK,
    timeZone: 'UTC',
    numberingSystem,
  }).formatRangeToParts(start, end);
  return joinWithOwnDayPeriods(parts, locale, (part) =>
    clockPeriod(part.source === 'endRange' ? end : start),
  );
}
