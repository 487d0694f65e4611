/**
 * Service centres: each provider's centres spread over the towns, with addresses, phones,
 * weekly hours, facilities and the services they offer, all drawn from the seeded stream.
 */
import type {
  Centre,
  Coordinates,
  Facility,
  Service,
  Shift,
  WeeklyHours,
} from '@gov-appointment/sdk/schemas';
import type { ProviderSeed } from './providers.js';
import type { Random } from './random.js';
import { TOWNS, type Town } from './towns.js';

/** A centre with the facts that shape its calendar but are not part of the public record. */
export interface SeededCentre {
  readonly centre: Centre;
  /** Whether its evening shift moves to 20:00-23:00 in Ramadan (otherwise it closes). */
  readonly ramadanEveningShift: boolean;
}

const BOUNDS = { minLat: 25.8, maxLat: 26.33, minLng: 50.38, maxLng: 50.66 };

const MORNING_SHIFTS: readonly Shift[] = [
  { opens: '07:00', closes: '14:00' },
  { opens: '07:00', closes: '14:00' },
  { opens: '07:00', closes: '14:00' },
  { opens: '07:30', closes: '14:30' },
  { opens: '08:00', closes: '15:00' },
];
const EVENING_SHIFT: Shift = { opens: '16:00', closes: '20:00' };
const SATURDAY_SHIFT: Shift = { opens: '08:00', closes: '12:00' };
const WORKING_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'] as const;

/** How common each facility is; listed in the contract's order. */
const FACILITY_CHANCE: readonly (readonly [Facility, number])[] = [
  ['step-free-access', 0.85],
  ['lift', 0.5],
  ['parking', 0.9],
  ['accessible-parking', 0.7],
  ['accessible-toilet', 0.6],
  ['hearing-loop', 0.2],
  ['sign-language-interpreter', 0.15],
  ['wheelchair-loan', 0.3],
];

/** Municipal offices serve their governorate, so they are spread over all four. */
const SPREAD_OVER_GOVERNORATES = new Set(['municipalities']);

export function generateCentres(
  random: Random,
  providers: readonly ProviderSeed[],
  servicesOf: (providerId: string) => readonly Service[],
): SeededCentre[] {
  const centres: SeededCentre[] = [];
  for (const providerSeed of providers) {
    const towns = SPREAD_OVER_GOVERNORATES.has(providerSeed.provider.id)
      ? spreadOverGovernorates(random, providerSeed.centreCount)
      : random.sample(TOWNS, providerSeed.centreCount);
    const services = servicesOf(providerSeed.provider.id);
    towns.forEach((town, index) => {
      centres.push(generateCentre(random, providerSeed, town, services, index === 0));
    });
  }
  return centres;
}

function spreadOverGovernorates(random: Random, count: number): Town[] {
  const governorates = ['capital', 'muharraq', 'northern', 'southern'] as const;
  const perGovernorate = Math.ceil(count / governorates.length);
  return governorates
    .flatMap((governorate) =>
      random.sample(
        TOWNS.filter((town) => town.governorate === governorate),
        perGovernorate,
      ),
    )
    .slice(0, count);
}

function generateCentre(
  random: Random,
  providerSeed: ProviderSeed,
  town: Town,
  services: readonly Service[],
  offersEverything: boolean,
): SeededCentre {
  const building = random.int(1, 2999);
  const road = random.int(1, 4999);
  const block = random.int(100, 999);
  const hasEveningShift = random.chance(providerSeed.eveningShiftChance);
  const offered = offersEverything ? services : services.filter(() => random.chance(0.7));
  const serviceIds = (offered.length > 0 ? offered : services.slice(0, 1)).map(
    (service) => service.id,
  );
  const centre: Centre = {
    id: `${providerSeed.centrePrefix}-${town.slug}`,
    providerId: providerSeed.provider.id,
    name: providerSeed.centreName(town),
    address: {
      ar: `مبنى ${building}، طريق ${road}، مجمع ${block}، ${town.name.ar}`,
      en: `Building ${building}, Road ${road}, Block ${block}, ${town.name.en}`,
      ur: `عمارت ${building}، روڈ ${road}، بلاک ${block}، ${town.name.ur}`,
      hi: `भवन ${building}, सड़क ${road}, ब्लॉक ${block}, ${town.name.hi}`,
      bn: `ভবন ${building}, রোড ${road}, ব্লক ${block}, ${town.name.bn}`,
      fa: `ساختمان ${building}، خیابان ${road}، بلوک ${block}، ${town.name.fa}`,
    },
    town: town.name,
    governorate: town.governorate,
    coordinates: jitter(random, town.coordinates),
    phone: `+97317${String(random.int(0, 999999)).padStart(6, '0')}`,
    openingHours: weeklyHours(random, hasEveningShift),
    facilities: FACILITY_CHANCE.filter(([, chance]) => random.chance(chance)).map(
      ([facility]) => facility,
    ),
    serviceIds,
  };
  return { centre, ramadanEveningShift: hasEveningShift && random.chance(0.5) };
}

function weeklyHours(random: Random, hasEveningShift: boolean): WeeklyHours {
  const morning = random.pick(MORNING_SHIFTS);
  const workingDay = hasEveningShift ? [morning, EVENING_SHIFT] : [morning];
  const opensSaturday = random.chance(0.1);
  return [
    ...WORKING_DAYS.map((day) => ({ day, shifts: workingDay })),
    { day: 'friday', shifts: [] },
    { day: 'saturday', shifts: opensSaturday ? [SATURDAY_SHIFT] : [] },
  ];
}

/** Spread centres of one town a few hundred metres apart, staying inside the country. */
function jitter(random: Random, origin: Coordinates): Coordinates {
  const lat = origin.lat + (random.next() - 0.5) * 0.012;
  const lng = origin.lng + (random.next() - 0.5) * 0.012;
  return {
    lat: round4(Math.min(BOUNDS.maxLat, Math.max(BOUNDS.minLat, lat))),
    lng: round4(Math.min(BOUNDS.maxLng, Math.max(BOUNDS.minLng, lng))),
  };
}

function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}
