/**
 * Reads and validates a request's path parameters, query and JSON body with the contract's
 * schemas, reporting every problem as a field error with an RFC 6901 pointer. Body errors
 * point into the body (`/applicant/mobile`); query, path and header errors are prefixed with
 * `/query`, `/path` and `/headers`, a header named in lower case
 * (`/query/to`, `/headers/applicant-national-id`).
 */
import { CONTRACT_RULES, HEADER, type Operation } from '@gov-appointment/sdk/contract';
import { type FieldError, NationalId, normaliseNationalId } from '@gov-appointment/sdk/schemas';
import type * as z from 'zod/mini';
import { ApiProblem } from '../api-problem.js';

export interface RequestInput {
  readonly path: Record<string, string>;
  readonly query: Record<string, string>;
  readonly body: unknown;
}

/** A request's body as sent: parsed JSON (`{}` when empty), or not JSON at all. */
export type RawBody =
  | { readonly json: true; readonly value: unknown }
  | { readonly json: false; readonly text: string };

/** Reads the body of an operation that takes one (`undefined` for the others). */
export async function readRawBody(
  operation: Operation,
  request: Request,
  limit: number = CONTRACT_RULES.maxRequestBodyBytes,
): Promise<RawBody | undefined> {
  if (!operation.body) return undefined;
  const declared = Number(request.headers.get('Content-Length'));
  if (declared > limit) throw payloadTooLarge();
  const bytes = await request.arrayBuffer();
  // Counted in bytes as sent, whatever `Content-Length` claimed (it may be absent or false).
  if (bytes.byteLength > limit) throw payloadTooLarge();
  const text = new TextDecoder().decode(bytes);
  // An empty body is read as `{}`: accepted where every field of the body is optional.
  if (text.trim() === '') return { json: true, value: {} };
  try {
    return { json: true, value: JSON.parse(text) };
  } catch {
    return { json: false, text };
  }
}

function payloadTooLarge(): ApiProblem {
  return new ApiProblem(
    'payload-too-large',
    `The request body is larger than ${CONTRACT_RULES.maxRequestBodyBytes} bytes.`,
  );
}

/** Validates the path, query, headers and body; throws the problem that lists every error. */
export function validateRequestInput(
  operation: Operation,
  request: Request,
  pathParams: Readonly<Record<string, string>>,
  rawBody: RawBody | undefined,
): RequestInput {
  const errors: FieldError[] = [];
  const path = operation.pathParams
    ? parseWith(operation.pathParams, pathParams, '/path', errors)
    : {};
  if (errors.length > 0 && !operation.problems.includes('validation-failed')) {
    // A malformed id names nothing: operations without input errors answer "not found".
    throw notFoundFor(operation);
  }
  const query = operation.query
    ? parseWith(operation.query, firstValues(new URL(request.url).searchParams), '/query', errors)
    : {};
  if (operation.verification) checkNationalIdHeader(request, errors);
  let body: unknown;
  if (operation.body && rawBody) {
    if (!rawBody.json) {
      errors.push({ pointer: '', code: 'invalid', detail: 'The body is not valid JSON.' });
    } else if (errors.length === 0) {
      body = parseWith(operation.body, rawBody.value, '', errors);
    }
  }
  if (errors.length > 0) throw validationFailed(errors);
  return { path: path as Record<string, string>, query: query as Record<string, string>, body };
}

/**
 * `Applicant-National-Id` must be present and nine digits once Arabic-Indic and Persian
 * digits are read as Latin: anything else is a malformed request (422), not a wrong ID (403).
 */
function checkNationalIdHeader(request: Request, errors: FieldError[]): void {
  const pointer = `/headers/${HEADER.nationalId.toLowerCase()}`;
  const sent = request.headers.get(HEADER.nationalId);
  if (sent === null || sent.trim() === '') {
    errors.push({ pointer, code: 'required', detail: 'Send the applicant’s national ID.' });
  } else if (!NationalId.safeParse(normaliseNationalId(sent)).success) {
    errors.push({ pointer, code: 'format', detail: 'A national ID has nine digits.' });
  }
}

export function validationFailed(errors: readonly FieldError[]): ApiProblem {
  const detail =
    errors.length === 1 ? 'One field is not valid.' : `${errors.length} fields are not valid.`;
  return new ApiProblem('validation-failed', detail, { errors });
}

function notFoundFor(operation: Operation): ApiProblem {
  const code = operation.problems.find((problem) => problem.endsWith('not-found')) ?? 'not-found';
  return new ApiProblem(code, 'Nothing exists with this id.');
}

function firstValues(searchParams: URLSearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of searchParams) if (!(name in values)) values[name] = value;
  return values;
}

function parseWith(
  schema: z.ZodMiniType,
  input: unknown,
  pointerPrefix: string,
  errors: FieldError[],
): unknown {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) errors.push(fieldErrorOf(issue, input, pointerPrefix));
  return undefined;
}

function fieldErrorOf(issue: z.core.$ZodIssue, input: unknown, pointerPrefix: string): FieldError {
  const pointer = `${pointerPrefix}${issue.path.map((part) => `/${escapePointer(String(part))}`).join('')}`;
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined
        ? { pointer, code: 'required', detail: 'This field is required.' }
        : { pointer, code: 'invalid', detail: `Expected ${issue.expected}.` };
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? {
            pointer,
            code: 'too-short',
            detail:
              issue.origin === 'string'
                ? `Must be at least ${issue.minimum} characters long.`
                : `Must have at least ${issue.minimum} items.`,
          }
        : { pointer, code: 'invalid', detail: `Must be at least ${issue.minimum}.` };
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? {
            pointer,
            code: 'too-long',
            detail:
              issue.origin === 'string'
                ? `Must be at most ${issue.maximum} characters long.`
                : `Must have at most ${issue.maximum} items.`,
          }
        : { pointer, code: 'invalid', detail: `Must be at most ${issue.maximum}.` };
    case 'invalid_format':
      return {
        pointer,
        code: 'format',
        detail:
          issue.format === 'email'
            ? 'Must be an email address.'
            : 'Does not have the expected format.',
      };
    case 'invalid_value':
      return {
        pointer,
        code: 'invalid',
        detail: `Must be one of: ${issue.values.map((value) => String(value)).join(', ')}.`,
      };
    default:
      return { pointer, code: 'invalid', detail: 'This value is not valid.' };
  }
}

/** RFC 6901: `~` becomes `~0` and `/` becomes `~1`. */
function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
