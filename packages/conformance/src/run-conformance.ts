/**
 * `runConformance(options)`: runs the checks against a live server and returns the report.
 * Journey checks run one after another, the hold-expiry wait runs alongside them, the checks
 * over the whole run's answers come last, then the rush hour when asked for, then clean-up.
 */
import { createRequire } from 'node:module';
import { type CheckDefinition, Findings, type NotRun } from './check.js';
import { CHECKS } from './checks/index.js';
import { type ConformanceOptions, resolveOptions, UsageError } from './options.js';
import type { CheckResult, ConformanceReport } from './report.js';
import { type RushHourResult, runRushHour } from './rush-hour.js';
import { CheckFailure, TestRun } from './test-run.js';

const manifest = createRequire(import.meta.url)('../package.json') as {
  name: string;
  version: string;
};

/** The kit's name and version, as reports name them. */
export const KIT = { name: manifest.name, version: manifest.version } as const;

/** The check the rush hour reports its invariants under. */
export const RUSH_HOUR_CHECK = {
  id: 'rush-hour.invariants',
  title: 'Under a rush hour no place is oversold, doubled or lost',
  explanation:
    'Many citizens read slots, hold, book and read their booking back at once. Afterwards no slot has more bookings than it had places, no reference or hold was booked twice, every booking reads back confirmed, and every slot shows exactly its places minus its bookings.',
  contract: 'createHold, createBooking, getBooking under concurrent load; Slot.remaining',
} as const;

/** Runs the selected checks against the server and cleans up after them. */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const resolved = resolveOptions(options);
  const selected = selectChecks(resolved.checks);
  const run = new TestRun(resolved);
  const started = Date.now();
  const results = new Map<string, CheckResult>();

  const execute = async (check: CheckDefinition) => {
    const result = await runCheck(run, check);
    results.set(check.id, result);
    resolved.log(`${result.status.padEnd(7)} ${check.id}`);
  };
  const background = Promise.all(
    selected.filter((check) => check.phase === 'background').map(execute),
  );
  for (const check of selected.filter((candidate) => candidate.phase === 'journey')) {
    await execute(check);
  }
  await background;
  for (const check of selected.filter((candidate) => candidate.phase === 'whole-run')) {
    await execute(check);
  }
  let rushHour: RushHourResult | undefined;
  const rushHourOptions = resolved.rushHour;
  if (rushHourOptions) {
    await execute({
      ...RUSH_HOUR_CHECK,
      phase: 'whole-run',
      async run(testRun, findings) {
        rushHour = await runRushHour(testRun, rushHourOptions, findings);
        return undefined;
      },
    });
  }
  const cleanup = await run.cleanUp();

  const ordered = [
    ...selected.map((check) => results.get(check.id) as CheckResult),
    ...(results.has(RUSH_HOUR_CHECK.id) ? [results.get(RUSH_HOUR_CHECK.id) as CheckResult] : []),
  ];
  const count = (status: CheckResult['status']) =>
    ordered.filter((result) => result.status === status).length;
  return {
    kit: KIT,
    target: {
      baseUrl: resolved.baseUrl,
      serviceId: resolved.serviceId,
      centreId: resolved.centreId,
      origin: resolved.origin,
    },
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    passed: count('failed') === 0,
    summary: { passed: count('passed'), failed: count('failed'), notRun: count('not-run') },
    checks: ordered,
    ...(rushHour ? { rushHour } : {}),
    cleanup,
  };
}

function selectChecks(ids: readonly string[] | undefined): CheckDefinition[] {
  if (!ids || ids.length === 0) return [...CHECKS];
  const unknown = ids.filter((id) => !CHECKS.some((check) => check.id === id));
  if (unknown.length > 0) {
    throw new UsageError(
      `Unknown check ${unknown.join(', ')}. Checks: ${CHECKS.map((check) => check.id).join(', ')}.`,
    );
  }
  return CHECKS.filter((check) => ids.includes(check.id));
}

async function runCheck(run: TestRun, check: CheckDefinition): Promise<CheckResult> {
  const findings = new Findings();
  const started = Date.now();
  let outcome: NotRun | undefined;
  try {
    outcome = await check.run(run, findings);
  } catch (error) {
    findings.fail(
      error instanceof CheckFailure ? error.message : `The check stopped: ${messageOf(error)}`,
    );
  }
  const base = {
    id: check.id,
    title: check.title,
    explanation: check.explanation,
    contract: check.contract,
    durationMs: Date.now() - started,
    failures: findings.failures,
    notes: findings.notes,
  };
  if (outcome && findings.failures.length === 0) {
    return { ...base, status: 'not-run', notRunReason: outcome.notRun };
  }
  return { ...base, status: findings.failures.length > 0 ? 'failed' : 'passed' };
}

function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
