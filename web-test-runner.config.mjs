/**
 * Browser tests (the `*.browser.test.ts` files under each package's `test/` folder) in the
 * system's Chromium, Firefox and WebKit. Run them with `npm run test:browser`, which finds or
 * installs the browsers, writes the mock service worker and gives WebKit a virtual display;
 * `BROWSERS=chromium,firefox` limits the engines (see scripts/browsers.mjs).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { accessibilityTreeCommand } from './packages/widget/test-helpers/accessibility-tree-command.mjs';
import { serveContentSecurityPolicyPages } from './packages/widget/test-helpers/content-security-policy-pages.mjs';
import { forcedColorsCommand } from './packages/widget/test-helpers/forced-colors-command.mjs';
import {
  BrowserSetupError,
  findBrowsers,
  needsVirtualDisplay,
  requestedEngines,
} from './scripts/browsers.mjs';
import { prepareWebFonts } from './scripts/prepare-fonts.mjs';
import { MOCK_SERVICE_WORKER_FILE, prepareMockServiceWorker } from './scripts/prepare-worker.mjs';
import { startWebKitWebDriver } from './scripts/webkit-webdriver.mjs';

const engines = requestedEngines();
const paths = findBrowsers();
prepareMockServiceWorker({ log: () => {} });
prepareWebFonts({ log: () => {} });

/**
 * The executable for an engine, or a clear failure naming the command that sets it up.
 * @param {string | undefined} path
 * @param {string} what
 */
function required(path, what) {
  if (path) return path;
  throw new BrowserSetupError(
    `${what} not found. Run \`node scripts/browsers.mjs\` to install it or to see how to point at it.`,
  );
}

const CHROMIUM_ARGS = [
  // Containers and CI run as root, where Chromium refuses to start with its sandbox.
  '--no-sandbox',
  // /dev/shm is tiny in containers; shared memory there makes tabs crash.
  '--disable-dev-shm-usage',
  '--disable-gpu',
  // The machine may have no internet: no update checks, reporting or field trials to wait for.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-domain-reliability',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-field-trial-config',
];

/** @type {import('@web/test-runner').BrowserLauncher[]} */
const browsers = [];
/** @type {(() => void) | undefined} */
let stopWebDriver;

if (engines.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {
        executablePath: required(paths.chromium, 'Chromium'),
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  );
}

if (engines.includes('firefox')) {
  // puppeteer-core drives Firefox over WebDriver BiDi; the chrome launcher hosts it.
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: required(paths.firefox, 'Firefox'),
        headless: true,
      },
    }),
  );
}

if (engines.includes('webkit')) {
  if (needsVirtualDisplay(engines)) {
    throw new BrowserSetupError(
      'WebKit needs a display: run `npm run test:browser` (it starts one with xvfb-run), or set BROWSERS=chromium,firefox.',
    );
  }
  const miniBrowser = required(paths.webkitMiniBrowser, 'WebKitGTK MiniBrowser');
  const driver = await startWebKitWebDriver(required(paths.webkitWebDriver, 'WebKitWebDriver'));
  stopWebDriver = driver.stop;
  browsers.push(
    webdriverLauncher({
      hostname: driver.hostname,
      port: driver.port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only, not BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    }),
  );
}

/**
 * Serves MSW's worker from the site root so that its scope covers the test pages (a worker
 * served from a sub-folder cannot intercept their requests).
 * @type {import('@web/dev-server-core').Middleware}
 */
function serveMockServiceWorker(context, next) {
  if (context.path !== '/mockServiceWorker.js') return next();
  context.type = 'application/javascript';
  context.set('Cache-Control', 'no-store');
  context.body = createReadStream(MOCK_SERVICE_WORKER_FILE);
  return Promise.resolve();
}

const ROOT_DIR = fileURLToPath(new URL('.', import.meta.url));

/**
 * Serves the project's built output (the `dist/` folders of packages/* and consumers/*: the
 * widget's bundles, the consumer apps) byte for byte. The esbuild plugin would otherwise
 * compile built JavaScript again, which changes the bytes that a Subresource Integrity hash
 * covers (and is wasted work).
 * @type {import('@web/dev-server-core').Middleware}
 */
function serveBuiltFilesUnchanged(context, next) {
  if (!/^\/(packages|consumers)\/[^/]+\/dist\//.test(context.path)) return next();
  const file = join(ROOT_DIR, decodeURIComponent(context.path));
  if (!file.startsWith(ROOT_DIR) || !existsSync(file) || !statSync(file).isFile()) return next();
  context.type = extname(file);
  context.body = createReadStream(file);
  return Promise.resolve();
}

/**
 * Stops the WebKit driver once the browsers are closed.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const stopWebDriverPlugin = {
  name: 'stop-webkit-webdriver',
  serverStop() {
    stopWebDriver?.();
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['packages/*/test/**/*.browser.test.ts'],
  nodeResolve: true,
  middleware: [serveMockServiceWorker, serveBuiltFilesUnchanged, serveContentSecurityPolicyPages],
  browsers,
  // Two cores: one test file at a time per browser keeps focus and timing deterministic (and
  // lets WebKit run each file as its own top-level page), while the engines run side by side.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  // Per test file; mocha fails a stuck test after 10 s, so this only catches a page that hangs.
  // The six-language walks (reflow, axe, spoken output) take over 3 minutes in WebKit on a
  // busy 2-core machine, hence 5.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  // Lit announces its development build in every test file; other browser logs are kept.
  filterBrowserLogs: ({ args }) =>
    !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // The plugin reads this file as-is: it holds the decorator settings esbuild must honour.
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    stopWebDriverPlugin,
    forcedColorsCommand,
    accessibilityTreeCommand,
  ],
};
