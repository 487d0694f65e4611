/**
 * Every answer the mock can give, against the published OpenAPI document: for every
 * operation, its success and every problem the mock can produce. Each answer's status must be
 * declared for the operation, its body must validate (Ajv, JSON Schema 2020-12) against the
 * document's schema for that status, a problem's `code` must be among that status's
 * `x-problem-codes`, 429 and 503 must carry `Retry-After`, and answers of operations holding
 * personal data must be `Cache-Control: no-store`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { type OperationId, operations } from '@gov-appointment/sdk/contract';
import type { Booking, Hold } from '@gov-appointment/sdk/schemas';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  bookingRequest,
  findFreeSlot,
  type MockFixture,
  NATIONAL_ID,
  newKey,
  OTHER_NATIONAL_ID,
  startMock,
} from './support/mock-fixture.js';

interface DocumentResponse {
  readonly headers?: Record<string, unknown>;
  readonly content?: Record<string, { schema: object }>;
  readonly 'x-problem-codes'?: string[];
}
interface DocumentOperation {
  readonly operationId: string;
  readonly responses: Record<string, DocumentResponse>;
}

const documentPath = createRequire(import.meta.url).resolve('@gov-appointment/sdk/openapi.json');
const document = JSON.parse(readFileSync(documentPath, 'utf8')) as {
  paths: Record<string, Record<string, DocumentOperation>>;
  components: { schemas: Record<string, object> };
};
const documented = new Map<string, DocumentOperation>();
for (const item of Object.values(document.paths)) {
  for (const operation of Object.values(item)) documented.set(operation.operationId, operation);
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
for (const [id, schema] of Object.entries(document.components.schemas)) {
  ajv.addSchema(schema, `#/components/schemas/${id}`);
}

/**
 * Declared problems the mock cannot produce, and why: none. Every problem the document
 * declares for an operation is produced below, so an entry here must name one the mock
 * truly cannot give (the test fails if it gives it after all).
 */
const NOT_PRODUCIBLE: Readonly<Record<string, string>> = {};

/** Operation id and problem code (or `success`) of every answer checked. */
const produced = new Set<string>();
const failures: string[] = [];

async function check(operationId: OperationId, response: Response): Promise<Response> {
  const operation = documented.get(operationId);
  assert.ok(operation, `${operationId} is documented`);
  const status = String(response.status);
  const declared = operation.responses[status];
  const text = await response.clone().text();
  const where = `${operationId} ${status}`;
  if (!declared) {
    failures.push(`${where}: status not declared (${text.slice(0, 200)})`);
    return response;
  }
  const contentType = response.headers.get('Content-Type')?.split(';')[0] ?? '';
  const media = declared.content?.[contentType];
  if (declared.content && !media) failures.push(`${where}: undeclared media type ${contentType}`);
  let code = 'success';
  if (media && contentType.endsWith('json')) {
    const body = JSON.parse(text) as { code?: string };
    const validate = ajv.compile(media.schema);
    if (!validate(body)) failures.push(`${where}: ${ajv.errorsText(validate.errors)}`);
    if (response.status >= 400) {
      code = String(body.code);
      if (!declared['x-problem-codes']?.includes(code)) {
        failures.push(`${where}: code ${code} not among ${declared['x-problem-codes']}`);
      }
    }
  }
  if (
    (response.status === 429 || response.status === 503) &&
    !response.headers.has('Retry-After')
  ) {
    failures.push(`${where}: no Retry-After`);
  }
  const personal = operations.find((candidate) => candidate.id === operationId)?.personalData;
  if (personal && response.headers.get('Cache-Control') !== 'no-store') {
    failures.push(`${where}: personal data without Cache-Control: no-store`);
  }
  produced.add(`${operationId} ${code}`);
  return response;
}

let mock: MockFixture;
before(() => {
  mock = startMock();
});
after(() => mock.close());

