import type { Language } from '@gov-appointment/sdk/schemas';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  type ApplicantDraft,
  type ApplicantRequest,
  type FieldName,
  type FieldProblem,
  toApplicantRequest,
  validateDraft,
  validateField,
} from '../src/applicant/applicant-validation.js';
import {
  detailsFormStyles,
  focusErrorSummary,
  type LockableField,
  renderDetailsForm,
} from '../src/applicant/details-form.js';
import { baseStyles } from '../src/styles/gov-appointment.styles.js';
import { tokens } from '../src/styles/tokens.js';

const LANGUAGES: readonly { code: Language; label: string }[] = [
  { code: 'ar', label: 'العربية' },
  { code: 'en', label: 'English' },
  { code: 'ur', label: 'اردو' },
];

function blankDraft(): ApplicantDraft {
  return {
    name: '',
    nationalId: '',
    mobile: '',
    email: '',
    bookingForSomeoneElse: false,
    relationship: '',
    accessibilityNeeds: [],
    accessibilityNotes: '',
    notificationLanguage: 'en',
  };
}

/** Holds the draft the way the booking element does: validate on blur and on submit. */
class ApplicantFormHost extends LitElement {
  static override styles = [tokens, baseStyles, detailsFormStyles];

  @property({ attribute: false }) draft: ApplicantDraft = blankDraft();
  @property({ attribute: false }) locked: ReadonlySet<LockableField> = new Set();
  @property({ attribute: false }) allowsBookingForOthers = true;
  @state() private errors: ReadonlyMap<FieldName, FieldProblem> = new Map();
  @state() private showSummary = false;
  /** What the form would send, one entry per accepted submit. */
  readonly submitted: ApplicantRequest[] = [];

  override render() {
    return renderDetailsForm({
      draft: this.draft,
      errors: this.errors,
      showSummary: this.showSummary,
      locked: this.locked,
      allowsBookingForOthers: this.allowsBookingForOthers,
      languages: LANGUAGES,
      context: { language: 'en', numberingSystem: 'latn' },
      onInput: (field, value) => {
        this.draft = { ...this.draft, [field]: value };
      },
      onBlur: (field) => {
        const errors = new Map(this.errors);
        const problem = validateField(field, this.draft);
        if (problem) errors.set(field, problem);
        else errors.delete(field);
        this.errors = errors;
      },
      onSubmit: async () => {
        this.errors = validateDraft(this.draft);
        this.showSummary = this.errors.size > 0;
        if (this.errors.size === 0) {
          this.submitted.push(toApplicantRequest(this.draft));
          return;
        }
        await this.updateComplete;
        focusErrorSummary(this.renderRoot);
      },
    });
  }
}
customElements.define('applicant-form-test-host', ApplicantFormHost);

function root(host: ApplicantFormHost): ShadowRoot {
  if (!host.shadowRoot) throw new Error('The host has no shadow root');
  return host.shadowRoot;
}

function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The control a visible label names, found the way assistive technology does: by `for`. */
function control<T extends HTMLElement = HTMLInputElement>(
  host: ApplicantFormHost,
  label: string,
): T {
  const labels = [...root(host).querySelectorAll('label')].filter((l) => textOf(l) === label);
  expect(labels.length, `labels reading "${label}"`).to.equal(1);
  const element = root(host).getElementById(labels[0]?.htmlFor ?? '');
  if (!element) throw new Error(`The label "${label}" names no control`);
  return element as T;
}

function buttonNamed(host: ApplicantFormHost, name: string): HTMLButtonElement {
  const button = [...root(host).querySelectorAll('button')].find((b) => textOf(b) === name);
  if (!button) throw new Error(`No button "${name}"`);
  return button;
}

/** The texts an element's `aria-describedby` points at, in order. */
function descriptionOf(element: Element): string[] {
  const scope = element.getRootNode() as ShadowRoot;
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => textOf(scope.getElementById(id)));
}

function focused(host: ApplicantFormHost): Element | null {
  return root(host).activeElement;
}

/**
 * What a person would call an element: the text of its label, else its own text. Assertions
 * compare these strings, never elements: a failing comparison of DOM elements stalls the
 * WebKit WebDriver session instead of reporting the failure.
 */
