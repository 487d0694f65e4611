import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type AvailabilityCalendar,
  type Booking,
  type Centre,
  CentreList,
  LANGUAGES,
  type LocalizedText,
  ProviderList,
  ServiceList,
} from '@gov-appointment/sdk/schemas';
import { bookingCalendar } from '../src/handlers/icalendar.js';
import { createMockApi, DEFAULT_SEED } from '../src/index.js';
import { askApi, createClock } from './support/mock-fixture.js';

async function catalogueOf(seed: number) {
  const api = createMockApi({ seed, now: createClock().now });
  const read = async (path: string) => (await askApi(api, path)).json();
  const providers = ProviderList.parse(await read('/providers?limit=200')).items;
  const services = ServiceList.parse(await read('/services?limit=200')).items;
  const centres = CentreList.parse(await read('/centres?limit=200')).items;
  return { api, providers, services, centres };
}

async function occupancy(seed: number, centreId: string, serviceId: string): Promise<string> {
  const api = createMockApi({ seed, now: createClock().now });
  const response = await askApi(
    api,
    `/centres/${centreId}/services/${serviceId}/availability?from=2026-11-23&to=2026-12-22`,
  );
  const calendar = (await response.json()) as AvailabilityCalendar;
  return calendar.days.map((day) => `${day.date}:${day.availableSlots}`).join(' ');
}

