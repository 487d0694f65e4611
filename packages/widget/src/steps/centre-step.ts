/** Step 2: the centre, as a list (never only a map), nearest first once the user allows it. */
import type {
  CentreListItem,
  Facility,
  Governorate,
  WeeklyHours,
} from '@gov-appointment/sdk/schemas';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocationState } from '../controllers/booking-flow.js';
import { formatClockRange, formatLongDate, weekdayNames } from '../format/bahrain-time.js';
import { cachedListFormat } from '../format/intl-cache.js';
import { formatDistance, formatNumber } from '../format/number-format.js';
import { plural } from '../format/plural.js';
import { renderSearchField } from './search-field.js';
import { renderSkeleton } from './step-frame.js';
import { plainText, type ViewContext } from './view-context.js';

export interface CentreStepOptions {
  readonly context: ViewContext;
  readonly loading: boolean;
  readonly query: string;
  readonly centres: readonly CentreListItem[];
  readonly location: LocationState;
  readonly canLocate: boolean;
  readonly onQuery: (query: string) => void;
  readonly onLocate: () => void;
  readonly onChoose: (centre: CentreListItem) => void;
}

export function renderCentreStep(options: CentreStepOptions): TemplateResult {
  const { context } = options;
  return html`
    <div class="actions no-print">
      ${
        options.canLocate && options.location.status !== 'on'
          ? html`<button
            type="button"
            class="secondary"
            ?disabled=${options.location.status === 'locating'}
            @click=${options.onLocate}
          >
            ${
              options.location.status === 'locating'
                ? msg('Finding your location…')
                : msg('Show the nearest centres first')
            }
          </button>`
          : nothing
      }
    </div>
    <p class="hint" role="status">
      ${locationMessage(options.location)}
    </p>
    ${renderSearchField({
      name: 'centre',
      label: msg('Filter by name or area'),
      query: options.query,
      status: options.loading
        ? msg('Loading centres…')
        : centreCount(options.centres.length, context),
      onQuery: options.onQuery,
    })}
    ${
      options.loading && options.centres.length === 0
        ? renderSkeleton(4)
        : html`<ul class="choices" part="centres">
          ${options.centres.map((centre) => renderCentre(centre, options))}
        </ul>`
    }
  `;
}

function locationMessage(location: LocationState): string {
  switch (location.status) {
    case 'on':
      return msg('Nearest centres are shown first.');
    case 'refused':
      return msg('We could not get your location. Centres are sorted by governorate and name.');
    default:
      return '';
  }
}

function centreCount(total: number, context: ViewContext): string {
  if (total === 0) return msg('No centre offers this service where you searched. Try other words.');
  const count = formatNumber(total, context.language, context.numberingSystem);
  return plural(total, context.language, {
    exactlyOne: () => msg('One centre', { id: 'centre-count.exactly-one' }),
    two: () => msg('Two centres', { id: 'centre-count.two' }),
    few: () => msg(str`${count} centres`, { id: 'centre-count.few' }),
    many: () => msg(str`${count} centres`, { id: 'centre-count.many' }),
    other: () => msg(str`${count} centres`, { id: 'centre-count.other' }),
  });
}

export function governorateName(governorate: Governorate): string {
  switch (governorate) {
    case 'capital':
      return msg('Capital Governorate');
    case 'muharraq':
      return msg('Muharraq Governorate');
    case 'northern':
      return msg('Northern Governorate');
    case 'southern':
      return msg('Southern Governorate');
  }
}

export function facilityName(facility: Facility): string {
  switch (facility) {
    case 'step-free-access':
      return msg('Step-free access');
    case 'lift':
      return msg('Lift');
    case 'parking':
      return msg('Parking');
    case 'accessible-parking':
      return msg('Accessible parking');
    case 'accessible-toilet':
      return msg('Accessible toilet');
    case 'hearing-loop':
      return msg('Hearing loop');
    case 'sign-language-interpreter':
      return msg('Sign language interpreter');
    case 'wheelchair-loan':
      return msg('Wheelchair to borrow');
  }
}

/**
 * Opening hours as lines such as "Sunday: 7:00 am – 2:00 pm, 4:00 – 8:00 pm", each span a range
 * composed by Intl; closed days omitted.
 */
export function renderOpeningHours(hours: WeeklyHours, context: ViewContext): TemplateResult {
  const names = weekdayNames(context.language, 0, 'long');
  const order = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  const shiftList = cachedListFormat(context.language, { type: 'unit', style: 'short' });
  const open = hours.filter((day) => day.shifts.length > 0);
  return html`<ul class="hours">
    ${open.map((day) => {
      const weekday = names[order.indexOf(day.day)] ?? day.day;
      const shifts = shiftList.format(
        day.shifts.map((shift) =>
          formatClockRange(shift.opens, shift.closes, context.language, context.numberingSystem),
        ),
      );
      return html`<li>${msg(str`${weekday}: ${shifts}`, {
        desc: 'One line of opening hours: the weekday, then its opening times.',
      })}</li>`;
    })}
  </ul>`;
}

/**
 * The address followed by its governorate, e.g. "Building 12, Road 3, Seef, Capital
 * Governorate". The address is isolated, so that its own direction cannot move the comma.
 */
function centreLocation(centre: CentreListItem, context: ViewContext): TemplateResult {
  const address = plainText(context, centre.address);
  const governorate = governorateName(centre.governorate);
  return msg(html`<bdi>${address}</bdi>, ${governorate}`, {
    id: 'centre-location',
    desc: 'Where a centre is: its street address (kept apart for its own direction), then its governorate.',
  });
}

function renderCentre(centre: CentreListItem, options: CentreStepOptions): TemplateResult {
  const { context } = options;
  const name = plainText(context, centre.name);
  return html`
    <li class="card" part="centre">
      <h3><bdi>${name}</bdi></h3>
      <p>${centreLocation(centre, context)}</p>
      <dl class="meta">
        ${
          centre.distanceKm !== null
            ? html`<div>
              <dt>${msg('Distance')}</dt>
              <dd>${formatDistance(centre.distanceKm, context.language, context.numberingSystem)}</dd>
            </div>`
            : nothing
        }
        <div>
          <dt>${msg('Next available')}</dt>
          <dd>
            ${
              centre.nextAvailableDate
                ? formatLongDate(
                    centre.nextAvailableDate,
                    context.language,
                    context.numberingSystem,
                  )
                : msg('No free times at the moment')
            }
          </dd>
        </div>
      </dl>
      ${
        centre.facilities.length > 0
          ? html`<p>
            <span class="visually-hidden">${msg('Facilities:')}</span>
            ${cachedListFormat(context.language, { type: 'conjunction' }).format(
              centre.facilities.map(facilityName),
            )}
          </p>`
          : nothing
      }
      <details>
        <summary>${msg('Opening hours')}</summary>
        ${renderOpeningHours(centre.openingHours, context)}
      </details>
      <button type="button" class="choose" @click=${() => options.onChoose(centre)}>
        ${msg(html`Choose <bdi>${name}</bdi>`, {
          id: 'choose-centre',
          desc: 'Button choosing a centre; its name comes from the API.',
        })}
      </button>
    </li>
  `;
}
