/**
 * The standalone server on a developer's machine, probed from outside over real HTTP the
 * way a hostile web page or a careless client would: cross-site control requests, a foreign
 * `Host`, huge bodies, guessable identifiers, endless national-ID guesses, and records that
 * would pile up for ever.
 */
import assert from 'node:assert/strict';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { after, afterEach, before, describe, it } from 'node:test';
import { CONTRACT_RULES } from '@gov-appointment/sdk/contract';
import type { Booking, Hold } from '@gov-appointment/sdk/schemas';
import { type RunningHttpServer, startHttpServer } from '../src/http-server.js';
import { IdempotencyRecords } from '../src/store/idempotency.js';
import {
  bookingRequest,
  createClock,
  expectProblem,
  findFreeSlot,
  NATIONAL_ID,
  newKey,
  OTHER_NATIONAL_ID,
  postJson,
} from './support/mock-fixture.js';

const clock = createClock();
let running: RunningHttpServer;

before(async () => {
  running = await startHttpServer({
    port: 0,
    now: clock.now,
    log: () => {},
    allowedHosts: ['mock.lan'],
  });
});
afterEach(async () => {
  clock.reset();
  running.api.reset();
});
after(() => running.close());

function origin(): string {
  return running.url.replace(/\/v1$/, '');
}

interface RawAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

/**
 * One request through `node:http`, which sends `Host` and `Origin` exactly as given (as a
 * browser or a rebinding attack would) and can stream a body of any length.
 */
function rawRequest(
  path: string,
  init: {
    method?: string;
    headers?: Record<string, string | number>;
    body?: string;
    /** Writes this many bytes in 64 KiB chunks without ending, until the server answers. */
    streamBytes?: number;
  } = {},
): Promise<RawAnswer & { readonly bytesSent: number }> {
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    const request = httpRequest(`${origin()}${path}`, {
      method: init.method ?? 'GET',
      headers: init.headers,
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: Buffer.concat(chunks).toString('utf8'),
          bytesSent,
        });
        request.destroy();
      });
    });
    // Once the server has answered and closed, writing the rest fails: that is the point.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    if (init.streamBytes === undefined) {
      request.end(init.body);
      return;
    }
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const total = init.streamBytes;
    const writeMore = () => {
      while (bytesSent < total && !request.destroyed) {
        bytesSent += chunk.length;
        if (!request.write(chunk)) {
          request.once('drain', writeMore);
          return;
        }
      }
      if (!request.destroyed) request.end();
    };
    writeMore();
  });
}

async function bookVisit(): Promise<Booking> {
  const found = await findFreeSlot(running.url);
  const held = await postJson(
    `${running.url}/holds`,
    { slotId: found.slot.id },
    { 'Idempotency-Key': newKey() },
  );
  assert.equal(held.status, 201);
  const hold = (await held.json()) as Hold;
  const created = await postJson(`${running.url}/bookings`, bookingRequest(hold.id), {
    'Idempotency-Key': newKey(),
  });
  assert.equal(created.status, 201);
  return (await created.json()) as Booking;
}

async function activeScenarios(): Promise<unknown> {
  const response = await fetch(`${origin()}/__mock/scenario`);
  return ((await response.json()) as { active: unknown }).active;
}

