/**
 * Builds the published OpenAPI 3.1 document from the operation table and the zod schemas, so
 * the contract that ministries' backends implement is exactly what the SDK validates.
 * Build-time only: not part of the browser bundle.
 */
import * as z from 'zod/mini';
import * as schemas from '../schemas/index.js';
import { PROBLEM_STATUS, type ProblemCode } from '../schemas/problem.js';
import { operationDocs, parameterDocs } from './operation-docs.js';
import {
  ALLOWED_REQUEST_HEADERS,
  CONTRACT_RULES,
  EXPOSED_HEADERS,
  HEADER,
  type Operation,
  type OperationId,
  operations as operationTable,
  PREFLIGHT_MAX_AGE_SECONDS,
  PREFLIGHT_METHODS,
} from './operations.js';
import { problemDocs } from './problem-docs.js';

const operations: readonly Operation[] = operationTable;

type JsonSchema = Record<string, unknown>;

const COMPONENT = '#/components/schemas/';

function isSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Every schema of the contract that carries an `id`: these become named components. */
function namedSchemas(): Map<string, z.ZodMiniType> {
  const named = new Map<string, z.ZodMiniType>();
  for (const value of Object.values(schemas)) {
    if (!isSchema(value)) continue;
    const id = z.globalRegistry.get(value)?.id;
    if (typeof id === 'string') named.set(id, value);
  }
  return named;
}

/** Inputs of one operation, named so that they can be converted in the same pass. */
function inputId(operation: Operation, part: 'Path' | 'Query' | 'Body'): string {
  return `${operation.id[0]?.toUpperCase()}${operation.id.slice(1)}${part}`;
}

/** The converted schemas, and the component id each input schema was converted under. */
interface Conversion {
  readonly schemas: Record<string, JsonSchema>;
  /**
   * Looked up by schema, not by operation: an input shared by several operations (the
   * `{reference}` of every booking path) is converted once, under the first operation's id.
   */
  readonly idOf: ReadonlyMap<z.ZodMiniType, string>;
}

function convertAll(): Conversion {
  const registry = z.registry<{ id: string }>();
  const idOf = new Map<z.ZodMiniType, string>();
  for (const [id, schema] of namedSchemas()) {
    registry.add(schema, { id });
    idOf.set(schema, id);
  }
  for (const operation of operations) {
    const parts = [
      ['Path', operation.pathParams],
      ['Query', operation.query],
      ['Body', operation.body],
    ] as const;
    for (const [part, schema] of parts) {
      if (!schema || idOf.has(schema)) continue;
      const id = inputId(operation, part);
      registry.add(schema, { id });
      idOf.set(schema, id);
    }
  }
  const { schemas: converted } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    // Input shapes: objects stay open (no additionalProperties: false) so that adding a field
    // later is not a breaking change; the SDK ignores fields it does not know.
    io: 'input',
    uri: (id) => `${COMPONENT}${id}`,
    unrepresentable: 'throw',
  });
  const schemas: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(converted)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
    schemas[id] = rest;
  }
  return { schemas, idOf };
}

function componentRef(schema: z.ZodMiniType, conversion: Conversion) {
  const id = conversion.idOf.get(schema) ?? z.globalRegistry.get(schema)?.id;
  if (id === undefined) throw new Error('A schema of the contract was not converted');
  return { $ref: `${COMPONENT}${id}` };
}

function parametersOf(operation: Operation, location: 'path' | 'query', conversion: Conversion) {
  const schema = location === 'path' ? operation.pathParams : operation.query;
  if (!schema) return [];
  const id = conversion.idOf.get(schema);
  const json = id === undefined ? undefined : conversion.schemas[id];
  const properties = (json?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json?.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const description = parameterDocs[name];
    if (description === undefined) throw new Error(`The parameter ${name} has no description`);
    return {
      name,
      in: location,
      description,
      required: location === 'path' || required.has(name),
      schema: property,
    };
  });
}

