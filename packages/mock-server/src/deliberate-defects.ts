/**
 * Deliberately broken behaviours of the standalone server, one per rule of the contract, so
 * the conformance kit's tests can show that each of its checks fails against a server that
 * breaks that rule (and so cannot pass by accident). Each defect is what a real backend gets
 * wrong: a key looked up and stored in two steps, a hold that lives longer than it says, a
 * cache header copied from the catalogue, a counter for identifiers.
 *
 * Only `startHttpServer({ defects })` switches them on; the command line and every default
 * leave them off. They sit in front of the handlers and change requests and answers on the
 * way, so the mock itself stays as it is.
 */
import { randomUUID } from 'node:crypto';
import { CONTRACT_RULES, HEADER } from '@gov-appointment/sdk/contract';
import { ApiProblem } from './api-problem.js';
import { serialisedBody } from './handlers/api-response.js';
import { CORS_HEADERS } from './handlers/http-headers.js';
import { problemResponse } from './handlers/problem-response.js';
import type { MockApi } from './mock-api.js';

export const DELIBERATE_DEFECTS = [
  /** Hold answers lack `expiresInSeconds`, which the schema requires. */
  'hold-without-expiry-seconds',
  /** Failures come as ad-hoc JSON (`{ "error": … }`) instead of problem details. */
  'problems-as-plain-json',
  /** `Idempotency-Key` is ignored: every retry is processed anew. */
  'idempotency-keys-ignored',
  /** A key is looked up, then stored only once the answer is ready: racing retries all run. */
  'idempotency-race',
  /** A key's first answer is replayed whatever the body of the retry. */
  'idempotency-body-ignored',
  /** A write without `Idempotency-Key` is processed instead of refused. */
  'idempotency-key-optional',
  /** A hold on a full slot takes the place of an earlier hold instead of failing. */
  'holds-overbook',
  /** Holds live ten times as long as `expiresAt` and `expiresInSeconds` say. */
  'holds-outlive-expiry',
  /** `If-Match` is not checked: any booking change goes through. */
  'if-match-ignored',
  /** The CORS preflight does not allow the `Applicant-National-Id` header. */
  'cors-without-national-id-header',
  /** Answers do not expose `ETag`, `X-Request-Id`, `Retry-After` or `Location` to browsers. */
  'cors-headers-not-exposed',
  /** Booking answers may be cached (`private, max-age=600`). */
  'bookings-cacheable',
  /** Bookings state `changeableUntil` as their start: the service's change cutoff is left out. */
  'change-cutoff-ignored',
  /** 429 and 503 answers lack `Retry-After`. */
  'retry-after-missing',
  /** Hold ids and booking references are handed out from counters. */
  'sequential-identifiers',
  /** Wrong national IDs are answered 403 forever: no throttle. */
  'verification-unthrottled',
  /** Every fifth booking is confirmed to the client, then rolled back. */
  'bookings-lost',
  /** Request bodies of any size are read. */
  'body-cap-missing',
] as const;

export type DeliberateDefect = (typeof DELIBERATE_DEFECTS)[number];

/** Answers one API request (the mock's handlers). */
export type AnswerApi = (request: Request) => Promise<Response>;

const HOLD_PATH = /\/holds(?:\/[^/]+\/extend)?$/;
const BOOKING_PATH = /\/bookings\/([^/]+)(?:\/(?:calendar|cancel|reschedule))?$/;
const CHANGE_PATH = /\/bookings\/[^/]+\/(?:cancel|reschedule)$/;
const HOLD_ID = /hold-[0-9a-z]{16}/g;
const REFERENCE = /GA-[0-9A-Z]{4}-[0-9A-Z]{4}/g;
/** How long the racing defect takes between looking a key up and storing it. */
const RACE_WINDOW_MS = 100;
const OUTLIVE_FACTOR = 10;
const LOST_BOOKING_EVERY = 5;

/** The largest request body the server reads: the contract's, unless `body-cap-missing`. */
export function requestBodyLimit(defects: readonly DeliberateDefect[]): number {
  return defects.includes('body-cap-missing')
    ? Number.POSITIVE_INFINITY
    : CONTRACT_RULES.maxRequestBodyBytes;
}

/** Wraps `answer` with the defects named; with none, `answer` itself. */
export function withDeliberateDefects(
  api: MockApi,
  defects: readonly DeliberateDefect[],
  answer: AnswerApi,
): AnswerApi {
  return defects.reduce<AnswerApi>((next, defect) => DEFECTS[defect](api, next), answer);
}

type Defect = (api: MockApi, next: AnswerApi) => AnswerApi;

/** A defect in reading the request (see {@link requestBodyLimit}): the answers are as they come. */
const answersUnchanged: Defect = (_api, next) => next;

