/** Step 7: the booking, with everything needed on the day. Print-friendly. */
import type { Booking, WeeklyHours } from '@gov-appointment/sdk/schemas';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatTimeRange } from '../format/bahrain-time.js';
import { formatPhoneNumber } from '../format/number-format.js';
import { renderOpeningHours } from './centre-step.js';
import { isChangeable, renderChangeDeadline } from './change-deadline.js';
import { renderDate, text, type ViewContext } from './view-context.js';

export interface BookingSummaryOptions {
  readonly context: ViewContext;
  readonly booking: Booking;
  /** The centre's regular hours, when known. */
  readonly openingHours: WeeklyHours | null;
}

/** The booking's details as shown on the confirmation and in "manage". */
export function renderBookingSummary(options: BookingSummaryOptions): TemplateResult {
  const { context, booking } = options;
  const date = renderDate(context, booking.start.slice(0, 10));
  const time = formatTimeRange(
    booking.start,
    booking.end,
    context.language,
    context.numberingSystem,
  );
  return html`
    <p>${msg('Booking reference')}</p>
    <p class="reference ltr" part="reference">${booking.reference}</p>
    <dl class="summary-list">
      <div><dt>${msg('Service')}</dt><dd>${text(context, booking.service.name)}</dd></div>
      <div><dt>${msg('Date')}</dt><dd>${date}</dd></div>
      <div><dt>${msg('Time')}</dt><dd>${time}</dd></div>
      <div>
        <dt>${msg('Centre')}</dt>
        <dd>
          ${text(context, booking.centre.name)}<br />${text(context, booking.centre.address)}<br />
          <a class="ltr" href="tel:${booking.centre.phone}">${formatPhoneNumber(booking.centre.phone, context.numberingSystem)}</a>
        </dd>
      </div>
      <div><dt>${msg('Name')}</dt><dd><bdi>${booking.applicant.name}</bdi></dd></div>
    </dl>
    ${
      options.openingHours
        ? html`<h3>${msg('Opening hours')}</h3>
          ${renderOpeningHours(options.openingHours, context)}`
        : nothing
    }
    <h3>${msg('What to bring')}</h3>
    ${
      booking.service.requiredDocuments.length > 0
        ? html`<ul>
          ${booking.service.requiredDocuments.map((document) => html`<li>${text(context, document)}</li>`)}
        </ul>`
        : html`<p>${msg('Nothing to bring.')}</p>`
    }
  `;
}

/**
 * The check-in QR code. Its encoder loads only when a booking is confirmed, so that the rest
 * of the flow does not wait for it; a blank square of the same size holds its place, and a
 * notice with "Try again" takes it when the encoder could not be fetched.
 */
function renderCheckInCode(options: ConfirmationStepOptions) {
  const { booking } = options;
  const label = msg(str`Check-in code for booking ${booking.reference}`);
  if (options.checkInCode) return options.checkInCode(booking.checkInCode, label);
  if (options.checkInCodeFailure !== nothing) return options.checkInCodeFailure;
  return html`<span class="qr" role="img" aria-label=${label} aria-busy="true"></span>`;
}

export interface ConfirmationStepOptions extends BookingSummaryOptions {
  /** Draws the check-in code, once its encoder has arrived. */
  readonly checkInCode: ((value: string, label: string) => TemplateResult) | null;
  /** Why the encoder is missing, when it could not be fetched. */
  readonly checkInCodeFailure: TemplateResult | typeof nothing;
  readonly downloading: boolean;
  readonly onCalendar: () => void;
  readonly onPrint: () => void;
  readonly onManage: () => void;
  readonly onBookAnother: () => void;
}

export function renderConfirmationStep(options: ConfirmationStepOptions): TemplateResult {
  return html`
    <div class="confirmation-panel" part="confirmation">
      <p>
        ${msg('Your visit is booked. We have sent the details by SMS to your mobile number.')}
      </p>
      ${renderBookingSummary(options)}
      <h3 id="check-in-heading" tabindex="-1">${msg('Check in at the centre')}</h3>
      <p>${msg('Show this code at the centre’s check-in kiosk or desk.')}</p>
      ${renderCheckInCode(options)}
    </div>
    <div class="actions">
      <button type="button" ?disabled=${options.downloading} @click=${options.onCalendar}>
        ${msg('Add to calendar')}
      </button>
      <button type="button" class="secondary" @click=${options.onPrint}>${msg('Print')}</button>
    </div>
    <h3>${msg('Need to cancel or change?')}</h3>
    ${renderChangeDeadline(options.context, options.booking)}
    <div class="actions">
      ${
        isChangeable(options.booking)
          ? html`<button type="button" class="secondary" @click=${options.onManage}>
            ${msg('Cancel or change this booking')}
          </button>`
          : nothing
      }
      <button type="button" class="link" @click=${options.onBookAnother}>
        ${msg('Book another visit')}
      </button>
    </div>
  `;
}