function headerParameters(operation: Operation) {
  const parameters: JsonSchema[] = [
    {
      name: 'Accept-Language',
      in: 'header',
      required: false,
      description: 'Preferred language of `title` and `detail` in problems.',
      schema: { type: 'string' },
    },
  ];
  if (operation.idempotencyKey !== 'none') {
    parameters.push({
      name: HEADER.idempotencyKey,
      in: 'header',
      required: operation.idempotencyKey === 'required',
      description: `A unique key per logical request (a UUID). A retry with the same key and request returns the first response; the same key with another path, body, \`If-Match\` or national ID is \`idempotency-key-reused\`. Keys are kept for ${CONTRACT_RULES.idempotencyKeyHours} hours.`,
      schema: { type: 'string', minLength: 8, maxLength: 255 },
    });
  }
  if (operation.verification) {
    parameters.push({
      name: HEADER.nationalId,
      in: 'header',
      required: true,
      description:
        'The applicant’s national ID (nine Latin digits) as verification. Sent in a header so that it never appears in URLs, logs of URLs or browser history. Missing, or not nine digits: 422 `validation-failed` with a field error at `/headers/applicant-national-id`. Well formed but not the booking’s applicant: 403 `verification-failed`.',
      schema: { type: 'string', pattern: '^\\d{9}$' },
    });
  }
  if (operation.ifMatch) {
    parameters.push({
      name: HEADER.ifMatch,
      in: 'header',
      required: true,
      description: 'The booking’s `ETag` (`"<version>"`) as last read.',
      schema: { type: 'string' },
    });
  }
  if (operation.cacheable) {
    parameters.push({
      name: HEADER.ifNoneMatch,
      in: 'header',
      required: false,
      description: 'The `ETag` of a copy the client holds: an unchanged resource answers 304.',
      schema: { type: 'string' },
    });
  }
  return parameters;
}

const COMMON_HEADERS = {
  [HEADER.requestId]: {
    description: 'Identifies the request in the server’s logs; quote it when reporting a problem.',
    schema: { type: 'string' },
  },
  'Cache-Control': { schema: { type: 'string' } },
};

function carriesEntityTag(operation: Operation): boolean {
  return operation.cacheable || operation.personalData;
}

/**
 * OpenAPI links from an operation to those that take a value of its response: as a path
 * parameter where the next operation's path has it, else as a field of its body. A booking
 * also passes its `ETag` on as the `If-Match` that changing it needs.
 */
function linksOf(operation: Operation) {
  if (!operation.next) return undefined;
  const { value, as, operations: targets } = operation.next;
  const expression = `$response.body#/${value}`;
  const links: Record<string, unknown> = {};
  for (const targetId of targets) {
    const target = operations.find((candidate) => candidate.id === targetId);
    if (!target) throw new Error(`${operation.id} links to unknown operation ${targetId}`);
    const inPath = target.path.includes(`{${as}}`);
    const inBody = target.body instanceof z.ZodMiniObject && as in target.body.shape;
    if (!inPath && !inBody) {
      throw new Error(`${targetId} takes no ${as} for the link from ${operation.id}`);
    }
    const parameters: Record<string, string> = inPath ? { [as]: expression } : {};
    if (target.ifMatch && carriesEntityTag(operation)) {
      parameters[`header.${HEADER.ifMatch}`] = `$response.header.${HEADER.etag}`;
    }
    links[targetId] = {
      operationId: targetId,
      ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
      ...(inPath ? {} : { requestBody: { [as]: `{${expression}}` } }),
      description: `\`${as}\` from this response’s \`${value}\`.`,
    };
  }
  return links;
}

