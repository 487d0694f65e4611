/**
 * The mock API assembled: a seeded store, scenarios and the MSW handlers serving them.
 */
import { CONTRACT_RULES } from '@gov-appointment/sdk/contract';
import type { HttpHandler } from 'msw';
import type { ApiResponse } from './handlers/api-response.js';
import { createHandlers } from './handlers/create-handlers.js';
import { Scenarios } from './scenarios.js';
import { createRandom } from './seed/random.js';
import { IdempotencyRecords } from './store/idempotency.js';
import { crockford } from './store/identifiers.js';
import { MockStore } from './store/mock-store.js';

/** Where the mock answers unless told otherwise. */
export const MOCK_BASE_URL = 'https://api.appointments.test/v1';
/** The seed used when none is given. */
export const DEFAULT_SEED = 1;
/** How long a hold keeps its place unless told otherwise. */
export const DEFAULT_HOLD_MINUTES = 10;
/** How many times a hold may be extended: the fewest the contract allows (WCAG 2.2.1 asks for ten). */
export const MAX_HOLD_EXTENSIONS = CONTRACT_RULES.minHoldExtensions;
/** Request ids draw from their own stream of the seed, so they never shift references. */
const REQUEST_ID_STREAM = 0x1b873593;

export interface MockApiOptions {
  /** Seeds the catalogue, occupancy and identifiers: the same seed gives the same world. */
  readonly seed?: number;
  /** The clock (default: the system clock). Tests pass a fixed or advanceable one. */
  readonly now?: () => Date;
  /** Absolute (`https://host/v1`) or, in a browser, relative to the page (`/api/v1`). */
  readonly baseUrl?: string;
  /** How long a hold keeps its place (default 10 minutes). */
  readonly holdMinutes?: number;
  /**
   * The largest request body read (default `CONTRACT_RULES.maxRequestBodyBytes`); larger ones
   * are answered 413. Only the `body-cap-missing` deliberate defect raises it.
   */
  readonly maxRequestBodyBytes?: number;
}

export interface MockApi {
  /** MSW handlers for every operation; give them to `setupServer` or `setupWorker`. */
  readonly handlers: HttpHandler[];
  /** The state behind the handlers. */
  readonly store: MockStore;
  /** Switch failure and edge-case behaviours on and off. */
  readonly scenarios: Scenarios;
  readonly baseUrl: string;
  /** Back to the seeded state with no scenario on. */
  reset(): void;
}

/** Creates the handlers and the state behind them. */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const seed = options.seed ?? DEFAULT_SEED;
  const baseUrl = (options.baseUrl ?? MOCK_BASE_URL).replace(/\/+$/, '');
  const store = new MockStore({
    seed,
    now: options.now ?? (() => new Date()),
    holdMinutes: options.holdMinutes ?? DEFAULT_HOLD_MINUTES,
    maxHoldExtensions: MAX_HOLD_EXTENSIONS,
  });
  const scenarios = new Scenarios(seed);
  const idempotency = new IdempotencyRecords<ApiResponse>();
  let requestIds = createRandom(seed ^ REQUEST_ID_STREAM);
  const handlers = createHandlers({
    store,
    scenarios,
    idempotency,
    baseUrl,
    maxRequestBodyBytes: options.maxRequestBodyBytes ?? CONTRACT_RULES.maxRequestBodyBytes,
    nextRequestId: () => `req-${crockford(requestIds, 16).toLowerCase()}`,
  });
  return {
    handlers,
    store,
    scenarios,
    baseUrl,
    reset() {
      store.reset();
      idempotency.clear();
      scenarios.reset();
      requestIds = createRandom(seed ^ REQUEST_ID_STREAM);
    },
  };
}
