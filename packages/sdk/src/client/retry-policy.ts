/**
 * Which failures are worth another attempt, and how long to wait first: exponential backoff
 * with full jitter, unless the server said how long with `Retry-After`.
 */
import { ApiError } from '../errors/api-errors.js';
import {
  type AppointmentsError,
  NetworkError,
  TimeoutError,
} from '../errors/appointments-error.js';
import type { ClientOptions } from './client-options.js';

export interface RetrySettings {
  readonly limit: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxRetryAfterMs: number;
}

const DEFAULT_RETRY: RetrySettings = {
  limit: 2,
  baseDelayMs: 300,
  maxDelayMs: 5000,
  maxRetryAfterMs: 30_000,
};

export function resolveRetrySettings(retry: ClientOptions['retry']): RetrySettings {
  if (retry === false) return { ...DEFAULT_RETRY, limit: 0 };
  return {
    limit: retry?.limit ?? DEFAULT_RETRY.limit,
    baseDelayMs: retry?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
    maxRetryAfterMs: retry?.maxRetryAfterMs ?? DEFAULT_RETRY.maxRetryAfterMs,
  };
}

/** Statuses that say "not now" rather than "not this request". */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Whether another attempt may succeed where this one failed. Other 4xx answers would only
 * repeat; `idempotency-key-in-use` means the first attempt is still running, so a later
 * retry with the same key gets its result.
 */
export function isTransientFailure(error: AppointmentsError): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  if (error.code === 'idempotency-key-in-use') return true;
  return error.status !== undefined && TRANSIENT_STATUSES.has(error.status);
}

/** Full jitter: anywhere from 0 to the exponential ceiling, so clients spread out. */
export function backoffDelayMs(
  retryIndex: number,
  settings: RetrySettings,
  random: () => number,
): number {
  return random() * Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** retryIndex);
}

/** `Sun, 06 Nov 1994 08:49:37 GMT`, the HTTP date format servers send (RFC 9110). */
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** The wait a `Retry-After` value asks for (delay-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!HTTP_DATE.test(trimmed)) return undefined;
  return Math.max(0, Date.parse(trimmed) - now);
}

/** The server's requested wait for this failure, when it gave one. */
export function requestedWaitMs(error: AppointmentsError): number | undefined {
  return error instanceof ApiError ? error.retryAfterMs : undefined;
}
