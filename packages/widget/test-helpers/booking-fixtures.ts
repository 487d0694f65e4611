/**
 * What the widget's browser tests share: the mock API in a service worker, a person to book
 * for, a service to book, bookings made ahead of a test, and responses lost on the way back.
 */
import {
  type MockApi,
  type MockWorker,
  startMockWorker,
} from '@gov-appointment/mock-server/browser';
import {
  type Booking,
  type FieldError,
  PROBLEM_TYPE_BASE,
  type Slot,
} from '@gov-appointment/sdk/schemas';
import { fixtureCleanup, waitUntil } from '@open-wc/testing';
import { getResponse, HttpResponse, http } from 'msw';
import type { ApplicantInput } from './booking-page.js';

/** Where the widget under test finds the API (answered by the mock service worker). */
export const API_BASE = '/api/v1';

/** A service every e-government centre offers, bookable for someone else, with a fee. */
export const SERVICE = {
  id: 'id-card-renewal',
  name: 'Renew an identity card',
  provider: 'Information & eGovernment Authority',
} as const;

/** Someone booking for themselves, as they would type it. */
export const APPLICANT = {
  name: 'Maryam Yusuf Al-Khalifa',
  nationalId: '880412345',
  mobile: '36001234',
} as const satisfies ApplicantInput;

/**
 * The mock API for the enclosing `describe`: started before its tests, put back to the seeded
 * state after each one (see `resetMockApi`), stopped after the last. Read the result inside
 * tests and hooks, once it has started.
 */
export function useMockApi(): MockWorker {
  let running: MockWorker | undefined;
  before(async () => {
    running = await startMockWorker({ baseUrl: API_BASE, quiet: true });
  });
  afterEach(async () => {
    if (running) await resetMockApi(running);
  });
  after(() => {
    running?.worker.stop();
  });
  const started = (): MockWorker => {
    if (!running) throw new Error('The mock API starts in `before`: use it in tests and hooks.');
    return running;
  };
  return {
    get worker() {
      return started().worker;
    },
    get api() {
      return started().api;
    },
  };
}

/** How long the API must have had nothing to answer before its state is reset. */
const QUIET_MS = 100;

/**
 * Takes the widgets off the page, then puts the API back to the seeded state with no scenario
 * and no extra handler. A widget gives back its held place as it leaves;
 * that request must reach the state it belongs to, not the next test's, whose holds reuse the
 * same seeded ids.
 */
async function resetMockApi(mock: MockWorker): Promise<void> {
  let inFlight = 0;
  let lastActivity = performance.now();
  const started = () => {
    inFlight += 1;
    lastActivity = performance.now();
  };
  const ended = () => {
    inFlight -= 1;
    lastActivity = performance.now();
  };
  mock.worker.events.on('request:start', started);
  mock.worker.events.on('request:end', ended);
  try {
    fixtureCleanup();
    await waitUntil(
      () => inFlight === 0 && performance.now() - lastActivity >= QUIET_MS,
      'the API never went quiet',
      { interval: 20, timeout: 3000 },
    );
  } finally {
    mock.worker.events.removeListener('request:start', started);
    mock.worker.events.removeListener('request:end', ended);
  }
  mock.worker.resetHandlers();
  mock.api.reset();
}

/**
 * The first centre offering `serviceId` whose first day with a free time has one that `accept`
 * agrees to (any, when omitted), with that day's free slots it agrees to.
 */
export function firstFreeSlots(
  api: MockApi,
  serviceId: string = SERVICE.id,
  accept: (slot: Slot) => boolean = () => true,
): { centreId: string; date: string; slots: Slot[] } {
  for (const centre of api.store.catalogue.centres) {
    if (!centre.serviceIds.includes(serviceId)) continue;
    const date = api.store.nextAvailableDate(centre.id, serviceId);
    if (!date) continue;
    const slots = api.store
      .slots(centre.id, serviceId, date)
      .filter((slot) => slot.remaining > 0 && Date.parse(slot.start) > Date.now() && accept(slot));
    if (slots.length > 0) return { centreId: centre.id, date, slots };
  }
  throw new Error(`No centre has a free time for ${serviceId}`);
}

