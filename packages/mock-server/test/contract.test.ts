import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findOperation, type OperationId, operations } from '@gov-appointment/sdk/contract';
import { Booking, CentreList, ServiceList } from '@gov-appointment/sdk/schemas';
import {
  bookingRequest,
  expectProblem,
  findFreeSlot,
  type MockFixture,
  NATIONAL_ID,
  newKey,
  postJson,
  startMock,
} from './support/mock-fixture.js';

let mock: MockFixture;
before(() => {
  mock = startMock();
});
after(() => mock.close());

/** Asserts the answer is the operation's success and its body parses with its schema. */
async function expectSuccess(id: OperationId, response: Response): Promise<unknown> {
  const operation = findOperation(id);
  assert.equal(
    response.status,
    operation.success.status,
    `${id}: ${await response.clone().text()}`,
  );
  assert.match(response.headers.get('X-Request-Id') ?? '', /\S/, `${id} has X-Request-Id`);
  if (operation.success.schema === null) return undefined;
  assert.match(response.headers.get('Content-Type') ?? '', /^application\/json/);
  const body: unknown = await response.json();
  const result = operation.success.schema.safeParse(body);
  assert.ok(
    result.success,
    `${id} body matches its schema: ${JSON.stringify(result.error?.issues)}`,
  );
  return body;
}

describe('every operation of the contract', () => {
  it('answers with a body that parses with the SDK schema', async () => {
    const { base } = mock;
    const answered = new Set<OperationId>();
    const call = async (id: OperationId, response: Promise<Response>) => {
      answered.add(id);
      return expectSuccess(id, await response);
    };

    await call('listProviders', fetch(`${base}/providers`));
    await call('getProvider', fetch(`${base}/providers/npra`));
    const services = ServiceList.parse(
      await call('listServices', fetch(`${base}/services?provider=iga`)),
    );
    const service = services.items[0];
    assert.ok(service);
    await call('getService', fetch(`${base}/services/${service.id}`));
    const centres = CentreList.parse(
      await call(
        'listCentres',
        fetch(`${base}/centres?service=${service.id}&near=26.2235,50.5876`),
      ),
    );
    const centre = centres.items[0];
    assert.ok(centre);
    assert.notEqual(centre.distanceKm, null);
    assert.notEqual(centre.nextAvailableDate, null);
    await call('getCentre', fetch(`${base}/centres/${centre.id}`));
    const slotsPath = `${base}/centres/${centre.id}/services/${service.id}`;
    await call('getAvailability', fetch(`${slotsPath}/availability?from=2026-11-23&to=2027-02-23`));
    await call('getSlots', fetch(`${slotsPath}/slots?date=2026-12-01`));

    const free = await findFreeSlot(base);
    const idempotent = () => ({ 'Idempotency-Key': newKey() });
    const first = (await call(
      'createHold',
      postJson(`${base}/holds`, { slotId: free.slot.id }, idempotent()),
    )) as { id: string };
    await call(
      'extendHold',
      fetch(`${base}/holds/${first.id}/extend`, { method: 'POST', headers: idempotent() }),
    );
    const booking = Booking.parse(
      await call(
        'createBooking',
        postJson(`${base}/bookings`, bookingRequest(first.id), idempotent()),
      ),
    );
    const verified = { 'Applicant-National-Id': NATIONAL_ID };
    await call('getBooking', fetch(`${base}/bookings/${booking.reference}`, { headers: verified }));
    const calendar = await fetch(`${base}/bookings/${booking.reference}/calendar`, {
      headers: verified,
    });
    await call('getBookingCalendar', Promise.resolve(calendar));
    assert.match(calendar.headers.get('Content-Type') ?? '', /^text\/calendar; charset=utf-8$/);

    const other = await findFreeSlot(base);
    const second = (await (
      await postJson(`${base}/holds`, { slotId: other.slot.id }, idempotent())
    ).json()) as { id: string };
    const moved = await call(
      'rescheduleBooking',
      postJson(
        `${base}/bookings/${booking.reference}/reschedule`,
        { holdId: second.id },
        { ...verified, ...idempotent(), 'If-Match': `"${booking.version}"` },
      ),
    );
    const third = (await (
      await postJson(`${base}/holds`, { slotId: (await findFreeSlot(base)).slot.id }, idempotent())
    ).json()) as { id: string };
    await call('releaseHold', fetch(`${base}/holds/${third.id}`, { method: 'DELETE' }));
    await call(
      'cancelBooking',
      postJson(
        `${base}/bookings/${booking.reference}/cancel`,
        { reason: 'cannot-attend' },
        { ...verified, ...idempotent(), 'If-Match': `"${Booking.parse(moved).version}"` },
      ),
    );

    assert.deepEqual(
      [...answered].sort(),
      operations.map((operation) => operation.id).sort(),
      'every operation was exercised',
    );
  });

  it('answers problems as application/problem+json with the request id', async () => {
    const response = await fetch(`${mock.base}/centres/no-such-centre`, {
      headers: { 'X-Request-Id': 'trace-123' },
    });
    const problem = await expectProblem(response, 'not-found');
    assert.equal(problem.requestId, 'trace-123');
    assert.equal(problem.instance, new URL(`${mock.base}/centres/no-such-centre`).pathname);
  });

  it('reports invalid input with RFC 6901 pointers into the body', async () => {
    const response = await postJson(
      `${mock.base}/bookings`,
      {
        holdId: 'hold-x',
        applicant: { name: 'A', nationalId: '12345', mobile: '+97312345678' },
        accessibilityNeeds: ['jetpack'],
        notificationLanguage: 'en',
      },
      { 'Idempotency-Key': newKey() },
    );
    const problem = await expectProblem(response, 'validation-failed');
    const byPointer = new Map(problem.errors?.map((error) => [error.pointer, error.code]));
    assert.equal(byPointer.get('/applicant/name'), 'too-short');
    assert.equal(byPointer.get('/applicant/nationalId'), 'format');
    assert.equal(byPointer.get('/applicant/mobile'), 'format');
    assert.equal(byPointer.get('/accessibilityNeeds/0'), 'invalid');
  });

  it('marks missing fields as required and bad query parameters under /query', async () => {
    const missing = await postJson(`${mock.base}/bookings`, {}, { 'Idempotency-Key': newKey() });
    const problem = await expectProblem(missing, 'validation-failed');
    assert.ok(
      problem.errors?.some((error) => error.pointer === '/applicant' && error.code === 'required'),
    );
    const badLimit = await fetch(`${mock.base}/providers?limit=0`);
    const limitProblem = await expectProblem(badLimit, 'validation-failed');
    assert.deepEqual(
      limitProblem.errors?.map((error) => error.pointer),
      ['/query/limit'],
    );
  });

  it('answers not-found for paths no operation serves', async () => {
    await expectProblem(await fetch(`${mock.base}/appointments`), 'not-found');
  });

  it('refuses malformed credentials with 401 and WWW-Authenticate', async () => {
    const response = await fetch(`${mock.base}/providers`, {
      headers: { Authorization: 'Basic abc' },
    });
    await expectProblem(response, 'unauthorized');
    assert.equal(response.headers.get('WWW-Authenticate'), 'Bearer');
    const bearer = await fetch(`${mock.base}/providers`, {
      headers: { Authorization: 'Bearer token-123' },
    });
    assert.equal(bearer.status, 200);
  });
});