function successResponse(operation: Operation, conversion: Conversion) {
  const headers: Record<string, unknown> = { ...COMMON_HEADERS };
  if (carriesEntityTag(operation)) {
    headers[HEADER.etag] = { schema: { type: 'string' } };
  }
  const { status, schema, contentType = 'application/json' } = operation.success;
  const description = operation.personalData
    ? 'Success. Carries personal data: `Cache-Control: no-store`.'
    : 'Success.';
  if (status === 204) return { description, headers };
  const links = linksOf(operation);
  const content =
    contentType === 'text/calendar'
      ? { 'text/calendar': { schema: { type: 'string' } } }
      : {
          [contentType]: {
            schema: schema ? componentRef(schema, conversion) : { type: 'object' },
          },
        };
  return { description, headers, content, ...(links ? { links } : {}) };
}

const RETRY_ADVICE: Record<(typeof problemDocs)[ProblemCode]['retry'], string> = {
  never: 'Do not retry.',
  'after-retry-after': 'Retry after `Retry-After` seconds.',
  'same-request': 'Retry the same request with the same key.',
  'after-correcting': 'Correct the request, then send it as a new request (a new key).',
  'with-new-key': 'The same request may be sent again as a new attempt, with a new key.',
};

function problemDescription(operation: Operation, code: ProblemCode): string {
  const { when, retry, recorded } = problemDocs[code];
  if (operation.idempotencyKey === 'none') return `\`${code}\`: ${when} ${RETRY_ADVICE[retry]}`;
  const record = recorded
    ? 'Recorded under the `Idempotency-Key` and replayed to a retry with it.'
    : 'Not recorded: a retry with the same key is processed again.';
  return `\`${code}\`: ${when} ${RETRY_ADVICE[retry]} ${record}`;
}

function problemResponses(operation: Operation) {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of operation.problems) {
    const status = PROBLEM_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, unknown> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const headers: Record<string, unknown> = { ...COMMON_HEADERS };
    if (status === 429 || status === 503) {
      headers[HEADER.retryAfter] = {
        description: 'Seconds to wait before trying again.',
        schema: { type: 'integer', minimum: 0 },
      };
    }
    responses[String(status)] = {
      description: codes.map((code) => problemDescription(operation, code)).join('\n\n'),
      headers,
      'x-problem-codes': codes,
      content: {
        'application/problem+json': {
          // The problem, its `code` narrowed to the codes this operation answers with this
          // status, so that generic tools can check them too.
          schema: {
            allOf: [
              { $ref: `${COMPONENT}Problem` },
              { properties: { code: { $ref: `${COMPONENT}ProblemCode`, enum: codes } } },
            ],
          },
        },
      },
    };
  }
  return responses;
}

