/**
 * `gov-appointment-conformance`: runs the kit from a terminal or CI. Prints the table, writes
 * JSON and JUnit XML where asked, and exits 0 when every check passed, 1 when one failed,
 * 2 when the command itself was wrong.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CHECKS } from './checks/index.js';
import { type ConformanceOptions, UsageError } from './options.js';
import { formatJson, formatJUnit, formatTable } from './report-formats.js';
import { RUSH_HOUR_CHECK, runConformance } from './run-conformance.js';

const EXIT = { passed: 0, failed: 1, usage: 2 } as const;

const HELP = `Usage: gov-appointment-conformance --base-url <url> --service <id> --centre <id>
                                   --national-id <9 digits> --mobile <+973...> [options]

Checks a server implementing the national appointments API against the contract, with a
service and centre set aside for testing. It holds and books places, then releases and
cancels everything it made.

Required:
  --base-url <url>          The versioned base URL, e.g. https://staging.example/v1
  --service <id>            A service set aside for testing
  --centre <id>             A centre offering it, set aside for testing
  --national-id <digits>    The test applicant's national ID (never printed)
  --mobile <number>         The test applicant's mobile, +973 then 8 digits (never printed)

Options:
  --name <text>             The test applicant's name (default "Conformance Test")
  --origin <origin>         The page origin for CORS (default https://ministry.example)
  --check <id>              Run only this check (repeatable)
  --skip-hold-expiry        Do not wait for a hold to expire (reported as not run)
  --hold-expiry-grace <s>   Seconds allowed after expiresAt for the place to return (2)
  --identifier-sample <n>   Hold ids and references sampled (16)
  --search-days <n>         Days ahead searched for free slots (30, at most 93)
  --rush-hour               Add the rush-hour load profile
  --citizens <n>            Citizens booking at once in the rush hour (20)
  --rush-hour-seconds <s>   Longest the rush hour lasts (30)
  --rush-hour-requests <n>  Most requests the rush hour sends (2000)
  --json <file>             Write the report as JSON
  --junit <file>            Write the report as JUnit XML
  --list                    List the checks and exit
  --help                    Show this help

Environment:
  GOV_APPOINTMENT_TOKEN     Bearer token for deployments that need sign-in (kept out of
                            the command line, so it stays out of shell history)

Exit codes: 0 every check passed, 1 a check failed, 2 usage error.
`;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly environment: Readonly<Record<string, string | undefined>>;
}

function wholeNumber(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number, got "${text}".`);
  return Number(text);
}

/** Reads the command line into options; throws {@link UsageError} when it is wrong. */
function parseCommandLine(
  args: readonly string[],
  environment: CliIo['environment'],
): { options: ConformanceOptions; json?: string; junit?: string } | 'help' | 'list' {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(args).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  if (values.list) return 'list';
  const required = ['base-url', 'service', 'centre', 'national-id', 'mobile'] as const;
  const missing = required.filter((name) => values[name] === undefined);
  if (missing.length > 0) {
    throw new UsageError(`Missing ${missing.map((name) => `--${name}`).join(', ')}.`);
  }
  const rushHour =
    values['rush-hour'] === true
      ? {
          citizens: wholeNumber('citizens', values.citizens),
          durationSeconds: wholeNumber('rush-hour-seconds', values['rush-hour-seconds']),
          maxRequests: wholeNumber('rush-hour-requests', values['rush-hour-requests']),
        }
      : undefined;
  const options: ConformanceOptions = {
    baseUrl: values['base-url'] as string,
    serviceId: values.service as string,
    centreId: values.centre as string,
    nationalId: values['national-id'] as string,
    mobile: values.mobile as string,
    applicantName: values.name,
    bearerToken: environment.GOV_APPOINTMENT_TOKEN || undefined,
    origin: values.origin,
    checks: values.check,
    skipHoldExpiry: values['skip-hold-expiry'],
    holdExpiryGraceSeconds: wholeNumber('hold-expiry-grace', values['hold-expiry-grace']),
    identifierSample: wholeNumber('identifier-sample', values['identifier-sample']),
    searchDays: wholeNumber('search-days', values['search-days']),
    rushHour,
  };
  return { options, json: values.json, junit: values.junit };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      'base-url': { type: 'string' },
      service: { type: 'string' },
      centre: { type: 'string' },
      'national-id': { type: 'string' },
      mobile: { type: 'string' },
      name: { type: 'string' },
      origin: { type: 'string' },
      check: { type: 'string', multiple: true },
      'skip-hold-expiry': { type: 'boolean' },
      'hold-expiry-grace': { type: 'string' },
      'identifier-sample': { type: 'string' },
      'search-days': { type: 'string' },
      'rush-hour': { type: 'boolean' },
      citizens: { type: 'string' },
      'rush-hour-seconds': { type: 'string' },
      'rush-hour-requests': { type: 'string' },
      json: { type: 'string' },
      junit: { type: 'string' },
      list: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
}

/** Runs the command; resolves with the exit code. */
export async function main(args: readonly string[], io: CliIo): Promise<number> {
  let command: ReturnType<typeof parseCommandLine>;
  try {
    command = parseCommandLine(args, io.environment);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${HELP}`);
    return EXIT.usage;
  }
  if (command === 'help') {
    io.stdout(HELP);
    return EXIT.passed;
  }
  if (command === 'list') {
    for (const check of [...CHECKS, RUSH_HOUR_CHECK]) io.stdout(`${check.id}  ${check.title}\n`);
    return EXIT.passed;
  }
  let report: Awaited<ReturnType<typeof runConformance>>;
  try {
    report = await runConformance({
      ...command.options,
      log: (line) => io.stderr(`${line}\n`),
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT.usage;
  }
  io.stdout(formatTable(report));
  if (command.json) await writeFile(command.json, formatJson(report));
  if (command.junit) await writeFile(command.junit, formatJUnit(report));
  return report.passed ? EXIT.passed : EXIT.failed;
}
