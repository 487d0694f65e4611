/** Providers, services and centres: list, search, and read one. */
import type { Centre, CentreListItem, Coordinates } from '@gov-appointment/sdk/schemas';
import { ApiProblem } from '../api-problem.js';
import { jsonResponse } from './api-response.js';
import { distanceKm, parseNear } from './distance.js';
import type { OperationResolvers } from './operation-resolver.js';
import { paginate } from './pagination.js';
import { validationFailed } from './request-input.js';
import { searchMatcher } from './text-search.js';

type CatalogueResolvers = Pick<
  OperationResolvers,
  'listProviders' | 'getProvider' | 'listServices' | 'getService' | 'listCentres' | 'getCentre'
>;

export const catalogueResolvers: CatalogueResolvers = {
  listProviders: ({ store, query, plan }) => {
    const providers = plan.emptyCatalogue ? [] : store.catalogue.providers;
    return jsonResponse(200, paginate(providers, { ...query, search: 'providers' }));
  },

  getProvider: ({ store, path }) => {
    const provider = store.catalogue.provider(path.providerId ?? '');
    if (!provider) throw new ApiProblem('not-found', 'There is no provider with this id.');
    return jsonResponse(200, provider);
  },

  listServices: ({ store, query, plan }) => {
    const { provider, category, q, limit, cursor } = query;
    const matches = searchMatcher(q);
    const services = plan.emptyCatalogue
      ? []
      : store.catalogue.services.filter(
          (service) =>
            (!provider || service.providerId === provider) &&
            (!category || service.category === category) &&
            matches([service.name, service.description]),
        );
    const search = JSON.stringify(['services', provider, category, q]);
    return jsonResponse(200, paginate(services, { limit, cursor, search }));
  },

  getService: ({ store, path }) => {
    const service = store.catalogue.service(path.serviceId ?? '');
    if (!service) throw new ApiProblem('not-found', 'There is no service with this id.');
    return jsonResponse(200, service);
  },

  listCentres: ({ store, query, plan }) => {
    const { service, provider, governorate, q, near, limit, cursor } = query;
    if (service && !store.catalogue.service(service)) {
      throw new ApiProblem('not-found', 'There is no service with this id.');
    }
    if (provider && !store.catalogue.provider(provider)) {
      throw new ApiProblem('not-found', 'There is no provider with this id.');
    }
    const origin = near ? parseNear(near) : null;
    if (near && !origin) {
      throw validationFailed([
        {
          pointer: '/query/near',
          code: 'invalid',
          detail: 'Latitude must be within ±90 and longitude within ±180.',
        },
      ]);
    }
    const matches = searchMatcher(q);
    const centres = plan.emptyCatalogue
      ? []
      : store.catalogue.centres.filter(
          (centre) =>
            (!service || centre.serviceIds.includes(service)) &&
            (!provider || centre.providerId === provider) &&
            (!governorate || centre.governorate === governorate) &&
            matches([centre.name, centre.address, centre.town]),
        );
    const ordered = origin ? byDistance(centres, origin) : centres.map((centre) => ({ centre }));
    const search = JSON.stringify(['centres', service, provider, governorate, q, near]);
    const page = paginate(ordered, { limit, cursor, search });
    const items = page.items.map(
      ({ centre, distance }: { centre: Centre; distance?: number }): CentreListItem => ({
        ...centre,
        distanceKm: distance === undefined ? null : Math.round(distance * 10) / 10,
        nextAvailableDate: service ? store.nextAvailableDate(centre.id, service, plan) : null,
      }),
    );
    return jsonResponse(200, { items, nextCursor: page.nextCursor });
  },

  getCentre: ({ store, path }) => {
    const centre = store.catalogue.centre(path.centreId ?? '');
    if (!centre) throw new ApiProblem('not-found', 'There is no centre with this id.');
    return jsonResponse(200, centre);
  },
};

/** Nearest first; equally near centres keep the catalogue order. */
function byDistance(
  centres: readonly Centre[],
  origin: Coordinates,
): { centre: Centre; distance: number }[] {
  return centres
    .map((centre) => ({ centre, distance: distanceKm(origin, centre.coordinates) }))
    .sort((a, b) => a.distance - b.distance);
}
