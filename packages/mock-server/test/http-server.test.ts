import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, afterEach, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Booking, CentreList, type DaySlots, Hold } from '@gov-appointment/sdk/schemas';
import { type RunningHttpServer, startHttpServer } from '../src/http-server.js';
import { createMockApi } from '../src/index.js';
import {
  bookingRequest,
  createClock,
  expectProblem,
  NATIONAL_ID,
  postJson,
} from './support/mock-fixture.js';

const clock = createClock();
const logLines: string[] = [];
let running: RunningHttpServer;

before(async () => {
  running = await startHttpServer({ port: 0, now: clock.now, log: (line) => logLines.push(line) });
});
afterEach(async () => {
  await postJson(`${origin()}/__mock/reset`, {});
});
after(() => running.close());

function origin(): string {
  return running.url.replace(/\/v1$/, '');
}

describe('the standalone HTTP server', () => {
  it('serves the seeded catalogue under /v1 over real HTTP', async () => {
    assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    assert.notEqual(running.port, 4010);
    const response = await fetch(`${running.url}/centres?limit=200`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    const { items } = CentreList.parse(await response.json());
    const seeded = createMockApi({ now: clock.now }).store.catalogue.centres;
    assert.deepEqual(
      items.map((centre) => centre.id),
      seeded.map((centre) => centre.id),
    );
  });

  it('books end to end and logs one line per request without personal data', async () => {
    logLines.length = 0;
    const { items } = CentreList.parse(
      await (await fetch(`${running.url}/centres?service=gp-consultation`)).json(),
    );
    const centre = items[0];
    assert.ok(centre);
    const date = centre.nextAvailableDate;
    assert.ok(date);
    const day = (await (
      await fetch(`${running.url}/centres/${centre.id}/services/gp-consultation/slots?date=${date}`)
    ).json()) as DaySlots;
    const slot = day.slots.find((candidate) => candidate.remaining > 0);
    assert.ok(slot);
    const post = (path: string, body: unknown, key: string) =>
      fetch(`${running.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify(body),
      });
    const held = Hold.parse(await (await post('/holds', { slotId: slot.id }, 'k1')).json());
    const created = await post('/bookings', bookingRequest(held.id), 'k2');
    assert.equal(created.status, 201);
    const booking = Booking.parse(await created.json());
    const found = await fetch(`${running.url}/bookings/${booking.reference}`, {
      headers: { 'Applicant-National-Id': NATIONAL_ID },
    });
    assert.equal(found.status, 200);

    assert.equal(logLines.length, 5);
    assert.match(logLines[0] ?? '', /^GET \/v1\/centres 200 \d+ms$/);
    assert.match(logLines[3] ?? '', /^POST \/v1\/bookings 201 \d+ms$/);
    const log = logLines.join('\n');
    assert.ok(!log.includes(NATIONAL_ID), 'no national ID in the log');
    assert.ok(!log.includes('36123456'), 'no mobile number in the log');
    assert.ok(!log.includes('Fatima'), 'no name in the log');
  });

  it('switches scenarios through the control endpoints', async () => {
    const chosen = await fetch(`${origin()}/__mock/scenario`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'unavailable', options: { retryAfterSeconds: 9 } }),
    });
    assert.equal(chosen.status, 200);
    assert.deepEqual(await chosen.json(), {
      active: [{ name: 'unavailable', options: { retryAfterSeconds: 9 } }],
    });
    const refused = await fetch(`${running.url}/providers`);
    assert.equal(refused.headers.get('Retry-After'), '9');
    await expectProblem(refused, 'unavailable');
    const reset = await postJson(`${origin()}/__mock/reset`, {});
    assert.equal(reset.status, 204);
    assert.equal((await fetch(`${running.url}/providers`)).status, 200);
    const invalid = await postJson(`${origin()}/__mock/scenario`, { name: 'meteor-strike' });
    await expectProblem(invalid, 'validation-failed');
    const preflight = await fetch(`${origin()}/__mock/scenario`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), 'http://localhost:5173');
  });

  it('answers CORS preflight for the API', async () => {
    const response = await fetch(`${running.url}/bookings`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://www.bahrain.bh',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'idempotency-key, content-type',
      },
    });
    assert.equal(response.status, 204);
    assert.match(response.headers.get('Access-Control-Allow-Headers') ?? '', /Idempotency-Key/);
  });

  it('answers not-found outside the API and logs aborted requests', async () => {
    await expectProblem(await fetch(`${origin()}/v2/centres`), 'not-found');
    await postJson(`${origin()}/__mock/scenario`, {
      name: 'timeout',
      options: { operations: ['listProviders'] },
    });
    logLines.length = 0;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 200);
    await assert.rejects(fetch(`${running.url}/providers`, { signal: controller.signal }));
    clearTimeout(timer);
    for (let wait = 0; wait < 50 && logLines.length === 0; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.match(logLines[0] ?? '', /^GET \/v1\/providers aborted \d+ms$/);
  });

  it('starts from the command line on the port given and prints its URL', async () => {
    const script = fileURLToPath(new URL('../src/http-server.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+\/v1)/.exec(chunk.toString())?.[1];
      assert.ok(url, chunk.toString());
      const response = await fetch(`${url}/providers`);
      assert.equal(response.status, 200);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});
