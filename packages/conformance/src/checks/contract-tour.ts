/**
 * A walk through every operation of the contract, successes and the usual failures, so that
 * the checks judging whole answers (schemas, problem format, caching, CORS) have something of
 * each kind to judge even when they run alone. Each failure step names the problem code the
 * contract prescribes for it.
 */
import { HEADER } from '@gov-appointment/sdk/contract';
import type { ApiRequest, Exchange } from '../api-client.js';
import type { TestRun } from '../test-run.js';

/** A step of the tour whose answer must be a given problem. */
export interface ExpectedProblem {
  readonly exchange: Exchange;
  readonly code: string;
  /** What was asked, for findings: "a service that does not exist". */
  readonly asked: string;
}

export interface ContractTour {
  readonly expectedProblems: readonly ExpectedProblem[];
}

/** A booking reference in the contract's format that no server hands out in a test run. */
const UNKNOWN_REFERENCE = 'GA-0000-0000';
const UNKNOWN_ID = 'conformance-unknown';

/** Runs the tour once per run; every caller gets the same result. */
export function contractTour(run: TestRun): Promise<ContractTour> {
  return run.once('contract-tour', async () => {
    const { serviceId, centreId, nationalId } = run.options;
    const expectedProblems: ExpectedProblem[] = [];
    const expectProblem = async (asked: string, code: string, request: ApiRequest) => {
      expectedProblems.push({ exchange: await run.client.send(request), code, asked });
    };
    const get = (operationId: ApiRequest['operationId'], path: string) =>
      run.client.send({ operationId, method: 'GET', path });

    await get('listProviders', '/providers?limit=5');
    await get('listServices', '/services?limit=5');
    await get('getService', `/services/${encodeURIComponent(serviceId)}`);
    await get('listCentres', `/centres?service=${encodeURIComponent(serviceId)}&limit=5`);
    const centre = await get('getCentre', `/centres/${encodeURIComponent(centreId)}`);
    const providerId = (centre.json as { providerId?: unknown } | undefined)?.providerId;
    if (typeof providerId === 'string') {
      await get('getProvider', `/providers/${encodeURIComponent(providerId)}`);
    }
    await expectProblem('a service that does not exist', 'not-found', {
      operationId: 'getService',
      method: 'GET',
      path: `/services/${UNKNOWN_ID}`,
    });
    await expectProblem('availability from a date that is not a date', 'validation-failed', {
      operationId: 'getAvailability',
      method: 'GET',
      path: `${run.availabilityPath}/availability?from=tomorrow&to=later`,
    });
    await expectProblem('a hold on a slot that does not exist', 'not-found', {
      operationId: 'createHold',
      method: 'POST',
      path: '/holds',
      body: { slotId: UNKNOWN_ID },
    });
    await expectProblem('releasing a hold that does not exist', 'hold-not-found', {
      operationId: 'releaseHold',
      method: 'DELETE',
      path: `/holds/${UNKNOWN_ID}`,
    });
    await expectProblem('a booking reference that does not exist', 'booking-not-found', {
      operationId: 'getBooking',
      method: 'GET',
      path: `/bookings/${UNKNOWN_REFERENCE}`,
      headers: { [HEADER.nationalId]: nationalId },
    });

    await run.findFreeSlots();
    const slot = run.takeSlot();
    const hold = await run.hold(slot.id);
    await run.client.send({
      operationId: 'extendHold',
      method: 'POST',
      path: `/holds/${encodeURIComponent(hold.id)}/extend`,
    });
    const booking = await run.book(hold);
    const bookingPath = `/bookings/${encodeURIComponent(booking.reference)}`;
    await run.getBooking(booking.reference);
    await run.client.send({
      operationId: 'getBookingCalendar',
      method: 'GET',
      path: `${bookingPath}/calendar`,
      headers: { [HEADER.nationalId]: nationalId },
    });
    await expectProblem('a booking with the wrong national ID', 'verification-failed', {
      operationId: 'getBooking',
      method: 'GET',
      path: bookingPath,
      headers: { [HEADER.nationalId]: otherNationalId(nationalId, 1) },
    });
    await expectProblem('booking a hold that was already booked', 'hold-not-found', {
      operationId: 'createBooking',
      method: 'POST',
      path: '/bookings',
      body: run.bookingBody(hold.id),
    });
    await run.cancel(booking);
    expectedProblems.push({
      exchange: await run.changeBooking('cancelBooking', booking, {}, booking.etag),
      code: 'booking-not-modifiable',
      asked: 'cancelling a booking that is already cancelled',
    });
    return { expectedProblems };
  });
}

/** A valid national ID that is not the test applicant's, different for each `n`. */
export function otherNationalId(nationalId: string, n: number): string {
  const value = (Number(nationalId) + n * 104_729) % 1_000_000_000;
  return String(value).padStart(9, '0');
}
