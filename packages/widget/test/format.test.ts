/**
 * Bahrain-time formatting, run as if on a device far from Bahrain (Los Angeles, UTC-8 with
 * daylight saving) to prove that nothing shown depends on the device's time zone.
 * `node --import tsx --test packages/widget/test/format.test.ts`
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutDirectionControls } from '../src/format/api-text.js';
import {
  addDays,
  addMonths,
  compareDates,
  dateOfInstant,
  daysInMonth,
  formatClockRange,
  formatHijriDate,
  formatLongDate,
  formatMonthYear,
  formatTime,
  formatTimeRange,
  formatVisit,
  monthOf,
  partOfDay,
  startOfMonth,
  todayInBahrain,
  weekdayNames,
  weekdayOf,
  weekStartFor,
} from '../src/format/bahrain-time.js';
import {
  formatDistance,
  formatDuration,
  formatMoney,
  formatNumber,
  formatPhoneNumber,
} from '../src/format/number-format.js';
import { defaultDigitsFor, numberingSystemFor } from '../src/format/numbering.js';
import { inPageDigits } from '../src/format/page-digits.js';

/**
 * What a reader sees: drops the invisible bidi marks some locales put around numbers and
 * currency signs, and shows no-break and thin spaces as plain spaces.
 */
function visible(text: string): string {
  return text.replace(/[\u200e\u200f\u061c]/g, '').replace(/[\u00a0\u2009\u202f]/g, ' ');
}

// Node applies a change of TZ at once, so the device zone is far away whoever runs the tests.
process.env.TZ = 'America/Los_Angeles';

describe('the device time zone', () => {
  it('is eleven hours behind Bahrain while these tests run', () => {
    assert.equal(new Date('2026-12-06T12:00:00Z').getTimezoneOffset(), 480);
    assert.equal(new Date('2026-12-06T12:00:00Z').getHours(), 4);
  });
});

describe('today and instants in Bahrain', () => {
  it('gives the Bahrain date when the device is still on the previous day', () => {
    // 22:30 UTC on 5 December is 01:30 on 6 December in Bahrain (and 14:30 on the 5th in LA).
    assert.equal(todayInBahrain(new Date('2026-12-05T22:30:00Z')), '2026-12-06');
    assert.equal(todayInBahrain(new Date('2026-12-05T20:59:59Z')), '2026-12-05');
    assert.equal(todayInBahrain(new Date('2026-12-05T21:00:00Z')), '2026-12-06');
  });

  it('gives the Bahrain date of an instant written with any offset', () => {
    assert.equal(dateOfInstant('2026-12-06T00:15:00+03:00'), '2026-12-06');
    assert.equal(dateOfInstant('2026-12-05T21:15:00Z'), '2026-12-06');
    assert.equal(dateOfInstant('2026-12-06T23:59:00+03:00'), '2026-12-06');
    assert.throws(() => dateOfInstant('next Tuesday'), RangeError);
  });
});

describe('date arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2027-03-01', -1), '2027-02-28');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2026-12-06', 7), '2026-12-13');
    assert.equal(addDays('2026-12-06', -7), '2026-11-29');
  });

  it('adds months keeping the day, clamped to the end of shorter months', () => {
    assert.equal(addMonths('2026-12-06', 1), '2027-01-06');
    assert.equal(addMonths('2027-01-31', 1), '2027-02-28');
    assert.equal(addMonths('2028-01-31', 1), '2028-02-29');
    assert.equal(addMonths('2027-03-31', -1), '2027-02-28');
    assert.equal(addMonths('2026-01-15', -1), '2025-12-15');
    assert.equal(addMonths('2026-12-06', 12), '2027-12-06');
    assert.equal(addMonths('2028-02-29', -12), '2027-02-28');
  });

  it('finds the start of the month, the month and its length', () => {
    assert.equal(startOfMonth('2026-12-06'), '2026-12-01');
    assert.equal(monthOf('2026-12-06'), '2026-12');
    assert.equal(daysInMonth('2027-02'), 28);
    assert.equal(daysInMonth('2028-02'), 29);
    assert.equal(daysInMonth('2026-12'), 31);
  });

  it('orders dates and months', () => {
    assert.ok(compareDates('2026-12-06', '2026-12-07') < 0);
    assert.ok(compareDates('2027-01-01', '2026-12-31') > 0);
    assert.equal(compareDates('2026-12-06', '2026-12-06'), 0);
    assert.ok(compareDates('2026-11', '2026-12') < 0);
  });

  it('names the weekday with Sunday as 0', () => {
    assert.equal(weekdayOf('2026-12-06'), 0);
    assert.equal(weekdayOf('2026-12-04'), 5);
    assert.equal(weekdayOf('2026-12-05'), 6);
  });

  it('rejects strings that are not calendar dates', () => {
    assert.throws(() => addDays('2026-02-30', 1), RangeError);
    assert.throws(() => addDays('6/12/2026', 1), RangeError);
    assert.throws(() => weekdayOf('2026-13-01'), RangeError);
  });
});

