/** Step 1: find the service, and read what it needs before any calendar. */
import type { Provider, Service } from '@gov-appointment/sdk/schemas';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { cachedCollator } from '../format/intl-cache.js';
import { formatDuration, formatMoney, formatNumber } from '../format/number-format.js';
import { plural } from '../format/plural.js';
import { renderSearchField } from './search-field.js';
import { renderSkeleton } from './step-frame.js';
import { plainText, text, type ViewContext } from './view-context.js';

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
  const groups = inReadingOrder(options.groups, context);
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
        : groups.map((group) => {
            const id = group.provider?.id ?? 'other';
            const name = group.provider
              ? text(context, group.provider.name)
              : msg('Other services');
            // With a search, or a single ministry, every match is shown; otherwise each
            // ministry opens on demand, so the list fits a phone screen.
            const open =
              options.query.trim() !== '' || groups.length === 1 || options.openGroups.has(id);
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

/**
 * Ministries, and the services of each, in the alphabetical order of the page's language
 * (its own collation: Arabic, Devanagari and Bengali orders differ from English), services
 * without a ministry last.
 */
function inReadingOrder(
  groups: ServiceStepOptions['groups'],
  context: ViewContext,
): ServiceStepOptions['groups'] {
  const collator = cachedCollator(context.language);
  const byName = <T extends { name: Service['name'] }>(a: T, b: T) =>
    collator.compare(plainText(context, a.name), plainText(context, b.name));
  return groups
    .map((group) => ({ provider: group.provider, services: [...group.services].sort(byName) }))
    .sort((a, b) => {
      if (!a.provider || !b.provider) return a.provider ? -1 : b.provider ? 1 : 0;
      return byName(a.provider, b.provider);
    });
}

function serviceCount(total: number, context: ViewContext): string {
  if (total === 0) return msg('No services match your search. Try other words.');
  const count = formatNumber(total, context.language, context.numberingSystem);
  return plural(total, context.language, {
    exactlyOne: () => msg('One service', { id: 'service-count.exactly-one' }),
    two: () => msg('Two services', { id: 'service-count.two' }),
    few: () => msg(str`${count} services`, { id: 'service-count.few' }),
    many: () => msg(str`${count} services`, { id: 'service-count.many' }),
    other: () => msg(str`${count} services`, { id: 'service-count.other' }),
  });
}

function renderService(service: Service, options: ServiceStepOptions): TemplateResult {
  const { context } = options;
  const name = plainText(context, service.name);
  const headingId = `service-${service.id}`;
  return html`
    <li class="card" part="service">
      <h4 id=${headingId}><bdi>${name}</bdi></h4>
      <p dir="auto">${plainText(context, service.description)}</p>
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
        <p dir="auto">${plainText(context, service.eligibility)}</p>
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
        ${msg(html`Choose <bdi>${name}</bdi>`, {
          id: 'choose-service',
          desc: 'Button choosing a service; its name comes from the API.',
        })}
      </button>
    </li>
  `;
}
