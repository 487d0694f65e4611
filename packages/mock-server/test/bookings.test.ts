import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { Booking } from '@gov-appointment/sdk/schemas';
import {
  bookingRequest,
  expectProblem,
  type FoundSlot,
  findFreeSlot,
  hold,
  type MockFixture,
  NATIONAL_ID,
  newKey,
  OTHER_NATIONAL_ID,
  postJson,
  readSlot,
  startMock,
} from './support/mock-fixture.js';

let mock: MockFixture;
before(() => {
  mock = startMock();
});
afterEach(() => mock.reset());
after(() => mock.close());

const verified = { 'Applicant-National-Id': NATIONAL_ID };

async function book(found: FoundSlot): Promise<Booking> {
  const held = await hold(mock.base, found.slot.id);
  const response = await postJson(`${mock.base}/bookings`, bookingRequest(held.id), {
    'Idempotency-Key': newKey(),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return Booking.parse(await response.json());
}

function cancel(reference: string, headers: Record<string, string>): Promise<Response> {
  return postJson(
    `${mock.base}/bookings/${reference}/cancel`,
    { reason: 'cannot-attend' },
    { 'Idempotency-Key': newKey(), ...headers },
  );
}

function reschedule(reference: string, holdId: string, headers: Record<string, string>) {
  return postJson(
    `${mock.base}/bookings/${reference}/reschedule`,
    { holdId },
    {
      'Idempotency-Key': newKey(),
      ...headers,
    },
  );
}

describe('booking', () => {
  it('replayed ten times with one key makes one booking', async () => {
    const found = await findFreeSlot(mock.base);
    const held = await hold(mock.base, found.slot.id);
    const key = newKey();
    const body = bookingRequest(held.id);
    const references: string[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await postJson(`${mock.base}/bookings`, body, { 'Idempotency-Key': key });
      assert.equal(response.status, 201);
      references.push(Booking.parse(await response.json()).reference);
    }
    assert.equal(new Set(references).size, 1);
    assert.match(references[0] ?? '', /^GA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal((await readSlot(mock.base, found)).remaining, found.slot.remaining - 1);
  });

  it('refuses the same key with a different body', async () => {
    const found = await findFreeSlot(mock.base);
    const held = await hold(mock.base, found.slot.id);
    const key = newKey();
    const first = await postJson(`${mock.base}/bookings`, bookingRequest(held.id), {
      'Idempotency-Key': key,
    });
    assert.equal(first.status, 201);
    const changed = bookingRequest(held.id, { notificationLanguage: 'ar' });
    await expectProblem(
      await postJson(`${mock.base}/bookings`, changed, { 'Idempotency-Key': key }),
      'idempotency-key-reused',
    );
  });

  it('refuses a retry while the first request with the key is still in flight', async () => {
    const found = await findFreeSlot(mock.base);
    const held = await hold(mock.base, found.slot.id);
    mock.api.scenarios.use('slow', { latencyMs: 100, operations: ['createBooking'] });
    const key = newKey();
    const send = () =>
      postJson(`${mock.base}/bookings`, bookingRequest(held.id), { 'Idempotency-Key': key });
    const [first, second] = await Promise.all([send(), send()]);
    assert.equal(first?.status, 201);
    assert.ok(second);
    await expectProblem(second, 'idempotency-key-in-use');
    const later = await send();
    assert.equal(later.status, 201);
    assert.equal(
      Booking.parse(await later.json()).reference,
      Booking.parse(await first?.json()).reference,
    );
  });

  it('needs an Idempotency-Key', async () => {
    const found = await findFreeSlot(mock.base);
    const held = await hold(mock.base, found.slot.id);
    await expectProblem(
      await postJson(`${mock.base}/bookings`, bookingRequest(held.id)),
      'idempotency-key-missing',
    );
  });

  it('answers with the booking, its ETag, Location and no-store', async () => {
    const found = await findFreeSlot(mock.base);
    const held = await hold(mock.base, found.slot.id);
    const response = await postJson(`${mock.base}/bookings`, bookingRequest(held.id), {
      'Idempotency-Key': newKey(),
    });
    const booking = Booking.parse(await response.json());
    assert.equal(response.headers.get('ETag'), '"1"');
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    assert.equal(response.headers.get('Location'), `${mock.base}/bookings/${booking.reference}`);
    assert.equal(booking.status, 'confirmed');
    assert.equal(booking.version, 1);
    assert.equal(booking.start, found.slot.start);
    assert.equal(booking.centre.id, found.centreId);
    assert.equal(booking.service.id, found.serviceId);
    assert.equal(booking.applicant.maskedNationalId, '*****1234');
    assert.equal(booking.applicant.maskedMobile, '+973****3456');
    assert.ok(
      !JSON.stringify(booking).includes(NATIONAL_ID),
      'the full national ID is never returned',
    );
  });

  it('refuses to book for someone else when the service does not allow it', async () => {
    const found = await findFreeSlot(mock.base, 'ekey-activation');
    const held = await hold(mock.base, found.slot.id);
    const body = bookingRequest(held.id);
    const forChild = {
      ...body,
      applicant: { ...body.applicant, bookingFor: { relationship: 'child' as const } },
    };
    const problem = await expectProblem(
      await postJson(`${mock.base}/bookings`, forChild, { 'Idempotency-Key': newKey() }),
      'validation-failed',
    );
    assert.equal(problem.errors?.[0]?.pointer, '/applicant/bookingFor');
  });
});

describe('finding a booking', () => {
  it('needs the applicant national ID in the header', async () => {
    const booking = await book(await findFreeSlot(mock.base));
    const url = `${mock.base}/bookings/${booking.reference}`;
    const found = await fetch(url, { headers: verified });
    assert.equal(found.status, 200);
    assert.equal(found.headers.get('Cache-Control'), 'no-store');
    assert.equal(found.headers.get('ETag'), '"1"');
    assert.deepEqual(Booking.parse(await found.json()), booking);
    await expectProblem(
      await fetch(url, { headers: { 'Applicant-National-Id': OTHER_NATIONAL_ID } }),
      'verification-failed',
    );
  });

  it('refuses a missing or malformed national ID as an invalid request, not a wrong ID', async () => {
    const booking = await book(await findFreeSlot(mock.base));
    const url = `${mock.base}/bookings/${booking.reference}`;
    const missing = await expectProblem(await fetch(url), 'validation-failed');
    assert.deepEqual(
      missing.errors?.map(({ pointer, code }) => ({ pointer, code })),
      [{ pointer: '/headers/applicant-national-id', code: 'required' }],
    );
    for (const malformed of ['88010123', '8801012345', 'ID880101234']) {
      const problem = await expectProblem(
        await fetch(url, { headers: { 'Applicant-National-Id': malformed } }),
        'validation-failed',
      );
      assert.deepEqual(
        problem.errors?.map(({ pointer, code }) => ({ pointer, code })),
        [{ pointer: '/headers/applicant-national-id', code: 'format' }],
      );
    }
  });

  it('answers booking-not-found for an unknown reference and 422 for a malformed one', async () => {
    await expectProblem(
      await fetch(`${mock.base}/bookings/GA-0000-0000`, { headers: verified }),
      'booking-not-found',
    );
    const malformed = await expectProblem(
      await fetch(`${mock.base}/bookings/not-a-reference`, { headers: verified }),
      'validation-failed',
    );
    assert.equal(malformed.errors?.[0]?.pointer, '/path/reference');
  });
});

describe('cancelling', () => {
  it('frees the place and bumps the version', async () => {
    const found = await findFreeSlot(mock.base);
    const booking = await book(found);
    assert.equal((await readSlot(mock.base, found)).remaining, found.slot.remaining - 1);
    const response = await cancel(booking.reference, { ...verified, 'If-Match': '"1"' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('ETag'), '"2"');
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    const cancelled = Booking.parse(await response.json());
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.version, 2);
    assert.equal((await readSlot(mock.base, found)).remaining, found.slot.remaining);
    await expectProblem(
      await cancel(booking.reference, { ...verified, 'If-Match': '"2"' }),
      'booking-not-modifiable',
    );
  });

  it('takes no body, an empty body or a reason', async () => {
    for (const body of [undefined, '', '{}', '{"reason":"booked-elsewhere"}']) {
      const booking = await book(await findFreeSlot(mock.base));
      const response = await fetch(`${mock.base}/bookings/${booking.reference}/cancel`, {
        method: 'POST',
        headers: {
          ...verified,
          'If-Match': '"1"',
          'Idempotency-Key': newKey(),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body,
      });
      assert.equal(
        response.status,
        200,
        `${JSON.stringify(body)}: ${await response.clone().text()}`,
      );
      assert.equal(Booking.parse(await response.json()).status, 'cancelled');
    }
  });

  it('needs If-Match (428) with the current version (412), and verification', async () => {
    const found = await findFreeSlot(mock.base);
    const booking = await book(found);
    await expectProblem(await cancel(booking.reference, verified), 'precondition-required');
    const stale = await cancel(booking.reference, { ...verified, 'If-Match': '"7"' });
    await expectProblem(stale, 'version-conflict');
    assert.equal(stale.headers.get('ETag'), '"1"');
    await expectProblem(
      await cancel(booking.reference, {
        'Applicant-National-Id': OTHER_NATIONAL_ID,
        'If-Match': '"1"',
      }),
      'verification-failed',
    );
    const unchanged = await fetch(`${mock.base}/bookings/${booking.reference}`, {
      headers: verified,
    });
    assert.deepEqual(Booking.parse(await unchanged.json()), booking);
    assert.equal((await readSlot(mock.base, found)).remaining, found.slot.remaining - 1);
  });

  it('is possible until changeableUntil, the service’s cutoff before the start, and not from then on', async () => {
    for (const serviceId of [undefined, 'marriage-contract']) {
      const found = await findFreeSlot(mock.base, serviceId);
      const service = (await (await fetch(`${mock.base}/services/${found.serviceId}`)).json()) as {
        changeCutoffMinutes: number;
      };
      assert.equal(service.changeCutoffMinutes, serviceId ? 1440 : 60);
      const first = await book(found);
      const second = await book(await findFreeSlot(mock.base, found.serviceId));
      for (const booking of [first, second]) {
        assert.equal(
          Date.parse(booking.changeableUntil),
          Date.parse(booking.start) - service.changeCutoffMinutes * 60_000,
        );
      }
      const other = await hold(mock.base, (await findFreeSlot(mock.base, found.serviceId)).slot.id);
      const until = Math.min(Date.parse(first.changeableUntil), Date.parse(second.changeableUntil));
      const [earlier, later] =
        until === Date.parse(first.changeableUntil) ? [first, second] : [second, first];
      // A millisecond before: the later booking (at least as late) can still be cancelled.
      mock.clock.advance(until - mock.clock.now().getTime() - 1);
      const cancelled = await cancel(later.reference, { ...verified, 'If-Match': '"1"' });
      assert.equal(cancelled.status, 200, await cancelled.clone().text());
      // From changeableUntil on: neither cancelled nor moved.
      mock.clock.advance(1);
      const refused = await expectProblem(
        await cancel(earlier.reference, { ...verified, 'If-Match': '"1"' }),
        'booking-not-modifiable',
      );
      assert.match(refused.detail ?? '', /Contact the centre/);
      await expectProblem(
        await reschedule(earlier.reference, other.id, { ...verified, 'If-Match': '"1"' }),
        'booking-not-modifiable',
      );
      mock.reset();
    }
  });

  it('cannot change an appointment that has started', async () => {
    const found = await findFreeSlot(mock.base);
    const booking = await book(found);
    mock.clock.advance(Date.parse(booking.start) - mock.clock.now().getTime());
    await expectProblem(
      await cancel(booking.reference, { ...verified, 'If-Match': '"1"' }),
      'booking-not-modifiable',
    );
  });
});

describe('rescheduling', () => {
  it('moves the booking atomically: old place freed, new one taken, version + 1', async () => {
    const from = await findFreeSlot(mock.base);
    const booking = await book(from);
    const to = await findFreeSlot(mock.base, booking.service.id);
    const held = await hold(mock.base, to.slot.id);
    const response = await reschedule(booking.reference, held.id, {
      ...verified,
      'If-Match': '"1"',
    });
    assert.equal(response.status, 200, await response.clone().text());
    const moved = Booking.parse(await response.json());
    assert.equal(moved.version, 2);
    assert.equal(moved.reference, booking.reference);
    assert.equal(moved.start, to.slot.start);
    assert.equal(moved.centre.id, to.centreId);
    assert.equal(response.headers.get('ETag'), '"2"');
    assert.equal((await readSlot(mock.base, from)).remaining, from.slot.remaining);
    assert.equal((await readSlot(mock.base, to)).remaining, to.slot.remaining - 1);
    await expectProblem(
      await postJson(`${mock.base}/bookings`, bookingRequest(held.id), {
        'Idempotency-Key': newKey(),
      }),
      'hold-not-found',
    );
  });

  it('changes nothing when If-Match is stale', async () => {
    const from = await findFreeSlot(mock.base);
    const booking = await book(from);
    const to = await findFreeSlot(mock.base, booking.service.id);
    const held = await hold(mock.base, to.slot.id);
    await expectProblem(
      await reschedule(booking.reference, held.id, { ...verified, 'If-Match': '"0"' }),
      'version-conflict',
    );
    await expectProblem(
      await reschedule(booking.reference, held.id, verified),
      'precondition-required',
    );
    const unchanged = await fetch(`${mock.base}/bookings/${booking.reference}`, {
      headers: verified,
    });
    assert.deepEqual(Booking.parse(await unchanged.json()), booking);
    assert.equal((await readSlot(mock.base, from)).remaining, from.slot.remaining - 1);
    assert.equal((await readSlot(mock.base, to)).remaining, to.slot.remaining - 1, 'still held');
    const retried = await reschedule(booking.reference, held.id, {
      ...verified,
      'If-Match': '"1"',
    });
    assert.equal(retried.status, 200);
  });

  it('changes nothing when the hold has expired or is for another service', async () => {
    const from = await findFreeSlot(mock.base);
    const booking = await book(from);
    const otherService = await findFreeSlot(
      mock.base,
      booking.service.id === 'gp-consultation' ? 'dental-check' : 'gp-consultation',
    );
    const wrong = await hold(mock.base, otherService.slot.id);
    const problem = await expectProblem(
      await reschedule(booking.reference, wrong.id, { ...verified, 'If-Match': '"1"' }),
      'validation-failed',
    );
    assert.equal(problem.errors?.[0]?.pointer, '/holdId');
    const to = await findFreeSlot(mock.base, booking.service.id);
    const held = await hold(mock.base, to.slot.id);
    mock.clock.advance(11 * 60_000);
    await expectProblem(
      await reschedule(booking.reference, held.id, { ...verified, 'If-Match': '"1"' }),
      'hold-expired',
    );
    const unchanged = await fetch(`${mock.base}/bookings/${booking.reference}`, {
      headers: verified,
    });
    assert.equal(Booking.parse(await unchanged.json()).version, 1);
    assert.equal((await readSlot(mock.base, from)).remaining, from.slot.remaining - 1);
  });
});

describe('the calendar file', () => {
  it('is a valid iCalendar attachment', async () => {
    const booking = await book(await findFreeSlot(mock.base));
    const response = await fetch(`${mock.base}/bookings/${booking.reference}/calendar`, {
      headers: verified,
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'text/calendar; charset=utf-8');
    assert.equal(
      response.headers.get('Content-Disposition'),
      `attachment; filename="${booking.reference}.ics"`,
    );
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    const text = await response.text();
    assert.ok(text.endsWith('\r\n'));
    const physical = text.slice(0, -2).split('\r\n');
    assert.ok(!physical.some((line) => line.includes('\n')), 'every line ends with CRLF');
    for (const line of physical) {
      assert.ok(new TextEncoder().encode(line).length <= 75, `folded: ${line}`);
    }
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    const event = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT'));
    const value = (name: string) =>
      event.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.ok(lines.includes('END:VCALENDAR'));
    assert.ok(lines.includes('VERSION:2.0'));
    assert.ok(lines.some((line) => line.startsWith('PRODID:')));
    assert.equal(value('UID'), `UID:${booking.reference}@appointments.gov.bh`);
    assert.equal(value('DTSTAMP'), 'DTSTAMP:20261123T050000Z');
    const local = booking.start.slice(0, 19).replace(/[-:]/g, '');
    assert.equal(value('DTSTART'), `DTSTART;TZID=Asia/Bahrain:${local}`);
    assert.match(value('DTEND') ?? '', /^DTEND;TZID=Asia\/Bahrain:\d{8}T\d{6}$/);
    assert.ok(lines.includes('TZID:Asia/Bahrain'), 'the time zone is defined');
    assert.equal(value('SUMMARY'), `SUMMARY:${booking.service.name.en.replaceAll(',', '\\,')}`);
    const location = value('LOCATION') ?? '';
    assert.ok(location.includes('\\,'), 'commas in the location are escaped');
    assert.ok(location.includes(booking.centre.name.en.replaceAll(',', '\\,')));
    assert.equal(value('STATUS'), 'STATUS:CONFIRMED');
    assert.ok((value('DESCRIPTION') ?? '').includes(booking.reference));
  });

  it('needs verification too', async () => {
    const booking = await book(await findFreeSlot(mock.base));
    await expectProblem(
      await fetch(`${mock.base}/bookings/${booking.reference}/calendar`, {
        headers: { 'Applicant-National-Id': OTHER_NATIONAL_ID },
      }),
      'verification-failed',
    );
  });
});
