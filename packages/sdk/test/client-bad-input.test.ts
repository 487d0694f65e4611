/**
 * The client given what it should never get: `null` and `undefined` for its arguments,
 * answers that fit the schema's shapes but describe impossible things, and answers cut short
 * on the way back. Every case ends in a typed error as a rejected promise, or in a retry that
 * recovers the server's answer.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type AppointmentsClient,
  AppointmentsError,
  InvalidArgumentError,
  ResponseValidationError,
} from '../src/index.js';
import {
  availability,
  bookingRequest,
  centreListItem,
  daySlots,
  hold,
  NATIONAL_ID,
} from './support/api-fixtures.js';
import { answerInTurn, json, raw, useApiServer } from './support/api-server.js';
import { createTestClient } from './support/test-client.js';

useApiServer();

/** The rejection of `promise`, which must reject. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the call to reject');
}

/** Calls the method, failing the test if it throws instead of returning a promise. */
function callWithoutThrowing(call: () => Promise<unknown>, label: string): Promise<unknown> {
  let result: Promise<unknown>;
  try {
    result = call();
  } catch (error) {
    assert.fail(`${label} threw ${String(error)} instead of returning a rejected promise`);
  }
  assert.ok(result instanceof Promise, `${label} returns a promise`);
  return result;
}

type Call = (client: AppointmentsClient, value: unknown) => Promise<unknown>;

/** Every method with `value` where its first argument or one of its fields belongs. */
const CALLS: Record<string, Call> = {
  'getProvider(id)': (client, value) => client.getProvider(value as string),
  'getService(id)': (client, value) => client.getService(value as string),
  'getCentre(id)': (client, value) => client.getCentre(value as string),
  'getAvailability(query)': (client, value) => client.getAvailability(value as never),
  'getAvailability({ centreId })': (client, value) =>
    client.getAvailability({
      centreId: value as string,
      serviceId: 'passport-renewal',
      from: '2026-12-06',
      to: '2026-12-07',
    }),
  'getAvailability({ from })': (client, value) =>
    client.getAvailability({
      centreId: 'muharraq-passports',
      serviceId: 'passport-renewal',
      from: value as string,
      to: '2026-12-07',
    }),
  'getSlots(query)': (client, value) => client.getSlots(value as never),
  'getSlots({ date })': (client, value) =>
    client.getSlots({
      centreId: 'muharraq-passports',
      serviceId: 'passport-renewal',
      date: value as string,
    }),
  'createHold(request)': (client, value) => client.createHold(value as never),
  'extendHold(id)': (client, value) => client.extendHold(value as string),
  'releaseHold(id)': (client, value) => client.releaseHold(value as string),
  'createBooking(request)': (client, value) => client.createBooking(value as never),
  'getBooking(lookup)': (client, value) => client.getBooking(value as never),
  'getBooking({ reference })': (client, value) =>
    client.getBooking({ reference: value as string, nationalId: NATIONAL_ID }),
  'getBooking({ nationalId })': (client, value) =>
    client.getBooking({ reference: 'GA-7K3M-Q9TX', nationalId: value as string }),
  'getBookingCalendar(lookup)': (client, value) => client.getBookingCalendar(value as never),
  'cancelBooking(input)': (client, value) => client.cancelBooking(value as never),
  'cancelBooking({ version })': (client, value) =>
    client.cancelBooking({
      reference: 'GA-7K3M-Q9TX',
      nationalId: NATIONAL_ID,
      version: value as number,
    }),
  'rescheduleBooking(input)': (client, value) => client.rescheduleBooking(value as never),
};

