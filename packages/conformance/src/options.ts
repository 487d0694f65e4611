/**
 * What an operator tells the kit: where the server is, the test data set aside for the run,
 * and how hard to push.
 */
import type { RushHourOptions } from './rush-hour.js';

export interface ConformanceOptions {
  /** The versioned base URL, e.g. `https://staging.example/v1`. */
  readonly baseUrl: string;
  /** A service set aside for testing (its slots are held and booked during the run). */
  readonly serviceId: string;
  /** A centre offering that service, set aside for testing. */
  readonly centreId: string;
  /** The test applicant's national ID (nine digits). Never printed or reported. */
  readonly nationalId: string;
  /** The test applicant's mobile number (`+973` and eight digits). Never printed or reported. */
  readonly mobile: string;
  /** The test applicant's name (default `Conformance Test`). */
  readonly applicantName?: string;
  /** For deployments that need sign-in: sent as `Authorization: Bearer <token>`. */
  readonly bearerToken?: string;
  /**
   * The origin of a page that embeds the widget (default `https://ministry.example`): sent as
   * `Origin`, and the origin the CORS check asks for.
   */
  readonly origin?: string;
  /** Run only these checks (by id); all when omitted. */
  readonly checks?: readonly string[];
  /**
   * Skips waiting for a hold to expire (up to the contract's hold period). The report shows
   * the check as not run; nothing else is skipped.
   */
  readonly skipHoldExpiry?: boolean;
  /** Seconds allowed after a hold's `expiresAt` for its place to come back (default 2). */
  readonly holdExpiryGraceSeconds?: number;
  /** Concurrent hold requests beyond a slot's places in the capacity check (default 4). */
  readonly extraConcurrentHolds?: number;
  /** How many hold ids and booking references the identifier check collects (default 16). */
  readonly identifierSample?: number;
  /** Days ahead searched for free slots (default 30, at most 93). */
  readonly searchDays?: number;
  /** Per-request time limit in milliseconds (default 15000). */
  readonly requestTimeoutMs?: number;
  /** Adds the rush-hour load profile to the run. */
  readonly rushHour?: RushHourOptions;
  /** Progress lines (one per check); silent when omitted. */
  readonly log?: (line: string) => void;
  /** Injectable `fetch`, for tests of the kit itself. */
  readonly fetch?: typeof fetch;
}

/** The options with every default filled in. */
export interface ResolvedOptions
  extends Required<
    Omit<ConformanceOptions, 'bearerToken' | 'checks' | 'rushHour' | 'log' | 'fetch'>
  > {
  readonly bearerToken: string | undefined;
  readonly checks: readonly string[] | undefined;
  readonly rushHour: RushHourOptions | undefined;
  readonly log: (line: string) => void;
  readonly fetch: typeof fetch | undefined;
}

/** Thrown for options that cannot work; the CLI turns it into exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const NATIONAL_ID = /^\d{9}$/;
const MOBILE = /^\+973[36]\d{7}$/;
const RESOURCE_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;

export function resolveOptions(options: ConformanceOptions): ResolvedOptions {
  let baseUrl: URL;
  try {
    baseUrl = new URL(options.baseUrl);
  } catch {
    throw new UsageError(`--base-url must be an absolute URL, got "${options.baseUrl}".`);
  }
  if (baseUrl.protocol !== 'https:' && baseUrl.protocol !== 'http:') {
    throw new UsageError('--base-url must be an http or https URL.');
  }
  if (!RESOURCE_ID.test(options.serviceId)) {
    throw new UsageError('--service must be a service id such as "passport-renewal".');
  }
  if (!RESOURCE_ID.test(options.centreId)) {
    throw new UsageError('--centre must be a centre id such as "isa-town-health-centre".');
  }
  if (!NATIONAL_ID.test(options.nationalId)) {
    throw new UsageError('--national-id must be the test applicant’s nine-digit national ID.');
  }
  if (!MOBILE.test(options.mobile)) {
    throw new UsageError('--mobile must be +973 followed by eight digits starting with 3 or 6.');
  }
  const origin = options.origin ?? 'https://ministry.example';
  try {
    if (new URL(origin).origin !== origin) throw new Error('not an origin');
  } catch {
    throw new UsageError(`--origin must be an origin such as https://ministry.example.`);
  }
  const searchDays = options.searchDays ?? 30;
  if (!Number.isInteger(searchDays) || searchDays < 1 || searchDays > 93) {
    throw new UsageError('--search-days must be a whole number from 1 to 93.');
  }
  return {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    serviceId: options.serviceId,
    centreId: options.centreId,
    nationalId: options.nationalId,
    mobile: options.mobile,
    applicantName: options.applicantName ?? 'Conformance Test',
    bearerToken: options.bearerToken,
    origin,
    checks: options.checks,
    skipHoldExpiry: options.skipHoldExpiry ?? false,
    holdExpiryGraceSeconds: options.holdExpiryGraceSeconds ?? 2,
    extraConcurrentHolds: options.extraConcurrentHolds ?? 4,
    identifierSample: options.identifierSample ?? 16,
    searchDays,
    requestTimeoutMs: options.requestTimeoutMs ?? 15_000,
    rushHour: options.rushHour,
    log: options.log ?? (() => {}),
    fetch: options.fetch,
  };
}
