/**
 * Checks that judge every answer the server gave during the run: each against the OpenAPI
 * document, each failure as a problem with a stable code, each answer with personal data kept
 * out of caches, each 429 and 503 with `Retry-After`, each answer readable across origins.
 */
import { EXPOSED_HEADERS, HEADER, operations } from '@gov-appointment/sdk/contract';
import { PROBLEM_STATUS, PROBLEM_TYPE_BASE } from '@gov-appointment/sdk/schemas';
import { describeAnswer, type Exchange, problemCodeOf } from '../api-client.js';
import type { CheckDefinition, Findings } from '../check.js';
import { ResponseValidator } from '../openapi-validation.js';
import type { TestRun } from '../test-run.js';
import { contractTour } from './contract-tour.js';
import { verificationThrottleTrial } from './verification-throttle.js';

/** At most this many findings of one kind are listed; the rest are counted. */
const MAX_LISTED = 12;

function listAll(findings: Findings, failures: readonly string[]): void {
  for (const failure of failures.slice(0, MAX_LISTED)) findings.fail(failure);
  if (failures.length > MAX_LISTED) {
    findings.fail(`…and ${failures.length - MAX_LISTED} more like these.`);
  }
}

function contractAnswers(run: TestRun): Exchange[] {
  return run.client.exchanges.filter((exchange) => exchange.operationId !== null);
}

export const responsesMatchDocument: CheckDefinition = {
  id: 'openapi.responses',
  title: 'Every answer matches the OpenAPI document',
  explanation:
    'Each answer of the run (successes and problems) has a status the document lists for its operation, one of its media types, and a body valid against its JSON Schema. Clients validate every answer; one that does not match is treated as a failure.',
  contract: 'OpenAPI document @gov-appointment/sdk/openapi.json (paths, components.schemas)',
  phase: 'whole-run',
  async run(run, findings) {
    await contractTour(run);
    const validator = new ResponseValidator();
    const answers = contractAnswers(run);
    listAll(
      findings,
      answers.flatMap((exchange) => validator.violations(exchange)),
    );
    findings.note(`${answers.length} answers validated.`);
  },
};

export const problemDetails: CheckDefinition = {
  id: 'problems.format',
  title: 'Failures are problem details with stable codes',
  explanation:
    'Every 4xx and 5xx answer is RFC 9457 problem details (application/problem+json) with a `code` from the contract, the HTTP status that code comes with, `type` naming the code, and the request id of the X-Request-Id header. The expected code comes back for each failure provoked on purpose. Clients switch on `code`, never on text.',
  contract: 'Problem, ProblemCode and PROBLEM_STATUS in @gov-appointment/sdk/schemas',
  phase: 'whole-run',
  async run(run, findings) {
    const tour = await contractTour(run);
    for (const { exchange, code, asked } of tour.expectedProblems) {
      findings.expect(
        problemCodeOf(exchange) === code,
        `For ${asked}, expected ${code}, got ${describeAnswer(exchange)}.`,
      );
    }
    const failures: string[] = [];
    const problems = contractAnswers(run).filter((exchange) => exchange.status >= 400);
    for (const exchange of problems) {
      const where = `${exchange.operationId} ${exchange.status}`;
      const contentType = exchange.headers.get('Content-Type') ?? '';
      if (!/^application\/problem\+json\b/i.test(contentType)) {
        failures.push(`${where}: Content-Type is "${contentType}", not application/problem+json.`);
        continue;
      }
      const body = exchange.json as Record<string, unknown> | undefined;
      const code = body?.code;
      if (typeof code !== 'string' || !(code in PROBLEM_STATUS)) {
        failures.push(`${where}: "${String(code)}" is not a problem code of the contract.`);
        continue;
      }
      const status = PROBLEM_STATUS[code as keyof typeof PROBLEM_STATUS];
      if (status !== exchange.status) {
        failures.push(`${where}: ${code} comes with status ${status}.`);
      }
      if (body?.status !== exchange.status) {
        failures.push(`${where}: the body's status is ${String(body?.status)}.`);
      }
      if (body?.type !== `${PROBLEM_TYPE_BASE}${code}`) {
        failures.push(
          `${where}: type is "${String(body?.type)}", not ${PROBLEM_TYPE_BASE}${code}.`,
        );
      }
      const requestId = exchange.headers.get(HEADER.requestId);
      if (requestId !== null && body?.requestId !== requestId) {
        failures.push(`${where}: requestId differs from the X-Request-Id header.`);
      }
    }
    listAll(findings, failures);
    findings.note(`${problems.length} problem answers judged.`);
  },
};

const PERSONAL_OPERATIONS = new Set<string>(
  operations.filter((operation) => operation.personalData).map((operation) => operation.id),
);

