/**
 * The pages after a time is held come in a file of their own, fetched once the first page is
 * up. A person who gets there before it has arrived sees the page with the held time running
 * and a placeholder, then the form. (One test per file: a page fetches the file only once.)
 */
import '../src/define.js';
import { expect, html, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { API_BASE, APPLICANT, SERVICE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';

/** The later pages' module as the test server sends it (not its loader beside it). */
const LATER_PAGES_MODULE = /\/steps\/later-steps\.ts(\?|$)/;

describe('<gov-appointment> later pages on a slow connection', () => {
  const mock = useMockApi();

  it('shows the page, held time running, while the rest of the widget is on its way', async function () {
    this.timeout(20_000);
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    mock.worker.use(
      http.get(LATER_PAGES_MODULE, async () => {
        await arrived;
        return undefined;
      }),
    );
    const page = await BookingPage.open(
      html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
    );
    await page.openFirstAvailableDay(SERVICE.name);
    const [time] = page.freeTimes();
    if (!time) throw new Error('No free time to choose');
    await page.activate(time);
    await waitUntil(() => page.heading() === STEP_HEADINGS.details, 'no details page');

    expect(page.busy()).to.equal(true);
    expect(page.holdSecondsLeft()).to.be.greaterThan(0);
    expect(page.notice()).to.equal(null);
    expect(page.text()).not.to.include('Full name');

    arrive();
    await page.settle();
    // The form's own styles come with it: the name field spans the form, the national ID field
    // is sized for its nine digits.
    const nameWidth = page.field('Full name').getBoundingClientRect().width;
    const idWidth = page.field('National ID number (CPR)').getBoundingClientRect().width;
    expect(idWidth).to.be.below(nameWidth / 2);
    await page.fillDetails(APPLICANT);
    await page.continue();
    await page.waitForStep('review');
    expect(page.summaryValue('Service')).to.equal(SERVICE.name);
  });
});
