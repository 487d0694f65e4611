import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AppointmentsClient, InvalidArgumentError } from '../src/index.js';
import {
  availability,
  booking,
  bookingRequest,
  calendarText,
  centre,
  centreListItem,
  daySlots,
  hold,
  NATIONAL_ID,
  provider,
  service,
} from './support/api-fixtures.js';
import { answerInTurn, json, raw, useApiServer } from './support/api-server.js';
import { createTestClient } from './support/test-client.js';

useApiServer();

interface OperationCase {
  readonly name: string;
  readonly call: (client: AppointmentsClient) => Promise<unknown>;
  readonly method: string;
  /** Path and query exactly as sent. */
  readonly target: string;
  readonly respondWith: ReturnType<typeof json>;
  readonly expected: unknown;
  /** The JSON body sent, if any. */
  readonly body?: unknown;
  readonly verifiesApplicant?: boolean;
  readonly ifMatch?: string;
  readonly idempotent?: boolean;
}

const page = <T>(items: T[]) => ({ items, nextCursor: null });

const operationCases: OperationCase[] = [
  {
    name: 'listProviders',
    call: (client) => client.listProviders({ limit: 20, cursor: 'c2' }),
    method: 'GET',
    target: '/v1/providers?limit=20&cursor=c2',
    respondWith: json(page([provider])),
    expected: page([provider]),
  },
  {
    name: 'getProvider',
    call: (client) => client.getProvider('nationality-passports'),
    method: 'GET',
    target: '/v1/providers/nationality-passports',
    respondWith: json(provider),
    expected: provider,
  },
  {
    name: 'listServices',
    call: (client) =>
      client.listServices({ provider: 'nationality-passports', category: 'health', q: 'جواز سفر' }),
    method: 'GET',
    target: `/v1/services?provider=nationality-passports&category=health&q=${new URLSearchParams({ q: 'جواز سفر' }).toString().slice(2)}`,
    respondWith: json(page([service])),
    expected: page([service]),
  },
  {
    name: 'getService',
    call: (client) => client.getService('passport-renewal'),
    method: 'GET',
    target: '/v1/services/passport-renewal',
    respondWith: json(service),
    expected: service,
  },
  {
    name: 'listCentres',
    call: (client) =>
      client.listCentres({
        service: 'passport-renewal',
        governorate: 'muharraq',
        near: { lat: 26.2235, lng: 50.5876 },
        limit: 5,
      }),
    method: 'GET',
    target:
      '/v1/centres?service=passport-renewal&governorate=muharraq&near=26.2235%2C50.5876&limit=5',
    respondWith: json(page([centreListItem])),
    expected: page([centreListItem]),
  },
  {
    name: 'getCentre',
    call: (client) => client.getCentre('muharraq-passports'),
    method: 'GET',
    target: '/v1/centres/muharraq-passports',
    respondWith: json(centre),
    expected: centre,
  },
  {
    name: 'getAvailability',
    call: (client) =>
      client.getAvailability({
        centreId: 'muharraq-passports',
        serviceId: 'passport-renewal',
        from: '2026-12-04',
        to: '2026-12-06',
      }),
    method: 'GET',
    target:
      '/v1/centres/muharraq-passports/services/passport-renewal/availability?from=2026-12-04&to=2026-12-06',
    respondWith: json(availability),
    expected: availability,
  },
  {
    name: 'getSlots',
    call: (client) =>
      client.getSlots({
        centreId: 'muharraq-passports',
        serviceId: 'passport-renewal',
        date: '2026-12-06',
      }),
    method: 'GET',
    target: '/v1/centres/muharraq-passports/services/passport-renewal/slots?date=2026-12-06',
    respondWith: json(daySlots),
    expected: daySlots,
  },
  {
    name: 'createHold',
    call: (client) => client.createHold({ slotId: 'slot-20261206-0930' }),
    method: 'POST',
    target: '/v1/holds',
    body: { slotId: 'slot-20261206-0930' },
    respondWith: json(hold, 201),
    expected: hold,
    idempotent: true,
  },
  {
    name: 'extendHold',
    call: (client) => client.extendHold('hold-5f2c'),
    method: 'POST',
    target: '/v1/holds/hold-5f2c/extend',
    respondWith: json(hold),
    expected: hold,
    idempotent: true,
  },
  {
    name: 'releaseHold',
    call: (client) => client.releaseHold('hold-5f2c'),
    method: 'DELETE',
    target: '/v1/holds/hold-5f2c',
    respondWith: () => new Response(null, { status: 204 }),
    expected: undefined,
  },
  {
    name: 'createBooking',
    call: (client) => client.createBooking(bookingRequest),
    method: 'POST',
    target: '/v1/bookings',
    body: bookingRequest,
    respondWith: json(booking, 201),
    expected: booking,
    idempotent: true,
  },
  {
    name: 'getBooking',
    call: (client) => client.getBooking({ reference: 'GA-7K3M-Q9TX', nationalId: NATIONAL_ID }),
    method: 'GET',
    target: '/v1/bookings/GA-7K3M-Q9TX',
    respondWith: json(booking),
    expected: booking,
    verifiesApplicant: true,
  },
  {
    name: 'getBookingCalendar',
    call: (client) =>
      client.getBookingCalendar({ reference: 'GA-7K3M-Q9TX', nationalId: NATIONAL_ID }),
    method: 'GET',
    target: '/v1/bookings/GA-7K3M-Q9TX/calendar',
    respondWith: raw(calendarText, 200, 'text/calendar; charset=utf-8'),
    expected: calendarText,
    verifiesApplicant: true,
  },
  {
    name: 'cancelBooking',
    call: (client) =>
      client.cancelBooking({
        reference: 'GA-7K3M-Q9TX',
        nationalId: NATIONAL_ID,
        version: 3,
        reason: 'cannot-attend',
      }),
    method: 'POST',
    target: '/v1/bookings/GA-7K3M-Q9TX/cancel',
    body: { reason: 'cannot-attend' },
    respondWith: json({ ...booking, status: 'cancelled', version: 4 }),
    expected: { ...booking, status: 'cancelled', version: 4 },
    verifiesApplicant: true,
    ifMatch: '"3"',
    idempotent: true,
  },
  {
    name: 'rescheduleBooking',
    call: (client) =>
      client.rescheduleBooking({
        reference: 'GA-7K3M-Q9TX',
        nationalId: NATIONAL_ID,
        version: 3,
        holdId: 'hold-9a1b',
      }),
    method: 'POST',
    target: '/v1/bookings/GA-7K3M-Q9TX/reschedule',
    body: { holdId: 'hold-9a1b' },
    respondWith: json({ ...booking, version: 4 }),
    expected: { ...booking, version: 4 },
    verifiesApplicant: true,
    ifMatch: '"3"',
    idempotent: true,
  },
];

