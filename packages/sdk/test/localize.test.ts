import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type LocalizedText, localize, resolveLanguage } from '../src/index.js';
import { createTestClient } from './support/test-client.js';

const manama: LocalizedText = { ar: 'المنامة', en: 'Manama', ur: 'منامہ', fa: '' };

describe('localize', () => {
  it('gives the requested language when the text has it', () => {
    assert.equal(localize(manama, 'ur'), 'منامہ');
    assert.equal(localize(manama, 'ar'), 'المنامة');
  });

  it('reads only the primary subtag of a BCP 47 tag', () => {
    assert.equal(localize(manama, 'ur-PK'), 'منامہ');
    assert.equal(localize(manama, 'AR_bh'), 'المنامة');
  });

  it('falls back to English when the language is missing, empty or blank', () => {
    assert.equal(localize(manama, 'hi'), 'Manama');
    assert.equal(localize(manama, 'fa'), 'Manama');
    assert.equal(localize({ ...manama, bn: '  ' }, 'bn'), 'Manama');
  });

  it('falls back to English for a language the system does not serve', () => {
    assert.equal(localize(manama, 'fr'), 'Manama');
    assert.equal(localize(manama, ''), 'Manama');
  });

  it('falls back to Arabic when English is empty too', () => {
    assert.equal(localize({ ar: 'المنامة', en: '' }, 'hi'), 'المنامة');
  });

  it('gives the empty string when no language has text', () => {
    assert.equal(localize({ ar: '', en: '' }, 'ar'), '');
  });

  it('on a client, defaults to the client’s language, else English', () => {
    assert.equal(createTestClient({ language: 'ur' }).client.localize(manama), 'منامہ');
    assert.equal(createTestClient().client.localize(manama), 'Manama');
    assert.equal(createTestClient({ language: 'ur' }).client.localize(manama, 'ar'), 'المنامة');
  });
});

describe('resolveLanguage', () => {
  it('gives the first supported primary subtag', () => {
    assert.deepEqual(
      [
        resolveLanguage(['ar-BH', 'en']),
        resolveLanguage(['fr-FR', 'ur-PK', 'en']),
        resolveLanguage(['FA-ir']),
        resolveLanguage(['bn']),
        resolveLanguage(['hi-IN']),
      ],
      ['ar', 'ur', 'fa', 'bn', 'hi'],
    );
  });

  it('skips missing and empty candidates', () => {
    assert.equal(resolveLanguage([null, undefined, '', '  ', 'en-GB']), 'en');
    assert.equal(resolveLanguage([undefined, 'ar']), 'ar');
  });

  it('gives English when nothing is supported', () => {
    assert.equal(resolveLanguage(['de-DE', 'zh']), 'en');
    assert.equal(resolveLanguage([]), 'en');
  });

  it('does not take a language that merely starts like a supported one', () => {
    assert.equal(resolveLanguage(['ara', 'ens', 'urd']), 'en');
    assert.equal(resolveLanguage(['hil', 'ur']), 'ur');
  });
});
