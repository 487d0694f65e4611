/**
 * The national-ID throttle in the MSW handlers, the same ones the browser worker runs, so
 * the demo and browser tests meet it as a real server would answer.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { CONTRACT_RULES } from '@gov-appointment/sdk/contract';
import { Booking } from '@gov-appointment/sdk/schemas';
import {
  bookingRequest,
  expectProblem,
  findFreeSlot,
  hold,
  type MockFixture,
  NATIONAL_ID,
  newKey,
  OTHER_NATIONAL_ID,
  postJson,
  startMock,
} from './support/mock-fixture.js';

const { failures, windowSeconds } = CONTRACT_RULES.verificationThrottle;

let mock: MockFixture;
before(() => {
  mock = startMock();
});
afterEach(() => mock.reset());
after(() => mock.close());

async function book(): Promise<Booking> {
  const found = await findFreeSlot(mock.base);
  const held = await hold(mock.base, found.slot.id);
  const response = await postJson(`${mock.base}/bookings`, bookingRequest(held.id), {
    'Idempotency-Key': newKey(),
  });
  assert.equal(response.status, 201);
  return Booking.parse(await response.json());
}

function cancel(reference: string, nationalId: string): Promise<Response> {
  return postJson(
    `${mock.base}/bookings/${reference}/cancel`,
    { reason: 'cannot-attend' },
    { 'Applicant-National-Id': nationalId, 'If-Match': '"1"', 'Idempotency-Key': newKey() },
  );
}

describe('failed national-ID checks in the MSW handlers', () => {
  it('count across reading and cancelling, then refuse the right ID with Retry-After', async () => {
    const booking = await book();
    for (let attempt = 0; attempt < failures; attempt++) {
      const response =
        attempt % 2 === 0
          ? await fetch(`${mock.base}/bookings/${booking.reference}`, {
              headers: { 'Applicant-National-Id': OTHER_NATIONAL_ID },
            })
          : await cancel(booking.reference, OTHER_NATIONAL_ID);
      await expectProblem(response, 'verification-failed');
    }
    const refused = await cancel(booking.reference, NATIONAL_ID);
    const problem = await expectProblem(refused, 'rate-limited');
    assert.equal(refused.headers.get('Retry-After'), String(windowSeconds));
    assert.equal(problem.retryAfterSeconds, windowSeconds);

    mock.clock.advance(windowSeconds * 1000);
    const cancelled = await cancel(booking.reference, NATIONAL_ID);
    assert.equal(cancelled.status, 200, await cancelled.clone().text());
  });

  it('forget failures older than the window', async () => {
    const booking = await book();
    for (let attempt = 0; attempt < failures - 1; attempt++) {
      await expectProblem(
        await fetch(`${mock.base}/bookings/${booking.reference}`, {
          headers: { 'Applicant-National-Id': OTHER_NATIONAL_ID },
        }),
        'verification-failed',
      );
    }
    mock.clock.advance(windowSeconds * 1000);
    await expectProblem(
      await fetch(`${mock.base}/bookings/${booking.reference}`, {
        headers: { 'Applicant-National-Id': OTHER_NATIONAL_ID },
      }),
      'verification-failed',
    );
    const found = await fetch(`${mock.base}/bookings/${booking.reference}`, {
      headers: { 'Applicant-National-Id': NATIONAL_ID },
    });
    assert.equal(found.status, 200);
  });
});
