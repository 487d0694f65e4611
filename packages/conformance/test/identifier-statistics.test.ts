/**
 * The statistics behind `identifiers.unguessable`: random identifiers of the contract's size
 * pass, counters, clocks and repeats do not.
 */
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { describe, it } from 'node:test';
import { identifierStatistics } from '@gov-appointment/conformance';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const randomCharacters = (length: number) =>
  Array.from({ length }, () => CROCKFORD[randomInt(32)]).join('');
const reference = () => `GA-${randomCharacters(4)}-${randomCharacters(4)}`;

describe('identifier statistics', () => {
  it('finds no weakness in random booking references, sample after sample', () => {
    for (let sample = 0; sample < 200; sample++) {
      const statistics = identifierStatistics(Array.from({ length: 12 }, reference));
      assert.deepEqual(statistics.weaknesses, [], JSON.stringify(statistics));
      assert.equal(statistics.variablePositions, 8);
    }
  });

  it('calls a counter guessable', () => {
    const counter = Array.from(
      { length: 12 },
      (_, index) => `hold-${String(index + 1).padStart(16, '0')}`,
    );
    const { weaknesses } = identifierStatistics(counter);
    assert.ok(
      weaknesses.includes('issued in sorted order (a counter or a clock)'),
      weaknesses.join(),
    );
    assert.ok(
      weaknesses.some((weakness) => /fewer than 30$/.test(weakness)),
      weaknesses.join(),
    );
  });

  it('calls a clock with a little randomness guessable', () => {
    let now = 1_796_000_000_000;
    const clocked = Array.from({ length: 12 }, () => {
      now += randomInt(1, 400);
      return `${now.toString(36)}${randomCharacters(2)}`;
    });
    const { weaknesses } = identifierStatistics(clocked);
    assert.ok(
      weaknesses.includes('issued in sorted order (a counter or a clock)'),
      weaknesses.join(),
    );
    assert.ok(weaknesses.some((weakness) => /random bits each, fewer than 30$/.test(weakness)));
  });

  it('calls repeats and a short random part guessable', () => {
    const short = ['A1', 'B7', 'A1', 'C3', 'D9', 'B2'].map((tail) => `GA-0000-00${tail}`);
    const { weaknesses } = identifierStatistics(short);
    assert.ok(weaknesses.includes('1 repeated'));
    assert.ok(weaknesses.some((weakness) => /about \d+ random bits each/.test(weakness)));
  });
});
