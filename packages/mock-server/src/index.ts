/**
 * A stateful mock of the national appointments API: MSW handlers for every operation of
 * the contract over a seeded store, with switchable failure scenarios.
 *
 * Use `@gov-appointment/mock-server/node` in tests, `@gov-appointment/mock-server/browser`
 * in a page, or run the standalone HTTP server (`npm run mock-server`).
 */
export { ApiProblem } from './api-problem.js';
export {
  createMockApi,
  DEFAULT_HOLD_MINUTES,
  DEFAULT_SEED,
  MAX_HOLD_EXTENSIONS,
  MOCK_BASE_URL,
  type MockApi,
  type MockApiOptions,
} from './mock-api.js';
export {
  type ActiveScenario,
  parseScenarioSelection,
  type RequestPlan,
  SCENARIO_NAMES,
  type ScenarioName,
  type ScenarioOptions,
  type ScenarioScope,
  Scenarios,
} from './scenarios.js';
export type { Catalogue } from './seed/catalogue.js';
export type { BookingRecord } from './store/booking-record.js';
export { MockStore } from './store/mock-store.js';
