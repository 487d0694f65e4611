/**
 * The command as a ministry's CI runs it: a real process against a real server, its table on
 * stdout, JSON and JUnit files, and its exit code.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli.js';
import { MOBILE, type MockTarget, NATIONAL_ID, startMockTarget } from './support/mock-target.js';

const BIN = fileURLToPath(new URL('../bin/gov-appointment-conformance.mjs', import.meta.url));

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(
  args: readonly string[],
  environment: Record<string, string> = {},
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...environment },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The same command in this process: what the bin runs, without a process start per case. */
async function runInProcess(
  args: readonly string[],
  environment: Record<string, string> = {},
): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    environment,
  });
  return { code, stdout, stderr };
}

function targetArgs(target: MockTarget): string[] {
  const { options } = target;
  return [
    '--base-url',
    options.baseUrl,
    '--service',
    options.serviceId,
    '--centre',
    options.centreId,
    '--national-id',
    options.nationalId,
    '--mobile',
    options.mobile,
  ];
}

let healthy: MockTarget;
let broken: MockTarget;
let folder: string;

before(async () => {
  healthy = await startMockTarget();
  broken = await startMockTarget({ defects: ['if-match-ignored'] });
  folder = await mkdtemp(join(tmpdir(), 'conformance-cli-'));
});
after(async () => {
  await Promise.all([healthy.close(), broken.close(), rm(folder, { recursive: true })]);
});

describe('gov-appointment-conformance', () => {
  it('exits 0 when the checks pass, shows a skipped check as not run, and writes JSON and JUnit', async () => {
    const json = join(folder, 'report.json');
    const junit = join(folder, 'report.xml');
    const outcome = await runCli([
      ...targetArgs(healthy),
      '--check',
      'versions.if-match',
      '--check',
      'holds.expiry',
      '--skip-hold-expiry',
      '--json',
      json,
      '--junit',
      junit,
    ]);
    assert.equal(outcome.code, 0, outcome.stderr);
    assert.match(
      outcome.stdout,
      /^PASS {4}versions\.if-match +Booking changes need the current ETag$/m,
    );
    assert.match(outcome.stdout, /^NOT RUN holds\.expiry +An expired hold gives its place back$/m);
    assert.match(outcome.stdout, /Skipped by the operator \(--skip-hold-expiry\)\./);
    assert.match(outcome.stdout, /^1 passed, 0 failed, 1 not run\.$/m);
    const report = JSON.parse(await readFile(json, 'utf8'));
    assert.deepEqual(
      report.checks.map((check: { id: string; status: string }) => [check.id, check.status]),
      [
        ['holds.expiry', 'not-run'],
        ['versions.if-match', 'passed'],
      ],
    );
    const xml = await readFile(junit, 'utf8');
    assert.match(xml, /<testsuite [^>]*tests="2" failures="0" errors="0" skipped="1"/);
    assert.match(
      xml,
      /<testcase classname="versions" name="versions.if-match: Booking changes need the current ETag" time="[\d.]+"\/>/,
    );
    assert.match(xml, /<skipped message="Skipped by the operator \(--skip-hold-expiry\)\."\/>/);
    for (const text of [outcome.stdout, outcome.stderr, JSON.stringify(report), xml]) {
      assert.doesNotMatch(text, new RegExp(NATIONAL_ID));
      assert.doesNotMatch(text, new RegExp(MOBILE.replace('+', '\\+')));
    }
  });

  it('exits 1 and says what broke when a check fails', async () => {
    const junit = join(folder, 'failed.xml');
    const outcome = await runInProcess([
      ...targetArgs(broken),
      '--check',
      'versions.if-match',
      '--junit',
      junit,
    ]);
    assert.equal(outcome.code, 1, outcome.stderr);
    assert.match(outcome.stdout, /^FAIL {4}versions\.if-match/m);
    assert.match(
      outcome.stdout,
      /- Cancelling without If-Match answered 200, not 428 precondition-required\./,
    );
    assert.match(outcome.stdout, /Contract: operations\.ts: ifMatch/);
    const xml = await readFile(junit, 'utf8');
    assert.match(
      xml,
      /<failure message="Cancelling without If-Match answered 200, not 428 precondition-required\." type="conformance">/,
    );
  });

  it('exits 2 with the help when the command is wrong', async () => {
    const missing = await runCli(['--base-url', healthy.options.baseUrl]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^Missing --service, --centre, --national-id, --mobile\./);
    assert.match(missing.stderr, /Usage: gov-appointment-conformance/);
    const unknownCheck = await runInProcess([...targetArgs(healthy), '--check', 'no.such-check']);
    assert.equal(unknownCheck.code, 2);
    assert.match(unknownCheck.stderr, /^Unknown check no\.such-check\./);
    const badId = await runInProcess([
      ...targetArgs(healthy).slice(0, 6),
      '--national-id',
      '12345',
      '--mobile',
      MOBILE,
    ]);
    assert.equal(badId.code, 2);
    assert.match(badId.stderr, /--national-id must be the test applicant’s nine-digit national ID/);
    assert.doesNotMatch(badId.stderr, /12345/);
  });

  it('sends the bearer token from the environment and never prints it', async () => {
    const accepted = await runInProcess([...targetArgs(healthy), '--check', 'versions.if-match'], {
      GOV_APPOINTMENT_TOKEN: 'staging.token-1',
    });
    assert.equal(accepted.code, 0, accepted.stdout);
    // The mock refuses a malformed token with 401: proof that the token is sent.
    const refused = await runInProcess([...targetArgs(healthy), '--check', 'versions.if-match'], {
      GOV_APPOINTMENT_TOKEN: 'not a token',
    });
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /answered 401 unauthorized/);
    assert.doesNotMatch(refused.stdout + refused.stderr, /not a token|staging\.token-1/);
  });
});
