/**
 * The kit's HTTP client: plain `fetch` against the server under test, with every exchange
 * recorded so that checks which judge the whole run (schemas, problem format, caching,
 * `Retry-After`) can look at everything the server answered, not just their own requests.
 *
 * Recorded exchanges hold response bodies, which may hold the test applicant's details; they
 * stay in memory and are never written to a report (findings name operations and fields only).
 */
import { randomUUID } from 'node:crypto';
import { HEADER, type OperationId } from '@gov-appointment/sdk/contract';

/** One request and its answer, as the server sent it. */
export interface Exchange {
  /** The contract operation the request was meant for; `null` for CORS preflights. */
  readonly operationId: OperationId | null;
  readonly method: string;
  /** The path under the base URL, e.g. `/holds/hold-123/extend`. */
  readonly path: string;
  readonly status: number;
  readonly headers: Headers;
  /** The body as text (empty when there was none). */
  readonly text: string;
  /** The body parsed as JSON when it is JSON, else `undefined`. */
  readonly json: unknown;
  /** Milliseconds from sending to the end of the body. */
  readonly durationMs: number;
}

export interface ApiRequest {
  readonly operationId: OperationId | null;
  readonly method: 'GET' | 'POST' | 'DELETE' | 'OPTIONS';
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Serialised as JSON unless it is already a string. */
  readonly body?: unknown;
  /** Adds a fresh `Idempotency-Key` (the default for POST). */
  readonly idempotencyKey?: string | false;
  /** Leaves out the bearer token (a CORS preflight never carries credentials). */
  readonly withoutCredentials?: boolean;
}

export interface ApiClientOptions {
  /** The versioned base URL without a trailing slash, e.g. `https://staging.example/v1`. */
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer <token>` when the deployment requires sign-in. */
  readonly bearerToken?: string;
  /** Sent as `Origin` on every request, as a browser on that page would. */
  readonly origin?: string;
  /** Per-request time limit. */
  readonly timeoutMs: number;
  /** Injectable for tests of the kit itself. */
  readonly fetch?: typeof fetch;
}

export class ApiClient {
  readonly #options: ApiClientOptions;
  readonly #exchanges: Exchange[] = [];

  constructor(options: ApiClientOptions) {
    this.#options = options;
  }

  /** Every exchange so far, in the order the answers arrived. */
  get exchanges(): readonly Exchange[] {
    return this.#exchanges;
  }

  /** The absolute URL of a path under the base URL. */
  url(path: string): string {
    return `${this.#options.baseUrl}${path}`;
  }

  async send(request: ApiRequest): Promise<Exchange> {
    const headers = new Headers(request.headers);
    if (this.#options.bearerToken && !request.withoutCredentials && !headers.has('Authorization')) {
      headers.set('Authorization', `Bearer ${this.#options.bearerToken}`);
    }
    if (this.#options.origin && !headers.has('Origin')) headers.set('Origin', this.#options.origin);
    const key =
      request.idempotencyKey ?? (request.method === 'POST' ? randomUUID() : (false as const));
    if (key !== false) headers.set(HEADER.idempotencyKey, key);
    let body: string | undefined;
    if (request.body !== undefined) {
      body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    }
    const started = performance.now();
    const response = await (this.#options.fetch ?? fetch)(this.url(request.path), {
      method: request.method,
      headers,
      body,
      signal: AbortSignal.timeout(this.#options.timeoutMs),
    });
    const text = await response.text();
    const exchange: Exchange = {
      operationId: request.operationId,
      method: request.method,
      path: request.path,
      status: response.status,
      headers: response.headers,
      text,
      json: parseJson(text, response.headers.get('Content-Type')),
      durationMs: performance.now() - started,
    };
    this.#exchanges.push(exchange);
    return exchange;
  }
}

/** A JSON body (`application/json`, `application/problem+json`), or `undefined`. */
function parseJson(text: string, contentType: string | null): unknown {
  if (text === '' || !/^application\/([\w.-]+\+)?json\b/i.test(contentType ?? '')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The problem `code` of an answer, or `null` when it has none. */
export function problemCodeOf(exchange: Exchange): string | null {
  const json = exchange.json as { code?: unknown } | undefined;
  return typeof json?.code === 'string' ? json.code : null;
}

/** `201 Created`, `409 slot-full`: how findings name an answer. */
export function describeAnswer(exchange: Exchange): string {
  const code = problemCodeOf(exchange);
  return code && exchange.status >= 400 ? `${exchange.status} ${code}` : String(exchange.status);
}
