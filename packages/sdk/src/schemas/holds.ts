/**
 * Holds: a slot's place kept for one person for a few minutes while they fill in their
 * details (WCAG 2.2.1: the time left is returned, and it can be extended).
 */
import * as z from 'zod/mini';
import { endsAfterStart, OffsetDateTime, ResourceId } from './common.js';

export const HoldRequest = z
  .object({
    /** The slot to keep a place of (`Slot.id` from `getSlots`). */
    slotId: z.string().check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: 'HoldRequest' });
export type HoldRequest = z.infer<typeof HoldRequest>;

export const Hold = z
  .object({
    id: z.string().check(z.minLength(1)),
    slotId: z.string().check(z.minLength(1)),
    centreId: ResourceId,
    serviceId: ResourceId,
    start: OffsetDateTime,
    end: OffsetDateTime,
    /** When the place is released unless booked or extended. */
    expiresAt: OffsetDateTime,
    /**
     * Seconds from this response until `expiresAt`. Clients count down from this rather than
     * from `expiresAt`, so a device whose clock is wrong still shows the right time left.
     */
    expiresInSeconds: z.int().check(z.nonnegative()),
    /** How many more times `extend` may be called. */
    extensionsRemaining: z.int().check(z.nonnegative()),
  })
  .check(endsAfterStart())
  .register(z.globalRegistry, {
    id: 'Hold',
    description: 'One place of a slot kept for one person until `expiresAt`.',
  });
export type Hold = z.infer<typeof Hold>;