describe('the seeded catalogue', () => {
  it('is the same for the same seed', async () => {
    const first = await catalogueOf(42);
    const second = await catalogueOf(42);
    assert.deepEqual(second.providers, first.providers);
    assert.deepEqual(second.services, first.services);
    assert.deepEqual(second.centres, first.centres);
  });

  it('has different occupancy for a different seed', async () => {
    const one = await catalogueOf(1);
    const two = await catalogueOf(2);
    const shared = one.centres
      .flatMap((centre) => centre.serviceIds.map((serviceId) => ({ centre: centre.id, serviceId })))
      .filter(({ centre, serviceId }) =>
        two.centres.some((other) => other.id === centre && other.serviceIds.includes(serviceId)),
      );
    assert.ok(shared.length > 0, 'the two seeds share some centre and service');
    const pair = shared[0];
    assert.ok(pair);
    assert.notEqual(
      await occupancy(1, pair.centre, pair.serviceId),
      await occupancy(2, pair.centre, pair.serviceId),
    );
    assert.equal(
      await occupancy(1, pair.centre, pair.serviceId),
      await occupancy(1, pair.centre, pair.serviceId),
    );
  });

  it('describes the country realistically', async () => {
    const { providers, services, centres } = await catalogueOf(DEFAULT_SEED);
    assert.ok(providers.length >= 12, `${providers.length} providers`);
    assert.ok(services.length >= 55 && services.length <= 65, `${services.length} services`);
    assert.ok(centres.length >= 95 && centres.length <= 105, `${centres.length} centres`);
    assert.deepEqual([...new Set(centres.map((centre) => centre.governorate))].sort(), [
      'capital',
      'muharraq',
      'northern',
      'southern',
    ]);
    for (const centre of centres) {
      assert.ok(centre.coordinates.lat >= 25.8 && centre.coordinates.lat <= 26.33, centre.id);
      assert.ok(centre.coordinates.lng >= 50.38 && centre.coordinates.lng <= 50.66, centre.id);
      assert.match(centre.phone, /^\+9731\d{7}$/);
      assert.match(centre.name.ar, /\p{Script=Arabic}/u);
      assert.match(centre.address.ar, /\p{Script=Arabic}/u);
      const sunday = centre.openingHours.find((entry) => entry.day === 'sunday');
      const friday = centre.openingHours.find((entry) => entry.day === 'friday');
      assert.ok(sunday && sunday.shifts.length > 0, `${centre.id} opens on Sunday`);
      assert.deepEqual(friday?.shifts, [], `${centre.id} is closed on Friday`);
      const provided = new Set(
        services.filter((service) => service.providerId === centre.providerId).map((s) => s.id),
      );
      assert.ok(
        centre.serviceIds.every((id) => provided.has(id)),
        `${centre.id} offers only its provider's services`,
      );
    }
    assert.ok(
      centres.some((centre) => hasShift(centre, 'sunday', '16:00')),
      'evening shifts',
    );
    assert.ok(
      centres.some((centre) => (dayShifts(centre, 'saturday')?.length ?? 0) > 0),
      'some centres open on Saturday',
    );
    const offered = new Set(centres.flatMap((centre) => centre.serviceIds));
    assert.deepEqual(
      services.filter((service) => !offered.has(service.id)).map((service) => service.id),
      [],
      'every service is offered somewhere',
    );
  });

  it('offers identity services at national e-government centres', async () => {
    const { services, centres } = await catalogueOf(DEFAULT_SEED);
    const egov = centres.filter((centre) => centre.providerId === 'iga');
    assert.ok(egov.length >= 3);
    const categoryOf = new Map(services.map((service) => [service.id, service.category]));
    for (const centre of egov) {
      assert.ok(
        centre.serviceIds.some((id) => categoryOf.get(id) === 'identity'),
        centre.id,
      );
    }
    assert.ok(services.some((service) => service.id === 'ekey-activation'));
  });

  it('has services with fees in fils, documents, windows and booking for others', async () => {
    const { services } = await catalogueOf(DEFAULT_SEED);
    const withFee = services.filter((service) => service.fee !== null);
    assert.ok(withFee.length > 10 && withFee.length < services.length);
    for (const service of withFee) assert.equal(service.fee?.currency, 'BHD');
    for (const service of services) {
      assert.ok(service.bookingWindowDays >= 30 && service.bookingWindowDays <= 90, service.id);
      assert.ok(service.requiredDocuments.length > 0, service.id);
    }
    assert.ok(services.some((service) => service.allowsBookingForOthers));
    assert.ok(services.some((service) => !service.allowsBookingForOthers));
    assert.ok(new Set(services.map((service) => service.durationMinutes)).size >= 4);
  });

  it('writes every name and text in all six languages', async () => {
    const { providers, services, centres } = await catalogueOf(DEFAULT_SEED);
    const texts: LocalizedText[] = [
      ...providers.flatMap((provider) => [provider.name, provider.shortName]),
      ...services.flatMap((service) => [
        service.name,
        service.description,
        service.eligibility,
        ...service.requiredDocuments,
      ]),
      ...centres.flatMap((centre) => [centre.name, centre.address, centre.town]),
    ];
    const gaps = texts.flatMap((text) =>
      LANGUAGES.filter((language) => !text[language]?.trim()).map(
        (language) => `${language}: ${text.en}`,
      ),
    );
    assert.deepEqual(gaps, []);
  });

  it('falls back to English in a calendar file for a text the API left untranslated', () => {
    // The seed is translated throughout, so this booking carries texts of its own: the
    // service name lacks Urdu, the centre name has it.
    const untranslated: LocalizedText = { ar: 'خدمة تجريبية', en: 'Trial service' };
    const translated: LocalizedText = { ar: 'مركز تجريبي', en: 'Trial centre', ur: 'آزمائشی مرکز' };
    const booking: Booking = {
      reference: 'GA-ABCD-EFGH',
      status: 'confirmed',
      version: 1,
      service: {
        id: 'trial-service',
        name: untranslated,
        durationMinutes: 15,
        requiredDocuments: [untranslated],
      },
      centre: {
        id: 'trial-centre',
        name: translated,
        address: translated,
        phone: '+97317000000',
        coordinates: { lat: 26.2235, lng: 50.5876 },
      },
      start: '2026-11-24T08:00:00+03:00',
      end: '2026-11-24T08:15:00+03:00',
      changeableUntil: '2026-11-24T07:00:00+03:00',
      applicant: {
        name: 'Fatima Ali',
        maskedNationalId: '*****1234',
        maskedMobile: '+973*****456',
        bookingFor: null,
      },
      accessibilityNeeds: [],
      notificationLanguage: 'ur',
      checkInCode: 'CHECK-IN',
      createdAt: '2026-11-23T08:00:00+03:00',
      updatedAt: '2026-11-23T08:00:00+03:00',
    };
    const lines = bookingCalendar(booking, Date.parse('2026-11-23T05:00:00Z'))
      .replace(/\r\n /g, '')
      .split('\r\n');
    assert.ok(lines.includes('SUMMARY:Trial service'), 'the Urdu-less name falls back to English');
    assert.ok(
      lines.some((line) => line.startsWith('LOCATION:آزمائشی مرکز')),
      'the Urdu name is used',
    );
  });

  it('lists providers by English name and centres by governorate then English name', async () => {
    const { providers, centres } = await catalogueOf(DEFAULT_SEED);
    const providerNames = providers.map((provider) => provider.name.en);
    assert.deepEqual(
      providerNames,
      [...providerNames].sort((a, b) => a.localeCompare(b, 'en')),
    );
    const order = ['capital', 'muharraq', 'northern', 'southern'];
    for (let index = 1; index < centres.length; index++) {
      const previous = centres[index - 1] as Centre;
      const current = centres[index] as Centre;
      const byGovernorate =
        order.indexOf(previous.governorate) - order.indexOf(current.governorate);
      assert.ok(
        byGovernorate < 0 ||
          (byGovernorate === 0 && previous.name.en.localeCompare(current.name.en, 'en') <= 0),
        `${previous.id} before ${current.id}`,
      );
    }
  });
});

function dayShifts(centre: Centre, day: string) {
  return centre.openingHours.find((entry) => entry.day === day)?.shifts;
}

function hasShift(centre: Centre, day: string, opens: string): boolean {
  return dayShifts(centre, day)?.some((shift) => shift.opens === opens) ?? false;
}