function nameOf(element: Element | null): string {
  if (!element) return '';
  const label = element.id
    ? root(hostOf(element)).querySelector(`label[for="${element.id}"]`)
    : null;
  return textOf(label ?? element);
}

function hostOf(element: Element): ApplicantFormHost {
  return (element.getRootNode() as ShadowRoot).host as ApplicantFormHost;
}

function labelTexts(host: ApplicantFormHost): string[] {
  return [...root(host).querySelectorAll('label')].map(textOf);
}

function shows(host: ApplicantFormHost, selector: string): boolean {
  return root(host).querySelector(selector) !== null;
}

async function typeInto(
  host: ApplicantFormHost,
  element: HTMLElement,
  text: string,
): Promise<void> {
  element.focus();
  await sendKeys({ type: text });
  await host.updateComplete;
}

async function press(host: ApplicantFormHost, key: string): Promise<void> {
  await sendKeys({ press: key });
  await host.updateComplete;
}

async function renderHost(
  properties: Partial<Pick<ApplicantFormHost, 'draft' | 'locked' | 'allowsBookingForOthers'>> = {},
): Promise<ApplicantFormHost> {
  const host = await fixture<ApplicantFormHost>(html`<applicant-form-test-host
    .draft=${properties.draft ?? blankDraft()}
    .locked=${properties.locked ?? new Set()}
    .allowsBookingForOthers=${properties.allowsBookingForOthers ?? true}
  ></applicant-form-test-host>`);
  await host.updateComplete;
  return host;
}

