/**
 * The words for "before noon" and "after noon" in the reader's language. The Unicode locale
 * data the browsers share (CLDR) gives Urdu and Bengali the Latin "AM"/"PM" and Hindi
 * "am"/"pm"; a government page in those languages writes its own words (see the widget README,
 * "Languages"). Arabic (ص/م) and Farsi (a 24-hour clock) need nothing.
 */
import { msg } from '@lit/localize';

/** Before noon or after noon. */
export type DayPeriod = 'am' | 'pm';

const LATIN_LETTER = /[A-Za-z]/;

/** The reader's word for `period`. */
function dayPeriodName(period: DayPeriod): string {
  return period === 'am'
    ? msg('AM', {
        id: 'day-period.am',
        desc: 'Before noon, after a 12-hour clock time ("9:30 AM"). Write the word your government services print, in your script.',
      })
    : msg('PM', {
        id: 'day-period.pm',
        desc: 'After noon, after a 12-hour clock time ("1:30 PM"). Write the word your government services print, in your script.',
      });
}

/** A part of a formatted date or range, as `formatToParts`/`formatRangeToParts` give it. */
export interface DateTimePart {
  readonly type: string;
  readonly value: string;
  readonly source?: string;
}

/**
 * Joins Intl's parts into text, with a Latin day period replaced by the reader's own word
 * outside English. `periodOf` says which period a part stands for (by its `source` in a range).
 */
export function joinWithOwnDayPeriods(
  parts: readonly DateTimePart[],
  locale: string,
  periodOf: (part: DateTimePart) => DayPeriod,
): string {
  const english = locale === 'en' || locale.startsWith('en-');
  return parts
    .map((part) =>
      part.type === 'dayPeriod' && !english && LATIN_LETTER.test(part.value)
        ? dayPeriodName(periodOf(part))
        : part.value,
    )
    .join('');
}
