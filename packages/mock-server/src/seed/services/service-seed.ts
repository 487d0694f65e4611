import type { LocalizedText } from '@gov-appointment/sdk/schemas';

/** A bookable service as written in the seed tables (the category comes from its provider). */
export interface ServiceSeed {
  readonly id: string;
  readonly providerId: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly durationMinutes: number;
  /** Fee in fils (1 BHD = 1000 fils), or null when free. */
  readonly feeFils: number | null;
  readonly eligibility: LocalizedText;
  readonly requiredDocuments: readonly LocalizedText[];
  readonly bookingWindowDays: number;
  readonly allowsBookingForOthers: boolean;
}
