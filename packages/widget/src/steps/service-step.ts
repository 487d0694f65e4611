/** Step 1: find the service, and read what it needs before any calendar. */
import type { Provider, Service } from '@gov-appointment/sdk/schemas';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration, formatMoney, formatNumber } from '../format/number-format.js';
import { plural } from '../format/plural.js';
import { renderSearchField } from './search-field.js';
import { renderSkeleton } from './step-frame.js';
import { text, type ViewContext } from './view-context.js';

export interface ServiceStepOptions {
  readonly context: ViewContext;
  readonly loading: boolean;
  readonly query: string;
  readonly groups: readonly { provider: Provider | null; services: readonly Service[] }[];
  readonly selectedId: string | null;
  readonly onQuery: (query: string) => void;
  readonly onChoose: (service: Service) => void;
  /** Ministries whose services are shown; the others are one line each. */
  readonly openGroups: ReadonlySet<string>;
  readonly onToggleGroup: (id: string) => void;
}

export function renderServiceStep(options: ServiceStepOptions): TemplateResult {
  const { context } = options;
  const count = options.groups.reduce((sum, group) => sum + group.services.length, 0);
  return html`
    ${renderSearchField({
      name: 'service',
      label: msg('Search for a service'),
      query: options.query,
      status: options.loading ? msg('Loading services…') : serviceCount(count, context),
      onQuery: options.onQuery,
    })}
    ${
      options.loading
        ? renderSkeleton(5)
        : options.groups.map((group) => {
            const id = group.provider?.id ?? 'other';
            const name = group.provider
              ? text(context, group.provider.name)
              : msg('Other services');
            // With a search, or a single ministry, every match is shown; otherwise each
            // ministry opens on demand, so the list fits a phone screen.
            const open =
              options.query.trim() !== '' ||
              options.groups.length === 1 ||
              options.openGroups.has(id);
            return html`<div class="group">
              <h3>
                <button
                  type="button"
                  class="disclosure"
                  aria-expanded=${open ? 'true' : 'false'}
                  aria-controls="group-${id}"
                  @click=${() => options.onToggleGroup(id)}
                >
                  <span>${name}</span>
                  <span class="hint">${serviceCount(group.services.length, context)}</span>
                </button>
              </h3>
              <ul class="choices" id="group-${id}" part="services" ?hidden=${!open}>
                ${group.services.map((service) => renderService(service, options))}
              </ul>
            </div>`;
          })
    }
  `;
}

function serviceCount(total: number, context: ViewContext): string {
  if (total === 0) return msg('No services match your search. Try other words.');
  const count = formatNumber(total, context.language, context.numberingSystem);
  return plural(total, context.language, {
    zero: () => msg(str`${count} services`, { id: 'service-count.zero' }),
    one: () => msg(str`${count} service`, { id: 'service-count.one' }),
    two: () => msg(str`${count} services`, { id: 'service-count.two' }),
    few: () => msg(str`${count} services`, { id: 'service-count.few' }),
    many: () => msg(str`${count} services`, { id: 'service-count.many' }),
    other: () => msg(str`${count} services`, { id: 'service-count.other' }),
  });
}

function renderService(service: Service, options: ServiceStepOptions): TemplateResult {
  const { context } = options;
  const name = text(context, service.name);
  const headingId = `service-${service.id}`;
  return html`
    <li class="card" part="service">
      <h4 id=${headingId}>${name}</h4>
      <p>${text(context, service.description)}</p>
      <dl class="meta">
        <div>
          <dt>${msg('Takes about')}</dt>
          <dd>${formatDuration(service.durationMinutes, context.language, context.numberingSystem)}</dd>
        </div>
        <div>
          <dt>${msg('Fee')}</dt>
          <dd>
            ${
              service.fee
                ? formatMoney(service.fee, context.language, context.numberingSystem)
                : msg('Free')
            }
          </dd>
        </div>
      </dl>
      <details>
        <summary>${msg('Who can book and what to bring')}</summary>
        <h5>${msg('Who can book')}</h5>
        <p>${text(context, service.eligibility)}</p>
        <h5>${msg('What to bring')}</h5>
        ${
          service.requiredDocuments.length > 0
            ? html`<ul>
              ${service.requiredDocuments.map((document) => html`<li>${text(context, document)}</li>`)}
            </ul>`
            : html`<p>${msg('Nothing to bring.')}</p>`
        }
      </details>
      <button
        type="button"
        class="choose"
        aria-current=${options.selectedId === service.id ? 'true' : nothing}
        @click=${() => options.onChoose(service)}
      >
        ${msg(str`Choose ${name}`)}
      </button>
    </li>
  `;
}
