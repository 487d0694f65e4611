/**
 * Guessing national IDs against a booking reference must stop quickly: after
 * `CONTRACT_RULES.verificationThrottle.failures` wrong IDs the reference answers 429, even to
 * the right ID, until the window has passed.
 */
import { CONTRACT_RULES, HEADER } from '@gov-appointment/sdk/contract';
import { describeAnswer, type Exchange, problemCodeOf } from '../api-client.js';
import type { CheckDefinition } from '../check.js';
import type { TestRun } from '../test-run.js';
import { otherNationalId } from './contract-tour.js';

export interface ThrottleTrial {
  readonly reference: string;
  /** The answers to the wrong national IDs, in order. */
  readonly wrongAttempts: readonly Exchange[];
  /** The answer to the right national ID afterwards. */
  readonly rightAttempt: Exchange;
}

/**
 * Books a slot and cancels it at once (so no place stays taken), then sends one more wrong
 * national ID than the rule allows, then the right one. Runs once per run.
 */
export function verificationThrottleTrial(run: TestRun): Promise<ThrottleTrial> {
  return run.once('verification-throttle', async () => {
    await run.findFreeSlots();
    const booking = await run.bookSlot(run.takeSlot());
    await run.cancel(booking);
    const wrongAttempts: Exchange[] = [];
    const { failures } = CONTRACT_RULES.verificationThrottle;
    for (let attempt = 1; attempt <= failures + 1; attempt++) {
      const answer = await run.getBooking(
        booking.reference,
        otherNationalId(run.options.nationalId, attempt + 1),
      );
      wrongAttempts.push(answer);
      if (answer.status === 429) break;
    }
    const rightAttempt = await run.getBooking(booking.reference);
    if (rightAttempt.status === 429) {
      run.noteLeftover(
        `booking ${booking.reference} (cancelled; locked by the verification throttle until its window passes)`,
      );
    }
    return { reference: booking.reference, wrongAttempts, rightAttempt };
  });
}

export const verificationThrottle: CheckDefinition = {
  id: 'verification.throttle',
  title: 'Guessing national IDs is throttled',
  explanation: `Wrong national IDs sent for one booking reference are answered 403 verification-failed, and after ${CONTRACT_RULES.verificationThrottle.failures} of them the reference answers 429 rate-limited with Retry-After, even to the right ID, for up to ${CONTRACT_RULES.verificationThrottle.windowSeconds / 60} minutes. Otherwise anyone holding a reference could try IDs until one matches and read the booking.`,
  contract: 'CONTRACT_RULES.verificationThrottle',
  phase: 'journey',
  async run(run, findings) {
    const { failures, windowSeconds } = CONTRACT_RULES.verificationThrottle;
    const trial = await verificationThrottleTrial(run);
    trial.wrongAttempts.forEach((answer, index) => {
      const attempt = index + 1;
      const code = problemCodeOf(answer);
      if (attempt <= failures) {
        // A deployment may be stricter and throttle earlier; never later.
        findings.expect(
          code === 'verification-failed' || code === 'rate-limited',
          `Wrong national ID ${attempt} of ${failures} answered ${describeAnswer(answer)}, not 403 verification-failed.`,
        );
      } else {
        findings.expect(
          code === 'rate-limited' && answer.status === 429,
          `Wrong national ID ${attempt}, after ${failures} failures, answered ${describeAnswer(answer)}, not 429 rate-limited.`,
        );
      }
    });
    const right = trial.rightAttempt;
    findings.expect(
      right.status === 429 && problemCodeOf(right) === 'rate-limited',
      `The right national ID, once throttled, answered ${describeAnswer(right)}, not 429 rate-limited.`,
    );
    const retryAfter = Number(right.headers.get(HEADER.retryAfter));
    if (right.status === 429) {
      findings.expect(
        Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= windowSeconds,
        `Retry-After of the throttled reference is "${right.headers.get(HEADER.retryAfter) ?? 'missing'}", not 1 to ${windowSeconds} seconds.`,
      );
    }
    findings.note(
      `Throttled after ${trial.wrongAttempts.filter((answer) => answer.status !== 429).length} wrong national IDs.`,
    );
  },
};
