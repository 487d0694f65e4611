/** Step 3: the day, on a month calendar or as a list of the next free dates. */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { renderAvailableDatesList, renderDateGrid } from '../calendar/date-grid.js';
import type { SlotPicker } from '../controllers/slot-picker.js';
import { weekStartFor } from '../format/bahrain-time.js';
import { renderSkeleton } from './step-frame.js';
import type { ViewContext } from './view-context.js';

export type DateView = 'calendar' | 'list';

export interface DateStepOptions {
  readonly context: ViewContext;
  readonly picker: SlotPicker;
  readonly view: DateView;
  readonly onView: (view: DateView) => void;
  readonly onSelect: (date: string) => void;
  readonly onFocus: (date: string) => void;
  readonly onMonthChange: (month: string) => void;
}

export function renderDateStep(options: DateStepOptions): TemplateResult {
  const { context, picker } = options;
  const loading = picker.calendar.status === 'loading' || picker.calendar.status === 'idle';
  return html`
    <div class="actions no-print" role="group" aria-label=${msg('How to show dates')}>
      <button
        type="button"
        class=${options.view === 'calendar' ? '' : 'secondary'}
        aria-pressed=${options.view === 'calendar' ? 'true' : 'false'}
        @click=${() => options.onView('calendar')}
      >
        ${msg('Calendar')}
      </button>
      <button
        type="button"
        class=${options.view === 'list' ? '' : 'secondary'}
        aria-pressed=${options.view === 'list' ? 'true' : 'false'}
        @click=${() => options.onView('list')}
      >
        ${msg('Next available dates')}
      </button>
    </div>
    ${
      options.view === 'calendar'
        ? html`<div part="calendar">
          ${renderDateGrid({
            month: picker.month,
            days: picker.knownDays,
            selected: picker.date,
            focused: picker.focused,
            min: picker.today,
            max: picker.lastDay,
            language: context.language,
            numberingSystem: context.numberingSystem,
            dir: context.direction,
            weekStart: weekStartFor(context.language),
            loading,
            onSelect: options.onSelect,
            onFocus: options.onFocus,
            onMonthChange: options.onMonthChange,
          })}
        </div>`
        : loading && picker.availableDates.length === 0
          ? renderSkeleton(3)
          : renderAvailableDatesList({
              days: picker.availableDates,
              language: context.language,
              numberingSystem: context.numberingSystem,
              onSelect: options.onSelect,
            })
    }
    ${
      !loading && picker.availableDates.length === 0
        ? html`<p class="notice info" role="status">
          ${msg('There are no free times at this centre in the coming weeks. Please choose another centre.')}
        </p>`
        : nothing
    }
  `;
}
