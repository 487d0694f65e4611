/**
 * Turning a response into the operation's result or into the error it stands for. Every body
 * is checked against the contract before a caller sees it.
 */
import * as z from 'zod/mini';
import { HEADER, type Operation, type OperationId } from '../contract/operations.js';
import { type AppointmentsError, ResponseValidationError } from '../errors/appointments-error.js';
import { createApiError } from '../errors/problem-errors.js';
import { Problem } from '../schemas/problem.js';
import { parseRetryAfter } from './retry-policy.js';
import { unlessAborted } from './runtime.js';

/** What reading one response needs besides the response. */
export interface ResponseReading {
  readonly operationId: OperationId;
  readonly success: Operation['success'];
  /** Ends the wait for the body: the caller's abort or the attempt's timeout. */
  readonly signal: AbortSignal;
  /** Milliseconds since the epoch, for `Retry-After` dates. */
  readonly now: number;
}

/** The media type without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
function mediaTypeOf(response: Response): string {
  const contentType = response.headers.get('content-type') ?? '';
  return (contentType.split(';', 1)[0] ?? '').trim().toLowerCase();
}

function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

function requestIdOf(response: Response): string | undefined {
  return response.headers.get(HEADER.requestId) ?? undefined;
}

/** An issue for a body that could not be checked at all (wrong type, not JSON). */
function bodyIssue(message: string): z.core.$ZodIssue {
  return { code: 'custom', path: [], message };
}

function invalidResponse(
  reading: ResponseReading,
  response: Response,
  body: string,
  issues: readonly z.core.$ZodIssue[],
  cause?: unknown,
): ResponseValidationError {
  return new ResponseValidationError({
    operationId: reading.operationId,
    status: response.status,
    requestId: requestIdOf(response),
    issues,
    body,
    cause,
  });
}

/** A body that is not the content at all: cut short, empty, or another kind of document. */
function unreadableResponse(
  reading: ResponseReading,
  response: Response,
  body: string,
  message: string,
): ResponseValidationError {
  return new ResponseValidationError({
    operationId: reading.operationId,
    status: response.status,
    requestId: requestIdOf(response),
    issues: [bodyIssue(message)],
    body,
    bodyUnreadable: true,
  });
}

/**
 * What an iCalendar file (RFC 5545) must hold to be worth saving: one `VCALENDAR` from the
 * first line to the last with at least one `VEVENT` inside. A proxy's error page served as
 * `text/calendar`, or an empty or cut-off file, would otherwise be saved as the appointment.
 */
function calendarProblem(text: string): string | undefined {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line !== '');
  if (lines.length === 0) return 'The calendar file is empty';
  if (lines[0]?.toUpperCase() !== 'BEGIN:VCALENDAR') {
    return 'The calendar file does not start with BEGIN:VCALENDAR';
  }
  if (lines.at(-1)?.toUpperCase() !== 'END:VCALENDAR') {
    return 'The calendar file does not end with END:VCALENDAR';
  }
  const events = lines.filter((line) => line.toUpperCase() === 'BEGIN:VEVENT').length;
  const ends = lines.filter((line) => line.toUpperCase() === 'END:VEVENT').length;
  if (events === 0 || events !== ends) return 'The calendar file holds no complete event';
  return undefined;
}

function readText(response: Response, signal: AbortSignal): Promise<string> {
  return unlessAborted(response.text(), signal);
}

type JsonBody = { readonly parsed: true; readonly value: unknown } | { readonly parsed: false };

function parseJson(text: string): JsonBody {
  try {
    return { parsed: true, value: JSON.parse(text) };
  } catch {
    return { parsed: false };
  }
}

/**
 * The result of a successful response: the validated body, the calendar text, or undefined
 * for an operation without a body. Throws `ResponseValidationError` when the body breaks the
 * contract.
 */
export async function readSuccess(response: Response, reading: ResponseReading): Promise<unknown> {
  const { success } = reading;
  const mediaType = mediaTypeOf(response);

  if (success.schema === null) {
    const text = await readText(response, reading.signal);
    if (success.contentType !== 'text/calendar') return undefined;
    if (mediaType !== 'text/calendar') {
      throw unreadableResponse(
        reading,
        response,
        text,
        `Expected text/calendar, received ${mediaType || 'no content type'}`,
      );
    }
    const problem = calendarProblem(text);
    if (problem !== undefined) throw unreadableResponse(reading, response, text, problem);
    return text;
  }

  const text = await readText(response, reading.signal);
  if (!isJsonMediaType(mediaType)) {
    throw unreadableResponse(
      reading,
      response,
      text,
      `Expected application/json, received ${mediaType || 'no content type'}`,
    );
  }
  const json = parseJson(text);
  if (!json.parsed) {
    throw unreadableResponse(reading, response, text, 'The body is not valid JSON');
  }
  const result = z.safeParse(success.schema, json.value);
  if (!result.success) {
    throw invalidResponse(reading, response, text, result.error.issues, result.error);
  }
  return result.data;
}

/**
 * The error an HTTP error response stands for. A problem body picks the class by its `code`;
 * a body that claims to be `application/problem+json` but is not a valid problem is a
 * `ResponseValidationError`; anything else (a proxy's HTML page, say) is an `ApiError` coded
 * `http-<status>`.
 */
export async function readFailure(
  response: Response,
  reading: ResponseReading,
): Promise<AppointmentsError> {
  const mediaType = mediaTypeOf(response);
  const text = await readText(response, reading.signal);
  const headerRetryAfterMs = parseRetryAfter(response.headers.get(HEADER.retryAfter), reading.now);
  const details = {
    operationId: reading.operationId,
    status: response.status,
    requestId: requestIdOf(response),
  };

  const claimsProblem = mediaType === 'application/problem+json';
  const json = isJsonMediaType(mediaType) ? parseJson(text) : { parsed: false as const };
  if (claimsProblem && !json.parsed) {
    return unreadableResponse(reading, response, text, 'The body is not valid JSON');
  }
  const problem = json.parsed ? z.safeParse(Problem, json.value) : undefined;
  if (claimsProblem && problem && !problem.success) {
    return invalidResponse(reading, response, text, problem.error.issues, problem.error);
  }

  if (problem?.success) {
    const { data } = problem;
    return createApiError({
      ...details,
      code: data.code,
      requestId: details.requestId ?? data.requestId,
      problem: data,
      retryAfterMs:
        headerRetryAfterMs ??
        (data.retryAfterSeconds === undefined ? undefined : data.retryAfterSeconds * 1000),
    });
  }
  return createApiError({
    ...details,
    code: `http-${response.status}`,
    problem: undefined,
    retryAfterMs: headerRetryAfterMs,
  });
}
