/**
 * Language as a person meets it: switching while booking keeps their place and what they
 * typed, and dates can carry a Hijri line.
 */
import '../src/define.js';
import { expect, html, waitUntil } from '@open-wc/testing';
import { API_BASE, APPLICANT, SERVICE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';

/** Any letter of the Arabic script: the page speaks Arabic once the heading uses it. */
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

describe('<gov-appointment> languages', () => {
  useMockApi();

  afterEach(() => {
    document.documentElement.removeAttribute('lang');
  });

  it('switches to Arabic mid-booking, keeping the step and everything typed', async function () {
    this.timeout(30_000);
    document.documentElement.lang = 'en';
    const page = await BookingPage.open(
      html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
    );
    await page.openFirstAvailableDay(SERVICE.name);
    await page.chooseFirstTime();
    await page.waitForHeading(STEP_HEADINGS.details);
    await page.fillDetails(APPLICANT);
    const typed = page.detailsShown();
    const step = page.currentStep();

    page.element.setAttribute('lang', 'ar');
    await waitUntil(() => ARABIC_SCRIPT.test(page.heading()), 'the heading never turned Arabic');

    expect(page.element.getAttribute('dir')).to.equal('rtl');
    expect(page.currentStep()).to.equal(step);
    const inputs = [...page.root.querySelectorAll('input')].map((input) => input.value);
    for (const value of [typed.name, typed.nationalId, typed.mobile]) {
      expect(inputs).to.include(value);
    }
    expect(document.documentElement.lang, 'the host page keeps its language').to.equal('en');
    expect(document.documentElement.hasAttribute('dir')).to.equal(false);
  });

  it('writes the chosen day in the Hijri calendar too when asked', async function () {
    this.timeout(20_000);
    const page = await BookingPage.open(
      html`<gov-appointment api-base=${API_BASE} hijri></gov-appointment>`,
    );
    await page.openFirstAvailableDay(SERVICE.name);
    await page.waitForHeading(STEP_HEADINGS.time);
    const hijri = page.root.querySelector('.hijri')?.textContent ?? '';
    expect(hijri).to.match(/\bAH\b/);
    expect(hijri).to.match(/14\d\d/);
  });
});
