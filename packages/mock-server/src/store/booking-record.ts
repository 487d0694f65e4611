/**
 * A booking as the store keeps it (with the full national ID and mobile, for verification)
 * and as the API shows it (masked).
 */
import type {
  AccessibilityNeed,
  Booking,
  BookingStatus,
  CancellationReason,
  Centre,
  Language,
  Relationship,
  Service,
} from '@gov-appointment/sdk/schemas';
import { formatBahrainDateTime } from '../calendar/bahrain-time.js';

export interface BookingRecord {
  readonly reference: string;
  status: BookingStatus;
  version: number;
  readonly serviceId: string;
  centreId: string;
  slotId: string;
  start: number;
  end: number;
  readonly applicant: {
    readonly name: string;
    readonly nationalId: string;
    readonly mobile: string;
    readonly email: string | null;
    readonly bookingFor: { readonly relationship: Relationship } | null;
  };
  readonly accessibilityNeeds: readonly AccessibilityNeed[];
  readonly accessibilityNotes: string | null;
  readonly notificationLanguage: Language;
  readonly checkInCode: string;
  cancellationReason: CancellationReason | null;
  readonly createdAt: number;
  updatedAt: number;
}

/** `*****6789`: enough for a person to recognise their own ID, useless to anyone else. */
export function maskNationalId(nationalId: string): string {
  return `${'*'.repeat(Math.max(0, nationalId.length - 4))}${nationalId.slice(-4)}`;
}

/** `+973****4567`. */
export function maskMobile(mobile: string): string {
  return `${mobile.slice(0, 4)}${'*'.repeat(Math.max(0, mobile.length - 8))}${mobile.slice(-4)}`;
}

/** The instant from which the booking can no longer be cancelled or moved online. */
export function changeableUntil(record: BookingRecord, service: Service): number {
  return record.start - service.changeCutoffMinutes * 60_000;
}

export function bookingView(record: BookingRecord, service: Service, centre: Centre): Booking {
  return {
    reference: record.reference,
    status: record.status,
    version: record.version,
    service: {
      id: service.id,
      name: service.name,
      durationMinutes: service.durationMinutes,
      requiredDocuments: service.requiredDocuments,
    },
    centre: {
      id: centre.id,
      name: centre.name,
      address: centre.address,
      phone: centre.phone,
      coordinates: centre.coordinates,
    },
    start: formatBahrainDateTime(record.start),
    end: formatBahrainDateTime(record.end),
    changeableUntil: formatBahrainDateTime(changeableUntil(record, service)),
    applicant: {
      name: record.applicant.name,
      maskedNationalId: maskNationalId(record.applicant.nationalId),
      maskedMobile: maskMobile(record.applicant.mobile),
      bookingFor: record.applicant.bookingFor,
    },
    accessibilityNeeds: [...record.accessibilityNeeds],
    notificationLanguage: record.notificationLanguage,
    checkInCode: record.checkInCode,
    createdAt: formatBahrainDateTime(record.createdAt),
    updatedAt: formatBahrainDateTime(record.updatedAt),
  };
}
