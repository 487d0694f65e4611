/**
 * Booking changes are conditional: a change needs `If-Match` with the booking's current ETag,
 * so a change made from an outdated screen fails instead of undoing someone else's.
 */
import { HEADER } from '@gov-appointment/sdk/contract';
import { describeAnswer, problemCodeOf } from '../api-client.js';
import type { CheckDefinition } from '../check.js';

export const conditionalChanges: CheckDefinition = {
  id: 'versions.if-match',
  title: 'Booking changes need the current ETag',
  explanation:
    'A booking answers with an ETag that changes with every change. Rescheduling with the current ETag works and gives a new one; cancelling without If-Match is answered 428 precondition-required, and with the old ETag 412 version-conflict; with the new ETag it works. Without this, a change made from an outdated screen would overwrite a newer one.',
  contract: 'operations.ts: ifMatch; HEADER.ifMatch, HEADER.etag; 428, 412',
  phase: 'journey',
  async run(run, findings) {
    await run.findFreeSlots();
    const booking = await run.bookSlot(run.takeSlot());
    const created = booking.etag;
    if (created === '') {
      findings.fail('The new booking answered without an ETag.');
      return;
    }
    const read = await run.getBooking(booking.reference);
    findings.expect(
      read.headers.get(HEADER.etag) === created,
      `Reading the booking answered ETag ${read.headers.get(HEADER.etag) ?? '(none)'}, not ${created} as when it was made.`,
    );
    const hold = await run.hold(run.takeSlot().id);
    const moved = await run.changeBooking(
      'rescheduleBooking',
      booking,
      { holdId: hold.id },
      created,
    );
    if (moved.status !== 200) {
      findings.fail(
        `Rescheduling with the current ETag answered ${describeAnswer(moved)}, not 200.`,
      );
      await run.releaseHold(hold.id);
      return;
    }
    const current = booking.etag;
    findings.expect(
      current !== created && current !== '',
      `After rescheduling, the ETag is ${current || '(none)'}; it must change with the booking.`,
    );
    const withoutIfMatch = await run.changeBooking('cancelBooking', booking, {}, null);
    findings.expect(
      withoutIfMatch.status === 428 && problemCodeOf(withoutIfMatch) === 'precondition-required',
      `Cancelling without If-Match answered ${describeAnswer(withoutIfMatch)}, not 428 precondition-required.`,
    );
    const stale = await run.changeBooking('cancelBooking', booking, {}, created);
    findings.expect(
      stale.status === 412 && problemCodeOf(stale) === 'version-conflict',
      `Cancelling with the old ETag answered ${describeAnswer(stale)}, not 412 version-conflict.`,
    );
    const cancelled = await run.changeBooking('cancelBooking', booking, {}, booking.etag);
    findings.expect(
      cancelled.status === 200,
      `Cancelling with the current ETag answered ${describeAnswer(cancelled)}, not 200.`,
    );
  },
};
