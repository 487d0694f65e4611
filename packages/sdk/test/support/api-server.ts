/**
 * A fake API for one test file: MSW answers requests to `API_ROOT` with responses chosen by
 * each test, and records what the client sent.
 */
import { after, afterEach, before } from 'node:test';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { PROBLEM_STATUS, PROBLEM_TYPE_BASE, type ProblemCode } from '../../src/index.js';

export const API_ROOT = 'https://api.test/v1';

export const server = setupServer();

/** Starts the fake API for the file and clears each test's handlers after it. */
export function useApiServer(): void {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  after(() => server.close());
}

/** A request as the server saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: string;
  /** Whether it was sent with fetch's `keepalive`. */
  readonly keepalive: boolean;
}

/** Produces one response; may wait, or look at the request. */
export type Responder = (request: Request) => Response | Promise<Response>;

/**
 * Answers every API request with the responders in turn (the last one answers all later
 * requests) and records the requests.
 */
export function answerInTurn(...responders: Responder[]): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  server.use(
    http.all(`${API_ROOT}/*`, async ({ request }) => {
      requests.push({
        method: request.method,
        url: new URL(request.url),
        headers: new Headers(request.headers),
        body: await request.clone().text(),
        keepalive: request.keepalive,
      });
      const responder = responders[Math.min(requests.length, responders.length) - 1];
      if (!responder) throw new Error('answerInTurn needs at least one responder');
      return responder(request);
    }),
  );
  return requests;
}

/** A JSON success response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Responder {
  return () => HttpResponse.json(body as Record<string, unknown>, { status, headers });
}

export interface ProblemOptions {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  /** Extra members of the problem, e.g. `errors` or `retryAfterSeconds`. */
  readonly members?: Record<string, unknown>;
}

/** The problem body the API sends for `code`. */
export function problemBody(code: string, status: number, members: Record<string, unknown> = {}) {
  return {
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: `Problem ${code}`,
    status,
    code,
    detail: 'Something about this request.',
    requestId: 'req-from-problem',
    ...members,
  };
}

/** An `application/problem+json` response for `code`, with the status the contract gives it. */
export function problem(code: ProblemCode | string, options: ProblemOptions = {}): Responder {
  const status =
    options.status ?? (PROBLEM_STATUS as Record<string, number | undefined>)[code] ?? 400;
  return () =>
    HttpResponse.json(problemBody(code, status, options.members), {
      status,
      headers: {
        'Content-Type': 'application/problem+json',
        'X-Request-Id': 'req-42',
        ...options.headers,
      },
    });
}

/** A response with any body and content type. */
export function raw(
  body: string,
  status: number,
  contentType: string,
  headers: Record<string, string> = {},
): Responder {
  return () =>
    new HttpResponse(body, { status, headers: { 'Content-Type': contentType, ...headers } });
}

/** The connection fails: `fetch` rejects as it does when offline. */
export const networkFailure: Responder = () => HttpResponse.error();

/** Never answers; the request can only end by abort or timeout. */
export const noAnswer: Responder = () => new Promise<Response>(() => {});