interface Call {
  readonly path: string;
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

function send(operationId: OperationId, call: Call): Promise<Response> {
  const headers = new Headers(call.headers);
  if (call.body !== undefined) headers.set('Content-Type', 'application/json');
  return fetch(`${mock.base}${call.path}`, {
    method: call.method ?? 'GET',
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  }).then((response) => check(operationId, response));
}

/** A fresh hold on a free slot. */
async function newHold(serviceId?: string): Promise<Hold> {
  const found = await findFreeSlot(mock.base, serviceId);
  const response = await send('createHold', {
    path: '/holds',
    method: 'POST',
    headers: { 'Idempotency-Key': newKey() },
    body: { slotId: found.slot.id },
  });
  assert.equal(response.status, 201);
  return (await response.json()) as Hold;
}

async function newBooking(): Promise<Booking> {
  const hold = await newHold();
  const response = await send('createBooking', {
    path: '/bookings',
    method: 'POST',
    headers: { 'Idempotency-Key': newKey() },
    body: bookingRequest(hold.id),
  });
  assert.equal(response.status, 201);
  return (await response.json()) as Booking;
}

/** A valid call of every operation, made afresh (holds and bookings are new each time). */
async function validCall(operationId: OperationId): Promise<Call> {
  const found = await findFreeSlot(mock.base);
  const key = { 'Idempotency-Key': newKey() };
  const verified = { 'Applicant-National-Id': NATIONAL_ID };
  const pair = `/centres/${found.centreId}/services/${found.serviceId}`;
  switch (operationId) {
    case 'listProviders':
      return { path: '/providers' };
    case 'getProvider':
      return { path: '/providers/npra' };
    case 'listServices':
      return { path: '/services' };
    case 'getService':
      return { path: `/services/${found.serviceId}` };
    case 'listCentres':
      return { path: `/centres?service=${found.serviceId}` };
    case 'getCentre':
      return { path: `/centres/${found.centreId}` };
    case 'getAvailability':
      return { path: `${pair}/availability?from=${found.date}&to=${found.date}` };
    case 'getSlots':
      return { path: `${pair}/slots?date=${found.date}` };
    case 'createHold':
      return { path: '/holds', method: 'POST', headers: key, body: { slotId: found.slot.id } };
    case 'extendHold':
      return { path: `/holds/${(await newHold()).id}/extend`, method: 'POST', headers: key };
    case 'releaseHold':
      return { path: `/holds/${(await newHold()).id}`, method: 'DELETE' };
    case 'createBooking':
      return {
        path: '/bookings',
        method: 'POST',
        headers: key,
        body: bookingRequest((await newHold()).id),
      };
    case 'getBooking':
      return { path: `/bookings/${(await newBooking()).reference}`, headers: verified };
    case 'getBookingCalendar':
      return { path: `/bookings/${(await newBooking()).reference}/calendar`, headers: verified };
    case 'cancelBooking':
      return {
        path: `/bookings/${(await newBooking()).reference}/cancel`,
        method: 'POST',
        headers: { ...key, ...verified, 'If-Match': '"1"' },
        body: { reason: 'cannot-attend' },
      };
    case 'rescheduleBooking': {
      const booking = await newBooking();
      const hold = await newHold(booking.service.id);
      return {
        path: `/bookings/${booking.reference}/reschedule`,
        method: 'POST',
        headers: { ...key, ...verified, 'If-Match': '"1"' },
        body: { holdId: hold.id },
      };
    }
  }
}

const withHeaders = (call: Call, headers: Record<string, string>): Call => ({
  ...call,
  headers: { ...call.headers, ...headers },
});
const withoutHeader = (call: Call, name: string): Call => ({
  ...call,
  headers: Object.fromEntries(Object.entries(call.headers ?? {}).filter(([key]) => key !== name)),
});

/** The problems particular to each operation, each from a call crafted to produce it. */
async function produceOwnProblems(operationId: OperationId): Promise<void> {
  const operation = operations.find((candidate) => candidate.id === operationId);
  assert.ok(operation);
  const problems: readonly string[] = operation.problems;
  const made = await validCall(operationId);
  // Each crafted call below is a new request: it gets a key of its own where it takes one.
  const valid: Call =
    made.headers?.['Idempotency-Key'] === undefined
      ? made
      : { ...made, headers: { ...made.headers } };
  const fresh = (call: Call): Call =>
    call.headers?.['Idempotency-Key'] === undefined
      ? call
      : withHeaders(call, { 'Idempotency-Key': newKey() });
  const original = send;
  const sendFresh = (id: OperationId, call: Call) => original(id, fresh(call));
  const path = valid.path;
  if (problems.includes('validation-failed')) {
    const invalid: Call =
      operationId === 'getBooking' || operationId === 'getBookingCalendar'
        ? withoutHeader(valid, 'Applicant-National-Id')
        : valid.body !== undefined
          ? { ...valid, body: { holdId: 7, slotId: 7, reason: 'whim' } }
          : { ...valid, path: `${path.split('?')[0]}?limit=0&from=x&date=x&near=x` };
    await sendFresh(operationId, invalid);
  }
  if (problems.includes('not-found')) {
    const missing =
      operationId === 'createHold'
        ? { ...valid, body: { slotId: 'no-such-slot' } }
        : operationId === 'listCentres'
          ? { ...valid, path: '/centres?service=no-such-service' }
          : {
              ...valid,
              path: path.replace(/\/(providers|services|centres)\/[^/]+/, '/$1/no-such-id'),
            };
    await sendFresh(operationId, missing);
  }
  if (problems.includes('hold-not-found')) {
    await sendFresh(
      operationId,
      operationId === 'createBooking' || operationId === 'rescheduleBooking'
        ? { ...valid, body: { ...(valid.body as object), holdId: 'no-such-hold' } }
        : { ...valid, path: path.replace(/\/holds\/[^/]+/, '/holds/no-such-hold') },
    );
  }
  if (problems.includes('booking-not-found')) {
    await sendFresh(operationId, { ...valid, path: path.replace(/GA-[^/]+/, 'GA-0000-0000') });
  }
  if (problems.includes('verification-failed')) {
    await sendFresh(
      operationId,
      withHeaders(valid, { 'Applicant-National-Id': OTHER_NATIONAL_ID }),
    );
  }
  if (problems.includes('precondition-required')) {
    await sendFresh(operationId, withoutHeader(valid, 'If-Match'));
  }
  if (problems.includes('version-conflict')) {
    await sendFresh(
      operationId,
      withHeaders(valid, { 'If-Match': '"9"', 'Idempotency-Key': newKey() }),
    );
  }
  if (problems.includes('idempotency-key-missing')) {
    await send(operationId, withoutHeader(valid, 'Idempotency-Key'));
  }
  if (problems.includes('payload-too-large')) {
    await send(operationId, {
      ...valid,
      headers: { ...valid.headers, 'Idempotency-Key': newKey() },
      body: { ...(valid.body as object), filler: 'x'.repeat(70_000) },
    });
  }
  if (problems.includes('idempotency-key-in-use')) {
    const key = { 'Idempotency-Key': newKey() };
    mock.api.scenarios.use('slow', { latencyMs: 150, operations: [operationId] });
    const first = send(operationId, withHeaders(valid, key));
    await new Promise((resolve) => setTimeout(resolve, 30));
    await send(operationId, withHeaders(valid, key));
    await first;
    mock.api.scenarios.use('normal');
    if (problems.includes('idempotency-key-reused')) {
      // The same key with another request: another body, or another hold's path.
      const other =
        valid.body === undefined
          ? await validCall(operationId)
          : { ...valid, body: { other: true } };
      await send(operationId, withHeaders(other, key));
    }
  } else {
    await send(operationId, valid);
  }
}

describe('every answer of the mock, against the published document', () => {
  it('is declared, valid and complete for every operation and problem', async () => {
    for (const { id } of operations) {
      mock.reset();
      await produceOwnProblems(id);
      const call = await validCall(id);
      // Problems any operation can meet, whatever the request.
      mock.api.scenarios.use('server-error', { operations: [id] });
      await send(id, call);
      mock.api.scenarios.use('normal');
      mock.api.scenarios.use('unavailable', { operations: [id] });
      await send(id, call);
      mock.api.scenarios.use('normal');
      mock.api.scenarios.use('rate-limited', { operations: [id] });
      await send(id, call);
      mock.api.scenarios.use('normal');
      await send(id, withHeaders(call, { Authorization: 'Basic not-a-token' }));
    }

    // State-dependent problems.
    mock.reset();
    mock.api.scenarios.use('fully-booked', { operations: ['createHold'] });
    await send('createHold', await validCall('createHold'));
    mock.api.scenarios.use('normal');
    mock.api.scenarios.use('slot-taken');
    await send('createBooking', await validCall('createBooking'));
    mock.api.scenarios.use('normal');
    const extend = await validCall('extendHold');
    for (
      let attempt = 0;
      attempt < 40 && !produced.has('extendHold hold-extension-limit');
      attempt++
    ) {
      await send('extendHold', withHeaders(extend, { 'Idempotency-Key': newKey() }));
    }
    const expiring = [
      await validCall('extendHold'),
      await validCall('createBooking'),
      await validCall('rescheduleBooking'),
    ];
    const cancel = await validCall('cancelBooking');
    await send('cancelBooking', cancel);
    await send(
      'cancelBooking',
      withHeaders(cancel, { 'Idempotency-Key': newKey(), 'If-Match': '"2"' }),
    );
    const reschedule = await validCall('rescheduleBooking');
    const booking = reschedule.path.split('/')[2];
    await send('cancelBooking', {
      path: `/bookings/${booking}/cancel`,
      method: 'POST',
      headers: {
        'Idempotency-Key': newKey(),
        'Applicant-National-Id': NATIONAL_ID,
        'If-Match': '"1"',
      },
    });
    await send('rescheduleBooking', withHeaders(reschedule, { 'If-Match': '"2"' }));
    mock.clock.advance(11 * 60_000);
    const [extendExpired, bookExpired, rescheduleExpired] = expiring as [Call, Call, Call];
    await send('extendHold', extendExpired);
    await send('createBooking', bookExpired);
    await send('rescheduleBooking', rescheduleExpired);

    assert.deepEqual(failures, []);
    const missing: string[] = [];
    for (const operation of operations) {
      for (const code of ['success', ...operation.problems]) {
        const name = `${operation.id} ${code}`;
        if (!produced.has(name) && !(name in NOT_PRODUCIBLE)) missing.push(name);
      }
    }
    assert.deepEqual(missing, [], 'declared answers the mock did not produce');
    for (const name of Object.keys(NOT_PRODUCIBLE)) assert.equal(produced.has(name), false, name);
  });
});
