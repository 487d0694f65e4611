/**
 * Sending one operation of the contract: headers, per-attempt timeout, reading the response,
 * and retrying transient failures. ky builds and sends each attempt; its own retries and
 * timeout are off because the policy here differs (full jitter, a per-attempt timeout that
 * also covers the body, idempotency keys kept across attempts, errors mapped from problems).
 */
import ky, { type Hooks } from 'ky';
import type * as z from 'zod/mini';
import {
  findOperation,
  HEADER,
  type Operation,
  type OperationId,
  type operations,
} from '../contract/operations.js';
import { AppointmentsError, NetworkError, TimeoutError } from '../errors/appointments-error.js';
import { asArgumentError, requireText, requireVersion } from './call-arguments.js';
import type { ClientHooks, ClientOptions, RequestContext } from './client-options.js';
import { expandPath, nationalIdHeaderValue, resolveBaseUrl } from './request-target.js';
import { readFailure, readSuccess } from './response-reading.js';
import {
  backoffDelayMs,
  isTransientFailure,
  requestedWaitMs,
  resolveRetrySettings,
  retryAfterDelayMs,
} from './retry-policy.js';
import { type ClientRuntime, unlessAborted } from './runtime.js';

const DEFAULT_TIMEOUT_MS = 15_000;

type OperationDefinition<Id extends OperationId> = Extract<
  (typeof operations)[number],
  { readonly id: Id }
>;

/** What an operation resolves to: its validated body, calendar text, or nothing. */
export type OperationResult<Id extends OperationId> = OperationDefinition<Id>['success'] extends {
  readonly schema: infer Schema extends z.ZodMiniType;
}
  ? z.output<Schema>
  : OperationDefinition<Id>['success'] extends { readonly contentType: 'text/calendar' }
    ? string
    : undefined;

/** The inputs of one call, already shaped for the wire. */
export interface OperationCall {
  readonly pathParams?: Readonly<Record<string, string>>;
  readonly query?: URLSearchParams;
  readonly body?: unknown;
  /** Sent in `Applicant-National-Id`, for operations that verify the applicant. */
  readonly nationalId?: string;
  /** The booking version the caller last read, sent as `If-Match`. */
  readonly version?: number;
  readonly signal?: AbortSignal | undefined;
  readonly idempotencyKey?: string | undefined;
  /** Sent with fetch's `keepalive`: the request outlives the page. */
  readonly keepalive?: boolean | undefined;
}

export type SendOperation = <Id extends OperationId>(
  operationId: Id,
  call: OperationCall,
) => Promise<OperationResult<Id>>;

/**
 * Carries an exception thrown by a caller's hook out through ky, so that it is rethrown as it
 * was instead of being taken for a network failure.
 */
class HookFailure extends Error {
  readonly reason: unknown;

  constructor(reason: unknown) {
    super('A client hook threw');
    this.reason = reason;
  }
}

function hooksForAttempt(hooks: ClientHooks | undefined, context: RequestContext): Hooks {
  const beforeRequest = hooks?.beforeRequest;
  const afterResponse = hooks?.afterResponse;
  return {
    beforeRequest: beforeRequest
      ? [
          async (request) => {
            try {
              return (await beforeRequest(request, context)) ?? undefined;
            } catch (error) {
              throw new HookFailure(error);
            }
          },
        ]
      : [],
    afterResponse: afterResponse
      ? [
          async (request, _options, response) => {
            try {
              await afterResponse(response, { ...context, request });
            } catch (error) {
              throw new HookFailure(error);
            }
          },
        ]
      : [],
  };
}

type AttemptOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: AppointmentsError };

/** One prepared request, sent as many times as the retry policy allows. */
interface PreparedRequest {
  readonly operationId: OperationId;
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly call: OperationCall;
  readonly success: Operation['success'];
}

/**
 * The function that sends operations for one client.
 *
 * @internal
 */
