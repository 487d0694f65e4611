/**
 * Hold ids and booking references are capabilities: whoever knows a hold id can book or
 * release the place, and a reference is half of what reads a booking. They must not be
 * guessable from one another.
 */
import type { Hold } from '@gov-appointment/sdk/schemas';
import type { CheckDefinition, Findings } from '../check.js';
import { identifierStatistics, MIN_ESTIMATED_BITS } from '../identifier-statistics.js';

function judge(findings: Findings, kind: string, sample: readonly string[]): void {
  const statistics = identifierStatistics(sample);
  for (const weakness of statistics.weaknesses) {
    findings.fail(`${sample.length} ${kind}: ${weakness}.`);
  }
  findings.note(
    `${kind}: ${statistics.variablePositions} varying characters from an alphabet of ${statistics.alphabet}, about ${Math.round(statistics.estimatedBits)} random bits; ${Math.round(statistics.changedShare * 100)}% change between consecutive ones.`,
  );
}

export const unguessableIdentifiers: CheckDefinition = {
  id: 'identifiers.unguessable',
  title: 'Hold ids and booking references are unguessable',
  explanation: `A sample of hold ids and booking references, made one after another, must show no sequence (not sorted, most characters changing from one to the next), no repeats, and at least about ${MIN_ESTIMATED_BITS} random bits each. Whoever can guess a hold id can take or release someone's place; a guessable reference invites trying national IDs against it.`,
  contract: 'Hold.id; BookingReference (GA-XXXX-XXXX, Crockford base 32)',
  phase: 'journey',
  async run(run, findings) {
    await run.findFreeSlots();
    const size = run.options.identifierSample;
    const holdSlot = run.takeSlot();
    const holdIds: string[] = [];
    for (let index = 0; index < size; index++) {
      const hold = await run.hold(holdSlot.id);
      holdIds.push(hold.id);
      await run.releaseHold(hold.id);
    }
    judge(findings, 'hold ids', holdIds);
    const bookingSlot = run.takeSlot();
    const references: string[] = [];
    for (let index = 0; index < size; index++) {
      const hold: Hold = await run.hold(bookingSlot.id);
      const booking = await run.book(hold);
      references.push(booking.reference);
      await run.cancel(booking);
    }
    judge(findings, 'booking references', references);
  },
};