describe('dates and times shown in Bahrain time', () => {
  it('writes a long date with its weekday', () => {
    assert.equal(formatLongDate('2026-12-06', 'en', 'latn'), 'Sunday, 6 December 2026');
    assert.equal(formatLongDate('2026-12-06', 'en-GB', 'latn'), 'Sunday, 6 December 2026');
  });

  it('shows the Bahrain wall-clock time of a slot, not the device time', () => {
    assert.equal(visible(formatTime('2026-12-06T09:30:00+03:00', 'en', 'latn')), '9:30 am');
    assert.equal(visible(formatTime('2026-12-06T06:30:00Z', 'en', 'latn')), '9:30 am');
    assert.equal(formatTime('2026-12-06T16:05:00+03:00', 'en-GB', 'latn'), '16:05');
  });

  it('writes a time range once, the locale’s way', () => {
    const range = formatTimeRange(
      '2026-12-06T09:30:00+03:00',
      '2026-12-06T10:00:00+03:00',
      'en',
      'latn',
    );
    assert.equal(visible(range), '9:30 – 10:00 am');
  });

  it('shows Farsi dates in the Gregorian calendar', () => {
    const date = formatLongDate('2026-12-06', 'fa', 'arabext');
    assert.match(date, /دسامبر/, 'the Gregorian month name (December)');
    assert.match(date, /۲۰۲۶/, 'the Gregorian year in Persian digits');
    assert.match(formatMonthYear('2026-12', 'fa', 'latn'), /^دسامبر 2026$/);
  });

  it('writes a month and year from a month or from a date in it', () => {
    assert.equal(formatMonthYear('2026-12', 'en', 'latn'), 'December 2026');
    assert.equal(formatMonthYear('2027-01-31', 'en', 'latn'), 'January 2027');
  });

  it('gives the Hijri (Umm al-Qura) date for a second line', () => {
    assert.equal(formatHijriDate('2026-12-06', 'en', 'latn'), '26 Jumada II 1448 AH');
    assert.match(formatHijriDate('2026-12-06', 'ar', 'arab'), /جمادى الآخرة/);
    assert.match(formatHijriDate('2026-12-06', 'ar', 'arab'), /١٤٤٨/);
  });

  it('names the weekdays in display order from the week start', () => {
    assert.deepEqual(weekdayNames('en', 0, 'short'), [
      'Sun',
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
    ]);
    assert.deepEqual(weekdayNames('en', 6, 'long').slice(0, 2), ['Saturday', 'Sunday']);
    assert.equal(weekdayNames('ar', 6, 'long')[0], 'السبت');
  });
});

