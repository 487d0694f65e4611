/**
 * The month calendar of the date step: a WAI-ARIA APG date picker grid (one roving tab stop,
 * arrow keys move by day and week, Page Up/Page Down by month) whose every day, bookable or
 * not, can be reached and tells why it can or cannot be booked.
 *
 * This module is the calendar's public entry: it also exports the styles and the list view.
 */
import type { CalendarDay, Language } from '@gov-appointment/sdk/schemas';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import {
  addMonths,
  compareDates,
  formatLongDate,
  formatMonthYear,
  monthOf,
  todayInBahrain,
  weekdayNames,
} from '../format/bahrain-time.js';
import { formatNumber } from '../format/number-format.js';
import { clampDate, monthGrid, moveFocus } from './calendar-model.js';
import { type AvailabilityBounds, availabilityOf, describeDay } from './day-availability.js';

export {
  type AvailableDatesListOptions,
  renderAvailableDatesList,
} from './available-dates-list.js';
export { dateGridStyles } from './date-grid.styles.js';

/** What the date grid shows and whom it tells about the user's actions. */
export interface DateGridOptions {
  /** The month shown, `YYYY-MM`. */
  month: string;
  /**
   * Availability by date (`YYYY-MM-DD`). Days not in the map are shown as unavailable, or as
   * being checked while `loading`.
   */
  days: ReadonlyMap<string, CalendarDay>;
  /** The chosen date, if any. */
  selected: string | null;
  /**
   * The date holding the grid's single tab stop. When it is not in `month`, the tab stop
   * falls on the selected date, else on the month's first day within [`min`, `max`].
   */
  focused: string;
  /** First date that can be booked; the keyboard cannot move before it. */
  min: string;
  /** Last date that can be booked; the keyboard cannot move after it. */
  max: string;
  language: Language;
  /** Intl numbering system for every number shown (see `numberingSystemFor`). */
  numberingSystem: string;
  dir: 'ltr' | 'rtl';
  /** First column of the grid, 0 is Sunday (see `weekStartFor`). */
  weekStart: number;
  /** True while the month's availability is being fetched. */
  loading: boolean;
  /** Today in Bahrain (`YYYY-MM-DD`); defaults to the current date there. */
  today?: string;
  /** A bookable date was chosen (click, Enter or Space). */
  onSelect(date: string): void;
  /**
   * The user moved to `date` (arrow keys, Home/End, Page keys, or a click). Re-render with
   * `focused: date`, then call `focusGridCell` from `updated()` to move the DOM focus there.
   */
  onFocus(date: string): void;
  /** The user asked for another month (`YYYY-MM`), by the month buttons or the keyboard. */
  onMonthChange(month: string): void;
  /**
   * A date that cannot be booked was chosen; `description` says why (e.g. "Friday, December
   * 4, 2026, closed: weekend"), ready for a live-region announcement.
   */
  onUnavailable?(date: string, description: string): void;
}

/** The id of the month label that names the grid; one grid per shadow root. */
const MONTH_LABEL_ID = 'gov-date-grid-month';

