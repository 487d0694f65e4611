/** Step 4: the time, grouped by part of the day; choosing one holds a place. */
import type { Slot } from '@gov-appointment/sdk/schemas';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { SlotPicker } from '../controllers/slot-picker.js';
import { formatTimeRange, partOfDay } from '../format/bahrain-time.js';
import { formatNumber } from '../format/number-format.js';
import { plural } from '../format/plural.js';
import { renderSkeleton } from './step-frame.js';
import type { ViewContext } from './view-context.js';

/** Remaining places are shown when this few are left. */
const FEW_PLACES = 3;

export interface TimeStepOptions {
  readonly context: ViewContext;
  readonly picker: SlotPicker;
  readonly onChoose: (slot: Slot) => void;
}

export function renderTimeStep(options: TimeStepOptions): TemplateResult {
  const { picker } = options;
  // After a failure the page's notice says what happened: a skeleton would promise times.
  if (picker.slots.status === 'failed') return html``;
  if (picker.slots.status !== 'ready') return renderSkeleton(3);
  const slots = picker.slots.value.slots;
  const free = slots.filter((slot) => slot.remaining > 0 && !picker.isCurrentBooking(slot));
  // A day whose only free time is the booking's own still shows it, marked as such.
  if (free.length === 0 && !slots.some((slot) => picker.isCurrentBooking(slot))) {
    return html`<p class="notice info" role="status">
      ${msg('All times on this day have just been taken. Please choose another day.')}
    </p>`;
  }
  const parts = (['morning', 'afternoon', 'evening'] as const)
    .map((part) => ({ part, slots: slots.filter((slot) => partOfDay(slot.start) === part) }))
    .filter((group) => group.slots.length > 0);
  return html`
    ${
      picker.holdRequest.status === 'loading'
        ? html`<p role="status">${msg('Keeping this time for you…')}</p>`
        : nothing
    }
    ${parts.map(
      (group) => html`
        <h3 id="part-${group.part}">${partName(group.part)}</h3>
        <ul class="slots" aria-labelledby="part-${group.part}" part="slots">
          ${group.slots.map((slot) => renderSlot(slot, options))}
        </ul>
      `,
    )}
  `;
}

function partName(part: 'morning' | 'afternoon' | 'evening'): string {
  switch (part) {
    case 'morning':
      return msg('Morning');
    case 'afternoon':
      return msg('Afternoon');
    case 'evening':
      return msg('Evening');
  }
}

function placesLeft(remaining: number, options: TimeStepOptions): string {
  const { context } = options;
  const count = formatNumber(remaining, context.language, context.numberingSystem);
  return plural(remaining, context.language, {
    exactlyOne: () => msg('One place left', { id: 'places-left.exactly-one' }),
    two: () => msg('Two places left', { id: 'places-left.two' }),
    few: () => msg(str`${count} places left`, { id: 'places-left.few' }),
    many: () => msg(str`${count} places left`, { id: 'places-left.many' }),
    other: () => msg(str`${count} places left`, { id: 'places-left.other' }),
  });
}

function renderSlot(slot: Slot, options: TimeStepOptions): TemplateResult {
  const { context, picker } = options;
  const current = picker.isCurrentBooking(slot);
  const full = slot.remaining === 0;
  // Shown whole, not just the start: the accessible name must contain what is seen (WCAG 2.5.3).
  const range = formatTimeRange(slot.start, slot.end, context.language, context.numberingSystem);
  const status = current
    ? msg('Your current booking')
    : full
      ? msg('Fully booked')
      : slot.remaining <= FEW_PLACES
        ? placesLeft(slot.remaining, options)
        : '';
  const busy = picker.holdRequest.status === 'loading';
  const unavailable = current || full || busy;
  return html`<li>
    <button
      type="button"
      part="slot"
      class=${picker.slot?.id === slot.id ? '' : current ? 'secondary current' : 'secondary'}
      aria-disabled=${unavailable ? 'true' : 'false'}
      aria-pressed=${picker.slot?.id === slot.id ? 'true' : 'false'}
      aria-label=${status ? msg(str`${range}, ${status}`) : range}
      @click=${() => {
        if (!unavailable) options.onChoose(slot);
      }}
    >
      <span>${range}</span>
      ${status ? html`<span class="places">${status}</span>` : nothing}
    </button>
  </li>`;
}
