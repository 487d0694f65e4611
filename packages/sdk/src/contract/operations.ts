/**
 * The API contract as data: every operation with its method, path, inputs, response and the
 * problems it may return. The SDK client, the mock server and the OpenAPI document are all
 * generated from this table, so they cannot drift apart.
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
  readonly tag: 'Catalogue' | 'Availability' | 'Holds' | 'Bookings';
  readonly summary: string;
  readonly description: string;
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
  /** Whether an `Idempotency-Key` header is required, accepted or ignored. */
  readonly idempotencyKey: 'required' | 'optional' | 'none';
  /** The `Applicant-National-Id` header must match the booking's applicant. */
  readonly verification: boolean;
  /** `If-Match` with the booking's ETag is required. */
  readonly ifMatch: boolean;
  /** Safe to retry automatically without an idempotency key. */
  readonly safe: boolean;
  readonly problems: readonly ProblemCode[];
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
    tag: 'Catalogue',
    summary: 'List providers',
    description: 'Ministries and authorities that run service centres, sorted by English name.',
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
    tag: 'Catalogue',
    summary: 'Get a provider',
    description: 'One ministry or authority.',
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
    tag: 'Catalogue',
    summary: 'List and search services',
    description:
      'Services that can be booked, grouped by provider then sorted by English name. `q` matches names and descriptions in any language, ignoring case and Arabic diacritics.',
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
    tag: 'Catalogue',
    summary: 'Get a service',
    description: 'One service with its fee, eligibility and required documents.',
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
    tag: 'Catalogue',
    summary: 'List and search centres',
    description:
      'Centres, filtered by service, provider, governorate and text. With `near` the list is sorted by straight-line distance and each item has `distanceKm`; otherwise it is sorted by governorate then English name. With `service` each item has `nextAvailableDate`.',
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
    tag: 'Catalogue',
    summary: 'Get a centre',
    description: 'One centre with its address, hours, facilities and services.',
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
    tag: 'Availability',
    summary: 'Availability calendar',
    description:
      'Every day from `from` to `to` (inclusive, at most 93 days): open or closed with the reason (weekend, named public holiday, past, outside the booking window), Ramadan hours, and how many slots still have places.',
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
    tag: 'Availability',
    summary: 'Slots of one day',
    description: 'The slots of one day in start order, with capacity and places remaining.',
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
    tag: 'Holds',
    summary: 'Hold a slot',
    description:
      'Keeps one place of a slot for a few minutes (see `expiresAt`). Fails with `slot-full` when no place is left. A replay with the same `Idempotency-Key` returns the same hold.',
    body: HoldRequest,
    success: { status: 201, schema: Hold },
    idempotencyKey: 'required',
    safe: false,
    problems: [
      'validation-failed',
      'not-found',
      'slot-full',
      'idempotency-key-missing',
      'idempotency-key-reused',
      'idempotency-key-in-use',
      ...COMMON_PROBLEMS,
    ],
  },
  {
    ...READ,
    id: 'extendHold',
    method: 'POST',
    path: '/holds/{holdId}/extend',
    tag: 'Holds',
    summary: 'Extend a hold',
    description:
      'Moves `expiresAt` to a full hold period from now, a limited number of times (`extensionsRemaining`).',
    pathParams: holdIdParam,
    success: { status: 200, schema: Hold },
    idempotencyKey: 'optional',
    safe: false,
    problems: ['hold-not-found', 'hold-expired', 'hold-extension-limit', ...COMMON_PROBLEMS],
  },
  {
    ...READ,
    id: 'releaseHold',
    method: 'DELETE',
    path: '/holds/{holdId}',
    tag: 'Holds',
    summary: 'Release a hold',
    description: 'Frees the place at once. Releasing an expired or released hold is not an error.',
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
    tag: 'Bookings',
    summary: 'Book',
    description:
      'Turns a live hold into a booking. The `Idempotency-Key` makes a retried request return the first booking instead of booking twice; the same key with a different body is `idempotency-key-reused`.',
    body: BookingRequest,
    success: { status: 201, schema: Booking },
    personalData: true,
    idempotencyKey: 'required',
    safe: false,
    problems: [
      'validation-failed',
      'hold-not-found',
      'hold-expired',
      'slot-full',
      'idempotency-key-missing',
      'idempotency-key-reused',
      'idempotency-key-in-use',
      ...COMMON_PROBLEMS,
    ],
  },
  {
    ...READ,
    id: 'getBooking',
    method: 'GET',
    path: '/bookings/{reference}',
    tag: 'Bookings',
    summary: 'Find a booking',
    description:
      'Reads a booking by reference. The applicant’s national ID is sent in the `Applicant-National-Id` header as verification, never in the URL.',
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
    tag: 'Bookings',
    summary: 'Booking as iCalendar',
    description: 'An iCalendar (RFC 5545) file for adding the visit to a calendar.',
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
    tag: 'Bookings',
    summary: 'Cancel a booking',
    description:
      'Cancels and frees the place. Needs `If-Match` with the booking’s `ETag`, so a cancellation based on an outdated view fails with `version-conflict`.',
    pathParams: referenceParam,
    body: CancelRequest,
    success: { status: 200, schema: Booking },
    personalData: true,
    idempotencyKey: 'optional',
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
      ...COMMON_PROBLEMS,
    ],
  },
  {
    ...READ,
    id: 'rescheduleBooking',
    method: 'POST',
    path: '/bookings/{reference}/reschedule',
    tag: 'Bookings',
    summary: 'Reschedule a booking',
    description:
      'Moves the booking to the slot of a live hold for the same service, atomically: the new place is taken and the old one freed together, or nothing changes. Needs `If-Match`.',
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

export function findOperation(id: OperationId): Operation {
  const operation = operations.find((candidate) => candidate.id === id);
  if (!operation) throw new Error(`Unknown operation ${id}`);
  return operation;
}