export const personalDataNotCached: CheckDefinition = {
  id: 'cache.no-store',
  title: 'Answers with personal data are never cached',
  explanation:
    'Every successful answer that carries the applicant’s details (bookings, the calendar file) has `Cache-Control: no-store`, so no browser, proxy or shared kiosk keeps a copy of someone’s national ID, name or phone.',
  contract: 'operations.ts: personalData operations (Cache-Control: no-store)',
  phase: 'whole-run',
  async run(run, findings) {
    await contractTour(run);
    const personal = contractAnswers(run).filter(
      (exchange) =>
        PERSONAL_OPERATIONS.has(exchange.operationId ?? '') &&
        exchange.status >= 200 &&
        exchange.status < 300,
    );
    const failures = personal
      .filter(
        (exchange) => !/(^|,)\s*no-store\b/i.test(exchange.headers.get('Cache-Control') ?? ''),
      )
      .map(
        (exchange) =>
          `${exchange.operationId} ${exchange.status}: Cache-Control is "${exchange.headers.get('Cache-Control') ?? '(none)'}".`,
      );
    listAll(findings, failures);
    findings.expect(personal.length > 0, 'No answer with personal data was seen.');
    findings.note(`${personal.length} answers with personal data judged.`);
  },
};

/** `Retry-After` is delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
function retryAfterSeconds(value: string | null): number | null {
  if (value === null) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

export const retryAfter: CheckDefinition = {
  id: 'retry-after',
  title: '429 and 503 say when to retry',
  explanation:
    'Every 429 (too many requests) and 503 (unavailable) answer has a `Retry-After` header, in seconds or as a date, and `retryAfterSeconds` in the problem agrees with it, so clients wait instead of hammering the server. The verification throttle provokes a 429; any 429 or 503 seen elsewhere in the run is judged too.',
  contract: 'HEADER.retryAfter; Problem.retryAfterSeconds; CONTRACT_RULES.verificationThrottle',
  phase: 'whole-run',
  async run(run, findings) {
    const limited = () =>
      contractAnswers(run).filter((exchange) => exchange.status === 429 || exchange.status === 503);
    if (limited().length === 0) await verificationThrottleTrial(run);
    const answers = limited();
    if (answers.length === 0) {
      return {
        notRun: 'The server answered no 429 or 503 during the run, not even when throttling.',
      };
    }
    const failures: string[] = [];
    for (const exchange of answers) {
      const where = `${exchange.operationId} ${exchange.status}`;
      const header = exchange.headers.get(HEADER.retryAfter);
      const seconds = retryAfterSeconds(header);
      if (seconds === null) {
        failures.push(`${where}: Retry-After is ${header === null ? 'missing' : `"${header}"`}.`);
        continue;
      }
      const inBody = (exchange.json as { retryAfterSeconds?: unknown } | undefined)
        ?.retryAfterSeconds;
      if (inBody !== undefined && /^\d+$/.test(header?.trim() ?? '') && inBody !== seconds) {
        failures.push(`${where}: retryAfterSeconds ${String(inBody)} but Retry-After ${seconds}.`);
      }
    }
    listAll(findings, failures);
    findings.note(`${answers.length} answers with 429 or 503 judged.`);
  },
};

export const corsExposedHeaders: CheckDefinition = {
  id: 'cors.exposed-headers',
  title: 'Answers are readable from the ministry’s page',
  explanation:
    'Every answer to a request from the configured Origin allows that origin and exposes ETag, X-Request-Id, Retry-After and Location, which the widget reads in the browser (without them a booking change cannot send If-Match, and a 429 cannot be waited out).',
  contract: 'EXPOSED_HEADERS in @gov-appointment/sdk/contract',
  phase: 'whole-run',
  async run(run, findings) {
    await contractTour(run);
    const origin = run.options.origin;
    const failures: string[] = [];
    const answers = contractAnswers(run);
    for (const exchange of answers) {
      const where = `${exchange.operationId} ${exchange.status}`;
      const allowed = exchange.headers.get('Access-Control-Allow-Origin');
      if (allowed !== '*' && allowed !== origin) {
        failures.push(`${where}: Access-Control-Allow-Origin is ${allowed ?? 'missing'}.`);
        continue;
      }
      const exposed = (exchange.headers.get('Access-Control-Expose-Headers') ?? '')
        .split(',')
        .map((name) => name.trim().toLowerCase());
      const missing = EXPOSED_HEADERS.filter(
        (name) => !exposed.includes(name.toLowerCase()) && !exposed.includes('*'),
      );
      if (missing.length > 0) failures.push(`${where}: does not expose ${missing.join(', ')}.`);
    }
    listAll(findings, failures);
    findings.note(`${answers.length} answers judged for Origin ${origin}.`);
  },
};