describe('every operation', () => {
  for (const operation of operationCases) {
    it(`${operation.name} sends ${operation.method} ${operation.target} and returns the validated body`, async () => {
      const requests = answerInTurn(operation.respondWith);
      const { client } = createTestClient();

      const result = await operation.call(client);

      assert.deepEqual(result, operation.expected);
      assert.equal(requests.length, 1);
      const [request] = requests;
      assert.ok(request);
      assert.equal(request.method, operation.method);
      assert.equal(request.url.pathname + request.url.search, operation.target);
      if (operation.body === undefined) {
        assert.equal(request.body, '');
      } else {
        assert.deepEqual(JSON.parse(request.body), operation.body);
        assert.equal(request.headers.get('Content-Type'), 'application/json');
      }
    });

    it(`${operation.name} sends the national ID, If-Match and Idempotency-Key only where the contract asks`, async () => {
      const requests = answerInTurn(operation.respondWith);
      const { client } = createTestClient();

      await operation.call(client);

      const [request] = requests;
      assert.ok(request);
      assert.equal(
        request.headers.get('Applicant-National-Id'),
        operation.verifiesApplicant ? NATIONAL_ID : null,
      );
      assert.equal(request.url.href.includes(NATIONAL_ID), false, 'national ID in the URL');
      assert.equal(request.headers.get('If-Match'), operation.ifMatch ?? null);
      if (operation.idempotent) {
        assert.match(request.headers.get('Idempotency-Key') ?? '', /^generated-key-\d+$/);
      } else {
        assert.equal(request.headers.get('Idempotency-Key'), null);
      }
    });
  }
});

