/**
 * What a citizen reads, in each language other than English: one digit system on every
 * screen (API text, phone numbers and what they typed included), none of the Latin words the
 * locale data or a translation would slip in, dates and times composed by Intl rather than a
 * comma in code, and counted phrases that are sentences.
 */
import '../src/define.js';
import type { Language } from '@gov-appointment/sdk/schemas';
import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { accessibleName, spokenText } from '../test-helpers/accessible-name.js';
import { AnyLanguagePage } from '../test-helpers/any-language-page.js';
import {
  API_BASE,
  APPLICANT,
  bookThroughStore,
  useMockApi,
} from '../test-helpers/booking-fixtures.js';
import { goToFirstFreeDay } from '../test-helpers/widget-walks.js';

const LATIN_DIGIT = /[0-9]/;
const LATIN_LETTER = /[A-Za-z]/;

/** The digits each language prints by default, as characters. */
const PAGE_DIGITS: Readonly<Record<Exclude<Language, 'en'>, RegExp>> = {
  ar: /[\u0660-\u0669]/,
  fa: /[\u06F0-\u06F9]/,
  bn: /[\u09E6-\u09EF]/,
  ur: /[0-9]/,
  hi: /[0-9]/,
};

/** `text` in the digits starting at `zero` (e.g. 0x0660 for Arabic-Indic). */
function inDigits(text: string, zero: number): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(zero + Number(digit)));
}

/** What `element` shows, without the parts matching `leaveOut` (codes that stay Latin). */
function shownWithout(element: Element, leaveOut: string): string {
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(leaveOut)) part.remove();
  return spokenText(copy);
}

function render(language: Language, mode: 'book' | 'manage' = 'book', digits = '') {
  return AnyLanguagePage.render(
    html`<gov-appointment
      lang=${language}
      api-base=${API_BASE}
      mode=${mode}
      digits=${digits || nothing}
    ></gov-appointment>`,
  );
}

