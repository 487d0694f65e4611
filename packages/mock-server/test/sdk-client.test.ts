/**
 * The SDK against the real mock, over MSW's Node interceptor: every operation of the client,
 * every response checked against the published OpenAPI document as well as the zod schemas,
 * and the failures a client meets mapped to their error classes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, afterEach, before, describe, it } from 'node:test';
import {
  type AppointmentsClient,
  BookingNotFoundError,
  createClient,
  HoldExpiredError,
  RateLimitError,
  ResponseValidationError,
  SlotFullError,
  TimeoutError,
  UnavailableError,
  ValidationError,
  VerificationFailedError,
  VersionConflictError,
} from '@gov-appointment/sdk';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  bookingRequest,
  findFreeSlot,
  type MockFixture,
  NATIONAL_ID,
  OTHER_NATIONAL_ID,
  startMock,
} from './support/mock-fixture.js';

const require = createRequire(import.meta.url);
const openapi = JSON.parse(
  readFileSync(require.resolve('@gov-appointment/sdk/openapi.json'), 'utf8'),
) as {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
      }
    >
  >;
  components: { schemas: Record<string, object> };
};

/** One JSON Schema validator per operation's success body, from the published document. */
function contractValidators() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const [id, schema] of Object.entries(openapi.components.schemas)) {
    ajv.addSchema(schema, `#/components/schemas/${id}`);
  }
  const byOperation = new Map<string, (body: unknown) => string | null>();
  for (const item of Object.values(openapi.paths)) {
    for (const operation of Object.values(item)) {
      const success = Object.entries(operation.responses).find(([status]) =>
        status.startsWith('2'),
      );
      const ref = success?.[1].content?.['application/json']?.schema.$ref;
      if (!ref) continue;
      const validate = ajv.getSchema(ref);
      assert.ok(validate, `${ref} compiles`);
      byOperation.set(operation.operationId, (body) =>
        validate(body) ? null : ajv.errorsText(validate.errors),
      );
    }
  }
  return byOperation;
}

