/**
 * Where the keyboard focus goes and what is said when the held place changes under the
 * person: asking for more time (as often as the API allows, at least ten times) and the time
 * running out while they read.
 */
import '../src/define.js';
import { CONTRACT_RULES } from '@gov-appointment/sdk/contract';
import { expect, html, waitUntil } from '@open-wc/testing';
import { getResponse, http } from 'msw';
import { spokenText } from '../test-helpers/accessible-name.js';
import { API_BASE, SERVICE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';
import { SETTLE_TIMEOUT_MS } from '../test-helpers/widget-page.js';

/** How long an answer of the mock may take to show on a busy machine. */
const WAIT = { timeout: SETTLE_TIMEOUT_MS };

const MORE_TIME = 'I need more time';
const EXPIRED = {
  title: 'The time we kept for you has run out',
  detail: 'Please choose a time again. Everything you typed is kept.',
};

describe('<gov-appointment> focus while a place is held', () => {
  const mock = useMockApi();

  it('keeps the focus on “I need more time” and gives more time ten times in a row by keyboard', async function () {
    this.timeout(30_000);
    mock.api.scenarios.use('hold-expiry', { holdSeconds: 300 });
    // The first request for more time waits until the test lets it through.
    let letThrough = () => {};
    const firstAnswer = new Promise<void>((resolve) => {
      letThrough = resolve;
    });
    let extendRequests = 0;
    mock.worker.use(
      http.post(`${API_BASE}/holds/:holdId/extend`, async ({ request }) => {
        extendRequests += 1;
        if (extendRequests === 1) await firstAnswer;
        return getResponse(mock.api.handlers, request);
      }),
    );
    const page = await BookingPage.open(
      html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
    );
    await page.openFirstAvailableDay(SERVICE.name);
    await page.chooseFirstTime();
    await page.waitForStep('details');
    const heard = page.listenToAnnouncements();
    await page.tabTo(MORE_TIME);

    await page.press('Enter');
    await waitUntil(() => extendRequests === 1, 'no more time was asked for', WAIT);
    // While the answer is awaited the button keeps the focus, says it is unavailable, and a
    // second press asks for nothing more.
    expect(page.focusedName()).to.equal(MORE_TIME);
    expect(page.buttonNamed(MORE_TIME).getAttribute('aria-disabled')).to.equal('true');
    await page.press('Enter');
    letThrough();
    await waitUntil(() => heard.length === 1, 'the extension was never announced', WAIT);
    expect(extendRequests).to.equal(1);
    expect(page.focusedName()).to.equal(MORE_TIME);

    for (let made = 2; made < CONTRACT_RULES.minHoldExtensions; made += 1) {
      await page.waitForButton(MORE_TIME);
      await page.press('Enter');
      await waitUntil(() => heard.length === made, `extension ${made} was never announced`, WAIT);
      expect(page.focusedName()).to.equal(MORE_TIME);
    }
    await page.waitForButton(MORE_TIME);
    await page.press('Enter');
    await waitUntil(
      () => heard.length === CONTRACT_RULES.minHoldExtensions,
      'the last extension was never announced',
      WAIT,
    );
    await page.element.updateComplete;

    const extended = 'We will keep this time for you for another 5 minutes.';
    expect(heard).to.deep.equal([
      ...Array.from({ length: CONTRACT_RULES.minHoldExtensions - 1 }, () => extended),
      `${extended} This was the last time we can give you more time.`,
    ]);
    expect(extendRequests).to.equal(CONTRACT_RULES.minHoldExtensions);
    // No more can be had: the button is gone and its focus is on the time left.
    expect(page.hasButton(MORE_TIME)).to.equal(false);
    expect(spokenText(page.focusedElement() as Element)).to.match(
      /^We are keeping this time for you for \d:\d\d more\.$/,
    );
    expect(page.heading()).to.equal(STEP_HEADINGS.details);
  });

  it('moves the focus to the expiry message however long ago the person last pressed a key', async function () {
    this.timeout(30_000);
    mock.api.scenarios.use('hold-expiry', { holdSeconds: 6 });
    // A screen reader user reading the form: focus moves but no key of the widget is pressed.
    const page = await BookingPage.open(
      html`<gov-appointment api-base=${API_BASE} service=${SERVICE.id}></gov-appointment>`,
    );
    await page.chooseCentre();
    await page.showDateList();
    await page.chooseFirstAvailableDate();
    await page.chooseFirstTime();
    await page.waitForStep('details');
    await page.focusField('Mobile number');
    const heard = page.listenToAnnouncements();

    await page.waitForStep('time', 12_000);
    await waitUntil(() => page.focusedName() === EXPIRED.title, 'the focus did not follow', WAIT);

    expect(page.focusedElement()?.localName).to.equal('h3');
    expect(page.notice()).to.deep.equal(EXPIRED);
    await page.waitForAnnouncement(`${EXPIRED.title}. ${EXPIRED.detail}`);
    expect(heard).to.deep.equal([`${EXPIRED.title}. ${EXPIRED.detail}`]);
  });

  it('leaves the focus where it is when the person is elsewhere on the host page', async function () {
    this.timeout(30_000);
    mock.api.scenarios.use('hold-expiry', { holdSeconds: 6 });
    const page = await BookingPage.open(
      html`<div>
        <gov-appointment api-base=${API_BASE} service=${SERVICE.id}></gov-appointment>
        <label>Search this site <input id="site-search" /></label>
      </div>`,
    );
    await page.chooseCentre();
    await page.showDateList();
    await page.chooseFirstAvailableDate();
    await page.chooseFirstTime();
    await page.waitForStep('details');
    const search = document.getElementById('site-search') as HTMLInputElement;
    search.focus();

    await page.waitForStep('time', 12_000);
    await page.waitForAnnouncement(`${EXPIRED.title}. ${EXPIRED.detail}`);

    expect(document.activeElement).to.equal(search);
  });
});
