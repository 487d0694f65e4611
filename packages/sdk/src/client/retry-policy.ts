/**
 * Which failures are worth another attempt, and how long to wait first: exponential backoff
 * with full jitter, or the server's `Retry-After` plus jitter on top.
 */
import { ApiError } from '../errors/api-errors.js';
import {
  type AppointmentsError,
  NetworkError,
  ResponseValidationError,
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
 * retry with the same key gets its result. An answer that could not be read at all (cut
 * short on the way) says nothing about what the server did: repeating the request with the
 * same idempotency key fetches the server's recorded answer, so a hold or booking made by the
 * first attempt is not left behind unknown.
 */
export function isTransientFailure(error: AppointmentsError): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  if (error instanceof ResponseValidationError && error.bodyUnreadable) return true;
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

/**
 * The wait after a `Retry-After`: at least what the server asked, plus a random share of half
 * of it (at least the base delay, at most the maximum backoff). Every client that met the same
 * overload gets the same `Retry-After`; without the spread they would all come back in the
 * same instant and overload the server again.
 */
export function retryAfterDelayMs(
  requestedMs: number,
  settings: RetrySettings,
  random: () => number,
): number {
  const spread = Math.min(settings.maxDelayMs, Math.max(settings.baseDelayMs, requestedMs / 2));
  return requestedMs + random() * spread;
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
