/**
 * The API contract as data: every operation with its method, path, inputs, response and the
 * problems it may return. The SDK client, the mock server and the OpenAPI document are all
 * generated from this table, so they cannot drift apart. Prose for the document lives in
 * `operation-docs.ts`, so that it never ships in a browser bundle.
 */
import * as z from 'zod/mini';
import { AvailabilityCalendar, DaySlots } from '../schemas/availability.js';
import {
  Booking,
  BookingReference,
  BookingRequest,
  CancelRequest,
  RescheduleRequest,
} from '../schemas/bookings.js';
import {
  Centre,
  CentreList,
  Provider,
  ProviderList,
  Service,
  ServiceCategory,
  ServiceList,
} from '../schemas/catalogue.js';
import { Governorate, LocalDate, ResourceId } from '../schemas/common.js';
import { Hold, HoldRequest } from '../schemas/holds.js';
import type { ProblemCode } from '../schemas/problem.js';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface Operation {
  /** Stable operation id; also the SDK method name. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path under the versioned base URL, with `{param}` placeholders. */
  readonly path: string;
  readonly pathParams?: z.ZodMiniObject;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  /** The success status and body. `null` schema means no body (204). */
  readonly success: {
    readonly status: 200 | 201 | 204;
    readonly schema: z.ZodMiniType | null;
    readonly contentType?: 'application/json' | 'text/calendar';
  };
  /** Catalogue reads: `ETag`, `If-None-Match` and a public `Cache-Control`. */
  readonly cacheable: boolean;
  /** Responses hold personal data: `Cache-Control: no-store`. */
  readonly personalData: boolean;
  /** Whether an `Idempotency-Key` header is required (every POST) or not taken (GET, DELETE). */
  readonly idempotencyKey: 'required' | 'none';
  /** The `Applicant-National-Id` header must match the booking's applicant. */
  readonly verification: boolean;
  /** `If-Match` with the booking's ETag is required. */
  readonly ifMatch: boolean;
  /** Safe to retry automatically without an idempotency key. */
  readonly safe: boolean;
  readonly problems: readonly ProblemCode[];
  /**
   * The operations a client calls next with a value of this one's response body: published
   * as OpenAPI links, so that generic tools can chain the calls.
   */
  readonly next?: OperationChain;
}

/** A value of a response body that other operations take as a parameter or body field. */
export interface OperationChain {
  /** The property of the response body, e.g. `id` of a hold. */
  readonly value: string;
  /** The name the next operations take it under: a path parameter or a body field. */
  readonly as: string;
  readonly operations: readonly string[];
}

const limit = z.optional(z.string().check(z.regex(/^([1-9]\d?|1\d\d|200)$/)));
const cursor = z.optional(z.string().check(z.maxLength(200)));
const idParam = (name: string) => z.object({ [name]: ResourceId });
const referenceParam = z.object({ reference: BookingReference });
const holdIdParam = z.object({ holdId: z.string().check(z.minLength(1)) });
const availabilityParams = z.object({ centreId: ResourceId, serviceId: ResourceId });

/** `near=26.2235,50.5876`: latitude, comma, longitude. */
export const NearQuery = z.string().check(z.regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/));

const COMMON_PROBLEMS = ['rate-limited', 'unavailable', 'internal-error', 'unauthorized'] as const;
/** Every operation that takes a body may find it refused as too large. */
const BODY_PROBLEMS = ['payload-too-large'] as const;
const READ = {
  cacheable: false,
  personalData: false,
  idempotencyKey: 'none',
  verification: false,
  ifMatch: false,
  safe: true,
} as const;

