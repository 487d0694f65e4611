import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ApiError,
  AppointmentsError,
  BookingNotFoundError,
  BookingNotModifiableError,
  HoldExpiredError,
  HoldExtensionLimitError,
  HoldNotFoundError,
  IdempotencyError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PROBLEM_STATUS,
  PreconditionRequiredError,
  type ProblemCode,
  RateLimitError,
  ResponseValidationError,
  SlotFullError,
  UnauthorizedError,
  UnavailableError,
  ValidationError,
  VerificationFailedError,
  VersionConflictError,
} from '../src/index.js';
import { booking, NATIONAL_ID, provider } from './support/api-fixtures.js';
import {
  answerInTurn,
  json,
  problem,
  problemBody,
  raw,
  useApiServer,
} from './support/api-server.js';
import { createTestClient } from './support/test-client.js';

useApiServer();

const expectedClass: Record<ProblemCode, typeof ApiError> = {
  'validation-failed': ValidationError,
  'not-found': NotFoundError,
  'slot-full': SlotFullError,
  'hold-not-found': HoldNotFoundError,
  'hold-expired': HoldExpiredError,
  'hold-extension-limit': HoldExtensionLimitError,
  'booking-not-found': BookingNotFoundError,
  'booking-not-modifiable': BookingNotModifiableError,
  'verification-failed': VerificationFailedError,
  'version-conflict': VersionConflictError,
  'precondition-required': PreconditionRequiredError,
  'idempotency-key-missing': IdempotencyError,
  'idempotency-key-reused': IdempotencyError,
  'idempotency-key-in-use': IdempotencyError,
  'payload-too-large': PayloadTooLargeError,
  unauthorized: UnauthorizedError,
  'rate-limited': RateLimitError,
  unavailable: UnavailableError,
  'internal-error': InternalServerError,
};

