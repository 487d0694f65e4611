/**
 * Answers that fit the contract's shapes but describe impossible things: the widget must not
 * break while drawing them, and the person must be told, in their language, with a way on.
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import { getResponse, HttpResponse, http } from 'msw';
import { API_BASE, SERVICE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';

describe('<gov-appointment> given impossible answers', () => {
  const mock = useMockApi();

  afterEach(() => {
    document.documentElement.removeAttribute('lang');
  });

  /** Centres as the mock lists them, except that the first is next free on 31 February. */
  function centresNextFreeOnThirtyFirstFebruary(): void {
    mock.worker.use(
      http.get(`${API_BASE}/centres`, async ({ request }) => {
        const response = await getResponse(mock.api.handlers, request);
        if (!response) throw new Error('The mock API did not answer the centre list');
        const list = (await response.json()) as { items: { nextAvailableDate?: string }[] };
        const [first] = list.items;
        if (first) first.nextAvailableDate = '2027-02-31';
        return HttpResponse.json(list, { status: response.status, headers: response.headers });
      }),
    );
  }

  it('says the centres could not be read when one is next free on 31 February, and "Try again" lists them', async function () {
    this.timeout(45_000);
    document.documentElement.lang = 'en';
    const page = await BookingPage.open(
      html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
    );
    await page.searchService(SERVICE.name);
    centresNextFreeOnThirtyFirstFebruary();
    await page.chooseService(SERVICE.name);
    await page.waitForNotice();

    expect(page.notice()).to.deep.equal({
      title: 'The booking service sent an answer we could not read',
      detail: 'Please try again. If this keeps happening, call the centre.',
    });
    expect(page.busy(), 'still loading').to.equal(false);
    expect(page.text()).not.to.include('No centre offers this service');
    expect(page.hasButton('Try again')).to.equal(true);

    // In Arabic, trying again meets the same answer and says so in Arabic.
    page.element.setAttribute('lang', 'ar');
    await page.waitForButton('حاول مرة أخرى');
    await page.click('حاول مرة أخرى');
    await page.waitForNotice('وصل من خدمة الحجز رد تعذّرت قراءته');
    expect(page.busy(), 'still loading in Arabic').to.equal(false);
    page.element.setAttribute('lang', 'en');
    await page.waitForButton('Try again');

    mock.worker.resetHandlers();
    await page.click('Try again');
    await page.settle();

    expect(page.notice()).to.equal(null);
    expect(page.text()).to.match(/\d+ centres/);
    await page.chooseCentre();
    expect(page.heading()).to.equal(STEP_HEADINGS.date);
  });
});
