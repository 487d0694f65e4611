/**
 * Ramadan as data (it follows moon sighting) and the shorter working hours it brings.
 */
import type { Shift } from '@gov-appointment/sdk/schemas';
import { minutesOf } from './bahrain-time.js';

/** First and last day of Ramadan by year, as announced (approximate until announced). */
const RAMADAN_PERIODS: readonly { from: string; to: string }[] = [
  { from: '2026-02-18', to: '2026-03-19' },
  { from: '2027-02-08', to: '2027-03-09' },
  { from: '2028-01-28', to: '2028-02-25' },
];

/** Daytime government hours in Ramadan. */
export const RAMADAN_DAY_SHIFT: Shift = { opens: '09:00', closes: '14:00' };
/** The evening shift some centres keep after iftar. */
export const RAMADAN_EVENING_SHIFT: Shift = { opens: '20:00', closes: '23:00' };

/** Shifts starting at or after 15:00 are evening shifts. */
const EVENING_STARTS_AT = minutesOf('15:00');

export function isRamadan(date: string): boolean {
  return RAMADAN_PERIODS.some((period) => period.from <= date && date <= period.to);
}

/**
 * A day's regular shifts as worked in Ramadan: daytime shifts shrink to 09:00-14:00 (never
 * longer than usual), evening shifts move to after iftar or are dropped.
 */
export function ramadanShifts(regular: readonly Shift[], keepsEveningShift: boolean): Shift[] {
  const shifts: Shift[] = [];
  for (const shift of regular) {
    if (minutesOf(shift.opens) >= EVENING_STARTS_AT) {
      if (keepsEveningShift) shifts.push(RAMADAN_EVENING_SHIFT);
      continue;
    }
    const opens = later(shift.opens, RAMADAN_DAY_SHIFT.opens);
    const closes = earlier(shift.closes, RAMADAN_DAY_SHIFT.closes);
    if (minutesOf(opens) < minutesOf(closes)) shifts.push({ opens, closes });
  }
  return shifts;
}

function later(a: string, b: string): string {
  return minutesOf(a) >= minutesOf(b) ? a : b;
}

function earlier(a: string, b: string): string {
  return minutesOf(a) <= minutesOf(b) ? a : b;
}
