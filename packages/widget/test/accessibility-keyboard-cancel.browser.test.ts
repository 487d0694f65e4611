/**
 * Finding and cancelling a booking with real key presses alone, in each of the six
 * languages: every page opens with the focus on its heading and the focus never falls to the
 * page's body.
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import { AnyLanguagePage, LANGUAGES } from '../test-helpers/any-language-page.js';
import {
  API_BASE,
  APPLICANT,
  bookThroughStore,
  useMockApi,
} from '../test-helpers/booking-fixtures.js';

describe('<gov-appointment> cancelling with the keyboard alone', () => {
  const mock = useMockApi();

  for (const language of LANGUAGES) {
    it(`finds and cancels a booking in ${language}, each page opening on its heading`, async function () {
      this.timeout(40_000);
      const booking = bookThroughStore(mock.api);
      const page = await AnyLanguagePage.render(html`<div>
        <a href="#top">Ministry home</a>
        <gov-appointment lang=${language} api-base=${API_BASE} mode="manage"></gov-appointment>
      </div>`);
      await page.waitForPage('manage-find');
      const hostLink = page.element.parentElement?.querySelector('a') as HTMLAnchorElement;
      hostLink.focus();

      // Find: the reference and the national ID, typed, then Enter in the form.
      await page.tabToElement(page.find('#manage-reference'));
      await page.typeText(booking.reference);
      await page.tab();
      expect(page.focusedElement()?.id).to.equal('manage-nationalId');
      await page.typeText(APPLICANT.nationalId);
      await page.press('Enter');
      await page.waitForPage('manage-booking');
      await page.waitForHeadingFocus();

      // The booking: cancel it.
      await page.tabToElement(page.bookingActions().cancel);
      await page.press('Enter');
      await page.waitForElement('#cancel-reason');
      await page.waitForHeadingFocus();

      // The question: a reason can be given; then yes.
      await page.tabToElement(page.find('#cancel-reason'));
      await page.tabToElement(page.submitButton());
      await page.press('Enter');
      await page.waitForPage('manage-cancelled');
      await page.waitForHeadingFocus();

      expect(mock.api.store.booking(booking.reference)?.status).to.equal('cancelled');
      expect(page.focusLosses).to.deep.equal([]);
    });
  }
});