/**
 * Books the first free time (or the first that `accept` agrees to) for `applicant` straight in
 * the store, as another channel would.
 */
export function bookThroughStore(
  api: MockApi,
  applicant: ApplicantInput = APPLICANT,
  accept: (slot: Slot) => boolean = () => true,
): Booking {
  const slot = firstFreeSlots(api, SERVICE.id, accept).slots[0] as Slot;
  const hold = api.store.createHold(slot.id);
  const record = api.store.createBooking({
    holdId: hold.id,
    applicant: {
      name: applicant.name,
      nationalId: applicant.nationalId,
      mobile: `+973${applicant.mobile}`,
      email: null,
      bookingFor: null,
    },
    accessibilityNeeds: [],
    accessibilityNotes: null,
    notificationLanguage: 'en',
  });
  return api.store.bookingView(record);
}

/** What the server answered to each booking request, whether or not the client received it. */
export interface ServerBookingAnswers {
  /** The status of each answer the server gave, in order. */
  readonly statuses: number[];
  /** The reference in each successful answer the server gave, in order. */
  readonly references: string[];
}

/**
 * Lets the server handle each booking request, then loses the first `times` answers on the way
 * back, as a dropped connection does: the client sees a network error although the server
 * may have booked. Later requests are answered normally. Every answer is recorded.
 */
export function loseFirstBookingAnswers(mock: MockWorker, times: number): ServerBookingAnswers {
  const answers: ServerBookingAnswers = { statuses: [], references: [] };
  let requests = 0;
  mock.worker.use(
    http.post(`${API_BASE}/bookings`, async ({ request }) => {
      requests += 1;
      const response = await getResponse(mock.api.handlers, request);
      if (!response) throw new Error('The mock API did not answer a booking request');
      answers.statuses.push(response.status);
      if (response.ok) {
        const body = (await response.clone().json()) as { reference: string };
        answers.references.push(body.reference);
      }
      return requests <= times ? HttpResponse.error() : response;
    }),
  );
  return answers;
}

/** What the server was asked and answered for each hold request, whether or not it arrived. */
export interface ServerHoldAnswers {
  /** The `Idempotency-Key` of each request, in order. */
  readonly keys: string[];
  /** The hold id in each successful answer the server gave, in order. */
  readonly holdIds: string[];
}

/**
 * Lets the server handle each hold request, then loses the first `times` answers on the way
 * back, as a dropped connection does: the client sees a network error although the server
 * kept a place. Later requests are answered normally.
 */
export function loseFirstHoldAnswers(mock: MockWorker, times: number): ServerHoldAnswers {
  const answers: ServerHoldAnswers = { keys: [], holdIds: [] };
  mock.worker.use(
    http.post(`${API_BASE}/holds`, async ({ request }) => {
      answers.keys.push(request.headers.get('Idempotency-Key') ?? '');
      const response = await getResponse(mock.api.handlers, request);
      if (!response) throw new Error('The mock API did not answer a hold request');
      if (response.ok) answers.holdIds.push(((await response.clone().json()) as { id: string }).id);
      return answers.keys.length <= times ? HttpResponse.error() : response;
    }),
  );
  return answers;
}

/**
 * Makes the server turn down the next booking request as invalid, pointing at the fields in
 * `errors`, as it does when its own checks go further than the form's.
 */
export function rejectNextBooking(mock: MockWorker, errors: FieldError[]): void {
  mock.worker.use(
    http.post(
      `${API_BASE}/bookings`,
      () =>
        HttpResponse.json(
          {
            type: `${PROBLEM_TYPE_BASE}validation-failed`,
            title: 'The request is not valid',
            status: 422,
            code: 'validation-failed',
            detail: 'Some fields are not valid.',
            requestId: 'req-rejected-booking',
            errors,
          },
          {
            status: 422,
            headers: {
              'Content-Type': 'application/problem+json',
              'X-Request-Id': 'req-rejected-booking',
              'Cache-Control': 'no-store',
            },
          },
        ),
      { once: true },
    ),
  );
}
