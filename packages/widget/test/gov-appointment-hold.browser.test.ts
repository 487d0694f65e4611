/**
 * The held place: someone else taking the time, the hold running out, the warning before it
 * does and asking for more time. Nothing the person typed is ever lost. These tests wait on
 * the widget's real clock.
 */
import '../src/define.js';
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { API_BASE, APPLICANT, SERVICE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';

const WARNING =
  'Less than a minute left to finish your booking. Choose “I need more time” to keep your place.';

/** Opens the widget and chooses the first free time of the service: its place is held. */
async function holdATime(): Promise<{ page: BookingPage; time: string }> {
  const page = await BookingPage.open(
    html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
  );
  await page.openFirstAvailableDay(SERVICE.name);
  const time = await page.chooseFirstTime();
  await page.waitForStep('details');
  return { page, time };
}

describe('<gov-appointment> holding a place', () => {
  const mock = useMockApi();

  it('sends the person back to the times, details kept, when someone else books the time first', async function () {
    this.timeout(20_000);
    mock.api.scenarios.use('slot-taken', { operations: ['createBooking'] });
    const { page, time: firstTime } = await holdATime();
    await page.fillDetails(APPLICANT);
    await page.continue();
    await page.waitForStep('review');

    await page.confirm();

    await page.waitForStep('time');
    expect(page.heading()).to.equal(STEP_HEADINGS.time);
    expect(page.notice()).to.deep.equal({
      title: 'Someone else has just taken that time',
      detail: 'Please choose another time. Everything you typed is kept.',
    });
    expect(page.announcement()).to.equal(
      'Someone else has just taken that time. Please choose another time. Everything you typed is kept.',
    );
    expect(page.hasButton('Choose another time')).to.equal(true);

    await page.chooseFirstTime((name) => name !== firstTime);
    await page.waitForStep('details');
    expect(page.detailsShown()).to.deep.equal({ ...APPLICANT, email: '' });
    await page.continue();
    await page.waitForStep('review');
    await page.confirm();
    await page.waitForStep('confirmation');
    expect(page.reference()).to.match(/^GA-/);
  });

  it('counts the held time down, then brings the person back to the times, details kept', async function () {
    this.timeout(30_000);
    mock.api.scenarios.use('hold-expiry', { holdSeconds: 10 });
    const { page } = await holdATime();

    const shownFirst = page.holdSecondsLeft();
    expect(shownFirst).to.be.within(1, 10);
    expect(page.text()).to.match(/We are keeping this time for you for 0:\d\d more\./);
    // The time runs out while the person is in the mobile field, not typed yet.
    await page.fillField('Full name', APPLICANT.name);
    await page.fillField('National ID number (CPR)', APPLICANT.nationalId);
    await page.focusField('Mobile number');
    await waitUntil(
      () => (page.holdSecondsLeft() ?? 0) < (shownFirst as number),
      'the held time did not count down',
      { timeout: 3000 },
    );

    const expired = oneEvent(page.element, 'gov-hold-expired');
    await page.waitForStep('time', 12_000);
    const event = await expired;
    expect(event.detail.serviceId).to.equal(SERVICE.id);
    expect(page.notice()).to.deep.equal({
      title: 'The time we kept for you has run out',
      detail: 'Please choose a time again. Everything you typed is kept.',
    });
    expect(page.holdSecondsLeft()).to.equal(null);

    mock.api.scenarios.reset();
    await page.chooseFirstTime();
    await page.waitForStep('details');
    expect(page.detailsShown()).to.deep.equal({ ...APPLICANT, mobile: '', email: '' });
    expect(page.notice()).to.equal(null);
    // The page going away was not the person leaving the field: it is not marked wrong.
    expect(page.fieldError('Mobile number')).to.equal('');
    await page.fillField('Mobile number', APPLICANT.mobile);
    await page.continue();
    await page.waitForStep('review');
    await page.confirm();
    await page.waitForStep('confirmation');
    expect(page.reference()).to.match(/^GA-/);
  });

  it('gives the place back when the page is closed, not when it is kept for “back”', async function () {
    this.timeout(20_000);
    await holdATime();
    // What the page asks of the network: whether each hold release is sent with keepalive,
    // which lets it complete after the page is gone.
    const released: boolean[] = [];
    const send = window.fetch;
    window.fetch = (input, init) => {
      if (input instanceof Request && input.method === 'DELETE' && input.url.includes('/holds/')) {
        released.push(input.keepalive);
      }
      return send(input, init);
    };
    try {
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(released).to.deep.equal([]);

      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      await waitUntil(() => released.length > 0, 'the held place was not given back');
      expect(released).to.deep.equal([true]);
    } finally {
      window.fetch = send;
    }
  });

  it('warns in the live region before the held time runs out', async function () {
    this.timeout(20_000);
    mock.api.scenarios.use('hold-expiry', { holdSeconds: 32 });
    const { page } = await holdATime();
    expect(page.announcement()).to.not.equal(WARNING);

    await page.waitForAnnouncement(WARNING, 6000);
    expect(page.holdSecondsLeft()).to.be.within(1, 30);
    expect(page.heading()).to.equal(STEP_HEADINGS.details);
  });

  it('restarts the countdown and says so when the person asks for more time', async function () {
    this.timeout(20_000);
    mock.api.scenarios.use('hold-expiry', { holdSeconds: 32 });
    const { page } = await holdATime();
    await page.waitForAnnouncement(WARNING, 6000);
    const beforeExtending = page.holdSecondsLeft() as number;
    expect(beforeExtending).to.be.at.most(30);

    await page.click('I need more time');

    await page.waitForAnnouncement('We will keep this time for you for another minute.');
    // A full period again: more than was left, at most the 32 s a hold lasts.
    expect(page.holdSecondsLeft()).to.be.within(beforeExtending + 1, 32);
    expect(page.heading()).to.equal(STEP_HEADINGS.details);
  });
});
