/**
 * axe-core finds no WCAG 2.2 A/AA or best-practice violation on any page of managing a
 * booking (finding it, moving it, cancelling it), in each of the six languages. One walk per
 * language goes through every page and audits each as it is shown.
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import { AnyLanguagePage, LANGUAGES } from '../test-helpers/any-language-page.js';
import { accessibilityViolations } from '../test-helpers/axe-audit.js';
import {
  API_BASE,
  APPLICANT,
  bookThroughStore,
  useMockApi,
} from '../test-helpers/booking-fixtures.js';

/** A reference in the right form that no booking has. */
const UNKNOWN_REFERENCE = 'GA-2222-3333';

describe('<gov-appointment> managing a booking under axe-core', () => {
  const mock = useMockApi();

  for (const language of LANGUAGES) {
    it(`has no violations on any page of finding, moving and cancelling in ${language}`, async function () {
      this.timeout(90_000);
      const booking = bookThroughStore(mock.api);
      const problems: string[] = [];
      const page = await AnyLanguagePage.render(
        html`<gov-appointment lang=${language} api-base=${API_BASE} mode="manage"></gov-appointment>`,
      );
      const audit = async (state: string) => {
        problems.push(...(await accessibilityViolations(page.element, state)));
      };
      const reference = () => page.find<HTMLInputElement>('#manage-reference');
      const nationalId = () => page.find<HTMLInputElement>('#manage-nationalId');

      // Finding: the empty form, its mistakes, a booking that is not there, then the booking.
      await page.waitForPage('manage-find');
      await audit('manage, find');
      await page.fill(reference(), 'GA-12');
      await page.activate(page.submitButton());
      await page.waitForElement('[aria-invalid="true"]');
      await audit('manage, find with mistakes');
      await page.fill(reference(), UNKNOWN_REFERENCE);
      await page.fill(nationalId(), APPLICANT.nationalId);
      await page.activate(page.submitButton());
      await page.waitForFailure();
      await audit('manage, find, not found');
      await page.fill(reference(), booking.reference);
      await page.activate(page.submitButton());
      await page.waitForPage('manage-booking');
      await audit('manage, booking');

      // Moving it: a new day, a new time, the question.
      await page.activate(page.bookingActions().reschedule);
      await page.waitForElement('button[part="day"].available');
      await audit('manage, new day');
      await page.activate(page.dateViews().list);
      await page.waitForElement('[part="available-dates"] button');
      await page.activate(page.listedDates()[0] as HTMLButtonElement);
      await page.until(() => page.freeTimes().length > 0 && page.idle(), 'free times');
      await audit('manage, new time');
      await page.holdFirstFreeTime();
      await page.until(
        () =>
          page.root.querySelector('.summary-list') !== null &&
          page.root.querySelector('[part="hold"]') !== null &&
          page.idle(),
        'the question to move the booking',
      );
      await audit('manage, move question');
      await page.activate(page.submitButton());
      await page.until(
        () => page.root.querySelector('[part="reference"]') !== null && page.idle(),
        'the moved booking',
      );
      await audit('manage, booking moved');

      // Cancelling it.
      await page.activate(page.bookingActions().cancel);
      await page.waitForElement('#cancel-reason');
      await audit('manage, cancel question');
      await page.activate(page.submitButton());
      await page.waitForPage('manage-cancelled');
      await audit('manage, cancelled');

      expect(problems).to.deep.equal([]);
    });
  }
});
