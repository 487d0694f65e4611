/**
 * Parts of the widget fetched when needed (the check-in code's encoder, a language's
 * translations) while the connection is down: the person sees why something is missing, with
 * "Try again", and the part arrives by itself once the device is back online, said once, with
 * no error escaping to the page. (Each part is fetched once per page: one test per part.)
 */
import '../src/define.js';
import { expect, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http, passthrough } from 'msw';
import { spokenText } from '../test-helpers/accessible-name.js';
import { API_BASE, APPLICANT, SERVICE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';
import { SETTLE_TIMEOUT_MS } from '../test-helpers/widget-page.js';

/** How long a module may take to be fetched and compiled on a busy machine. */
const WAIT = { timeout: SETTLE_TIMEOUT_MS };

/** The QR encoder's module and the Farsi translations, as the test server sends them. */
const QR_CODE_MODULE = /\/confirmation\/qr-code\.ts(\?|$)/;
const FARSI_MODULE = /\/generated\/locales\/fa\.ts(\?|$)/;

const OFFLINE = {
  title: 'You seem to be offline',
  detail: 'Check your internet connection, then try again.',
};

interface Network {
  /** The connection is back: the device says so, and the module can be fetched. */
  reconnect(): void;
  /** Puts the device's own `navigator.onLine` back. */
  restore(): void;
}

/**
 * Takes the device offline as the page sees it (`navigator.onLine` and the `offline` event),
 * failing every fetch of the module matching `path` until `reconnect`. The mock API's own
 * answers keep coming: only the module is out of reach.
 */
function goOffline(mock: ReturnType<typeof useMockApi>, path: RegExp): Network {
  let offline = true;
  mock.worker.use(http.get(path, () => (offline ? HttpResponse.error() : passthrough())));
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
  window.dispatchEvent(new Event('offline'));
  const restore = () => {
    Reflect.deleteProperty(navigator, 'onLine');
  };
  return {
    reconnect() {
      offline = false;
      restore();
      window.dispatchEvent(new Event('online'));
    },
    restore,
  };
}

/** Promise rejections nobody handled, from now until `stop`. */
function watchUnhandledRejections(): { readonly reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const note = (event: PromiseRejectionEvent) => reasons.push(event.reason);
  window.addEventListener('unhandledrejection', note);
  return { reasons, stop: () => window.removeEventListener('unhandledrejection', note) };
}

describe('<gov-appointment> parts fetched while offline', () => {
  const mock = useMockApi();

  it('shows why the check-in code is missing, then the code once back online', async function () {
    this.timeout(30_000);
    const rejections = watchUnhandledRejections();
    let network: Network | undefined;
    try {
      const page = await BookingPage.open(
        html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
      );
      await page.openFirstAvailableDay(SERVICE.name);
      await page.chooseFirstTime();
      await page.waitForStep('details');
      await page.fillDetails(APPLICANT);
      await page.continue();
      await page.waitForStep('review');
      network = goOffline(mock, QR_CODE_MODULE);
      await page.confirm();
      await page.waitForStep('confirmation');
      await page.waitForNotice(OFFLINE.title);

      const panel = page.root.querySelector('[part="confirmation"]') as Element;
      expect(spokenText(panel)).to.include(
        `Show this code at the centre’s check-in kiosk or desk. ${OFFLINE.title} ${OFFLINE.detail} Try again`,
      );
      expect(page.root.querySelector('[part="qr"]')).to.equal(null);
      await page.waitForAnnouncement(`${OFFLINE.title}. ${OFFLINE.detail}`);
      const tryAgain = page.buttonNamed('Try again');
      tryAgain.focus();
      const heard = page.listenToAnnouncements();

      network.reconnect();
      await waitUntil(
        () => page.root.querySelector('[part="qr"]') !== null,
        'no check-in code',
        WAIT,
      );
      await page.waitForAnnouncement('You are back online. This page is now complete.');

      const code = page.root.querySelector('[part="qr"]') as Element;
      expect(code.getAttribute('role')).to.equal('img');
      expect(code.getAttribute('aria-label')).to.equal(
        `Check-in code for booking ${page.reference()}`,
      );
      expect(page.notice()).to.equal(null);
      expect(page.focusedName()).to.equal('Check in at the centre');
      expect(heard).to.deep.equal(['You are back online. This page is now complete.']);
      expect(page.heading()).to.equal(STEP_HEADINGS.confirmation);
      expect(rejections.reasons).to.deep.equal([]);
    } finally {
      rejections.stop();
      network?.restore();
    }
  });

  it('says so when a language cannot be fetched, then switches once back online', async function () {
    this.timeout(30_000);
    const rejections = watchUnhandledRejections();
    let network: Network | undefined;
    try {
      const page = await BookingPage.open(
        html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
      );
      expect(page.heading()).to.equal(STEP_HEADINGS.service);
      network = goOffline(mock, FARSI_MODULE);

      page.element.setAttribute('lang', 'fa');
      await page.waitForNotice(OFFLINE.title);

      // The page stays in English, marked as English, and says why.
      expect(page.heading()).to.equal(STEP_HEADINGS.service);
      const content = page.root.querySelector('[part="notice"]')?.closest('[lang]');
      expect(content?.getAttribute('lang')).to.equal('en');
      expect(page.element.getAttribute('dir')).to.equal('ltr');
      await page.waitForAnnouncement(`${OFFLINE.title}. ${OFFLINE.detail}`);
      page.buttonNamed('Try again').focus();
      const heard = page.listenToAnnouncements();

      network.reconnect();
      await waitUntil(
        () => page.element.getAttribute('dir') === 'rtl',
        'Farsi never arrived',
        WAIT,
      );
      await page.element.updateComplete;

      expect(page.heading()).to.equal('به چه خدمتی نیاز دارید؟');
      expect(page.notice()).to.equal(null);
      expect(
        page.root.querySelector('[part="services"]')?.closest('[lang]')?.getAttribute('lang'),
      ).to.equal('fa');
      await page.waitForAnnouncement('اتصال اینترنت برقرار شد. این صفحه اکنون کامل است.');
      expect(heard).to.deep.equal(['اتصال اینترنت برقرار شد. این صفحه اکنون کامل است.']);
      expect(page.focusedName()).to.equal('به چه خدمتی نیاز دارید؟');
      expect(rejections.reasons).to.deep.equal([]);
    } finally {
      rejections.stop();
      network?.restore();
    }
  });
});
