/**
 * What happens to every request of an operation, around the operation's own code: the
 * active scenarios, authorization, input validation, idempotency, then the headers every
 * answer carries (request id, CORS, caching, ETag and `If-None-Match`).
 */
import { HEADER, type Operation, type OperationId } from '@gov-appointment/sdk/contract';
import { normaliseNationalId } from '@gov-appointment/sdk/schemas';
import { ApiProblem, isRecorded } from '../api-problem.js';
import type { RequestPlan, Scenarios } from '../scenarios.js';
import { hashText } from '../seed/random.js';
import type { IdempotencyRecords } from '../store/idempotency.js';
import type { MockStore } from '../store/mock-store.js';
import { type ApiResponse, serialisedBody } from './api-response.js';
import { CORS_HEADERS, cacheControlFor, entityTagOf, matchesIfNoneMatch } from './http-headers.js';
import { malformedBody } from './malformed-body.js';
import type { ValidatedResolver } from './operation-resolver.js';
import { problemResponse } from './problem-response.js';
import { type RawBody, readRawBody, validateRequestInput } from './request-input.js';

export interface PipelineDependencies {
  readonly store: MockStore;
  readonly scenarios: Scenarios;
  readonly idempotency: IdempotencyRecords<ApiResponse>;
  /** The API's base URL, for `Location` headers. */
  readonly baseUrl: string;
  /** Larger request bodies are answered 413 `payload-too-large`. */
  readonly maxRequestBodyBytes: number;
  readonly nextRequestId: () => string;
}

/** A client's own `X-Request-Id` is kept when it is a sane token, so logs can be joined. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const BEARER_TOKEN = /^Bearer [A-Za-z0-9._~+/-]+=*$/;

export async function answerOperation(
  operation: Operation,
  resolver: ValidatedResolver,
  request: Request,
  pathParams: Readonly<Record<string, string>>,
  dependencies: PipelineDependencies,
): Promise<Response> {
  const requestId = requestIdOf(request, dependencies);
  const plan = dependencies.scenarios.plan(operation.id as OperationId);
  if (plan.timeout) {
    await abortOf(request.signal);
    return Response.error();
  }
  let waited = false;
  const wait = async () => {
    if (waited) return;
    waited = true;
    await pause(plan.latencyMs, request.signal);
  };
  let response: ApiResponse;
  try {
    response = await process(
      { operation, resolver, request, pathParams, plan, wait, requestId },
      dependencies,
    );
  } catch (error) {
    response = problemResponse(asProblem(error), {
      requestId,
      instance: new URL(request.url).pathname,
    });
  }
  await wait();
  return toResponse(operation, request, response, requestId, plan);
}

/** The answer for a path under the base URL that no operation serves. */
export function answerUnknownRoute(request: Request, requestId: string): Response {
  const response = problemResponse(new ApiProblem('not-found', 'No operation is served here.'), {
    requestId,
    instance: new URL(request.url).pathname,
  });
  return new Response(serialisedBody(response), {
    status: response.status,
    headers: {
      ...response.headers,
      ...CORS_HEADERS,
      [HEADER.requestId]: requestId,
      'Cache-Control': 'no-cache',
    },
  });
}

interface PendingRequest {
  readonly operation: Operation;
  readonly resolver: ValidatedResolver;
  readonly request: Request;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly plan: RequestPlan;
  /** Waits out the scenario's latency (once). */
  readonly wait: () => Promise<void>;
  readonly requestId: string;
}

