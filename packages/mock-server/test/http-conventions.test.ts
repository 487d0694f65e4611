import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CONTRACT_RULES, operations } from '@gov-appointment/sdk/contract';
import { Booking, Hold, ProviderList } from '@gov-appointment/sdk/schemas';
import { createMockApi, MOCK_BASE_URL } from '../src/index.js';
import {
  askApi,
  bookingRequest,
  expectProblem,
  findFreeSlot,
  hold,
  type MockFixture,
  NATIONAL_ID,
  newKey,
  postJson,
  startMock,
} from './support/mock-fixture.js';

let mock: MockFixture;
before(() => {
  mock = startMock();
});
after(() => mock.close());

describe('CORS', () => {
  it('answers preflight requests with the methods and headers the API accepts', async () => {
    const response = await fetch(`${mock.base}/bookings/GA-0000-0000/cancel`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://www.moh.gov.bh',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'if-match, applicant-national-id, idempotency-key',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    const methods = response.headers.get('Access-Control-Allow-Methods') ?? '';
    for (const method of ['GET', 'POST', 'DELETE']) assert.ok(methods.includes(method));
    const allowed = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
    for (const header of [
      'idempotency-key',
      'applicant-national-id',
      'if-match',
      'if-none-match',
      'authorization',
      'content-type',
    ]) {
      assert.ok(allowed.split(', ').includes(header), header);
    }
    assert.ok(Number(response.headers.get('Access-Control-Max-Age')) > 0);
  });

  it('lets browsers read ETag, X-Request-Id, Retry-After and Location on every answer', async () => {
    for (const url of [`${mock.base}/providers`, `${mock.base}/providers/none`]) {
      const response = await fetch(url);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
      assert.equal(
        response.headers.get('Access-Control-Expose-Headers'),
        'ETag, X-Request-Id, Retry-After, Location',
      );
    }
  });
});

describe('idempotency keys', () => {
  it('are required on every POST and refused missing before anything changes', async () => {
    const posts = operations.filter((operation) => operation.method === 'POST');
    assert.deepEqual(
      posts.map((operation) => [operation.id, operation.idempotencyKey]),
      [
        ['createHold', 'required'],
        ['extendHold', 'required'],
        ['createBooking', 'required'],
        ['cancelBooking', 'required'],
        ['rescheduleBooking', 'required'],
      ],
    );
    const found = await findFreeSlot(mock.base);
    await expectProblem(
      await postJson(`${mock.base}/holds`, { slotId: found.slot.id }),
      'idempotency-key-missing',
    );
    const held = await hold(mock.base, found.slot.id);
    await expectProblem(
      await postJson(`${mock.base}/holds/${held.id}/extend`, undefined),
      'idempotency-key-missing',
    );
    await expectProblem(
      await postJson(`${mock.base}/bookings`, bookingRequest(held.id)),
      'idempotency-key-missing',
    );
    const booked = await postJson(`${mock.base}/bookings`, bookingRequest(held.id), {
      'Idempotency-Key': newKey(),
    });
    const booking = Booking.parse(await booked.json());
    assert.equal(booking.version, 1, 'the hold was neither extended nor booked before');
    const verified = { 'Applicant-National-Id': NATIONAL_ID, 'If-Match': '"1"' };
    await expectProblem(
      await postJson(`${mock.base}/bookings/${booking.reference}/cancel`, {}, verified),
      'idempotency-key-missing',
    );
    const other = await hold(
      mock.base,
      (await findFreeSlot(mock.base, booking.service.id)).slot.id,
    );
    await expectProblem(
      await postJson(
        `${mock.base}/bookings/${booking.reference}/reschedule`,
        { holdId: other.id },
        verified,
      ),
      'idempotency-key-missing',
    );
    const unchanged = await fetch(`${mock.base}/bookings/${booking.reference}`, {
      headers: verified,
    });
    assert.deepEqual(Booking.parse(await unchanged.json()), booking);
  });

  it('are not needed to release a hold (DELETE is idempotent)', async () => {
    const held = Hold.parse(await hold(mock.base, (await findFreeSlot(mock.base)).slot.id));
    const released = await fetch(`${mock.base}/holds/${held.id}`, { method: 'DELETE' });
    assert.equal(released.status, 204);
  });
});

describe('request bodies', () => {
  it('are refused with 413 over the contract’s limit on every operation that takes one', async () => {
    const withBody = operations.filter((operation) => 'body' in operation);
    assert.deepEqual(
      withBody.map((operation) => operation.id),
      ['createHold', 'createBooking', 'cancelBooking', 'rescheduleBooking'],
    );
    const found = await findFreeSlot(mock.base);
    const filler = 'x'.repeat(CONTRACT_RULES.maxRequestBodyBytes);
    const headers = { 'Idempotency-Key': newKey() };
    await expectProblem(
      await postJson(`${mock.base}/holds`, { slotId: found.slot.id, filler }, headers),
      'payload-too-large',
    );
    const held = await hold(mock.base, found.slot.id);
    const booking = bookingRequest(held.id);
    await expectProblem(
      await postJson(
        `${mock.base}/bookings`,
        { ...booking, accessibilityNotes: filler },
        {
          'Idempotency-Key': newKey(),
        },
      ),
      'payload-too-large',
    );
    // Multi-byte text counts in bytes: 22,000 Arabic letters are 44,000 bytes, not too many;
    // 33,000 are 66,000 bytes, too many.
    const reference = '/bookings/GA-0000-0000';
    const verified = {
      'Idempotency-Key': newKey(),
      'Applicant-National-Id': NATIONAL_ID,
      'If-Match': '"1"',
    };
    await expectProblem(
      await postJson(`${mock.base}${reference}/cancel`, { note: 'ب'.repeat(22_000) }, verified),
      'booking-not-found',
    );
    await expectProblem(
      await postJson(
        `${mock.base}${reference}/cancel`,
        { note: 'ب'.repeat(33_000) },
        {
          ...verified,
          'Idempotency-Key': newKey(),
        },
      ),
      'payload-too-large',
    );
    await expectProblem(
      await postJson(
        `${mock.base}${reference}/reschedule`,
        { holdId: filler },
        {
          ...verified,
          'Idempotency-Key': newKey(),
        },
      ),
      'payload-too-large',
    );
    // Nothing was held or booked by the refused requests.
    const booked = await postJson(`${mock.base}/bookings`, booking, {
      'Idempotency-Key': newKey(),
    });
    assert.equal(booked.status, 201);
  });
});

describe('request ids', () => {
  it('are generated per request, or kept when the client sends a sane one', async () => {
    const first = (await fetch(`${mock.base}/providers`)).headers.get('X-Request-Id');
    const second = (await fetch(`${mock.base}/providers`)).headers.get('X-Request-Id');
    assert.match(first ?? '', /^req-[0-9a-z]{16}$/);
    assert.notEqual(first, second);
    const traced = await fetch(`${mock.base}/providers`, {
      headers: { 'X-Request-Id': 'abc-123' },
    });
    assert.equal(traced.headers.get('X-Request-Id'), 'abc-123');
    const hostile = await fetch(`${mock.base}/providers`, {
      headers: { 'X-Request-Id': 'x'.repeat(500) },
    });
    assert.notEqual(hostile.headers.get('X-Request-Id'), 'x'.repeat(500));
  });
});

describe('base URLs', () => {
  it('defaults to the documented base URL', () => {
    assert.equal(mock.base, MOCK_BASE_URL);
    assert.equal(MOCK_BASE_URL, 'https://api.appointments.test/v1');
  });

  it('serves a relative base URL on any origin when there is no page', async () => {
    const api = createMockApi({ baseUrl: '/api/v1' });
    const response = await askApi(api, '/providers');
    assert.equal(response.status, 200);
    assert.equal(ProviderList.parse(await response.json()).items.length, 15);
    const booking = await askApi(api, '/bookings/GA-0000-0000', {
      headers: { 'Applicant-National-Id': '123456789' },
    });
    await expectProblem(booking, 'booking-not-found');
  });
});
