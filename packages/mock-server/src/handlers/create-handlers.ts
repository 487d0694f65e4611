/**
 * MSW request handlers for every operation of the contract, generated from the operation
 * table (method and path), plus CORS preflight and a problem answer for unknown paths.
 */
import { type OperationId, operations } from '@gov-appointment/sdk/contract';
import { type HttpHandler, http } from 'msw';
import { availabilityResolvers } from './availability-resolvers.js';
import { bookingResolvers } from './booking-resolvers.js';
import { catalogueResolvers } from './catalogue-resolvers.js';
import { holdResolvers } from './hold-resolvers.js';
import { PREFLIGHT_HEADERS } from './http-headers.js';
import {
  answerOperation,
  answerUnknownRoute,
  type PipelineDependencies,
} from './operation-pipeline.js';
import type {
  OperationContext,
  OperationResolvers,
  ValidatedResolver,
} from './operation-resolver.js';

const RESOLVERS: OperationResolvers = {
  ...catalogueResolvers,
  ...availabilityResolvers,
  ...holdResolvers,
  ...bookingResolvers,
};

const ROUTE = { GET: http.get, POST: http.post, DELETE: http.delete } as const;

export function createHandlers(dependencies: PipelineDependencies): HttpHandler[] {
  const prefix = routePrefix(dependencies.baseUrl);
  const operationHandlers = operations.map((operation) => {
    const resolver = validatedResolver(operation.id);
    const path = `${prefix}${operation.path.replace(/\{(\w+)\}/g, ':$1')}`;
    return ROUTE[operation.method](path, ({ request, params }) =>
      answerOperation(operation, resolver, request, stringParams(params), dependencies),
    );
  });
  return [
    ...operationHandlers,
    http.options(
      `${prefix}/*`,
      () => new Response(null, { status: 204, headers: PREFLIGHT_HEADERS }),
    ),
    http.all(`${prefix}/*`, ({ request }) =>
      answerUnknownRoute(request, dependencies.nextRequestId()),
    ),
  ];
}

/** The resolver of one operation, called with input already validated by its schemas. */
function validatedResolver<Id extends OperationId>(id: Id): ValidatedResolver {
  const resolver = RESOLVERS[id];
  return (context) => resolver(context as OperationContext<Id>);
}

/**
 * MSW matches absolute URLs as they are. A relative base URL (`/api/v1`) means the page's
 * own origin in a browser; in Node there is no page, so it matches any origin.
 */
function routePrefix(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return trimmed;
  return typeof location === 'undefined' ? `*${trimmed}` : trimmed;
}

function stringParams(
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}
