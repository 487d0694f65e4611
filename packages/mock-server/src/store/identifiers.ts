/**
 * Identifiers the mock hands out: booking references, hold ids, check-in codes and request
 * ids, in Crockford base 32 (no I, L, O or U, so they read aloud and type without mistakes).
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

export function crockford(random: Random, length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) text += CROCKFORD[random.int(0, 31)];
  return text;
}

export function createIdentifierSource(random: Random): IdentifierSource {
  return {
    bookingReference: () => `GA-${crockford(random, 4)}-${crockford(random, 4)}`,
    holdId: () => `hold-${crockford(random, 16).toLowerCase()}`,
    checkInCode: (reference) => `GAC1:${reference}:${crockford(random, 10)}`,
  };
}
