/**
 * Moving a booking: the times of its day show the booking's own time as such, and it cannot be
 * chosen, so no second place is held to "move" the booking to where it already is.
 */
import '../src/define.js';
import type { Booking } from '@gov-appointment/sdk/schemas';
import { expect, html } from '@open-wc/testing';
import { accessibleName } from '../test-helpers/accessible-name.js';
import {
  API_BASE,
  APPLICANT,
  bookThroughStore,
  useMockApi,
} from '../test-helpers/booking-fixtures.js';
import { BookingPage } from '../test-helpers/booking-page.js';

describe('<gov-appointment> moving a booking', () => {
  const mock = useMockApi();
  let booking: Booking;

  beforeEach(() => {
    // A time with places left after this booking, so that it could otherwise be chosen.
    booking = bookThroughStore(mock.api, APPLICANT, (slot) => slot.remaining >= 2);
  });

  it('marks the booking’s own time and never offers it, also by keyboard', async function () {
    this.timeout(30_000);
    const page = await BookingPage.open(
      html`<gov-appointment api-base=${API_BASE} mode="manage"></gov-appointment>`,
    );
    await page.fillField('Booking reference', booking.reference);
    await page.fillField('National ID of the person attending', APPLICANT.nationalId);
    await page.click('Find booking');
    await page.waitForHeading('Your booking');
    const ownTime = page.summaryValue('Time');
    const holds: unknown[] = [];
    page.element.addEventListener('gov-hold-placed', (event) => holds.push(event.detail));

    await page.click('Change date or time');
    await page.waitForHeading('Choose a new day');
    await page.showDateList();
    await page.chooseFirstAvailableDate();

    const slots = [...page.root.querySelectorAll<HTMLButtonElement>('button[part="slot"]')];
    const own = slots.find((slot) => accessibleName(slot).startsWith(ownTime));
    if (!own) throw new Error(`The day does not list ${ownTime}`);
    expect(accessibleName(own)).to.equal(`${ownTime}, Your current booking`);
    expect(own.textContent).to.include('Your current booking');
    expect(own.getAttribute('aria-disabled')).to.equal('true');
    expect(page.freeTimes()).to.not.include(own);
    const day = booking.start.slice(0, 10);
    const placesLeft = () =>
      mock.api.store
        .slots(booking.centre.id, booking.service.id, day)
        .map((slot) => slot.remaining);
    const placesBefore = placesLeft();

    own.focus();
    await page.press('Enter');
    await page.press(' ');
    await page.settle();

    expect(page.heading()).to.equal('Choose a new time');
    expect(holds).to.deep.equal([]);
    expect(placesLeft()).to.deep.equal(placesBefore);
    expect(page.focusedElement()).to.equal(own);
  });
});
