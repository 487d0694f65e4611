/**
 * Status messages (WCAG 4.1.3): what happens without the person asking is said in the
 * widget's polite live region, in each of the six languages: a failure, the warning that the
 * held place is about to run out, and its running out.
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import { AnyLanguagePage, LANGUAGES } from '../test-helpers/any-language-page.js';
import { API_BASE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { goToFirstFreeDay } from '../test-helpers/widget-walks.js';

/** The warning comes 30 s before the end: a hold this long warns two seconds in. */
const HOLD_SECONDS_BEFORE_WARNING = 32;

/** The title of the failure notice shown. */
function noticeTitle(page: AnyLanguagePage): string {
  return page.find('[part="notice"] h3').textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('<gov-appointment> live region', () => {
  const mock = useMockApi();

  for (const language of LANGUAGES) {
    it(`says a failure, the hold warning and the hold running out in ${language}`, async function () {
      this.timeout(30_000);
      const { scenarios } = mock.api;
      const page = await AnyLanguagePage.render(
        html`<gov-appointment lang=${language} api-base=${API_BASE}></gov-appointment>`,
      );

      // A failure: the notice's title is spoken.
      scenarios.use('server-error', { operations: ['getSlots'] });
      await goToFirstFreeDay(page, mock.api);
      await page.waitForFailure();
      const failure = noticeTitle(page);
      await page.until(() => page.announcement().includes(failure), 'the failure to be said');
      scenarios.reset();
      await page.takeNoticeAction();
      await page.until(() => page.freeTimes().length > 0 && page.idle(), 'free times');

      // The warning before the held place runs out, while the details are being filled in.
      scenarios.use('hold-expiry', { holdSeconds: HOLD_SECONDS_BEFORE_WARNING });
      await page.holdFirstFreeTime();
      await page.waitForPage('details');
      const beforeWarning = page.announcement();
      await page.until(
        () => page.announcement() !== '' && page.announcement() !== beforeWarning,
        'the warning to be said',
      );
      expect(page.currentStep()).to.equal('details');

      // Running out: back to the times, and the notice saying why is spoken.
      scenarios.use('hold-expiry', { holdSeconds: 1 });
      await page.activate(page.find('section > .back button'));
      await page.waitForPage('time');
      await page.holdFirstFreeTime();
      await page.until(
        () => page.currentStep() === 'time' && page.root.querySelector('[part="notice"]') !== null,
        'the held place to run out',
      );
      const expiry = noticeTitle(page);
      await page.until(() => page.announcement().includes(expiry), 'the expiry to be said');
    });
  }
});