describe('<gov-appointment> as each language reads it', () => {
  const mock = useMockApi();

  for (const [language, zero] of [
    ['ar', 0x0660],
    ['fa', 0x06f0],
    ['bn', 0x09e6],
  ] as const) {
    it(`keeps to one digit system from details to confirmation in ${language}`, async function () {
      this.timeout(40_000);
      const page = await render(language);
      await goToFirstFreeDay(page, mock.api);
      await page.holdFirstFreeTime();
      await page.waitForPage('details');

      // The country code before the mobile field and in its hint, in the page's digits.
      const prefix = page.find('.prefix');
      expect(prefix.textContent?.trim()).to.equal(inDigits('+973', zero));
      const mobileHint = page.find('#applicant-mobile-hint');
      expect(spokenText(mobileHint)).to.include(inDigits('+973', zero));
      expect(spokenText(mobileHint)).not.to.match(LATIN_DIGIT);

      // Typed in the page's own digits, as people do.
      const nationalId = inDigits(APPLICANT.nationalId, zero);
      await page.fill(page.applicantField('name'), APPLICANT.name);
      await page.fill(page.applicantField('nationalId'), nationalId);
      await page.fill(page.applicantField('mobile'), inDigits(APPLICANT.mobile, zero));
      await page.activate(page.submitButton());
      await page.waitForPage('review');

      const summary = page.find('[part="summary"]');
      expect(spokenText(summary)).to.include(nationalId);
      expect(spokenText(summary)).to.include(inDigits('+973 3600 1234', zero));
      expect(spokenText(summary), 'the review, addresses included').not.to.match(LATIN_DIGIT);
      await page.activate(page.submitButton());
      await page.waitForPage('confirmation');
      // What was sent stays in Latin digits.
      const reference = spokenText(page.find('[part="reference"]'));
      expect(mock.api.store.booking(reference)?.applicant.nationalId).to.equal(
        APPLICANT.nationalId,
      );

      // The reference is a code people type back in Latin letters and digits; all else is
      // in the page's digits: address, the centre's phone number, hours.
      const confirmation = page.find('[part="confirmation"]');
      const shown = shownWithout(confirmation, '[part="reference"]');
      expect(shown).not.to.match(LATIN_DIGIT);
      expect(shown).to.match(PAGE_DIGITS[language]);
      const phone = confirmation.querySelector('a[href^="tel:"]') as HTMLAnchorElement;
      expect(phone.getAttribute('href'), 'the link dials Latin digits').to.match(
        /^tel:\+973\d{8}$/,
      );
      expect(phone.textContent?.trim()).to.match(new RegExp(`^${inDigits('\\+973', zero)} `));
    });
  }

  for (const language of ['ar', 'ur', 'hi', 'bn', 'fa'] as const) {
    it(`writes times and the details questions without Latin words in ${language}`, async function () {
      this.timeout(30_000);
      const page = await render(language);
      await page.waitForPage('service');
      await page.openGroupOf();
      const card = page.serviceChoice().closest('[part="service"]') as Element;
      const fee = spokenText(card.querySelectorAll('.meta dd')[1] as Element);
      expect(fee, 'the fee').to.match(PAGE_DIGITS[language]);
      expect(fee, 'the fee').not.to.match(LATIN_LETTER);
      await goToFirstFreeDay(page, mock.api);

      const slots = [...page.root.querySelectorAll<HTMLButtonElement>('button[part="slot"]')];
      expect(slots.length).to.be.greaterThan(0);
      for (const slot of slots) {
        expect(spokenText(slot), 'a time as shown').not.to.match(LATIN_LETTER);
        expect(accessibleName(slot), 'a time as spoken').not.to.match(LATIN_LETTER);
        expect(spokenText(slot)).to.match(PAGE_DIGITS[language]);
      }

      await page.holdFirstFreeTime();
      await page.waitForPage('details');
      for (const field of ['name', 'nationalId', 'mobile'] as const) {
        const label = accessibleName(page.applicantField(field));
        expect(label, `the ${field} label`).not.to.match(LATIN_LETTER);
        const hint = page.root.querySelector(`#applicant-${field}-hint`);
        if (hint) expect(spokenText(hint), `the ${field} hint`).not.to.match(LATIN_LETTER);
      }
    });
  }

  it('tells in Hindi that the confirmation comes by text message in Hindi words', async function () {
    this.timeout(40_000);
    const page = await render('hi');
    await goToFirstFreeDay(page, mock.api);
    await page.holdFirstFreeTime();
    await page.waitForPage('details');
    await page.fill(page.applicantField('name'), APPLICANT.name);
    await page.fill(page.applicantField('nationalId'), APPLICANT.nationalId);
    await page.fill(page.applicantField('mobile'), APPLICANT.mobile);
    await page.activate(page.submitButton());
    await page.waitForPage('review');
    await page.activate(page.submitButton());
    await page.waitForPage('confirmation');
    const opening = page.find('[part="confirmation"] > p');
    expect(spokenText(opening)).to.include('एसएमएस');
    expect(spokenText(opening)).not.to.match(LATIN_LETTER);
  });

  it('composes the old and new date and time with Farsi punctuation when moving a booking', async function () {
    this.timeout(40_000);
    const booking = bookThroughStore(mock.api);
    const page = await render('fa', 'manage');
    await page.waitForPage('manage-find');
    await page.fill(page.find('#manage-reference'), booking.reference);
    await page.fill(page.find('#manage-nationalId'), APPLICANT.nationalId);
    await page.activate(page.submitButton());
    await page.waitForPage('manage-booking');
    await page.activate(page.bookingActions().reschedule);
    await page.waitForElement('button[part="day"].available');
    await page.activate(page.dateViews().list);
    await page.waitForElement('[part="available-dates"] button');
    await page.activate(page.listedDates()[0] as HTMLButtonElement);
    await page.until(() => page.freeTimes().length > 0 && page.idle(), 'free times');
    await page.holdFirstFreeTime();
    await page.until(
      () => page.root.querySelector('.summary-list dd') !== null && page.idle(),
      'the question to move the booking',
    );
    const visits = [...page.root.querySelectorAll('.summary-list dd')].map(spokenText);
    expect(visits).to.have.length(2);
    for (const visit of visits) {
      expect(visit, 'no Latin comma between date and time').not.to.include(',');
      expect(visit).to.include('،');
      expect(visit, 'a Farsi range').to.include(' تا ');
      expect(visit).not.to.match(LATIN_DIGIT);
    }
  });

  it('gives opening hours as Farsi ranges', async function () {
    this.timeout(30_000);
    const page = await render('fa');
    await page.waitForPage('service');
    await page.openGroupOf();
    await page.activate(page.serviceChoice());
    await page.waitForElement('[part="centre"]');
    const hours = [...page.root.querySelectorAll('.hours li')].map(spokenText);
    expect(hours.length).to.be.greaterThan(0);
    for (const line of hours) {
      expect(line).to.include(' تا ');
      expect(line).not.to.include('–');
    }
  });

  it('counts services, and characters left, in Arabic sentences', async function () {
    this.timeout(30_000);
    const page = await render('ar');
    await page.waitForPage('service');
    const arabicCount = (count: number, one: string, two: string, few: string, many: string) => {
      const number = inDigits(String(count), 0x0660);
      if (count === 1) return one;
      if (count === 2) return two;
      const rule = new Intl.PluralRules('ar').select(count);
      return rule === 'few' ? `${number} ${few}` : `${number} ${many}`;
    };
    const groups = [...page.root.querySelectorAll('.group')];
    expect(groups.length).to.be.greaterThan(1);
    const counts = new Set<number>();
    for (const group of groups) {
      const services = group.querySelectorAll('[part="service"]').length;
      counts.add(services);
      const hint = spokenText(group.querySelector('button .hint') as Element);
      expect(hint).to.equal(arabicCount(services, 'خدمة واحدة', 'خدمتان', 'خدمات', 'خدمة'));
    }
    expect(counts.has(1) || counts.has(2), 'a ministry with one or two services').to.equal(true);

    await page.openGroupOf();
    await page.activate(page.serviceChoice());
    await page.waitForElement('[part="centre"]');
    const centres = page.root.querySelectorAll('[part="centre"]').length;
    expect(spokenText(page.find('#centre-count'))).to.equal(
      arabicCount(centres, 'مركز واحد', 'مركزان', 'مراكز', 'مركزًا'),
    );
    expect(spokenText(page.root.querySelector('section') as Element)).not.to.match(
      /(الخدمات|المراكز|الأحرف المتبقية): /,
    );
  });

  it('counts the characters left in the notes in Arabic sentences', async function () {
    this.timeout(30_000);
    const page = await render('ar');
    await goToFirstFreeDay(page, mock.api);
    await page.holdFirstFreeTime();
    await page.waitForPage('details');
    const notes = page.find<HTMLTextAreaElement>('textarea');
    const count = page.find('.character-count');
    const write = async (length: number) => {
      notes.value = 'ن'.repeat(length);
      notes.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await page.element.updateComplete;
      return spokenText(count);
    };
    expect(await write(500)).to.equal('لم يتبقَّ لك أي حرف');
    expect(await write(499)).to.equal('تبقّى لك حرف واحد');
    expect(await write(498)).to.equal('تبقّى لك حرفان');
    expect(await write(495)).to.equal('تبقّى لك ٥ أحرف');
    expect(await write(480)).to.equal('تبقّى لك ٢٠ حرفًا');
    expect(await write(502)).to.equal('تجاوزت الحد بحرفين');
  });

  it('keeps to Latin digits on an Arabic page that asks for them, hints and errors included', async function () {
    this.timeout(30_000);
    const page = await render('ar', 'book', 'latin');
    await goToFirstFreeDay(page, mock.api);
    await page.holdFirstFreeTime();
    await page.waitForPage('details');
    await page.fill(page.applicantField('name'), 'م');
    await page.fill(page.applicantField('mobile'), '12345678');
    await page.activate(page.submitButton());
    await page.waitForElement('.error-summary');
    const shown = spokenText(page.find('section'));
    expect(shown).to.include('+973');
    expect(shown, 'no Arabic-Indic digit').not.to.match(/[\u0660-\u0669]/);
  });

  it('finds a centre by the number of its address as shown, in Arabic-Indic digits', async function () {
    this.timeout(30_000);
    const page = await render('ar');
    await page.waitForPage('service');
    await page.openGroupOf();
    await page.activate(page.serviceChoice());
    await page.waitForElement('[part="centre"]');
    const card = page.find('[part="centre"]');
    const name = spokenText(card.querySelector('h3') as Element);
    const number = /[\u0660-\u0669]{2,}/.exec(spokenText(card.querySelector('p') as Element))?.[0];
    if (!number) throw new Error('The address shows no number');
    await page.fill(page.find<HTMLInputElement>('#centre-search'), number);
    await page.until(
      () => page.root.querySelectorAll('[part="centre"]').length > 0 && page.idle(),
      'centres matching the number',
    );
    const names = [...page.root.querySelectorAll('[part="centre"] h3')].map(spokenText);
    expect(names).to.include(name);
  });
});