describe('digits', () => {
  it('maps each language’s native digits to its numbering system', () => {
    assert.equal(numberingSystemFor('ar', 'native'), 'arab');
    assert.equal(numberingSystemFor('fa', 'native'), 'arabext');
    assert.equal(numberingSystemFor('ur', 'native'), 'arabext');
    assert.equal(numberingSystemFor('bn', 'native'), 'beng');
    assert.equal(numberingSystemFor('hi', 'native'), 'deva');
    assert.equal(numberingSystemFor('en', 'native'), 'latn');
    for (const language of ['ar', 'fa', 'ur', 'bn', 'hi', 'en'] as const) {
      assert.equal(numberingSystemFor(language, 'latin'), 'latn');
    }
  });

  it('defaults to the digits of common print practice', () => {
    assert.equal(defaultDigitsFor('ar'), 'native');
    assert.equal(defaultDigitsFor('fa'), 'native');
    assert.equal(defaultDigitsFor('bn'), 'native');
    assert.equal(defaultDigitsFor('ur'), 'latin');
    assert.equal(defaultDigitsFor('hi'), 'latin');
    assert.equal(defaultDigitsFor('en'), 'latin');
  });

  it('writes dates and times in the chosen digits', () => {
    assert.match(formatLongDate('2026-12-06', 'ar', 'arab'), /٦ ديسمبر ٢٠٢٦/);
    assert.match(formatLongDate('2026-12-06', 'ar', 'latn'), /6 ديسمبر 2026/);
    assert.match(formatTime('2026-12-06T09:30:00+03:00', 'bn', 'beng'), /৯:৩০/);
    assert.match(formatTime('2026-12-06T09:30:00+03:00', 'hi', 'deva'), /९:३०/);
    assert.match(formatTime('2026-12-06T09:30:00+03:00', 'ur', 'arabext'), /۹:۳۰/);
    assert.equal(formatNumber(1250, 'ar', 'arab'), '١٬٢٥٠');
    assert.equal(formatNumber(1250, 'en', 'latn'), '1,250');
  });
});

describe('week starts', () => {
  it('starts the week on Saturday for Arabic and Farsi, on Sunday for the others', () => {
    assert.equal(weekStartFor('ar'), 6);
    assert.equal(weekStartFor('fa'), 6);
    for (const language of ['en', 'ur', 'hi', 'bn'] as const) {
      assert.equal(weekStartFor(language), 0, language);
    }
  });

  it('uses the same table when the engine cannot tell', () => {
    const prototype = Intl.Locale.prototype as object;
    const saved = ['getWeekInfo', 'weekInfo'].map(
      (name) => [name, Object.getOwnPropertyDescriptor(prototype, name)] as const,
    );
    try {
      for (const [name] of saved) Reflect.deleteProperty(prototype, name);
      assert.equal(weekStartFor('ar'), 6);
      assert.equal(weekStartFor('fa'), 6);
      assert.equal(weekStartFor('en'), 0);
      assert.equal(weekStartFor('ur'), 0);
    } finally {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(prototype, name, descriptor);
      }
    }
  });
});

describe('part of the day', () => {
  it('splits the Bahrain day at noon and at 17:00', () => {
    assert.equal(partOfDay('2026-12-06T07:00:00+03:00'), 'morning');
    assert.equal(partOfDay('2026-12-06T11:59:00+03:00'), 'morning');
    assert.equal(partOfDay('2026-12-06T12:00:00+03:00'), 'afternoon');
    assert.equal(partOfDay('2026-12-06T16:59:00+03:00'), 'afternoon');
    assert.equal(partOfDay('2026-12-06T17:00:00+03:00'), 'evening');
    assert.equal(partOfDay('2026-12-06T20:00:00+03:00'), 'evening');
  });

  it('uses Bahrain hours for an instant written in UTC', () => {
    // 08:30 UTC is 11:30 in Bahrain (and 00:30 in Los Angeles).
    assert.equal(partOfDay('2026-12-06T08:30:00Z'), 'morning');
    assert.equal(partOfDay('2026-12-06T09:00:00Z'), 'afternoon');
    assert.equal(partOfDay('2026-12-06T14:00:00Z'), 'evening');
  });
});

