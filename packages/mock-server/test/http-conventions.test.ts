import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProviderList } from '@gov-appointment/sdk/schemas';
import { createMockApi, MOCK_BASE_URL } from '../src/index.js';
import { askApi, expectProblem, type MockFixture, startMock } from './support/mock-fixture.js';

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
