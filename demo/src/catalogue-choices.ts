/**
 * The ministry, service and centre menus, filled from the mock's catalogue: a service menu
 * lists the chosen ministry's services, a centre menu the centres offering the chosen service,
 * so every combination the playground offers is one the widget can open with.
 */
import type { Catalogue } from '@gov-appointment/mock-server';

function option(value: string, label: string): HTMLOptionElement {
  return new Option(label, value);
}

/** Fills `select` with a "none" choice then `items`; keeps `selected` when still offered. */
function fill(
  select: HTMLSelectElement,
  none: string,
  items: readonly { readonly id: string; readonly label: string }[],
  selected: string | null,
): string | null {
  select.replaceChildren(option('', none), ...items.map((item) => option(item.id, item.label)));
  const kept = items.some((item) => item.id === selected) ? selected : null;
  select.value = kept ?? '';
  return kept;
}

export interface CatalogueSelection {
  readonly provider: string | null;
  readonly service: string | null;
  readonly centre: string | null;
}

/**
 * Refills the three menus for `wanted`, dropping what the catalogue does not hold (a link may
 * name an id that no longer exists). Returns what is actually selected.
 */
export function showCatalogueChoices(
  catalogue: Catalogue,
  menus: {
    readonly provider: HTMLSelectElement;
    readonly service: HTMLSelectElement;
    readonly centre: HTMLSelectElement;
  },
  wanted: CatalogueSelection,
): CatalogueSelection {
  const provider = fill(
    menus.provider,
    'Every ministry and authority',
    catalogue.providers.map((item) => ({ id: item.id, label: item.name.en })),
    wanted.provider,
  );
  const services = catalogue.services.filter(
    (service) => provider === null || service.providerId === provider,
  );
  const service = fill(
    menus.service,
    'None: the person chooses',
    services.map((item) => ({ id: item.id, label: item.name.en })),
    wanted.service,
  );
  const centres = service
    ? catalogue.centres.filter((centre) => centre.serviceIds.includes(service))
    : [];
  const centre = fill(
    menus.centre,
    service ? 'None: the person chooses' : 'Choose a service first',
    centres.map((item) => ({ id: item.id, label: `${item.name.en} (${item.town.en})` })),
    wanted.centre,
  );
  menus.centre.disabled = service === null;
  return { provider, service, centre };
}
