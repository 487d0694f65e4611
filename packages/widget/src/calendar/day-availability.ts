/**
 * What a day of the calendar offers, and the sentence that tells a person so. Each sentence is
 * one whole message (the date inside it), so that every language can order its words freely.
 */

import { localize } from '@gov-appointment/sdk';
import type {
  CalendarDay,
  ClosureReason,
  Language,
  LocalizedText,
} from '@gov-appointment/sdk/schemas';
import { msg, str } from '@lit/localize';
import { withoutDirectionControls } from '../format/api-text.js';
import { compareDates } from '../format/bahrain-time.js';
import { formatNumber } from '../format/number-format.js';
import { inPageDigits } from '../format/page-digits.js';
import { plural } from '../format/plural.js';

/** A day's availability as the calendar presents it. */
export type DayAvailability =
  | { kind: 'available'; count: number; ramadan: boolean }
  | { kind: 'fully-booked'; ramadan: boolean }
  | { kind: 'closed'; reason: ClosureReason; name: LocalizedText | null }
  | { kind: 'loading' }
  | { kind: 'unavailable' };

/** The bounds and state that decide a day's availability besides its own data. */
export interface AvailabilityBounds {
  /** Today in Bahrain; earlier days are past. */
  today: string;
  /** First bookable date. */
  min: string;
  /** Last bookable date. */
  max: string;
  /** Whether the month's availability is still being fetched. */
  loading: boolean;
}

/** How a date is presented, from its calendar data (when known) and the bookable range. */
export function availabilityOf(
  date: string,
  day: CalendarDay | undefined,
  bounds: AvailabilityBounds,
): DayAvailability {
  if (compareDates(date, bounds.today) < 0) return { kind: 'closed', reason: 'past', name: null };
  if (day?.closure) return { kind: 'closed', reason: day.closure.reason, name: day.closure.name };
  if (compareDates(date, bounds.max) > 0) {
    return { kind: 'closed', reason: 'outside-booking-window', name: null };
  }
  if (compareDates(date, bounds.min) < 0) return { kind: 'unavailable' };
  if (!day) return bounds.loading ? { kind: 'loading' } : { kind: 'unavailable' };
  if (!day.open) return { kind: 'unavailable' };
  return day.availableSlots > 0
    ? { kind: 'available', count: day.availableSlots, ramadan: day.ramadan }
    : { kind: 'fully-booked', ramadan: day.ramadan };
}

/**
 * The spoken description of a day in the grid, e.g. "Sunday, December 6, 2026, 12 times
 * available" or "Wednesday, December 16, 2026, closed: National Day".
 * `date` is the day already written out in full (see `formatLongDate`).
 */
export function describeDay(
  date: string,
  availability: DayAvailability,
  language: Language,
  numberingSystem: string,
): string {
  switch (availability.kind) {
    case 'available': {
      const count = formatNumber(availability.count, language, numberingSystem);
      if (availability.ramadan) {
        return plural(availability.count, language, {
          exactlyOne: () =>
            msg(str`${date}, one time available, Ramadan hours`, {
              id: 'day-times-available-ramadan.exactly-one',
            }),
          two: () =>
            msg(str`${date}, two times available, Ramadan hours`, {
              id: 'day-times-available-ramadan.two',
            }),
          few: () =>
            msg(str`${date}, ${count} times available, Ramadan hours`, {
              id: 'day-times-available-ramadan.few',
            }),
          many: () =>
            msg(str`${date}, ${count} times available, Ramadan hours`, {
              id: 'day-times-available-ramadan.many',
            }),
          other: () =>
            msg(str`${date}, ${count} times available, Ramadan hours`, {
              id: 'day-times-available-ramadan.other',
            }),
        });
      }
      return plural(availability.count, language, {
        exactlyOne: () =>
          msg(str`${date}, one time available`, { id: 'day-times-available.exactly-one' }),
        two: () => msg(str`${date}, two times available`, { id: 'day-times-available.two' }),
        few: () => msg(str`${date}, ${count} times available`, { id: 'day-times-available.few' }),
        many: () => msg(str`${date}, ${count} times available`, { id: 'day-times-available.many' }),
        other: () =>
          msg(str`${date}, ${count} times available`, { id: 'day-times-available.other' }),
      });
    }
    case 'fully-booked':
      return availability.ramadan
        ? msg(str`${date}, fully booked, Ramadan hours`)
        : msg(str`${date}, fully booked`);
    case 'closed':
      return describeClosure(
        date,
        availability.reason,
        availability.name,
        language,
        numberingSystem,
      );
    case 'loading':
      return msg(str`${date}, checking availability`);
    case 'unavailable':
      return msg(str`${date}, not available`);
  }
}

function describeClosure(
  date: string,
  reason: ClosureReason,
  name: LocalizedText | null,
  language: Language,
  numberingSystem: string,
): string {
  if (name && (reason === 'public-holiday' || reason === 'centre-closure')) {
    // A holiday's name comes from the API: spoken in the page's digits, without the controls
    // that could reorder a sentence.
    const closure = inPageDigits(
      withoutDirectionControls(localize(name, language)),
      numberingSystem,
    );
    return msg(str`${date}, closed: ${closure}`);
  }
  switch (reason) {
    case 'weekend':
      return msg(str`${date}, closed: weekend`);
    case 'public-holiday':
      return msg(str`${date}, closed: public holiday`);
    case 'centre-closure':
      return msg(str`${date}, closed: centre closed`);
    case 'past':
      return msg(str`${date}, not available (past)`);
    case 'outside-booking-window':
      return msg(str`${date}, not yet open for booking`);
  }
}

/**
 * The label of a day in the list of next available dates, e.g. "Sunday, December 6, 2026 —
 * 12 times available".
 */
export function describeListedDay(
  date: string,
  total: number,
  ramadan: boolean,
  language: Language,
  numberingSystem: string,
): string {
  const count = formatNumber(total, language, numberingSystem);
  if (ramadan) {
    return plural(total, language, {
      exactlyOne: () =>
        msg(str`${date} — one time available, Ramadan hours`, {
          id: 'listed-day-times-available-ramadan.exactly-one',
        }),
      two: () =>
        msg(str`${date} — two times available, Ramadan hours`, {
          id: 'listed-day-times-available-ramadan.two',
        }),
      few: () =>
        msg(str`${date} — ${count} times available, Ramadan hours`, {
          id: 'listed-day-times-available-ramadan.few',
        }),
      many: () =>
        msg(str`${date} — ${count} times available, Ramadan hours`, {
          id: 'listed-day-times-available-ramadan.many',
        }),
      other: () =>
        msg(str`${date} — ${count} times available, Ramadan hours`, {
          id: 'listed-day-times-available-ramadan.other',
        }),
    });
  }
  return plural(total, language, {
    exactlyOne: () =>
      msg(str`${date} — one time available`, { id: 'listed-day-times-available.exactly-one' }),
    two: () => msg(str`${date} — two times available`, { id: 'listed-day-times-available.two' }),
    few: () =>
      msg(str`${date} — ${count} times available`, { id: 'listed-day-times-available.few' }),
    many: () =>
      msg(str`${date} — ${count} times available`, { id: 'listed-day-times-available.many' }),
    other: () =>
      msg(str`${date} — ${count} times available`, { id: 'listed-day-times-available.other' }),
  });
}
