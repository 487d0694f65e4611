/**
 * Places: concurrent holds never take more places than a slot has, releasing gives them back,
 * and a hold that runs out gives its place back by itself.
 */
import { CONTRACT_RULES } from '@gov-appointment/sdk/contract';
import type { Hold } from '@gov-appointment/sdk/schemas';
import { describeAnswer, type Exchange, problemCodeOf } from '../api-client.js';
import type { CheckDefinition } from '../check.js';
import { sleep } from '../test-run.js';

/** The slots with the fewest places make the race sharpest. */
const MAX_PLACES_FOR_RACE = 4;

export const concurrentHolds: CheckDefinition = {
  id: 'capacity.concurrent-holds',
  title: 'Concurrent holds never overfill a slot',
  explanation:
    'On a slot with k places left, k plus a few more hold requests sent at the same moment give exactly k holds and 409 slot-full for the rest; the slot then shows no place left, and releasing the holds gives all k places back. Two people must never get the same seat.',
  contract: 'createHold (slot-full); releaseHold; Slot.remaining',
  phase: 'journey',
  async run(run, findings) {
    await run.findFreeSlots();
    const slot = run.takeSlot(1, MAX_PLACES_FOR_RACE);
    const places = await run.remainingOf(slot);
    const requests = places + run.options.extraConcurrentHolds;
    const answers = await Promise.all(
      Array.from({ length: requests }, () => run.requestHold(slot.id)),
    );
    const granted = answers.filter((answer) => answer.status === 201);
    findings.expect(
      granted.length === places,
      `${requests} concurrent holds on a slot with ${places} places gave ${granted.length} holds.`,
    );
    const unexpected = answers.filter(
      (answer) => answer.status !== 201 && problemCodeOf(answer) !== 'slot-full',
    );
    for (const answer of unexpected) {
      findings.fail(
        `A hold in the race answered ${describeAnswer(answer)}, not 201 or 409 slot-full.`,
      );
    }
    const afterRace = await run.remainingOf(slot);
    findings.expect(
      afterRace === Math.max(0, places - granted.length),
      `With ${granted.length} holds on ${places} places, the slot shows ${afterRace} places left.`,
    );
    for (const answer of granted) {
      const released = await run.releaseHold((answer.json as Hold).id);
      findings.expect(
        released.status === 204,
        `Releasing a hold answered ${describeAnswer(released)}, not 204.`,
      );
    }
    const afterRelease = await run.remainingOf(slot);
    findings.expect(
      afterRelease === places,
      `After releasing every hold the slot shows ${afterRelease} places left, not ${places}.`,
    );
    findings.note(`${requests} holds raced for ${places} places: ${granted.length} granted.`);
  },
};

/** Seconds until a hold expires, by `expiresInSeconds` or else by `expiresAt`. */
function secondsLeft(hold: Partial<Hold>, answer: Exchange): number {
  if (typeof hold.expiresInSeconds === 'number') return hold.expiresInSeconds;
  const sent = Date.parse(answer.headers.get('Date') ?? '') || Date.now();
  return Math.max(0, Math.ceil((Date.parse(hold.expiresAt ?? '') - sent) / 1000));
}

export const holdExpiry: CheckDefinition = {
  id: 'holds.expiry',
  title: 'An expired hold gives its place back',
  explanation: `A hold lasts at most ${CONTRACT_RULES.holdMinutes} minutes. The check holds a place, waits until the hold's expiresAt (plus a short grace), and then expects the place back on the slot, and the hold refused for extending and booking (410 hold-expired, or 404 hold-not-found once it is gone). It waits as long as the server's hold lasts; --skip-hold-expiry leaves it out and the report says so.`,
  contract: 'CONTRACT_RULES.holdMinutes; Hold.expiresAt, Hold.expiresInSeconds; hold-expired',
  phase: 'background',
  async run(run, findings) {
    if (run.options.skipHoldExpiry) {
      return { notRun: 'Skipped by the operator (--skip-hold-expiry).' };
    }
    await run.findFreeSlots();
    const slot = run.takeSlot();
    const places = await run.remainingOf(slot);
    const answer = await run.requestHold(slot.id);
    if (answer.status !== 201) {
      findings.fail(`Holding a free slot answered ${describeAnswer(answer)}, not 201.`);
      return;
    }
    const hold = answer.json as Hold;
    const seconds = secondsLeft(hold, answer);
    const longest = CONTRACT_RULES.holdMinutes * 60;
    findings.expect(
      seconds <= longest,
      `The hold lasts ${seconds} seconds, longer than the contract's ${longest}.`,
    );
    findings.expect(
      (await run.remainingOf(slot)) === places - 1,
      'The slot did not lose a place to the hold.',
    );
    await sleep((Math.min(seconds, longest) + run.options.holdExpiryGraceSeconds) * 1000);
    const afterExpiry = await run.remainingOf(slot);
    findings.expect(
      afterExpiry === places,
      `${run.options.holdExpiryGraceSeconds} s after the hold expired, the slot shows ${afterExpiry} places left, not ${places}.`,
    );
    const gone = (exchange: Exchange) =>
      ['hold-expired', 'hold-not-found'].includes(problemCodeOf(exchange) ?? '');
    const extended = await run.client.send({
      operationId: 'extendHold',
      method: 'POST',
      path: `/holds/${encodeURIComponent(hold.id)}/extend`,
    });
    findings.expect(
      gone(extended),
      `Extending the expired hold answered ${describeAnswer(extended)}, not 410 hold-expired.`,
    );
    const booked = await run.client.send({
      operationId: 'createBooking',
      method: 'POST',
      path: '/bookings',
      body: run.bookingBody(hold.id),
    });
    if (booked.status === 201) run.noteBooking(booked, slot.id);
    findings.expect(
      gone(booked),
      `Booking the expired hold answered ${describeAnswer(booked)}, not 410 hold-expired.`,
    );
    findings.note(`Waited ${seconds} s for the hold to expire.`);
  },
};
