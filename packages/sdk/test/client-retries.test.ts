import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { systemRuntime } from '../src/client/runtime.js';
import {
  IdempotencyError,
  InternalServerError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  SlotFullError,
  TimeoutError,
  UnauthorizedError,
  UnavailableError,
  ValidationError,
  VersionConflictError,
} from '../src/index.js';
import { booking, bookingRequest, hold, NATIONAL_ID, provider } from './support/api-fixtures.js';
import {
  answerInTurn,
  json,
  networkFailure,
  noAnswer,
  problem,
  raw,
  useApiServer,
} from './support/api-server.js';
import { createTestClient, NOW } from './support/test-client.js';

useApiServer();

const providers = { items: [provider], nextCursor: null };

/** The rejection of `promise`, which must reject. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the call to reject');
}

describe('retries of safe operations', () => {
  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retries after HTTP ${status} and returns the later success`, async () => {
      const requests = answerInTurn(raw('', status, 'text/plain'), json(providers));
      const { client } = createTestClient();

      assert.deepEqual(await client.listProviders(), providers);
      assert.equal(requests.length, 2);
    });
  }

  it('retries a network failure', async () => {
    const requests = answerInTurn(networkFailure, json(providers));
    const { client } = createTestClient();

    assert.deepEqual(await client.listProviders(), providers);
    assert.equal(requests.length, 2);
  });

  it('gives up after the retry limit, with the last error', async () => {
    const requests = answerInTurn(problem('unavailable'), problem('internal-error'));
    const { client } = createTestClient();

    const error = await rejectionOf(client.listProviders());

    assert.ok(error instanceof InternalServerError);
    assert.equal(requests.length, 3, 'the first attempt and two retries');
  });

  it('retries as many times as the limit says', async () => {
    const requests = answerInTurn(problem('internal-error'));
    const { client } = createTestClient({ retry: { limit: 4 } });

    await assert.rejects(client.listProviders(), InternalServerError);
    assert.equal(requests.length, 5);
  });

  it('does not retry when retry is false', async () => {
    const requests = answerInTurn(problem('unavailable'), json(providers));
    const { client, sleeps } = createTestClient({ retry: false });

    await assert.rejects(client.listProviders(), UnavailableError);
    assert.equal(requests.length, 1);
    assert.deepEqual(sleeps, []);
  });

  it('rejects with NetworkError when the network keeps failing', async () => {
    const requests = answerInTurn(networkFailure);
    const { client } = createTestClient();

    const error = await rejectionOf(client.listProviders());

    assert.ok(error instanceof NetworkError);
    assert.equal(error.code, 'network');
    assert.equal(error.status, undefined);
    assert.equal(error.operationId, 'listProviders');
    assert.ok(error.cause instanceof Error);
    assert.equal(requests.length, 3);
  });

  for (const [code, ErrorClass] of [
    ['not-found', NotFoundError],
    ['validation-failed', ValidationError],
    ['unauthorized', UnauthorizedError],
  ] as const) {
    it(`does not retry ${code}`, async () => {
      const requests = answerInTurn(problem(code), json(providers));
      const { client } = createTestClient();

      await assert.rejects(client.listProviders(), ErrorClass);
      assert.equal(requests.length, 1);
    });
  }

  it('does not retry a success whose body breaks the contract', async () => {
    const requests = answerInTurn(json({ items: 'none' }), json(providers));
    const { client } = createTestClient();

    await assert.rejects(client.listProviders(), { code: 'invalid-response' });
    assert.equal(requests.length, 1);
  });
});

describe('backoff', () => {
  it('waits a random share of an exponential ceiling (full jitter), capped by maxDelayMs', async () => {
    answerInTurn(problem('internal-error'));
    const randoms = [0.5, 0.25, 1, 0.5, 0];
    const { client, sleeps } = createTestClient(
      { retry: { limit: 5, baseDelayMs: 100, maxDelayMs: 500 } },
      { random: () => randoms.shift() ?? 0 },
    );

    await assert.rejects(client.listProviders(), InternalServerError);

    // Ceilings 100, 200, 400, 500 (capped), 500 (capped).
    assert.deepEqual(sleeps, [50, 50, 400, 250, 0]);
  });

  it('uses 300 ms doubling by default', async () => {
    answerInTurn(problem('internal-error'));
    const { client, sleeps } = createTestClient({}, { random: () => 0.5 });

    await assert.rejects(client.listProviders(), InternalServerError);

    assert.deepEqual(sleeps, [150, 300]);
  });
});

describe('Retry-After', () => {
  it('waits at least the seconds the server asks for instead of the backoff', async () => {
    const requests = answerInTurn(
      problem('rate-limited', { headers: { 'Retry-After': '3' } }),
      json(providers),
    );
    const { client, sleeps } = createTestClient({}, { random: () => 0 });

    assert.deepEqual(await client.listProviders(), providers);
    assert.deepEqual(sleeps, [3000]);
    assert.equal(requests.length, 2);
  });

  it('adds a random share of half the wait on top, so clients told the same do not return together', async () => {
    const waits: number[] = [];
    for (const share of [0, 0.5, 0.999]) {
      answerInTurn(problem('rate-limited', { headers: { 'Retry-After': '2' } }), json(providers));
      const { client, sleeps } = createTestClient({}, { random: () => share });
      await client.listProviders();
      waits.push(...sleeps);
    }
    assert.deepEqual(waits, [2000, 2500, 2999]);
  });

  it('spreads a short Retry-After by at least the base delay', async () => {
    answerInTurn(problem('rate-limited', { headers: { 'Retry-After': '0' } }), json(providers));
    const { client, sleeps } = createTestClient(
      { retry: { baseDelayMs: 200 } },
      { random: () => 0.5 },
    );
    await client.listProviders();
    assert.deepEqual(sleeps, [100]);
  });

  it('waits until an HTTP date the server gives', async () => {
    const inFiveSeconds = new Date(NOW + 5000).toUTCString();
    answerInTurn(
      problem('unavailable', { headers: { 'Retry-After': inFiveSeconds } }),
      json(providers),
    );
    const { client, sleeps } = createTestClient({}, { random: () => 0 });

    await client.listProviders();

    assert.deepEqual(sleeps, [5000]);
  });

  it('falls back to the problem retryAfterSeconds when the header is missing', async () => {
    answerInTurn(problem('unavailable', { members: { retryAfterSeconds: 4 } }), json(providers));
    const { client, sleeps } = createTestClient({}, { random: () => 0 });

    await client.listProviders();

    assert.deepEqual(sleeps, [4000]);
  });

  it('does not wait out a Retry-After beyond maxRetryAfterMs: it rejects with the wait', async () => {
    const requests = answerInTurn(
      problem('rate-limited', { headers: { 'Retry-After': '120' } }),
      json(providers),
    );
    const { client, sleeps } = createTestClient();

    const error = await rejectionOf(client.listProviders());

    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfterMs, 120_000);
    assert.equal(requests.length, 1);
    assert.deepEqual(sleeps, []);
  });

  it('honours a lower maxRetryAfterMs', async () => {
    const requests = answerInTurn(
      problem('unavailable', { headers: { 'Retry-After': '5' } }),
      json(providers),
    );
    const { client } = createTestClient({ retry: { maxRetryAfterMs: 4000 } });

    const error = await rejectionOf(client.listProviders());

    assert.ok(error instanceof UnavailableError);
    assert.equal(error.retryAfterMs, 5000);
    assert.equal(requests.length, 1);
  });
});

describe('retries of unsafe operations', () => {
  it('retries createBooking with the same idempotency key on every attempt', async () => {
    const requests = answerInTurn(problem('unavailable'), networkFailure, json(booking, 201));
    const { client, generatedKeys } = createTestClient();

    assert.deepEqual(await client.createBooking(bookingRequest), booking);

    assert.equal(requests.length, 3);
    assert.deepEqual(generatedKeys, ['generated-key-1']);
    for (const request of requests) {
      assert.equal(request.headers.get('Idempotency-Key'), 'generated-key-1');
      assert.deepEqual(JSON.parse(request.body), bookingRequest);
    }
  });

  it('retries with the caller’s own key', async () => {
    const requests = answerInTurn(problem('internal-error'), json(hold, 201));
    const { client, generatedKeys } = createTestClient();

    await client.createHold({ slotId: hold.slotId }, { idempotencyKey: 'hold-key-1' });

    assert.deepEqual(
      requests.map((request) => request.headers.get('Idempotency-Key')),
      ['hold-key-1', 'hold-key-1'],
    );
    assert.deepEqual(generatedKeys, []);
  });

  it('retries idempotency-key-in-use, since the first attempt is still running', async () => {
    const requests = answerInTurn(problem('idempotency-key-in-use'), json(booking, 201));
    const { client } = createTestClient();

    assert.deepEqual(await client.createBooking(bookingRequest), booking);
    assert.equal(requests.length, 2);
  });

  for (const [code, ErrorClass] of [
    ['slot-full', SlotFullError],
    ['idempotency-key-reused', IdempotencyError],
    ['version-conflict', VersionConflictError],
  ] as const) {
    it(`does not retry ${code}`, async () => {
      const requests = answerInTurn(problem(code), json(booking));
      const { client } = createTestClient();

      await assert.rejects(
        client.rescheduleBooking({
          reference: booking.reference,
          nationalId: NATIONAL_ID,
          version: 3,
          holdId: 'hold-9a1b',
        }),
        ErrorClass,
      );
      assert.equal(requests.length, 1);
    });
  }

  it('retries cancelBooking after a timeout with the same key and If-Match', async () => {
    const requests = answerInTurn(noAnswer, json({ ...booking, status: 'cancelled', version: 4 }));
    const { client } = createTestClient({ timeout: 20 });

    const cancelled = await client.cancelBooking({
      reference: booking.reference,
      nationalId: NATIONAL_ID,
      version: 3,
    });

    assert.equal(cancelled.status, 'cancelled');
    assert.equal(requests.length, 2);
    assert.equal(
      requests[0]?.headers.get('Idempotency-Key'),
      requests[1]?.headers.get('Idempotency-Key'),
    );
    assert.deepEqual(
      requests.map((request) => request.headers.get('If-Match')),
      ['"3"', '"3"'],
    );
  });
});

describe('timeouts', () => {
  it('rejects with TimeoutError when no response comes', async () => {
    answerInTurn(noAnswer);
    const { client } = createTestClient({ timeout: 20, retry: false });

    const error = await rejectionOf(client.getProvider('nationality-passports'));

    assert.ok(error instanceof TimeoutError);
    assert.equal(error.code, 'timeout');
    assert.equal(error.timeoutMs, 20);
    assert.equal(error.operationId, 'getProvider');
  });

  it('counts the body in the timeout: a body that never ends times out', async () => {
    answerInTurn(
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"items": ['));
            },
          }),
          { headers: { 'Content-Type': 'application/json' } },
        ),
    );
    const { client } = createTestClient({ timeout: 20, retry: false });

    await assert.rejects(client.listProviders(), TimeoutError);
  });

  it('retries a timeout of a safe operation', async () => {
    const requests = answerInTurn(noAnswer, json(providers));
    const { client } = createTestClient({ timeout: 20 });

    assert.deepEqual(await client.listProviders(), providers);
    assert.equal(requests.length, 2);
  });
});

describe('abort', () => {
  it('rejects at once, without sending, when the signal is already aborted', async () => {
    const requests = answerInTurn(json(providers));
    const { client } = createTestClient();
    const controller = new AbortController();
    controller.abort();

    const error = await rejectionOf(client.listProviders({}, { signal: controller.signal }));

    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'AbortError');
    assert.equal(requests.length, 0);
  });

  it('rejects with an AbortError when aborted while waiting for the response', async () => {
    const controller = new AbortController();
    answerInTurn(() => {
      controller.abort();
      return new Promise<Response>(() => {});
    });
    const { client } = createTestClient();

    const error = await rejectionOf(client.listProviders({}, { signal: controller.signal }));

    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'AbortError');
  });

  it('rejects with the caller’s own abort reason, unwrapped', async () => {
    const controller = new AbortController();
    const reason = new Error('user left the page');
    answerInTurn(() => {
      controller.abort(reason);
      return new Promise<Response>(() => {});
    });
    const { client } = createTestClient();

    const error = await rejectionOf(
      client.createHold({ slotId: hold.slotId }, { signal: controller.signal }),
    );

    assert.equal(error, reason);
  });

  it('rejects with an AbortError when aborted while waiting to retry', async () => {
    const requests = answerInTurn(problem('unavailable'), json(providers));
    const controller = new AbortController();
    const { client } = createTestClient(
      { retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } },
      {
        random: () => 1,
        // The real wait, aborted as soon as it starts: only the signal can end it in time.
        sleep: (ms, signal) => {
          const wait = systemRuntime.sleep(ms, signal);
          controller.abort();
          return wait;
        },
      },
    );

    const error = await rejectionOf(client.listProviders({}, { signal: controller.signal }));

    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'AbortError');
    assert.equal(requests.length, 1);
  });
});
