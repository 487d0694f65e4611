/** The client's interface: one method per operation of the contract, plus pagination. */
import type { AvailabilityCalendar, DaySlots } from '../schemas/availability.js';
import type {
  Booking,
  BookingRequest,
  CancellationReason,
  RescheduleRequest,
} from '../schemas/bookings.js';
import type {
  Centre,
  CentreList,
  CentreListItem,
  Provider,
  ProviderList,
  Service,
  ServiceCategory,
  ServiceList,
} from '../schemas/catalogue.js';
import type { Coordinates, Governorate, Language, LocalizedText } from '../schemas/common.js';
import type { Hold, HoldRequest } from '../schemas/holds.js';
import type {
  IdempotentRequestOptions,
  ReleaseHoldOptions,
  RequestOptions,
} from './client-options.js';

/** Paging of every list: at most `limit` items (1 to 200) from `cursor` on. */
export interface PageQuery {
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

export type ListProvidersQuery = PageQuery;

export interface ListServicesQuery extends PageQuery {
  /** Only this provider's services. */
  provider?: string;
  category?: ServiceCategory;
  /** Matches names and descriptions in any language, ignoring case and Arabic diacritics. */
  q?: string;
}

export interface ListCentresQuery extends PageQuery {
  /** Only centres offering this service; each item then has `nextAvailableDate`. */
  service?: string;
  provider?: string;
  governorate?: Governorate;
  q?: string;
  /** Sorts by distance from this point; each item then has `distanceKm`. */
  near?: Coordinates;
}

export interface AvailabilityQuery {
  centreId: string;
  serviceId: string;
  /** First day, `YYYY-MM-DD` in Bahrain. */
  from: string;
  /** Last day (inclusive, at most 93 days after `from`). */
  to: string;
}

export interface SlotsQuery {
  centreId: string;
  serviceId: string;
  /** `YYYY-MM-DD` in Bahrain. */
  date: string;
}

/**
 * A booking and its applicant's national ID, which proves the right to read or change it.
 * The ID travels only in the `Applicant-National-Id` header, never in a URL.
 */
export interface BookingLookup {
  /** E.g. `GA-7K3M-Q9TX`; any case and Arabic-Indic or Persian digits are accepted. */
  reference: string;
  /** Nine digits; Arabic-Indic and Persian digits are accepted and sent as Latin ones. */
  nationalId: string;
}

export interface CancelBookingInput extends BookingLookup {
  /** The `version` of the booking as last read; a stale one fails with `VersionConflictError`. */
  version: number;
  reason?: CancellationReason;
}

export interface RescheduleBookingInput extends BookingLookup, RescheduleRequest {
  /** The `version` of the booking as last read; a stale one fails with `VersionConflictError`. */
  version: number;
}

/** The list operations that `paginate` can walk, with their queries and items. */
export interface PaginatedOperations {
  listProviders: { query: ListProvidersQuery; item: Provider };
  listServices: { query: ListServicesQuery; item: Service };
  listCentres: { query: ListCentresQuery; item: CentreListItem };
}

export type PaginatedOperationId = keyof PaginatedOperations;

/**
 * A client of the national appointments API. Every method validates the response against the
 * contract and rejects with an `AppointmentsError` subclass, or with the abort reason when the
 * caller's signal is aborted.
 */
export interface AppointmentsClient {
  /** Ministries and authorities, sorted by English name. */
  listProviders(query?: ListProvidersQuery, options?: RequestOptions): Promise<ProviderList>;
  /** One ministry or authority by id. */
  getProvider(providerId: string, options?: RequestOptions): Promise<Provider>;
  /** Services that can be booked, grouped by provider, then by English name. */
  listServices(query?: ListServicesQuery, options?: RequestOptions): Promise<ServiceList>;
  /** One service with its fee, eligibility and required documents. */
  getService(serviceId: string, options?: RequestOptions): Promise<Service>;
  /** Centres, by distance when `near` is given, else by governorate and English name. */
  listCentres(query?: ListCentresQuery, options?: RequestOptions): Promise<CentreList>;
  /** One centre by id, with its address, hours, facilities and services. */
  getCentre(centreId: string, options?: RequestOptions): Promise<Centre>;
  /** Every day of a range: open or closed (with the reason), and how many slots are free. */
  getAvailability(
    query: AvailabilityQuery,
    options?: RequestOptions,
  ): Promise<AvailabilityCalendar>;
  /** The slots of one day in start order, full ones included. */
  getSlots(query: SlotsQuery, options?: RequestOptions): Promise<DaySlots>;
  /** Keeps one place of a slot for a few minutes. Fails with `SlotFullError` when none is left. */
  createHold(request: HoldRequest, options?: IdempotentRequestOptions): Promise<Hold>;
  /** Gives the hold a full hold period from now, while `extensionsRemaining` allows. */
  extendHold(holdId: string, options?: IdempotentRequestOptions): Promise<Hold>;
  /** Frees the place at once; releasing an expired or released hold is not an error. */
  releaseHold(holdId: string, options?: ReleaseHoldOptions): Promise<void>;
  /**
   * Turns a live hold into a booking. The applicant's national ID and mobile may be typed in
   * Arabic-Indic or Persian digits (and the mobile with spaces or hyphens): they are sent in
   * Latin digits.
   */
  createBooking(request: BookingRequest, options?: IdempotentRequestOptions): Promise<Booking>;
  /**
   * A booking by reference, verified with the applicant's national ID (sent in a header,
   * never in the URL).
   */
  getBooking(lookup: BookingLookup, options?: RequestOptions): Promise<Booking>;
  /** The booking as an iCalendar (RFC 5545) file's text, for "add to calendar". */
  getBookingCalendar(lookup: BookingLookup, options?: RequestOptions): Promise<string>;
  /** Cancels the booking and frees its place. */
  cancelBooking(input: CancelBookingInput, options?: IdempotentRequestOptions): Promise<Booking>;
  /** Moves the booking to the slot of a live hold; the old place is freed at the same time. */
  rescheduleBooking(
    input: RescheduleBookingInput,
    options?: IdempotentRequestOptions,
  ): Promise<Booking>;
  /**
   * Every item of a list, page after page, fetching the next page only when the loop needs
   * it. Starts at `query.cursor` when given.
   *
   * @example
   * ```ts
   * for await (const centre of client.paginate('listCentres', { service: 'cpr-renewal' })) {
   *   console.log(client.localize(centre.name));
   * }
   * ```
   */
  paginate<Id extends PaginatedOperationId>(
    operation: Id,
    query?: PaginatedOperations[Id]['query'],
    options?: RequestOptions,
  ): AsyncIterable<PaginatedOperations[Id]['item']>;
  /** `localize(text, language)` with the client's `language` (else English) as the default. */
  localize(text: LocalizedText, language?: Language | string): string;
}
