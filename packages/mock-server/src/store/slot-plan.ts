/**
 * Slots as the store plans them: generated from a day's hours and the service duration,
 * identified by an id that encodes centre, service, date and start time.
 */
import type { Shift } from '@gov-appointment/sdk/schemas';
import { isCalendarDate, minutesOf } from '../calendar/bahrain-time.js';

export interface SlotPlan {
  readonly id: string;
  readonly centreId: string;
  readonly serviceId: string;
  readonly date: string;
  /** Minutes after midnight, Bahrain time. */
  readonly startMinutes: number;
  /** Instants (ms since epoch). */
  readonly start: number;
  readonly end: number;
  readonly capacity: number;
}

export interface SlotAddress {
  readonly centreId: string;
  readonly serviceId: string;
  readonly date: string;
  readonly startMinutes: number;
}

/** Start times (minutes after midnight) of back-to-back slots that fit inside the shifts. */
export function slotStarts(hours: readonly Shift[], durationMinutes: number): number[] {
  const starts: number[] = [];
  for (const shift of hours) {
    const closes = minutesOf(shift.closes);
    for (let start = minutesOf(shift.opens); start + durationMinutes <= closes; ) {
      starts.push(start);
      start += durationMinutes;
    }
  }
  return starts;
}

/** `<centre>.<service>.<YYYYMMDD>.<HHMM>`: resource ids never contain dots. */
export function slotIdOf(address: SlotAddress): string {
  const hours = String(Math.floor(address.startMinutes / 60)).padStart(2, '0');
  const minutes = String(address.startMinutes % 60).padStart(2, '0');
  return `${address.centreId}.${address.serviceId}.${address.date.replaceAll('-', '')}.${hours}${minutes}`;
}

export function parseSlotId(id: string): SlotAddress | undefined {
  const match =
    /^([a-z0-9][a-z0-9-]+)\.([a-z0-9][a-z0-9-]+)\.(\d{4})(\d{2})(\d{2})\.(\d{2})(\d{2})$/.exec(id);
  if (!match) return undefined;
  const [, centreId = '', serviceId = '', year, month, day, hours, minutes] = match;
  const date = `${year}-${month}-${day}`;
  if (!isCalendarDate(date)) return undefined;
  return { centreId, serviceId, date, startMinutes: Number(hours) * 60 + Number(minutes) };
}