describe('control endpoints', () => {
  const unavailable = JSON.stringify({ name: 'unavailable' });

  it('refuse a cross-site page, even with a simple request that needs no preflight', async () => {
    await postJson(`${origin()}/__mock/scenario`, { name: 'slow' });
    for (const path of ['/__mock/reset', '/__mock/scenario']) {
      const answer = await rawRequest(path, {
        method: 'POST',
        headers: { Origin: 'https://news.example', 'Content-Type': 'text/plain' },
        body: unavailable,
      });
      assert.equal(answer.status, 403, path);
      assert.equal(answer.headers['access-control-allow-origin'], undefined);
    }
    const json = await rawRequest('/__mock/reset', {
      method: 'POST',
      headers: { Origin: 'https://news.example', 'Content-Type': 'application/json' },
    });
    assert.equal(json.status, 403);
    assert.deepEqual(await activeScenarios(), [{ name: 'slow', options: {} }]);
  });

  it('refuse the preflight of a cross-site page and allow a local one', async () => {
    const preflight = (requestOrigin: string) =>
      rawRequest('/__mock/scenario', {
        method: 'OPTIONS',
        headers: {
          Origin: requestOrigin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
    const foreign = await preflight('https://news.example');
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers['access-control-allow-origin'], undefined);
    for (const local of ['http://localhost:5173', 'http://127.0.0.1:8000', 'http://[::1]:3000']) {
      const answer = await preflight(local);
      assert.equal(answer.status, 204, local);
      assert.equal(answer.headers['access-control-allow-origin'], local);
      assert.match(String(answer.headers['access-control-allow-headers']), /Content-Type/i);
    }
  });

  it('take JSON only, so that every cross-site attempt needs that preflight', async () => {
    const plain = await rawRequest('/__mock/scenario', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: unavailable,
    });
    assert.equal(plain.status, 415);
    const form = await rawRequest('/__mock/reset', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(form.status, 415);
    assert.deepEqual(await activeScenarios(), []);

    const local = await rawRequest('/__mock/scenario', {
      method: 'POST',
      headers: { Origin: 'http://localhost:5173', 'Content-Type': 'application/json' },
      body: unavailable,
    });
    assert.equal(local.status, 200);
    assert.equal(local.headers['access-control-allow-origin'], 'http://localhost:5173');
    assert.deepEqual(await activeScenarios(), [{ name: 'unavailable', options: {} }]);
  });
});

describe('the Host check', () => {
  it('refuses a name that is not this machine’s, as a rebound domain would send', async () => {
    for (const path of ['/v1/providers', '/__mock/scenario']) {
      const answer = await rawRequest(path, {
        headers: { Host: `rebound.example:${running.port}` },
      });
      assert.equal(answer.status, 421, path);
      assert.doesNotMatch(answer.text, /rebound/);
    }
    const reset = await rawRequest('/__mock/reset', {
      method: 'POST',
      headers: { Host: 'rebound.example', 'Content-Type': 'application/json' },
    });
    assert.equal(reset.status, 421);
  });

  it('answers the loopback names and the names it was given', async () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]', 'LOCALHOST', 'mock.lan']) {
      const answer = await rawRequest('/v1/providers', {
        headers: { Host: `${host}:${running.port}` },
      });
      assert.equal(answer.status, 200, host);
    }
  });
});

describe('request bodies', () => {
  const limit = CONTRACT_RULES.maxRequestBodyBytes;

  it('refuses a declared 300 MB body with 413 before reading it', { timeout: 20_000 }, async () => {
    const answer = await rawRequest('/v1/holds', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': 300 * 1024 * 1024,
        'Idempotency-Key': newKey(),
      },
      streamBytes: 300 * 1024 * 1024,
    });
    assert.equal(answer.status, 413);
    assert.equal(answer.headers['content-type'], 'application/problem+json');
    assert.equal(JSON.parse(answer.text).code, 'payload-too-large');
    assert.ok(answer.bytesSent < 64 * 1024 * 1024, `${answer.bytesSent} bytes were taken`);
  });

  it('stops reading a body of undeclared length at the limit', { timeout: 20_000 }, async () => {
    const answer = await rawRequest('/v1/bookings', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Transfer-Encoding': 'chunked',
        'Idempotency-Key': newKey(),
      },
      streamBytes: 300 * 1024 * 1024,
    });
    assert.equal(answer.status, 413);
    assert.equal(JSON.parse(answer.text).code, 'payload-too-large');
    assert.ok(answer.bytesSent < 64 * 1024 * 1024, `${answer.bytesSent} bytes were taken`);
  });

  it('reads a body of exactly the limit and answers it', async () => {
    const body = JSON.stringify({ slotId: 'x'.repeat(limit) }).slice(0, limit - 2);
    const padded = `${body}"}`.padEnd(limit, ' ');
    assert.equal(Buffer.byteLength(padded), limit);
    const response = await fetch(`${running.url}/holds`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() },
      body: padded,
    });
    assert.notEqual(response.status, 413);
    assert.equal(response.status < 500, true);
  });

  it('keeps serving after refusing a body', async () => {
    await rawRequest('/v1/holds', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': limit + 1 },
      streamBytes: limit + 1,
    });
    assert.equal((await fetch(`${running.url}/providers`)).status, 200);
  });
});

