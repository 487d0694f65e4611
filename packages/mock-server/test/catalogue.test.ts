import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type AvailabilityCalendar,
  type CentreList,
  CentreList as CentreListSchema,
  type ProviderList,
  type ServiceList,
} from '@gov-appointment/sdk/schemas';
import { expectProblem, getJson, type MockFixture, startMock } from './support/mock-fixture.js';

let mock: MockFixture;
before(() => {
  mock = startMock();
});
after(() => mock.close());

async function serviceIds(query: string): Promise<string[]> {
  const { items } = await getJson<ServiceList>(
    `${mock.base}/services?q=${encodeURIComponent(query)}`,
  );
  return items.map((service) => service.id);
}

describe('catalogue caching', () => {
  it('sends a strong ETag with public caching and answers If-None-Match with 304', async () => {
    const paths = [
      '/providers',
      '/providers/npra',
      '/services',
      '/services/ekey-activation',
      `/centres/${await firstCentreId()}`,
    ];
    for (const url of paths.map((path) => `${mock.base}${path}`)) {
      const first = await fetch(url);
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('Cache-Control'), 'public, max-age=300', url);
      const entityTag = first.headers.get('ETag');
      assert.match(entityTag ?? '', /^"[0-9a-f]+"$/, url);
      const again = await fetch(url, { headers: { 'If-None-Match': entityTag ?? '' } });
      assert.equal(again.status, 304, url);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('ETag'), entityTag);
      const weak = await fetch(url, { headers: { 'If-None-Match': `"other", W/${entityTag}` } });
      assert.equal(weak.status, 304, 'If-None-Match compares weakly');
      const changed = await fetch(url, { headers: { 'If-None-Match': '"stale"' } });
      assert.equal(changed.status, 200);
    }
  });

  it('revalidates centre searches and availability instead of caching them', async () => {
    const search = await fetch(`${mock.base}/centres?service=gp-consultation`);
    assert.equal(search.headers.get('Cache-Control'), 'no-cache');
    assert.equal(search.headers.get('ETag'), null);
    const centreId = await firstCentreId('gp-consultation');
    const availability = await fetch(
      `${mock.base}/centres/${centreId}/services/gp-consultation/availability?from=2026-11-23&to=2026-11-30`,
    );
    assert.equal(availability.headers.get('Cache-Control'), 'no-cache');
  });
});

describe('text search', () => {
  it('ignores case in Latin script', async () => {
    assert.deepEqual(await serviceIds('EKEY'), ['ekey-activation']);
  });

  it('ignores Arabic diacritics and tatweel', async () => {
    assert.deepEqual(await serviceIds('تَفْعِيلُ الْمِفْتَاحِ'), ['ekey-activation']);
    assert.deepEqual(await serviceIds('تفعـــيل'), ['ekey-activation']);
  });

  it('unifies alef, yaa and taa marbuta forms', async () => {
    // "الالكترونى" is written without hamza, with alef maqsura for yaa, as people type it.
    assert.ok((await serviceIds('المفتاح الالكترونى')).includes('ekey-activation'));
    // "بطاقه" with haa for taa marbuta; "الهويه" likewise.
    assert.ok((await serviceIds('بطاقه الهويه')).includes('id-card-renewal'));
    assert.ok((await serviceIds('إصدار جواز')).includes('passport-issue'));
    assert.ok((await serviceIds('اصدار جواز')).includes('passport-issue'));
  });

  it('searches names in every language and all words must match', async () => {
    assert.ok((await serviceIds('تمدید گذرنامه')).includes('passport-renewal'));
    assert.ok((await serviceIds('renew passport')).includes('passport-renewal'));
    assert.deepEqual(await serviceIds('passport dental'), []);
  });

  it('finds centres by town in Arabic or English', async () => {
    const { items } = await getJson<CentreList>(
      `${mock.base}/centres?q=${encodeURIComponent('المحرق')}`,
    );
    assert.ok(items.length > 0);
    for (const centre of items) assert.equal(centre.town.en, 'Muharraq');
    const english = await getJson<CentreList>(`${mock.base}/centres?q=muharraq`);
    assert.deepEqual(
      english.items.map((centre) => centre.id),
      items.map((centre) => centre.id),
    );
  });
});

