/**
 * A hold request whose answer is lost: the server kept a place, the person was told the
 * service could not be reached. Trying again must get that place back, not a second one kept
 * for ten minutes; choosing another time is a new request.
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import { spokenText } from '../test-helpers/accessible-name.js';
import {
  API_BASE,
  firstFreeSlots,
  loseFirstHoldAnswers,
  SERVICE,
  useMockApi,
} from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';

const UNREACHABLE = {
  title: 'We could not reach the booking service',
  detail: 'Check your internet connection, then try again.',
};

describe('<gov-appointment> a hold whose answer was lost', () => {
  const mock = useMockApi();

  it('takes exactly one place when the person tries again', async function () {
    this.timeout(30_000);
    const page = await BookingPage.open(
      html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
    );
    await page.openFirstAvailableDay(SERVICE.name);
    const { centreId, date } = firstFreeSlots(mock.api);
    const placesLeft = () =>
      mock.api.store.slots(centreId, SERVICE.id, date).map((slot) => slot.remaining);
    const before = placesLeft();
    // Every attempt the client makes for the first choice loses its answer.
    const answers = loseFirstHoldAnswers(mock, 3);

    await page.chooseFirstTime();
    await page.waitForNotice(UNREACHABLE.title);
    expect(page.notice()).to.deep.equal(UNREACHABLE);
    expect(answers.keys).to.have.length(3);

    // The place the server kept shows as taken when it was the last one: trying again asks
    // for that same time.
    await page.click('Try again');
    await page.waitForStep('details');

    expect(page.heading()).to.equal(STEP_HEADINGS.details);
    expect(new Set(answers.keys).size, 'idempotency keys sent').to.equal(1);
    expect(new Set(answers.holdIds).size, 'holds the server kept').to.equal(1);
    await page.click('Change time');
    await page.waitForStep('time');
    // Changing the time gave the one place back: the day is as it was.
    expect(placesLeft()).to.deep.equal(before);
  });

  it('asks afresh for another time after a lost answer', async function () {
    this.timeout(30_000);
    const page = await BookingPage.open(
      html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
    );
    await page.openFirstAvailableDay(SERVICE.name);
    const answers = loseFirstHoldAnswers(mock, 3);

    const time = await page.chooseFirstTime();
    await page.waitForNotice(UNREACHABLE.title);
    await page.chooseFirstTime((name) => name !== time);
    await page.waitForStep('details');

    expect(answers.keys).to.have.length(4);
    expect(new Set(answers.keys).size, 'idempotency keys sent').to.equal(2);
    expect(spokenText(page.root.querySelector('[part="hold"]') as Element)).to.match(
      /We are keeping this time for you/,
    );
  });
});
