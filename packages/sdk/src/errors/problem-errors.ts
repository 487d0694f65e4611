/**
 * From a problem code to its error class. The table is keyed by every code of the contract,
 * so adding a code to `PROBLEM_STATUS` does not compile until it is given a class here.
 */
import { PROBLEM_STATUS, type ProblemCode } from '../schemas/problem.js';
import {
  ApiError,
  type ApiErrorDetails,
  BookingNotFoundError,
  BookingNotModifiableError,
  HoldExpiredError,
  HoldExtensionLimitError,
  HoldNotFoundError,
  IdempotencyError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PreconditionRequiredError,
  RateLimitError,
  SlotFullError,
  UnauthorizedError,
  UnavailableError,
  ValidationError,
  VerificationFailedError,
  VersionConflictError,
} from './api-errors.js';

type ApiErrorClass = new (details: ApiErrorDetails) => ApiError;

const ERROR_CLASS_BY_CODE: { readonly [Code in ProblemCode]: ApiErrorClass } = {
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

function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(PROBLEM_STATUS, code);
}

/** The error for an HTTP error response: the class of its problem code, else `ApiError`. */
export function createApiError(details: ApiErrorDetails): ApiError {
  const ErrorClass = isProblemCode(details.code) ? ERROR_CLASS_BY_CODE[details.code] : ApiError;
  return new ErrorClass(details);
}
