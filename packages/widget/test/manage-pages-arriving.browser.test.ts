/**
 * The manage pages and their flow come with the later pages' file. A person who opens them
 * before that file is here sees the find page's heading, the way back to booking and a
 * placeholder, then the form, which then finds the booking. (One test per file: a page fetches
 * the file only once.)
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import { http } from 'msw';
import {
  API_BASE,
  APPLICANT,
  bookThroughStore,
  useMockApi,
} from '../test-helpers/booking-fixtures.js';
import { BookingPage } from '../test-helpers/booking-page.js';

/** The later pages' module as the test server sends it (not its loader beside it). */
const LATER_PAGES_MODULE = /\/steps\/later-steps\.ts(\?|$)/;

describe('<gov-appointment> manage pages on a slow connection', () => {
  const mock = useMockApi();

  it('shows the find page with a placeholder, then the form that finds the booking', async function () {
    this.timeout(20_000);
    const booking = bookThroughStore(mock.api);
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
    await page.click('Already booked? Cancel or change your booking');
    await page.element.updateComplete;

    expect(page.heading()).to.equal('Find your booking');
    expect(page.busy()).to.equal(true);
    expect(page.notice()).to.equal(null);
    expect(page.text()).to.include('Book a visit instead');
    expect(page.text()).not.to.include('Booking reference');

    arrive();
    await page.settle();
    expect(page.heading()).to.equal('Find your booking');
    expect(page.text()).to.include('Booking reference');
    await page.fillField('Booking reference', booking.reference);
    await page.fillField('National ID of the person attending', APPLICANT.nationalId);
    await page.click('Find booking');
    await page.waitForHeading('Your booking');
    expect(page.reference()).to.equal(booking.reference);
  });
});
