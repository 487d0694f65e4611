/** Clients for tests: retries run at once, keys are predictable, and every wait is recorded. */

import { createClientWithRuntime } from '../../src/client/create-client.js';
import type { ClientRuntime } from '../../src/client/runtime.js';
import type { AppointmentsClient, ClientOptions } from '../../src/index.js';
import { API_ROOT } from './api-server.js';

/** 2026-12-05 09:00 in Bahrain, the fixed "now" of the tests. */
export const NOW = Date.parse('2026-12-05T06:00:00Z');

export interface TestClient {
  readonly client: AppointmentsClient;
  /** Every wait the client asked for between attempts, in ms. */
  readonly sleeps: number[];
  /** Every idempotency key the client generated. */
  readonly generatedKeys: string[];
}

/**
 * A client of the fake API whose waits return at once (unless aborted) and whose jitter is
 * `random` (0.5 by default).
 */
export function createTestClient(
  options: Partial<ClientOptions> = {},
  runtime: Partial<ClientRuntime> = {},
): TestClient {
  const sleeps: number[] = [];
  const generatedKeys: string[] = [];
  const client = createClientWithRuntime(
    { baseUrl: API_ROOT, ...options },
    {
      random: () => 0.5,
      now: () => NOW,
      sleep: async (ms, signal) => {
        sleeps.push(ms);
        signal?.throwIfAborted();
      },
      createIdempotencyKey: () => {
        const key = `generated-key-${generatedKeys.length + 1}`;
        generatedKeys.push(key);
        return key;
      },
      ...runtime,
    },
  );
  return { client, sleeps, generatedKeys };
}