async function process(
  { operation, resolver, request, pathParams, plan, wait, requestId }: PendingRequest,
  { store, idempotency, baseUrl, maxRequestBodyBytes }: PipelineDependencies,
): Promise<ApiResponse> {
  if (plan.failure) throw plan.failure;
  requireValidAuthorization(request);
  const key = request.headers.get(HEADER.idempotencyKey)?.trim() || null;
  if (operation.idempotencyKey === 'required' && key === null) {
    throw new ApiProblem(
      'idempotency-key-missing',
      'Send an Idempotency-Key header (a new random value per action) with this request.',
    );
  }
  const rawBody = await readRawBody(operation, request, maxRequestBodyBytes);
  const resolve = (): ApiResponse => {
    const input = validateRequestInput(operation, request, pathParams, rawBody);
    return resolver({
      operation,
      request,
      path: input.path,
      query: input.query,
      body: input.body,
      store,
      plan,
      baseUrl,
    });
  };
  if (operation.idempotencyKey === 'none' || key === null) {
    await wait();
    return resolve();
  }
  const claim = idempotency.claim(operation.id, key, fingerprintOf(request, rawBody), store.now());
  switch (claim.kind) {
    case 'replay':
      return claim.response;
    case 'reused':
      throw new ApiProblem(
        'idempotency-key-reused',
        'This Idempotency-Key was already used with a different request; use a new key.',
      );
    case 'in-use':
      throw new ApiProblem(
        'idempotency-key-in-use',
        'The first request with this Idempotency-Key is still being processed; retry shortly.',
      );
    case 'new':
      break;
  }
  // Latency falls between claiming the key and answering, as on a real server, so a retry
  // sent meanwhile meets `idempotency-key-in-use`.
  await wait();
  try {
    const response = resolve();
    claim.complete(response);
    return response;
  } catch (error) {
    if (!(error instanceof ApiProblem) || !isRecorded(error.code)) {
      claim.abandon();
      throw error;
    }
    const response = problemResponse(error, {
      requestId,
      instance: new URL(request.url).pathname,
    });
    claim.complete(response);
    return response;
  }
}

function toResponse(
  operation: Operation,
  request: Request,
  response: ApiResponse,
  requestId: string,
  plan: RequestPlan,
): Response {
  const success = response.status < 300;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(CORS_HEADERS)) headers.set(name, value);
  headers.set(HEADER.requestId, requestId);
  headers.set('Cache-Control', cacheControlFor(operation, success));
  if (plan.malformed && success) {
    headers.set('Content-Type', 'application/json');
    return new Response(malformedBody(response), {
      status: response.status === 204 ? 200 : response.status,
      headers,
    });
  }
  const body = serialisedBody(response);
  if (operation.cacheable && response.status === 200 && body !== null) {
    const entityTag = entityTagOf(body);
    headers.set(HEADER.etag, entityTag);
    if (matchesIfNoneMatch(request.headers.get(HEADER.ifNoneMatch), entityTag)) {
      headers.delete('Content-Type');
      return new Response(null, { status: 304, headers });
    }
  }
  return new Response(body, { status: response.status, headers });
}

function requestIdOf(
  request: Request,
  { nextRequestId }: Pick<PipelineDependencies, 'nextRequestId'>,
): string {
  const sent = request.headers.get(HEADER.requestId);
  return sent && CLIENT_REQUEST_ID.test(sent) ? sent : nextRequestId();
}

/** The API is public; a client that sends credentials must send well-formed ones. */
function requireValidAuthorization(request: Request): void {
  const authorization = request.headers.get('Authorization');
  if (authorization !== null && !BEARER_TOKEN.test(authorization)) {
    throw new ApiProblem('unauthorized', 'The Authorization header must be a Bearer token.', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
  }
}

/**
 * What makes two requests the same request: method, path, body, and the headers that decide
 * the answer (`If-Match`, and the national ID as a hash, so the record holds no ID). A retry
 * must repeat all of them to be answered from the record.
 */
function fingerprintOf(request: Request, rawBody: RawBody | undefined): string {
  const body =
    rawBody === undefined ? '' : rawBody.json ? canonicalJson(rawBody.value) : rawBody.text;
  const ifMatch = request.headers.get(HEADER.ifMatch)?.trim() ?? '';
  const nationalId = request.headers.get(HEADER.nationalId);
  const verification =
    nationalId === null ? '' : hashText(normaliseNationalId(nationalId), 0x5bd1e995).toString(16);
  return `${request.method} ${new URL(request.url).pathname}\n${ifMatch}\n${verification}\n${body}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function asProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  console.error('Mock API: unexpected error', error);
  return new ApiProblem('internal-error', 'The mock API failed unexpectedly.');
}

function pause(milliseconds: number, signal: AbortSignal): Promise<void> {
  if (milliseconds <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, milliseconds);
    signal.addEventListener('abort', done, { once: true });
  });
}

function abortOf(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) =>
    signal.addEventListener('abort', () => resolve(), { once: true }),
  );
}
