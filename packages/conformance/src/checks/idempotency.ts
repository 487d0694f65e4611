/**
 * Idempotency: a retried hold or booking must never take a second place. The same key and
 * body replays the first answer (also when the retries race the first request), the same key
 * with another body is refused, and a write without a key is refused.
 */
import { randomUUID } from 'node:crypto';
import { CONTRACT_RULES, HEADER, operations } from '@gov-appointment/sdk/contract';
import type { Hold } from '@gov-appointment/sdk/schemas';
import { type ApiRequest, describeAnswer, type Exchange, problemCodeOf } from '../api-client.js';
import type { CheckDefinition, Findings } from '../check.js';
import type { FreeSlot, TestRun } from '../test-run.js';

/** Concurrent retries sent with one key. */
const CONCURRENT_RETRIES = 6;

function holdIdOf(json: unknown): string | undefined {
  return (json as Partial<Hold> | undefined)?.id;
}

async function placesTaken(
  run: TestRun,
  findings: Findings,
  slot: FreeSlot,
  expected: number,
  what: string,
): Promise<void> {
  const remaining = await run.remainingOf(slot);
  findings.expect(
    slot.remaining - remaining === expected,
    `${what} took ${slot.remaining - remaining} places of the slot, not ${expected}.`,
  );
}

export const idempotentReplay: CheckDefinition = {
  id: 'idempotency.replay',
  title: 'A retry with the same key replays the first answer',
  explanation: `Sending the same hold, then the same booking, twice with one Idempotency-Key gives the first answer again (the same hold, the same reference) and takes one place, not two. Networks drop answers; clients retry with the same key and must never book twice. Keys are kept ${CONTRACT_RULES.idempotencyKeyHours} hours.`,
  contract: 'HEADER.idempotencyKey; CONTRACT_RULES.idempotencyKeyHours',
  phase: 'journey',
  async run(run, findings) {
    await run.findFreeSlots();
    const slot = run.takeSlot(2);
    const key = randomUUID();
    const hold = await run.hold(slot.id, key);
    const retry = await run.requestHold(slot.id, key);
    findings.expect(
      retry.status === 201 && holdIdOf(retry.json) === hold.id,
      `The retried hold answered ${describeAnswer(retry)} with ${holdIdOf(retry.json) === hold.id ? 'the same' : 'another'} hold, not the first answer.`,
    );
    await placesTaken(run, findings, slot, 1, 'A hold sent twice with one key');

    const bookingKey = randomUUID();
    const booking = await run.book(hold, bookingKey);
    const rebooked = await run.client.send({
      operationId: 'createBooking',
      method: 'POST',
      path: '/bookings',
      body: run.bookingBody(hold.id),
      idempotencyKey: bookingKey,
    });
    const sameReference =
      (rebooked.json as { reference?: string } | undefined)?.reference === booking.reference;
    findings.expect(
      rebooked.status === 201 && sameReference,
      `The retried booking answered ${describeAnswer(rebooked)}${sameReference ? '' : ' without the first reference'}, not the first answer.`,
    );
    if (rebooked.status === 201 && !sameReference) run.noteBooking(rebooked, slot.id);
    await placesTaken(run, findings, slot, 1, 'A booking sent twice with one key');
    await run.cancel(booking);
  },
};

export const concurrentReplay: CheckDefinition = {
  id: 'idempotency.concurrent-replay',
  title: 'Retries racing the first request take one place',
  explanation: `${CONCURRENT_RETRIES} identical hold requests with one Idempotency-Key, sent at the same moment, create one hold: each answer is that hold or 409 idempotency-key-in-use, and one place is taken. A server that looks the key up and stores it in two steps lets a double-click through.`,
  contract: 'HEADER.idempotencyKey; problem code idempotency-key-in-use',
  phase: 'journey',
  async run(run, findings) {
    await run.findFreeSlots();
    const slot = run.takeSlot(2);
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: CONCURRENT_RETRIES }, () => run.requestHold(slot.id, key)),
    );
    const holdIds = new Set(
      answers.filter((answer) => answer.status === 201).map((answer) => holdIdOf(answer.json)),
    );
    findings.expect(holdIds.size === 1, `One key created ${holdIds.size} holds, not 1.`);
    for (const answer of answers) {
      findings.expect(
        answer.status === 201 || problemCodeOf(answer) === 'idempotency-key-in-use',
        `A concurrent retry answered ${describeAnswer(answer)}, not the hold or 409 idempotency-key-in-use.`,
      );
    }
    await placesTaken(run, findings, slot, 1, `${CONCURRENT_RETRIES} concurrent retries`);
    for (const holdId of holdIds) if (holdId) await run.releaseHold(holdId);
    findings.note(`Answers: ${answers.map((answer) => describeAnswer(answer)).join(', ')}.`);
  },
};