describe('arguments that cannot be sent', () => {
  it('a list query of null rejects; an absent one lists everything', async () => {
    const requests = answerInTurn(json({ items: [], nextCursor: null }));
    const { client } = createTestClient();
    const error = await rejectionOf(
      callWithoutThrowing(() => client.listProviders(null as never), 'listProviders(null)'),
    );
    assert.ok(error instanceof InvalidArgumentError);
    assert.deepEqual(await client.listProviders(undefined), { items: [], nextCursor: null });
    assert.equal(requests.length, 1);
  });

  for (const value of [null, undefined]) {
    it(`every method given ${value} rejects with InvalidArgumentError and sends nothing`, async () => {
      const requests = answerInTurn(json({}));
      const { client } = createTestClient();
      for (const [label, call] of Object.entries(CALLS)) {
        const error = await rejectionOf(callWithoutThrowing(() => call(client, value), label));
        assert.ok(error instanceof InvalidArgumentError, `${label}: ${String(error)}`);
        assert.ok(error instanceof AppointmentsError);
        assert.equal(error.code, 'invalid-argument');
      }
      assert.equal(requests.length, 0);
    });
  }

  it('an optional field given null rather than left out rejects too', async () => {
    const requests = answerInTurn(json({ items: [], nextCursor: null }));
    const { client } = createTestClient();
    const error = await rejectionOf(
      client.listCentres({ service: 'passport-renewal', near: null as never }),
    );
    assert.ok(error instanceof InvalidArgumentError, String(error));
    assert.equal(requests.length, 0);
  });

  it('names the argument, never the value', async () => {
    answerInTurn(json({}));
    const { client } = createTestClient();
    const error = await rejectionOf(
      client.getBooking({ reference: 'GA-7K3M-Q9TX', nationalId: `${NATIONAL_ID}\u202e` }),
    );
    assert.ok(error instanceof InvalidArgumentError);
    assert.match(error.message, /nationalId/);
    assert.ok(!error.message.includes(NATIONAL_ID));
  });

  it('refuses a body JSON cannot carry instead of calling it a network failure', async () => {
    const requests = answerInTurn(json(hold, 201));
    const { client } = createTestClient();
    const request: Record<string, unknown> = { ...bookingRequest };
    request.self = request;
    const error = await rejectionOf(client.createBooking(request as never));
    assert.ok(error instanceof InvalidArgumentError, String(error));
    assert.equal(requests.length, 0);
  });
});

