/**
 * The rush hour: many citizens booking at the same centre at once, with autocannon driving
 * one connection per citizen through the booking journey (read the day's slots, hold one,
 * book it, read the booking back). Bounded in requests and in time. Afterwards the run checks
 * what load must never break: no slot over capacity, no place booked twice, no booking lost.
 */
import { randomUUID } from 'node:crypto';
import { HEADER, type OperationId } from '@gov-appointment/sdk/contract';
import autocannon from 'autocannon';
import type { Findings } from './check.js';
import { CheckFailure, type FreeSlot, type MadeBooking, sleep, type TestRun } from './test-run.js';

export interface RushHourOptions {
  /** Citizens booking at the same time, one connection each (default 20). */
  readonly citizens?: number;
  /** The longest the load lasts, in seconds (default 30). */
  readonly durationSeconds?: number;
  /** The most requests sent in all (default 2000). */
  readonly maxRequests?: number;
}

export interface OperationStatistics {
  readonly requests: number;
  /** Latency percentiles in milliseconds. */
  readonly latencyMs: { readonly p50: number; readonly p95: number; readonly p99: number };
  /** Answers other than success, by problem code (or HTTP status when there is no code). */
  readonly errors: Readonly<Record<string, number>>;
  /** Share of answers that were not a success, 0 to 1. */
  readonly errorRate: number;
}

export interface RushHourResult {
  readonly citizens: number;
  readonly durationSeconds: number;
  readonly requests: number;
  /** Slots the citizens competed for, and the places they had. */
  readonly slots: number;
  readonly places: number;
  readonly bookings: number;
  /** Requests that got no answer (timeouts, dropped connections). */
  readonly unanswered: number;
  readonly operations: Readonly<Partial<Record<OperationId, OperationStatistics>>>;
}

type JourneyStep = 'getSlots' | 'createHold' | 'createBooking' | 'getBooking';

interface CitizenContext {
  slot?: FreeSlot;
  holdId?: string;
  reference?: string;
}

/** What `setupRequest` returns to skip a step: autocannon then restarts the citizen's journey. */
const SKIP = undefined as unknown as autocannon.Request;

interface Observation {
  readonly latencies: number[];
  readonly errors: Map<string, number>;
}

/** The nearest-rank percentile of sorted values, to a tenth. */
function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  const value = sorted[Math.min(rank, sorted.length) - 1] as number;
  return Math.round(value * 10) / 10;
}

