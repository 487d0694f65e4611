/**
 * The words of the OpenAPI document for each operation. Kept apart from the operation table
 * so that browser bundles carry the contract's rules but not its prose.
 */
import type { OperationId } from './operations.js';
import { CONTRACT_RULES } from './rules.js';

export interface OperationDocs {
  readonly tag: 'Catalogue' | 'Availability' | 'Holds' | 'Bookings';
  readonly summary: string;
  readonly description: string;
}

export const operationDocs: Record<OperationId, OperationDocs> = {
  listProviders: {
    tag: 'Catalogue',
    summary: 'List providers',
    description: 'Ministries and authorities that run service centres, sorted by English name.',
  },
  getProvider: {
    tag: 'Catalogue',
    summary: 'Get a provider',
    description: 'One ministry or authority.',
  },
  listServices: {
    tag: 'Catalogue',
    summary: 'List and search services',
    description:
      'Services that can be booked, grouped by provider then sorted by English name. `q` matches names and descriptions in any language, ignoring case and Arabic diacritics.',
  },
  getService: {
    tag: 'Catalogue',
    summary: 'Get a service',
    description: 'One service with its fee, eligibility and required documents.',
  },
  listCentres: {
    tag: 'Catalogue',
    summary: 'List and search centres',
    description:
      'Centres, filtered by service, provider, governorate and text. With `near` the list is sorted by straight-line distance and each item has `distanceKm`; otherwise it is sorted by governorate then English name. With `service` each item has `nextAvailableDate`.',
  },
  getCentre: {
    tag: 'Catalogue',
    summary: 'Get a centre',
    description: 'One centre with its address, hours, facilities and services.',
  },
  getAvailability: {
    tag: 'Availability',
    summary: 'Availability calendar',
    description:
      'Every day from `from` to `to` (inclusive, at most 93 days): open or closed with the reason (weekend, named public holiday, past, outside the booking window), Ramadan hours, and how many slots still have places.',
  },
  getSlots: {
    tag: 'Availability',
    summary: 'Slots of one day',
    description: 'The slots of one day in start order, with capacity and places remaining.',
  },
  createHold: {
    tag: 'Holds',
    summary: 'Hold a slot',
    description: `Keeps one place of a slot for ${CONTRACT_RULES.holdMinutes} minutes (see \`expiresAt\` and \`expiresInSeconds\`). Fails with \`slot-full\` when no place is left. A replay with the same \`Idempotency-Key\` returns the same hold.`,
  },
  extendHold: {
    tag: 'Holds',
    summary: 'Extend a hold',
    description: `Moves \`expiresAt\` to ${CONTRACT_RULES.holdMinutes} minutes from now. A hold can be extended at least ${CONTRACT_RULES.minHoldExtensions} times; \`extensionsRemaining\` says how many are left.`,
  },
  releaseHold: {
    tag: 'Holds',
    summary: 'Release a hold',
    description: 'Frees the place at once. Releasing an expired or released hold is not an error.',
  },
  createBooking: {
    tag: 'Bookings',
    summary: 'Book',
    description:
      'Turns a live hold into a booking. The `Idempotency-Key` makes a retried request return the first booking instead of booking twice; the same key with a different body is `idempotency-key-reused`.',
  },
  getBooking: {
    tag: 'Bookings',
    summary: 'Find a booking',
    description:
      'Reads a booking by reference. The applicant’s national ID is sent in the `Applicant-National-Id` header as verification, never in the URL.',
  },
  getBookingCalendar: {
    tag: 'Bookings',
    summary: 'Booking as iCalendar',
    description: 'An iCalendar (RFC 5545) file for adding the visit to a calendar.',
  },
  cancelBooking: {
    tag: 'Bookings',
    summary: 'Cancel a booking',
    description:
      'Cancels and frees the place. Needs `If-Match` with the booking’s `ETag`, so a cancellation based on an outdated view fails with `version-conflict`. The body is optional: no body, an empty body and `{}` all cancel without a reason; `{ "reason": … }` records why.',
  },
  rescheduleBooking: {
    tag: 'Bookings',
    summary: 'Reschedule a booking',
    description:
      'Moves the booking to the slot of a live hold for the same service, atomically: the new place is taken and the old one freed together, or nothing changes. Needs `If-Match`.',
  },
};

/**
 * What each path and query parameter means, by name. A name means the same thing wherever it
 * appears, so each is written once; the document's tests fail on a parameter without one.
 */
export const parameterDocs: Readonly<Record<string, string>> = {
  providerId: 'The provider’s id, as listed by `listProviders`.',
  serviceId: 'The service’s id, as listed by `listServices`.',
  centreId: 'The centre’s id, as listed by `listCentres`.',
  holdId: 'The hold’s `id`, from `createHold`.',
  reference:
    'The booking reference, e.g. `GA-7K3M-Q9TX` (upper case, Latin digits: clients normalise what people type).',
  limit: 'How many items a page holds, 1 to 200 (default 50).',
  cursor: 'The `nextCursor` of the previous page; omit it for the first page.',
  provider: 'Only what this provider offers (a provider id).',
  service:
    'Only centres that offer this service (a service id); each item then has `nextAvailableDate`.',
  category: 'Only services of this category.',
  governorate: 'Only centres in this governorate.',
  q: 'Text to search for in names and descriptions, in any language (at most 100 characters).',
  near: '`latitude,longitude` (WGS 84): sorts by straight-line distance and adds `distanceKm`.',
  from: 'The first day, a Bahrain calendar date.',
  to: 'The last day (inclusive), at most 93 days after `from`.',
  date: 'The day, a Bahrain calendar date.',
};
