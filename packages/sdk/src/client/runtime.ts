/**
 * The client's sources of time, randomness and identifiers, kept in one object so that tests
 * can replace them and run retries without waiting.
 *
 * @internal
 */
export interface ClientRuntime {
  /** A number in [0, 1), for backoff jitter. */
  random(): number;
  /** Resolves after `ms`; rejects with the signal's reason as soon as it is aborted. */
  sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
  /** Milliseconds since the epoch, for `Retry-After` dates. */
  now(): number;
  /** A fresh `Idempotency-Key`. */
  createIdempotencyKey(): string;
}

/** @internal */
export const systemRuntime: ClientRuntime = {
  random: () => Math.random(),
  sleep: sleepUnlessAborted,
  now: () => Date.now(),
  createIdempotencyKey: () => crypto.randomUUID(),
};

function sleepUnlessAborted(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Settles like `promise`, or rejects with the signal's reason once it is aborted, whichever
 * comes first. Reading a body does not always stop when its request is aborted, so waits
 * that must end on abort are raced against the signal.
 */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    // The request still settles (rejecting with the abort): observe it so that nothing is
    // left as an unhandled rejection.
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
