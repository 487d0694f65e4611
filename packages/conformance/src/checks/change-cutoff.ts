/**
 * A booking can be changed online only until its `changeableUntil`: its start minus the
 * service's `changeCutoffMinutes`. After that the person has to go through the centre, so the
 * server must refuse cancel and reschedule rather than free a place nobody can take any more.
 */
import type { Booking } from '@gov-appointment/sdk/schemas';
import { describeAnswer, type Exchange, problemCodeOf } from '../api-client.js';
import type { CheckDefinition, Findings } from '../check.js';
import type { MadeBooking, TestRun } from '../test-run.js';

export const changeCutoff: CheckDefinition = {
  id: 'bookings.change-cutoff',
  title: 'Bookings stop being changeable at the service’s cutoff',
  explanation:
    'Every booking states changeableUntil, its start minus the service’s changeCutoffMinutes; the check books a slot and compares the two. When a free slot starts within the cutoff, it books that one too (it then stays booked; the report lists it under “left behind”) and expects cancelling and rescheduling it, with the current ETag, to be answered 409 booking-not-modifiable. Without this, people could cancel at the last minute, leaving a place nobody can take, and the applicant would be promised changes the centre no longer accepts.',
  contract:
    'Booking.changeableUntil (bookings.ts), Service.changeCutoffMinutes (catalogue.ts); cancelBooking, rescheduleBooking: 409 booking-not-modifiable',
  phase: 'journey',
  async run(run, findings) {
    await run.findFreeSlots();
    const changeable = await run.bookSlot(run.takeSlot());
    const stated = await statedBooking(run, changeable, findings);
    if (stated && Date.parse(stated.changeableUntil) <= Date.now()) {
      findings.fail(
        `Booking ${changeable.reference} starts at ${stated.start}, beyond the cutoff, yet its changeableUntil ${stated.changeableUntil} has already passed.`,
      );
    }
    await run.cancel(changeable);

    const inside = run.takeSlotInsideCutoff();
    if (!inside) {
      findings.note(
        `No free slot starts within the service’s ${run.service.changeCutoffMinutes}-minute cutoff in the coming hours, so the refusal of changes past changeableUntil was not provoked in this run.`,
      );
      return;
    }
    const late = await run.bookSlot(inside);
    await statedBooking(run, late, findings);
    findings.note(
      `Booked ${late.reference}, starting within the cutoff, to provoke the refusal; it cannot be cancelled online.`,
    );
    const hold = await run.hold(run.takeSlot().id);
    const moved = await run.changeBooking(
      'rescheduleBooking',
      late,
      { holdId: hold.id },
      late.etag,
    );
    expectRefused(findings, 'Rescheduling', late, moved);
    if (moved.status !== 200) await run.releaseHold(hold.id);
    const cancelled = await run.changeBooking('cancelBooking', late, {}, late.etag);
    expectRefused(findings, 'Cancelling', late, cancelled);
  },
};

/** Reads the booking back and checks its `changeableUntil` against the service's cutoff. */
async function statedBooking(
  run: TestRun,
  booking: MadeBooking,
  findings: Findings,
): Promise<Booking | undefined> {
  const read = await run.getBooking(booking.reference);
  if (read.status !== 200) {
    findings.fail(
      `Reading booking ${booking.reference} answered ${describeAnswer(read)}, not 200.`,
    );
    return undefined;
  }
  const stated = read.json as Booking;
  const cutoffMinutes = run.service.changeCutoffMinutes;
  const expected = Date.parse(stated.start) - cutoffMinutes * 60_000;
  findings.expect(
    Date.parse(stated.changeableUntil) === expected,
    `Booking ${booking.reference} starts at ${stated.start} and gives changeableUntil ${stated.changeableUntil}, not ${new Date(expected).toISOString()} (the start minus the service’s changeCutoffMinutes of ${cutoffMinutes}).`,
  );
  return stated;
}

function expectRefused(
  findings: Findings,
  action: string,
  booking: MadeBooking,
  answer: Exchange,
): void {
  findings.expect(
    answer.status === 409 && problemCodeOf(answer) === 'booking-not-modifiable',
    `${action} ${booking.reference}, whose changeableUntil ${new Date(booking.changeableUntil).toISOString()} has passed, answered ${describeAnswer(answer)}, not 409 booking-not-modifiable.`,
  );
}
