/**
 * The pages after a time is held come in a file of their own. When it cannot be fetched the
 * person is told so and can try again; when that fails too they are asked to reload, as some
 * browsers (Firefox) keep a failed module fetch failed until then. The held time stays, and
 * the host hears each failure. (One test per file: a page fetches the file only once.)
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { API_BASE, SERVICE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';

/** The later pages' module as the test server sends it (not its loader beside it). */
const LATER_PAGES_MODULE = /\/steps\/later-steps\.ts(\?|$)/;

describe('<gov-appointment> later pages out of reach', () => {
  const mock = useMockApi();

  it('offers to try again when the rest of the widget cannot be fetched, then to reload', async function () {
    this.timeout(20_000);
    mock.worker.use(http.get(LATER_PAGES_MODULE, () => HttpResponse.error()));
    const page = await BookingPage.open(
      html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
    );
    const errors: string[] = [];
    page.element.addEventListener('gov-error', (event) => errors.push(event.detail.code));
    await page.openFirstAvailableDay(SERVICE.name);
    await page.chooseFirstTime();
    await page.waitForStep('details');

    expect(page.heading()).to.equal(STEP_HEADINGS.details);
    expect(page.notice()).to.deep.equal({
      title: 'We could not reach the booking service',
      detail: 'Check your internet connection, then try again.',
    });
    await page.waitForAnnouncement(
      'We could not reach the booking service. Check your internet connection, then try again.',
    );
    expect(page.holdSecondsLeft()).to.be.greaterThan(0);

    await page.click('Try again');
    await page.waitForNotice('This part of the booking could not be loaded');

    expect(page.notice()?.detail).to.equal(
      'Reload the page to carry on. You will need to choose a time again.',
    );
    expect(page.hasButton('Reload the page')).to.equal(true);
    expect(page.hasButton('Try again')).to.equal(false);
    await page.waitForAnnouncement(
      'This part of the booking could not be loaded. Reload the page to carry on. You will need to choose a time again.',
    );
    expect(errors).to.deep.equal(['network', 'network']);
  });
});
