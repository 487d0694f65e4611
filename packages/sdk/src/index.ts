/**
 * The typed client of the national appointments API: every operation of the contract as a
 * method, every response validated, every failure a typed error.
 *
 * The schemas (types and runtime validators of every body) are exported too, and on their own
 * from `@gov-appointment/sdk/schemas`.
 */
export type {
  AppointmentsClient,
  AvailabilityQuery,
  BookingLookup,
  CancelBookingInput,
  ListCentresQuery,
  ListProvidersQuery,
  ListServicesQuery,
  PageQuery,
  PaginatedOperationId,
  PaginatedOperations,
  RescheduleBookingInput,
  SlotsQuery,
} from './client/appointments-client.js';
export type {
  ClientHooks,
  ClientOptions,
  IdempotentRequestOptions,
  ReleaseHoldOptions,
  RequestContext,
  RequestOptions,
  ResponseContext,
  RetryContext,
  RetryOptions,
} from './client/client-options.js';
export { createClient } from './client/create-client.js';
export {
  EXPOSED_HEADERS,
  findOperation,
  HEADER,
  type HttpMethod,
  type Operation,
  type OperationId,
  operations,
} from './contract/operations.js';
export * from './errors/index.js';
export { localize, resolveLanguage } from './localize.js';
export * from './schemas/index.js';
