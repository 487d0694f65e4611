/**
 * The parts every question of the details form is built from: stable ids, the hint and error
 * lines that `aria-describedby` points at, and the labelled text input.
 */
import { msg } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldName, FieldProblem } from './applicant-validation.js';
import { fieldProblemMessage } from './applicant-validation.js';

/** The id of the control that answers `field`; the error summary moves focus to it. */
export function controlId(field: FieldName): string {
  return `applicant-${field}`;
}

export function hintId(field: FieldName): string {
  return `${controlId(field)}-hint`;
}

export function errorId(field: FieldName): string {
  return `${controlId(field)}-error`;
}

/** An `aria-describedby` value from the ids that apply, or nothing when none does. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

const errorIcon = svg`<svg class="error-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" stroke-width="2"></circle>
  <rect x="9" y="5" width="2" height="6.5" rx="1" fill="currentColor"></rect>
  <circle cx="10" cy="14.5" r="1.25" fill="currentColor"></circle>
</svg>`;

/**
 * The error line under a question's label. It starts with a hidden "Error:" so that a screen
 * reader hearing the description knows it is a problem, not a hint.
 */
export function renderErrorMessage(
  field: FieldName,
  problem: FieldProblem | undefined,
): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  return html`<p id=${errorId(field)} class="error-message">
    ${errorIcon}<span class="visually-hidden">${msg('Error:')}</span>
    <span>${fieldProblemMessage(field, problem)}</span>
  </p>`;
}

/** The fields that can come pre-filled, and read-only, from the portal's login. */
export type LockableField = 'name' | 'nationalId' | 'mobile' | 'email';

export interface TextFieldOptions {
  readonly field: LockableField;
  readonly label: string;
  readonly hint?: string | TemplateResult;
  readonly value: string;
  readonly problem: FieldProblem | undefined;
  /** Read-only because the value came from the person's account. */
  readonly locked: boolean;
  readonly type: 'text' | 'tel' | 'email';
  readonly inputMode?: 'numeric' | 'tel' | 'email';
  readonly autocomplete: string;
  /** Numbers and addresses read left to right even in a right-to-left page. */
  readonly leftToRight: boolean;
  /** Shown before the input, inside the same box, e.g. the country code of a phone number. */
  readonly prefix?: string;
  /** The width that hints at the expected answer on wide screens (full width on phones). */
  readonly width: 'full' | 'national-id' | 'phone';
  readonly onInput: (value: string) => void;
  readonly onBlur: () => void;
}

/** A labelled single-line input with its hint and error, bound to exactly what was typed. */
export function renderTextField(options: TextFieldOptions): TemplateResult {
  const { field, problem, locked } = options;
  const lockedHintId = `${controlId(field)}-locked`;
  const input = html`<input
    id=${controlId(field)}
    name=${field}
    class="input width-${options.width}"
    type=${options.type}
    inputmode=${ifDefined(options.inputMode)}
    autocomplete=${options.autocomplete}
    spellcheck="false"
    dir=${ifDefined(options.leftToRight ? 'ltr' : undefined)}
    ?readonly=${locked}
    aria-readonly=${ifDefined(locked ? 'true' : undefined)}
    aria-invalid=${ifDefined(problem ? 'true' : undefined)}
    aria-describedby=${ifDefined(
      describedBy(options.hint && hintId(field), locked && lockedHintId, problem && errorId(field)),
    )}
    .value=${live(options.value)}
    @input=${(event: InputEvent) => options.onInput((event.target as HTMLInputElement).value)}
    @blur=${options.onBlur}
  />`;
  return html`<div class="field ${problem ? 'field-invalid' : ''}">
    <label for=${controlId(field)}>${options.label}</label>
    ${options.hint ? html`<p id=${hintId(field)} class="hint">${options.hint}</p>` : nothing}
    ${locked ? html`<p id=${lockedHintId} class="hint">${msg('From your account')}</p>` : nothing}
    ${renderErrorMessage(field, problem)}
    ${
      options.prefix
        ? html`<div class="input-with-prefix width-${options.width}" dir="ltr">
          <span class="prefix" aria-hidden="true">${options.prefix}</span>${input}
        </div>`
        : input
    }
  </div>`;
}
