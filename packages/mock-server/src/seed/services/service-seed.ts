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
  /**
   * Minutes before the start after which the booking can no longer be changed online; the
   * catalogue gives `DEFAULT_CHANGE_CUTOFF_MINUTES` when a service does not say.
   */
  readonly changeCutoffMinutes?: number;
}

/** Most services: until an hour before the visit. */
export const DEFAULT_CHANGE_CUTOFF_MINUTES = 60;
/** Services the centre prepares for (files pulled, officials or interpreters booked): a day. */
export const PREPARED_CHANGE_CUTOFF_MINUTES = 1440;