export const operations = [
  {
    ...READ,
    id: 'listProviders',
    method: 'GET',
    path: '/providers',
    query: z.object({ limit, cursor }),
    success: { status: 200, schema: ProviderList },
    cacheable: true,
    problems: ['validation-failed', ...COMMON_PROBLEMS],
  },
  {
    ...READ,
    id: 'getProvider',
    method: 'GET',
    path: '/providers/{providerId}',
    pathParams: idParam('providerId'),
    success: { status: 200, schema: Provider },
    cacheable: true,
    problems: ['not-found', ...COMMON_PROBLEMS],
  },
  {
    ...READ,
    id: 'listServices',
    method: 'GET',
    path: '/services',
    query: z.object({
      provider: z.optional(ResourceId),
      category: z.optional(ServiceCategory),
      q: z.optional(z.string().check(z.maxLength(100))),
      limit,
      cursor,
    }),
    success: { status: 200, schema: ServiceList },
    cacheable: true,
    problems: ['validation-failed', ...COMMON_PROBLEMS],
  },
  {
    ...READ,
    id: 'getService',
    method: 'GET',
    path: '/services/{serviceId}',
    pathParams: idParam('serviceId'),
    success: { status: 200, schema: Service },
    cacheable: true,
    problems: ['not-found', ...COMMON_PROBLEMS],
  },
  {
    ...READ,
    id: 'listCentres',
    method: 'GET',
    path: '/centres',
    query: z.object({
      service: z.optional(ResourceId),
      provider: z.optional(ResourceId),
      governorate: z.optional(Governorate),
      q: z.optional(z.string().check(z.maxLength(100))),
      near: z.optional(NearQuery),
      limit,
      cursor,
    }),
    success: { status: 200, schema: CentreList },
    // Next-available dates change with every booking: revalidate rather than cache.
    cacheable: false,
    problems: ['validation-failed', 'not-found', ...COMMON_PROBLEMS],
  },
  {
    ...READ,
    id: 'getCentre',
    method: 'GET',
    path: '/centres/{centreId}',
    pathParams: idParam('centreId'),
    success: { status: 200, schema: Centre },
    cacheable: true,
    problems: ['not-found', ...COMMON_PROBLEMS],
  },
  {
    ...READ,
    id: 'getAvailability',
    method: 'GET',
    path: '/centres/{centreId}/services/{serviceId}/availability',
    pathParams: availabilityParams,
    query: z.object({ from: LocalDate, to: LocalDate }),
    success: { status: 200, schema: AvailabilityCalendar },
    problems: ['validation-failed', 'not-found', ...COMMON_PROBLEMS],
  },
  {
    ...READ,
    id: 'getSlots',
    method: 'GET',
    path: '/centres/{centreId}/services/{serviceId}/slots',
    pathParams: availabilityParams,
    query: z.object({ date: LocalDate }),
    success: { status: 200, schema: DaySlots },
    problems: ['validation-failed', 'not-found', ...COMMON_PROBLEMS],
  },
  {
    ...READ,
    id: 'createHold',
    method: 'POST',
    path: '/holds',
    body: HoldRequest,
    success: { status: 201, schema: Hold },
    idempotencyKey: 'required',
    safe: false,
    next: {
      value: 'id',
      as: 'holdId',
      operations: ['extendHold', 'releaseHold', 'createBooking', 'rescheduleBooking'],
    },
    problems: [
      'validation-failed',
      'not-found',
      'slot-full',
      'idempotency-key-missing',
      'idempotency-key-reused',
      'idempotency-key-in-use',
      ...BODY_PROBLEMS,
      ...COMMON_PROBLEMS,
    ],
  },
  {
    ...READ,
    id: 'extendHold',
    method: 'POST',
    path: '/holds/{holdId}/extend',
    pathParams: holdIdParam,
    success: { status: 200, schema: Hold },
    idempotencyKey: 'required',
    safe: false,
    problems: [
      'hold-not-found',
      'hold-expired',
      'hold-extension-limit',
      'idempotency-key-missing',
      'idempotency-key-reused',
      'idempotency-key-in-use',
      ...COMMON_PROBLEMS,
    ],
  },
  {
    ...READ,
    id: 'releaseHold',
    method: 'DELETE',
    path: '/holds/{holdId}',
    pathParams: holdIdParam,
    success: { status: 204, schema: null },
    // DELETE is idempotent by definition: retrying it is safe.
    problems: ['hold-not-found', ...COMMON_PROBLEMS],
  },
  {
    ...READ,
    id: 'createBooking',
    method: 'POST',
    path: '/bookings',
    body: BookingRequest,
    success: { status: 201, schema: Booking },
    personalData: true,
    idempotencyKey: 'required',
    safe: false,
    next: {
      value: 'reference',
      as: 'reference',
      operations: ['getBooking', 'getBookingCalendar', 'cancelBooking', 'rescheduleBooking'],
    },
    problems: [
      'validation-failed',
      'hold-not-found',
      'hold-expired',
      'slot-full',
      'idempotency-key-missing',
      'idempotency-key-reused',
      'idempotency-key-in-use',
      ...BODY_PROBLEMS,
      ...COMMON_PROBLEMS,
    ],
  },
  {
    ...READ,
    id: 'getBooking',
    method: 'GET',
    path: '/bookings/{reference}',
    pathParams: referenceParam,
    success: { status: 200, schema: Booking },
    personalData: true,
    verification: true,
    problems: ['validation-failed', 'booking-not-found', 'verification-failed', ...COMMON_PROBLEMS],
  },
  {
    ...READ,
    id: 'getBookingCalendar',
    method: 'GET',
    path: '/bookings/{reference}/calendar',
    pathParams: referenceParam,
    success: { status: 200, schema: null, contentType: 'text/calendar' },
    personalData: true,
    verification: true,
    problems: ['validation-failed', 'booking-not-found', 'verification-failed', ...COMMON_PROBLEMS],
  },
  {
    ...READ,
    id: 'cancelBooking',
    method: 'POST',
    path: '/bookings/{reference}/cancel',
    pathParams: referenceParam,
    body: CancelRequest,
    success: { status: 200, schema: Booking },
    personalData: true,
    idempotencyKey: 'required',
    verification: true,
    ifMatch: true,
    safe: false,
    problems: [
      'validation-failed',
      'booking-not-found',
      'verification-failed',
      'booking-not-modifiable',
      'version-conflict',
      'precondition-required',
      'idempotency-key-missing',
      'idempotency-key-reused',
      'idempotency-key-in-use',
      ...BODY_PROBLEMS,
      ...COMMON_PROBLEMS,
    ],
  },
  {
    ...READ,
    id: 'rescheduleBooking',
    method: 'POST',
    path: '/bookings/{reference}/reschedule',
    pathParams: referenceParam,
    body: RescheduleRequest,
    success: { status: 200, schema: Booking },
    personalData: true,
    idempotencyKey: 'required',
    verification: true,
    ifMatch: true,
    safe: false,
    problems: [
      'validation-failed',
      'booking-not-found',
      'verification-failed',
      'booking-not-modifiable',
      'version-conflict',
      'precondition-required',
      'hold-not-found',
      'hold-expired',
      'idempotency-key-missing',
      'idempotency-key-reused',
      'idempotency-key-in-use',
      ...BODY_PROBLEMS,
      ...COMMON_PROBLEMS,
    ],
  },
] as const satisfies readonly Operation[];

