/** Creating a client: each method maps its arguments onto one operation of the contract. */
import * as z from 'zod/mini';
import { ResponseValidationError } from '../errors/appointments-error.js';
import { localize } from '../localize.js';
import type { BookingRequest } from '../schemas/bookings.js';
import {
  normaliseBookingReference,
  normaliseMobileNumber,
  normaliseNationalId,
} from '../schemas/bookings.js';
import type {
  AppointmentsClient,
  PaginatedOperationId,
  PaginatedOperations,
} from './appointments-client.js';
import {
  rejectingCall,
  requireObject,
  requireOptionalObject,
  requireText,
} from './call-arguments.js';
import type { ClientOptions, RequestOptions } from './client-options.js';
import { createOperationSender } from './operation-transport.js';
import { buildQuery } from './request-target.js';
import { type ClientRuntime, systemRuntime } from './runtime.js';

/**
 * Creates a client of the national appointments API.
 *
 * @example
 * ```ts
 * const client = createClient({ baseUrl: 'https://api.example/v1', language: 'ar' });
 * const { items } = await client.listCentres({ service: 'cpr-renewal', near: { lat: 26.22, lng: 50.58 } });
 * ```
 */
export function createClient(options: ClientOptions): AppointmentsClient {
  return createClientWithRuntime(options, systemRuntime);
}

/**
 * `createClient` with its clock, randomness and keys replaced, so that tests of retries
 * need not wait.
 *
 * @internal
 */
export function createClientWithRuntime(
  options: ClientOptions,
  runtime: ClientRuntime,
): AppointmentsClient {
  // zod may compile parsers with `new Function`, and merely probing whether it may is reported
  // as a violation under a strict Content-Security-Policy (no 'unsafe-eval'), which government
  // pages run. `jitless` rules out both; the setting is zod-wide, so it also covers schemas the
  // page builds later.
  z.config({ jitless: true });
  const send = createOperationSender(options, runtime);

  const client: AppointmentsClient = {
    listProviders: (query, requestOptions) =>
      rejectingCall('listProviders', () => {
        requireOptionalObject('listProviders', 'query', query);
        return send('listProviders', {
          query: buildQuery({ limit: query?.limit, cursor: query?.cursor }),
          signal: requestOptions?.signal,
        });
      }),

    getProvider: (providerId, requestOptions) =>
      rejectingCall('getProvider', () =>
        send('getProvider', { pathParams: { providerId }, signal: requestOptions?.signal }),
      ),

    listServices: (query, requestOptions) =>
      rejectingCall('listServices', () => {
        requireOptionalObject('listServices', 'query', query);
        return send('listServices', {
          query: buildQuery({
            provider: query?.provider,
            category: query?.category,
            q: query?.q,
            limit: query?.limit,
            cursor: query?.cursor,
          }),
          signal: requestOptions?.signal,
        });
      }),

    getService: (serviceId, requestOptions) =>
      rejectingCall('getService', () =>
        send('getService', { pathParams: { serviceId }, signal: requestOptions?.signal }),
      ),

    listCentres: (query, requestOptions) =>
      rejectingCall('listCentres', () => {
        requireOptionalObject('listCentres', 'query', query);
        if (query?.near !== undefined) requireObject('listCentres', 'near', query.near);
        return send('listCentres', {
          query: buildQuery({
            service: query?.service,
            provider: query?.provider,
            governorate: query?.governorate,
            q: query?.q,
            near: query?.near,
            limit: query?.limit,
            cursor: query?.cursor,
          }),
          signal: requestOptions?.signal,
        });
      }),

    getCentre: (centreId, requestOptions) =>
      rejectingCall('getCentre', () =>
        send('getCentre', { pathParams: { centreId }, signal: requestOptions?.signal }),
      ),

    getAvailability: (query, requestOptions) =>
      rejectingCall('getAvailability', () => {
        requireObject('getAvailability', 'query', query);
        const { centreId, serviceId, from, to } = query;
        requireText('getAvailability', 'from', from);
        requireText('getAvailability', 'to', to);
        return send('getAvailability', {
          pathParams: { centreId, serviceId },
          query: buildQuery({ from, to }),
          signal: requestOptions?.signal,
        });
      }),

    getSlots: (query, requestOptions) =>
      rejectingCall('getSlots', () => {
        requireObject('getSlots', 'query', query);
        const { centreId, serviceId, date } = query;
        requireText('getSlots', 'date', date);
        return send('getSlots', {
          pathParams: { centreId, serviceId },
          query: buildQuery({ date }),
          signal: requestOptions?.signal,
        });
      }),

    createHold: (request, requestOptions) =>
      rejectingCall('createHold', () => {
        requireObject('createHold', 'request', request);
        return send('createHold', {
          body: { slotId: request.slotId },
          signal: requestOptions?.signal,
          idempotencyKey: requestOptions?.idempotencyKey,
        });
      }),

    extendHold: (holdId, requestOptions) =>
      rejectingCall('extendHold', () =>
        send('extendHold', {
          pathParams: { holdId },
          signal: requestOptions?.signal,
          idempotencyKey: requestOptions?.idempotencyKey,
        }),
      ),

    releaseHold: (holdId, requestOptions) =>
      rejectingCall('releaseHold', async () => {
        await send('releaseHold', {
          pathParams: { holdId },
          signal: requestOptions?.signal,
          keepalive: requestOptions?.keepalive,
        });
      }),

    createBooking: (request, requestOptions) =>
      rejectingCall('createBooking', () => {
        requireObject('createBooking', 'request', request);
        return send('createBooking', {
          body: withLatinDigits(request),
          signal: requestOptions?.signal,
          idempotencyKey: requestOptions?.idempotencyKey,
        });
      }),

    getBooking: (lookup, requestOptions) =>
      rejectingCall('getBooking', () => {
        requireObject('getBooking', 'lookup', lookup);
        return send('getBooking', {
          pathParams: { reference: referenceAsSent(lookup.reference) },
          nationalId: lookup.nationalId,
          signal: requestOptions?.signal,
        });
      }),

    getBookingCalendar: (lookup, requestOptions) =>
      rejectingCall('getBookingCalendar', () => {
        requireObject('getBookingCalendar', 'lookup', lookup);
        return send('getBookingCalendar', {
          pathParams: { reference: referenceAsSent(lookup.reference) },
          nationalId: lookup.nationalId,
          signal: requestOptions?.signal,
        });
      }),

    cancelBooking: (input, requestOptions) =>
      rejectingCall('cancelBooking', () => {
        requireObject('cancelBooking', 'input', input);
        const { reference, nationalId, version, reason } = input;
        return send('cancelBooking', {
          pathParams: { reference: referenceAsSent(reference) },
          nationalId,
          version,
          body: reason === undefined ? {} : { reason },
          signal: requestOptions?.signal,
          idempotencyKey: requestOptions?.idempotencyKey,
        });
      }),

    rescheduleBooking: (input, requestOptions) =>
      rejectingCall('rescheduleBooking', () => {
        requireObject('rescheduleBooking', 'input', input);
        const { reference, nationalId, version, holdId } = input;
        return send('rescheduleBooking', {
          pathParams: { reference: referenceAsSent(reference) },
          nationalId,
          version,
          body: { holdId },
          signal: requestOptions?.signal,
          idempotencyKey: requestOptions?.idempotencyKey,
        });
      }),

    paginate: (operation, query, requestOptions) =>
      walkPages(client, operation, query ?? {}, requestOptions),

    localize: (text, language = options.language ?? 'en') => localize(text, language),
  };
  return client;
}

