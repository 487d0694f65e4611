/**
 * When the API fails: each failure says what happened in plain words, offers a way forward
 * that works, never leaves a spinner turning, and never books twice.
 */
import '../src/define.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import {
  API_BASE,
  APPLICANT,
  loseFirstBookingAnswers,
  SERVICE,
  useMockApi,
} from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';

async function openWidget(): Promise<BookingPage> {
  return BookingPage.open(html`<gov-appointment api-base=${API_BASE}></gov-appointment>`);
}

describe('<gov-appointment> when the API fails', () => {
  const mock = useMockApi();

  it('says the service is down and lists the services once "Try again" works', async () => {
    mock.api.scenarios.use('unavailable', { retryAfterSeconds: 1, operations: ['listServices'] });
    const page = await openWidget();

    await page.waitForNotice();
    expect(page.notice()).to.deep.equal({
      title: 'The booking service is not working right now',
      detail: 'This is not your fault. Please try again in a moment.',
    });
    expect(page.busy(), 'still loading').to.equal(false);
    expect(page.text()).not.to.include('Loading services');
    expect(page.text(), 'blames the search').not.to.include('No services match');

    mock.api.scenarios.reset();
    await page.waitForButton('Try again');
    await page.click('Try again');
    await page.settle();

    expect(page.notice()).to.equal(null);
    expect(page.text()).to.match(/\d+ services/);
    await page.searchService(SERVICE.name);
    expect(page.hasButton(`Choose ${SERVICE.name}`)).to.equal(true);
  });

  it('asks the person to wait when the API is busy, and "Try again" then works', async () => {
    mock.api.scenarios.use('rate-limited', {
      retryAfterSeconds: 1,
      times: 3,
      operations: ['listServices'],
    });
    const page = await openWidget();

    await page.waitForNotice();
    expect(page.notice()).to.deep.equal({
      title: 'Too many people are booking right now',
      detail: 'Please wait one second, then try again.',
    });
    expect(page.busy(), 'still loading').to.equal(false);
    const retry = page.buttonNamed(/^Try again/);
    expect(retry.getAttribute('aria-disabled')).to.equal('true');
    await page.waitForAnnouncement(
      'Too many people are booking right now. Please wait one second, then try again.',
    );

    await page.waitForButton('Try again');
    await page.click('Try again');
    await page.settle();

    expect(page.notice()).to.equal(null);
    expect(page.text()).to.match(/\d+ services/);
  });

  it('says the centres could not be loaded, and lists them once "Try again" works', async () => {
    const page = await openWidget();
    await page.searchService(SERVICE.name);
    mock.api.scenarios.use('server-error', { operations: ['listCentres'] });
    await page.chooseService(SERVICE.name);

    expect(page.notice()).to.deep.equal({
      title: 'The booking service is not working right now',
      detail: 'This is not your fault. Please try again in a moment.',
    });
    expect(page.busy(), 'still loading').to.equal(false);
    expect(page.text(), 'blames the search').not.to.include('No centre offers this service');

    mock.api.scenarios.reset();
    await page.click('Try again');
    await page.settle();

    expect(page.notice()).to.equal(null);
    expect(page.text()).to.match(/\d+ centres/);
    await page.chooseCentre();
    expect(page.heading()).to.equal(STEP_HEADINGS.date);
  });

  it('books exactly once when the answer to the booking is lost, and "Try again" shows it', async function () {
    this.timeout(20_000);
    const page = await openWidget();
    await page.openFirstAvailableDay(SERVICE.name);
    const held = oneEvent(page.element, 'gov-hold-placed');
    await page.chooseFirstTime();
    const hold = (await held).detail;
    await page.waitForStep('details');
    await page.fillDetails(APPLICANT);
    await page.continue();
    await page.waitForStep('review');
    const placesLeftWhileHeld = mock.api.store
      .slots(hold.centreId, hold.serviceId, hold.start.slice(0, 10))
      .find((slot) => slot.start === hold.start)?.remaining;
    // The client tries three times (its own two retries); every answer is lost.
    const answers = loseFirstBookingAnswers(mock, 3);

    await page.confirm();

    expect(page.heading()).to.equal(STEP_HEADINGS.review);
    expect(page.notice()).to.deep.equal({
      title: 'We could not reach the booking service',
      detail: 'Check your internet connection, then try again.',
    });
    expect(answers.statuses).to.deep.equal([201, 201, 201]);

    await page.click('Try again');
    await page.waitForStep('confirmation');

    const reference = page.reference();
    expect(reference).to.match(/^GA-/);
    expect(answers.references).to.deep.equal([reference, reference, reference, reference]);
    expect(mock.api.store.booking(reference)?.applicant.nationalId).to.equal(APPLICANT.nationalId);
    const placesLeftAfterBooking = mock.api.store
      .slots(hold.centreId, hold.serviceId, hold.start.slice(0, 10))
      .find((slot) => slot.start === hold.start)?.remaining;
    expect(placesLeftAfterBooking).to.equal(placesLeftWhileHeld);
  });

  it('says an answer could not be read, and "Try again" shows the times', async () => {
    mock.api.scenarios.use('malformed', { operations: ['getSlots'] });
    const page = await openWidget();
    await page.openFirstAvailableDay(SERVICE.name);

    expect(page.heading()).to.equal(STEP_HEADINGS.time);
    expect(page.notice()).to.deep.equal({
      title: 'The booking service sent an answer we could not read',
      detail: 'Please try again. If this keeps happening, call the centre.',
    });
    expect(page.busy(), 'still loading').to.equal(false);
    expect(page.freeTimes()).to.have.length(0);

    mock.api.scenarios.reset();
    await page.click('Try again');
    await page.settle();

    expect(page.notice()).to.equal(null);
    expect(page.freeTimes().length).to.be.above(0);
  });
});