export function createOperationSender(
  options: ClientOptions,
  runtime: ClientRuntime,
): SendOperation {
  const baseUrl = resolveBaseUrl(options.baseUrl);
  const retry = resolveRetrySettings(options.retry);
  const timeoutMs = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const http = ky.create({
    fetch: options.fetch,
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
  });

  async function attempt(
    prepared: PreparedRequest,
    attemptNumber: number,
  ): Promise<AttemptOutcome> {
    const { operationId, call } = prepared;
    const headers = new Headers(prepared.headers);
    // Asked on every attempt so that a token refreshed meanwhile is used. Its failures are the
    // caller's own and reject the call unchanged.
    const token = await options.getToken?.();
    if (token) headers.set('Authorization', `Bearer ${token}`);

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout.signal]) : timeout.signal;
    try {
      const response = await unlessAborted(
        http(prepared.url, {
          method: prepared.method,
          headers,
          searchParams: call.query && call.query.size > 0 ? call.query : undefined,
          json: call.body,
          signal,
          ...(call.keepalive ? { keepalive: true } : {}),
          hooks: hooksForAttempt(options.hooks, { operationId, attempt: attemptNumber }),
        }),
        signal,
      );
      const reading = { operationId, success: prepared.success, signal, now: runtime.now() };
      if (response.ok) return { ok: true, value: await readSuccess(response, reading) };
      return { ok: false, error: await readFailure(response, reading) };
    } catch (error) {
      if (error instanceof AppointmentsError) return { ok: false, error };
      if (error instanceof HookFailure) throw error.reason;
      if (call.signal?.aborted) throw call.signal.reason;
      if (timeout.signal.aborted) {
        return { ok: false, error: new TimeoutError(operationId, timeoutMs) };
      }
      return { ok: false, error: new NetworkError(operationId, error) };
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Headers, URL and body of a call, checked before anything is sent. Throws on arguments
   * that cannot be sent; the caller turns that into an `InvalidArgumentError`.
   */
  function prepare(
    operationId: OperationId,
    operation: Operation,
    call: OperationCall,
  ): PreparedRequest {
    const headers = new Headers({
      Accept:
        operation.success.contentType === 'text/calendar'
          ? 'text/calendar, application/problem+json'
          : 'application/json, application/problem+json',
    });
    if (options.language) headers.set('Accept-Language', options.language);
    if (operation.verification) {
      requireText(operationId, 'nationalId', call.nationalId);
      headers.set(HEADER.nationalId, nationalIdHeaderValue(call.nationalId as string));
    }
    if (operation.ifMatch) {
      requireVersion(operationId, call.version);
      headers.set(HEADER.ifMatch, `"${call.version}"`);
    }
    // Serialised once here so that a body JSON cannot represent (a cycle, a BigInt) is the
    // caller's mistake, not a network failure on every attempt.
    if (call.body !== undefined) JSON.stringify(call.body);
    // One key for every attempt of this call: that is what lets the server answer a retry
    // with the first attempt's result instead of acting twice.
    const idempotencyKey =
      operation.idempotencyKey === 'none'
        ? undefined
        : (call.idempotencyKey ?? runtime.createIdempotencyKey());
    if (idempotencyKey !== undefined) headers.set(HEADER.idempotencyKey, idempotencyKey);
    return {
      operationId,
      method: operation.method,
      url: baseUrl + expandPath(operation.path, call.pathParams ?? {}),
      headers,
      call,
      success: operation.success,
    };
  }

  return async function send<Id extends OperationId>(
    operationId: Id,
    call: OperationCall,
  ): Promise<OperationResult<Id>> {
    const operation = findOperation(operationId);
    let prepared: PreparedRequest;
    try {
      prepared = prepare(operationId, operation, call);
    } catch (error) {
      throw asArgumentError(operationId, error);
    }
    const retryable = operation.safe || prepared.headers.has(HEADER.idempotencyKey);

    for (let attemptNumber = 1; ; attemptNumber += 1) {
      call.signal?.throwIfAborted();
      const outcome = await attempt(prepared, attemptNumber);
      // The body was checked against this operation's success schema in readSuccess.
      if (outcome.ok) return outcome.value as OperationResult<Id>;

      const failure = outcome.error;
      const retriesDone = attemptNumber - 1;
      if (!retryable || retriesDone >= retry.limit || !isTransientFailure(failure)) throw failure;
      const requestedWait = requestedWaitMs(failure);
      // A wait longer than the cap is the UI's to show, not the client's to sit through.
      if (requestedWait !== undefined && requestedWait > retry.maxRetryAfterMs) throw failure;
      const delayMs =
        requestedWait === undefined
          ? backoffDelayMs(retriesDone, retry, runtime.random)
          : retryAfterDelayMs(requestedWait, retry, runtime.random);
      await options.hooks?.beforeRetry?.({
        operationId,
        attempt: attemptNumber,
        error: failure,
        delayMs,
      });
      await runtime.sleep(delayMs, call.signal);
    }
  };
}