function operationObject(operation: Operation, conversion: Conversion) {
  const responses: Record<string, unknown> = {
    [String(operation.success.status)]: successResponse(operation, conversion),
  };
  if (operation.cacheable) {
    responses['304'] = { description: 'Not modified (`If-None-Match` matched).' };
  }
  Object.assign(responses, problemResponses(operation));
  const docs = operationDocs[operation.id as OperationId];
  return {
    operationId: operation.id,
    tags: [docs.tag],
    summary: docs.summary,
    description: docs.description,
    parameters: [
      ...parametersOf(operation, 'path', conversion),
      ...parametersOf(operation, 'query', conversion),
      ...headerParameters(operation),
    ],
    ...(operation.body
      ? {
          requestBody: {
            // A body whose every field is optional may be left out (cancelling without a
            // reason): servers read no body as `{}`.
            required: !operation.body.safeParse({}).success,
            content: {
              'application/json': { schema: componentRef(operation.body, conversion) },
            },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of API v1. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const conversion = convertAll();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    paths[operation.path] ??= {};
    (paths[operation.path] as Record<string, unknown>)[operation.method.toLowerCase()] =
      operationObject(operation, conversion);
  }
  // Path and query inputs are spelled out as parameters; only bodies stay as components.
  const components = Object.fromEntries(
    Object.entries(conversion.schemas).filter(([id]) => !/(Path|Query)$/.test(id)),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'National appointments API',
      version: '1.0.0',
      summary: 'Book visits to government service centres.',
      description: [
        'The contract that every ministry backend implements and the SDK validates.',
        '',
        '- Times: every instant is ISO 8601 with the `+03:00` offset (Asia/Bahrain, no daylight saving); every date is a Bahrain calendar date.',
        '- Text: names are `LocalizedText` objects, always with `ar` and `en`; clients pick the language.',
        '- Errors: RFC 9457 `application/problem+json` with a stable `code` (see `ProblemCode`). `Retry-After` comes with 429 and 503.',
        '- Personal data is sent only in request bodies and the `Applicant-National-Id` header, never in URLs; responses carrying it are `Cache-Control: no-store`.',
        '- Catalogue reads carry `ETag` and `Cache-Control: public, max-age=300` and answer `If-None-Match` with 304.',
        `- Every POST requires an \`Idempotency-Key\` (400 \`idempotency-key-missing\` without one); DELETE needs none. A key and the answer recorded under it are kept for ${CONTRACT_RULES.idempotencyKeyHours} hours. Which answers are recorded and replayed is stated per problem code in each response.`,
        '- Changes to a booking take `If-Match` with its `ETag` (`"<version>"`).',
        `- Holds keep their place ${CONTRACT_RULES.holdMinutes} minutes and can be extended at least ${CONTRACT_RULES.minHoldExtensions} times, each extension giving ${CONTRACT_RULES.holdMinutes} minutes from the moment it is made (\`extensionsRemaining\` says how many are left).`,
        '- A booking can be cancelled or moved online until its `changeableUntil`: its start minus the service’s `changeCutoffMinutes`, computed by the server. From then on both answer 409 `booking-not-modifiable`; the person contacts the centre.',
        `- Request bodies are at most ${CONTRACT_RULES.maxRequestBodyBytes} bytes (${CONTRACT_RULES.maxRequestBodyBytes / 1024} KiB); a larger one is refused with 413 \`payload-too-large\`.`,
        `- National-ID checks are throttled: after ${CONTRACT_RULES.verificationThrottle.failures} failed checks against one booking reference within ${CONTRACT_RULES.verificationThrottle.windowSeconds / 60} minutes, that reference answers 429 \`rate-limited\` (even to the right ID) with \`Retry-After\` until the window has passed.`,
        `- Field errors point to the input with an RFC 6901 pointer: into the body (\`/applicant/mobile\`), or under \`/path\`, \`/query\` and \`/headers\` (a header in lower case: \`/headers/applicant-national-id\`).`,
        `- CORS: every origin may call the API (\`Access-Control-Allow-Origin: *\`; it uses no cookies). A preflight (\`OPTIONS\`, needed for \`Applicant-National-Id\`, \`Idempotency-Key\`, \`If-Match\` and \`Authorization\`, and for JSON bodies) answers 204 allowing \`${PREFLIGHT_METHODS.join(', ')}\` and the request headers ${ALLOWED_REQUEST_HEADERS.map((name) => `\`${name}\``).join(', ')}, cached for ${PREFLIGHT_MAX_AGE_SECONDS} seconds. Every answer exposes ${EXPOSED_HEADERS.map((name) => `\`${name}\``).join(', ')}.`,
      ].join('\n'),
      contact: {
        name: 'National appointments system',
        url: 'https://appointments.gov.bh/developers',
        email: 'api@appointments.gov.bh',
      },
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    },
    servers: [{ url: '/v1', description: 'Version 1, relative to the API host.' }],
    tags: [
      { name: 'Availability', description: 'Calendars and slots.' },
      { name: 'Bookings', description: 'Booking, finding, cancelling and rescheduling.' },
      { name: 'Catalogue', description: 'Providers, services and centres.' },
      { name: 'Holds', description: 'Keeping a place while the applicant fills in details.' },
    ],
    security: [{}, { bearerAuth: [] }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description:
            'Optional: a token from the national identity provider, where a deployment requires sign-in.',
        },
      },
    },
  };
}
