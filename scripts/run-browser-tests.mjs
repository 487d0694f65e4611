/**
 * Runs the browser tests in every requested engine (Chromium, Firefox and WebKit by default):
 * finds or installs the browsers, writes the mock service worker, then starts
 * @web/test-runner, under `xvfb-run` when WebKit needs a display and none is set.
 *
 * Run `node scripts/run-browser-tests.mjs [web-test-runner options]`, for example
 * `--files packages/sdk/test/sdk-with-worker.browser.test.ts`. `BROWSERS=chromium` limits the
 * engines. Exits with the test runner's status.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserSetupError, ensureBrowsers } from './browsers.mjs';
import { prepareMockServiceWorker } from './prepare-worker.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let setup;
try {
  setup = ensureBrowsers();
  prepareMockServiceWorker();
} catch (error) {
  console.error(error instanceof BrowserSetupError ? error.message : error);
  process.exit(1);
}

const testRunner = [
  join(ROOT, 'node_modules', '.bin', 'web-test-runner'),
  '--config',
  join(ROOT, 'web-test-runner.config.mjs'),
  ...process.argv.slice(2),
];
// `-a` picks a free display number, so parallel runs on one machine do not collide.
const command = setup.needsXvfb
  ? [
      /** @type {string} */ (setup.paths.xvfbRun),
      '-a',
      '--server-args=-screen 0 1280x1024x24',
      ...testRunner,
    ]
  : testRunner;

console.log(`Browser tests in ${setup.engines.join(', ')}`);
const [program, ...args] = command;
const child = spawn(/** @type {string} */ (program), args, { cwd: ROOT, stdio: 'inherit' });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
