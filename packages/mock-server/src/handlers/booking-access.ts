/**
 * The checks in front of every booking change: the applicant's national ID as verification
 * and `If-Match` against the booking's version, so a change based on an outdated view fails
 * instead of overwriting someone else's.
 */
import { HEADER } from '@gov-appointment/sdk/contract';
import { normaliseNationalId } from '@gov-appointment/sdk/schemas';
import { ApiProblem } from '../api-problem.js';
import type { BookingRecord } from '../store/booking-record.js';
import type { MockStore } from '../store/mock-store.js';
import { ifMatchSatisfied } from './http-headers.js';

/** The booking's `ETag`: its version as a strong entity tag, e.g. `"3"`. */
export function bookingEntityTag(record: BookingRecord): string {
  return `"${record.version}"`;
}

/** The booking when it exists and the `Applicant-National-Id` header matches its applicant. */
export function verifiedBooking(
  store: MockStore,
  request: Request,
  reference: string,
): BookingRecord {
  const record = store.booking(reference);
  if (!record)
    throw new ApiProblem('booking-not-found', 'There is no booking with this reference.');
  requireVerificationAllowed(store, reference);
  // The header's form was checked with the request's other inputs (422 when malformed).
  const nationalId = normaliseNationalId(request.headers.get(HEADER.nationalId) ?? '');
  if (nationalId !== record.applicant.nationalId) {
    store.verificationThrottle.recordFailure(reference, store.now());
    throw new ApiProblem(
      'verification-failed',
      'The national ID does not match the booking; check both and try again.',
    );
  }
  return record;
}

/**
 * Throws `rate-limited` while the reference has had too many failed national-ID checks
 * (`CONTRACT_RULES.verificationThrottle`), whatever ID is sent now: otherwise the right ID
 * could still be found by trying them all.
 */
export function requireVerificationAllowed(store: MockStore, reference: string): void {
  const retryAfterSeconds = store.verificationThrottle.retryAfterSeconds(reference, store.now());
  if (retryAfterSeconds === undefined) return;
  throw new ApiProblem(
    'rate-limited',
    'Too many failed checks of the national ID for this booking; try again later.',
    { retryAfterSeconds },
  );
}

/** Throws unless `If-Match` is present and names the booking's current version. */
export function requireCurrentVersion(request: Request, record: BookingRecord): void {
  const ifMatch = request.headers.get(HEADER.ifMatch);
  if (ifMatch === null || ifMatch.trim() === '') {
    throw new ApiProblem(
      'precondition-required',
      'Send If-Match with the booking’s ETag so that an outdated view cannot change it.',
    );
  }
  if (!ifMatchSatisfied(ifMatch, bookingEntityTag(record))) {
    throw new ApiProblem(
      'version-conflict',
      'The booking has changed since it was read; read it again before changing it.',
      { headers: { [HEADER.etag]: bookingEntityTag(record) } },
    );
  }
}
