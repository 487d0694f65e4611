/**
 * A response fuzzer: whatever comes back (wrong types, missing fields, markup and bidi
 * overrides in text, huge bodies, wrong content types, any status), every call either
 * resolves with a value its operation's schema accepts or rejects with an
 * `AppointmentsError`. Never a raw error, never a hang.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  type AppointmentsClient,
  AppointmentsError,
  findOperation,
  type OperationId,
} from '../src/index.js';
import {
  availability,
  booking,
  bookingRequest,
  centre,
  centreListItem,
  daySlots,
  hold,
  NATIONAL_ID,
  provider,
  service,
} from './support/api-fixtures.js';
import { answerInTurn, useApiServer } from './support/api-server.js';
import { createTestClient } from './support/test-client.js';

useApiServer();

/** One call per operation, with the valid body its server would send. */
const CALLS: readonly {
  readonly operationId: OperationId;
  readonly valid: unknown;
  readonly call: (client: AppointmentsClient) => Promise<unknown>;
}[] = [
  {
    operationId: 'listProviders',
    valid: { items: [provider], nextCursor: null },
    call: (client) => client.listProviders(),
  },
  {
    operationId: 'getService',
    valid: service,
    call: (client) => client.getService('passport-renewal'),
  },
  {
    operationId: 'listCentres',
    valid: { items: [centreListItem], nextCursor: 'next' },
    call: (client) => client.listCentres({ service: 'passport-renewal' }),
  },
  { operationId: 'getCentre', valid: centre, call: (client) => client.getCentre(centre.id) },
  {
    operationId: 'getAvailability',
    valid: availability,
    call: (client) =>
      client.getAvailability({
        centreId: centre.id,
        serviceId: service.id,
        from: availability.from,
        to: availability.to,
      }),
  },
  {
    operationId: 'getSlots',
    valid: daySlots,
    call: (client) =>
      client.getSlots({ centreId: centre.id, serviceId: service.id, date: daySlots.date }),
  },
  {
    operationId: 'createHold',
    valid: hold,
    call: (client) => client.createHold({ slotId: hold.slotId }),
  },
  {
    operationId: 'createBooking',
    valid: booking,
    call: (client) => client.createBooking(bookingRequest),
  },
  {
    operationId: 'getBookingCalendar',
    valid: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:GA-7K3M-Q9TX\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    call: (client) =>
      client.getBookingCalendar({ reference: booking.reference, nationalId: NATIONAL_ID }),
  },
];

/** Text that has broken renderers and parsers: markup, bidi overrides, odd Unicode. */
const hostileText = fc.oneof(
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '</script><script>alert(1)</script>',
    '\u202egnp.exe',
    '\u2067مركز\u2069\u202d',
    '\u0000',
    '\ud800',
    '{{constructor.constructor("alert(1)")()}}',
    '__proto__',
    '',
    ' ',
    '٣١‏/٠٢',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** A JSON value of any kind, hostile text included. */
const anyValue = fc.oneof(
  { depthSize: 'small' },
  fc.jsonValue({ maxDepth: 3 }),
  hostileText,
  fc.constantFrom(null, true, -1, 0, 1e308, -0, 31, '2027-02-31', '1970-01-01T00:00:00Z'),
);

/** The valid body with one change deep inside: a value replaced or a member removed. */
function mutate(valid: unknown, path: readonly number[], replacement: unknown, remove: boolean) {
  const copy = structuredClone(valid);
  let node: unknown = copy;
  for (const [depth, step] of path.entries()) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length] as string;
    const child = (node as Record<string, unknown>)[key];
    const last = depth === path.length - 1 || child === null || typeof child !== 'object';
    if (last) {
      if (remove && !Array.isArray(node)) delete (node as Record<string, unknown>)[key];
      else (node as Record<string, unknown>)[key] = replacement;
      break;
    }
    node = child;
  }
  return copy;
}

interface FuzzedAnswer {
  readonly status: number;
  readonly contentType: string | null;
  readonly body: string;
}

function answerFor(valid: unknown): fc.Arbitrary<FuzzedAnswer> {
  const serialise = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  const body = fc.oneof(
    fc
      .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), anyValue, fc.boolean())
      .map(([path, replacement, remove]) => serialise(mutate(valid, path, replacement, remove))),
    anyValue.map((value) => JSON.stringify(value) ?? ''),
    hostileText,
    fc.nat({ max: 200 }).map((cut) => serialise(valid).slice(0, cut)),
    fc.constantFrom(
      '',
      '<!doctype html><title>502</title>',
      `{"items": [${'{"id":"a"},'.repeat(50_000)}{}], "nextCursor": null}`,
      JSON.stringify({ items: Array.from({ length: 20_000 }, () => provider), nextCursor: null }),
      `"${'\u202e'.repeat(300_000)}"`,
    ),
  );
  return fc.record({
    // No 3xx: under MSW's fetch interceptor a redirect without Location never settles and
    // blocks the process, so redirects are not fuzzed here.
    status: fc.constantFrom(200, 201, 204, 400, 404, 409, 422, 429, 500, 503),
    contentType: fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/problem+json',
      'text/html',
      'text/plain',
      'text/calendar',
      'application/octet-stream',
      null,
    ),
    body,
  });
}

function toResponse({ status, contentType, body }: FuzzedAnswer): Response {
  const empty = status === 204;
  return new Response(empty ? null : body, {
    status,
    headers: contentType === null ? {} : { 'Content-Type': contentType },
  });
}

describe('the SDK given any answer', () => {
  for (const { operationId, valid, call } of CALLS) {
    it(`${operationId} resolves with a valid result or rejects with an AppointmentsError`, async () => {
      const { schema } = findOperation(operationId).success;
      let resolved = 0;
      let rejected = 0;
      await fc.assert(
        fc.asyncProperty(answerFor(valid), async (answer) => {
          answerInTurn(() => toResponse(answer));
          const { client } = createTestClient({ retry: false, timeout: 5000 });
          try {
            const result = await call(client);
            resolved += 1;
            if (schema === null) {
              assert.equal(typeof result, 'string');
            } else {
              assert.ok(z.safeParse(schema, result).success, 'the result matches the schema');
            }
          } catch (error) {
            rejected += 1;
            assert.ok(
              error instanceof AppointmentsError,
              `rejected with ${error instanceof Error ? error.name : typeof error}: ${String(error)}`,
            );
          }
        }),
        { numRuns: 60, seed: 20261207, endOnFailure: true },
      );
      assert.ok(rejected > 0 && resolved + rejected === 60);
    });
  }

  it('returns hostile text as data, exactly as sent, when the answer is otherwise valid', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileText.filter((text) => text.trim() !== ''),
        async (text) => {
          const name = { ar: text, en: text };
          answerInTurn(() => Response.json({ ...centre, name }));
          const { client } = createTestClient({ retry: false });
          const result = await client.getCentre(centre.id).catch((error: unknown) => error);
          if (result instanceof AppointmentsError) return;
          assert.ok(!(result instanceof Error), String(result));
          assert.deepEqual((result as typeof centre).name, name);
        },
      ),
      { numRuns: 100, seed: 20261207, endOnFailure: true },
    );
  });
});
