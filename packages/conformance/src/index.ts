/**
 * @gov-appointment/conformance: checks that a server implementing the national appointments
 * API keeps the contract the widget and SDK rely on.
 *
 * @example
 * ```ts
 * import { formatTable, runConformance } from '@gov-appointment/conformance';
 *
 * const report = await runConformance({
 *   baseUrl: 'https://staging.example/v1',
 *   serviceId: 'passport-renewal',
 *   centreId: 'isa-town-passport-office',
 *   nationalId: '880101234',
 *   mobile: '+97336001234',
 * });
 * console.log(formatTable(report));
 * ```
 */
export type { CheckDefinition, CheckStatus } from './check.js';
export { CHECKS } from './checks/index.js';
export { identifierStatistics } from './identifier-statistics.js';
export { type ConformanceOptions, UsageError } from './options.js';
export type { CheckResult, ConformanceReport } from './report.js';
export { formatJson, formatJUnit, formatTable } from './report-formats.js';
export { KIT, RUSH_HOUR_CHECK, runConformance } from './run-conformance.js';
export type { OperationStatistics, RushHourOptions, RushHourResult } from './rush-hour.js';
export { CHANGE_MARGIN_MINUTES, type CleanupSummary } from './test-run.js';
