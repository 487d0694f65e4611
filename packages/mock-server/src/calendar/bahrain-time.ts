/**
 * Dates and times in Bahrain (UTC+3, no daylight saving), computed with UTC arithmetic so
 * the answer never depends on the time zone of the machine running the mock.
 */
import type { Weekday } from '@gov-appointment/sdk/schemas';

const OFFSET_MS = 3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS: readonly Weekday[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** The Bahrain calendar date (`YYYY-MM-DD`) of an instant. */
export function bahrainDateOf(instant: number): string {
  return new Date(instant + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of a Bahrain wall-clock time on a Bahrain date. */
export function bahrainInstant(date: string, minutesOfDay: number): number {
  return utcMidnight(date) + minutesOfDay * 60_000 - OFFSET_MS;
}

/** An instant as ISO 8601 in Bahrain time with seconds and `+03:00`. */
export function formatBahrainDateTime(instant: number): string {
  const wholeSeconds = Math.floor(instant / 1000) * 1000;
  return `${new Date(wholeSeconds + OFFSET_MS).toISOString().slice(0, 19)}+03:00`;
}

/** An instant in iCalendar's UTC form, e.g. `20261123T143000Z`. */
export function formatUtcBasic(instant: number): string {
  return new Date(Math.floor(instant / 1000) * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** An instant in iCalendar's local form (Bahrain wall clock), e.g. `20261206T093000`. */
export function formatBahrainBasic(instant: number): string {
  return formatUtcBasic(instant + OFFSET_MS).replace('Z', '');
}

/** The date `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

export function weekdayOf(date: string): Weekday {
  const weekday = WEEKDAYS[new Date(utcMidnight(date)).getUTCDay()];
  if (!weekday) throw new RangeError(`Not a date: ${date}`);
  return weekday;
}

/** True when `YYYY-MM-DD` names a day that exists (no 30 February). */
export function isCalendarDate(date: string): boolean {
  const instant = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(instant) && new Date(instant).toISOString().slice(0, 10) === date;
}

/** `HH:MM` to minutes after midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Minutes after midnight to `HH:MM`. */
export function formatTimeOfDay(minutesOfDay: number): string {
  const hours = Math.floor(minutesOfDay / 60);
  const minutes = minutesOfDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function utcMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}