export type OperationId = (typeof operations)[number]['id'];

/** Headers of the contract, named once. */
export const HEADER = {
  idempotencyKey: 'Idempotency-Key',
  nationalId: 'Applicant-National-Id',
  ifMatch: 'If-Match',
  etag: 'ETag',
  ifNoneMatch: 'If-None-Match',
  requestId: 'X-Request-Id',
  retryAfter: 'Retry-After',
} as const;

/** Response headers a browser client must be allowed to read across origins. */
export const EXPOSED_HEADERS = [HEADER.etag, HEADER.requestId, HEADER.retryAfter, 'Location'];

/** Request headers a browser may send across origins (answered in a preflight). */
export const ALLOWED_REQUEST_HEADERS = [
  'Authorization',
  'Content-Type',
  HEADER.idempotencyKey,
  HEADER.nationalId,
  HEADER.ifMatch,
  HEADER.ifNoneMatch,
  HEADER.requestId,
] as const;

/** Methods a preflight allows. */
export const PREFLIGHT_METHODS = ['GET', 'POST', 'DELETE', 'OPTIONS'] as const;

/** How long a browser may cache a preflight answer. */
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

export function findOperation(id: OperationId): Operation {
  const operation = operations.find((candidate) => candidate.id === id);
  if (!operation) throw new Error(`Unknown operation ${id}`);
  return operation;
}

export { CONTRACT_RULES } from './rules.js';
