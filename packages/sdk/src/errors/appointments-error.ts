/**
 * The failures of the client that are not answers from the API: the network, the clock, and
 * responses that break the contract. Problems the API reports are in `api-errors.ts`.
 */
import type * as z from 'zod/mini';
import type { OperationId } from '../contract/operations.js';
import type { Problem } from '../schemas/problem.js';

/** What every error of the client carries besides its message. */
export interface AppointmentsErrorDetails {
  readonly code: string;
  readonly operationId: OperationId;
  readonly status?: number | undefined;
  readonly requestId?: string | undefined;
  readonly problem?: Problem | undefined;
  readonly cause?: unknown;
}

/**
 * Base class of every error the client throws (except an abort, which rejects with the
 * caller's own abort reason). Switch on the subclass with `instanceof`, or on `code`.
 *
 * Messages name the operation, the code, the HTTP status and the request id, never the
 * request's data: they are safe to log.
 */
export class AppointmentsError extends Error {
  override name = 'AppointmentsError';
  /**
   * A problem code of the API (`slot-full`), `http-<status>`, `network`, `timeout`,
   * `invalid-response` or `invalid-argument`.
   */
  readonly code: string;
  /** The HTTP status of the response, when there was one. */
  readonly status: number | undefined;
  /** The `X-Request-Id` of the response (or the problem's `requestId`): quote it to support. */
  readonly requestId: string | undefined;
  /** The problem details the API sent, when it sent valid ones. */
  readonly problem: Problem | undefined;
  /** The client method that failed, e.g. `createBooking`. */
  readonly operationId: OperationId;

  constructor(message: string, details: AppointmentsErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = details.code;
    this.status = details.status;
    this.requestId = details.requestId;
    this.problem = details.problem;
    this.operationId = details.operationId;
  }
}

/** The request did not reach the server or no response came back (offline, DNS, CORS, reset). */
export class NetworkError extends AppointmentsError {
  override name = 'NetworkError';
  declare readonly code: 'network';

  constructor(operationId: OperationId, cause: unknown) {
    super(`${operationId}: the request could not reach the server`, {
      code: 'network',
      operationId,
      cause,
    });
  }
}

/**
 * A method was called with arguments it cannot send: `null` or `undefined` where an object or
 * an identifier belongs, an empty or dot-segment identifier, a national ID that is not
 * digits. Nothing was sent. Like every failure it arrives as a rejected promise, never as an
 * exception thrown by the call itself. The message names the argument, never its value.
 */
export class InvalidArgumentError extends AppointmentsError {
  override name = 'InvalidArgumentError';
  declare readonly code: 'invalid-argument';

  constructor(operationId: OperationId, message: string, cause?: unknown) {
    super(`${operationId}: ${message}`, { code: 'invalid-argument', operationId, cause });
  }
}

/** No complete response arrived within the client's `timeout` (per attempt). */
export class TimeoutError extends AppointmentsError {
  override name = 'TimeoutError';
  declare readonly code: 'timeout';
  /** The time allowed for one attempt, in milliseconds. */
  readonly timeoutMs: number;

  constructor(operationId: OperationId, timeoutMs: number) {
    super(`${operationId}: no response within ${timeoutMs} ms`, { code: 'timeout', operationId });
    this.timeoutMs = timeoutMs;
  }
}

/** What was wrong with a response that breaks the contract. */
export interface ResponseValidationDetails {
  readonly operationId: OperationId;
  readonly status: number;
  readonly requestId: string | undefined;
  /** Schema issues, or one issue describing a wrong content type or unreadable JSON. */
  readonly issues: readonly z.core.$ZodIssue[];
  /** The body exactly as received. */
  readonly body: string;
  /** True when the body could not be read as the content at all (see the error's field). */
  readonly bodyUnreadable?: boolean;
  readonly cause?: unknown;
}

/**
 * The response does not match the contract: a success body that fails its schema, a body
 * that is not JSON or has the wrong content type, or a `application/problem+json` body that
 * is not a valid problem. The client never returns a partly valid object.
 */
export class ResponseValidationError extends AppointmentsError {
  override name = 'ResponseValidationError';
  declare readonly code: 'invalid-response';
  declare readonly status: number;
  readonly issues: readonly z.core.$ZodIssue[];
  /** The body exactly as received, for diagnosis. It may hold personal data: do not log it. */
  readonly body: string;
  /**
   * True when the body is not the content at all (cut short, empty, a proxy's HTML page), as
   * opposed to content that breaks the schema. The server may well have acted: the client
   * retries such answers where that is safe (reads, and requests with an idempotency key).
   */
  readonly bodyUnreadable: boolean;

  constructor(details: ResponseValidationDetails) {
    super(
      `${details.operationId}: the response (HTTP ${details.status}) does not match the contract: ${describeIssues(details.issues)}${requestIdSuffix(details.requestId)}`,
      { ...details, code: 'invalid-response' },
    );
    this.issues = details.issues;
    this.body = details.body;
    this.bodyUnreadable = details.bodyUnreadable ?? false;
  }
}

/**
 * Where and what kind of mismatch, never the value found: the body may hold personal data.
 * zod/mini's own messages are only "Invalid input", so the issue's code says more.
 */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first] = issues;
  if (!first) return 'no details';
  const where = first.path.length > 0 ? `at /${first.path.map(String).join('/')}: ` : '';
  const what =
    first.code === 'custom'
      ? first.message
      : first.code === 'invalid_type'
        ? `expected ${first.expected}`
        : first.code.replaceAll('_', ' ');
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${where}${what}${more}`;
}

/** ` (request id …)` when the response had one, for messages quoted to support. */
export function requestIdSuffix(requestId: string | undefined): string {
  return requestId === undefined ? '' : ` (request id ${requestId})`;
}