/** Renders the month header, the day grid and the key to its markers. */
export function renderDateGrid(options: DateGridOptions): TemplateResult {
  const { month, language, numberingSystem } = options;
  const today = options.today ?? todayInBahrain(new Date());
  const bounds: AvailabilityBounds = {
    today,
    min: options.min,
    max: options.max,
    loading: options.loading,
  };
  const tabStop = tabStopOf(options);
  const previousMonth = monthOf(addMonths(`${month}-01`, -1));
  const nextMonth = monthOf(addMonths(`${month}-01`, 1));
  const longWeekdays = weekdayNames(language, options.weekStart, 'long');
  const shortWeekdays = weekdayNames(language, options.weekStart, headerWidth(language));
  const hasRamadan = [...options.days.values()].some(
    (day) => day.ramadan && monthOf(day.date) === month,
  );
  const previousLabel = formatMonthYear(previousMonth, language, numberingSystem);
  const nextLabel = formatMonthYear(nextMonth, language, numberingSystem);

  return html`
    <div class="date-grid" dir=${options.dir}>
      <div class="month-header">
        ${renderMonthButton({
          direction: 'previous',
          label: msg(str`Previous month, ${previousLabel}`),
          enabled: compareDates(month, monthOf(options.min)) > 0,
          onActivate: () => options.onMonthChange(previousMonth),
        })}
        <h3 id=${MONTH_LABEL_ID} class="month-label" aria-live="polite">
          ${formatMonthYear(month, language, numberingSystem)}
        </h3>
        ${renderMonthButton({
          direction: 'next',
          label: msg(str`Next month, ${nextLabel}`),
          enabled: compareDates(month, monthOf(options.max)) < 0,
          onActivate: () => options.onMonthChange(nextMonth),
        })}
      </div>
      <table
        role="grid"
        aria-labelledby=${MONTH_LABEL_ID}
        aria-busy=${options.loading ? 'true' : 'false'}
        @keydown=${(event: KeyboardEvent) => handleGridKeydown(event, options)}
      >
        <thead>
          <tr>
            ${longWeekdays.map(
              (name, column) =>
                html`<th scope="col" abbr=${name}>${shortWeekdays[column] ?? name}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${monthGrid(month, options.weekStart).map(
            (week) =>
              html`<tr>
                ${week.map((date) =>
                  date === null
                    ? html`<td class="outside-month"></td>`
                    : renderDay(date, options, bounds, date === tabStop),
                )}
              </tr>`,
          )}
        </tbody>
      </table>
      ${options.loading ? html`<p class="grid-status">${msg('Checking availability…')}</p>` : nothing}
      ${renderKey(options, monthOf(today) === month, hasRamadan)}
    </div>
  `;
}

/**
 * Arabic and Farsi short weekday names are the whole word ("الأربعاء"), too wide for a 40 px
 * column on a phone; their narrow names are distinct letters ("ر"), as printed calendars use.
 * The full name stays in each header's `abbr` for screen readers.
 */
const NARROW_WEEKDAY_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa']);

function headerWidth(language: string): 'short' | 'narrow' {
  return NARROW_WEEKDAY_LANGUAGES.has(language) ? 'narrow' : 'short';
}

/**
 * Moves the DOM focus to `date`'s cell in the grid rendered inside `root`; returns whether
 * the cell exists. Call it from the host's `updated()` after `onFocus` so the focus follows the
 * keyboard once the new state is rendered.
 */
export function focusGridCell(root: ShadowRoot | HTMLElement, date: string): boolean {
  const cells = root.querySelectorAll<HTMLButtonElement>('table[role="grid"] button[data-date]');
  for (const cell of cells) {
    if (cell.dataset.date === date) {
      cell.focus();
      return true;
    }
  }
  return false;
}

interface MonthButtonOptions {
  direction: 'previous' | 'next';
  label: string;
  enabled: boolean;
  onActivate: () => void;
}

/**
 * A month button. At the first or last bookable month it is marked aria-disabled rather than
 * disabled, so that it keeps the focus of someone who has just pressed it.
 */
function renderMonthButton({ direction, label, enabled, onActivate }: MonthButtonOptions) {
  return html`
    <button
      type="button"
      class="month-nav ${direction}"
      aria-disabled=${enabled ? nothing : 'true'}
      @click=${() => {
        if (enabled) onActivate();
      }}
    >
      <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d=${direction === 'previous' ? 'M10 3 5 8l5 5' : 'M6 3l5 5-5 5'}></path>
      </svg>
      <span class="visually-hidden">${label}</span>
    </button>
  `;
}

function renderDay(
  date: string,
  options: DateGridOptions,
  bounds: AvailabilityBounds,
  isTabStop: boolean,
): TemplateResult {
  const { language, numberingSystem } = options;
  const availability = availabilityOf(date, options.days.get(date), bounds);
  const description = describeDay(
    formatLongDate(date, language, numberingSystem),
    availability,
    language,
    numberingSystem,
  );
  const bookable = availability.kind === 'available';
  const selected = date === options.selected;
  const ramadan =
    (availability.kind === 'available' || availability.kind === 'fully-booked') &&
    availability.ramadan;
  const classes = {
    day: true,
    available: bookable,
    'fully-booked': availability.kind === 'fully-booked',
    closed: availability.kind === 'closed' || availability.kind === 'unavailable',
    loading: availability.kind === 'loading',
  };
  return html`
    <td role="gridcell" aria-selected=${selected ? 'true' : 'false'}>
      <button
        type="button"
        part="day"
        class=${classMap(classes)}
        data-date=${date}
        tabindex=${isTabStop ? '0' : '-1'}
        aria-pressed=${selected ? 'true' : 'false'}
        aria-current=${date === bounds.today ? 'date' : nothing}
        aria-disabled=${bookable ? nothing : 'true'}
        @click=${() => {
          options.onFocus(date);
          if (bookable) options.onSelect(date);
          else options.onUnavailable?.(date, description);
        }}
      >
        <span class="day-number" aria-hidden="true">
          ${formatNumber(Number(date.slice(8)), language, numberingSystem)}
        </span>
        <span class="marker" aria-hidden="true"></span>
        ${ramadan ? html`<span class="ramadan-marker" aria-hidden="true">☾</span>` : nothing}
        <span class="visually-hidden">${description}</span>
      </button>
    </td>
  `;
}

/** The key to the cell markers, so that no state is told by colour alone. */
function renderKey(options: DateGridOptions, showsToday: boolean, hasRamadan: boolean) {
  const sampleDay = formatNumber(12, options.language, options.numberingSystem);
  return html`
    <ul class="calendar-key" aria-label=${msg('Calendar key')}>
      <li><span class="marker available" aria-hidden="true"></span>${msg('Times available')}</li>
      <li><span class="marker fully-booked" aria-hidden="true"></span>${msg('Fully booked')}</li>
      <li>
        <span class="key-sample closed" aria-hidden="true">${sampleDay}</span>
        ${msg('Closed or not available')}
      </li>
      ${
        showsToday
          ? html`<li>
            <span class="key-sample today" aria-hidden="true">${sampleDay}</span>${msg('Today')}
          </li>`
          : nothing
      }
      ${
        hasRamadan
          ? html`<li><span class="ramadan-sample" aria-hidden="true">☾</span>${msg('Ramadan hours')}</li>`
          : nothing
      }
    </ul>
  `;
}

/** The date that holds the single tab stop (see `DateGridOptions.focused`). */
function tabStopOf({ month, focused, selected, min, max }: DateGridOptions): string {
  if (monthOf(focused) === month) return focused;
  if (selected !== null && monthOf(selected) === month) return selected;
  const firstDay = `${month}-01`;
  const firstInRange = clampDate(firstDay, min, max);
  return monthOf(firstInRange) === month ? firstInRange : firstDay;
}

function handleGridKeydown(event: KeyboardEvent, options: DateGridOptions): void {
  // Modified keys belong to the browser and assistive technology (e.g. Alt+Left is Back).
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const cell = event.target instanceof Element ? event.target.closest('button[data-date]') : null;
  const from = cell instanceof HTMLElement ? cell.dataset.date : undefined;
  if (from === undefined) return;
  const to = moveFocus(from, event.key, {
    dir: options.dir,
    min: options.min,
    max: options.max,
    weekStart: options.weekStart,
    shiftKey: event.shiftKey,
  });
  if (to === null) return;
  event.preventDefault();
  if (to === from) return;
  options.onFocus(to);
  const toMonth = monthOf(to);
  if (toMonth !== options.month) options.onMonthChange(toMonth);
}
