/**
 * The widget on a page served with a strict Content Security Policy (no `'unsafe-inline'`,
 * no `'unsafe-eval'`, everything from the page's own origin), then with Trusted Types on top:
 * a booking made, found and cancelled, in Hindi with the web fonts, with not one violation
 * reported. With Trusted Types allowing no policy at all, Lit cannot create its `lit-html`
 * policy and the element does not start, which is why the header must name it.
 *
 * Each page is served with its header by the test server
 * (test-helpers/content-security-policy-pages.mjs) and driven in a same-origin frame.
 */

import type { MockWorker } from '@gov-appointment/mock-server/browser';
import { expect, waitUntil } from '@open-wc/testing';
import { AnyLanguagePage } from '../test-helpers/any-language-page.js';
import { API_BASE } from '../test-helpers/booking-fixtures.js';
import { visitEveryPage } from '../test-helpers/widget-walks.js';

/** The frame's page, once its scripts have run. */
interface PolicyPage {
  readonly frame: HTMLIFrameElement;
  readonly window: Window;
  readonly document: Document;
  readonly mock: MockWorker;
  readonly definitionError: string | null;
}

const PAGE_START_TIMEOUT_MS = 20_000;

async function openPolicyPage(name: string): Promise<PolicyPage> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '900';
  frame.title = `Page under the ${name} policy`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/content-security-policy/${name}.html?api-base=${encodeURIComponent(API_BASE)}`;
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
  const started = frameWindow.contentSecurityPolicyPage as NonNullable<
    Window['contentSecurityPolicyPage']
  >;
  return { frame, window: frameWindow, document: frameDocument, ...started };
}

function closePolicyPage(page: PolicyPage | undefined): void {
  if (!page) return;
  page.document.querySelector('gov-appointment')?.remove();
  page.mock.worker.stop();
  page.frame.remove();
}

describe('<gov-appointment> under a strict Content Security Policy', () => {
  let page: PolicyPage | undefined;

  afterEach(() => {
    closePolicyPage(page);
    page = undefined;
  });

  for (const [policy, what] of [
    ['strict', "default-src 'self', no inline script or style"],
    ['trusted-types', "the same with Trusted Types allowing only Lit's lit-html policy"],
  ] as const) {
    it(`books, finds and cancels with no violation under ${what}`, async function () {
      this.timeout(90_000);
      page = await openPolicyPage(policy);
      expect(page.definitionError).to.equal(null);

      const widget = await AnyLanguagePage.openIn(page.document, (element) => {
        element.lang = 'hi';
        element.apiBase = API_BASE;
      });
      const visited: string[] = [];
      await visitEveryPage(widget, page.mock.api, async (where) => {
        visited.push(where);
      });

      expect(visited.at(-1)).to.equal('manage, cancelled');
      // The web fonts came from the page's origin under font-src 'self'.
      const devanagari = [...page.document.fonts].filter(
        (face) => face.family.replace(/"/g, '') === 'Noto Sans Devanagari',
      );
      expect(devanagari.map((face) => face.status)).to.include('loaded');
      expect(page.window.contentSecurityPolicyViolations).to.deep.equal([]);
    });
  }

  it('does not start when Trusted Types allow no policy, where the browser enforces them', async function () {
    this.timeout(30_000);
    page = await openPolicyPage('trusted-types-none');
    const enforced = 'trustedTypes' in page.window;
    if (enforced) {
      expect(page.definitionError, 'Lit could not create its policy').to.match(/lit-html/);
      expect(page.window.customElements.get('gov-appointment')).to.equal(undefined);
      expect(page.window.contentSecurityPolicyViolations.join('\n')).to.match(/trusted-types/);
    } else {
      // Firefox and WebKit here ignore the Trusted Types directives: the widget starts.
      expect(page.definitionError).to.equal(null);
      expect(page.window.customElements.get('gov-appointment')).to.not.equal(undefined);
    }
  });
});
