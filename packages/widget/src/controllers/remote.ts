/** The state of something fetched from the API, as the templates see it. */
export type Remote<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly previous?: T }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown };

export const IDLE: Remote<never> = { status: 'idle' };

export function currentValue<T>(remote: Remote<T>): T | undefined {
  if (remote.status === 'ready') return remote.value;
  if (remote.status === 'loading') return remote.previous;
  return undefined;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Runs one request at a time per slot of state: starting a new one aborts the previous, so a
 * slow answer to an old question can never overwrite the answer to a newer one.
 */
export class LatestRequest {
  private controller: AbortController | null = null;

  async run<T>(
    request: (signal: AbortSignal) => Promise<T>,
    update: (state: Remote<T>) => void,
    previous?: T,
  ): Promise<T | undefined> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    update(previous === undefined ? { status: 'loading' } : { status: 'loading', previous });
    try {
      const value = await request(controller.signal);
      if (controller.signal.aborted) return undefined;
      update({ status: 'ready', value });
      return value;
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return undefined;
      update({ status: 'failed', error });
      return undefined;
    }
  }

  abort(): void {
    this.controller?.abort();
    this.controller = null;
  }
}
