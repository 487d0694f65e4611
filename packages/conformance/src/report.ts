/** The report of a run: what was checked, what passed, what failed and why. */
import type { CheckStatus } from './check.js';
import type { RushHourResult } from './rush-hour.js';
import type { CleanupSummary } from './test-run.js';

export interface CheckResult {
  readonly id: string;
  readonly title: string;
  readonly explanation: string;
  readonly contract: string;
  readonly status: CheckStatus;
  readonly durationMs: number;
  /** Ways the server broke the contract (empty unless failed). */
  readonly failures: readonly string[];
  /** What was observed. */
  readonly notes: readonly string[];
  /** Why the check did not run (only with `not-run`). */
  readonly notRunReason?: string;
}

export interface ConformanceReport {
  readonly kit: { readonly name: string; readonly version: string };
  /** What was tested. Never holds the test applicant's details or the token. */
  readonly target: {
    readonly baseUrl: string;
    readonly serviceId: string;
    readonly centreId: string;
    readonly origin: string;
  };
  readonly startedAt: string;
  readonly durationMs: number;
  /** True when no check failed (checks not run do not count against it). */
  readonly passed: boolean;
  readonly summary: {
    readonly passed: number;
    readonly failed: number;
    readonly notRun: number;
  };
  readonly checks: readonly CheckResult[];
  /** Present when the rush-hour profile ran. */
  readonly rushHour?: RushHourResult;
  readonly cleanup: CleanupSummary;
}
