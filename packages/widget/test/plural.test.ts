/**
 * Plural sentences chosen by each language's own rules: English has two forms, Arabic six.
 * `node --import tsx --test packages/widget/test/plural.test.ts`
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type PluralForms, plural } from '../src/format/plural.js';

const PLACES: PluralForms = {
  zero: () => 'zero',
  one: () => 'one',
  two: () => 'two',
  few: () => 'few',
  many: () => 'many',
  other: () => 'other',
};

describe('plural', () => {
  it('uses one and other in English', () => {
    assert.equal(plural(1, 'en', PLACES), 'one');
    for (const count of [0, 2, 3, 11, 100]) assert.equal(plural(count, 'en', PLACES), 'other');
  });

  it('uses all six Arabic forms', () => {
    const chosen = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111].map((count) =>
      plural(count, 'ar', PLACES),
    );
    assert.deepEqual(chosen, [
      'zero',
      'one',
      'two',
      'few',
      'few',
      'many',
      'many',
      'other',
      'other',
      'few',
      'many',
    ]);
  });

  it('treats 0 as one in Hindi, Bengali and Farsi, and 0 as other in Urdu', () => {
    for (const language of ['hi', 'bn', 'fa']) assert.equal(plural(0, language, PLACES), 'one');
    assert.equal(plural(0, 'ur', PLACES), 'other');
    assert.equal(plural(1, 'ur', PLACES), 'one');
  });

  it('says exactly one in words in every language when offered, before any category', () => {
    const worded: PluralForms = { ...PLACES, exactlyOne: () => 'exactly one' };
    for (const language of ['ar', 'en', 'ur', 'hi', 'bn', 'fa']) {
      assert.equal(plural(1, language, worded), 'exactly one');
    }
    assert.equal(plural(0, 'hi', worded), 'one', 'Hindi 0 keeps its CLDR category');
    assert.equal(plural(2, 'ar', worded), 'two');
  });

  it('falls back to other when a form is not offered', () => {
    assert.equal(plural(2, 'ar', { one: () => 'one', other: () => 'other' }), 'other');
  });

  it('builds only the sentence it returns', () => {
    const built: string[] = [];
    const tracked: PluralForms = {
      one: () => {
        built.push('one');
        return 'one';
      },
      other: () => {
        built.push('other');
        return 'other';
      },
    };
    plural(5, 'en', tracked);
    assert.deepEqual(built, ['other']);
  });
});
