import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import type { RequestContext, ResponseContext, RetryContext } from '../src/index.js';
import { provider } from './support/api-fixtures.js';
import { answerInTurn, json, problem, useApiServer } from './support/api-server.js';
import { createTestClient } from './support/test-client.js';

useApiServer();

describe('hooks', () => {
  it('calls beforeRequest before every attempt with the operation and attempt number', async () => {
    answerInTurn(problem('unavailable'), json(provider));
    const seen: { url: string; authorization: string | null; context: RequestContext }[] = [];
    const { client } = createTestClient({
      getToken: () => 'token-1',
      hooks: {
        beforeRequest: (request, context) => {
          seen.push({
            url: request.url,
            authorization: request.headers.get('Authorization'),
            context,
          });
        },
      },
    });

    await client.getProvider('nationality-passports');

    const url = 'https://api.test/v1/providers/nationality-passports';
    assert.deepEqual(seen, [
      { url, authorization: 'Bearer token-1', context: { operationId: 'getProvider', attempt: 1 } },
      { url, authorization: 'Bearer token-1', context: { operationId: 'getProvider', attempt: 2 } },
    ]);
  });

  it('calls beforeRetry with the failure and the wait chosen, before waiting', async () => {
    answerInTurn(
      problem('unavailable', { headers: { 'Retry-After': '2' } }),
      problem('internal-error'),
      json(provider),
    );
    const seen: RetryContext[] = [];
    const { client, sleeps } = createTestClient(
      {
        hooks: {
          beforeRetry: (context) => {
            assert.equal(sleeps.length, seen.length, 'called before the wait');
            seen.push(context);
          },
        },
      },
      { random: () => 0.5 },
    );

    await client.getProvider('nationality-passports');

    assert.deepEqual(
      seen.map(({ operationId, attempt, error, delayMs }) => ({
        operationId,
        attempt,
        code: error.code,
        delayMs,
      })),
      [
        { operationId: 'getProvider', attempt: 1, code: 'unavailable', delayMs: 2500 },
        { operationId: 'getProvider', attempt: 2, code: 'internal-error', delayMs: 300 },
      ],
    );
    assert.deepEqual(sleeps, [2500, 300]);
  });

  it('sends the request beforeRequest returns instead', async () => {
    const requests = answerInTurn(json(provider));
    const { client } = createTestClient({
      hooks: {
        beforeRequest: async (request) => {
          const traced = new Request(request);
          traced.headers.set(
            'Traceparent',
            '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
          );
          return traced;
        },
      },
    });

    await client.getProvider('nationality-passports');

    assert.equal(
      requests[0]?.headers.get('Traceparent'),
      '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    );
  });

  it('calls afterResponse with every response, errors included, and a readable body', async () => {
    answerInTurn(problem('internal-error'), json(provider));
    const seen: { status: number; body: string; context: Omit<ResponseContext, 'request'> }[] = [];
    const methods: string[] = [];
    const { client } = createTestClient({
      hooks: {
        afterResponse: async (response, { request, ...context }) => {
          methods.push(request.method);
          seen.push({ status: response.status, body: await response.text(), context });
        },
      },
    });

    const result = await client.getProvider('nationality-passports');

    assert.deepEqual(result, provider, 'reading the body in the hook does not disturb the client');
    assert.deepEqual(
      seen.map(({ status, context }) => ({ status, ...context })),
      [
        { status: 500, operationId: 'getProvider', attempt: 1 },
        { status: 200, operationId: 'getProvider', attempt: 2 },
      ],
    );
    assert.deepEqual(JSON.parse(seen[1]?.body ?? ''), provider);
    assert.deepEqual(methods, ['GET', 'GET']);
  });

  it('rejects with the hook’s own error, not as a network failure, and does not retry it', async () => {
    const requests = answerInTurn(json(provider));
    const failure = new Error('tracing is down');
    const { client } = createTestClient({
      hooks: {
        beforeRequest: () => {
          throw failure;
        },
      },
    });

    await assert.rejects(client.getProvider('nationality-passports'), (error) => error === failure);
    assert.equal(requests.length, 0);
  });

  it('rejects with the afterResponse hook’s own error', async () => {
    answerInTurn(json(provider));
    const failure = new Error('logging failed');
    const { client } = createTestClient({
      hooks: {
        afterResponse: () => {
          throw failure;
        },
      },
    });

    await assert.rejects(client.getProvider('nationality-passports'), (error) => error === failure);
  });
});

describe('strict Content-Security-Policy', () => {
  it('switches zod to jitless when a client is created, so zod never probes new Function', () => {
    z.config({ jitless: false });

    createTestClient();

    assert.equal(z.config().jitless, true);
  });
});
