/**
 * The numbers of the contract that every implementation shares: the mock enforces them, the
 * conformance kit checks them against any server, and the implementer guide states them. A
 * deployment may be stricter where a rule says "at least" or "at most"; never looser.
 */
export const CONTRACT_RULES = {
  /** A hold keeps its place this long after it is made or extended. */
  holdMinutes: 10,
  /**
   * A hold can be extended at least this many times (WCAG 2.2.1 asks for ten), each
   * extension giving `holdMinutes` more from the moment it is made.
   */
  minHoldExtensions: 10,
  /** How long a server keeps an `Idempotency-Key` and the answer recorded under it. */
  idempotencyKeyHours: 24,
  /** Request bodies larger than this are refused with 413 `payload-too-large`. */
  maxRequestBodyBytes: 64 * 1024,
  /**
   * Failed national-ID checks against one booking reference: after `failures` of them within
   * `windowSeconds`, the reference answers 429 `rate-limited` (even to the right ID) until the
   * window has passed, with `Retry-After` saying when.
   */
  verificationThrottle: { failures: 5, windowSeconds: 15 * 60 },
} as const;
