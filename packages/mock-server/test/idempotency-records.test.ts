/**
 * Which answers the mock stores under an `Idempotency-Key` and replays to a retry with it,
 * against the contract's table (`problemDocs[code].recorded`). A replay is told from a new
 * answer by the problem's `requestId`, which is the first attempt's.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { problemDocs } from '@gov-appointment/sdk/problem-docs';
import { PROBLEM_CODES, Problem } from '@gov-appointment/sdk/schemas';
import { isRecorded } from '../src/api-problem.js';
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

let mock: MockFixture;
before(() => {
  mock = startMock();
});
afterEach(() => mock.reset());
after(() => mock.close());

/** A replayed problem: the first answer's body again, under the retry's own `X-Request-Id`. */
async function replayOf(response: Response, first: Problem): Promise<void> {
  assert.equal(response.status, first.status);
  assert.deepEqual(Problem.parse(await response.json()), first);
  assert.notEqual(response.headers.get('X-Request-Id'), first.requestId);
}

function sender(path: string, body: unknown, headers: Record<string, string> = {}) {
  const key = newKey();
  return () => postJson(`${mock.base}${path}`, body, { 'Idempotency-Key': key, ...headers });
}

describe('idempotency records', () => {
  it('follow the contract’s table for every problem code', () => {
    for (const code of PROBLEM_CODES) {
      assert.equal(isRecorded(code), problemDocs[code].recorded, code);
    }
  });

  it('replay slot-full to a retry with the key; a new key is checked again', async () => {
    const found = await findFreeSlot(mock.base);
    mock.api.scenarios.use('slot-taken', { operations: ['createHold'] });
    const send = sender('/holds', { slotId: found.slot.id });
    const first = await expectProblem(await send(), 'slot-full');
    mock.api.scenarios.use('normal');
    await replayOf(await send(), first);
    // Someone else took the places: a new attempt is checked again and finds the slot full.
    const fresh = await expectProblem(
      await sender('/holds', { slotId: found.slot.id })(),
      'slot-full',
    );
    assert.notEqual(fresh.requestId, first.requestId);
  });

  it('replay hold-expired, so booking again needs a new hold and a new key', async () => {
    const found = await findFreeSlot(mock.base);
    const held = await hold(mock.base, found.slot.id);
    mock.clock.advance(held.expiresInSeconds * 1000);
    const send = sender('/bookings', bookingRequest(held.id));
    const first = await expectProblem(await send(), 'hold-expired');
    await replayOf(await send(), first);
    const again = await hold(mock.base, found.slot.id);
    const booked = await sender('/bookings', bookingRequest(again.id))();
    assert.equal(booked.status, 201);
  });

  it('replay validation-failed for the same body', async () => {
    const found = await findFreeSlot(mock.base);
    const held = await hold(mock.base, found.slot.id);
    const invalid = bookingRequest(held.id);
    const send = sender('/bookings', {
      ...invalid,
      applicant: { ...invalid.applicant, mobile: '12' },
    });
    const first = await expectProblem(await send(), 'validation-failed');
    await replayOf(await send(), first);
  });

  it('tie verification-failed to the national ID sent: the right one under the key is another request', async () => {
    const found = await findFreeSlot(mock.base);
    const held = await hold(mock.base, found.slot.id);
    const booked = await sender('/bookings', bookingRequest(held.id))();
    const { reference } = (await booked.json()) as { reference: string };
    const key = newKey();
    const cancel = (nationalId: string) =>
      postJson(
        `${mock.base}/bookings/${reference}/cancel`,
        {},
        { 'Idempotency-Key': key, 'If-Match': '"1"', 'Applicant-National-Id': nationalId },
      );
    const first = await expectProblem(await cancel(OTHER_NATIONAL_ID), 'verification-failed');
    await replayOf(await cancel(OTHER_NATIONAL_ID), first);
    await expectProblem(await cancel(NATIONAL_ID), 'idempotency-key-reused');
  });

  it('do not keep 500 or 503: a retry with the key runs again', async () => {
    const found = await findFreeSlot(mock.base);
    const send = sender('/holds', { slotId: found.slot.id });
    mock.api.scenarios.use('server-error', { operations: ['createHold'] });
    await expectProblem(await send(), 'internal-error');
    mock.api.scenarios.use('normal');
    mock.api.scenarios.use('unavailable', { operations: ['createHold'] });
    await expectProblem(await send(), 'unavailable');
    mock.api.scenarios.use('normal');
    assert.equal((await send()).status, 201);
  });

  it('do not keep idempotency-key-in-use: the retry after the first finished gets its answer', async () => {
    const found = await findFreeSlot(mock.base);
    const send = sender('/holds', { slotId: found.slot.id });
    mock.api.scenarios.use('slow', { latencyMs: 200, operations: ['createHold'] });
    const pending = send();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expectProblem(await send(), 'idempotency-key-in-use');
    const first = await pending;
    assert.equal(first.status, 201);
    const retried = await send();
    assert.equal(retried.status, 201);
    assert.deepEqual(await retried.json(), await first.json());
  });
});