describe('request details', () => {
  it('percent-encodes path parameters as one segment', async () => {
    const requests = answerInTurn(json(provider));
    const { client } = createTestClient();

    await client.getProvider('a b/c?d#e');

    assert.equal(requests[0]?.url.pathname, '/v1/providers/a%20b%2Fc%3Fd%23e');
  });

  it('refuses path parameters that a URL would collapse, without sending anything', async () => {
    const requests = answerInTurn(json(hold));
    const { client } = createTestClient();

    for (const holdId of ['', '.', '..', '%2e%2E']) {
      await assert.rejects(client.extendHold(holdId), InvalidArgumentError);
    }
    assert.equal(requests.length, 0);
  });

  it('releases a hold with keepalive when asked, for a page being closed', async () => {
    const requests = answerInTurn(() => new Response(null, { status: 204 }));
    const { client } = createTestClient();

    await client.releaseHold('hold-5f2c', { keepalive: true });
    await client.releaseHold('hold-5f2c');

    assert.deepEqual(
      requests.map((request) => request.keepalive),
      [true, false],
    );
  });

  it('leaves undefined query values out', async () => {
    const requests = answerInTurn(json({ items: [], nextCursor: null }));
    const { client } = createTestClient();

    await client.listCentres({ q: 'Riffa', near: undefined, cursor: undefined });
    await client.listProviders();

    assert.equal(requests[0]?.url.search, '?q=Riffa');
    assert.equal(requests[1]?.url.search, '');
  });

  it('sends Accept-Language from the language option, and none without it', async () => {
    const requests = answerInTurn(json(provider));

    await createTestClient({ language: 'ur' }).client.getProvider('nationality-passports');
    await createTestClient().client.getProvider('nationality-passports');

    assert.equal(requests[0]?.headers.get('Accept-Language'), 'ur');
    assert.equal(requests[1]?.headers.get('Accept-Language'), null);
  });

  it('asks for JSON, or for iCalendar from the calendar operation', async () => {
    const requests = answerInTurn(json(booking), raw(calendarText, 200, 'text/calendar'));
    const { client } = createTestClient();
    const lookup = { reference: 'GA-7K3M-Q9TX', nationalId: NATIONAL_ID };

    await client.getBooking(lookup);
    await client.getBookingCalendar(lookup);

    assert.match(requests[0]?.headers.get('Accept') ?? '', /^application\/json\b/);
    assert.match(requests[1]?.headers.get('Accept') ?? '', /^text\/calendar\b/);
  });

  it('sends the token from getToken as a bearer token, and no Authorization without one', async () => {
    const requests = answerInTurn(json(provider));
    const tokens = ['token-1', null, ''];
    const { client } = createTestClient({ getToken: async () => tokens.shift() });

    await client.getProvider('nationality-passports');
    await client.getProvider('nationality-passports');
    await client.getProvider('nationality-passports');

    assert.deepEqual(
      requests.map((request) => request.headers.get('Authorization')),
      ['Bearer token-1', null, null],
    );
  });

  it('rejects with the error getToken throws, without sending', async () => {
    const requests = answerInTurn(json(provider));
    const failure = new Error('session expired');
    const { client } = createTestClient({
      getToken: () => {
        throw failure;
      },
    });

    await assert.rejects(client.getProvider('nationality-passports'), (error) => error === failure);
    assert.equal(requests.length, 0);
  });

  it('sends Latin digits when the national ID is typed in Arabic-Indic or Persian digits', async () => {
    const requests = answerInTurn(json(booking));
    const { client } = createTestClient();

    await client.getBooking({ reference: 'GA-7K3M-Q9TX', nationalId: ' ٨٨٠٥١٢٣٤٥ ' });
    await client.getBooking({ reference: 'GA-7K3M-Q9TX', nationalId: '۸۸۰۵۱۲۳۴۵' });

    assert.equal(requests[0]?.headers.get('Applicant-National-Id'), NATIONAL_ID);
    assert.equal(requests[1]?.headers.get('Applicant-National-Id'), NATIONAL_ID);
  });

  it('sends an empty cancellation body when no reason is given', async () => {
    const requests = answerInTurn(json({ ...booking, status: 'cancelled', version: 4 }));
    const { client } = createTestClient();

    await client.cancelBooking({ reference: 'GA-7K3M-Q9TX', nationalId: NATIONAL_ID, version: 3 });

    assert.deepEqual(JSON.parse(requests[0]?.body ?? ''), {});
  });

  it('uses the idempotency key the caller gives', async () => {
    const requests = answerInTurn(json(booking, 201));
    const { client, generatedKeys } = createTestClient();

    await client.createBooking(bookingRequest, { idempotencyKey: 'booking-attempt-77' });

    assert.equal(requests[0]?.headers.get('Idempotency-Key'), 'booking-attempt-77');
    assert.deepEqual(generatedKeys, []);
  });

  it('gives each call its own generated idempotency key', async () => {
    const requests = answerInTurn(json(hold, 201));
    const { client } = createTestClient();

    await client.createHold({ slotId: 'slot-20261206-0930' });
    await client.createHold({ slotId: 'slot-20261206-0930' });

    const keys = requests.map((request) => request.headers.get('Idempotency-Key'));
    assert.equal(new Set(keys).size, 2);
  });

  it('joins a base URL with a trailing slash without doubling it', async () => {
    const requests = answerInTurn(json(provider));
    const { client } = createTestClient({ baseUrl: 'https://api.test/v1/' });

    await client.getProvider('nationality-passports');

    assert.equal(requests[0]?.url.pathname, '/v1/providers/nationality-passports');
  });

  it('refuses a relative base URL where there is no page to resolve it against', () => {
    assert.throws(() => createTestClient({ baseUrl: '/api/v1' }), TypeError);
  });
});
