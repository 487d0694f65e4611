/**
 * Every check fails against a mock broken in exactly the behaviour it checks, so none can
 * pass by accident. Each case runs the one check against its own server.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHECKS, RUSH_HOUR_CHECK, runConformance } from '@gov-appointment/conformance';
import type { DeliberateDefect } from '@gov-appointment/mock-server/deliberate-defects';
import { CONTRACT_RULES } from '@gov-appointment/sdk/contract';
import { startMockTarget } from './support/mock-target.js';

interface Case {
  readonly check: string;
  readonly defect: DeliberateDefect;
  /** What the failure says. */
  readonly failure: RegExp;
  readonly holdMinutes?: number;
}

const CASES: readonly Case[] = [
  {
    check: 'openapi.responses',
    defect: 'hold-without-expiry-seconds',
    failure: /createHold 201: body \/ must have required property 'expiresInSeconds'/,
  },
  {
    check: 'problems.format',
    defect: 'problems-as-plain-json',
    failure: /not application\/problem\+json/,
  },
  {
    check: 'idempotency.replay',
    defect: 'idempotency-keys-ignored',
    failure: /took 2 places of the slot, not 1/,
  },
  {
    check: 'idempotency.concurrent-replay',
    defect: 'idempotency-race',
    failure: /One key created [2-6] holds, not 1/,
  },
  {
    check: 'idempotency.key-reuse',
    defect: 'idempotency-body-ignored',
    failure: /answered 201, not 422 idempotency-key-reused/,
  },
  {
    check: 'idempotency.key-required',
    defect: 'idempotency-key-optional',
    failure: /createHold without a key answered 201/,
  },
  {
    check: 'capacity.concurrent-holds',
    defect: 'holds-overbook',
    failure: /concurrent holds on a slot with \d places gave \d+ holds/,
  },
  // Holds last 30 s but say 3 s: the check waits 3 s plus grace and finds the place still held.
  {
    check: 'holds.expiry',
    defect: 'holds-outlive-expiry',
    failure: /the slot shows \d+ places left/,
    holdMinutes: 0.5,
  },
  {
    check: 'versions.if-match',
    defect: 'if-match-ignored',
    failure: /Cancelling without If-Match answered 200, not 428/,
  },
  {
    check: 'bookings.change-cutoff',
    defect: 'change-cutoff-ignored',
    failure:
      /gives changeableUntil (\S+), not \S+ \(the start minus the service’s changeCutoffMinutes of 60\)/,
  },
  {
    check: 'cors.preflight',
    defect: 'cors-without-national-id-header',
    failure:
      /Preflight for reading a booking: Access-Control-Allow-Headers does not include applicant-national-id/,
  },
  {
    check: 'cors.exposed-headers',
    defect: 'cors-headers-not-exposed',
    failure: /does not expose ETag, X-Request-Id, Retry-After, Location/,
  },
  {
    check: 'cache.no-store',
    defect: 'bookings-cacheable',
    failure: /createBooking 201: Cache-Control is "private, max-age=600"/,
  },
  {
    check: 'retry-after',
    defect: 'retry-after-missing',
    failure: /getBooking 429: Retry-After is missing/,
  },
  {
    check: 'identifiers.unguessable',
    defect: 'sequential-identifiers',
    failure: /hold ids: issued in sorted order/,
  },
  {
    check: 'verification.throttle',
    defect: 'verification-unthrottled',
    failure: new RegExp(
      `after ${CONTRACT_RULES.verificationThrottle.failures} failures, answered 403 verification-failed, not 429`,
    ),
  },
  {
    check: 'requests.body-limit',
    defect: 'body-cap-missing',
    failure: new RegExp(
      `A body of ${CONTRACT_RULES.maxRequestBodyBytes + 1} bytes answered 404 not-found, not 413 payload-too-large`,
    ),
  },
  { check: RUSH_HOUR_CHECK.id, defect: 'bookings-lost', failure: /No lost booking/ },
];

// The cases share nothing (a server each) and mostly wait on the network or a hold's expiry.
describe('each check against a mock broken in its one behaviour', { concurrency: 4 }, () => {
  it('covers every check of the kit', () => {
    assert.deepEqual(
      CASES.map((entry) => entry.check).sort(),
      [...CHECKS, RUSH_HOUR_CHECK].map((check) => check.id).sort(),
    );
  });

  for (const entry of CASES) {
    it(`${entry.check} fails when the server has "${entry.defect}"`, async () => {
      const target = await startMockTarget({
        defects: [entry.defect],
        ...(entry.holdMinutes ? { holdMinutes: entry.holdMinutes } : {}),
      });
      try {
        const rushHour = entry.check === RUSH_HOUR_CHECK.id;
        const report = await runConformance({
          ...target.options,
          checks: rushHour ? ['cors.preflight'] : [entry.check],
          ...(rushHour ? { rushHour: { citizens: 6, durationSeconds: 3, maxRequests: 200 } } : {}),
        });
        const result = report.checks.find((check) => check.id === entry.check);
        assert.equal(result?.status, 'failed', JSON.stringify(result));
        assert.ok(
          result.failures.some((failure) => entry.failure.test(failure)),
          `${entry.failure} in ${JSON.stringify(result.failures)}`,
        );
        assert.equal(report.passed, false);
      } finally {
        await target.close();
      }
    });
  }
});
