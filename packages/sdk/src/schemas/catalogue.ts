/**
 * The catalogue: who provides services (ministries and authorities), what can be booked, and
 * where. Catalogue reads are public, cacheable and carry no personal data.
 */
import * as z from 'zod/mini';
import {
  Coordinates,
  Governorate,
  LocalDate,
  LocalizedText,
  Money,
  page,
  ResourceId,
  Shift,
} from './common.js';

export const Provider = z
  .object({
    id: ResourceId,
    name: LocalizedText,
    shortName: LocalizedText,
    website: z.nullable(z.url({ protocol: /^https$/ })),
  })
  .register(z.globalRegistry, {
    id: 'Provider',
    description: 'A ministry or authority that runs service centres.',
  });
export type Provider = z.infer<typeof Provider>;

export const ServiceCategory = z
  .enum([
    'identity',
    'passports-residence',
    'labour',
    'traffic',
    'health',
    'justice',
    'land',
    'utilities',
    'social',
    'housing',
    'municipal',
    'business',
    'civil-defence',
  ])
  .register(z.globalRegistry, { id: 'ServiceCategory', description: 'Broad kind of service.' });
export type ServiceCategory = z.infer<typeof ServiceCategory>;

export const Service = z
  .object({
    id: ResourceId,
    providerId: ResourceId,
    category: ServiceCategory,
    name: LocalizedText,
    description: LocalizedText,
    durationMinutes: z.int().check(z.positive()),
    fee: z.nullable(Money),
    eligibility: LocalizedText,
    requiredDocuments: z.array(LocalizedText),
    /** How far ahead a slot may be booked. */
    bookingWindowDays: z.int().check(z.positive()),
    /**
     * Bookings can be cancelled or moved online until this many minutes before they start
     * (each booking states the instant as `changeableUntil`). Shown before booking.
     */
    changeCutoffMinutes: z.int().check(z.nonnegative()),
    /** Whether a user may book on behalf of someone else (a child, a parent). */
    allowsBookingForOthers: z.boolean(),
  })
  .register(z.globalRegistry, {
    id: 'Service',
    description:
      'Something a person books a visit for. Fee, eligibility and documents are shown before any calendar.',
  });
export type Service = z.infer<typeof Service>;

export const Weekday = z
  .enum(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'])
  .register(z.globalRegistry, { id: 'Weekday' });
export type Weekday = z.infer<typeof Weekday>;

export const WeeklyHours = z
  .array(z.object({ day: Weekday, shifts: z.array(Shift) }))
  .register(z.globalRegistry, {
    id: 'WeeklyHours',
    description:
      'Regular opening hours, one entry per weekday (a closed day has no shifts). Ramadan hours and holidays are in the availability calendar.',
  });
export type WeeklyHours = z.infer<typeof WeeklyHours>;

export const Facility = z
  .enum([
    'step-free-access',
    'lift',
    'parking',
    'accessible-parking',
    'accessible-toilet',
    'hearing-loop',
    'sign-language-interpreter',
    'wheelchair-loan',
  ])
  .register(z.globalRegistry, {
    id: 'Facility',
    description: 'An accessibility or convenience facility at a centre.',
  });
export type Facility = z.infer<typeof Facility>;

export const Centre = z
  .object({
    id: ResourceId,
    providerId: ResourceId,
    name: LocalizedText,
    address: LocalizedText,
    town: LocalizedText,
    governorate: Governorate,
    coordinates: Coordinates,
    phone: z.string().check(z.regex(/^\+973\d{8}$/)),
    openingHours: WeeklyHours,
    facilities: z.array(Facility),
    serviceIds: z.array(ResourceId),
  })
  .register(z.globalRegistry, { id: 'Centre', description: 'A government service centre.' });
export type Centre = z.infer<typeof Centre>;

/**
 * A centre in a search result. `distanceKm` is set when the client passed `near`;
 * `nextAvailableDate` when it filtered by `service` (null when nothing is free in the window).
 */
export const CentreListItem = z
  .object({
    ...Centre.shape,
    distanceKm: z.nullable(z.number().check(z.nonnegative())),
    nextAvailableDate: z.nullable(LocalDate),
  })
  .register(z.globalRegistry, {
    id: 'CentreListItem',
    description:
      'A centre as listed by a search: `distanceKm` when `near` was given (and the list is then sorted by it), `nextAvailableDate` when `service` was given.',
  });
export type CentreListItem = z.infer<typeof CentreListItem>;

export const ProviderList = page(Provider).register(z.globalRegistry, { id: 'ProviderList' });
export type ProviderList = z.infer<typeof ProviderList>;
export const ServiceList = page(Service).register(z.globalRegistry, { id: 'ServiceList' });
export type ServiceList = z.infer<typeof ServiceList>;
export const CentreList = page(CentreListItem).register(z.globalRegistry, { id: 'CentreList' });
export type CentreList = z.infer<typeof CentreList>;
