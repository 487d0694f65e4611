import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResponseValidationError } from '../src/index.js';
import { centreListItem, provider } from './support/api-fixtures.js';
import { answerInTurn, type Responder, useApiServer } from './support/api-server.js';
import { createTestClient } from './support/test-client.js';

useApiServer();

const centreNamed = (id: string) => ({ ...centreListItem, id });

/** Pages keyed by the cursor that asks for them (`''` for the first). */
function pagesByCursor(
  pages: Record<string, { items: unknown[]; nextCursor: string | null }>,
): Responder {
  return (request) => {
    const cursor = new URL(request.url).searchParams.get('cursor') ?? '';
    const page = pages[cursor];
    return page ? Response.json(page) : new Response(null, { status: 404 });
  };
}

describe('paginate', () => {
  it('walks every page by its cursor and yields every item, with the query on each page', async () => {
    const requests = answerInTurn(
      pagesByCursor({
        '': { items: [centreNamed('centre-a'), centreNamed('centre-b')], nextCursor: 'p2' },
        p2: { items: [centreNamed('centre-c')], nextCursor: 'p3' },
        p3: { items: [], nextCursor: null },
      }),
    );
    const { client } = createTestClient();

    const ids: string[] = [];
    for await (const centre of client.paginate('listCentres', {
      service: 'passport-renewal',
      limit: 2,
    })) {
      ids.push(centre.id);
    }

    assert.deepEqual(ids, ['centre-a', 'centre-b', 'centre-c']);
    assert.deepEqual(
      requests.map((request) => request.url.search),
      [
        '?service=passport-renewal&limit=2',
        '?service=passport-renewal&limit=2&cursor=p2',
        '?service=passport-renewal&limit=2&cursor=p3',
      ],
    );
  });

  it('starts from the cursor given in the query', async () => {
    const requests = answerInTurn(pagesByCursor({ p2: { items: [provider], nextCursor: null } }));
    const { client } = createTestClient();

    const items = [];
    for await (const item of client.paginate('listProviders', { cursor: 'p2' })) items.push(item);

    assert.deepEqual(items, [provider]);
    assert.equal(requests.length, 1);
  });

  it('fetches the next page only when the loop asks for more', async () => {
    const requests = answerInTurn(
      pagesByCursor({
        '': { items: [provider, provider], nextCursor: 'p2' },
        p2: { items: [provider], nextCursor: null },
      }),
    );
    const { client } = createTestClient();

    for await (const _item of client.paginate('listProviders')) break;

    assert.equal(requests.length, 1);
  });

  it('ends with ResponseValidationError when the server repeats a cursor', async () => {
    answerInTurn(
      pagesByCursor({
        '': { items: [provider], nextCursor: 'p2' },
        p2: { items: [provider], nextCursor: 'p2' },
      }),
    );
    const { client } = createTestClient();

    let count = 0;
    await assert.rejects(async () => {
      for await (const _item of client.paginate('listProviders')) count += 1;
    }, ResponseValidationError);
    assert.equal(count, 2);
  });
});
