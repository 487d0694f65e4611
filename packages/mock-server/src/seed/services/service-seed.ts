import type { LocalizedText } from '@gov-appointment/sdk/schemas';

/** Text in all six languages, as every seeded text is written. */
type FullText = Required<LocalizedText>;

/** A bookable service as written in the seed tables (the category comes from its provider). */
export interface ServiceSeed {
  readonly id: string;
  readonly providerId: string;
  readonly name: FullText;
  readonly description: FullText;
  readonly durationMinutes: number;
  /** Fee in fils (1 BHD = 1000 fils), or null when free. */
  readonly feeFils: number | null;
  readonly eligibility: FullText;
  readonly requiredDocuments: readonly FullText[];
  readonly bookingWindowDays: number;
  readonly allowsBookingForOthers: boolean;
}
