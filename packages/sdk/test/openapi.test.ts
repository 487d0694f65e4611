import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildOpenApiDocument } from '../src/contract/openapi.js';
import { operations } from '../src/contract/operations.js';
import { PROBLEM_CODES } from '../src/schemas/problem.js';

const committedPath = new URL('../openapi/openapi.json', import.meta.url);
const committed = JSON.parse(readFileSync(committedPath, 'utf8'));

type Document = {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters: { name: string; in: string }[];
        responses: Record<string, unknown>;
      }
    >
  >;
  components: { schemas: Record<string, object> };
};

describe('published OpenAPI document', () => {
  it('is up to date with the schemas (run `npm run openapi` after changing them)', () => {
    assert.deepEqual(committed, JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(committed));
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.valid, true);
    assert.equal(validator.version, '3.1');
  });

  it('describes every operation of the client once', () => {
    const document = committed as Document;
    const documented = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    );
    assert.deepEqual(documented.sort(), operations.map((operation) => operation.id).sort());
  });

  it('has component schemas that compile under JSON Schema 2020-12 with every $ref resolved', () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addKeyword('x-problem-codes');
    const document = committed as Document;
    for (const [id, schema] of Object.entries(document.components.schemas)) {
      ajv.addSchema(schema, `#/components/schemas/${id}`);
    }
    for (const id of Object.keys(document.components.schemas)) {
      assert.ok(ajv.getSchema(`#/components/schemas/${id}`), `${id} compiles`);
    }
    // References across components resolve: a hold's times must carry the Bahrain offset.
    const validateHold = ajv.getSchema('#/components/schemas/Hold');
    const hold = {
      id: 'hld_1',
      slotId: 'slt_1',
      centreId: 'ctr-manama',
      serviceId: 'svc-passport',
      start: '2026-12-06T09:30:00+03:00',
      end: '2026-12-06T09:45:00+03:00',
      expiresAt: '2026-11-23T08:10:00+03:00',
      expiresInSeconds: 600,
      extensionsRemaining: 2,
    };
    assert.equal(validateHold?.(hold), true, JSON.stringify(validateHold?.errors));
    assert.equal(validateHold?.({ ...hold, start: '2026-12-06T06:30:00Z' }), false);
  });

  it('lists every problem code the API can return', () => {
    const document = committed as Document;
    const enumerated = (document.components.schemas.ProblemCode as { enum: string[] }).enum;
    assert.deepEqual([...enumerated].sort(), [...PROBLEM_CODES].sort());
  });

  it('declares one path parameter for every placeholder of every path, and no other', () => {
    const document = committed as Document;
    for (const [path, item] of Object.entries(document.paths)) {
      const placeholders = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
      for (const [method, operation] of Object.entries(item)) {
        const declared = operation.parameters
          .filter((parameter) => parameter.in === 'path')
          .map((parameter) => parameter.name)
          .sort();
        assert.deepEqual(declared, placeholders, `${method.toUpperCase()} ${path}`);
      }
    }
  });

  it('links a hold and a booking to the operations that take their id or reference', () => {
    const document = committed as Document;
    const linksOf = (path: string, status: string) =>
      (
        document.paths[path]?.post?.responses[status] as
          | { links?: Record<string, unknown> }
          | undefined
      )?.links;
    assert.deepEqual(linksOf('/holds', '201'), {
      extendHold: {
        operationId: 'extendHold',
        parameters: { holdId: '$response.body#/id' },
        description: '`holdId` from this response’s `id`.',
      },
      releaseHold: {
        operationId: 'releaseHold',
        parameters: { holdId: '$response.body#/id' },
        description: '`holdId` from this response’s `id`.',
      },
      createBooking: {
        operationId: 'createBooking',
        requestBody: { holdId: '{$response.body#/id}' },
        description: '`holdId` from this response’s `id`.',
      },
      rescheduleBooking: {
        operationId: 'rescheduleBooking',
        requestBody: { holdId: '{$response.body#/id}' },
        description: '`holdId` from this response’s `id`.',
      },
    });
    const fromBooking = linksOf('/bookings', '201') as Record<string, { parameters: unknown }>;
    assert.deepEqual(Object.keys(fromBooking), [
      'getBooking',
      'getBookingCalendar',
      'cancelBooking',
      'rescheduleBooking',
    ]);
    assert.deepEqual(fromBooking.getBooking?.parameters, {
      reference: '$response.body#/reference',
    });
    assert.deepEqual(fromBooking.cancelBooking?.parameters, {
      reference: '$response.body#/reference',
      'header.If-Match': '$response.header.ETag',
    });
  });

  it('requires a body wherever one is taken, except for cancelling (its reason is optional)', () => {
    const document = committed as Document;
    const required: Record<string, boolean> = {};
    for (const item of Object.values(document.paths)) {
      for (const operation of Object.values(item) as {
        operationId: string;
        requestBody?: { required: boolean };
      }[]) {
        if (operation.requestBody) required[operation.operationId] = operation.requestBody.required;
      }
    }
    assert.deepEqual(required, {
      createHold: true,
      createBooking: true,
      cancelBooking: false,
      rescheduleBooking: true,
    });
  });

  it('never takes the national ID in a path or query', () => {
    const document = committed as Document;
    const text = JSON.stringify(document.paths);
    for (const [path, item] of Object.entries(document.paths)) {
      assert.doesNotMatch(path, /national/i);
      for (const operation of Object.values(item)) {
        for (const parameter of operation.parameters) {
          if (/national/i.test(parameter.name)) assert.equal(parameter.in, 'header');
        }
      }
    }
    assert.match(text, /Applicant-National-Id/);
  });
});
