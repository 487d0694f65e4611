/**
 * Errors: RFC 9457 problem details with a stable machine-readable `code`.
 * Clients switch on `code`, never on `title` or `detail` (which are for people and may change).
 */
import * as z from 'zod/mini';

/** Every failure the API reports, with the HTTP status it comes with. */
export const PROBLEM_STATUS = {
  'validation-failed': 422,
  'not-found': 404,
  'slot-full': 409,
  'hold-not-found': 404,
  'hold-expired': 410,
  'hold-extension-limit': 409,
  'booking-not-found': 404,
  'booking-not-modifiable': 409,
  'verification-failed': 403,
  'version-conflict': 412,
  'precondition-required': 428,
  'idempotency-key-missing': 400,
  'idempotency-key-reused': 422,
  'idempotency-key-in-use': 409,
  'payload-too-large': 413,
  unauthorized: 401,
  'rate-limited': 429,
  unavailable: 503,
  'internal-error': 500,
} as const;

export type ProblemCode = keyof typeof PROBLEM_STATUS;
export const PROBLEM_CODES = Object.keys(PROBLEM_STATUS) as [ProblemCode, ...ProblemCode[]];

export const ProblemCodeSchema = z.enum(PROBLEM_CODES).register(z.globalRegistry, {
  id: 'ProblemCode',
  description:
    'Stable machine-readable failure code. New codes may be added: treat unknown ones as generic.',
});

/**
 * What is wrong with one field of a request: `required` (absent), `format` (not in the
 * expected form, e.g. a national ID that is not nine digits), `too-short` and `too-long`
 * (text or list length), `invalid` (any other rule: a value outside its set, a wrong type,
 * a relation to another field or resource).
 */
export const FIELD_ERROR_CODES = [
  'required',
  'format',
  'too-short',
  'too-long',
  'invalid',
] as const;
export const FieldErrorCode = z.enum(FIELD_ERROR_CODES).register(z.globalRegistry, {
  id: 'FieldErrorCode',
  description:
    'What is wrong with one field. New codes may be added: treat unknown ones as `invalid`.',
});
export type FieldErrorCode = z.infer<typeof FieldErrorCode>;

export const FieldError = z
  .object({
    /**
     * RFC 6901 JSON pointer into the request body (`/applicant/mobile`), or to another input
     * under `/path`, `/query` or `/headers`, a header named in lower case
     * (`/headers/applicant-national-id`).
     */
    pointer: z.string(),
    /** What is wrong (see `FieldErrorCode`); any other string is read as a code added later. */
    code: z.union([FieldErrorCode, z.string()]),
    detail: z.string(),
  })
  .register(z.globalRegistry, { id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

/**
 * A problem as the SDK reads it. `code` is a plain string so that a code added later by a
 * server still parses (it then maps to the generic error class).
 */
export const Problem = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    code: z.string(),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    requestId: z.optional(z.string()),
    /** Present with `validation-failed`. */
    errors: z.optional(z.array(FieldError)),
    /** Present with `rate-limited` and `unavailable`, mirroring `Retry-After`. */
    retryAfterSeconds: z.optional(z.int().check(z.nonnegative())),
  })
  .register(z.globalRegistry, {
    id: 'Problem',
    description:
      'RFC 9457 problem details (`application/problem+json`). `type` is `https://appointments.gov.bh/problems/{code}`.',
  });
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_TYPE_BASE = 'https://appointments.gov.bh/problems/';