/**
 * The items of every page in turn. A cursor the server already gave would loop for ever, so
 * it ends the walk with a `ResponseValidationError` instead.
 */
async function* walkPages<Id extends PaginatedOperationId>(
  client: AppointmentsClient,
  operation: Id,
  query: PaginatedOperations[Id]['query'],
  requestOptions: RequestOptions | undefined,
): AsyncGenerator<PaginatedOperations[Id]['item']> {
  const listPage = client[operation] as (
    query: PaginatedOperations[Id]['query'],
    options?: RequestOptions,
  ) => Promise<{ items: PaginatedOperations[Id]['item'][]; nextCursor: string | null }>;
  let cursor = query.cursor;
  const seenCursors = new Set(cursor === undefined ? [] : [cursor]);
  for (;;) {
    const page = await listPage({ ...query, cursor }, requestOptions);
    yield* page.items;
    if (page.nextCursor === null) return;
    if (seenCursors.has(page.nextCursor)) {
      throw new ResponseValidationError({
        operationId: operation,
        status: 200,
        requestId: undefined,
        issues: [
          { code: 'custom', path: ['nextCursor'], message: 'The cursor repeats an earlier page' },
        ],
        body: JSON.stringify(page),
      });
    }
    seenCursors.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}

/**
 * A booking request with the applicant's national ID and mobile in Latin digits, as people
 * type them in Arabic-Indic or Persian digits too. Values that are not text are left for the
 * server's validation to name.
 */
function withLatinDigits(request: BookingRequest): BookingRequest {
  const applicant = request.applicant as BookingRequest['applicant'] | undefined;
  if (typeof applicant !== 'object' || applicant === null) return request;
  return {
    ...request,
    applicant: {
      ...applicant,
      nationalId:
        typeof applicant.nationalId === 'string'
          ? normaliseNationalId(applicant.nationalId)
          : applicant.nationalId,
      mobile:
        typeof applicant.mobile === 'string'
          ? normaliseMobileNumber(applicant.mobile)
          : applicant.mobile,
    },
  };
}

/** A booking reference upper-cased in Latin digits; anything else is refused where it is sent. */
function referenceAsSent(reference: string): string {
  return typeof reference === 'string' ? normaliseBookingReference(reference) : reference;
}