describe('centre search', () => {
  it('sorts by distance when near is given, with distanceKm rounded to 0.1', async () => {
    const list = CentreListSchema.parse(
      await getJson(`${mock.base}/centres?near=26.2235,50.5876&limit=200`),
    );
    const distances = list.items.map((centre) => centre.distanceKm);
    assert.equal(list.items.length, 100);
    for (const distance of distances) {
      assert.ok(distance !== null);
      assert.equal(Math.round(distance * 10) / 10, distance);
    }
    const numbers = distances as number[];
    assert.deepEqual(
      numbers,
      [...numbers].sort((a, b) => a - b),
    );
    assert.ok((numbers[0] ?? 99) < 1.5, 'a centre in Manama is close to central Manama');
    assert.ok((numbers.at(-1) ?? 0) > 15, 'Zallaq or Askar is far away');
  });

  it('gives nextAvailableDate from the store when filtering by service', async () => {
    const { items } = await getJson<CentreList>(`${mock.base}/centres?service=gp-consultation`);
    assert.ok(items.length > 0);
    for (const centre of items) {
      assert.ok(centre.serviceIds.includes('gp-consultation'));
      assert.equal(centre.distanceKm, null);
      assert.ok(centre.nextAvailableDate !== null);
      const calendar = await getJson<AvailabilityCalendar>(
        `${mock.base}/centres/${centre.id}/services/gp-consultation/availability?from=2026-11-23&to=${centre.nextAvailableDate}`,
      );
      const [firstFree, ...others] = calendar.days
        .filter((day) => day.availableSlots > 0)
        .reverse();
      assert.equal(firstFree?.date, centre.nextAvailableDate);
      assert.equal(others.length, 0, 'no earlier day has a place');
    }
    const plain = await getJson<CentreList>(`${mock.base}/centres`);
    assert.ok(plain.items.every((centre) => centre.nextAvailableDate === null));
  });

  it('filters by provider and governorate, and refuses unknown services', async () => {
    const { items } = await getJson<CentreList>(
      `${mock.base}/centres?provider=moh&governorate=muharraq`,
    );
    assert.ok(items.length > 0);
    for (const centre of items) {
      assert.equal(centre.providerId, 'moh');
      assert.equal(centre.governorate, 'muharraq');
    }
    await expectProblem(await fetch(`${mock.base}/centres?service=no-such-service`), 'not-found');
    await expectProblem(
      await fetch(`${mock.base}/centres?governorate=atlantis`),
      'validation-failed',
    );
    await expectProblem(await fetch(`${mock.base}/centres?near=95,50`), 'validation-failed');
  });
});

describe('pagination', () => {
  it('pages with opaque cursors, 50 by default, to the end', async () => {
    const first = await getJson<CentreList>(`${mock.base}/centres`);
    assert.equal(first.items.length, 50);
    assert.ok(first.nextCursor);
    const second = await getJson<CentreList>(`${mock.base}/centres?cursor=${first.nextCursor}`);
    assert.equal(second.items.length, 50);
    assert.equal(second.nextCursor, null);
    const all = await getJson<CentreList>(`${mock.base}/centres?limit=200`);
    assert.deepEqual(
      [...first.items, ...second.items].map((centre) => centre.id),
      all.items.map((centre) => centre.id),
    );
    const small = await getJson<ProviderList>(`${mock.base}/providers?limit=4`);
    assert.equal(small.items.length, 4);
  });

  it('refuses a cursor from another search', async () => {
    const first = await getJson<CentreList>(`${mock.base}/centres?limit=10`);
    const problem = await expectProblem(
      await fetch(`${mock.base}/centres?limit=10&governorate=southern&cursor=${first.nextCursor}`),
      'validation-failed',
    );
    assert.equal(problem.errors?.[0]?.pointer, '/query/cursor');
    await expectProblem(await fetch(`${mock.base}/centres?cursor=%%%`), 'validation-failed');
  });
});

describe('reading one resource', () => {
  it('answers not-found for unknown and malformed ids', async () => {
    await expectProblem(await fetch(`${mock.base}/providers/unknown`), 'not-found');
    await expectProblem(await fetch(`${mock.base}/services/Not_An_Id`), 'not-found');
    await expectProblem(await fetch(`${mock.base}/centres/x`), 'not-found');
  });
});

async function firstCentreId(serviceId?: string): Promise<string> {
  const { items } = await getJson<CentreList>(
    `${mock.base}/centres${serviceId ? `?service=${serviceId}` : ''}`,
  );
  const centre = items[0];
  assert.ok(centre);
  return centre.id;
}
