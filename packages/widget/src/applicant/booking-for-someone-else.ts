/**
 * Whether the person booking is the one who will attend and, if not, who is. The applicant's
 * details above describe the person attending either way.
 */
import { Relationship } from '@gov-appointment/sdk/schemas';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { DetailsFormOptions } from './details-form.js';
import { controlId, describedBy, errorId, renderErrorMessage } from './form-controls.js';

const BOOKING_FOR_ID = 'applicant-booking-for-someone-else';

/**
 * The booking-for-someone-else question: a checkbox that reveals who the appointment is for,
 * or, when the service does not allow it, a note saying so.
 */
export function renderBookingFor(options: DetailsFormOptions): TemplateResult {
  if (!options.allowsBookingForOthers) {
    return html`<p class="field note">
      ${msg('This service must be booked by the person who will attend.')}
    </p>`;
  }
  const checked = options.draft.bookingForSomeoneElse;
  return html`<div class="field">
    <div class="checkbox">
      <input
        type="checkbox"
        id=${BOOKING_FOR_ID}
        name="bookingForSomeoneElse"
        .checked=${live(checked)}
        @change=${(event: Event) =>
          options.onInput('bookingForSomeoneElse', (event.target as HTMLInputElement).checked)}
      />
      <label for=${BOOKING_FOR_ID}>${msg('I am booking for someone else')}</label>
    </div>
    ${checked ? renderRelationship(options) : nothing}
  </div>`;
}

function relationshipOptionName(relationship: Relationship): string {
  switch (relationship) {
    case 'child':
      return msg('My child');
    case 'parent':
      return msg('My parent');
    case 'spouse':
      return msg('My husband or wife');
    case 'other-relative':
      return msg('Another relative');
    case 'other':
      return msg('Someone else I am helping');
  }
}

function renderRelationship(options: DetailsFormOptions): TemplateResult {
  const { draft } = options;
  const problem = options.errors.get('relationship');
  return html`<div class="conditional ${problem ? 'field-invalid' : ''}">
    <label for=${controlId('relationship')}>${msg('Who is the appointment for?')}</label>
    ${renderErrorMessage('relationship', problem)}
    <select
      id=${controlId('relationship')}
      name="relationship"
      class="input width-full"
      aria-invalid=${ifDefined(problem ? 'true' : undefined)}
      aria-describedby=${ifDefined(describedBy(problem && errorId('relationship')))}
      @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        options.onInput('relationship', Relationship.options.find((r) => r === value) ?? '');
      }}
      @blur=${() => options.onBlur('relationship')}
    >
      <option value="" .selected=${draft.relationship === ''}>${msg('Choose one')}</option>
      ${Relationship.options.map(
        (relationship) => html`<option
          value=${relationship}
          .selected=${draft.relationship === relationship}
        >
          ${relationshipOptionName(relationship)}
        </option>`,
      )}
    </select>
  </div>`;
}
