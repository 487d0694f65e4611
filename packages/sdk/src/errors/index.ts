/** The errors a client throws: one class per kind of failure. */
export {
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
  PreconditionRequiredError,
  RateLimitError,
  SlotFullError,
  UnauthorizedError,
  UnavailableError,
  ValidationError,
  VerificationFailedError,
  VersionConflictError,
} from './api-errors.js';
export {
  AppointmentsError,
  type AppointmentsErrorDetails,
  NetworkError,
  type ResponseValidationDetails,
  ResponseValidationError,
  TimeoutError,
} from './appointments-error.js';
