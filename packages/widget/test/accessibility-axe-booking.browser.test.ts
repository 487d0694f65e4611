/**
 * axe-core finds no WCAG 2.2 A/AA or best-practice violation on the pages from the choice of
 * a time to the confirmation, nor on the failures met there (an unreadable answer, the held
 * place running out or about to, mistakes in the details, the time taken by someone else), in
 * each of the six languages. One walk per language goes through every state and audits each
 * as it is shown.
 */
import '../src/define.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import { AnyLanguagePage, LANGUAGES } from '../test-helpers/any-language-page.js';
import { accessibilityViolations } from '../test-helpers/axe-audit.js';
import { API_BASE, APPLICANT, useMockApi } from '../test-helpers/booking-fixtures.js';
import { goToFirstFreeDay } from '../test-helpers/widget-walks.js';

describe('<gov-appointment> time, details, review and confirmation pages under axe-core', () => {
  const mock = useMockApi();

  for (const language of LANGUAGES) {
    it(`has no violations from the times to the confirmation, failures included, in ${language}`, async function () {
      this.timeout(90_000);
      const { scenarios } = mock.api;
      const problems: string[] = [];
      const page = await AnyLanguagePage.render(
        html`<gov-appointment lang=${language} api-base=${API_BASE}></gov-appointment>`,
      );
      const audit = async (state: string) => {
        problems.push(...(await accessibilityViolations(page.element, state)));
      };

      // Time, after an answer that could not be read.
      scenarios.use('malformed', { operations: ['getSlots'] });
      await goToFirstFreeDay(page, mock.api);
      await page.waitForFailure();
      await audit('time, malformed answer');
      scenarios.reset();
      await page.takeNoticeAction();
      await page.until(() => page.freeTimes().length > 0, 'free times');
      await audit('time');

      // The held place runs out, then one is about to.
      scenarios.use('hold-expiry', { holdSeconds: 1 });
      const expired = oneEvent(page.element, 'gov-hold-expired');
      await page.holdFirstFreeTime();
      await expired;
      await page.waitForPage('time');
      await page.waitForFailure();
      await audit('time, hold expired');
      scenarios.use('hold-expiry', { holdSeconds: 110 });
      await page.holdFirstFreeTime();
      await page.waitForPage('details');
      await page.waitForElement('[part="hold"].urgent');
      await audit('details, empty, hold about to expire');
      scenarios.reset();
      await page.activate(page.extendHoldButton());
      await page.until(() => page.root.querySelector('.hold.urgent') === null, 'a longer hold');

      // Details with mistakes, then the review.
      await page.activate(page.submitButton());
      await page.waitForElement('.error-summary');
      await audit('details, errors');
      await page.fill(page.applicantField('name'), APPLICANT.name);
      await page.fill(page.applicantField('nationalId'), APPLICANT.nationalId);
      await page.fill(page.applicantField('mobile'), APPLICANT.mobile);
      await page.activate(page.submitButton());
      await page.waitForPage('review');
      await audit('review');

      // Someone else takes the time; the next one is booked.
      scenarios.use('slot-taken');
      await page.activate(page.submitButton());
      await page.waitForPage('time');
      await page.waitForFailure();
      await audit('time, slot taken');
      await page.holdFirstFreeTime();
      await page.waitForPage('details');
      await page.activate(page.submitButton());
      await page.waitForPage('review');
      await page.activate(page.submitButton());
      await page.waitForPage('confirmation');
      await audit('confirmation');

      expect(problems).to.deep.equal([]);
    });
  }
});
