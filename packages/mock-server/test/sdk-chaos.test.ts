/**
 * A chaos run: 100 SDK clients book at once through a faulty network (dropped requests and
 * answers, delays, POSTs sent twice, 500, 503 and 429 from the proxy, bodies cut short) into
 * the standalone mock, every one of them first turned away by an overload with `Retry-After`.
 * The outcome is checked from the server's side: no slot over capacity, nobody booked twice,
 * every client booked exactly once or failed with a typed error and nothing booked, no hold
 * left behind, and the retry wave after the overload spread wider than the burst.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type AppointmentsClient,
  AppointmentsError,
  type Booking,
  createClient,
  type Hold,
  SlotFullError,
} from '@gov-appointment/sdk';
import type { Slot } from '@gov-appointment/sdk/schemas';
import { type RunningHttpServer, startHttpServer } from '../src/http-server.js';
import { createRandom } from '../src/seed/random.js';
import {
  CLIENT_HEADER,
  type Fault,
  type RunningFaultProxy,
  startFaultProxy,
} from './support/fault-proxy.js';
import { bookingRequest } from './support/mock-fixture.js';

const CLIENTS = 100;
/** Slots each client may try in turn when one fills up. */
const CANDIDATE_SLOTS = 10;
const SLOTS = 60;
const OVERLOAD_RETRY_AFTER_SECONDS = 2;
const SERVICE_ID = 'gp-consultation';

let mock: RunningHttpServer;
let proxy: RunningFaultProxy;

before(async () => {
  mock = await startHttpServer({ port: 0, log: () => {} });
  const random = createRandom(20261207);
  proxy = await startFaultProxy({
    upstream: mock.url.replace(/\/v1$/, ''),
    maxFaults: 400,
    // With one overload answer first, a client meets at most three failures in a row, and its
    // retry limit of five always gets it through: the run cannot fail by bad luck alone.
    maxConsecutiveFaults: 3,
    faultWindowMs: 60_000,
    overload: { clients: CLIENTS, retryAfterSeconds: OVERLOAD_RETRY_AFTER_SECONDS },
    decide: ({ method }): Fault => {
      const roll = random.next();
      if (roll < 0.08) return { kind: 'drop-request' };
      if (roll < 0.16) return { kind: 'drop-answer' };
      if (roll < 0.26) return { kind: 'delay', ms: random.int(20, 200) };
      if (roll < 0.36 && method === 'POST') return { kind: 'duplicate' };
      if (roll < 0.41) return { kind: 'error', status: 500 };
      if (roll < 0.44) return { kind: 'error', status: 429, retryAfterSeconds: 0 };
      if (roll < 0.52) return { kind: 'truncate-body' };
      if (roll < 0.56) return { kind: 'reset-mid-body' };
      return { kind: 'pass' };
    },
  });
});
after(async () => {
  await proxy.close();
  await mock.close();
});

interface SlotToBook {
  readonly slot: Slot;
  readonly centreId: string;
  readonly date: string;
}

/** Free slots a month ahead, read straight from the store, with the places each had. */
function slotsToBook(): SlotToBook[] {
  // Two weeks out: inside every service's booking window, and emptier than the next days.
  const start = Date.parse(mock.api.store.today()) + 14 * 86_400_000;
  const found: SlotToBook[] = [];
  for (const centre of mock.api.store.catalogue.centres) {
    if (!centre.serviceIds.includes(SERVICE_ID)) continue;
    for (let offset = 0; offset < 7 && found.length < SLOTS; offset++) {
      const date = new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
      for (const slot of mock.api.store.slots(centre.id, SERVICE_ID, date)) {
        if (slot.remaining > 0 && found.length < SLOTS)
          found.push({ slot, centreId: centre.id, date });
      }
    }
    if (found.length >= SLOTS) break;
  }
  return found;
}

/** `Map.groupBy`, which Node 20 lacks. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function nationalIdOf(client: number): string {
  return String(880_100_000 + client);
}

type Outcome =
  | { readonly booked: Booking }
  | { readonly failed: unknown; readonly knownHold: Hold | undefined };

/** One person: hold a place (moving on when a slot is full), book it, give the place back on failure. */
async function bookOnce(
  client: AppointmentsClient,
  index: number,
  slots: readonly SlotToBook[],
): Promise<Outcome> {
  let held: Hold | undefined;
  try {
    for (let attempt = 0; attempt < CANDIDATE_SLOTS && !held; attempt++) {
      const candidate = slots[(index + attempt * 7) % slots.length];
      assert.ok(candidate);
      try {
        held = await client.createHold({ slotId: candidate.slot.id });
      } catch (error) {
        if (!(error instanceof SlotFullError) || attempt === CANDIDATE_SLOTS - 1) throw error;
      }
    }
    assert.ok(held);
    const booked = await client.createBooking(
      bookingRequest(held.id, {
        applicant: { ...bookingRequest(held.id).applicant, nationalId: nationalIdOf(index) },
      }),
    );
    return { booked };
  } catch (failed) {
    if (held) await client.releaseHold(held.id).catch(() => undefined);
    return { failed, knownHold: held };
  }
}

