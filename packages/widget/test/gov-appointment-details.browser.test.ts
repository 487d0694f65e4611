/**
 * The person's details inside the whole widget: digits in any script, mistakes shown where
 * they are and listed at the top, the server's objections mapped back to the field, and
 * details handed over by a signed-in portal.
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import {
  API_BASE,
  APPLICANT,
  rejectNextBooking,
  SERVICE,
  useMockApi,
} from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';

const MOBILE_PROBLEM = 'Enter a Bahraini mobile number, 8 digits starting with 3 or 6';

describe('<gov-appointment> details', () => {
  const mock = useMockApi();

  async function openDetails(
    template = html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
  ): Promise<BookingPage> {
    const page = await BookingPage.open(template);
    await page.openFirstAvailableDay(SERVICE.name);
    await page.chooseFirstTime();
    await page.waitForStep('details');
    return page;
  }

  it('accepts a national ID and a mobile typed in Arabic-Indic digits', async () => {
    const page = await openDetails();
    await page.fillDetails({ name: 'مريم يوسف', nationalId: '٨٨٠٤١٢٣٤٥', mobile: '٣٦٠٠ ١٢٣٤' });
    await page.continue();
    await page.waitForStep('review');

    expect(page.summaryValue('National ID')).to.equal('880412345');
    expect(page.summaryValue('Mobile')).to.equal('+973 3600 1234');
    await page.confirm();
    await page.waitForStep('confirmation');
    const stored = mock.api.store.booking(page.reference());
    expect(stored?.applicant).to.include({
      name: 'مريم يوسف',
      nationalId: '880412345',
      mobile: '+97336001234',
    });
  });

  it('shows a wrong mobile beside the field and in a summary that takes the focus', async () => {
    const page = await openDetails();
    await page.fillDetails({ ...APPLICANT, mobile: '3600 12' });

    await page.continue();

    expect(page.heading()).to.equal(STEP_HEADINGS.details);
    expect(page.errorSummary()).to.deep.equal([MOBILE_PROBLEM]);
    expect(page.focusedName()).to.equal('There is a problem');
    expect(page.fieldError('Mobile number')).to.equal(`Error: ${MOBILE_PROBLEM}`);
    expect(page.fieldError('National ID number (CPR)')).to.equal('');
    expect(page.field('Mobile number').getAttribute('aria-invalid')).to.equal('true');

    await page.click(MOBILE_PROBLEM);
    expect(page.focusedName()).to.equal('Mobile number');
    await page.fillField('Mobile number', APPLICANT.mobile);
    await page.continue();
    await page.waitForStep('review');
  });

  it('brings the server’s objection back to the field it is about', async () => {
    const page = await openDetails();
    await page.fillDetails(APPLICANT);
    await page.continue();
    await page.waitForStep('review');
    rejectNextBooking(mock, [
      { pointer: '/applicant/mobile', code: 'invalid', detail: 'This number cannot get SMS.' },
    ]);

    await page.confirm();

    await page.waitForStep('details');
    expect(page.notice()).to.deep.equal({
      title: 'Some details need to be corrected',
      detail: 'Check the highlighted answers, then try again.',
    });
    expect(page.fieldError('Mobile number')).to.equal(`Error: ${MOBILE_PROBLEM}`);
    expect(page.errorSummary()).to.deep.equal([MOBILE_PROBLEM]);
    expect(page.detailsShown()).to.deep.equal({ ...APPLICANT, email: '' });

    await page.fillField('Mobile number', '66001234');
    await page.continue();
    await page.waitForStep('review');
    await page.confirm();
    await page.waitForStep('confirmation');
    expect(mock.api.store.booking(page.reference())?.applicant.mobile).to.equal('+97366001234');
  });

  it('shows details from the signed-in portal read-only, and leaves a wrong one editable', async () => {
    const applicant = { name: APPLICANT.name, nationalId: APPLICANT.nationalId, mobile: '1234' };
    const page = await openDetails(html`<gov-appointment
      api-base=${API_BASE}
      lock-applicant
      .applicant=${applicant}
    ></gov-appointment>`);

    const name = page.field('Full name') as HTMLInputElement;
    const nationalId = page.field('National ID number (CPR)') as HTMLInputElement;
    const mobile = page.field('Mobile number') as HTMLInputElement;
    expect(name.value).to.equal(APPLICANT.name);
    expect(name.readOnly).to.equal(true);
    expect(nationalId.value).to.equal(APPLICANT.nationalId);
    expect(nationalId.readOnly).to.equal(true);
    expect(mobile.value).to.equal('1234');
    expect(mobile.readOnly).to.equal(false);
    expect(page.text()).to.include('From your account');

    await page.fillField('Mobile number', APPLICANT.mobile);
    expect(name.value).to.equal(APPLICANT.name);
    await page.continue();
    await page.waitForStep('review');
    expect(page.summaryValue('Name')).to.equal(APPLICANT.name);
    expect(page.summaryValue('Mobile')).to.equal('+973 3600 1234');
  });
});
