/**
 * The widget on a page served with a strict Content Security Policy (no `'unsafe-inline'`,
 * no `'unsafe-eval'`, everything from the page's own origin), then with Trusted Types on top:
 * a booking made, found and cancelled, in Hindi with the web fonts, with not one violation
 * reported. With Trusted Types allowing no policy at all, Lit cannot create its `lit-html`
 * policy and the element does not start, which is why the header must name it.
 *
 * Each page is served with its header by the test server
 * (test-helpers/content-security-policy-pages.mjs) and driven in a same-origin frame; the
 * test page's mock API, in its service worker, answers the frame's requests.
 */

import { type MockWorker, startMockWorker } from '@gov-appointment/mock-server/browser';
import { expect, waitUntil } from '@open-wc/testing';
import { AnyLanguagePage } from '../test-helpers/any-language-page.js';
import { API_BASE } from '../test-helpers/booking-fixtures.js';
// Types only (the page's own scripts declare what they put on its window).
import type { ContentSecurityPolicyPageState } from '../test-helpers/content-security-policy-frame.js';
import type { ViolationLog } from '../test-helpers/content-security-policy-violations.js';
import { visitEveryPage } from '../test-helpers/widget-walks.js';

/** The frame's page, once its scripts have run. */
interface PolicyPage extends ContentSecurityPolicyPageState {
  readonly frame: HTMLIFrameElement;
  readonly window: Window;
  readonly document: Document;
}

/** The frame's page compiles and loads the whole element on its own: give it time. */
const PAGE_START_TIMEOUT_MS = 60_000;

async function openPolicyPage(name: string): Promise<PolicyPage> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '900';
  frame.title = `Page under the ${name} policy`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/content-security-policy/${name}.html`;
  document.body.append(frame);
  await loaded;
  const frameWindow = frame.contentWindow;
  const frameDocument = frame.contentDocument;
  if (!frameWindow || !frameDocument) throw new Error(`The ${name} page did not open`);
  await waitUntil(
    () => frameWindow.contentSecurityPolicyPage !== undefined,
    `the ${name} page never started (violations: ${frameWindow.contentSecurityPolicyViolations?.join('; ')})`,
    { timeout: PAGE_START_TIMEOUT_MS },
  );
  const started = frameWindow.contentSecurityPolicyPage as ContentSecurityPolicyPageState;
  return { frame, window: frameWindow, document: frameDocument, ...started };
}

function closePolicyPage(page: PolicyPage | undefined): void {
  if (!page) return;
  page.document.querySelector('gov-appointment')?.remove();
  page.frame.remove();
}

describe('<gov-appointment> under a strict Content Security Policy', () => {
  let page: PolicyPage | undefined;
  let mock: MockWorker | undefined;

  afterEach(() => {
    closePolicyPage(page);
    page = undefined;
    mock?.worker.stop();
    mock = undefined;
  });

  for (const [policy, what] of [
    ['strict', "default-src 'self', no inline script or style"],
    ['trusted-types', "the same with Trusted Types allowing only Lit's lit-html policy"],
  ] as const) {
    it(`books, finds and cancels with no violation under ${what}`, async function () {
      this.timeout(150_000);
      page = await openPolicyPage(policy);
      expect(page.definitionError).to.equal(null);
      // Started once the frame's page has loaded its modules (WebKit stalls the module loads
      // of a frame whose requests the worker hands to another page while it starts).
      mock = await startMockWorker({ baseUrl: API_BASE, quiet: true });

      const widget = await AnyLanguagePage.openIn(page.document, (element) => {
        element.lang = 'hi';
        element.apiBase = API_BASE;
      });
      const visited: string[] = [];
      await visitEveryPage(widget, mock.api, async (where) => {
        visited.push(where);
      });

      expect(visited.at(-1)).to.equal('manage, cancelled');
      // The web fonts came from the page's origin under font-src 'self'.
      const devanagari = [...page.document.fonts].filter(
        (face) => face.family.replace(/"/g, '') === 'Noto Sans Devanagari',
      );
      expect(devanagari.map((face) => face.status)).to.include('loaded');
      const violations: ViolationLog = page.window.contentSecurityPolicyViolations;
      expect(violations).to.deep.equal([]);
    });
  }

  it('does not start when Trusted Types allow no policy', async function () {
    this.timeout(90_000);
    page = await openPolicyPage('trusted-types-none');
    expect(page.definitionError, 'Lit could not create its policy').to.match(/lit-html/);
    expect(page.window.customElements.get('gov-appointment')).to.equal(undefined);
  });
});
