/**
 * Managing a booking made earlier: finding it by reference and national ID, cancelling it,
 * moving it to another time, and a wrong answer that gives nothing away.
 */
import '../src/define.js';
import type { Booking } from '@gov-appointment/sdk/schemas';
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { dateOfInstant, formatLongDate, formatTime } from '../src/format/bahrain-time.js';
import {
  API_BASE,
  APPLICANT,
  bookThroughStore,
  useMockApi,
} from '../test-helpers/booking-fixtures.js';
import { BookingPage } from '../test-helpers/booking-page.js';

const NOT_FOUND = {
  title: 'We could not find that booking',
  detail: 'Check the booking reference and the national ID, then try again.',
};

describe('<gov-appointment> managing a booking', () => {
  const mock = useMockApi();
  let booking: Booking;

  beforeEach(() => {
    booking = bookThroughStore(mock.api);
  });

  async function findBooking(reference: string, nationalId: string): Promise<BookingPage> {
    const page = await BookingPage.open(
      html`<gov-appointment api-base=${API_BASE} mode="manage"></gov-appointment>`,
    );
    expect(page.heading()).to.equal('Find your booking');
    await page.fillField('Booking reference', reference);
    await page.fillField('National ID of the person attending', nationalId);
    await page.click('Find booking');
    await page.settle();
    return page;
  }

  it('finds the booking by its reference and the national ID', async () => {
    const page = await findBooking(booking.reference.toLowerCase(), APPLICANT.nationalId);

    await page.waitForHeading('Your booking');
    expect(page.currentStep()).to.equal('manage-booking');
    expect(page.focusedName()).to.equal('Your booking');
    expect(page.reference()).to.equal(booking.reference);
    expect(page.summaryValue('Name')).to.equal(APPLICANT.name);
  });

  it('says until when the booking can be changed or cancelled online', async () => {
    const page = await findBooking(booking.reference, APPLICANT.nationalId);
    await page.waitForHeading('Your booking');

    // Formatted as the other times on the page (the summary's date and times).
    const time = formatTime(booking.changeableUntil, 'en', 'latn');
    const date = formatLongDate(dateOfInstant(booking.changeableUntil), 'en', 'latn');
    expect(page.text()).to.include(
      `You can change or cancel this booking until ${time} on ${date}.`,
    );
    expect(page.hasButton('Change date or time')).to.equal(true);
    expect(page.hasButton('Cancel booking')).to.equal(true);
  });

  it('past the change cutoff, offers no change and says how to reach the centre', async () => {
    // The visit starts in half an hour: inside its service's cutoff (an hour or more).
    const record = mock.api.store.booking(booking.reference);
    if (!record) throw new Error('The booking is in the store');
    record.start = Date.now() + 30 * 60_000;
    record.end = record.start + 15 * 60_000;

    const page = await findBooking(booking.reference, APPLICANT.nationalId);
    await page.waitForHeading('Your booking');

    expect(page.text()).to.include(
      'This booking can no longer be changed or cancelled online. To change or cancel it, call the centre:',
    );
    expect(page.text()).not.to.include('You can change or cancel this booking until');
    const call = page.root.querySelector<HTMLAnchorElement>(
      `a[href="tel:${booking.centre.phone}"]`,
    );
    expect(call, 'a link to call the centre').to.not.equal(null);
    expect(call?.textContent?.replace(/\D/g, '')).to.equal(booking.centre.phone.replace(/\D/g, ''));
    expect(page.hasButton('Change date or time')).to.equal(false);
    expect(page.hasButton('Cancel booking')).to.equal(false);
    expect(page.hasButton('Find another booking')).to.equal(true);
  });

  it('cancels the booking once the person confirms', async () => {
    const page = await findBooking(booking.reference, APPLICANT.nationalId);
    await page.waitForHeading('Your booking');

    await page.click('Cancel booking');
    expect(page.heading()).to.equal('Cancel this booking?');
    expect(mock.api.store.booking(booking.reference)?.status).to.equal('confirmed');
    const cancelled = oneEvent(page.element, 'gov-cancelled');
    await page.click('Yes, cancel my booking');
    const event = await cancelled;

    await page.waitForHeading('Booking cancelled');
    expect(event.detail).to.deep.equal({ reference: booking.reference });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(page.text()).to.match(new RegExp(`Booking ${booking.reference} for .+ is cancelled\\.`));
    expect(mock.api.store.booking(booking.reference)?.status).to.equal('cancelled');
  });

  it('moves the booking to another day and time', async () => {
    const page = await findBooking(booking.reference, APPLICANT.nationalId);
    await page.waitForHeading('Your booking');
    const oldTime = page.summaryValue('Time');

    await page.click('Change date or time');
    await page.waitForHeading('Choose a new day');
    await page.showDateList();
    await page.chooseFirstAvailableDate();
    const newTime = await page.chooseFirstTime((name) => !name.startsWith(oldTime));
    await page.waitForHeading('Move your booking?');
    expect(page.summaryValue('Now')).to.include(oldTime);
    expect(page.summaryValue('New time')).to.include(newTime.split(', ')[0]);
    const moved = oneEvent(page.element, 'gov-rescheduled');
    await page.click('Move my booking');
    const event = await moved;

    await page.waitForHeading('Your booking');
    expect(event.detail.reference).to.equal(booking.reference);
    expect(event.detail.start).to.not.equal(booking.start);
    expect(Object.keys(event.detail).sort()).to.deep.equal(['centreId', 'reference', 'start']);
    expect(page.summaryValue('Time')).to.equal(newTime.split(', ')[0]);
    await page.waitForAnnouncement('Your booking has been moved.');
    const stored = mock.api.store.booking(booking.reference);
    expect(new Date(stored?.start ?? 0).toISOString()).to.equal(
      new Date(event.detail.start).toISOString(),
    );
  });

  it('gives the same answer for a wrong national ID as for a wrong reference', async () => {
    const wrongId = await findBooking(booking.reference, '123456789');
    await wrongId.waitForNotice();
    expect(wrongId.notice()).to.deep.equal(NOT_FOUND);
    expect(wrongId.heading()).to.equal('Find your booking');
    expect(wrongId.field('Booking reference').value).to.equal(booking.reference);

    const wrongReference = await findBooking('GA-2222-3333', APPLICANT.nationalId);
    await wrongReference.waitForNotice();
    expect(wrongReference.notice()).to.deep.equal(NOT_FOUND);
    // Both failures are also spoken: wait for each live region before comparing whole pages.
    for (const page of [wrongId, wrongReference]) {
      await waitUntil(() => page.announcement() !== '', 'the failure was never announced');
    }
    // Everything the person sees and hears is the same, but for the help desk's request id.
    const withoutRequestId = (page: BookingPage) => page.text().replace(/req-[0-9a-z]+/g, 'req');
    expect(withoutRequestId(wrongReference)).to.equal(withoutRequestId(wrongId));
  });
});
