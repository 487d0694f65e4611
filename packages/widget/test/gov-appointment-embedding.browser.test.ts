/**
 * The widget on a ministry's page: a service and centre chosen by the page, a phone-narrow
 * screen, and the page's language, none of which the widget may break.
 */
import '../src/define.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { GovAppointment } from '../src/gov-appointment.js';
import {
  API_BASE,
  APPLICANT,
  firstFreeSlots,
  SERVICE,
  useMockApi,
} from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';
import { narrowViewport } from '../test-helpers/narrow-viewport.js';

/** The smallest a button may be (WCAG 2.5.8); 44 px is the aim. */
const MINIMUM_TARGET_PX = 24;

describe('<gov-appointment> on a host page', () => {
  const mock = useMockApi();

  describe('with the service and centre chosen by the page', () => {
    it('starts on the days of that centre, with no way to change service or centre', async function () {
      this.timeout(20_000);
      const { centreId } = firstFreeSlots(mock.api);
      const centreName = mock.api.store.catalogue.centre(centreId)?.name.en as string;
      const page = await BookingPage.open(html`<div>
        <button type="button">Ministry menu</button>
        <gov-appointment
          api-base=${API_BASE}
          service=${SERVICE.id}
          centre=${centreId}
          lock-service
          lock-centre
        ></gov-appointment>
      </div>`);
      const hostButton = page.element.parentElement?.querySelector('button') as HTMLButtonElement;
      hostButton.focus();

      await page.waitForHeading(STEP_HEADINGS.date);
      expect(page.text()).to.include(centreName);
      expect(page.focusedName(), 'the focus stays on the host page').to.equal('Ministry menu');
      const changesOfLockedParts = /^Change (service|centre)$/;
      expect(page.hasButton(changesOfLockedParts)).to.equal(false);

      await page.showDateList();
      await page.chooseFirstAvailableDate();
      expect(page.hasButton('Change day')).to.equal(true);
      await page.chooseFirstTime();
      await page.waitForStep('details');
      await page.fillDetails(APPLICANT);
      await page.continue();
      await page.waitForStep('review');
      expect(page.summaryValue('Service')).to.equal(SERVICE.name);
      expect(page.summaryValue('Centre')).to.include(centreName);
      expect(page.hasButton(changesOfLockedParts)).to.equal(false);
      expect(page.hasButton('Change time')).to.equal(true);

      await page.confirm();
      await page.waitForStep('confirmation');
      await page.click('Book another visit');
      await page.waitForHeading(STEP_HEADINGS.date);
      expect(page.text()).to.include(centreName);
      expect(page.hasButton(changesOfLockedParts)).to.equal(false);
    });
  });

  describe('on a screen 320 px wide', () => {
    /** Sideways scrolling and buttons too small to touch, on the page shown now. */
    function layoutProblems(page: BookingPage): string[] {
      const problems: string[] = [];
      const { element } = page;
      const documentElement = element.ownerDocument.documentElement;
      const where = page.heading();
      if (element.scrollWidth > element.clientWidth) {
        problems.push(`${where}: the widget scrolls sideways (${element.scrollWidth}px)`);
      }
      if (documentElement.scrollWidth > documentElement.clientWidth) {
        problems.push(`${where}: the page scrolls sideways (${documentElement.scrollWidth}px)`);
      }
      const viewportWidth = documentElement.clientWidth;
      for (const part of page.root.querySelectorAll('*')) {
        const box = part.getBoundingClientRect();
        // Visually hidden text is clipped to a single pixel.
        if (box.width <= 1 || box.height <= 1) continue;
        if (box.right > viewportWidth + 0.5 || box.left < -0.5) {
          problems.push(`${where}: <${part.localName}> sticks out (${box.left}–${box.right}px)`);
        }
      }
      for (const button of page.buttons()) {
        const box = button.getBoundingClientRect();
        if (box.width < MINIMUM_TARGET_PX || box.height < MINIMUM_TARGET_PX) {
          problems.push(
            `${where}: "${button.textContent?.trim()}" is ${box.width}×${box.height}px`,
          );
        }
      }
      return problems;
    }

    it('fits every step without sideways scrolling, with buttons big enough to touch', async function () {
      this.timeout(30_000);
      const viewport = await narrowViewport(320, 640);
      const problems: string[] = [];
      const page = await BookingPage.openIn(viewport.document, (element) => {
        element.setAttribute('api-base', API_BASE);
      });
      try {
        expect(page.element.ownerDocument.documentElement.clientWidth).to.be.at.most(320);
        await page.openProvider(SERVICE.provider);
        problems.push(...layoutProblems(page));
        await page.chooseService(SERVICE.name);
        problems.push(...layoutProblems(page));
        await page.chooseCentre();
        problems.push(...layoutProblems(page));
        await page.showDateList();
        problems.push(...layoutProblems(page));
        await page.chooseFirstAvailableDate();
        problems.push(...layoutProblems(page));
        await page.chooseFirstTime();
        await page.waitForHeading(STEP_HEADINGS.details);
        problems.push(...layoutProblems(page));
        await page.continue();
        problems.push(...layoutProblems(page));
        await page.fillDetails(APPLICANT);
        await page.continue();
        await page.waitForHeading(STEP_HEADINGS.review);
        problems.push(...layoutProblems(page));
        await page.confirm();
        await page.waitForHeading(STEP_HEADINGS.confirmation);
        problems.push(...layoutProblems(page));
        await page.click('Cancel or change this booking');
        problems.push(...layoutProblems(page));
      } finally {
        page.element.remove();
        await viewport.close();
      }
      expect(problems).to.deep.equal([]);
    });
  });

  describe('in the page’s language', () => {
    it('reads right to left under an Arabic ancestor without touching <html>', async () => {
      const root = document.documentElement;
      const before = { lang: root.getAttribute('lang'), dir: root.getAttribute('dir') };
      const container = await fixture<HTMLDivElement>(html`<div lang="ar">
        <gov-appointment api-base=${API_BASE}></gov-appointment>
      </div>`);
      const element = container.querySelector('gov-appointment') as HTMLElement;

      await waitUntil(() => element.getAttribute('dir') === 'rtl', 'the widget never turned rtl');
      expect(getComputedStyle(element).direction).to.equal('rtl');
      expect({ lang: root.getAttribute('lang'), dir: root.getAttribute('dir') }).to.deep.equal(
        before,
      );

      container.setAttribute('lang', 'en-GB');
      await waitUntil(() => element.getAttribute('dir') === 'ltr', 'the widget stayed rtl');
      expect({ lang: root.getAttribute('lang'), dir: root.getAttribute('dir') }).to.deep.equal(
        before,
      );
    });
  });

  describe('to a script that runs after the first page opened', () => {
    it('says which page is open, then reports the next one', async function () {
      this.timeout(20_000);
      const element = await fixture<GovAppointment>(
        html`<gov-appointment api-base=${API_BASE} service=${SERVICE.id}></gov-appointment>`,
      );
      // The host page's script runs only now: the first gov-step-change has gone by.
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="centre"]'), 'no centres');
      expect(element.step).to.equal('centre');

      const reported: string[] = [];
      element.addEventListener('gov-step-change', (event) => reported.push(event.detail.step));
      const page = new BookingPage(element, [], {});
      await page.chooseCentre();
      expect(reported).to.deep.equal(['date']);
      expect(element.step).to.equal('date');
    });
  });
});
