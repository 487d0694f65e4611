/**
 * `npm test`: every check the project has, in order, stopping at the first failure, then a
 * summary of the steps with their times. The last line reads `N passed, N failed` (counting
 * steps) and the exit status is non-zero when any step failed. CI runs exactly this.
 *
 * Each step is an npm script of the root package, so any one can be rerun alone.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { requestedEngines } from './browsers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
/** @param {string} code */
const paint = (code) => (/** @type {string} */ text) =>
  colour ? `\u001b[${code}m${text}\u001b[0m` : text;
const bold = paint('1');
const green = paint('32');
const red = paint('31');
const dim = paint('2');

/** @returns {string} */
function browserEngines() {
  try {
    return requestedEngines().join(', ');
  } catch {
    // An invalid BROWSERS value is reported by the browsers step itself.
    return 'as requested by BROWSERS';
  }
}

/** @type {{ title: string, script: string }[]} */
const STEPS = [
  { title: 'Browsers installed', script: 'browsers' },
  { title: 'Type check', script: 'typecheck' },
  { title: 'Lint and format', script: 'lint' },
  { title: 'Translations', script: 'translations' },
  { title: 'Widget API docs', script: 'api-docs:check' },
  { title: 'SDK API docs', script: 'sdk-docs:check' },
  { title: 'Implementer guide tables', script: 'implementer-docs:check' },
  // Before the Node tests: they pack the built packages as integrators get them.
  { title: 'Build', script: 'build' },
  { title: 'Node tests', script: 'test:node' },
  // After the build: the guides' pages load the CDN file with its integrity.
  { title: 'Docs examples', script: 'docs:examples' },
  { title: 'Consumer apps', script: 'build:consumers' },
  { title: 'Size budgets', script: 'size' },
  { title: `Browser tests (${browserEngines()})`, script: 'test:browser' },
];

/** @type {import('node:child_process').ChildProcess | undefined} */
let running;
// Ctrl-C reaches the running step too (same process group): let it stop and report it failed.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => running?.kill('SIGTERM'));

/**
 * Runs `npm run <script>` with the terminal attached; resolves with whether it succeeded.
 * @param {string} script
 * @returns {Promise<boolean>}
 */
function runScript(script) {
  return new Promise((resolve) => {
    running = spawn('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' });
    running.once('error', (error) => {
      console.error(error.message);
      resolve(false);
    });
    running.once('exit', (code) => resolve(code === 0));
  });
}

/** @param {number} milliseconds */
function duration(milliseconds) {
  const seconds = milliseconds / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** @type {{ title: string, script: string, passed: boolean | undefined, milliseconds: number }[]} */
const results = [];
const started = Date.now();
for (const [index, step] of STEPS.entries()) {
  const failedBefore = results.some((result) => result.passed === false);
  if (failedBefore) {
    results.push({ ...step, passed: undefined, milliseconds: 0 });
    continue;
  }
  console.log(
    `\n${bold(`[${index + 1}/${STEPS.length}] ${step.title}`)} ${dim(`npm run ${step.script}`)}`,
  );
  const stepStarted = Date.now();
  const passed = await runScript(step.script);
  results.push({ ...step, passed, milliseconds: Date.now() - stepStarted });
}

const width = Math.max(...STEPS.map((step) => step.title.length));
console.log(`\n${bold('Summary')}`);
for (const result of results) {
  const title = result.title.padEnd(width);
  if (result.passed === undefined) {
    console.log(`  ${dim(`skip  ${title}  ${'not run'.padStart(9)}`)}`);
  } else if (result.passed) {
    console.log(`  ${green('pass')}  ${title}  ${duration(result.milliseconds).padStart(9)}`);
  } else {
    console.log(
      `  ${red('FAIL')}  ${title}  ${duration(result.milliseconds).padStart(9)}  rerun: npm run ${result.script}`,
    );
  }
}
const passedCount = results.filter((result) => result.passed === true).length;
const failedCount = results.filter((result) => result.passed === false).length;
console.log(
  `  ${' '.repeat(4)}  ${'Total'.padEnd(width)}  ${duration(Date.now() - started).padStart(9)}`,
);
const tally = `${passedCount} passed, ${failedCount} failed`;
console.log(`\n${failedCount > 0 ? red(tally) : green(tally)}`);
process.exitCode = failedCount > 0 ? 1 : 0;
