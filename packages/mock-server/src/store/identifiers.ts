/**
 * Identifiers the mock hands out: booking references, hold ids and check-in codes, in
 * Crockford base 32 (no I, L, O or U, so they read aloud and type without mistakes).
 *
 * They come from the platform's cryptographic random source, never from the seed: a seeded
 * mock would hand every fresh server the same hold ids and references, so anyone who knew the
 * seed could guess (and take over) the holds and bookings of a developer's running mock.
 */
import type { Random } from '../seed/random.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface IdentifierSource {
  /** `GA-XXXX-XXXX`. */
  bookingReference(): string;
  holdId(): string;
  /** What the check-in kiosk scans, tied to the reference so a code is never reused. */
  checkInCode(reference: string): string;
}

/** `length` Crockford characters drawn from a seeded stream (for request ids in logs). */
export function crockford(random: Random, length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) text += CROCKFORD[random.int(0, 31)];
  return text;
}

/**
 * `length` Crockford characters from `crypto.getRandomValues`. 32 divides 256, so taking the
 * low five bits of each byte keeps every character equally likely.
 */
export function secureCrockford(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let text = '';
  for (const byte of bytes) text += CROCKFORD[byte & 31];
  return text;
}

export function createIdentifierSource(): IdentifierSource {
  return {
    bookingReference: () => `GA-${secureCrockford(4)}-${secureCrockford(4)}`,
    holdId: () => `hold-${secureCrockford(16).toLowerCase()}`,
    checkInCode: (reference) => `GAC1:${reference}:${secureCrockford(10)}`,
  };
}
