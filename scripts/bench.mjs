/**
 * `npm run bench`: the figures that matter to a citizen on a phone and to a ministry's page.
 *
 * - Size of the widget's single-file build (gzip and brotli) against its budget.
 * - API requests before the first step is usable, and over a whole booking.
 * - Time from inserting <gov-appointment> to a usable first step, in headless Chromium on the
 *   zero-latency mock (median of fresh page loads, with min and max).
 *
 * Figures are printed, never asserted: budgets are enforced by `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { ensureBrowsers } from './browsers.mjs';
import { measure } from './check-size.mjs';
import { prepareMockServiceWorker } from './prepare-worker.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_ROOT = join(ROOT, 'bench');
const BENCH_OUT = join(BENCH_ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function sizes() {
  execFileSync('npm', ['run', 'build', '--workspace', 'packages/widget'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const budgets = JSON.parse(readFileSync(join(ROOT, 'size-budgets.json'), 'utf8'));
  return measure(budgets);
}

async function buildBenchPage() {
  prepareMockServiceWorker({ log: () => {} });
  await build({
    configFile: false,
    root: BENCH_ROOT,
    publicDir: join(ROOT, 'demo', 'public'),
    logLevel: 'error',
    build: { outDir: BENCH_OUT, emptyOutDir: true, target: 'es2022' },
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };

/** A static server for the built page, on a free loopback port. */
function serve(folder) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    let file = join(folder, path);
    if (!file.startsWith(folder) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(folder, 'index.html');
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })),
  );
}

function launch(executablePath) {
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

async function openBenchPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return page;
}

async function timeToFirstStep(browser, url) {
  const results = [];
  for (let run = 0; run < RUNS; run += 1) {
    const page = await openBenchPage(browser, url);
    results.push(await page.evaluate(() => window.bench.insert()));
    await page.close();
  }
  return results;
}

/** Books a visit as a person would, then returns how many API requests it took. */
async function requestsForBooking(browser, url) {
  const page = await openBenchPage(browser, url);
  await page.evaluate(() => window.bench.insert());
  const widget = page.locator('gov-appointment');
  await widget.getByRole('searchbox').fill('passport');
  await widget
    .getByRole('button', { name: /^Choose / })
    .first()
    .click();
  await widget.getByRole('heading', { name: 'Where would you like to go?' }).waitFor();
  await widget
    .getByRole('button', { name: /^Choose / })
    .first()
    .click();
  await widget.getByRole('heading', { name: 'Choose a day' }).waitFor();
  await widget.getByRole('button', { name: 'Next available dates' }).click();
  await widget.locator('[part~="available-dates"] button').first().click();
  await widget.locator('[part~="slot"][aria-disabled="false"]').first().click();
  await widget.getByRole('heading', { name: 'Your details' }).waitFor();
  await widget.getByLabel(/full name/i).fill('Fatima Ali');
  await widget.getByLabel(/national id/i).fill('890123456');
  await widget.getByLabel(/mobile/i).fill('36001234');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('button', { name: 'Confirm booking' }).click();
  await widget.getByRole('heading', { name: 'Booking confirmed' }).waitFor();
  const requests = await page.evaluate(() => window.bench.requests());
  await page.close();
  return requests;
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}

const measurements = sizes();
const setup = ensureBrowsers({ env: { ...process.env, BROWSERS: 'chromium' }, log: () => {} });
await buildBenchPage();
const { server, port } = await serve(BENCH_OUT);
const browser = await launch(setup.paths.chromium);
try {
  const url = `http://127.0.0.1:${port}/`;
  const firstStep = await timeToFirstStep(browser, url);
  const bookingRequests = await requestsForBooking(browser, url);
  const time = summary(firstStep.map((result) => result.milliseconds));

  console.log('\nSize of the single-file build');
  for (const { budget, size } of measurements) {
    if (!size) continue;
    console.log(
      `  ${budget.label}: ${kb(size.gzip)} gzip, ${kb(size.brotli)} brotli, ${kb(size.raw)} raw`,
    );
    console.log(
      `    budget ${kb(budget.gzip)} gzip: ${((size.gzip / budget.gzip) * 100).toFixed(0)}% used; brotli/gzip ${(size.brotli / size.gzip).toFixed(2)}`,
    );
  }
  console.log('\nAPI requests');
  console.log(`  before the first step is usable: ${firstStep[0]?.requests}`);
  console.log(`  over a whole booking (search, centre, day, time, hold, book): ${bookingRequests}`);
  console.log(`\nInsertion to a usable first step (Chromium, zero-latency mock, ${RUNS} loads)`);
  console.log(
    `  median ${time.median.toFixed(1)} ms, min ${time.min.toFixed(1)} ms, max ${time.max.toFixed(1)} ms (max/median ${(time.max / time.median).toFixed(2)})`,
  );
} finally {
  await browser.close();
  server.close();
}
