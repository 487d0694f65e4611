/**
 * A whole booking with a pointer, and what the host page hears about it: the events that
 * leave the widget at each step.
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { API_BASE, APPLICANT, SERVICE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';

describe('<gov-appointment> booking', () => {
  const mock = useMockApi();

  afterEach(async () => {
    await resetMouse();
  });

  it('books a visit with pointer clicks alone', async function () {
    this.timeout(20_000);
    const page = await BookingPage.open(
      html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
      { pointer: true },
    );

    expect(page.heading()).to.equal(STEP_HEADINGS.service);
    await page.openProvider(SERVICE.provider);
    await page.chooseService(SERVICE.name);
    expect(page.heading()).to.equal(STEP_HEADINGS.centre);
    const centre = await page.chooseCentre();
    expect(page.text()).to.include(centre);
    await page.showDateList();
    const day = await page.chooseFirstAvailableDate();
    expect(page.heading()).to.equal(STEP_HEADINGS.time);
    expect(page.text()).to.include(day.split(' — ')[0]);
    await page.chooseFirstTime();
    await page.waitForStep('details');
    await page.fillDetails({ ...APPLICANT, email: 'maryam@example.com' });
    await page.continue();
    await page.waitForStep('review');
    expect(page.summaryValue('Service')).to.equal(SERVICE.name);
    expect(page.summaryValue('Email')).to.equal('maryam@example.com');
    await page.confirm();
    await page.waitForStep('confirmation');

    expect(page.heading()).to.equal(STEP_HEADINGS.confirmation);
    expect(page.reference()).to.match(/^GA-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(mock.api.store.booking(page.reference())?.applicant.name).to.equal(APPLICANT.name);
  });

  it('tells the host page of each step, the held place and the booking, in events that bubble out', async () => {
    const heard: Event[] = [];
    const names = ['gov-step-change', 'gov-hold-placed', 'gov-booked'] as const;
    const listen = (event: Event) => heard.push(event);
    for (const name of names) document.addEventListener(name, listen);
    try {
      const page = await BookingPage.open(
        html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
      );
      await page.searchService(SERVICE.name);
      await page.chooseService(SERVICE.name);
      await page.chooseCentre();
      await page.showDateList();
      await page.chooseFirstAvailableDate();
      await page.chooseFirstTime();
      await page.waitForStep('details');
      await page.fillDetails(APPLICANT);
      await page.continue();
      await page.waitForStep('review');
      await page.confirm();
      await page.waitForStep('confirmation');

      const summary = heard.map((event) =>
        event.type === 'gov-step-change'
          ? `step:${(event as CustomEvent<{ step: string }>).detail.step}`
          : event.type,
      );
      expect(summary).to.deep.equal([
        'step:service',
        'step:centre',
        'step:date',
        'step:time',
        'gov-hold-placed',
        'step:details',
        'step:review',
        'gov-booked',
        'step:confirmation',
      ]);
      for (const event of heard) {
        expect(event.bubbles, `${event.type} bubbles`).to.equal(true);
        expect(event.composed, `${event.type} is composed`).to.equal(true);
        expect(event.target).to.equal(page.element);
      }

      const hold = heard.find((event) => event.type === 'gov-hold-placed') as CustomEvent;
      const booked = heard.find((event) => event.type === 'gov-booked') as CustomEvent;
      expect(Object.keys(hold.detail).sort()).to.deep.equal([
        'centreId',
        'expiresAt',
        'serviceId',
        'start',
      ]);
      expect(hold.detail.serviceId).to.equal(SERVICE.id);
      expect(Date.parse(hold.detail.expiresAt)).to.be.greaterThan(Date.now());
      expect(booked.detail).to.deep.equal({
        reference: page.reference(),
        serviceId: SERVICE.id,
        centreId: hold.detail.centreId,
        start: hold.detail.start,
      });
    } finally {
      for (const name of names) document.removeEventListener(name, listen);
    }
  });
});
