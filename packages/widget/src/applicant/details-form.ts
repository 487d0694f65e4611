/**
 * Step 5: who is coming, how to reach them, and what help they need at the centre. The form
 * shows what the caller holds (the draft and its problems) and reports every change; the
 * caller validates on blur and on submit with `validateField` and `validateDraft`.
 */
import type { Language } from '@gov-appointment/sdk/schemas';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { inPageDigits } from '../format/page-digits.js';
import type { ViewContext } from '../steps/view-context.js';
import { renderAccessibilityNeeds } from './accessibility-needs.js';
import {
  type ApplicantDraft,
  FIELD_NAMES,
  type FieldName,
  type FieldProblem,
  fieldProblemMessage,
} from './applicant-validation.js';
import { renderBookingFor } from './booking-for-someone-else.js';
import { controlId, type LockableField, renderTextField } from './form-controls.js';

export { detailsFormStyles } from './details-form.styles.js';
export type { LockableField } from './form-controls.js';

/** What `renderDetailsForm` shows and whom it tells about changes. */
export interface DetailsFormOptions {
  /** Exactly what the person typed: inputs show it verbatim. */
  readonly draft: ApplicantDraft;
  /** The problems to show beside the fields (from blur and submit validation, or the server). */
  readonly errors: ReadonlyMap<FieldName, FieldProblem>;
  /** Whether to list the problems at the top: after a submit, not while typing. */
  readonly showSummary: boolean;
  /**
   * Fields filled from the person's account, shown read-only. Leave out a field whose account
   * value does not validate, so that it can be corrected.
   */
  readonly locked: ReadonlySet<LockableField>;
  /** Whether the service may be booked for another person (a child, a parent). */
  readonly allowsBookingForOthers: boolean;
  /** The languages offered for the SMS and email confirmation, each named in itself. */
  readonly languages: readonly { readonly code: Language; readonly label: string }[];
  /** The reader's language and digits, for the character count. */
  readonly context: Pick<ViewContext, 'language' | 'numberingSystem'>;
  /** A field of the draft changed; the caller stores `value` and renders again. */
  onInput<K extends keyof ApplicantDraft>(field: K, value: ApplicantDraft[K]): void;
  /** The person left a field: the moment to validate it. */
  onBlur(field: FieldName): void;
  /** The person pressed Continue (or Enter in a field). */
  onSubmit(): void;
}

/** Bahrain's international calling code, shown before the mobile number. */
const BAHRAIN_CALLING_CODE = '+973';

const SUMMARY_HEADING_ID = 'applicant-error-summary-heading';
const SUMMARY_LIST_ID = 'applicant-error-summary-list';
const NOTIFICATION_LANGUAGE_ID = 'applicant-notification-language';

/** The details form. Submitting it calls `onSubmit`; it never navigates. */
export function renderDetailsForm(options: DetailsFormOptions): TemplateResult {
  const { draft, errors, locked } = options;
  const countryCode = inPageDigits(BAHRAIN_CALLING_CODE, options.context.numberingSystem);
  return html`<form
    class="details-form"
    novalidate
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      options.onSubmit();
    }}
  >
    ${options.showSummary ? renderErrorSummary(options) : nothing}
    ${renderTextField({
      field: 'name',
      label: msg('Full name'),
      hint: msg('As on the ID card'),
      value: draft.name,
      problem: errors.get('name'),
      locked: locked.has('name'),
      type: 'text',
      autocomplete: 'name',
      leftToRight: false,
      width: 'full',
      onInput: (value) => options.onInput('name', value),
      onBlur: () => options.onBlur('name'),
    })}
    ${renderTextField({
      field: 'nationalId',
      label: msg('National ID number (CPR)'),
      hint: msg('9 digits, as on the ID card'),
      value: draft.nationalId,
      problem: errors.get('nationalId'),
      locked: locked.has('nationalId'),
      type: 'text',
      inputMode: 'numeric',
      autocomplete: 'off',
      leftToRight: true,
      width: 'national-id',
      onInput: (value) => options.onInput('nationalId', value),
      onBlur: () => options.onBlur('nationalId'),
    })}
    ${renderTextField({
      field: 'mobile',
      label: msg('Mobile number'),
      hint: msg(
        html`Bahrain (<span class="ltr">${countryCode}</span>) mobile: 8 digits starting with 3 or 6. The confirmation comes by SMS.`,
        {
          id: 'mobile-hint',
          desc: 'The country code is kept left to right inside the sentence, so that it reads "(+973)" in right-to-left text too.',
        },
      ),
      value: draft.mobile,
      problem: errors.get('mobile'),
      locked: locked.has('mobile'),
      type: 'tel',
      inputMode: 'tel',
      autocomplete: 'tel-national',
      leftToRight: true,
      prefix: countryCode,
      width: 'phone',
      onInput: (value) => options.onInput('mobile', value),
      onBlur: () => options.onBlur('mobile'),
    })}
    ${renderTextField({
      field: 'email',
      label: msg('Email address (optional)'),
      hint: msg('To get the confirmation by email as well'),
      value: draft.email,
      problem: errors.get('email'),
      locked: locked.has('email'),
      type: 'email',
      inputMode: 'email',
      autocomplete: 'email',
      leftToRight: true,
      width: 'full',
      onInput: (value) => options.onInput('email', value),
      onBlur: () => options.onBlur('email'),
    })}
    ${renderBookingFor(options)} ${renderAccessibilityNeeds(options)}
    ${renderNotificationLanguage(options)}
    <div class="actions">
      <button type="submit" part="submit">${msg('Continue')}</button>
    </div>
  </form>`;
}

