/**
 * How a closed day is spoken when the API names the closure: the name in the page's digits,
 * without direction controls.
 * `node --import tsx --test packages/widget/test/day-availability.test.ts`
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeDay } from '../src/calendar/day-availability.js';

describe('describeDay', () => {
  it('speaks a holiday name from the API in the page digits, without direction controls', () => {
    const closed = {
      kind: 'closed',
      reason: 'public-holiday',
      name: { en: '\u202ENational Day 16', ar: '\u202Eاليوم الوطني 16' },
    } as const;
    assert.equal(
      describeDay('Wednesday, 16 December 2026', closed, 'en', 'latn'),
      'Wednesday, 16 December 2026, closed: National Day 16',
    );
    // Untranslated here (no locale is loaded in Node): only the name is checked.
    const arabic = describeDay('الأربعاء، ١٦ ديسمبر ٢٠٢٦', closed, 'ar', 'arab');
    assert.match(arabic, /اليوم الوطني ١٦$/);
    assert.doesNotMatch(arabic, /\u202E/);
  });
});
