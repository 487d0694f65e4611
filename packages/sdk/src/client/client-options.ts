/** How a client is configured, and the options every call accepts. */
import type { OperationId } from '../contract/operations.js';
import type { AppointmentsError } from '../errors/appointments-error.js';
import type { Language } from '../schemas/common.js';

/** Passed to `beforeRequest`: which operation is being sent, and which attempt (from 1). */
export interface RequestContext {
  readonly operationId: OperationId;
  /** 1 for the first try, 2 for the first retry, and so on. */
  readonly attempt: number;
}

/** Passed to `afterResponse`: the request that got the response. */
export interface ResponseContext extends RequestContext {
  readonly request: Request;
}

/** Passed to `beforeRetry`: the attempt that failed, why, and how long the client waits. */
export interface RetryContext extends RequestContext {
  /** The failure of this attempt, which the client is about to retry. */
  readonly error: AppointmentsError;
  /** How long the client waits before the next attempt, in ms. */
  readonly delayMs: number;
}

/** Middleware around each attempt, e.g. for tracing headers or logging. */
export interface ClientHooks {
  /**
   * Called before every attempt, retries included, once the client has set its headers.
   * Return a new `Request` to send it instead. An exception rejects the call unchanged.
   */
  beforeRequest?: (
    request: Request,
    context: RequestContext,
    // biome-ignore lint/suspicious/noConfusingVoidType: lets `async` hooks that return nothing type-check.
  ) => void | Request | Promise<void | Request>;
  /**
   * Called with every response, errors included, before the client reads it. The response
   * is a clone: reading its body does not disturb the client. An exception rejects the call
   * unchanged.
   */
  afterResponse?: (response: Response, context: ResponseContext) => void | Promise<void>;
  /**
   * Called when an attempt failed and will be retried, before the wait: for telemetry of
   * retries and of the waits chosen. An exception rejects the call unchanged.
   */
  beforeRetry?: (context: RetryContext) => void | Promise<void>;
}

/** Automatic retries of failed attempts (see the README for which failures are retried). */
export interface RetryOptions {
  /** How many times to retry after the first attempt. Default 2. */
  limit?: number;
  /** The backoff before the first retry; it doubles with each retry. Default 300 ms. */
  baseDelayMs?: number;
  /** The backoff never exceeds this. Default 5000 ms. */
  maxDelayMs?: number;
  /**
   * The longest `Retry-After` the client waits for. A longer one is not waited out: the call
   * rejects at once with the error, whose `retryAfterMs` the UI can show. Default 30000 ms.
   */
  maxRetryAfterMs?: number;
}

export interface ClientOptions {
  /**
   * The versioned API root, e.g. `'https://api.appointments.example.bh/v1'`. In a browser it may be a path
   * (`'/api/v1'`), resolved against the page's base URL when the client is created.
   */
  baseUrl: string;
  /** The `fetch` to use, e.g. an instrumented one. Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Sent as `Accept-Language`; also the language of `client.localize()`. */
  language?: Language;
  /**
   * Called before every attempt; a non-empty result is sent as `Authorization: Bearer …`.
   * Called again on retries, so a refreshed token is picked up.
   */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Time allowed for one attempt, from sending to the end of the body, in ms. Default 15000. */
  timeout?: number;
  /** Retry settings, or `false` to never retry. */
  retry?: false | RetryOptions;
  /** Functions called around every attempt, e.g. for logging or tracing. */
  hooks?: ClientHooks;
}

export interface RequestOptions {
  /** Aborting rejects the call with the signal's reason, also while waiting to retry. */
  signal?: AbortSignal;
}

export interface ReleaseHoldOptions extends RequestOptions {
  /**
   * Sends the request with fetch's `keepalive`, so that it completes after the page is gone:
   * for giving the place back from a `pagehide` listener when the person closes or leaves the
   * page.
   */
  keepalive?: boolean;
}

export interface IdempotentRequestOptions extends RequestOptions {
  /**
   * Sent as `Idempotency-Key`. By default the client makes one random key per call and sends
   * it on every attempt. Pass your own to make a call repeatable across page reloads: the
   * server then answers a repeat with the first result instead of acting twice.
   */
  idempotencyKey?: string;
}
