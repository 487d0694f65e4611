/**
 * A web page of a guide, opened the way a ministry's visitor would get it: the guide's HTML,
 * scripts and stylesheet served from one origin under the Content-Security-Policy the guide
 * states, the widget's CDN file from the CDN host the guide names (checked against its real
 * `integrity`), and the API answered by the standalone mock. Chromium, through playwright-core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

export interface SiteFile {
  /** Path on the site, e.g. `/booking.html`. */
  readonly path: string;
  readonly body: string;
}

export interface SiteVisit {
  /** The `step` of every `gov-step-change` that reached the document, in order. */
  readonly steps: string[];
  /** Blocked by the Content-Security-Policy: `directive blocked-uri`. */
  readonly violations: string[];
  /** Uncaught exceptions and console errors of the page. */
  readonly errors: string[];
  /** What the page's scripts logged with `console.info`. */
  readonly logged: string[];
  /** The heading of the widget's first page. */
  readonly heading: string;
  /** How many services it lists there. */
  readonly serviceCount: number;
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Headers of one connection, which the proxying fetch sets itself. */
const HOP_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'content-encoding',
  'transfer-encoding',
]);

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

/**
 * Opens `page` of the site in a new context and waits until the widget lists services.
 * @param cdn The CDN URL the guide names, and the widget build to answer it with.
 * @param api The API hosts the guide names, answered by the mock at `mock` (an origin).
 */
export async function visitSite(
  browser: Browser,
  site: { origin: string; files: readonly SiteFile[]; contentSecurityPolicy: string },
  cdn: { url: string; file: string },
  api: { page: string; apiHosts: readonly string[]; mock: string },
): Promise<SiteVisit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const logged: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'info') logged.push(message.text());
  });
  // Recorded from the first moment of the document, before any of the page's own scripts.
  await page.addInitScript(() => {
    const record = window as unknown as { steps: string[]; violations: string[] };
    record.steps = [];
    record.violations = [];
    document.addEventListener('gov-step-change', (event) => {
      record.steps.push((event as CustomEvent<{ step: string }>).detail.step);
    });
    document.addEventListener('securitypolicyviolation', (event) => {
      record.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const cdnBody = readFileSync(cdn.file);
  await context.route(`${site.origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = site.files.find((candidate) => candidate.path === path);
    if (!file) return route.fulfill({ status: 404, body: 'Not found' });
    const extension = path.slice(path.lastIndexOf('.') + 1);
    return route.fulfill({
      status: 200,
      headers: {
        'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
        'content-security-policy': site.contentSecurityPolicy,
      },
      body: file.body,
    });
  });
  await context.route(cdn.url, (route) =>
    route.fulfill({
      status: 200,
      headers: {
        'content-type': 'text/javascript; charset=utf-8',
        'access-control-allow-origin': '*',
      },
      body: cdnBody,
    }),
  );
  for (const host of api.apiHosts) {
    // The page's requests reach the mock unchanged but for the host, as through a proxy.
    await context.route(`${host}/**`, async (route) => {
      const request = route.request();
      const target = new URL(request.url());
      const headers = Object.fromEntries(
        Object.entries(await request.allHeaders()).filter(([name]) => !HOP_HEADERS.has(name)),
      );
      const response = await fetch(`${api.mock}${target.pathname}${target.search}`, {
        method: request.method(),
        headers,
        body: request.postData(),
      });
      await route.fulfill({
        status: response.status,
        // fetch has already decoded the body.
        headers: Object.fromEntries(
          [...response.headers].filter(([name]) => !HOP_HEADERS.has(name)),
        ),
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
  }
  try {
    await page.goto(`${site.origin}${api.page}`);
    const services = page.locator('gov-appointment [part~="service"]');
    await services
      .first()
      .waitFor({ state: 'attached', timeout: 45_000 })
      .catch(async () => {
        const shown = await page.locator('gov-appointment').innerText();
        throw new Error(
          `The widget listed no services. It shows: ${shown}\nErrors: ${errors.join('\n')}`,
        );
      });
    const heading = await page.locator('gov-appointment #step-heading').innerText();
    const recorded = await page.evaluate(() => {
      const record = window as unknown as { steps: string[]; violations: string[] };
      return { steps: record.steps, violations: record.violations };
    });
    return { ...recorded, errors, logged, heading, serviceCount: await services.count() };
  } finally {
    await context.close();
  }
}

/** The integrity of the CDN file, as the widget build writes it in `sri.json`. */
export function cdnBuild(widgetDist: string): { file: string; integrity: string } {
  const sri = JSON.parse(readFileSync(join(widgetDist, 'sri.json'), 'utf8')) as {
    file: string;
    integrity: string;
  };
  return { file: join(widgetDist, sri.file), integrity: sri.integrity };
}