describe('the SDK against the mock API', () => {
  let mock: MockFixture;
  let client: AppointmentsClient;
  const validators = contractValidators();
  const checked = new Set<string>();
  const contractErrors: string[] = [];

  before(() => {
    mock = startMock();
    client = createClient({
      baseUrl: mock.base,
      retry: { limit: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 1500 },
      hooks: {
        async afterResponse(response, { operationId }) {
          const validate = validators.get(operationId);
          if (!validate || !response.ok) return;
          checked.add(operationId);
          const problem = validate(await response.clone().json());
          if (problem) contractErrors.push(`${operationId}: ${problem}`);
        },
      },
    });
  });
  afterEach(() => {
    mock.reset();
    assert.deepEqual(contractErrors, [], 'responses match the OpenAPI document');
  });
  after(() => mock.close());

  it('sends identifiers and phone numbers typed in Arabic-Indic or Persian digits as Latin ones', async () => {
    const free = await findFreeSlot(mock.base);
    const hold = await client.createHold({ slotId: free.slot.id });
    const request = bookingRequest(hold.id);
    const booking = await client.createBooking({
      ...request,
      // 850101234 in Arabic-Indic digits; +97336123456 in Persian digits, with spaces.
      applicant: { ...request.applicant, nationalId: '٨٥٠١٠١٢٣٤', mobile: '+۹۷۳ ۳۶۱۲ ۳۴۵۶' },
    });
    assert.equal(booking.applicant.maskedNationalId, '*****1234');
    assert.equal(booking.applicant.maskedMobile, '+973****3456');
    const toArabicIndic = (text: string) =>
      text.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
    const typed = {
      // As a person might type it: lower case, Arabic-Indic digits.
      reference: toArabicIndic(booking.reference.toLowerCase()),
      nationalId: '٨٥٠١٠١٢٣٤',
    };
    assert.equal((await client.getBooking(typed)).reference, booking.reference);
    assert.match(await client.getBookingCalendar(typed), /BEGIN:VCALENDAR/);
    const cancelled = await client.cancelBooking({ ...typed, version: booking.version });
    assert.equal(cancelled.status, 'cancelled');
  });

  it('runs a whole journey through every operation, each answer matching the contract', async () => {
    const providers = await client.listProviders();
    assert.ok(providers.items.length >= 12);
    const provider = await client.getProvider(providers.items[0]?.id ?? '');
    assert.equal(provider.id, providers.items[0]?.id);

    const services = await client.listServices({ q: 'passport' });
    assert.ok(services.items.length > 0);
    const free = await findFreeSlot(mock.base);
    const service = await client.getService(free.serviceId);

    const near = await client.listCentres({
      service: service.id,
      near: { lat: 26.2235, lng: 50.5876 },
    });
    const distances = near.items.map((centre) => centre.distanceKm ?? Number.NaN);
    assert.deepEqual(
      distances,
      [...distances].sort((a, b) => a - b),
      'nearest first',
    );
    assert.ok(near.items.every((centre) => centre.nextAvailableDate !== undefined));
    const centre = await client.getCentre(free.centreId);

    const calendar = await client.getAvailability({
      centreId: centre.id,
      serviceId: service.id,
      from: free.date,
      to: free.date,
    });
    assert.equal(calendar.days[0]?.date, free.date);
    const { slots } = await client.getSlots({
      centreId: centre.id,
      serviceId: service.id,
      date: free.date,
    });
    const slot = slots.find((candidate) => candidate.id === free.slot.id);
    assert.ok(slot);

    const hold = await client.createHold({ slotId: slot.id });
    const extended = await client.extendHold(hold.id);
    assert.equal(extended.extensionsRemaining, hold.extensionsRemaining - 1);
    const booking = await client.createBooking(bookingRequest(hold.id));
    assert.match(booking.reference, /^GA-/);

    const lookup = { reference: booking.reference, nationalId: NATIONAL_ID };
    assert.equal((await client.getBooking(lookup)).version, booking.version);
    const ics = await client.getBookingCalendar(lookup);
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, new RegExp(`UID:.*${booking.reference}`));

    const later = slots.filter((candidate) => candidate.remaining > 0 && candidate.id !== slot.id);
    const newHold = await client.createHold({ slotId: later.at(-1)?.id ?? '' });
    const moved = await client.rescheduleBooking({
      ...lookup,
      version: booking.version,
      holdId: newHold.id,
    });
    assert.equal(moved.start, newHold.start);
    assert.equal(moved.version, booking.version + 1);

    const cancelled = await client.cancelBooking({
      ...lookup,
      version: moved.version,
      reason: 'no-longer-needed',
    });
    assert.equal(cancelled.status, 'cancelled');

    const spare = await client.createHold({ slotId: slot.id });
    await client.releaseHold(spare.id);

    const json = [...validators.keys()].sort();
    assert.deepEqual([...checked].sort(), json, 'every JSON operation was checked');
  });

  it('replays a booking sent twice with one key: one booking, one place taken', async () => {
    const free = await findFreeSlot(mock.base);
    const hold = await client.createHold({ slotId: free.slot.id });
    const key = crypto.randomUUID();
    const first = await client.createBooking(bookingRequest(hold.id), { idempotencyKey: key });
    const again = await client.createBooking(bookingRequest(hold.id), { idempotencyKey: key });
    assert.equal(again.reference, first.reference);
    const { slots } = await client.getSlots({
      centreId: free.centreId,
      serviceId: free.serviceId,
      date: free.date,
    });
    const after = slots.find((candidate) => candidate.id === free.slot.id);
    assert.equal(after?.remaining, free.slot.remaining - 1);
  });

  it('retries a rate-limited booking with the same key and books once', async () => {
    const free = await findFreeSlot(mock.base);
    const hold = await client.createHold({ slotId: free.slot.id });
    mock.api.scenarios.use('rate-limited', {
      operations: ['createBooking'],
      retryAfterSeconds: 1,
      times: 1,
    });
    const booking = await client.createBooking(bookingRequest(hold.id));
    assert.match(booking.reference, /^GA-/);
  });

  it('maps each failure of the API to its error class', async () => {
    const free = await findFreeSlot(mock.base);
    const hold = await client.createHold({ slotId: free.slot.id });
    const booking = await client.createBooking(bookingRequest(hold.id));
    const lookup = { reference: booking.reference, nationalId: NATIONAL_ID };

    await assert.rejects(
      client.getBooking({ ...lookup, nationalId: OTHER_NATIONAL_ID }),
      VerificationFailedError,
    );
    await assert.rejects(
      client.getBooking({ reference: 'GA-0000-0000', nationalId: NATIONAL_ID }),
      BookingNotFoundError,
    );
    await assert.rejects(
      client.cancelBooking({ ...lookup, version: booking.version + 5 }),
      VersionConflictError,
    );
    const invalid = await client
      .createBooking({
        ...bookingRequest(hold.id),
        applicant: { ...bookingRequest(hold.id).applicant, mobile: '+97312345678' },
      })
      .catch((error: unknown) => error);
    assert.ok(invalid instanceof ValidationError);
    assert.ok(invalid.fieldErrors.some((field) => field.pointer === '/applicant/mobile'));

    mock.api.scenarios.use('fully-booked');
    await assert.rejects(client.createHold({ slotId: free.slot.id }), SlotFullError);
  });

  it('reports an expired hold', async () => {
    const free = await findFreeSlot(mock.base);
    const hold = await client.createHold({ slotId: free.slot.id });
    mock.clock.advance((hold.expiresInSeconds + 1) * 1000);
    await assert.rejects(client.createBooking(bookingRequest(hold.id)), HoldExpiredError);
  });

  it('gives up on a server that keeps failing, with the wait it asked for', async () => {
    mock.api.scenarios.use('rate-limited', { retryAfterSeconds: 60 });
    const limited = await client.listProviders().catch((error: unknown) => error);
    assert.ok(limited instanceof RateLimitError);
    assert.equal(limited.retryAfterMs, 60_000);

    mock.api.scenarios.reset();
    mock.api.scenarios.use('unavailable', { retryAfterSeconds: 60 });
    await assert.rejects(client.listServices(), UnavailableError);
  });

  it('refuses a malformed answer and times out on a silent server', async () => {
    mock.api.scenarios.use('malformed', { operations: ['listCentres'] });
    await assert.rejects(client.listCentres(), ResponseValidationError);
    // The published schema rejects the same body: the two descriptions agree.
    assert.equal(contractErrors.length, 1);
    contractErrors.length = 0;

    mock.api.scenarios.reset();
    mock.api.scenarios.use('timeout', { operations: ['listProviders'] });
    const impatient = createClient({ baseUrl: mock.base, timeout: 100, retry: false });
    await assert.rejects(impatient.listProviders(), TimeoutError);
    const controller = new AbortController();
    const pending = client.listProviders(undefined, { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });
});
