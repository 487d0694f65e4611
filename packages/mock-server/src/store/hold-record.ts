/** A hold as the store keeps it and as the API shows it. */
import type { Hold } from '@gov-appointment/sdk/schemas';
import { formatBahrainDateTime } from '../calendar/bahrain-time.js';

export interface HoldRecord {
  readonly id: string;
  readonly slotId: string;
  readonly centreId: string;
  readonly serviceId: string;
  readonly start: number;
  readonly end: number;
  expiresAt: number;
  extensionsUsed: number;
  /**
   * `active` until released, turned into a booking, or lost to someone else (the
   * `slot-taken` scenario). An active hold past `expiresAt` has expired.
   */
  state: 'active' | 'released' | 'booked' | 'lost';
}

export function holdView(record: HoldRecord, maxExtensions: number, now: number): Hold {
  return {
    id: record.id,
    slotId: record.slotId,
    centreId: record.centreId,
    serviceId: record.serviceId,
    start: formatBahrainDateTime(record.start),
    end: formatBahrainDateTime(record.end),
    expiresAt: formatBahrainDateTime(record.expiresAt),
    expiresInSeconds: Math.max(0, Math.floor((record.expiresAt - now) / 1000)),
    extensionsRemaining: Math.max(0, maxExtensions - record.extensionsUsed),
  };
}
