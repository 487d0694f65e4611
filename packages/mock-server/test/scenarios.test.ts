import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import {
  type AvailabilityCalendar,
  Centre,
  CentreList,
  type DaySlots,
  Hold,
} from '@gov-appointment/sdk/schemas';
import { parseScenarioSelection } from '../src/index.js';
import {
  bookingRequest,
  expectProblem,
  findFreeSlot,
  findSlot,
  getJson,
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

async function timed(
  request: () => Promise<Response>,
): Promise<{ response: Response; ms: number }> {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  return { response, ms: performance.now() - started };
}

async function firstCentreId(): Promise<string> {
  const { items } = await getJson<CentreList>(`${mock.base}/centres?service=gp-consultation`);
  assert.ok(items[0]);
  return items[0].id;
}

describe('scenarios', () => {
  it('normal switches every scenario off', async () => {
    mock.api.scenarios.use('server-error');
    mock.api.scenarios.use('slow', { latencyMs: 10 });
    assert.equal(mock.api.scenarios.active.length, 2);
    mock.api.scenarios.use('normal');
    assert.deepEqual(mock.api.scenarios.active, []);
    assert.equal((await fetch(`${mock.base}/providers`)).status, 200);
  });

  it('slow adds latency to the chosen operations only', async () => {
    mock.api.scenarios.use('slow', { latencyMs: 250, operations: ['listProviders'] });
    const slow = await timed(() => fetch(`${mock.base}/providers`));
    assert.equal(slow.response.status, 200);
    assert.ok(slow.ms >= 240, `${slow.ms} ms`);
    const fast = await timed(() => fetch(`${mock.base}/services`));
    assert.ok(fast.ms < 200, `${fast.ms} ms`);
  });

  it('flaky fails a share of requests with 500, the same ones every time', async () => {
    const run = async () => {
      mock.api.scenarios.use('flaky', { errorRate: 0.5 });
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 40; attempt++) {
        statuses.push((await fetch(`${mock.base}/providers`)).status);
      }
      mock.api.scenarios.reset();
      return statuses;
    };
    const first = await run();
    assert.ok(first.includes(500) && first.includes(200));
    assert.ok(first.every((status) => status === 200 || status === 500));
    assert.deepEqual(await run(), first, 'deterministic');
    mock.api.scenarios.use('flaky', { errorRate: 1 });
    await expectProblem(await fetch(`${mock.base}/providers`), 'internal-error');
  });

  it('server-error answers 500 internal-error, limited to some operations', async () => {
    mock.api.scenarios.use('server-error', { operations: ['getProvider'] });
    await expectProblem(await fetch(`${mock.base}/providers/npra`), 'internal-error');
    assert.equal((await fetch(`${mock.base}/providers`)).status, 200);
  });

  it('unavailable answers 503 with Retry-After, mirrored in the problem', async () => {
    mock.api.scenarios.use('unavailable', { retryAfterSeconds: 120 });
    const response = await fetch(`${mock.base}/services`);
    assert.equal(response.headers.get('Retry-After'), '120');
    const problem = await expectProblem(response, 'unavailable');
    assert.equal(problem.retryAfterSeconds, 120);
  });

  it('rate-limited answers 429 with Retry-After, only for the first N requests', async () => {
    mock.api.scenarios.use('rate-limited', { retryAfterSeconds: 3, times: 2 });
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await fetch(`${mock.base}/providers`);
      assert.equal(response.headers.get('Retry-After'), '3');
      assert.equal((await expectProblem(response, 'rate-limited')).retryAfterSeconds, 3);
    }
    assert.equal((await fetch(`${mock.base}/providers`)).status, 200);
  });

  it('rate-limited does not record the refused request under its idempotency key', async () => {
    const found = await findFreeSlot(mock.base);
    mock.api.scenarios.use('rate-limited', { times: 1, operations: ['createHold'] });
    const key = newKey();
    const send = () =>
      postJson(`${mock.base}/holds`, { slotId: found.slot.id }, { 'Idempotency-Key': key });
    await expectProblem(await send(), 'rate-limited');
    assert.equal((await send()).status, 201);
  });

  it('timeout never answers until the client gives up, and changes nothing', async () => {
    const found = await findFreeSlot(mock.base);
    mock.api.scenarios.use('timeout', { operations: ['createHold'] });
    // A referenced timer: AbortSignal.timeout() would not keep the test process alive.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 300);
    const started = performance.now();
    await assert.rejects(
      fetch(`${mock.base}/holds`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() },
        body: JSON.stringify({ slotId: found.slot.id }),
        signal: controller.signal,
      }),
      (error: Error) => error.name === 'AbortError',
    );
    clearTimeout(timer);
    assert.ok(performance.now() - started >= 290, 'it waited for the client to give up');
    assert.equal((await readSlot(mock.base, found)).remaining, found.slot.remaining);
  });

  it('malformed answers with a body that breaks the schema', async () => {
    mock.api.scenarios.use('malformed');
    const list = await fetch(`${mock.base}/centres`);
    assert.equal(list.status, 200);
    const body = (await list.json()) as { items: Record<string, unknown>[] };
    assert.equal(body.items[0]?.name, undefined, 'a centre without its name');
    assert.equal(CentreList.safeParse(body).success, false);
    mock.api.scenarios.reset();
    const centreId = await firstCentreId();
    mock.api.scenarios.use('malformed', { operations: ['getCentre'] });
    const one = await fetch(`${mock.base}/centres/${centreId}`);
    assert.equal(one.status, 200);
    assert.equal(Centre.safeParse(await one.json()).success, false);
  });

  it('slot-taken makes the next booking find its place taken by someone else', async () => {
    const found = await findSlot(
      mock.base,
      (slot) => slot.capacity >= 2 && slot.remaining === slot.capacity,
    );
    mock.api.scenarios.use('slot-taken');
    const held = await hold(mock.base, found.slot.id);
    const body = bookingRequest(held.id);
    await expectProblem(
      await postJson(`${mock.base}/bookings`, body, { 'Idempotency-Key': newKey() }),
      'slot-full',
    );
    assert.equal((await readSlot(mock.base, found)).remaining, found.slot.remaining - 1);
    const again = await hold(mock.base, found.slot.id);
    const booked = await postJson(`${mock.base}/bookings`, bookingRequest(again.id), {
      'Idempotency-Key': newKey(),
    });
    assert.equal(booked.status, 201, 'only the next booking is affected');
  });

  it('slot-taken can make a hold find its slot gone', async () => {
    const found = await findFreeSlot(mock.base);
    mock.api.scenarios.use('slot-taken', { operations: ['createHold'] });
    await expectProblem(
      await postJson(
        `${mock.base}/holds`,
        { slotId: found.slot.id },
        { 'Idempotency-Key': newKey() },
      ),
      'slot-full',
    );
    assert.equal((await readSlot(mock.base, found)).remaining, 0);
  });

  it('hold-expiry makes holds expire at once or after a few seconds', async () => {
    const found = await findFreeSlot(mock.base);
    mock.api.scenarios.use('hold-expiry');
    const instant = await hold(mock.base, found.slot.id);
    assert.equal(instant.expiresInSeconds, 0);
    await expectProblem(
      await postJson(`${mock.base}/bookings`, bookingRequest(instant.id), {
        'Idempotency-Key': newKey(),
      }),
      'hold-expired',
    );
    mock.api.scenarios.use('hold-expiry', { holdSeconds: 5 });
    const short = Hold.parse(await hold(mock.base, found.slot.id));
    assert.equal(short.expiresInSeconds, 5);
    mock.clock.advance(5_000);
    await expectProblem(
      await fetch(`${mock.base}/holds/${short.id}/extend`, {
        method: 'POST',
        headers: { 'Idempotency-Key': newKey() },
      }),
      'hold-expired',
    );
  });

  it('fully-booked leaves no place anywhere', async () => {
    const found = await findFreeSlot(mock.base);
    mock.api.scenarios.use('fully-booked');
    const path = `${mock.base}/centres/${found.centreId}/services/${found.serviceId}`;
    const { slots } = await getJson<DaySlots>(`${path}/slots?date=${found.date}`);
    assert.ok(slots.length > 0 && slots.every((slot) => slot.remaining === 0));
    const calendar = await getJson<AvailabilityCalendar>(
      `${path}/availability?from=2026-11-23&to=2027-01-23`,
    );
    assert.ok(calendar.days.some((day) => day.open));
    assert.ok(calendar.days.every((day) => day.availableSlots === 0));
    const centres = await getJson<CentreList>(`${mock.base}/centres?service=${found.serviceId}`);
    assert.ok(centres.items.every((centre) => centre.nextAvailableDate === null));
    await expectProblem(
      await postJson(
        `${mock.base}/holds`,
        { slotId: found.slot.id },
        { 'Idempotency-Key': newKey() },
      ),
      'slot-full',
    );
  });

  it('empty makes catalogue searches return nothing', async () => {
    mock.api.scenarios.use('empty');
    for (const path of ['/providers', '/services?q=passport', '/centres?near=26.2,50.5']) {
      const body = await getJson<{ items: unknown[]; nextCursor: string | null }>(
        `${mock.base}${path}`,
      );
      assert.deepEqual(body, { items: [], nextCursor: null }, path);
    }
    assert.equal((await fetch(`${mock.base}/providers/npra`)).status, 200);
  });

  it('stack: a slow and rate-limited API', async () => {
    mock.api.scenarios.use('slow', { latencyMs: 150 });
    mock.api.scenarios.use('rate-limited', { times: 1 });
    const { response, ms } = await timed(() => fetch(`${mock.base}/providers`));
    assert.equal(response.status, 429);
    assert.ok(ms >= 140, `${ms} ms`);
    assert.deepEqual(
      mock.api.scenarios.active.map((scenario) => scenario.name),
      ['slow', 'rate-limited'],
    );
  });

  it('are chosen from untrusted JSON by name and options', () => {
    assert.deepEqual(parseScenarioSelection({ name: 'slow', options: { latencyMs: 500 } }), {
      name: 'slow',
      options: { latencyMs: 500 },
    });
    assert.deepEqual(parseScenarioSelection({ name: 'empty' }), { name: 'empty', options: {} });
    assert.equal(parseScenarioSelection({ name: 'chaos' }), null);
    assert.equal(parseScenarioSelection({ name: 'flaky', options: { errorRate: 2 } }), null);
    assert.equal(
      parseScenarioSelection({ name: 'server-error', options: { operations: ['nope'] } }),
      null,
    );
  });
});