describe('100 SDK clients through a faulty network', () => {
  it('book exactly once each, with nothing over capacity and no hold left behind', {
    timeout: 60_000,
  }, async () => {
    const slots = slotsToBook();
    const placesAtStart = new Map(slots.map(({ slot }) => [slot.id, slot.remaining]));
    const totalPlaces = [...placesAtStart.values()].reduce((sum, places) => sum + places, 0);
    assert.equal(slots.length, SLOTS);

    /** Each client's wait after the overload, as the SDK chose it, and when it chose it. */
    const overloadWaits: { at: number; delayMs: number }[] = [];
    const outcomes = await Promise.all(
      Array.from({ length: CLIENTS }, (_, index) => {
        const client = createClient({
          baseUrl: `${proxy.origin}/v1`,
          // More retries than the proxy's longest run of faults; short backoffs keep the run
          // brief, while the spread after Retry-After (half of it) stays under maxDelayMs.
          retry: { limit: 5, baseDelayMs: 100, maxDelayMs: 2000 },
          // Long enough that a loaded machine does not turn slow answers into failures.
          timeout: 30_000,
          hooks: {
            beforeRequest: (request) => {
              request.headers.set(CLIENT_HEADER, String(index));
            },
            beforeRetry: ({ error, delayMs }) => {
              if (error.code === 'unavailable') {
                overloadWaits.push({ at: performance.now(), delayMs });
              }
            },
          },
        });
        return bookOnce(client, index, slots);
      }),
    );

    const store = mock.api.store;
    const bookings = store.bookingRecords().filter((record) => record.status === 'confirmed');

    // Every client: booked exactly once, or failed with a typed error and nothing booked.
    const byNationalId = groupBy(bookings, (record) => record.applicant.nationalId);
    outcomes.forEach((outcome, index) => {
      const own = byNationalId.get(nationalIdOf(index)) ?? [];
      if ('booked' in outcome) {
        assert.equal(own.length, 1, `client ${index} has ${own.length} bookings`);
        assert.equal(own[0]?.reference, outcome.booked.reference);
      } else {
        assert.ok(
          outcome.failed instanceof AppointmentsError,
          `client ${index} failed with ${String(outcome.failed)}`,
        );
        assert.equal(own.length, 0, `client ${index} failed but has a booking`);
      }
    });
    const booked = outcomes.filter((outcome) => 'booked' in outcome).length;
    // Only running out of places may stop a client: every other failure is retried through.
    for (const outcome of outcomes) {
      if ('failed' in outcome)
        assert.ok(outcome.failed instanceof SlotFullError, String(outcome.failed));
    }
    assert.ok(booked >= Math.min(CLIENTS, totalPlaces) * 0.9, `${booked} of ${CLIENTS} booked`);

    // No slot over capacity: no more bookings in a slot than it had places at the start.
    for (const [slotId, records] of groupBy(bookings, (record) => record.slotId)) {
      const places = placesAtStart.get(slotId) ?? 0;
      assert.ok(
        records.length <= places,
        `${slotId}: ${records.length} bookings, ${places} places`,
      );
    }
    for (const { slot, centreId, date } of slots) {
      const now = store.slots(centreId, SERVICE_ID, date).find(({ id }) => id === slot.id);
      assert.ok(now, `${slot.id} is still listed`);
      const booked = bookings.filter((record) => record.slotId === slot.id).length;
      assert.equal(now.remaining, slot.remaining - booked, `${slot.id}: places left add up`);
    }

    // No orphaned hold: every hold made was booked or given back.
    const orphans = store.holdRecords().filter((hold) => hold.state === 'active');
    assert.deepEqual(
      orphans.map((hold) => hold.id),
      [],
      `${orphans.length} holds were left holding a place`,
    );

    // The faults happened, and the overload's retry wave spread wider than its burst.
    assert.ok(proxy.faults >= CLIENTS, `only ${proxy.faults} faults were injected`);
    const kinds = new Set(proxy.requests.map((request) => request.fault));
    for (const kind of ['drop-request', 'drop-answer', 'duplicate', 'truncate-body', 'error']) {
      assert.ok(kinds.has(kind as Fault['kind']), `no ${kind} fault in the run`);
    }
    for (let index = 0; index < CLIENTS; index++) {
      const own = proxy.requests.filter((request) => request.client === String(index));
      const [turnedAway, retried] = own;
      assert.ok(turnedAway && retried, `client ${index} retried after the overload`);
      assert.equal(turnedAway.status, 503);
      assert.ok(turnedAway.answeredAt !== undefined);
      assert.ok(
        retried.at - turnedAway.answeredAt >= OVERLOAD_RETRY_AFTER_SECONDS * 1000,
        `client ${index} came back before Retry-After`,
      );
    }
    // The wave as the clients scheduled it: on a busy machine, timers that fall due while the
    // process waits for the processor all fire together, which would hide any spread.
    assert.equal(overloadWaits.length, CLIENTS);
    const burst = overloadWaits.map(({ at }) => at);
    const wave = overloadWaits.map(({ at, delayMs }) => at + delayMs);
    const waits = overloadWaits.map(({ delayMs }) => delayMs);
    const span = (times: number[]) => Math.max(...times) - Math.min(...times);
    assert.ok(
      Math.min(...waits) >= OVERLOAD_RETRY_AFTER_SECONDS * 1000,
      'Retry-After is the least wait',
    );
    assert.ok(
      span(waits) >= OVERLOAD_RETRY_AFTER_SECONDS * 250,
      `the waits after Retry-After spanned ${Math.round(span(waits))} ms`,
    );
    assert.ok(
      span(wave) > span(burst),
      `the retry wave spanned ${Math.round(span(wave))} ms, the burst ${Math.round(span(burst))} ms`,
    );
  });
});
