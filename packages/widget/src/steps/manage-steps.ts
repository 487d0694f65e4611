/** Finding a booking, then cancelling it or moving it to another time. */
import type { CancellationReason } from '@gov-appointment/sdk/schemas';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { FindErrors, ManageFlow } from '../controllers/manage-flow.js';
import { formatLongDate, formatVisit } from '../format/bahrain-time.js';
import { isChangeable, renderChangeDeadline } from './change-deadline.js';
import { renderBookingSummary } from './confirmation-step.js';
import { cancellationReasonName } from './names.js';
import type { ViewContext } from './view-context.js';

export interface ManageFindOptions {
  readonly flow: ManageFlow;
  readonly onSubmit: () => void;
}

function findErrorMessage(field: keyof FindErrors, error: 'required' | 'format'): string {
  if (field === 'reference') {
    return error === 'required'
      ? msg('Enter your booking reference')
      : msg('Enter the booking reference as shown on your confirmation, like GA-7K3M-9Q2P');
  }
  return error === 'required'
    ? msg('Enter the national ID of the person attending')
    : msg('Enter the national ID: 9 digits, as on the ID card');
}

export function renderManageFind(options: ManageFindOptions): TemplateResult {
  const { flow } = options;
  const field = (
    name: 'reference' | 'nationalId',
    label: string,
    hint: string,
    value: string,
    inputmode: 'text' | 'numeric',
  ) => {
    const error = flow.findErrors[name];
    return html`<div class="field">
      <label for="manage-${name}">${label}</label>
      <p class="hint" id="manage-${name}-hint">${hint}</p>
      ${
        error
          ? html`<p class="error" id="manage-${name}-error">
            <span class="visually-hidden">${msg('Error:')}</span> ${findErrorMessage(name, error)}
          </p>`
          : nothing
      }
      <input
        id="manage-${name}"
        type="text"
        dir="ltr"
        inputmode=${inputmode}
        autocomplete="off"
        spellcheck="false"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="manage-${name}-hint ${error ? `manage-${name}-error` : ''}"
        .value=${value}
        @input=${(event: InputEvent) =>
          flow.setInput(name, (event.target as HTMLInputElement).value)}
      />
    </div>`;
  };
  return html`
    <form
      novalidate
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        options.onSubmit();
      }}
    >
      ${field(
        'reference',
        msg('Booking reference'),
        msg('On your confirmation and in the SMS, like GA-7K3M-9Q2P.'),
        flow.referenceInput,
        'text',
      )}
      ${field(
        'nationalId',
        msg('National ID of the person attending'),
        msg('9 digits, as on the ID card.'),
        flow.nationalIdInput,
        'numeric',
      )}
      <div class="actions">
        <button type="submit" part="submit" aria-disabled=${flow.busy ? 'true' : 'false'}>
          ${flow.busy ? msg('Finding your booking…') : msg('Find booking')}
        </button>
      </div>
    </form>
  `;
}

export interface ManageBookingOptions {
  readonly context: ViewContext;
  readonly flow: ManageFlow;
  readonly onReschedule: () => void;
  readonly onCancel: () => void;
  readonly onFindAnother: () => void;
}

export function renderManageBooking(options: ManageBookingOptions): TemplateResult {
  const { flow, context } = options;
  const booking = flow.booking;
  if (!booking) return html``;
  if (flow.mode === 'confirm-cancel') {
    return html`
      <p>${msg('The time will be given to someone else. This cannot be undone.')}</p>
      <div class="field">
        <label for="cancel-reason">${msg('Why are you cancelling? (optional)')}</label>
        <select
          id="cancel-reason"
          @change=${(event: Event) =>
            flow.setCancellationReason(
              (event.target as HTMLSelectElement).value as CancellationReason | '',
            )}
        >
          <option value="" ?selected=${flow.cancellationReason === ''}>${msg('Prefer not to say')}</option>
          ${(['no-longer-needed', 'booked-elsewhere', 'cannot-attend', 'other'] as const).map(
            (reason) =>
              html`<option value=${reason} ?selected=${flow.cancellationReason === reason}>
                ${cancellationReasonName(reason)}
              </option>`,
          )}
        </select>
      </div>
      <div class="actions">
        <button type="button" part="submit" aria-disabled=${flow.busy ? 'true' : 'false'} @click=${options.onCancel}>
          ${flow.busy ? msg('Cancelling…') : msg('Yes, cancel my booking')}
        </button>
        <button type="button" class="secondary" @click=${() => flow.keep()}>
          ${msg('No, keep it')}
        </button>
      </div>
    `;
  }
  // Past `changeableUntil` the API refuses changes: offer none, and say how to reach the centre.
  const changeable = isChangeable(booking);
  return html`
    ${renderBookingSummary({ context, booking, openingHours: null })}
    ${renderChangeDeadline(context, booking)}
    <div class="actions">
      ${
        changeable
          ? html`<button type="button" @click=${options.onReschedule}>${msg('Change date or time')}</button>
            <button type="button" class="secondary" @click=${() => flow.askToCancel()}>
              ${msg('Cancel booking')}
            </button>`
          : nothing
      }
      <button type="button" class="link" @click=${options.onFindAnother}>
        ${msg('Find another booking')}
      </button>
    </div>
  `;
}

export interface RescheduleConfirmOptions {
  readonly context: ViewContext;
  readonly flow: ManageFlow;
  readonly onConfirm: () => void;
  readonly onChooseAgain: () => void;
}

export function renderRescheduleConfirm(options: RescheduleConfirmOptions): TemplateResult {
  const { flow, context } = options;
  const booking = flow.booking;
  const slot = flow.picker?.slot;
  if (!booking || !slot) return html``;
  const describe = (start: string, end: string) =>
    formatVisit(start, end, context.language, context.numberingSystem);
  return html`
    <dl class="summary-list">
      <div><dt>${msg('Now')}</dt><dd>${describe(booking.start, booking.end)}</dd></div>
      <div><dt>${msg('New time')}</dt><dd>${describe(slot.start, slot.end)}</dd></div>
    </dl>
    <div class="actions">
      <button type="button" part="submit" aria-disabled=${flow.busy ? 'true' : 'false'} @click=${options.onConfirm}>
        ${flow.busy ? msg('Moving your booking…') : msg('Move my booking')}
      </button>
      <button type="button" class="secondary" @click=${options.onChooseAgain}>
        ${msg('Choose another time')}
      </button>
    </div>
  `;
}

export function renderManageCancelled(
  context: ViewContext,
  flow: ManageFlow,
  onBookAgain: () => void,
): TemplateResult {
  const booking = flow.booking;
  if (!booking) return html``;
  const date = formatLongDate(
    booking.start.slice(0, 10),
    context.language,
    context.numberingSystem,
  );
  return html`
    <div class="confirmation-panel" role="status">
      <p>${msg(html`Booking <span class="ltr">${booking.reference}</span> for ${date} is cancelled.`)}</p>
      <p>${msg('The time is free for someone else. You do not need to do anything more.')}</p>
    </div>
    <div class="actions">
      <button type="button" @click=${onBookAgain}>${msg('Book a new visit')}</button>
      <button type="button" class="secondary" @click=${() => flow.findAnother()}>
        ${msg('Find another booking')}
      </button>
    </div>
  `;
}
