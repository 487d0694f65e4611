/**
 * Failed national-ID checks per booking reference. A reference is a short code printed on
 * paper and shown on screens; without a limit, anyone holding one could try national IDs
 * until one matched. After the contract's number of failures within its window, the
 * reference is refused to everyone, the right ID included, until the window has passed.
 */
import { CONTRACT_RULES } from '@gov-appointment/sdk/contract';

const { failures: MAX_FAILURES, windowSeconds: WINDOW_SECONDS } =
  CONTRACT_RULES.verificationThrottle;
const WINDOW_MS = WINDOW_SECONDS * 1000;

export class VerificationThrottle {
  /** Times of the failures within the window, oldest first, per reference. */
  readonly #failures = new Map<string, number[]>();

  /**
   * Whole seconds until the reference may be tried again, or `undefined` when it may be
   * tried now.
   */
  retryAfterSeconds(reference: string, now: number): number | undefined {
    const recent = this.#recent(reference, now);
    if (recent.length < MAX_FAILURES) return undefined;
    // The window passes when the failure that filled it is older than the window.
    const filledAt = recent[recent.length - MAX_FAILURES] ?? now;
    return Math.max(1, Math.ceil((filledAt + WINDOW_MS - now) / 1000));
  }

  recordFailure(reference: string, now: number): void {
    this.#failures.set(reference, [...this.#recent(reference, now), now]);
  }

  clear(): void {
    this.#failures.clear();
  }

  /** The failures still within the window; references with none are forgotten. */
  #recent(reference: string, now: number): number[] {
    const recent = (this.#failures.get(reference) ?? []).filter((at) => now - at < WINDOW_MS);
    if (recent.length === 0) this.#failures.delete(reference);
    else this.#failures.set(reference, recent);
    return recent;
  }
}