describe('the applicant details form', () => {
  it('labels every question and gives each input the right keyboard and autofill', async () => {
    const host = await renderHost();

    const name = control(host, 'Full name');
    expect(name.type).to.equal('text');
    expect(name.autocomplete).to.equal('name');

    const nationalId = control(host, 'National ID number (CPR)');
    expect(nationalId.inputMode).to.equal('numeric');
    expect(nationalId.getAttribute('autocomplete')).to.equal('off');
    expect(nationalId.dir).to.equal('ltr');
    expect(descriptionOf(nationalId)).to.deep.equal(['9 digits, as on the ID card']);

    const mobile = control(host, 'Mobile number');
    expect(mobile.type).to.equal('tel');
    expect(mobile.inputMode).to.equal('tel');
    expect(mobile.autocomplete).to.equal('tel-national');
    expect(mobile.dir).to.equal('ltr');
    expect(descriptionOf(mobile)[0]).to.contain('+973');
    expect(textOf(mobile.parentElement)).to.contain('+973');

    const email = control(host, 'Email address (optional)');
    expect(email.type).to.equal('email');
    expect(email.autocomplete).to.equal('email');

    const fieldset = root(host).querySelector('fieldset');
    expect(textOf(fieldset?.querySelector('legend'))).to.equal(
      'Do you need any help at the centre?',
    );
    for (const need of [
      'Wheelchair access',
      'Sign language interpreter',
      'Help for someone with low vision',
      'Other help',
    ]) {
      const checkbox = control(host, need);
      expect(checkbox.type).to.equal('checkbox');
      expect(fieldset?.contains(checkbox), need).to.equal(true);
    }
    const notes = control<HTMLTextAreaElement>(
      host,
      'Anything else the centre should know? (optional)',
    );
    expect(notes.localName).to.equal('textarea');
    expect(fieldset?.contains(notes)).to.equal(true);

    const language = control<HTMLSelectElement>(host, 'Language for text messages and emails');
    expect([...language.options].map((option) => option.text.trim())).to.deep.equal([
      'العربية',
      'English',
      'اردو',
    ]);
    expect(language.value).to.equal('en');

    const form = root(host).querySelector('form');
    expect(form?.noValidate).to.equal(true);
    expect(buttonNamed(host, 'Continue').type).to.equal('submit');
  });

  it('keeps Arabic-Indic digits as typed and validates them when the field is left', async () => {
    const host = await renderHost();
    const nationalId = control(host, 'National ID number (CPR)');

    await typeInto(host, nationalId, '٨٩٠١٢٣');
    expect(nationalId.value).to.equal('٨٩٠١٢٣');
    expect(nationalId.hasAttribute('aria-invalid')).to.equal(false);

    await press(host, 'Tab');
    expect(nationalId.value).to.equal('٨٩٠١٢٣');
    expect(nationalId.getAttribute('aria-invalid')).to.equal('true');
    expect(descriptionOf(nationalId)).to.deep.equal([
      '9 digits, as on the ID card',
      'Error: National ID number must be 9 digits, as on the ID card',
    ]);

    await typeInto(host, nationalId, '٤٥٦');
    await press(host, 'Tab');
    expect(nationalId.value).to.equal('٨٩٠١٢٣٤٥٦');
    expect(nationalId.hasAttribute('aria-invalid')).to.equal(false);
    expect(descriptionOf(nationalId)).to.deep.equal(['9 digits, as on the ID card']);
  });

  it('tells a landline from a mobile, keeping what was typed', async () => {
    const host = await renderHost();
    const mobile = control(host, 'Mobile number');
    await typeInto(host, mobile, '1753 1234');
    await press(host, 'Tab');
    expect(mobile.value).to.equal('1753 1234');
    expect(mobile.getAttribute('aria-invalid')).to.equal('true');
    expect(descriptionOf(mobile).at(-1)).to.match(/^Error: This is not a mobile number/);
  });

  it('lists the problems on submit, focuses the summary and moves to each field from it', async () => {
    const host = await renderHost();
    await typeInto(host, control(host, 'Full name'), 'Fatima Ali');
    await typeInto(host, control(host, 'Email address (optional)'), 'fatima@');
    await press(host, 'Enter');

    const heading = focused(host);
    expect(textOf(heading)).to.equal('There is a problem');
    const items = [...root(host).querySelectorAll('.error-summary li button')].map(textOf);
    expect(items).to.deep.equal([
      'Enter the national ID number: 9 digits, as on the ID card',
      'Enter a Bahraini mobile number, 8 digits starting with 3 or 6',
      'Enter an email address like name@example.com, or leave it empty',
    ]);
    expect(heading?.getAttribute('aria-describedby')).to.be.a('string');
    expect(host.submitted).to.have.length(0);

    // Nothing typed is lost when the form is refused.
    expect(control(host, 'Full name').value).to.equal('Fatima Ali');
    expect(control(host, 'Email address (optional)').value).to.equal('fatima@');

    await press(host, 'Tab');
    expect(nameOf(focused(host))).to.equal(items[0]);
    await press(host, 'Tab');
    await press(host, 'Enter');
    expect(nameOf(focused(host))).to.equal('Mobile number');

    buttonNamed(host, items[2] ?? '').click();
    expect(nameOf(focused(host))).to.equal('Email address (optional)');

    for (const label of ['National ID number (CPR)', 'Mobile number', 'Email address (optional)']) {
      const input = control(host, label);
      expect(input.getAttribute('aria-invalid'), label).to.equal('true');
      expect(descriptionOf(input).at(-1), label).to.match(/^Error: /);
    }
    expect(control(host, 'Full name').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('sends the normalised details once every field is right', async () => {
    const host = await renderHost();
    // No character is typed twice in a row: WebKitGTK's WebDriver drops the repeat of a
    // non-Latin character.
    await typeInto(host, control(host, 'Full name'), 'محمد علي');
    await typeInto(host, control(host, 'National ID number (CPR)'), '٨٩٠١٢٣٤٥٦');
    await typeInto(host, control(host, 'Mobile number'), '۳۶۱۰ ۲۳۴۵');
    control(host, 'Wheelchair access').click();
    await host.updateComplete;
    buttonNamed(host, 'Continue').click();
    await host.updateComplete;

    expect(shows(host, '.error-summary'), 'an error summary').to.equal(false);
    expect(host.submitted).to.deep.equal([
      {
        applicant: {
          name: 'محمد علي',
          nationalId: '890123456',
          mobile: '+97336102345',
          email: null,
          bookingFor: null,
        },
        accessibilityNeeds: ['wheelchair-access'],
        accessibilityNotes: null,
        notificationLanguage: 'en',
      },
    ]);
  });

  it('shows fields from the account read-only and still sends them', async () => {
    const host = await renderHost({
      draft: {
        ...blankDraft(),
        name: 'Fatima Ali',
        nationalId: '890123456',
        mobile: '36001234',
      },
      locked: new Set<LockableField>(['name', 'nationalId']),
    });
    const name = control(host, 'Full name');
    const nationalId = control(host, 'National ID number (CPR)');
    for (const input of [name, nationalId]) {
      expect(input.readOnly).to.equal(true);
      expect(input.getAttribute('aria-readonly')).to.equal('true');
      expect(descriptionOf(input)).to.include('From your account');
    }
    expect(control(host, 'Mobile number').readOnly).to.equal(false);

    await typeInto(host, name, 'Someone else');
    expect(name.value).to.equal('Fatima Ali');

    buttonNamed(host, 'Continue').click();
    await host.updateComplete;
    expect(host.submitted[0]?.applicant).to.include({
      name: 'Fatima Ali',
      nationalId: '890123456',
      mobile: '+97336001234',
    });
  });

  it('asks who the appointment is for only when booking for someone else', async () => {
    const host = await renderHost({
      draft: {
        ...blankDraft(),
        name: 'Fatima Ali',
        nationalId: '890123456',
        mobile: '36001234',
      },
    });
    const someoneElse = control(host, 'I am booking for someone else');
    expect(someoneElse.type).to.equal('checkbox');
    expect(labelTexts(host)).not.to.include('Who is the appointment for?');

    someoneElse.focus();
    await press(host, ' ');
    expect(someoneElse.checked).to.equal(true);
    const relationship = control<HTMLSelectElement>(host, 'Who is the appointment for?');
    expect(relationship.localName).to.equal('select');
    expect(relationship.value).to.equal('');

    buttonNamed(host, 'Continue').click();
    await host.updateComplete;
    expect([...root(host).querySelectorAll('.error-summary li')].map(textOf)).to.deep.equal([
      'Select who the appointment is for',
    ]);
    expect(relationship.getAttribute('aria-invalid')).to.equal('true');

    relationship.value = 'parent';
    relationship.dispatchEvent(new Event('change', { bubbles: true }));
    await host.updateComplete;
    buttonNamed(host, 'Continue').click();
    await host.updateComplete;
    expect(host.submitted[0]?.applicant.bookingFor).to.deep.equal({ relationship: 'parent' });

    someoneElse.focus();
    await press(host, ' ');
    expect(labelTexts(host)).not.to.include('Who is the appointment for?');
  });

  it('explains when a service can only be booked by the person attending', async () => {
    const host = await renderHost({ allowsBookingForOthers: false });
    expect(labelTexts(host)).not.to.include('I am booking for someone else');
    expect(textOf(root(host).querySelector('form'))).to.contain(
      'This service must be booked by the person who will attend.',
    );
  });

  it('counts characters politely near the limit of the notes', async () => {
    const host = await renderHost({
      draft: { ...blankDraft(), accessibilityNotes: 'a'.repeat(390) },
    });
    const notes = control<HTMLTextAreaElement>(
      host,
      'Anything else the centre should know? (optional)',
    );
    const count = root(host).querySelector('[aria-live="polite"]');
    expect(textOf(count)).to.equal('');
    expect(descriptionOf(notes)).to.have.length(1);

    notes.setSelectionRange(notes.value.length, notes.value.length);
    await typeInto(host, notes, 'bcdefghijklmnop');
    expect(textOf(count)).to.equal('You have 95 characters remaining');
    expect(descriptionOf(notes)).to.include('You have 95 characters remaining');

    host.draft = { ...host.draft, accessibilityNotes: 'a'.repeat(499) };
    await host.updateComplete;
    expect(textOf(count)).to.equal('You have one character remaining');

    host.draft = { ...host.draft, accessibilityNotes: 'a'.repeat(503) };
    await host.updateComplete;
    expect(textOf(count)).to.equal('You have 3 characters too many');
    notes.focus();
    await press(host, 'Tab');
    expect(notes.getAttribute('aria-invalid')).to.equal('true');
    expect(descriptionOf(notes).at(-1)).to.equal('Error: Notes must be 500 characters or fewer');
  });

  it('changes the confirmation language from the list', async () => {
    const host = await renderHost();
    const language = control<HTMLSelectElement>(host, 'Language for text messages and emails');
    language.value = 'ar';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    await host.updateComplete;
    expect(host.draft.notificationLanguage).to.equal('ar');
    expect(language.selectedOptions[0]?.lang).to.equal('ar');
  });
});
