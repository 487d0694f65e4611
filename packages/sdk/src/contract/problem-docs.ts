/**
 * What each problem means for a client, as data: when the API answers with it, what to do
 * next, and whether the answer is stored under the `Idempotency-Key`. The document, the
 * guides and the mock's tests read it. Build-time only, like `operation-docs.ts`: never in a
 * browser bundle.
 */
import type { FieldErrorCode, ProblemCode } from '../schemas/problem.js';

export interface ProblemDocs {
  /** When the API answers with it: one or two plain sentences. */
  readonly when: string;
  /**
   * What a client does: `never` retry the request; retry `after-retry-after` seconds; send
   * the `same-request` again (same key); send it `after-correcting` what is wrong (a new
   * request, so a new key); or send the same request again `with-new-key`, as a new attempt.
   */
  readonly retry:
    | 'never'
    | 'after-retry-after'
    | 'same-request'
    | 'after-correcting'
    | 'with-new-key';
  /** Stored under the Idempotency-Key and replayed to a retry with that key. */
  readonly recorded: boolean;
}

/**
 * The rule behind `recorded`: a success, and a 4xx that the request decides (its method, path,
 * body, `If-Match` and national ID), are recorded for `CONTRACT_RULES.idempotencyKeyHours` and
 * replayed to a retry with the same key, even when the state has changed since. Answers about
 * the server's condition (429, 5xx), about the key itself, and refusals before the request is
 * read (credentials, body size) are not: a retry with the same key is processed again.
 */
export const problemDocs: Record<ProblemCode, ProblemDocs> = {
  'validation-failed': {
    when: 'A path parameter, query parameter, header or body field is missing or not valid; `errors` names each one with a JSON pointer.',
    retry: 'after-correcting',
    recorded: true,
  },
  'not-found': {
    when: 'The provider, service, centre or slot named in the request does not exist, or the centre does not offer the service.',
    retry: 'never',
    recorded: true,
  },
  'slot-full': {
    when: 'No place is left in the slot, or someone else took the last one first.',
    retry: 'with-new-key',
    recorded: true,
  },
  'hold-not-found': {
    when: 'No live hold has this id: it never existed, was released, or was already used for a booking.',
    retry: 'never',
    recorded: true,
  },
  'hold-expired': {
    when: 'The hold ran out before it was booked or extended. Hold a slot again, then book with the new hold.',
    retry: 'after-correcting',
    recorded: true,
  },
  'hold-extension-limit': {
    when: 'The hold has been extended as many times as the server allows (`extensionsRemaining` was 0).',
    retry: 'never',
    recorded: true,
  },
  'booking-not-found': {
    when: 'No booking has this reference.',
    retry: 'after-correcting',
    recorded: true,
  },
  'booking-not-modifiable': {
    when: 'The booking is cancelled, or its `changeableUntil` has passed: it can no longer be changed online. `detail` says which.',
    retry: 'never',
    recorded: true,
  },
  'verification-failed': {
    when: 'The `Applicant-National-Id` is well formed but is not the national ID of the booking’s applicant.',
    retry: 'after-correcting',
    recorded: true,
  },
  'version-conflict': {
    when: 'The booking changed since the client read it: `If-Match` does not name its current `ETag`. Read it again before changing it.',
    retry: 'after-correcting',
    recorded: true,
  },
  'precondition-required': {
    when: 'A change to a booking was sent without `If-Match`.',
    retry: 'after-correcting',
    recorded: true,
  },
  'idempotency-key-missing': {
    when: 'A POST was sent without an `Idempotency-Key`.',
    retry: 'after-correcting',
    recorded: false,
  },
  'idempotency-key-reused': {
    when: 'The `Idempotency-Key` was used before for a different request (another path, body, `If-Match` or national ID).',
    retry: 'with-new-key',
    recorded: false,
  },
  'idempotency-key-in-use': {
    when: 'The first request with this `Idempotency-Key` is still being processed.',
    retry: 'same-request',
    recorded: false,
  },
  'payload-too-large': {
    when: 'The request body is larger than `CONTRACT_RULES.maxRequestBodyBytes` (64 KiB); no request of the contract needs that much.',
    retry: 'never',
    recorded: false,
  },
  unauthorized: {
    when: 'The `Authorization` header is not a valid bearer token, or a deployment that requires sign-in got none.',
    retry: 'after-correcting',
    recorded: false,
  },
  'rate-limited': {
    when: 'Too many requests from this client, or too many failed national-ID checks against one booking; `Retry-After` says when to try again.',
    retry: 'after-retry-after',
    recorded: false,
  },
  unavailable: {
    when: 'The service is down for maintenance or overloaded; `Retry-After` says when to try again.',
    retry: 'after-retry-after',
    recorded: false,
  },
  'internal-error': {
    when: 'The server failed unexpectedly; quote the `requestId` when reporting it.',
    retry: 'same-request',
    recorded: false,
  },
};

/** What each `FieldErrorCode` means. */
export const fieldErrorDocs: Record<FieldErrorCode, string> = {
  required: 'The field, parameter or header is absent (or empty).',
  format:
    'The value is not in the expected form: a national ID of nine digits, a mobile number in E.164, an email address, a date.',
  'too-short': 'The text or list is shorter than allowed (`detail` says the minimum).',
  'too-long': 'The text or list is longer than allowed (`detail` says the maximum).',
  invalid:
    'Any other rule: a value outside its set, a wrong type, or a relation to another field or resource (a hold for another service).',
};
