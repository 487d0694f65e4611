import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type {
  AvailabilityCalendar,
  CalendarDay,
  CentreList,
  DaySlots,
} from '@gov-appointment/sdk/schemas';
import { createMockApi } from '../src/index.js';
import {
  askApi,
  createClock,
  expectProblem,
  getJson,
  type MockFixture,
  startMock,
} from './support/mock-fixture.js';

let mock: MockFixture;
before(() => {
  mock = startMock();
});
after(() => mock.close());

/** A centre offering a service bookable 90 days ahead (reaches Ramadan 2027). */
const SERVICE = 'passport-issue';

async function firstCentre(serviceId = SERVICE): Promise<string> {
  const { items } = await getJson<CentreList>(`${mock.base}/centres?service=${serviceId}`);
  const centre = items[0];
  assert.ok(centre);
  return centre.id;
}

async function calendar(
  from: string,
  to: string,
  serviceId = SERVICE,
): Promise<Map<string, CalendarDay>> {
  const centreId = await firstCentre(serviceId);
  const body = await getJson<AvailabilityCalendar>(
    `${mock.base}/centres/${centreId}/services/${serviceId}/availability?from=${from}&to=${to}`,
  );
  return new Map(body.days.map((day) => [day.date, day]));
}

describe('the availability calendar', () => {
  it('lists every day of the range in order', async () => {
    const days = await calendar('2026-11-20', '2027-02-20');
    const dates = [...days.keys()];
    assert.equal(dates.length, 93);
    assert.equal(dates[0], '2026-11-20');
    assert.equal(dates.at(-1), '2027-02-20');
  });

  it('closes Fridays as weekend', async () => {
    const days = await calendar('2026-11-27', '2026-11-27');
    const friday = days.get('2026-11-27');
    assert.equal(friday?.open, false);
    assert.deepEqual(friday?.closure, { reason: 'weekend', name: null });
    assert.equal(friday?.totalSlots, 0);
  });

  it('names public holidays: National Day on 16 December 2026', async () => {
    const days = await calendar('2026-12-16', '2026-12-17');
    for (const date of ['2026-12-16', '2026-12-17']) {
      const day = days.get(date);
      assert.equal(day?.open, false);
      assert.equal(day?.closure?.reason, 'public-holiday');
      assert.equal(day?.closure?.name?.en, 'National Day');
      assert.equal(day?.closure?.name?.ar, 'العيد الوطني');
    }
  });

  it('shortens hours in Ramadan to 09:00-14:00', async () => {
    const days = await calendar('2027-02-08', '2027-02-10');
    const wednesday = days.get('2027-02-10');
    assert.equal(wednesday?.ramadan, true);
    assert.equal(wednesday?.open, true);
    assert.deepEqual(wednesday?.hours[0], { opens: '09:00', closes: '14:00' });
    const centreId = await firstCentre();
    const { slots } = await getJson<DaySlots>(
      `${mock.base}/centres/${centreId}/services/${SERVICE}/slots?date=2027-02-10`,
    );
    assert.equal(slots[0]?.start, '2027-02-10T09:00:00+03:00');
    const before = await calendar('2027-02-04', '2027-02-04');
    assert.equal(before.get('2027-02-04')?.ramadan, false);
  });

  it('marks days before today as past', async () => {
    const days = await calendar('2026-11-20', '2026-11-23');
    assert.equal(days.get('2026-11-22')?.closure?.reason, 'past');
    assert.equal(days.get('2026-11-20')?.closure?.reason, 'past');
    assert.equal(days.get('2026-11-23')?.open, true, 'today at 08:00 still has slots');
  });

  it('marks days beyond the booking window', async () => {
    const days = await calendar('2027-01-05', '2027-01-05', 'gp-consultation');
    assert.deepEqual(days.get('2027-01-05')?.closure, {
      reason: 'outside-booking-window',
      name: null,
    });
  });

  it('counts slots with places left, never more than the total', async () => {
    const days = await calendar('2026-11-23', '2027-02-20');
    const open = [...days.values()].filter((day) => day.open);
    assert.ok(open.length > 40);
    for (const day of open) assert.ok(day.availableSlots <= day.totalSlots && day.totalSlots > 0);
    assert.ok(
      open.some((day) => day.availableSlots < day.totalSlots),
      'some places are taken',
    );
  });

  it('reads Eid al-Fitr 2027 from the holiday table', async () => {
    const api = createMockApi({ now: createClock('2027-02-20T10:00:00+03:00').now });
    const centre = api.store.catalogue.centres.find((entry) => entry.serviceIds.includes(SERVICE));
    assert.ok(centre);
    const response = await askApi(
      api,
      `/centres/${centre.id}/services/${SERVICE}/availability?from=2027-03-10&to=2027-03-12`,
    );
    const body = (await response.json()) as AvailabilityCalendar;
    assert.deepEqual(
      body.days.map((day) => day.closure?.name?.en),
      ['Eid al-Fitr', 'Eid al-Fitr', 'Eid al-Fitr'],
    );
  });

  it('gives the same answer whatever the machine time zone', async () => {
    const url = `${mock.base}/centres/${await firstCentre()}/services/${SERVICE}/slots?date=2026-12-01`;
    const inBahrain = await getJson<DaySlots>(url);
    const original = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = zone;
        assert.deepEqual(await getJson<DaySlots>(url), inBahrain, zone);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('refuses ranges longer than 93 days, reversed ranges and impossible dates', async () => {
    const path = `${mock.base}/centres/${await firstCentre()}/services/${SERVICE}/availability`;
    const tooLong = await expectProblem(
      await fetch(`${path}?from=2026-11-20&to=2027-02-21`),
      'validation-failed',
    );
    assert.equal(tooLong.errors?.[0]?.pointer, '/query/to');
    await expectProblem(await fetch(`${path}?from=2026-12-10&to=2026-12-01`), 'validation-failed');
    const impossible = await expectProblem(
      await fetch(`${path}?from=2026-02-30&to=2026-03-02`),
      'validation-failed',
    );
    assert.equal(impossible.errors?.[0]?.pointer, '/query/from');
    await expectProblem(await fetch(`${path}?from=2026-12-01`), 'validation-failed');
  });

  it('answers not-found for a centre that does not offer the service', async () => {
    const centreId = await firstCentre();
    const response = await fetch(
      `${mock.base}/centres/${centreId}/services/gp-consultation/slots?date=2026-12-01`,
    );
    await expectProblem(response, 'not-found');
  });

  it('reads today as past once its last slot has started', async () => {
    const api = createMockApi({ now: createClock('2026-11-23T21:30:00+03:00').now });
    const centre = api.store.catalogue.centres.find((entry) => entry.serviceIds.includes(SERVICE));
    assert.ok(centre);
    const response = await askApi(
      api,
      `/centres/${centre.id}/services/${SERVICE}/availability?from=2026-11-23&to=2026-11-24`,
    );
    const body = (await response.json()) as AvailabilityCalendar;
    assert.equal(body.days[0]?.closure?.reason, 'past');
    assert.equal(body.days[1]?.open, true);
  });
});