/** Runs the load on the run's remaining free slots and checks the invariants into `findings`. */
export async function runRushHour(
  run: TestRun,
  options: RushHourOptions,
  findings: Findings,
): Promise<RushHourResult> {
  const citizens = options.citizens ?? 20;
  const durationSeconds = options.durationSeconds ?? 30;
  const maxRequests = Math.max(options.maxRequests ?? 2000, citizens);
  await run.findFreeSlots();
  const slots = run.takeAllSlots();
  if (slots.length === 0) throw new CheckFailure('No free slot is left for the rush hour.');
  const before = await remainingBySlot(run, slots);
  const places = [...before.values()].reduce((sum, remaining) => sum + remaining, 0);

  const base = new URL(run.options.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const observations = new Map<JourneyStep, Observation>();
  const granted = new Map<string, string>();
  const bookings: (MadeBooking & { holdId: string })[] = [];
  let lastStep: JourneyStep = 'getSlots';
  let draining = false;
  let writesInFlight = 0;

  const observe = (step: JourneyStep, status: number, body: string, success: number) => {
    lastStep = step;
    let observation = observations.get(step);
    if (!observation) {
      observation = { latencies: [], errors: new Map() };
      observations.set(step, observation);
    }
    if (status !== success) {
      const key = problemCode(body) ?? String(status);
      observation.errors.set(key, (observation.errors.get(key) ?? 0) + 1);
    }
  };
  const headers: Record<string, string> = { Origin: run.options.origin };
  if (run.options.bearerToken) headers.Authorization = `Bearer ${run.options.bearerToken}`;
  /** A hold or booking with a fresh key, counted until its answer arrives. */
  const write = (request: autocannon.Request, path: string, body: unknown): autocannon.Request => {
    writesInFlight += 1;
    return {
      ...request,
      path: `${basePath}${path}`,
      headers: {
        ...headers,
        'Content-Type': 'application/json',
        [HEADER.idempotencyKey]: randomUUID(),
      },
      body: JSON.stringify(body),
    };
  };

  const requests: autocannon.Request[] = [
    {
      method: 'GET',
      setupRequest: (request, context) => {
        const citizen = context as CitizenContext;
        const slot = slots[Math.floor(Math.random() * slots.length)] as FreeSlot;
        citizen.slot = slot;
        return {
          ...request,
          path: `${basePath}${run.availabilityPath}/slots?date=${slot.date}`,
        };
      },
      onResponse: (status, body) => observe('getSlots', status, body, 200),
    },
    {
      method: 'POST',
      setupRequest: (request, context) => {
        const citizen = context as CitizenContext;
        if (draining || !citizen.slot) return SKIP;
        return write(request, '/holds', { slotId: citizen.slot.id });
      },
      onResponse: (status, body, context) => {
        writesInFlight -= 1;
        observe('createHold', status, body, 201);
        const citizen = context as CitizenContext;
        citizen.holdId = status === 201 ? (JSON.parse(body) as { id: string }).id : undefined;
        if (citizen.holdId && citizen.slot) granted.set(citizen.holdId, citizen.slot.id);
      },
    },
    {
      method: 'POST',
      setupRequest: (request, context) => {
        const citizen = context as CitizenContext;
        if (draining || !citizen.holdId) return SKIP;
        return write(request, '/bookings', run.bookingBody(citizen.holdId));
      },
      onResponse: (status, body, context, responseHeaders) => {
        writesInFlight -= 1;
        observe('createBooking', status, body, 201);
        const citizen = context as CitizenContext;
        citizen.reference = undefined;
        if (status !== 201 || !citizen.holdId || !citizen.slot) return;
        const booked = JSON.parse(body) as { reference: string; changeableUntil?: string };
        const reference = booked.reference;
        citizen.reference = reference;
        bookings.push({
          reference,
          slotId: citizen.slot.id,
          holdId: citizen.holdId,
          changeableUntil: Date.parse(booked.changeableUntil ?? ''),
          etag: String(
            Object.entries(responseHeaders ?? {}).find(
              ([name]) => name.toLowerCase() === 'etag',
            )?.[1] ?? '',
          ),
          status: 'confirmed',
        });
      },
    },
    {
      method: 'GET',
      setupRequest: (request, context) => {
        const citizen = context as CitizenContext;
        if (!citizen.reference) return SKIP;
        return {
          ...request,
          path: `${basePath}/bookings/${encodeURIComponent(citizen.reference)}`,
          headers: { ...headers, [HEADER.nationalId]: run.options.nationalId },
        };
      },
      onResponse: (status, body) => observe('getBooking', status, body, 200),
    },
  ];

  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: base.origin,
      connections: citizens,
      amount: maxRequests,
      headers,
      timeout: Math.ceil(run.options.requestTimeoutMs / 1000),
      requests,
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  // autocannon calls a request's onResponse and then emits 'response' for the same answer in
  // one go, so the step observe() just recorded is the one this latency belongs to.
  instance.on('response', (_client: unknown, _status: number, _bytes: number, latency: number) => {
    observations.get(lastStep)?.latencies.push(latency);
  });
  // At the time limit, no new hold or booking starts; the ones under way are answered before
  // the load stops, so every place taken is one the run knows about.
  const deadline = setTimeout(async () => {
    draining = true;
    const limit = Date.now() + run.options.requestTimeoutMs;
    while (writesInFlight > 0 && Date.now() < limit) await sleep(20);
    instance.stop();
  }, durationSeconds * 1000);
  const result = await finished.finally(() => clearTimeout(deadline));
  draining = true;

  for (const booking of bookings) run.adoptBooking(booking);
  const booked = new Set(bookings.map((booking) => booking.holdId));
  for (const holdId of granted.keys()) if (!booked.has(holdId)) await run.releaseHold(holdId);
  await checkInvariants(run, findings, slots, before, bookings);

  const operations: Partial<Record<OperationId, OperationStatistics>> = {};
  for (const [step, observation] of observations) {
    const sorted = [...observation.latencies].sort((a, b) => a - b);
    const requests = observation.latencies.length;
    const failed = [...observation.errors.values()].reduce((sum, count) => sum + count, 0);
    operations[step] = {
      requests,
      latencyMs: {
        p50: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
        p99: percentile(sorted, 0.99),
      },
      errors: Object.fromEntries(observation.errors),
      errorRate: requests === 0 ? 0 : failed / requests,
    };
  }
  return {
    citizens,
    durationSeconds: result.duration,
    requests: result.requests.total,
    slots: slots.length,
    places,
    bookings: bookings.length,
    unanswered: result.errors + result.timeouts,
    operations,
  };
}

async function remainingBySlot(
  run: TestRun,
  slots: readonly FreeSlot[],
): Promise<Map<string, number>> {
  const remaining = new Map<string, number>();
  for (const date of new Set(slots.map((slot) => slot.date))) {
    for (const slot of (await run.daySlots(date)).slots) remaining.set(slot.id, slot.remaining);
  }
  return remaining;
}

async function checkInvariants(
  run: TestRun,
  findings: Findings,
  slots: readonly FreeSlot[],
  before: ReadonlyMap<string, number>,
  bookings: readonly (MadeBooking & { holdId: string })[],
): Promise<void> {
  const after = await remainingBySlot(run, slots);
  const perSlot = new Map<string, number>();
  for (const booking of bookings) {
    perSlot.set(booking.slotId, (perSlot.get(booking.slotId) ?? 0) + 1);
  }
  for (const slot of slots) {
    const had = before.get(slot.id) ?? 0;
    const booked = perSlot.get(slot.id) ?? 0;
    const left = after.get(slot.id);
    findings.expect(
      booked <= had,
      `No slot over capacity: slot ${slot.id} had ${had} places and took ${booked} bookings.`,
    );
    findings.expect(
      left === had - booked,
      `No lost booking: slot ${slot.id} had ${had} places, took ${booked} bookings, and shows ${left ?? 'no'} left.`,
    );
  }
  const references = new Set(bookings.map((booking) => booking.reference));
  findings.expect(
    references.size === bookings.length,
    `No double booking: ${bookings.length - references.size} references were given twice.`,
  );
  const holds = new Set(bookings.map((booking) => booking.holdId));
  findings.expect(
    holds.size === bookings.length,
    `No double booking: ${bookings.length - holds.size} holds were booked twice.`,
  );
  let unreadable = 0;
  for (const booking of bookings) {
    const answer = await run.getBooking(booking.reference);
    if (answer.status !== 200 || (answer.json as { status?: string }).status !== 'confirmed') {
      unreadable += 1;
    }
  }
  findings.expect(
    unreadable === 0,
    `No lost booking: ${unreadable} of ${bookings.length} confirmed bookings could not be read back.`,
  );
}

function problemCode(body: string): string | null {
  try {
    const code = (JSON.parse(body) as { code?: unknown }).code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}
