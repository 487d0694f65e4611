import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { CONTRACT_RULES } from '@gov-appointment/sdk/contract';
import { Hold } from '@gov-appointment/sdk/schemas';
import {
  bookingRequest,
  expectProblem,
  findFreeSlot,
  findSlot,
  hold,
  type MockFixture,
  newKey,
  postJson,
  readSlot,
  startMock,
} from './support/mock-fixture.js';

let mock: MockFixture;
before(() => {
  mock = startMock();
});
afterEach(() => mock.reset());
after(() => mock.close());

const MINUTE = 60_000;

describe('holds', () => {
  it('give 200 concurrent requests for a slot of capacity 3 exactly 3 holds', async () => {
    const found = await findSlot(mock.base, (slot) => slot.capacity === 3 && slot.remaining === 3);
    const responses = await Promise.all(
      Array.from({ length: 200 }, () =>
        postJson(`${mock.base}/holds`, { slotId: found.slot.id }, { 'Idempotency-Key': newKey() }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    assert.equal(statuses.filter((status) => status === 201).length, 3);
    assert.equal(statuses.filter((status) => status === 409).length, 197);
    const refused = responses.find((response) => response.status === 409);
    assert.ok(refused);
    await expectProblem(refused, 'slot-full');
    const holds = await Promise.all(
      responses
        .filter((response) => response.status === 201)
        .map(async (r) => Hold.parse(await r.json())),
    );
    assert.equal(new Set(holds.map((entry) => entry.id)).size, 3);
    assert.equal((await readSlot(mock.base, found)).remaining, 0);
  });

  it('keep a place for ten minutes and say how long is left', async () => {
    const found = await findFreeSlot(mock.base);
    const held = await hold(mock.base, found.slot.id);
    assert.equal(held.slotId, found.slot.id);
    assert.equal(held.centreId, found.centreId);
    assert.equal(held.serviceId, found.serviceId);
    assert.equal(held.start, found.slot.start);
    assert.equal(held.expiresInSeconds, 600);
    assert.equal(held.expiresAt, '2026-11-23T08:10:00+03:00');
    assert.equal(held.extensionsRemaining, CONTRACT_RULES.minHoldExtensions);
    assert.equal((await readSlot(mock.base, found)).remaining, found.slot.remaining - 1);
  });

  it('expire by the clock: the place comes back and booking fails with hold-expired', async () => {
    const found = await findFreeSlot(mock.base);
    const held = await hold(mock.base, found.slot.id);
    mock.clock.advance(10 * MINUTE);
    assert.equal((await readSlot(mock.base, found)).remaining, found.slot.remaining);
    const response = await postJson(`${mock.base}/bookings`, bookingRequest(held.id), {
      'Idempotency-Key': newKey(),
    });
    await expectProblem(response, 'hold-expired');
  });

  it('extend to a full period from now, as many times as the contract allows and no more', async () => {
    const found = await findFreeSlot(mock.base);
    const held = await hold(mock.base, found.slot.id);
    const extend = () =>
      fetch(`${mock.base}/holds/${held.id}/extend`, {
        method: 'POST',
        headers: { 'Idempotency-Key': newKey() },
      });
    mock.clock.advance(9 * MINUTE);
    const once = Hold.parse(await (await extend()).json());
    assert.equal(once.expiresAt, '2026-11-23T08:19:00+03:00');
    assert.equal(once.expiresInSeconds, 600);
    assert.equal(once.extensionsRemaining, CONTRACT_RULES.minHoldExtensions - 1);
    let last = once;
    for (let made = 2; made <= CONTRACT_RULES.minHoldExtensions; made += 1) {
      mock.clock.advance(9 * MINUTE);
      last = Hold.parse(await (await extend()).json());
      assert.equal(last.extensionsRemaining, CONTRACT_RULES.minHoldExtensions - made);
    }
    assert.equal(last.extensionsRemaining, 0);
    await expectProblem(await extend(), 'hold-extension-limit');
    mock.clock.advance(10 * MINUTE);
    await expectProblem(await extend(), 'hold-expired');
  });

  it('release their place at once; releasing again is not an error', async () => {
    const found = await findFreeSlot(mock.base);
    const held = await hold(mock.base, found.slot.id);
    const release = () => fetch(`${mock.base}/holds/${held.id}`, { method: 'DELETE' });
    const first = await release();
    assert.equal(first.status, 204);
    assert.equal(await first.text(), '');
    assert.equal((await readSlot(mock.base, found)).remaining, found.slot.remaining);
    assert.equal((await release()).status, 204);
    await expectProblem(
      await fetch(`${mock.base}/holds/hold-unknown`, { method: 'DELETE' }),
      'hold-not-found',
    );
    await expectProblem(
      await postJson(`${mock.base}/bookings`, bookingRequest(held.id), {
        'Idempotency-Key': newKey(),
      }),
      'hold-not-found',
    );
  });

  it('replay the same hold for a retried key without taking a second place', async () => {
    const found = await findFreeSlot(mock.base);
    const key = newKey();
    const first = await postJson(
      `${mock.base}/holds`,
      { slotId: found.slot.id },
      { 'Idempotency-Key': key },
    );
    const retry = await postJson(
      `${mock.base}/holds`,
      { slotId: found.slot.id },
      { 'Idempotency-Key': key },
    );
    assert.equal(first.status, 201);
    assert.equal(retry.status, 201);
    assert.deepEqual(await retry.json(), await first.json());
    assert.equal((await readSlot(mock.base, found)).remaining, found.slot.remaining - 1);
  });

  it('need an Idempotency-Key and a slot that exists', async () => {
    const found = await findFreeSlot(mock.base);
    await expectProblem(
      await postJson(`${mock.base}/holds`, { slotId: found.slot.id }),
      'idempotency-key-missing',
    );
    await expectProblem(
      await postJson(
        `${mock.base}/holds`,
        { slotId: `${found.centreId}.${found.serviceId}.20261127.0900` },
        { 'Idempotency-Key': newKey() },
      ),
      'not-found',
    );
    await expectProblem(
      await postJson(`${mock.base}/holds`, { slotId: 'nonsense' }, { 'Idempotency-Key': newKey() }),
      'not-found',
    );
  });

  it('cannot be taken on a full slot', async () => {
    const full = await findSlot(mock.base, (slot) => slot.remaining === 0, { fromDay: 1 });
    await expectProblem(
      await postJson(
        `${mock.base}/holds`,
        { slotId: full.slot.id },
        { 'Idempotency-Key': newKey() },
      ),
      'slot-full',
    );
  });
});
