import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseDigits, stripBidiControls } from '../src/applicant/digits.js';

describe('normaliseDigits', () => {
  const systems = [
    ['Arabic-Indic', '٠١٢٣٤٥٦٧٨٩'],
    ['Extended Arabic-Indic (Persian, Urdu)', '۰۱۲۳۴۵۶۷۸۹'],
    ['Devanagari', '०१२३४५६७८९'],
    ['Bengali', '০১২৩৪৫৬৭৮৯'],
    ['Latin', '0123456789'],
  ] as const;

  for (const [system, digits] of systems) {
    it(`turns ${system} digits into 0-9 in order`, () => {
      assert.equal(normaliseDigits(digits), '0123456789');
    });
  }

  it('converts digits inside other text and keeps the rest as typed', () => {
    assert.equal(normaliseDigits('CPR: ٨٩٠١ - ۲۳۴۵ (x)'), 'CPR: 8901 - 2345 (x)');
  });

  it('handles a number typed in a mixture of digit systems', () => {
    assert.equal(normaliseDigits('3٦۰०১234'), '36001234');
  });

  it('leaves letters from the same scripts alone', () => {
    assert.equal(normaliseDigits('محمد मोहन মোহন'), 'محمد मोहन মোহন');
  });

  it('removes the invisible direction marks that phones add to pasted numbers', () => {
    const pasted =
      '\u202A+973 3600 1234\u202C\u200E\u200F\u202B\u202D\u202E\u2066\u2067\u2068\u2069';
    assert.equal(normaliseDigits(pasted), '+973 3600 1234');
    assert.equal(normaliseDigits('\u061C٣٦٠٠١٢٣٤'), '36001234');
  });
});

describe('stripBidiControls', () => {
  it('keeps digits and joiners, removing only direction marks', () => {
    assert.equal(stripBidiControls('\u200Fعلی\u200Cرضا ٣'), 'علی\u200Cرضا ٣');
  });
});