const DEFECTS: Record<DeliberateDefect, Defect> = {
  'body-cap-missing': answersUnchanged,

  'hold-without-expiry-seconds': (_api, next) => async (request) => {
    const response = await next(request);
    if (!isHoldWrite(request) || !response.ok) return response;
    return rewriteJson(response, ({ expiresInSeconds: _, ...hold }) => hold);
  },

  'problems-as-plain-json': (_api, next) => async (request) => {
    const response = await next(request);
    if (response.status < 400) return response;
    const problem = (await response.clone().json()) as { title?: string };
    const headers = new Headers(response.headers);
    headers.set('Content-Type', 'application/json');
    return new Response(JSON.stringify({ error: problem.title, status: response.status }), {
      status: response.status,
      headers,
    });
  },

  'idempotency-keys-ignored': (_api, next) => (request) =>
    request.headers.has(HEADER.idempotencyKey)
      ? next(withHeader(request, HEADER.idempotencyKey, randomUUID()))
      : next(request),

  'idempotency-race': (_api, next) => {
    const inFlight = new Set<string>();
    return async (request) => {
      const key = request.headers.get(HEADER.idempotencyKey);
      if (key === null) return next(request);
      const id = `${new URL(request.url).pathname}\u0000${key}`;
      if (inFlight.has(id)) return next(withHeader(request, HEADER.idempotencyKey, randomUUID()));
      inFlight.add(id);
      try {
        await new Promise((resolve) => setTimeout(resolve, RACE_WINDOW_MS));
        return await next(request);
      } finally {
        inFlight.delete(id);
      }
    };
  },

  'idempotency-body-ignored': (_api, next) => {
    const firstBodies = new Map<string, string>();
    return async (request) => {
      const key = request.headers.get(HEADER.idempotencyKey);
      if (key === null || request.method !== 'POST') return next(request);
      const id = `${new URL(request.url).pathname}\u0000${key}`;
      const body = await request.clone().text();
      const first = firstBodies.get(id);
      if (first === undefined) {
        firstBodies.set(id, body);
        return next(request);
      }
      return next(new Request(request, { body: first }));
    };
  },

  'idempotency-key-optional': (_api, next) => (request) =>
    request.method === 'POST' && !request.headers.has(HEADER.idempotencyKey)
      ? next(withHeader(request, HEADER.idempotencyKey, randomUUID()))
      : next(request),

  'holds-overbook': (api, next) => {
    const holdsBySlot = new Map<string, string[]>();
    const remember = async (response: Response) => {
      if (response.status !== 201) return;
      const hold = (await response.clone().json()) as { id: string; slotId: string };
      holdsBySlot.set(hold.slotId, [...(holdsBySlot.get(hold.slotId) ?? []), hold.id]);
    };
    return async (request) => {
      if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/holds')) {
        return next(request);
      }
      const retry = request.clone();
      const response = await next(request);
      await remember(response);
      if (response.status !== 409) return response;
      const { slotId } = (await retry.clone().json()) as { slotId: string };
      const earlier = holdsBySlot.get(slotId)?.shift();
      if (earlier === undefined) return response;
      api.store.releaseHold(earlier);
      const taken = await next(withHeader(retry, HEADER.idempotencyKey, randomUUID()));
      await remember(taken);
      return taken;
    };
  },

  'holds-outlive-expiry': (_api, next) => async (request) => {
    const response = await next(request);
    if (!isHoldWrite(request) || !response.ok) return response;
    return rewriteJson(response, (hold) => {
      const seconds = Math.floor(Number(hold.expiresInSeconds) / OUTLIVE_FACTOR);
      const expiresAt = new Date(Date.now() + seconds * 1000 + 3 * 3_600_000)
        .toISOString()
        .replace(/\.\d+Z$/, '+03:00');
      return { ...hold, expiresInSeconds: seconds, expiresAt };
    });
  },

  'if-match-ignored': (_api, next) => (request) =>
    CHANGE_PATH.test(new URL(request.url).pathname)
      ? next(withHeader(request, HEADER.ifMatch, '*'))
      : next(request),

  'cors-without-national-id-header': (_api, next) => async (request) => {
    const response = await next(request);
    if (request.method !== 'OPTIONS') return response;
    const headers = new Headers(response.headers);
    const allowed = (headers.get('Access-Control-Allow-Headers') ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name.toLowerCase() !== HEADER.nationalId.toLowerCase());
    headers.set('Access-Control-Allow-Headers', allowed.join(', '));
    return new Response(response.body, { status: response.status, headers });
  },

  'cors-headers-not-exposed': (_api, next) => async (request) =>
    withoutHeader(await next(request), 'Access-Control-Expose-Headers'),

  'change-cutoff-ignored': (_api, next) => async (request) => {
    const response = await next(request);
    if (!new URL(request.url).pathname.includes('/bookings') || !response.ok) return response;
    if (!response.headers.get('Content-Type')?.includes('json')) return response;
    return rewriteJson(response, (booking) =>
      'changeableUntil' in booking ? { ...booking, changeableUntil: booking.start } : booking,
    );
  },

  'bookings-cacheable': (_api, next) => async (request) => {
    const response = await next(request);
    if (!new URL(request.url).pathname.includes('/bookings')) return response;
    const headers = new Headers(response.headers);
    headers.set('Cache-Control', 'private, max-age=600');
    return new Response(response.body, { status: response.status, headers });
  },

  'retry-after-missing': (_api, next) => async (request) => {
    const response = await next(request);
    return response.status === 429 || response.status === 503
      ? withoutHeader(response, HEADER.retryAfter)
      : response;
  },

  'sequential-identifiers': (_api, next) => {
    const aliases = new Map<string, string>();
    const originals = new Map<string, string>();
    let holds = 0;
    let references = 0;
    const alias = (original: string, make: () => string) => {
      let known = aliases.get(original);
      if (!known) {
        known = make();
        aliases.set(original, known);
        originals.set(known, original);
      }
      return known;
    };
    const toAliases = (text: string) =>
      text
        .replace(HOLD_ID, (id) => alias(id, () => `hold-${String(++holds).padStart(16, '0')}`))
        .replace(REFERENCE, (reference) =>
          alias(reference, () => {
            const digits = String(++references).padStart(8, '0');
            return `GA-${digits.slice(0, 4)}-${digits.slice(4)}`;
          }),
        );
    const toOriginals = (text: string) =>
      text.replace(/hold-\d{16}|GA-\d{4}-\d{4}/g, (known) => originals.get(known) ?? known);
    return async (request) => {
      const url = new URL(request.url);
      url.pathname = toOriginals(url.pathname);
      const body = request.method === 'GET' ? undefined : toOriginals(await request.text());
      const response = await next(
        new Request(url, { method: request.method, headers: request.headers, body }),
      );
      const text = toAliases(await response.text());
      const headers = new Headers(response.headers);
      const location = headers.get('Location');
      if (location) headers.set('Location', toAliases(location));
      return new Response(response.status === 204 || response.status === 304 ? null : text, {
        status: response.status,
        headers,
      });
    };
  },

  'bookings-lost': (api, next) => {
    let bookings = 0;
    return async (request) => {
      const response = await next(request);
      const path = new URL(request.url).pathname;
      if (request.method !== 'POST' || !path.endsWith('/bookings') || response.status !== 201) {
        return response;
      }
      bookings += 1;
      if (bookings % LOST_BOOKING_EVERY === 0) {
        const { reference } = (await response.clone().json()) as { reference: string };
        api.store.cancelBooking(reference, null);
      }
      return response;
    };
  },

  'verification-unthrottled': (api, next) => (request) => {
    const match = BOOKING_PATH.exec(new URL(request.url).pathname);
    const record = match ? api.store.booking(decodeURIComponent(match[1] ?? '')) : undefined;
    const nationalId = request.headers.get(HEADER.nationalId)?.trim();
    if (!record || nationalId === record.applicant.nationalId) return next(request);
    const requestId = `req-${randomUUID()}`;
    const problem = problemResponse(
      new ApiProblem('verification-failed', 'The national ID does not match the booking.'),
      { requestId, instance: new URL(request.url).pathname },
    );
    return Promise.resolve(
      new Response(serialisedBody(problem), {
        status: problem.status,
        headers: {
          ...problem.headers,
          ...CORS_HEADERS,
          'Cache-Control': 'no-store',
          [HEADER.requestId]: requestId,
        },
      }),
    );
  },
};

function isHoldWrite(request: Request): boolean {
  return request.method === 'POST' && HOLD_PATH.test(new URL(request.url).pathname);
}

function withHeader(request: Request, name: string, value: string): Request {
  const headers = new Headers(request.headers);
  headers.set(name, value);
  return new Request(request, { headers });
}

function withoutHeader(response: Response, name: string): Response {
  const headers = new Headers(response.headers);
  headers.delete(name);
  return new Response(response.body, { status: response.status, headers });
}

async function rewriteJson(
  response: Response,
  change: (json: Record<string, unknown>) => Record<string, unknown>,
): Promise<Response> {
  const json = (await response.json()) as Record<string, unknown>;
  return new Response(JSON.stringify(change(json)), {
    status: response.status,
    headers: response.headers,
  });
}
