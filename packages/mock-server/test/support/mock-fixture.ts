/**
 * Test fixtures: a mock API on a controllable clock behind MSW's Node interceptor, plain
 * `fetch` helpers, and finders for slots in a known state.
 */
import assert from 'node:assert/strict';
import {
  type BookingRequest,
  type CentreList,
  type DaySlots,
  type Hold,
  PROBLEM_STATUS,
  PROBLEM_TYPE_BASE,
  Problem,
  type ProblemCode,
  type Slot,
} from '@gov-appointment/sdk/schemas';
import { getResponse } from 'msw';
import { createMockServer, type MockApi, type MockApiOptions } from '../../src/node.js';

/** Monday 23 November 2026, 08:00 in Bahrain. */
export const TEST_START = '2026-11-23T08:00:00+03:00';
export const NATIONAL_ID = '880101234';
export const OTHER_NATIONAL_ID = '990202345';

export interface TestClock {
  readonly now: () => Date;
  advance(milliseconds: number): void;
  /** Back to the start time. */
  reset(): void;
}

export function createClock(start = TEST_START): TestClock {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    advance: (milliseconds) => {
      now += milliseconds;
    },
    reset: () => {
      now = Date.parse(start);
    },
  };
}

export interface MockFixture {
  readonly api: MockApi;
  readonly clock: TestClock;
  readonly base: string;
  /** Clock back to the start, state back to the seed, scenarios off. */
  reset(): void;
  close(): void;
}

/** Starts intercepting `fetch` with a fresh mock API. One per test file. */
export function startMock(options: MockApiOptions = {}): MockFixture {
  const clock = createClock();
  const { server, api } = createMockServer({ now: clock.now, ...options });
  server.listen({ onUnhandledRequest: 'error' });
  return {
    api,
    clock,
    base: api.baseUrl,
    reset: () => {
      clock.reset();
      api.reset();
    },
    close: () => server.close(),
  };
}

export async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, { headers });
  assert.equal(
    response.status,
    200,
    `${url} answered ${response.status}: ${await response.clone().text()}`,
  );
  return (await response.json()) as T;
}

export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export interface FoundSlot {
  readonly centreId: string;
  readonly serviceId: string;
  readonly date: string;
  readonly slot: Slot;
}

/**
 * The first slot matching `accept`, searching centres in catalogue order and dates from
 * `fromDay` days ahead (later dates are emptier).
 */
export async function findSlot(
  base: string,
  accept: (slot: Slot, serviceId: string) => boolean,
  {
    fromDay = 35,
    days = 10,
    serviceId,
  }: { fromDay?: number; days?: number; serviceId?: string } = {},
): Promise<FoundSlot> {
  const { items: centres } = await getJson<CentreList>(
    `${base}/centres?limit=200${serviceId ? `&service=${serviceId}` : ''}`,
  );
  for (const centre of centres) {
    for (const service of serviceId ? [serviceId] : centre.serviceIds) {
      for (let day = fromDay; day < fromDay + days; day++) {
        const date = new Date(Date.parse('2026-11-23T00:00:00Z') + day * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const url = `${base}/centres/${centre.id}/services/${service}/slots?date=${date}`;
        const { slots } = await getJson<DaySlots>(url);
        const slot = slots.find((candidate) => accept(candidate, service));
        if (slot) return { centreId: centre.id, serviceId: service, date, slot };
      }
    }
  }
  throw new Error('No slot matches');
}

/**
 * An empty slot (every place free): a month out by default, three weeks out for a given
 * service so that services bookable only 30 days ahead are found too.
 */
export function findFreeSlot(base: string, serviceId?: string): Promise<FoundSlot> {
  return findSlot(base, (slot) => slot.remaining === slot.capacity, {
    serviceId,
    fromDay: serviceId ? 20 : 35,
  });
}

export async function readSlot(base: string, found: FoundSlot): Promise<Slot> {
  const url = `${base}/centres/${found.centreId}/services/${found.serviceId}/slots?date=${found.date}`;
  const { slots } = await getJson<DaySlots>(url);
  const slot = slots.find((candidate) => candidate.id === found.slot.id);
  assert.ok(slot, `slot ${found.slot.id} is listed`);
  return slot;
}

let keyCounter = 0;
/** A fresh Idempotency-Key. */
export function newKey(): string {
  keyCounter += 1;
  return `test-key-${keyCounter}-${Math.random().toString(36).slice(2)}`;
}

export async function hold(base: string, slotId: string): Promise<Hold> {
  const response = await postJson(`${base}/holds`, { slotId }, { 'Idempotency-Key': newKey() });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()) as Hold;
}

export function bookingRequest(
  holdId: string,
  overrides: Partial<BookingRequest> = {},
): BookingRequest {
  return {
    holdId,
    applicant: {
      name: 'Fatima Ali',
      nationalId: NATIONAL_ID,
      mobile: '+97336123456',
      email: 'fatima@example.com',
    },
    accessibilityNeeds: ['wheelchair-access'],
    notificationLanguage: 'en',
    ...overrides,
  };
}

/**
 * Asks a mock API directly through its handlers, without intercepting `fetch`, so several
 * differently seeded mocks can be compared in one test.
 */
export async function askApi(api: MockApi, path: string, init?: RequestInit): Promise<Response> {
  const base = api.baseUrl.startsWith('http') ? api.baseUrl : `http://localhost${api.baseUrl}`;
  const response = await getResponse(api.handlers, new Request(`${base}${path}`, init));
  assert.ok(response, `${path} is handled`);
  return response;
}

/** Asserts a problem answer: status, media type, schema, `type`, and the request id. */
export async function expectProblem(response: Response, code: ProblemCode): Promise<Problem> {
  const text = await response.clone().text();
  assert.equal(response.status, PROBLEM_STATUS[code], `expected ${code}, got ${text}`);
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  const problem = Problem.parse(await response.json());
  assert.equal(problem.code, code);
  assert.equal(problem.type, `${PROBLEM_TYPE_BASE}${code}`);
  assert.equal(problem.status, PROBLEM_STATUS[code]);
  assert.equal(problem.requestId, response.headers.get('X-Request-Id'));
  return problem;
}
