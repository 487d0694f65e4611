/**
 * Counted sentences as a screen reader speaks them, in English and then in Arabic (six plural
 * forms), through the real translations the build generated. One locale per page, so English
 * runs first and Arabic last.
 */
import { expect } from '@open-wc/testing';
import { describeDay, describeListedDay } from '../src/calendar/day-availability.js';
import { switchLanguage } from '../src/localization.js';

const DATE = 'Sunday, 6 December 2026';
const ARABIC_DATE = 'الأحد، ٦ ديسمبر ٢٠٢٦';

function available(count: number, ramadan = false) {
  return { kind: 'available', count, ramadan } as const;
}

describe('counted sentences', () => {
  it('reads one and other in English', async () => {
    await switchLanguage('en');
    expect(describeDay(DATE, available(1), 'en', 'latn')).to.equal(
      'Sunday, 6 December 2026, one time available',
    );
    expect(describeDay(DATE, available(2), 'en', 'latn')).to.equal(
      'Sunday, 6 December 2026, 2 times available',
    );
    expect(describeListedDay(DATE, 1, true, 'en', 'latn')).to.equal(
      'Sunday, 6 December 2026 — one time available, Ramadan hours',
    );
  });

  it('reads the Arabic form for each count: one and two in words, others in Arabic-Indic digits', async () => {
    await switchLanguage('ar');
    const spoken = [1, 2, 3, 10, 11, 99, 100].map((count) =>
      describeDay(ARABIC_DATE, available(count), 'ar', 'arab'),
    );
    expect(spoken).to.deep.equal([
      'الأحد، ٦ ديسمبر ٢٠٢٦، موعد واحد متاح',
      'الأحد، ٦ ديسمبر ٢٠٢٦، موعدان متاحان',
      'الأحد، ٦ ديسمبر ٢٠٢٦، ٣ مواعيد متاحة',
      'الأحد، ٦ ديسمبر ٢٠٢٦، ١٠ مواعيد متاحة',
      'الأحد، ٦ ديسمبر ٢٠٢٦، ١١ موعدًا متاحًا',
      'الأحد، ٦ ديسمبر ٢٠٢٦، ٩٩ موعدًا متاحًا',
      'الأحد، ٦ ديسمبر ٢٠٢٦، ١٠٠ موعد متاح',
    ]);
    expect(describeListedDay(ARABIC_DATE, 5, true, 'ar', 'arab')).to.equal(
      'الأحد، ٦ ديسمبر ٢٠٢٦ — ٥ مواعيد متاحة، ساعات عمل رمضان',
    );
  });
});
