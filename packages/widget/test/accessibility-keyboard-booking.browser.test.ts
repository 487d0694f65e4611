/**
 * A whole booking with real key presses alone, in each of the six languages: every page opens
 * with the focus on its heading, the focus never falls to the page's body, and the calendar's
 * arrow keys follow the reading direction (in Arabic, Urdu and Farsi, ArrowLeft is the next
 * day).
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import { AnyLanguagePage, LANGUAGES, RIGHT_TO_LEFT } from '../test-helpers/any-language-page.js';
import { API_BASE, APPLICANT, useMockApi } from '../test-helpers/booking-fixtures.js';

/** The day after `date` (`YYYY-MM-DD`). */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

describe('<gov-appointment> booking with the keyboard alone', () => {
  const mock = useMockApi();

  for (const language of LANGUAGES) {
    it(`books a visit in ${language}, each page opening on its heading`, async function () {
      this.timeout(60_000);
      const page = await AnyLanguagePage.render(html`<div>
        <a href="#top">Ministry home</a>
        <gov-appointment lang=${language} api-base=${API_BASE}></gov-appointment>
      </div>`);
      await page.waitForPage('service');
      const hostLink = page.element.parentElement?.querySelector('a') as HTMLAnchorElement;
      hostLink.focus();

      // Service: the search comes first; then a ministry is opened and its service chosen.
      await page.tab();
      expect(page.focusedElement()?.id, 'first stop in the widget').to.equal('service-search');
      const group = page.groupToggleFor();
      await page.tabToElement(group);
      await page.press('Enter');
      expect(group.getAttribute('aria-expanded')).to.equal('true');
      await page.tabToElement(page.serviceChoice());
      await page.press('Enter');
      await page.waitForPage('centre');
      await page.waitForHeadingFocus();

      // Centre: one with a free time.
      await page.tabToElement(page.centreChoice(page.bookableCentreName(mock.api)));
      await page.press('Enter');
      await page.waitForPage('date');
      await page.waitForHeadingFocus();

      // Day: into the grid; the key pointing along the reading direction is the next day.
      await page.tabUntil(() => page.focusedDay() !== null, 'a day of the calendar');
      const forward = RIGHT_TO_LEFT.has(language) ? 'ArrowLeft' : 'ArrowRight';
      const from = page.focusedDay()?.dataset.date as string;
      await page.press(forward);
      await page.until(
        () => page.focusedDay()?.dataset.date === dayAfter(from),
        `${forward} to move to the day after ${from}`,
      );
      for (let presses = 0; presses < 60; presses += 1) {
        await page.until(() => page.idle() && page.focusedDay() !== null, 'the month to load');
        if (page.focusedDay()?.classList.contains('available')) break;
        const before = page.focusedDay()?.dataset.date as string;
        await page.press(forward);
        await page.until(
          () => page.focusedDay()?.dataset.date === dayAfter(before),
          'the focus to move to the next day',
        );
      }
      expect(page.focusedDay()?.classList.contains('available'), 'a day with free times').to.equal(
        true,
      );
      await page.press('Enter');
      await page.waitForPage('time');
      await page.waitForHeadingFocus();

      // Time: the first free one, with Space.
      await page.tabUntil(
        (focused) => page.freeTimes().some((slot) => slot === focused),
        'a free time',
      );
      await page.press(' ');
      await page.waitForPage('details');
      await page.waitForHeadingFocus();

      // Details: each field in turn, then Continue.
      await page.tabToElement(page.applicantField('name'));
      await page.typeText(APPLICANT.name);
      await page.tab();
      expect(page.focusedElement()?.id).to.equal('applicant-nationalId');
      await page.typeText(APPLICANT.nationalId);
      await page.tab();
      expect(page.focusedElement()?.id).to.equal('applicant-mobile');
      await page.typeText(APPLICANT.mobile);
      await page.tabToElement(page.submitButton());
      await page.press('Enter');
      await page.waitForPage('review');
      await page.waitForHeadingFocus();

      // Review, then book.
      await page.tabToElement(page.submitButton());
      await page.press('Enter');
      await page.waitForPage('confirmation');
      await page.waitForHeadingFocus();
      expect(page.reference()).to.match(/^GA-/);
      expect(page.focusLosses).to.deep.equal([]);
    });
  }
});