describe('identifiers', () => {
  it('differ between fresh servers of the same seed, while the catalogue stays the same', async () => {
    const other = await startHttpServer({ port: 0, now: clock.now, log: () => {} });
    try {
      const found = await findFreeSlot(running.url);
      const again = await findFreeSlot(other.url);
      assert.equal(again.slot.id, found.slot.id, 'the seeded catalogue is the same');
      const holdIn = async (url: string) => {
        const response = await postJson(
          `${url}/holds`,
          { slotId: found.slot.id },
          { 'Idempotency-Key': 'same-key' },
        );
        return ((await response.json()) as Hold).id;
      };
      const first = await holdIn(running.url);
      const second = await holdIn(other.url);
      assert.match(first, /^hold-[0-9a-hjkmnp-tv-z]{16}$/);
      assert.notEqual(first, second);
      running.api.reset();
      assert.notEqual(await holdIn(running.url), first, 'a reset does not replay the ids');
    } finally {
      await other.close();
    }
  });

  it('give different booking references after a reset', async () => {
    const first = await bookVisit();
    running.api.reset();
    const second = await bookVisit();
    assert.match(second.reference, /^GA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.notEqual(second.reference, first.reference);
    assert.notEqual(second.checkInCode, first.checkInCode);
  });
});

describe('records of the past', () => {
  const keyLifetimeMs = CONTRACT_RULES.idempotencyKeyHours * 3_600_000;

  it('forgets an Idempotency-Key after its lifetime', async () => {
    const found = await findFreeSlot(running.url);
    const key = newKey();
    const first = await postJson(
      `${running.url}/holds`,
      { slotId: found.slot.id },
      { 'Idempotency-Key': key },
    );
    assert.equal(first.status, 201);
    const firstHold = (await first.json()) as Hold;
    clock.advance(keyLifetimeMs - 60_000);
    const replay = await postJson(
      `${running.url}/holds`,
      { slotId: found.slot.id },
      { 'Idempotency-Key': key },
    );
    assert.equal(((await replay.json()) as Hold).id, firstHold.id, 'replayed within the lifetime');
    clock.advance(60_000);
    const later = await findFreeSlot(running.url);
    const fresh = await postJson(
      `${running.url}/holds`,
      { slotId: later.slot.id },
      { 'Idempotency-Key': key },
    );
    assert.equal(fresh.status, 201, 'the key is new again, not idempotency-key-reused');
    assert.notEqual(((await fresh.json()) as Hold).id, firstHold.id);
  });

  it('does not keep expired keys and holds for ever', async () => {
    const records = new IdempotencyRecords<string>();
    const start = clock.now().getTime();
    for (let index = 0; index < 1000; index++) {
      const claim = records.claim('createHold', `key-${index}`, 'body', start + index);
      if (claim.kind === 'new') claim.complete('answer');
    }
    assert.equal(records.size, 1000);
    records.claim('createHold', 'one-more', 'body', start + 999 + keyLifetimeMs);
    assert.equal(records.size, 1, 'only the key claimed now is kept');

    const found = await findFreeSlot(running.url);
    for (let index = 0; index < 3; index++) {
      const held = await postJson(
        `${running.url}/holds`,
        { slotId: found.slot.id },
        { 'Idempotency-Key': newKey() },
      );
      assert.equal(held.status, 201);
      await fetch(`${running.url}/holds/${((await held.json()) as Hold).id}`, { method: 'DELETE' });
    }
    assert.equal(running.api.store.holdRecords().length, 3);
    clock.advance(keyLifetimeMs + CONTRACT_RULES.holdMinutes * 60_000);
    const later = await findFreeSlot(running.url);
    const held = await postJson(
      `${running.url}/holds`,
      { slotId: later.slot.id },
      { 'Idempotency-Key': newKey() },
    );
    assert.equal(held.status, 201);
    assert.equal(
      running.api.store.holdRecords().length,
      1,
      'holds that ended a day ago are forgotten',
    );
  });
});

describe('national-ID checks', () => {
  const { failures, windowSeconds } = CONTRACT_RULES.verificationThrottle;

  it('stop answering a reference after repeated wrong IDs, even the right one, until the window passes', async () => {
    const booking = await bookVisit();
    const other = await bookVisit();
    const lookUp = (reference: string, nationalId: string) =>
      fetch(`${running.url}/bookings/${reference}`, {
        headers: { 'Applicant-National-Id': nationalId },
      });
    for (let attempt = 0; attempt < failures; attempt++) {
      await expectProblem(
        await lookUp(booking.reference, OTHER_NATIONAL_ID),
        'verification-failed',
      );
      clock.advance(1000);
    }
    const refused = await lookUp(booking.reference, NATIONAL_ID);
    const problem = await expectProblem(refused, 'rate-limited');
    const retryAfter = Number(refused.headers.get('Retry-After'));
    assert.equal(problem.retryAfterSeconds, retryAfter);
    assert.equal(retryAfter, windowSeconds - failures);
    await expectProblem(
      await fetch(`${running.url}/bookings/${booking.reference}/calendar`, {
        headers: { 'Applicant-National-Id': NATIONAL_ID },
      }),
      'rate-limited',
    );
    assert.equal((await lookUp(other.reference, NATIONAL_ID)).status, 200, 'other bookings answer');

    clock.advance(retryAfter * 1000 - 1000);
    await expectProblem(await lookUp(booking.reference, NATIONAL_ID), 'rate-limited');
    clock.advance(1000);
    assert.equal((await lookUp(booking.reference, NATIONAL_ID)).status, 200);
  });

  it('answer only a handful of 1,000 guesses', async () => {
    const booking = await bookVisit();
    const statuses = new Map<number, number>();
    for (let guess = 0; guess < 1000; guess++) {
      const response = await fetch(`${running.url}/bookings/${booking.reference}`, {
        headers: { 'Applicant-National-Id': String(100_000_000 + guess) },
      });
      await response.body?.cancel();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
    assert.deepEqual(Object.fromEntries(statuses), { 403: failures, 429: 1000 - failures });
  });
});
