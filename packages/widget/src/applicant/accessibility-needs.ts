/**
 * What help the person needs at the centre: the needs the centre can prepare for, and notes
 * in their own words, counted as the limit comes near.
 */
import { AccessibilityNeed } from '@gov-appointment/sdk/schemas';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../format/number-format.js';
import { plural } from '../format/plural.js';
import { accessibilityNeedName } from '../steps/names.js';
import { NOTES_MAX_LENGTH } from './applicant-validation.js';
import type { DetailsFormOptions } from './details-form.js';
import { controlId, describedBy, errorId, hintId, renderErrorMessage } from './form-controls.js';

const NEEDS_HINT_ID = 'applicant-accessibility-needs-hint';
const NOTES_COUNT_ID = `${controlId('accessibilityNotes')}-count`;
/** The character count speaks up from this length on: earlier it would only be noise. */
const NOTES_COUNT_FROM = NOTES_MAX_LENGTH - 100;

function withNeed(
  needs: readonly AccessibilityNeed[],
  need: AccessibilityNeed,
  wanted: boolean,
): AccessibilityNeed[] {
  const others = needs.filter((other) => other !== need);
  return wanted ? [...others, need] : others;
}

/** The help-at-the-centre group: a checkbox per need, then free-text notes with a count. */
export function renderAccessibilityNeeds(options: DetailsFormOptions): TemplateResult {
  const { draft } = options;
  return html`<fieldset class="field" aria-describedby=${NEEDS_HINT_ID}>
    <legend>${msg('Do you need any help at the centre?')}</legend>
    <p id=${NEEDS_HINT_ID} class="hint">
      ${msg('Select all that apply, or none if no help is needed.')}
    </p>
    <div class="checkboxes">
      ${AccessibilityNeed.options.map((need) => {
        const id = `applicant-need-${need}`;
        return html`<div class="checkbox">
          <input
            type="checkbox"
            id=${id}
            name="accessibilityNeeds"
            value=${need}
            .checked=${live(draft.accessibilityNeeds.includes(need))}
            @change=${(event: Event) =>
              options.onInput(
                'accessibilityNeeds',
                withNeed(
                  draft.accessibilityNeeds,
                  need,
                  (event.target as HTMLInputElement).checked,
                ),
              )}
          />
          <label for=${id}>${accessibilityNeedName(need)}</label>
        </div>`;
      })}
    </div>
    ${renderNotes(options)}
  </fieldset>`;
}

/** The count near the limit, e.g. "You have 20 characters remaining", in the reader's digits. */
function notesCountMessage(length: number, context: DetailsFormOptions['context']): string {
  const left = NOTES_MAX_LENGTH - length;
  const amount = Math.abs(left);
  const count = formatNumber(amount, context.language, context.numberingSystem);
  if (left >= 0) {
    return plural(amount, context.language, {
      zero: () => msg('You have no characters remaining', { id: 'notes-characters-left.zero' }),
      exactlyOne: () =>
        msg('You have one character remaining', { id: 'notes-characters-left.exactly-one' }),
      two: () => msg('You have two characters remaining', { id: 'notes-characters-left.two' }),
      few: () =>
        msg(str`You have ${count} characters remaining`, { id: 'notes-characters-left.few' }),
      many: () =>
        msg(str`You have ${count} characters remaining`, { id: 'notes-characters-left.many' }),
      other: () =>
        msg(str`You have ${count} characters remaining`, { id: 'notes-characters-left.other' }),
    });
  }
  return plural(amount, context.language, {
    exactlyOne: () =>
      msg('You have one character too many', { id: 'notes-characters-over.exactly-one' }),
    two: () => msg('You have two characters too many', { id: 'notes-characters-over.two' }),
    few: () => msg(str`You have ${count} characters too many`, { id: 'notes-characters-over.few' }),
    many: () =>
      msg(str`You have ${count} characters too many`, { id: 'notes-characters-over.many' }),
    other: () =>
      msg(str`You have ${count} characters too many`, { id: 'notes-characters-over.other' }),
  });
}

function renderNotes(options: DetailsFormOptions): TemplateResult {
  const field = 'accessibilityNotes';
  const problem = options.errors.get(field);
  const length = options.draft.accessibilityNotes.length;
  const counting = length >= NOTES_COUNT_FROM;
  const { language, numberingSystem } = options.context;
  const maximum = formatNumber(NOTES_MAX_LENGTH, language, numberingSystem);
  return html`<div class="field notes ${problem ? 'field-invalid' : ''}">
    <label for=${controlId(field)}>${msg('Anything else the centre should know? (optional)')}</label>
    <p id=${hintId(field)} class="hint">
      ${msg(str`For example, if you need a quiet place to wait. Up to ${maximum} characters.`)}
    </p>
    ${renderErrorMessage(field, problem)}
    <textarea
      id=${controlId(field)}
      name=${field}
      class="input"
      rows="4"
      aria-invalid=${ifDefined(problem ? 'true' : undefined)}
      aria-describedby=${ifDefined(
        describedBy(hintId(field), counting && NOTES_COUNT_ID, problem && errorId(field)),
      )}
      .value=${live(options.draft.accessibilityNotes)}
      @input=${(event: InputEvent) =>
        options.onInput(field, (event.target as HTMLTextAreaElement).value)}
      @blur=${() => options.onBlur(field)}
    ></textarea>
    <p
      id=${NOTES_COUNT_ID}
      class="character-count ${length > NOTES_MAX_LENGTH ? 'over' : ''}"
      aria-live="polite"
    >${counting ? notesCountMessage(length, options.context) : nothing}</p>
  </div>`;
}