/** The rejection of `promise`, which must reject. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the call to reject');
}

describe('problem codes', () => {
  for (const [code, status] of Object.entries(PROBLEM_STATUS) as [ProblemCode, number][]) {
    const ErrorClass = expectedClass[code];
    it(`${code} rejects with ${ErrorClass.name} carrying status, code, request id and problem`, async () => {
      answerInTurn(problem(code));
      const { client } = createTestClient({ retry: false });

      const error = await rejectionOf(client.createHold({ slotId: 'slot-1' }));

      assert.ok(error instanceof ErrorClass);
      assert.ok(error instanceof ApiError);
      assert.ok(error instanceof AppointmentsError);
      assert.equal(error.name, ErrorClass.name);
      assert.equal(error.code, code);
      assert.equal(error.status, status);
      assert.equal(error.requestId, 'req-42');
      assert.equal(error.operationId, 'createHold');
      assert.deepEqual(error.problem, problemBody(code, status));
      assert.match(error.message, new RegExp(`^createHold: ${code} \\(HTTP ${status}\\)`));
    });
  }

  it('takes the request id from the problem when the header is missing', async () => {
    answerInTurn(
      json(problemBody('not-found', 404), 404, { 'Content-Type': 'application/problem+json' }),
    );
    const { client } = createTestClient();

    const error = await rejectionOf(client.getProvider('nobody'));

    assert.ok(error instanceof NotFoundError);
    assert.equal(error.requestId, 'req-from-problem');
  });

  it('gives the field errors of validation-failed', async () => {
    const errors = [
      { pointer: '/applicant/mobile', code: 'format', detail: 'Must be +973 then 8 digits.' },
      { pointer: '/applicant/name', code: 'required', detail: 'Enter a name.' },
    ];
    answerInTurn(problem('validation-failed', { members: { errors } }));
    const { client } = createTestClient();

    const error = await rejectionOf(client.createHold({ slotId: 'slot-1' }));

    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.fieldErrors, errors);
  });

  it('gives the wait of rate-limited from Retry-After, else from retryAfterSeconds', async () => {
    answerInTurn(
      problem('rate-limited', {
        headers: { 'Retry-After': '7' },
        members: { retryAfterSeconds: 7 },
      }),
      problem('rate-limited', { members: { retryAfterSeconds: 9 } }),
      problem('rate-limited'),
    );
    const { client } = createTestClient({ retry: false });

    const waits = [];
    for (let call = 0; call < 3; call += 1) {
      const error = await rejectionOf(client.listProviders());
      assert.ok(error instanceof RateLimitError);
      waits.push(error.retryAfterMs);
    }
    assert.deepEqual(waits, [7000, 9000, undefined]);
  });

  it('keeps an unknown problem code as a generic ApiError with that code', async () => {
    answerInTurn(problem('centre-closed-for-renovation', { status: 409 }));
    const { client } = createTestClient();

    const error = await rejectionOf(client.getCentre('muharraq-passports'));

    assert.ok(error instanceof ApiError);
    assert.equal(error.constructor, ApiError);
    assert.equal(error.code, 'centre-closed-for-renovation');
    assert.equal(error.status, 409);
  });

  it('reads a problem sent as plain application/json', async () => {
    answerInTurn(json(problemBody('hold-expired', 410), 410));
    const { client } = createTestClient();

    const error = await rejectionOf(client.extendHold('hold-5f2c'));

    assert.ok(error instanceof HoldExpiredError);
  });
});

describe('HTTP errors without a problem', () => {
  it('rejects with ApiError coded http-<status> for a proxy error page', async () => {
    answerInTurn(raw('<html>Bad gateway</html>', 502, 'text/html', { 'X-Request-Id': 'edge-1' }));
    const { client } = createTestClient({ retry: false });

    const error = await rejectionOf(client.listProviders());

    assert.ok(error instanceof ApiError);
    assert.equal(error.constructor, ApiError);
    assert.equal(error.code, 'http-502');
    assert.equal(error.status, 502);
    assert.equal(error.requestId, 'edge-1');
    assert.equal(error.problem, undefined);
  });

  it('rejects with ApiError coded http-<status> for JSON that is not a problem', async () => {
    answerInTurn(json({ message: 'Forbidden by gateway' }, 403));
    const { client } = createTestClient();

    const error = await rejectionOf(client.listProviders());

    assert.ok(error instanceof ApiError);
    assert.equal(error.code, 'http-403');
    assert.equal(error.problem, undefined);
  });
});

describe('responses that break the contract', () => {
  it('rejects a success body that fails its schema, with the issues and the raw body', async () => {
    const body = JSON.stringify({ ...provider, website: 'http://insecure.example' });
    answerInTurn(raw(body, 200, 'application/json', { 'X-Request-Id': 'req-7' }));
    const { client } = createTestClient();

    const error = await rejectionOf(client.getProvider('nationality-passports'));

    assert.ok(error instanceof ResponseValidationError);
    assert.ok(error instanceof AppointmentsError);
    assert.equal(error.code, 'invalid-response');
    assert.equal(error.status, 200);
    assert.equal(error.requestId, 'req-7');
    assert.equal(error.operationId, 'getProvider');
    assert.equal(error.body, body);
    assert.deepEqual(
      error.issues.map((issue) => issue.path),
      [['website']],
    );
  });

  it('rejects a body with one wrong field instead of returning the rest', async () => {
    answerInTurn(json({ ...booking, version: '3' }));
    const { client } = createTestClient();

    const error = await rejectionOf(
      client.getBooking({ reference: booking.reference, nationalId: NATIONAL_ID }),
    );

    assert.ok(error instanceof ResponseValidationError);
    assert.deepEqual(error.issues[0]?.path, ['version']);
  });

  it('rejects a success with another content type', async () => {
    answerInTurn(raw('<html>Welcome</html>', 200, 'text/html'));
    const { client } = createTestClient();

    const error = await rejectionOf(client.listProviders());

    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.body, '<html>Welcome</html>');
    assert.match(error.message, /Expected application\/json, received text\/html/);
  });

  it('rejects a JSON success whose body is not JSON', async () => {
    answerInTurn(raw('{"items": [', 200, 'application/json'));
    const { client } = createTestClient();

    const error = await rejectionOf(client.listProviders());

    assert.ok(error instanceof ResponseValidationError);
    assert.match(error.message, /not valid JSON/);
  });

  it('rejects a calendar that is not text/calendar', async () => {
    answerInTurn(json(booking));
    const { client } = createTestClient();

    const error = await rejectionOf(
      client.getBookingCalendar({ reference: booking.reference, nationalId: NATIONAL_ID }),
    );

    assert.ok(error instanceof ResponseValidationError);
  });

  it('rejects a problem+json body that is not a valid problem', async () => {
    answerInTurn(
      raw(JSON.stringify({ error: 'slot full' }), 409, 'application/problem+json', {
        'X-Request-Id': 'req-9',
      }),
    );
    const { client } = createTestClient();

    const error = await rejectionOf(client.createHold({ slotId: 'slot-1' }));

    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.status, 409);
    assert.equal(error.requestId, 'req-9');
    assert.ok(error.issues.length > 0);
  });

  it('rejects a problem+json body that is not JSON', async () => {
    answerInTurn(raw('Conflict', 409, 'application/problem+json'));
    const { client } = createTestClient();

    const error = await rejectionOf(client.createHold({ slotId: 'slot-1' }));

    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.body, 'Conflict');
  });
});

describe('error messages', () => {
  it('never include the national ID, even when the server echoes it', async () => {
    answerInTurn(
      problem('verification-failed', { members: { detail: `ID ${NATIONAL_ID} does not match` } }),
      json({ ...booking, version: NATIONAL_ID }),
    );
    const { client } = createTestClient();
    const lookup = { reference: booking.reference, nationalId: NATIONAL_ID };

    const verification = await rejectionOf(client.getBooking(lookup));
    const validation = await rejectionOf(client.getBooking(lookup));

    assert.ok(verification instanceof VerificationFailedError);
    assert.ok(validation instanceof ResponseValidationError);
    for (const error of [verification, validation]) {
      assert.equal(String(error).includes(NATIONAL_ID), false, String(error));
    }
  });
});
