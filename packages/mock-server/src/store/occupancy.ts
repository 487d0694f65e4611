/**
 * Capacity and the bookings other people already made before the mock started. Both are
 * pure functions of the seed and the slot, so slots can be generated lazily in any order
 * and still agree with each other.
 */
import { unitFromParts } from '../seed/random.js';

/** Share of centres that are nearly fully booked on every day. */
const NEARLY_FULL_CENTRE_SHARE = 0.08;
const NEARLY_FULL_FILL = 0.93;
/** Share of days with no place left at all, higher in the next three weeks. */
const FULL_DAY_SHARE_SOON = 0.08;
const FULL_DAY_SHARE_LATER = 0.02;
const SOON_DAYS = 21;

/** Counters serving a service at a centre: 1 to 4. */
export function capacityOf(seed: number, centreId: string, serviceId: string): number {
  return 1 + Math.floor(unitFromParts(seed, 'capacity', centreId, serviceId) * 4);
}

/**
 * Places of a slot already taken by others. Nearer days are fuller (85% tomorrow, falling
 * to 5% a month out), some days are full, and a few centres are nearly full throughout.
 */
export function preBookedSeats(
  seed: number,
  slot: { id: string; centreId: string; serviceId: string; date: string; capacity: number },
  daysAhead: number,
): number {
  const fullDayShare = daysAhead < SOON_DAYS ? FULL_DAY_SHARE_SOON : FULL_DAY_SHARE_LATER;
  if (unitFromParts(seed, 'full-day', slot.centreId, slot.serviceId, slot.date) < fullDayShare) {
    return slot.capacity;
  }
  const fill =
    unitFromParts(seed, 'nearly-full-centre', slot.centreId) < NEARLY_FULL_CENTRE_SHARE
      ? NEARLY_FULL_FILL
      : Math.min(0.85, Math.max(0.05, 0.85 - 0.025 * daysAhead));
  let taken = 0;
  for (let seat = 0; seat < slot.capacity; seat++) {
    if (unitFromParts(seed, 'seat', slot.id, seat) < fill) taken++;
  }
  return taken;
}