/**
 * Moves focus to the heading of the error summary, so that a screen reader announces the
 * problems. Call it after the form has rendered with `showSummary`; returns whether there was
 * a summary to focus.
 */
export function focusErrorSummary(root: ParentNode): boolean {
  const heading = root.querySelector<HTMLElement>(`#${SUMMARY_HEADING_ID}`);
  heading?.focus();
  return heading !== null;
}

function relationshipShown(options: DetailsFormOptions): boolean {
  return options.allowsBookingForOthers && options.draft.bookingForSomeoneElse;
}

function renderErrorSummary(options: DetailsFormOptions): TemplateResult | typeof nothing {
  const problems = FIELD_NAMES.flatMap((field) => {
    const problem = options.errors.get(field);
    if (!problem || (field === 'relationship' && !relationshipShown(options))) return [];
    return [{ field, problem }];
  });
  if (problems.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary">
    <h3 id=${SUMMARY_HEADING_ID} tabindex="-1" aria-describedby=${SUMMARY_LIST_ID}>
      ${msg('There is a problem')}
    </h3>
    <ul id=${SUMMARY_LIST_ID} class="error-summary-list">
      ${problems.map(
        ({ field, problem }) => html`<li>
          <button
            type="button"
            class="error-summary-link"
            @click=${(event: Event) => focusControl(event, field)}
          >
            ${fieldProblemMessage(field, problem)}
          </button>
        </li>`,
      )}
    </ul>
  </div>`;
}

/** Focuses the control for `field`, found in the same shadow root as the summary. */
function focusControl(event: Event, field: FieldName): void {
  const root = (event.currentTarget as Node).getRootNode();
  if (!(root instanceof ShadowRoot || root instanceof Document)) return;
  const control = root.getElementById(controlId(field));
  if (!control) return;
  // Scroll the whole question into view: its label and error say what to fix.
  control.closest('.field')?.scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
}

function renderNotificationLanguage(options: DetailsFormOptions): TemplateResult {
  const hint = `${NOTIFICATION_LANGUAGE_ID}-hint`;
  return html`<div class="field">
    <label for=${NOTIFICATION_LANGUAGE_ID}>${msg('Language for text messages and emails')}</label>
    <p id=${hint} class="hint">${msg('The confirmation and reminders are sent in this language.')}</p>
    <select
      id=${NOTIFICATION_LANGUAGE_ID}
      name="notificationLanguage"
      class="input width-language"
      aria-describedby=${hint}
      @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        const language = options.languages.find((candidate) => candidate.code === value);
        if (language) options.onInput('notificationLanguage', language.code);
      }}
    >
      ${options.languages.map(
        (language) => html`<option
          value=${language.code}
          lang=${language.code}
          .selected=${language.code === options.draft.notificationLanguage}
        >
          ${language.label}
        </option>`,
      )}
    </select>
  </div>`;
}