describe('quantities', () => {
  it('writes durations in whole words', () => {
    assert.equal(visible(formatDuration(15, 'en', 'latn')), '15 minutes');
    assert.equal(visible(formatDuration(1, 'en', 'latn')), '1 minute');
    assert.equal(visible(formatDuration(15, 'ar', 'arab')), '١٥ دقيقة');
  });

  it('writes Bahraini dinars with three decimals from fils', () => {
    assert.equal(
      visible(formatMoney({ amountMinor: 5000, currency: 'BHD' }, 'en', 'latn')),
      'BHD 5.000',
    );
    assert.equal(
      visible(formatMoney({ amountMinor: 2500, currency: 'BHD' }, 'en', 'latn')),
      'BHD 2.500',
    );
    assert.equal(
      visible(formatMoney({ amountMinor: 5000, currency: 'BHD' }, 'ar', 'arab')),
      '٥٫٠٠٠ د.ب.',
    );
    assert.equal(formatMoney({ amountMinor: 1999, currency: 'USD' }, 'en', 'latn'), 'US$19.99');
  });

  it('writes distances in kilometres', () => {
    assert.equal(visible(formatDistance(2.35, 'en', 'latn')), '2.4 km');
    assert.equal(visible(formatDistance(12.6, 'en', 'latn')), '13 km');
    assert.equal(visible(formatDistance(2.5, 'ar', 'arab')), '٢٫٥ كم');
  });
});

describe('one digit system, Intl composition, no stray Latin', () => {
  it('writes numbers inside other text in the page digits', () => {
    assert.equal(inPageDigits('مبنى 964، طريق 484', 'arab'), 'مبنى ٩٦٤، طريق ٤٨٤');
    assert.equal(inPageDigits('Building 964', 'beng'), 'Building ৯৬৪');
    assert.equal(inPageDigits('Building 964', 'latn'), 'Building 964');
    assert.equal(formatPhoneNumber('+97336001234', 'arab'), '+٩٧٣ ٣٦٠٠ ١٢٣٤');
    assert.equal(formatPhoneNumber('+97336001234', 'latn'), '+973 3600 1234');
    assert.equal(formatPhoneNumber('+447700900123', 'arabext'), '+۴۴۷۷۰۰۹۰۰۱۲۳');
  });

  it('drops the direction controls of API text but keeps its marks', () => {
    assert.equal(withoutDirectionControls('\u202Egnp.exe'), 'gnp.exe');
    assert.equal(withoutDirectionControls('\u2067a\u2069\u202Ab\u202C'), 'ab');
    assert.equal(withoutDirectionControls('طريق 484\u200F'), 'طريق 484\u200F');
  });

  it('composes a visit’s date and times with the locale’s own punctuation', () => {
    const start = '2026-12-07T13:00:00+03:00';
    const end = '2026-12-07T13:30:00+03:00';
    assert.equal(
      visible(formatVisit(start, end, 'en', 'latn')),
      'Monday, 7 December 2026, 1:00 – 1:30 pm',
    );
    const farsi = formatVisit(start, end, 'fa', 'arabext');
    assert.doesNotMatch(farsi, /,/);
    assert.match(farsi, /۷ دسامبر ۲۰۲۶،/);
    assert.match(farsi, /۱۳:۰۰ تا ۱۳:۳۰/);
  });

  it('writes opening hours as one range', () => {
    assert.equal(formatClockRange('07:00', '14:00', 'fa', 'arabext'), '۷:۰۰ تا ۱۴:۰۰');
    assert.equal(visible(formatClockRange('07:00', '14:00', 'en', 'latn')), '7:00 am – 2:00 pm');
  });

  it('names the dinar where the locale has only its Latin code', () => {
    const fee = { amountMinor: 5000, currency: 'BHD' } as const;
    for (const language of ['ur', 'hi', 'bn', 'fa']) {
      const shown = formatMoney(fee, language, 'latn');
      assert.doesNotMatch(shown, /[A-Za-z]/, language);
    }
    assert.equal(visible(formatMoney(fee, 'hi', 'latn')), '5.000 बहरीनी दिनार');
  });
});
