/**
 * The OpenAPI links of the published document, followed the way a generic tool would: the
 * runtime expressions are resolved against real answers of the mock, and the linked
 * operation is called with nothing else but what a person supplies (the national ID).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import {
  bookingRequest,
  findFreeSlot,
  type MockFixture,
  NATIONAL_ID,
  newKey,
  startMock,
} from './support/mock-fixture.js';

interface Link {
  readonly operationId: string;
  readonly parameters?: Record<string, string>;
  readonly requestBody?: Record<string, string>;
}
interface DocumentOperation {
  readonly operationId: string;
  readonly responses: Record<string, { links?: Record<string, Link> }>;
}
type PathItem = Record<string, DocumentOperation>;

const documentPath = createRequire(import.meta.url).resolve('@gov-appointment/sdk/openapi.json');
const document = JSON.parse(readFileSync(documentPath, 'utf8')) as {
  paths: Record<string, PathItem>;
};

function findInDocument(operationId: string): { path: string; method: string } {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation.operationId === operationId) return { path, method };
    }
  }
  throw new Error(`${operationId} is not in the document`);
}

function linksFrom(operationId: string, status: string): Record<string, Link> {
  const { path, method } = findInDocument(operationId);
  const links = document.paths[path]?.[method]?.responses[status]?.links;
  assert.ok(links, `${operationId} ${status} has links`);
  return links;
}

/** A runtime expression (`$response.body#/id`, `$response.header.ETag`) against an answer. */
function evaluate(expression: string, body: Record<string, unknown>, headers: Headers): string {
  const fromBody = /^\$response\.body#\/(\w+)$/.exec(expression);
  if (fromBody?.[1]) return String(body[fromBody[1]]);
  const fromHeader = /^\$response\.header\.([\w-]+)$/.exec(expression);
  if (fromHeader?.[1]) return headers.get(fromHeader[1]) ?? '';
  throw new Error(`Unsupported runtime expression ${expression}`);
}

/** Calls the linked operation with the link's values and the caller's own headers. */
async function follow(
  base: string,
  link: Link,
  answer: { body: Record<string, unknown>; headers: Headers },
  headers: Record<string, string> = {},
): Promise<Response> {
  const { path, method } = findInDocument(link.operationId);
  let url = path;
  const requestHeaders = new Headers(headers);
  for (const [name, expression] of Object.entries(link.parameters ?? {})) {
    const value = evaluate(expression, answer.body, answer.headers);
    if (name.startsWith('header.')) requestHeaders.set(name.slice('header.'.length), value);
    else url = url.replace(`{${name}}`, encodeURIComponent(value));
  }
  assert.doesNotMatch(url, /\{/, `${link.operationId}: every path parameter comes from the link`);
  let body: string | undefined;
  if (link.requestBody) {
    const fields = Object.entries(link.requestBody).map(([name, embedded]) => [
      name,
      evaluate(embedded.replace(/^\{(.*)\}$/, '$1'), answer.body, answer.headers),
    ]);
    body = JSON.stringify(Object.fromEntries(fields));
    requestHeaders.set('Content-Type', 'application/json');
  }
  if (method === 'post') requestHeaders.set('Idempotency-Key', newKey());
  return fetch(`${base}${url}`, { method: method.toUpperCase(), headers: requestHeaders, body });
}

let mock: MockFixture;
before(() => {
  mock = startMock();
});
after(() => mock.close());

describe('OpenAPI links, followed literally', () => {
  it('chain a hold to its extension and release', async () => {
    const found = await findFreeSlot(mock.base);
    const created = await fetch(`${mock.base}/holds`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() },
      body: JSON.stringify({ slotId: found.slot.id }),
    });
    assert.equal(created.status, 201);
    const answer = { body: await created.json(), headers: created.headers };
    const links = linksFrom('createHold', '201');
    const extended = await follow(mock.base, links.extendHold as Link, answer);
    assert.equal(extended.status, 200, await extended.clone().text());
    assert.equal((await extended.json()).id, answer.body.id);
    const released = await follow(mock.base, links.releaseHold as Link, answer);
    assert.equal(released.status, 204);
  });

  it('chain a hold to a booking, and the booking to reading and cancelling it', async () => {
    const found = await findFreeSlot(mock.base);
    const held = await fetch(`${mock.base}/holds`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() },
      body: JSON.stringify({ slotId: found.slot.id }),
    });
    const holdAnswer = { body: await held.json(), headers: held.headers };
    const bookingLink = linksFrom('createHold', '201').createBooking as Link;
    // The link supplies the hold; the person supplies their details.
    assert.deepEqual(bookingLink.requestBody, { holdId: '{$response.body#/id}' });
    const booked = await fetch(`${mock.base}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() },
      body: JSON.stringify(
        bookingRequest(evaluate('$response.body#/id', holdAnswer.body, holdAnswer.headers)),
      ),
    });
    assert.equal(booked.status, 201, await booked.clone().text());
    const answer = { body: await booked.json(), headers: booked.headers };
    const links = linksFrom('createBooking', '201');
    const verification = { 'Applicant-National-Id': NATIONAL_ID };

    const read = await follow(mock.base, links.getBooking as Link, answer, verification);
    assert.equal(read.status, 200);
    assert.equal((await read.json()).reference, answer.body.reference);
    const calendar = await follow(
      mock.base,
      links.getBookingCalendar as Link,
      answer,
      verification,
    );
    assert.equal(calendar.status, 200);
    assert.match(await calendar.text(), /BEGIN:VCALENDAR/);
    const cancelled = await follow(mock.base, links.cancelBooking as Link, answer, verification);
    assert.equal(cancelled.status, 200, await cancelled.clone().text());
    assert.equal((await cancelled.json()).status, 'cancelled');
  });
});
