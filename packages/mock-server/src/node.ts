/**
 * The mock API for Node tests: an MSW server intercepting `fetch` in the test process.
 *
 * ```ts
 * const { server, api } = createMockServer({ now: () => new Date('2026-11-23T08:00:00+03:00') });
 * server.listen({ onUnhandledRequest: 'error' });
 * afterEach(() => api.reset());
 * after(() => server.close());
 * ```
 */
import { type SetupServer, setupServer } from 'msw/node';
import { createMockApi, type MockApi, type MockApiOptions } from './mock-api.js';

export * from './index.js';

export interface MockServer {
  /** Not yet listening: call `server.listen()`. */
  readonly server: SetupServer;
  readonly api: MockApi;
}

export function createMockServer(options: MockApiOptions = {}): MockServer {
  const api = createMockApi(options);
  return { server: setupServer(...api.handlers), api };
}
