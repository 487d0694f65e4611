/**
 * Problems the API reports (RFC 9457 problem details), one class per kind of failure so that
 * callers can branch with `instanceof`. Unknown codes and HTTP errors without a problem body
 * stay generic `ApiError`s.
 */
import type { OperationId } from '../contract/operations.js';
import type { FieldError, Problem } from '../schemas/problem.js';
import { AppointmentsError, requestIdSuffix } from './appointments-error.js';

/** What an HTTP error response said. */
export interface ApiErrorDetails {
  readonly operationId: OperationId;
  readonly status: number;
  /** The problem's `code`, or `http-<status>` when the response had no problem body. */
  readonly code: string;
  readonly requestId: string | undefined;
  readonly problem: Problem | undefined;
  /** From `Retry-After`, or else the problem's `retryAfterSeconds`. */
  readonly retryAfterMs: number | undefined;
}

/**
 * The API answered with an HTTP error. Subclasses name the problem codes of the contract;
 * an unknown code, or an error response without a problem body (`code` is then
 * `http-<status>`), is thrown as a plain `ApiError`.
 */
export class ApiError extends AppointmentsError {
  override name = 'ApiError';
  declare readonly status: number;
  /** How long the server asked the client to wait before trying again, when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(details: ApiErrorDetails) {
    super(
      `${details.operationId}: ${details.code} (HTTP ${details.status})${requestIdSuffix(details.requestId)}`,
      details,
    );
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** `validation-failed`: the request was rejected field by field (see `fieldErrors`). */
export class ValidationError extends ApiError {
  override name = 'ValidationError';
  declare readonly code: 'validation-failed';
  /** One entry per invalid field, with a JSON pointer into the request body. */
  readonly fieldErrors: readonly FieldError[];

  constructor(details: ApiErrorDetails) {
    super(details);
    this.fieldErrors = details.problem?.errors ?? [];
  }
}

/** `not-found`: the provider, service, centre or slot does not exist. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
  declare readonly code: 'not-found';
}

/** `slot-full`: no place is left in the slot; offer the user another time. */
export class SlotFullError extends ApiError {
  override name = 'SlotFullError';
  declare readonly code: 'slot-full';
}

/** `hold-not-found`: the hold does not exist (or was released). */
export class HoldNotFoundError extends ApiError {
  override name = 'HoldNotFoundError';
  declare readonly code: 'hold-not-found';
}

/** `hold-expired`: the hold ran out before it was booked or extended. */
export class HoldExpiredError extends ApiError {
  override name = 'HoldExpiredError';
  declare readonly code: 'hold-expired';
}

/** `hold-extension-limit`: the hold cannot be extended any more. */
export class HoldExtensionLimitError extends ApiError {
  override name = 'HoldExtensionLimitError';
  declare readonly code: 'hold-extension-limit';
}

/** `booking-not-found`: no booking has this reference. */
export class BookingNotFoundError extends ApiError {
  override name = 'BookingNotFoundError';
  declare readonly code: 'booking-not-found';
}

/** `booking-not-modifiable`: the booking is cancelled, past, or too close to change. */
export class BookingNotModifiableError extends ApiError {
  override name = 'BookingNotModifiableError';
  declare readonly code: 'booking-not-modifiable';
}

/** `verification-failed`: the national ID does not match the booking's applicant. */
export class VerificationFailedError extends ApiError {
  override name = 'VerificationFailedError';
  declare readonly code: 'verification-failed';
}

/** `version-conflict`: the booking changed since it was read; read it again and retry. */
export class VersionConflictError extends ApiError {
  override name = 'VersionConflictError';
  declare readonly code: 'version-conflict';
}

/** `precondition-required`: the request lacked `If-Match`. */
export class PreconditionRequiredError extends ApiError {
  override name = 'PreconditionRequiredError';
  declare readonly code: 'precondition-required';
}

/**
 * The `Idempotency-Key` was refused: `idempotency-key-missing` (none sent),
 * `idempotency-key-reused` (sent before with a different body) or `idempotency-key-in-use`
 * (the first request with it is still being processed; retrying later is safe).
 */
export class IdempotencyError extends ApiError {
  override name = 'IdempotencyError';
  declare readonly code:
    | 'idempotency-key-missing'
    | 'idempotency-key-reused'
    | 'idempotency-key-in-use';
}

/**
 * `payload-too-large`: the request body is larger than the API accepts
 * (`CONTRACT_RULES.maxRequestBodyBytes`).
 */
export class PayloadTooLargeError extends ApiError {
  override name = 'PayloadTooLargeError';
  declare readonly code: 'payload-too-large';
}

/** `unauthorized`: the bearer token is missing, expired or invalid. */
export class UnauthorizedError extends ApiError {
  override name = 'UnauthorizedError';
  declare readonly code: 'unauthorized';
}

/** `rate-limited`: too many requests; `retryAfterMs` says when to try again. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
  declare readonly code: 'rate-limited';
}

/** `unavailable`: the service is down or overloaded; `retryAfterMs` says when to try again. */
export class UnavailableError extends ApiError {
  override name = 'UnavailableError';
  declare readonly code: 'unavailable';
}

/** `internal-error`: the server failed; quote `requestId` to support. */
export class InternalServerError extends ApiError {
  override name = 'InternalServerError';
  declare readonly code: 'internal-error';
}
