/**
 * The kit against the standalone mock over real HTTP: every check passes, the rush hour keeps
 * its invariants, and the run leaves the centre's places as it found them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CHANGE_MARGIN_MINUTES,
  CHECKS,
  type ConformanceReport,
  type OperationStatistics,
  RUSH_HOUR_CHECK,
  runConformance,
} from '@gov-appointment/conformance';
import { addDays } from '../src/test-run.js';
import {
  MOBILE,
  type MockTarget,
  NATIONAL_ID,
  SERVICE_ID,
  startMockTarget,
} from './support/mock-target.js';

let target: MockTarget;
let report: ConformanceReport;
let placesBefore: string;
/**
 * Slots starting before this instant are left out of the comparison: the change-cutoff check
 * may book one of them on purpose, and such a booking can no longer be cancelled.
 */
let changeableFrom: number;

/** Every slot's places over the days the kit searches (`null` for slots within the cutoff). */
function places(): string {
  const { store } = target.server.api;
  const today = store.today();
  const days = store.calendar(target.centreId, SERVICE_ID, today, addDays(today, 29));
  return JSON.stringify(
    days
      .filter((day) => day.open)
      .map((day) =>
        store
          .slots(target.centreId, SERVICE_ID, day.date)
          .map((slot) => (Date.parse(slot.start) < changeableFrom ? null : slot.remaining)),
      ),
  );
}

before(async () => {
  target = await startMockTarget();
  const service = await fetch(`${target.server.url}/services/${SERVICE_ID}`);
  const { changeCutoffMinutes } = (await service.json()) as { changeCutoffMinutes: number };
  changeableFrom = Date.now() + (changeCutoffMinutes + CHANGE_MARGIN_MINUTES) * 60_000;
  placesBefore = places();
  report = await runConformance({
    ...target.options,
    rushHour: { citizens: 8, durationSeconds: 4, maxRequests: 300 },
  });
});
after(() => target.close());

describe('the kit against the standalone mock', () => {
  it('passes every check, the hold expiry included', () => {
    const outcome = report.checks.map(
      (check) => `${check.id}: ${check.status} ${check.failures.join(' ')}`,
    );
    assert.deepEqual(
      outcome,
      [...CHECKS, RUSH_HOUR_CHECK].map((check) => `${check.id}: passed `),
    );
    assert.equal(report.passed, true);
    assert.deepEqual(report.summary, { passed: CHECKS.length + 1, failed: 0, notRun: 0 });
  });

  it('reports the rush hour per operation with latency percentiles and error codes', () => {
    const rush = report.rushHour;
    assert.ok(rush);
    assert.equal(rush.citizens, 8);
    assert.ok(rush.requests > 0 && rush.requests <= 300, `${rush.requests} requests`);
    assert.ok(rush.bookings > 0);
    for (const operation of ['getSlots', 'createHold', 'createBooking', 'getBooking'] as const) {
      const statistics: OperationStatistics | undefined = rush.operations[operation];
      assert.ok(statistics, operation);
      assert.ok(statistics.requests > 0);
      assert.ok(statistics.latencyMs.p50 <= statistics.latencyMs.p95);
      assert.ok(statistics.latencyMs.p95 <= statistics.latencyMs.p99);
      // Under contention only a full slot may refuse a citizen.
      assert.deepEqual(
        Object.keys(statistics.errors).filter((code) => code !== 'slot-full'),
        [],
      );
    }
  });

  it('releases and cancels everything it made', () => {
    assert.equal(places(), placesBefore);
    assert.ok(report.cleanup.bookingsCancelled > 0);
    // The reference locked by the verification throttle is left, already cancelled; and the
    // booking the change-cutoff check made within the cutoff when the coming hour had a slot.
    const [throttled, ...pastCutoff] = report.cleanup.leftovers;
    assert.match(
      throttled ?? '',
      /^booking GA-\S+ \(cancelled; locked by the verification throttle/,
    );
    const cutoff = report.checks.find((check) => check.id === 'bookings.change-cutoff');
    const bookedLate = cutoff?.notes.some((note) => note.includes('within the cutoff')) ?? false;
    assert.equal(pastCutoff.length, bookedLate ? 1 : 0, JSON.stringify(report.cleanup.leftovers));
    for (const leftover of pastCutoff) {
      assert.match(
        leftover,
        /^booking GA-\S+ \(its changeableUntil \S+ has passed: only the centre/,
      );
    }
  });

  it('never puts the test applicant’s details in the report', () => {
    const text = JSON.stringify(report);
    assert.doesNotMatch(text, new RegExp(NATIONAL_ID));
    assert.doesNotMatch(text, new RegExp(MOBILE.replace('+', '\\+')));
  });
});
