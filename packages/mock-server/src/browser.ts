/**
 * The mock API in a browser: MSW's service worker answers the page's requests, so the
 * widget and the SDK run against it unchanged. The worker script must be served from the
 * site root (`/mockServiceWorker.js`) for its scope to cover the page.
 *
 * ```ts
 * const { api } = await startMockWorker({ baseUrl: '/api/v1', quiet: true });
 * api.scenarios.use('slow', { latencyMs: 2000 });
 * ```
 */
import { type SetupWorker, setupWorker } from 'msw/browser';
import { createMockApi, type MockApi, type MockApiOptions } from './mock-api.js';

export * from './index.js';

export interface MockWorkerOptions extends MockApiOptions {
  /** Where the worker script is served (default `/mockServiceWorker.js`). */
  readonly serviceWorkerUrl?: string;
  /** Silence MSW's console messages. */
  readonly quiet?: boolean;
}

export interface MockWorker {
  readonly worker: SetupWorker;
  readonly api: MockApi;
}

/** Starts the service worker; requests that are not the API's pass through untouched. */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const api = createMockApi(options);
  const worker = setupWorker(...api.handlers);
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    quiet: options.quiet ?? false,
    onUnhandledRequest: 'bypass',
  });
  return { worker, api };
}
