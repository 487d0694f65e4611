/**
 * axe-core finds no WCAG 2.2 A/AA or best-practice violation on the pages that come before a
 * time is chosen (service, centre, day) nor on the failures met there, in each of the six
 * languages. One walk per language goes through every state and audits each as it is shown.
 */
import '../src/define.js';
import { createClient } from '@gov-appointment/sdk';
import type { Language } from '@gov-appointment/sdk/schemas';
import { expect, html } from '@open-wc/testing';
import { AnyLanguagePage, LANGUAGES } from '../test-helpers/any-language-page.js';
import { accessibilityViolations } from '../test-helpers/axe-audit.js';
import { API_BASE, useMockApi } from '../test-helpers/booking-fixtures.js';

/** A search no service name or description in any language contains. */
const NO_MATCH = 'xqjvz';

/** Long enough for the loading skeleton to be audited before the services arrive. */
const LOADING_MS = 3000;

/** The server's requested wait after a refusal, long enough to audit the countdown. */
const WAIT_SECONDS = 2;

/**
 * A client that shows the server's requested wait at once rather than waiting it out itself
 * before reporting the failure, so that the failure pages appear without delay.
 */
function clientFor(language: Language) {
  return createClient({ baseUrl: API_BASE, language, retry: { maxRetryAfterMs: 0 } });
}

describe('<gov-appointment> service, centre and day pages under axe-core', () => {
  const mock = useMockApi();

  for (const language of LANGUAGES) {
    it(`has no violations on the service, centre and day pages or their failures in ${language}`, async function () {
      this.timeout(90_000);
      const { scenarios } = mock.api;
      const problems: string[] = [];

      // Service: the skeleton while the list loads, the list, a ministry opened, no match.
      scenarios.use('slow', { latencyMs: LOADING_MS, operations: ['listServices'] });
      const page = await AnyLanguagePage.render(
        html`<gov-appointment lang=${language} .client=${clientFor(language)}></gov-appointment>`,
      );
      const audit = async (state: string) => {
        problems.push(...(await accessibilityViolations(page.element, state)));
      };
      await page.until(() => page.root.querySelector('.skeleton') !== null, 'the skeleton');
      await audit('service, loading');
      scenarios.reset();
      await page.waitForPage('service');
      await audit('service');
      await page.openGroupOf();
      await audit('service, a ministry open');
      await page.fill(page.find('#service-search'), NO_MATCH);
      await page.until(() => page.root.querySelector('[part="service"]') === null, 'no match');
      await audit('service, no match');
      await page.clear(page.find('#service-search'));
      await page.openGroupOf();

      // Centre, after the API asked for a wait.
      scenarios.use('rate-limited', {
        retryAfterSeconds: WAIT_SECONDS,
        times: 1,
        operations: ['listCentres'],
      });
      await page.activate(page.serviceChoice());
      await page.waitForFailure();
      await audit('centre, rate limited, waiting');
      await page.takeNoticeAction();
      await page.waitForElement('[part="centre"]');
      await audit('centre');

      // Date, after the API was unavailable: the calendar, then the list.
      scenarios.use('unavailable', {
        retryAfterSeconds: WAIT_SECONDS,
        operations: ['getAvailability'],
      });
      await page.activate(page.centreChoice(page.bookableCentreName(mock.api)));
      await page.waitForFailure();
      await audit('date, unavailable');
      scenarios.reset();
      await page.takeNoticeAction();
      await page.waitForElement('button[part="day"].available');
      await audit('date, calendar');
      await page.activate(page.dateViews().list);
      await page.waitForElement('[part="available-dates"] button');
      await audit('date, list');

      expect(problems).to.deep.equal([]);
    });
  }
});
