/**
 * The next bookable dates as a plain list of buttons: an alternative to the month grid for
 * people who find a list quicker to read or to operate (screen reader, voice control, small
 * screens).
 */
import type { CalendarDay, Language } from '@gov-appointment/sdk/schemas';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatLongDate } from '../format/bahrain-time.js';
import { describeListedDay } from './day-availability.js';

/** What the list of next available dates shows and whom it tells about a choice. */
export interface AvailableDatesListOptions {
  /** The dates to offer, in the order shown; days without free times are left out. */
  days: readonly CalendarDay[];
  /** The chosen date, if any. */
  selected?: string | null;
  language: Language;
  /** Intl numbering system for every number shown (see `numberingSystemFor`). */
  numberingSystem: string;
  /** A date was chosen. */
  onSelect(date: string): void;
}

/**
 * Renders one button per bookable date, e.g. "Sunday, December 6, 2026 — 12 times available",
 * or nothing when no date has free times (the caller says so in its own words).
 */
export function renderAvailableDatesList(
  options: AvailableDatesListOptions,
): TemplateResult | typeof nothing {
  const { language, numberingSystem } = options;
  const bookable = options.days.filter((day) => day.open && day.availableSlots > 0);
  if (bookable.length === 0) return nothing;
  return html`
    <ul class="available-dates-list" part="available-dates" aria-label=${msg('Next available dates')}>
      ${bookable.map(
        (day) => html`
          <li>
            <button
              type="button"
              class="available-date"
              data-date=${day.date}
              aria-pressed=${day.date === options.selected ? 'true' : 'false'}
              @click=${() => options.onSelect(day.date)}
            >
              ${describeListedDay(
                formatLongDate(day.date, language, numberingSystem),
                day.availableSlots,
                day.ramadan,
                language,
                numberingSystem,
              )}
            </button>
          </li>
        `,
      )}
    </ul>
  `;
}