export const keyReusedWithAnotherBody: CheckDefinition = {
  id: 'idempotency.key-reuse',
  title: 'A key reused with another body is refused',
  explanation:
    'After a hold on one slot, the same Idempotency-Key with a hold on another slot is answered 422 idempotency-key-reused and holds nothing, rather than replaying an answer about a different request or acting on it.',
  contract: 'HEADER.idempotencyKey; problem code idempotency-key-reused',
  phase: 'journey',
  async run(run, findings) {
    await run.findFreeSlots();
    const first = run.takeSlot();
    const second = run.takeSlot();
    const key = randomUUID();
    const held = await run.hold(first.id, key);
    const reused = await run.requestHold(second.id, key);
    findings.expect(
      reused.status === 422 && problemCodeOf(reused) === 'idempotency-key-reused',
      `The key reused for another slot answered ${describeAnswer(reused)}, not 422 idempotency-key-reused.`,
    );
    await placesTaken(run, findings, second, 0, 'The refused request');
    await run.releaseHold(held.id);
  },
};

/**
 * Builds a request of an operation that needs a key, ready to send without one, and how to
 * undo whatever it set up (and whatever the answer did, if the server wrongly accepted it).
 */
type WriteWithoutKey = (
  run: TestRun,
) => Promise<{ request: ApiRequest; undo: (answer: Exchange) => Promise<void> }>;

const accepted = (answer: Exchange) => answer.status >= 200 && answer.status < 300;

type KeyedOperation = Extract<(typeof operations)[number], { idempotencyKey: 'required' }>;

/** One request per keyed write: the contract gaining another one fails the kit's typecheck. */
const WRITES: Record<KeyedOperation['id'], WriteWithoutKey> = {
  async createHold(run) {
    const slot = run.takeSlot();
    return {
      request: {
        operationId: 'createHold',
        method: 'POST',
        path: '/holds',
        body: { slotId: slot.id },
      },
      undo: async (answer) => {
        const holdId = holdIdOf(answer.json);
        if (accepted(answer) && holdId) await run.releaseHold(holdId);
      },
    };
  },
  async extendHold(run) {
    const hold = await run.hold(run.takeSlot().id);
    return {
      request: {
        operationId: 'extendHold',
        method: 'POST',
        path: `/holds/${encodeURIComponent(hold.id)}/extend`,
      },
      undo: async () => void (await run.releaseHold(hold.id)),
    };
  },
  async createBooking(run) {
    const hold = await run.hold(run.takeSlot().id);
    return {
      request: {
        operationId: 'createBooking',
        method: 'POST',
        path: '/bookings',
        body: run.bookingBody(hold.id),
      },
      undo: async (answer) => {
        if (accepted(answer)) await run.cancel(run.noteBooking(answer, hold.slotId));
        else await run.releaseHold(hold.id);
      },
    };
  },
  async cancelBooking(run) {
    const booking = await run.bookSlot(run.takeSlot());
    return {
      request: {
        operationId: 'cancelBooking',
        method: 'POST',
        path: `/bookings/${encodeURIComponent(booking.reference)}/cancel`,
        headers: { [HEADER.nationalId]: run.options.nationalId, [HEADER.ifMatch]: booking.etag },
        body: {},
      },
      undo: async (answer) => {
        if (accepted(answer)) booking.status = 'cancelled';
        else await run.cancel(booking);
      },
    };
  },
  async rescheduleBooking(run) {
    const booking = await run.bookSlot(run.takeSlot());
    const hold = await run.hold(run.takeSlot().id);
    return {
      request: {
        operationId: 'rescheduleBooking',
        method: 'POST',
        path: `/bookings/${encodeURIComponent(booking.reference)}/reschedule`,
        headers: { [HEADER.nationalId]: run.options.nationalId, [HEADER.ifMatch]: booking.etag },
        body: { holdId: hold.id },
      },
      undo: async (answer) => {
        if (accepted(answer)) booking.etag = answer.headers.get(HEADER.etag) ?? booking.etag;
        else await run.releaseHold(hold.id);
        await run.cancel(booking);
      },
    };
  },
};

const KEYED_OPERATIONS = operations.filter(
  (operation): operation is KeyedOperation => operation.idempotencyKey === 'required',
);

export const keyRequired: CheckDefinition = {
  id: 'idempotency.key-required',
  title: 'Writes without an Idempotency-Key are refused',
  explanation: `Each write the contract marks as needing a key (${KEYED_OPERATIONS.map((operation) => operation.id).join(', ')}) is answered 400 idempotency-key-missing without one, and changes nothing. A write that cannot be retried safely is one a flaky network can double.`,
  contract: 'operations.ts: idempotencyKey "required"',
  phase: 'journey',
  async run(run, findings) {
    await run.findFreeSlots();
    for (const operation of KEYED_OPERATIONS) {
      const { request, undo } = await WRITES[operation.id](run);
      const answer = await run.client.send({ ...request, idempotencyKey: false });
      run.noteHold(answer);
      findings.expect(
        answer.status === 400 && problemCodeOf(answer) === 'idempotency-key-missing',
        `${operation.id} without a key answered ${describeAnswer(answer)}, not 400 idempotency-key-missing.`,
      );
      await undo(answer);
    }
  },
};
