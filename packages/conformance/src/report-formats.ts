/**
 * The report for people (a plain-text table), and for CI (JSON, and JUnit XML that CI
 * systems show as test results: one test case per check, failures with their findings,
 * checks not run as skipped).
 */
import type { ConformanceReport } from './report.js';

const STATUS_LABEL = { passed: 'PASS', failed: 'FAIL', 'not-run': 'NOT RUN' } as const;

/** The report as a table with the findings under each failed check. */
export function formatTable(report: ConformanceReport): string {
  const idWidth = Math.max(...report.checks.map((check) => check.id.length), 5);
  const lines = [
    `Conformance of ${report.target.baseUrl} (service ${report.target.serviceId}, centre ${report.target.centreId})`,
    `${report.kit.name} ${report.kit.version}, ${report.startedAt}, ${seconds(report.durationMs)}`,
    '',
    `${'RESULT'.padEnd(8)}${'CHECK'.padEnd(idWidth + 2)}WHAT IT MEANS`,
  ];
  for (const check of report.checks) {
    lines.push(
      `${STATUS_LABEL[check.status].padEnd(8)}${check.id.padEnd(idWidth + 2)}${check.title}`,
    );
    const indent = ' '.repeat(8 + idWidth + 2);
    for (const failure of check.failures) lines.push(`${indent}- ${failure}`);
    if (check.notRunReason) lines.push(`${indent}${check.notRunReason}`);
    if (check.status === 'failed') lines.push(`${indent}Contract: ${check.contract}`);
  }
  if (report.rushHour) {
    const rush = report.rushHour;
    lines.push(
      '',
      `Rush hour: ${rush.citizens} citizens, ${rush.requests} requests in ${rush.durationSeconds} s, ${rush.bookings} bookings for ${rush.places} places in ${rush.slots} slots, ${rush.unanswered} unanswered`,
      `${'OPERATION'.padEnd(16)}${'REQUESTS'.padStart(9)}${'P50 ms'.padStart(9)}${'P95 ms'.padStart(9)}${'P99 ms'.padStart(9)}${'ERRORS'.padStart(9)}  BY CODE`,
    );
    for (const [operation, statistics] of Object.entries(rush.operations)) {
      const byCode = Object.entries(statistics.errors)
        .map(([code, count]) => `${code} ${count}`)
        .join(', ');
      lines.push(
        `${operation.padEnd(16)}${String(statistics.requests).padStart(9)}${String(statistics.latencyMs.p50).padStart(9)}${String(statistics.latencyMs.p95).padStart(9)}${String(statistics.latencyMs.p99).padStart(9)}${`${(statistics.errorRate * 100).toFixed(1)}%`.padStart(9)}  ${byCode}`,
      );
    }
  }
  const { summary, cleanup } = report;
  lines.push(
    '',
    `${summary.passed} passed, ${summary.failed} failed, ${summary.notRun} not run.`,
    `Clean-up: ${cleanup.holdsReleased} holds released, ${cleanup.bookingsCancelled} bookings cancelled.`,
  );
  for (const leftover of cleanup.leftovers) lines.push(`Left behind: ${leftover}`);
  return `${lines.join('\n')}\n`;
}

export function formatJson(report: ConformanceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** JUnit XML: one test suite, one test case per check. */
export function formatJUnit(report: ConformanceReport): string {
  const { summary } = report;
  const cases = report.checks.map((check) => {
    const attributes = `classname="${xml(check.id.split('.')[0] ?? check.id)}" name="${xml(`${check.id}: ${check.title}`)}" time="${(check.durationMs / 1000).toFixed(3)}"`;
    if (check.status === 'passed') return `    <testcase ${attributes}/>`;
    if (check.status === 'not-run') {
      return `    <testcase ${attributes}>\n      <skipped message="${xml(check.notRunReason ?? 'Not run.')}"/>\n    </testcase>`;
    }
    const message = check.failures[0] ?? 'Failed.';
    const body = [...check.failures, `Contract: ${check.contract}`, check.explanation].join('\n');
    return `    <testcase ${attributes}>\n      <failure message="${xml(message)}" type="conformance">${xml(body)}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(report.kit.name)}" tests="${report.checks.length}" failures="${summary.failed}" skipped="${summary.notRun}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${xml(`Conformance of ${report.target.baseUrl}`)}" tests="${report.checks.length}" failures="${summary.failed}" errors="0" skipped="${summary.notRun}" timestamp="${report.startedAt}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}
