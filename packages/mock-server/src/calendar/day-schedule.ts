/**
 * Whether a centre opens on a date, why not when it does not, and its hours that day.
 */
import type { Centre, ClosureReason, LocalizedText, Shift } from '@gov-appointment/sdk/schemas';
import { weekdayOf } from './bahrain-time.js';
import { publicHolidayOn } from './public-holidays.js';
import { isRamadan, ramadanShifts } from './ramadan.js';

export interface DaySchedule {
  readonly closure: { readonly reason: ClosureReason; readonly name: LocalizedText | null } | null;
  readonly ramadan: boolean;
  /** Empty when closed. */
  readonly hours: readonly Shift[];
}

export interface ScheduleContext {
  /** Today in Bahrain. */
  readonly today: string;
  /** The last day the service may be booked (today + its booking window). */
  readonly lastBookableDate: string;
  /** A one-off closure of this centre on this date (maintenance, training), if any. */
  readonly centreClosure: LocalizedText | null;
  readonly keepsEveningShiftInRamadan: boolean;
}

/**
 * The schedule of one day. Reasons are checked in the order a person reads a calendar:
 * a past day is past, a holiday is named even when outside the booking window, and a
 * weekend stays a weekend beyond it.
 */
export function daySchedule(centre: Centre, date: string, context: ScheduleContext): DaySchedule {
  const ramadan = isRamadan(date);
  const closed = (reason: ClosureReason, name: LocalizedText | null = null): DaySchedule => ({
    closure: { reason, name },
    ramadan,
    hours: [],
  });
  if (date < context.today) return closed('past');
  const holiday = publicHolidayOn(date);
  if (holiday) return closed('public-holiday', holiday);
  if (context.centreClosure) return closed('centre-closure', context.centreClosure);
  const weekday = weekdayOf(date);
  const regular = centre.openingHours.find((entry) => entry.day === weekday)?.shifts ?? [];
  const hours = ramadan ? ramadanShifts(regular, context.keepsEveningShiftInRamadan) : regular;
  if (hours.length === 0) return closed('weekend');
  if (date > context.lastBookableDate) return closed('outside-booking-window');
  return { closure: null, ramadan, hours };
}
