/**
 * A whole booking with the keyboard alone, as someone who cannot use a pointer makes it:
 * Tab, Shift+Tab, Enter, Space and the arrow keys, with the focus always where the next
 * thing to read or do is.
 */
import '../src/define.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import { API_BASE, APPLICANT, SERVICE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';

/** A day of the calendar that has free times, as its accessible name ends. */
const AVAILABLE_DAY = /, \d+ times? available(, Ramadan hours)?$/;

describe('<gov-appointment> with the keyboard only', () => {
  const _mock = useMockApi();

  it('books a visit from the service search to the confirmation', async function () {
    this.timeout(30_000);
    const page = await BookingPage.open(html`<div>
      <a href="#top">Ministry home</a>
      <gov-appointment api-base=${API_BASE}></gov-appointment>
    </div>`);
    const hostLink = page.element.parentElement?.querySelector('a') as HTMLAnchorElement;
    hostLink.focus();

    // Service: the search field is the first stop in the widget.
    expect(page.heading()).to.equal(STEP_HEADINGS.service);
    await page.tab();
    expect(page.focusedName()).to.equal('Search for a service');
    await page.typeText('renew an identity');
    await page.tabTo(`Choose ${SERVICE.name}`);
    await page.press('Enter');
    await page.waitForStep('centre');
    expect(page.focusedName()).to.equal(STEP_HEADINGS.centre);

    // Centre: the first one in the list.
    await page.tabTo(/^Choose /);
    const centre = page.focusedName().replace(/^Choose /, '');
    await page.press('Enter');
    await page.waitForStep('date');
    expect(page.focusedName()).to.equal(STEP_HEADINGS.date);
    expect(page.text()).to.include(centre);

    // Date: into the grid, a week down, then along the days to one with free times.
    await page.tabTo(/^[A-Z][a-z]+day, \d+ [A-Z][a-z]+ \d{4}, /);
    await page.press('ArrowDown');
    await page.settle();
    for (let day = 0; day < 60 && !AVAILABLE_DAY.test(page.focusedName()); day += 1) {
      await page.press('ArrowRight');
      await page.settle();
    }
    const chosenDay = page.focusedName();
    expect(chosenDay).to.match(AVAILABLE_DAY);
    await page.press('Enter');
    await page.waitForStep('time');
    expect(page.focusedName()).to.equal(STEP_HEADINGS.time);
    expect(page.text()).to.include(chosenDay.split(', ').slice(0, 2).join(', '));

    // Time: the first free one, with Space.
    const held = oneEvent(page.element, 'gov-hold-placed');
    await page.tabUntil(
      (focused) => page.freeTimes().some((slot) => slot === focused),
      'a free time',
    );
    await page.press(' ');
    await held;
    await page.waitForStep('details');
    expect(page.focusedName()).to.equal(STEP_HEADINGS.details);

    // Details: the way back comes before the heading; the form after the hold's clock.
    await page.shiftTab();
    expect(page.focusedName()).to.equal('Change time');
    await page.tab();
    expect(page.focusedName()).to.equal('I need more time');
    await page.tab();
    expect(page.focusedName()).to.equal('Full name');
    await page.typeText(APPLICANT.name);
    await page.tab();
    expect(page.focusedName()).to.equal('National ID number (CPR)');
    await page.typeText(APPLICANT.nationalId);
    await page.tab();
    expect(page.focusedName()).to.equal('Mobile number');
    await page.typeText(APPLICANT.mobile);
    await page.tabTo('Continue');
    await page.press('Enter');
    await page.waitForStep('review');
    expect(page.focusedName()).to.equal(STEP_HEADINGS.review);
    expect(page.summaryValue('Name')).to.equal(APPLICANT.name);

    // Review, then book.
    await page.tabTo('Confirm booking');
    const booked = oneEvent(page.element, 'gov-booked');
    await page.press('Enter');
    const event = await booked;
    await page.waitForStep('confirmation');
    expect(page.focusedName()).to.equal(STEP_HEADINGS.confirmation);
    expect(page.reference()).to.match(/^GA-/);

    // The host page learns the booking, and nothing about the person.
    expect(Object.keys(event.detail).sort()).to.deep.equal([
      'centreId',
      'reference',
      'serviceId',
      'start',
    ]);
    expect(event.detail.reference).to.equal(page.reference());
    expect(event.detail.serviceId).to.equal(SERVICE.id);
    const detail = JSON.stringify(event.detail);
    for (const personal of [APPLICANT.name, APPLICANT.nationalId, APPLICANT.mobile, 'Maryam']) {
      expect(detail).not.to.include(personal);
    }
  });
});
