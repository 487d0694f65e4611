/**
 * Until when a booking can be cancelled or moved online (`changeableUntil`, computed by the
 * API from the service's cutoff), and what to do once that has passed.
 */
import type { Booking } from '@gov-appointment/sdk/schemas';
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { dateOfInstant, formatLongDate, formatTime } from '../format/bahrain-time.js';
import { formatPhoneNumber } from '../format/number-format.js';
import type { ViewContext } from './view-context.js';

/** Whether the booking can still be cancelled or moved online at `now`. */
export function isChangeable(booking: Booking, now: Date = new Date()): boolean {
  return booking.status === 'confirmed' && now.getTime() < Date.parse(booking.changeableUntil);
}

/** "You can change or cancel this booking until …", or, past it, how to reach the centre. */
export function renderChangeDeadline(
  context: ViewContext,
  booking: Booking,
  now: Date = new Date(),
): TemplateResult {
  if (isChangeable(booking, now)) {
    const date = formatLongDate(
      dateOfInstant(booking.changeableUntil),
      context.language,
      context.numberingSystem,
    );
    const time = formatTime(booking.changeableUntil, context.language, context.numberingSystem);
    return html`<p class="change-deadline">
      ${msg(str`You can change or cancel this booking until ${time} on ${date}.`)}
    </p>`;
  }
  return html`<p class="change-deadline">
    ${msg('This booking can no longer be changed or cancelled online.')}
    ${msg('To change or cancel it, call the centre:')}
    <a class="ltr" href="tel:${booking.centre.phone}">${formatPhoneNumber(booking.centre.phone, context.numberingSystem)}</a>
  </p>`;
}