describe('answers that fit the shapes but describe impossible things', () => {
  async function rejectsAsInvalid(
    call: (client: AppointmentsClient) => Promise<unknown>,
    responder: ReturnType<typeof json>,
    pointer: string,
  ): Promise<void> {
    answerInTurn(responder);
    const { client } = createTestClient({ retry: false });
    const error = await rejectionOf(call(client));
    assert.ok(error instanceof ResponseValidationError, String(error));
    assert.equal(error.code, 'invalid-response');
    assert.ok(
      error.issues.some((issue) => `/${issue.path.join('/')}` === pointer),
      `an issue at ${pointer}: ${JSON.stringify(error.issues)}`,
    );
  }

  it('a centre whose next available date is 31 February', async () => {
    await rejectsAsInvalid(
      (client) => client.listCentres({ service: 'passport-renewal' }),
      json({ items: [{ ...centreListItem, nextAvailableDate: '2027-02-31' }], nextCursor: null }),
      '/items/0/nextAvailableDate',
    );
  });

  it('29 February outside a leap year, while 2028 has one', async () => {
    await rejectsAsInvalid(
      (client) =>
        client.getSlots({
          centreId: 'muharraq-passports',
          serviceId: 'passport-renewal',
          date: '2027-02-28',
        }),
      json({ ...daySlots, date: '2027-02-29' }),
      '/date',
    );
    answerInTurn(json({ ...daySlots, date: '2028-02-29' }));
    const { client } = createTestClient({ retry: false });
    const day = await client.getSlots({
      centreId: 'muharraq-passports',
      serviceId: 'passport-renewal',
      date: '2028-02-29',
    });
    assert.equal(day.date, '2028-02-29');
  });

  it('a slot with more places left than it has', async () => {
    const [slot] = daySlots.slots;
    assert.ok(slot);
    await rejectsAsInvalid(
      (client) =>
        client.getSlots({
          centreId: 'muharraq-passports',
          serviceId: 'passport-renewal',
          date: '2026-12-06',
        }),
      json({ ...daySlots, slots: [{ ...slot, capacity: 2, remaining: 5 }] }),
      '/slots/0/remaining',
    );
  });

  it('a slot or a hold that ends before it starts', async () => {
    const [slot] = daySlots.slots;
    assert.ok(slot);
    await rejectsAsInvalid(
      (client) =>
        client.getSlots({
          centreId: 'muharraq-passports',
          serviceId: 'passport-renewal',
          date: '2026-12-06',
        }),
      json({ ...daySlots, slots: [{ ...slot, end: slot.start }] }),
      '/slots/0/end',
    );
    await rejectsAsInvalid(
      (client) => client.createHold({ slotId: 'slot-20261206-0930' }),
      json({ ...hold, end: '2026-12-06T09:00:00+03:00' }, 201),
      '/end',
    );
  });

  it('a day with more free slots than slots, and a range that ends before it starts', async () => {
    const [, open] = availability.days;
    assert.ok(open);
    const query = {
      centreId: 'muharraq-passports',
      serviceId: 'passport-renewal',
      from: '2026-12-04',
      to: '2026-12-06',
    };
    await rejectsAsInvalid(
      (client) => client.getAvailability(query),
      json({ ...availability, days: [{ ...open, availableSlots: 29 }] }),
      '/days/0/availableSlots',
    );
    await rejectsAsInvalid(
      (client) => client.getAvailability(query),
      json({ ...availability, from: '2026-12-06', to: '2026-12-04' }),
      '/to',
    );
  });

  for (const [label, body] of [
    ['an HTML error page', '<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>'],
    ['empty', ''],
    ['cut short', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:GA-7K3M-Q9TX\r\n'],
    ['a calendar without an event', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n'],
  ] as const) {
    it(`a calendar download that is ${label}, though sent as text/calendar`, async () => {
      answerInTurn(raw(body, 200, 'text/calendar; charset=utf-8'));
      const { client } = createTestClient({ retry: false });
      const error = await rejectionOf(
        client.getBookingCalendar({ reference: 'GA-7K3M-Q9TX', nationalId: NATIONAL_ID }),
      );
      assert.ok(error instanceof ResponseValidationError, String(error));
      assert.equal(error.bodyUnreadable, true);
      assert.equal(error.body, body);
    });
  }

  it('a calendar file as servers write it is accepted', async () => {
    const file = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Government of Bahrain//Appointments//EN',
      'BEGIN:VEVENT',
      'UID:GA-7K3M-Q9TX@appointments.gov.bh',
      'DTSTART:20261206T063000Z',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    answerInTurn(raw(file, 200, 'text/calendar; charset=utf-8'));
    const { client } = createTestClient({ retry: false });
    const text = await client.getBookingCalendar({
      reference: 'GA-7K3M-Q9TX',
      nationalId: NATIONAL_ID,
    });
    assert.equal(text, file);
  });
});

describe('answers cut short on the way back', () => {
  const cut = JSON.stringify(hold).slice(0, 40);

  it('repeats a hold request with the same key and returns the hold the server made', async () => {
    const requests = answerInTurn(raw(cut, 201, 'application/json'), json(hold, 201));
    const { client, sleeps } = createTestClient();

    assert.deepEqual(await client.createHold({ slotId: hold.slotId }), hold);

    assert.equal(requests.length, 2);
    const keys = requests.map((request) => request.headers.get('Idempotency-Key'));
    assert.ok(keys[0]);
    assert.deepEqual(keys, [keys[0], keys[0]]);
    assert.equal(sleeps.length, 1);
  });

  it('repeats a booking whose answer is a proxy page in place of JSON', async () => {
    const requests = answerInTurn(
      raw('<html>upstream reset</html>', 201, 'text/html'),
      json({ reference: 'x' }, 201),
    );
    const { client } = createTestClient();
    const error = await rejectionOf(client.createBooking(bookingRequest));
    // The second answer is JSON that breaks the schema: a server fault, not repeated.
    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.bodyUnreadable, false);
    assert.equal(requests.length, 2);
  });

  it('gives up with a typed error once the retries are spent', async () => {
    const requests = answerInTurn(raw(cut, 201, 'application/json'));
    const { client } = createTestClient({ retry: { limit: 2 } });
    const error = await rejectionOf(client.createHold({ slotId: hold.slotId }));
    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.bodyUnreadable, true);
    assert.equal(requests.length, 3);
  });

  it('does not repeat an answer that is whole JSON breaking the schema', async () => {
    const requests = answerInTurn(json({ ...hold, expiresInSeconds: -1 }, 201));
    const { client } = createTestClient();
    const error = await rejectionOf(client.createHold({ slotId: hold.slotId }));
    assert.ok(error instanceof ResponseValidationError);
    assert.equal(requests.length, 1);
  });
});
