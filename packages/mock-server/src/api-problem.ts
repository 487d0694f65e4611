/**
 * A failure the API reports as RFC 9457 problem details. The store and the handlers throw
 * it; the request pipeline turns it into an `application/problem+json` response.
 */
import { type FieldError, PROBLEM_STATUS, type ProblemCode } from '@gov-appointment/sdk/schemas';

export interface ApiProblemOptions {
  /** Field errors, with `validation-failed`. */
  readonly errors?: readonly FieldError[];
  /** Seconds to wait, with `rate-limited` and `unavailable` (sent as `Retry-After` too). */
  readonly retryAfterSeconds?: number;
  /** Extra response headers, e.g. `WWW-Authenticate`. */
  readonly headers?: Readonly<Record<string, string>>;
}

export class ApiProblem extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly detail: string;
  readonly errors: readonly FieldError[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: ProblemCode, detail: string, options: ApiProblemOptions = {}) {
    super(`${code}: ${detail}`);
    this.name = 'ApiProblem';
    this.code = code;
    this.status = PROBLEM_STATUS[code];
    this.detail = detail;
    this.errors = options.errors;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.headers = options.headers ?? {};
  }
}

/** Short human titles, one per code (clients switch on `code`, never on these). */
export const PROBLEM_TITLE: Readonly<Record<ProblemCode, string>> = {
  'validation-failed': 'The request is not valid',
  'not-found': 'Not found',
  'slot-full': 'The slot has no place left',
  'hold-not-found': 'Hold not found',
  'hold-expired': 'The hold has expired',
  'hold-extension-limit': 'The hold cannot be extended again',
  'booking-not-found': 'Booking not found',
  'booking-not-modifiable': 'The booking can no longer be changed',
  'verification-failed': 'Verification failed',
  'version-conflict': 'The booking has changed since it was read',
  'precondition-required': 'If-Match is required',
  'idempotency-key-missing': 'Idempotency-Key is required',
  'idempotency-key-reused': 'Idempotency-Key was used for a different request',
  'idempotency-key-in-use': 'A request with this Idempotency-Key is still being processed',
  'payload-too-large': 'The request body is too large',
  unauthorized: 'Unauthorized',
  'rate-limited': 'Too many requests',
  unavailable: 'Service unavailable',
  'internal-error': 'Internal server error',
};

/**
 * Problems that are not stored under an `Idempotency-Key`, so that a retry with the key is
 * processed again: the server's condition (429, 5xx), answers about the key itself, and
 * refusals before the request is read. Every other problem is recorded and replayed like a
 * success. The contract states the same rule per code (`problemDocs` of the SDK, which stays
 * out of browser bundles); a test holds the two together.
 */
const NOT_RECORDED: ReadonlySet<ProblemCode> = new Set([
  'idempotency-key-missing',
  'idempotency-key-reused',
  'idempotency-key-in-use',
  'payload-too-large',
  'unauthorized',
  'rate-limited',
  'unavailable',
  'internal-error',
]);

/** Whether an answer with this problem is recorded under the request's `Idempotency-Key`. */
export function isRecorded(code: ProblemCode): boolean {
  return !NOT_RECORDED.has(code);
}
