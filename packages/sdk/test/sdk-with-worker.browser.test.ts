/**
 * The SDK in a real browser against the mock API served by MSW's service worker: every request
 * goes over the page's `fetch` through the worker, as it does in the demo and in a ministry's
 * page under test. Runs in Chromium, Firefox and WebKit.
 */
import { type MockWorker, startMockWorker } from '@gov-appointment/mock-server/browser';
import {
  type AppointmentsClient,
  type CentreListItem,
  createClient,
  UnavailableError,
  VerificationFailedError,
} from '@gov-appointment/sdk';
import { expect } from '@open-wc/testing';

const BASE_URL = '/api/v1';
/** Monday 23 November 2026, 08:00 in Bahrain: a working day with the week ahead bookable. */
const NOW = new Date('2026-11-23T08:00:00+03:00');
/** Bab Al Bahrain, Manama. */
const MANAMA = { lat: 26.2361, lng: 50.5831 };

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}

describe('SDK through the mock service worker', () => {
  let mock: MockWorker;
  let client: AppointmentsClient;

  before(async () => {
    mock = await startMockWorker({ baseUrl: BASE_URL, quiet: true, now: () => NOW });
    client = createClient({ baseUrl: BASE_URL });
  });

  afterEach(() => {
    mock.api.scenarios.reset();
  });

  after(() => {
    mock.worker.stop();
  });

  it('lists the hundred or so centres across pages, each once, all in Bahrain', async () => {
    const centres = await collect(client.paginate('listCentres', { limit: 30 }));

    expect(centres.length).to.be.within(90, 110);
    expect(new Set(centres.map((centre) => centre.id)).size).to.equal(centres.length);
    for (const centre of centres) {
      expect(centre.coordinates.lat, centre.id).to.be.within(25.8, 26.33);
      expect(centre.coordinates.lng, centre.id).to.be.within(50.38, 50.66);
    }
  });

  it('finds the centres nearest a point first, with their distance', async () => {
    const { items } = await client.listCentres({ near: MANAMA, limit: 10 });

    expect(items).to.have.length(10);
    const distances = items.map((centre) => centre.distanceKm);
    expect(distances.every((distance) => typeof distance === 'number')).to.equal(true);
    expect(distances).to.deep.equal([...distances].sort((a, b) => Number(a) - Number(b)));
    expect(distances[0]).to.be.below(5);
  });

  it('books a free slot, then shows the booking only to its applicant', async () => {
    const [service] = (await client.listServices({ limit: 1 })).items;
    if (!service) throw new Error('The catalogue has no service.');
    const centres = await collect(client.paginate('listCentres', { service: service.id }));
    const centre = centres.find(
      (candidate): candidate is CentreListItem & { nextAvailableDate: string } =>
        candidate.nextAvailableDate !== null,
    );
    if (!centre) throw new Error(`No centre has a free day for ${service.id}.`);

    const query = { centreId: centre.id, serviceId: service.id, date: centre.nextAvailableDate };
    const day = await client.getSlots(query);
    const slot = day.slots.find((candidate) => candidate.remaining > 0);
    if (!slot) throw new Error(`${centre.id} has no free slot on ${centre.nextAvailableDate}.`);
    expect(slot.start.startsWith(`${centre.nextAvailableDate}T`)).to.equal(true);
    expect(slot.start.endsWith('+03:00')).to.equal(true);

    const hold = await client.createHold({ slotId: slot.id });
    expect(hold.slotId).to.equal(slot.id);
    expect(Date.parse(hold.expiresAt)).to.be.above(NOW.getTime());

    const booking = await client.createBooking({
      holdId: hold.id,
      applicant: { name: 'Fatima Ali', nationalId: '850101234', mobile: '+97336001234' },
      accessibilityNeeds: ['wheelchair-access'],
      notificationLanguage: 'ar',
    });
    expect(booking.reference).to.match(/^GA-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(booking.status).to.equal('confirmed');
    expect(booking.start).to.equal(slot.start);
    expect(booking.centre.id).to.equal(centre.id);
    expect(booking.applicant.maskedNationalId).not.to.contain('850101234');

    const readBack = await client.getBooking({
      reference: booking.reference,
      nationalId: '850101234',
    });
    expect(readBack).to.deep.equal(booking);

    const refusal = await client
      .getBooking({ reference: booking.reference, nationalId: '850101235' })
      .then(
        () => undefined,
        (reason: unknown) => reason,
      );
    expect(refusal).to.be.instanceOf(VerificationFailedError);

    const dayAfterBooking = await client.getSlots(query);
    const sameSlot = dayAfterBooking.slots.find((candidate) => candidate.id === slot.id);
    expect(sameSlot?.remaining).to.equal(slot.remaining - 1);
  });

  it('reports a service outage as UnavailableError with the time to wait', async () => {
    mock.api.scenarios.use('unavailable', { retryAfterSeconds: 120 });

    const error = await client.listProviders().then(
      () => undefined,
      (reason: unknown) => reason,
    );

    expect(error).to.be.instanceOf(UnavailableError);
    const unavailable = error as UnavailableError;
    expect(unavailable.status).to.equal(503);
    expect(unavailable.code).to.equal('unavailable');
    expect(unavailable.retryAfterMs).to.equal(120_000);
    expect(unavailable.requestId).to.be.a('string').and.not.equal('');
  });

  it('answers normally again once the outage is over', async () => {
    const { items } = await client.listProviders({ limit: 5 });

    expect(items).to.have.length(5);
  });
});
