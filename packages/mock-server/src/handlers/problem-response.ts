/** Problem details responses (RFC 9457) for an {@link ApiProblem}. */
import { PROBLEM_TYPE_BASE, type Problem } from '@gov-appointment/sdk/schemas';
import { type ApiProblem, PROBLEM_TITLE } from '../api-problem.js';
import type { ApiResponse } from './api-response.js';

export function problemResponse(
  problem: ApiProblem,
  context: { readonly requestId: string; readonly instance: string },
): ApiResponse {
  const body: Problem = {
    type: `${PROBLEM_TYPE_BASE}${problem.code}`,
    title: PROBLEM_TITLE[problem.code],
    status: problem.status,
    code: problem.code,
    detail: problem.detail,
    instance: context.instance,
    requestId: context.requestId,
    ...(problem.errors ? { errors: [...problem.errors] } : {}),
    ...(problem.retryAfterSeconds === undefined
      ? {}
      : { retryAfterSeconds: problem.retryAfterSeconds }),
  };
  return {
    status: problem.status,
    headers: {
      'Content-Type': 'application/problem+json',
      ...(problem.retryAfterSeconds === undefined
        ? {}
        : { 'Retry-After': String(problem.retryAfterSeconds) }),
      ...problem.headers,
    },
    body: { json: body },
  };
}
