/**
 * The catalogue the mock serves: providers, services and centres, built once from a seed.
 * Lists are kept in the order the API returns them.
 */
import type { Centre, Governorate, Provider, Service } from '@gov-appointment/sdk/schemas';
import { generateCentres } from './centres.js';
import { PROVIDER_SEEDS } from './providers.js';
import { createRandom } from './random.js';
import { IDENTITY_AND_RESIDENCE_SERVICES } from './services/identity-and-residence.js';
import { JUSTICE_AND_SOCIAL_SERVICES } from './services/justice-and-social.js';
import { PROPERTY_AND_BUSINESS_SERVICES } from './services/property-and-business.js';
import { DEFAULT_CHANGE_CUTOFF_MINUTES, type ServiceSeed } from './services/service-seed.js';
import { TRAFFIC_AND_HEALTH_SERVICES } from './services/traffic-and-health.js';

/** Every bookable service, in seed-table order. */
export const SERVICE_SEEDS: readonly ServiceSeed[] = [
  ...IDENTITY_AND_RESIDENCE_SERVICES,
  ...TRAFFIC_AND_HEALTH_SERVICES,
  ...JUSTICE_AND_SOCIAL_SERVICES,
  ...PROPERTY_AND_BUSINESS_SERVICES,
];

export const GOVERNORATE_ORDER: readonly Governorate[] = [
  'capital',
  'muharraq',
  'northern',
  'southern',
];

export interface Catalogue {
  /** Sorted by English name. */
  readonly providers: readonly Provider[];
  /** Grouped by provider (in provider order), then sorted by English name. */
  readonly services: readonly Service[];
  /** Sorted by governorate, then English name. */
  readonly centres: readonly Centre[];
  readonly provider: (id: string) => Provider | undefined;
  readonly service: (id: string) => Service | undefined;
  readonly centre: (id: string) => Centre | undefined;
  /** Centres whose evening shift runs 20:00-23:00 in Ramadan instead of closing. */
  readonly ramadanEveningCentreIds: ReadonlySet<string>;
}

const byEnglishName = (a: { name: { en: string } }, b: { name: { en: string } }) =>
  a.name.en.localeCompare(b.name.en, 'en');

export function createCatalogue(seed: number): Catalogue {
  const random = createRandom(seed);
  const providers = PROVIDER_SEEDS.map((entry) => entry.provider).sort(byEnglishName);
  const categoryOf = new Map(PROVIDER_SEEDS.map((entry) => [entry.provider.id, entry.category]));
  const services = providers.flatMap((provider) =>
    SERVICE_SEEDS.filter((entry) => entry.providerId === provider.id)
      .map((entry): Service => {
        const category = categoryOf.get(entry.providerId);
        if (!category) throw new Error(`Service ${entry.id} names unknown provider`);
        return {
          id: entry.id,
          providerId: entry.providerId,
          category,
          name: entry.name,
          description: entry.description,
          durationMinutes: entry.durationMinutes,
          fee: entry.feeFils === null ? null : { amountMinor: entry.feeFils, currency: 'BHD' },
          eligibility: entry.eligibility,
          requiredDocuments: [...entry.requiredDocuments],
          bookingWindowDays: entry.bookingWindowDays,
          allowsBookingForOthers: entry.allowsBookingForOthers,
          changeCutoffMinutes: entry.changeCutoffMinutes ?? DEFAULT_CHANGE_CUTOFF_MINUTES,
        };
      })
      .sort(byEnglishName),
  );
  const seeded = generateCentres(random, PROVIDER_SEEDS, (providerId) =>
    services.filter((service) => service.providerId === providerId),
  );
  const centres = seeded
    .map((entry) => entry.centre)
    .sort(
      (a, b) =>
        GOVERNORATE_ORDER.indexOf(a.governorate) - GOVERNORATE_ORDER.indexOf(b.governorate) ||
        byEnglishName(a, b),
    );
  const providerById = new Map(providers.map((provider) => [provider.id, provider]));
  const serviceById = new Map(services.map((service) => [service.id, service]));
  const centreById = new Map(centres.map((centre) => [centre.id, centre]));
  return {
    providers,
    services,
    centres,
    provider: (id) => providerById.get(id),
    service: (id) => serviceById.get(id),
    centre: (id) => centreById.get(id),
    ramadanEveningCentreIds: new Set(
      seeded.filter((entry) => entry.ramadanEveningShift).map((entry) => entry.centre.id),
    ),
  };
}
