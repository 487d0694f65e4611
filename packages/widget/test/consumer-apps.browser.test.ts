/**
 * The widget as integrators ship it, in the apps under consumers/ built by
 * `npm run build:consumers`: a plain HTML page loading the CDN file with its Subresource
 * Integrity hash, a React 19 app using the React wrapper, and a Vue 3 app using the custom
 * element in a template. Each built page opens in a frame (same origin), starts the mock API
 * in its own service worker, and a booking is made in it as a person would; the page must
 * receive `gov-booked` and show the reference.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { GovBookedEvent } from '../src/events.js';
import type { GovAppointment } from '../src/gov-appointment.js';
import { APPLICANT, SERVICE } from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';

/** A built page may take a while to start its service worker in a new frame. */
const PAGE_START_TIMEOUT_MS = 15_000;

interface ConsumerFrame {
  readonly frame: HTMLIFrameElement;
  readonly window: Window & typeof globalThis;
  readonly document: Document;
  readonly widget: GovAppointment;
  /** The `detail` of every `gov-booked` event that reached the page's document. */
  readonly booked: GovBookedEvent['detail'][];
}

/** Opens a built page in a frame and waits for its widget to show its first step. */
async function openConsumer(path: string): Promise<ConsumerFrame> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '900';
  frame.title = 'Consumer app';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const frameWindow = frame.contentWindow as (Window & typeof globalThis) | null;
  const frameDocument = frame.contentDocument;
  if (!frameWindow || !frameDocument) throw new Error(`${path} did not open in the frame`);

  const booked: GovBookedEvent['detail'][] = [];
  frameDocument.addEventListener('gov-booked', (event: GovBookedEvent) => {
    booked.push(event.detail);
  });
  await waitUntil(
    () => {
      const widget = frameDocument.querySelector<GovAppointment>('gov-appointment');
      return widget?.apiBase && frameWindow.customElements.get('gov-appointment');
    },
    `${path} never rendered a <gov-appointment> with its api-base`,
    { timeout: PAGE_START_TIMEOUT_MS },
  );
  const widget = frameDocument.querySelector('gov-appointment') as GovAppointment;
  return { frame, window: frameWindow, document: frameDocument, widget, booked };
}

/**
 * Books the first free time of the service: found by a search, at the first centre with a
 * free time, on the first date of the list view. Returns the reference the widget shows.
 */
async function bookInFrame(consumer: ConsumerFrame): Promise<string> {
  const page = new BookingPage(consumer.widget, [], {});
  await page.waitForHeading(STEP_HEADINGS.service, PAGE_START_TIMEOUT_MS);
  await page.searchService(SERVICE.name);
  await page.chooseService(SERVICE.name);
  await page.chooseCentre();
  await page.showDateList();
  await page.chooseFirstAvailableDate();
  await page.chooseFirstTime();
  await page.waitForStep('details');
  await page.fillDetails(APPLICANT);
  await page.continue();
  await page.waitForStep('review');
  await page.confirm();
  await page.waitForStep('confirmation');
  return page.reference();
}

/** The text of the page's `<output id="booked">`, once it shows something. */
async function referenceShownByPage(consumer: ConsumerFrame): Promise<string> {
  const output = consumer.document.querySelector('output#booked');
  if (!output) throw new Error('The page has no <output id="booked">');
  await waitUntil(() => output.textContent?.trim(), 'the page never showed the reference');
  return output.textContent?.trim() ?? '';
}

describe('the widget in integrators’ apps', () => {
  let consumer: ConsumerFrame | undefined;

  afterEach(() => {
    consumer?.frame.remove();
    consumer = undefined;
  });

  for (const app of [
    { name: 'a plain HTML page on the CDN file', path: '/consumers/html/dist/index.html' },
    { name: 'a React 19 app through the React wrapper', path: '/consumers/react/dist/index.html' },
    { name: 'a Vue 3 app with the custom element', path: '/consumers/vue/dist/index.html' },
  ]) {
    it(`books a visit in ${app.name}, and the page shows the reference`, async function () {
      this.timeout(60_000);
      consumer = await openConsumer(app.path);

      const shownByWidget = await bookInFrame(consumer);

      expect(consumer.booked).to.have.length(1);
      const [booking] = consumer.booked;
      expect(booking?.reference).to.match(/^GA-/);
      expect(booking?.serviceId).to.equal(SERVICE.id);
      expect(shownByWidget).to.equal(booking?.reference);
      expect(await referenceShownByPage(consumer)).to.equal(booking?.reference);
    });
  }

  describe('the CDN file', () => {
    let recorded: { file: string; integrity: string };

    before(async () => {
      const response = await fetch('/packages/widget/dist/sri.json');
      recorded = (await response.json()) as typeof recorded;
    });

    /**
     * Loads the CDN file in a fresh frame with `integrity` and reports whether the browser ran
     * it. A module script runs, or fails, before its page's `load` event.
     */
    async function loadCdnFile(integrity: string): Promise<string | undefined> {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><script type="module" src="/packages/widget/dist/${recorded.file}" integrity="${integrity}" crossorigin="anonymous" onload="document.body.dataset.widget = 'loaded'" onerror="document.body.dataset.widget = 'refused'"></script><body></body>`;
      const loaded = new Promise((resolve) =>
        frame.addEventListener('load', resolve, { once: true }),
      );
      document.body.append(frame);
      try {
        await loaded;
        const frameWindow = frame.contentWindow as Window & typeof globalThis;
        const outcome = frameWindow.document.body.dataset.widget;
        expect(Boolean(frameWindow.customElements.get('gov-appointment'))).to.equal(
          outcome === 'loaded',
        );
        return outcome;
      } finally {
        frame.remove();
      }
    }

    it('is what the plain HTML page loads, with the integrity hash its build recorded', async function () {
      this.timeout(30_000);
      consumer = await openConsumer('/consumers/html/dist/index.html');

      const script = consumer.document.querySelector<HTMLScriptElement>(
        `script[src$="${recorded.file}"]`,
      );
      expect(script, 'the page loads the CDN file').to.not.equal(null);
      expect(script?.integrity).to.equal(recorded.integrity);
      expect(script?.crossOrigin).to.equal('anonymous');
      expect(recorded.integrity).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    });

    it('runs with the recorded hash and is refused with any other', async () => {
      expect(await loadCdnFile(recorded.integrity)).to.equal('loaded');
      expect(await loadCdnFile(`sha384-${'A'.repeat(64)}`)).to.equal('refused');
    });
  });
});
