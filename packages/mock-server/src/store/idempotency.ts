/**
 * Idempotency records: the first response to a key is kept and replayed for retries, so a
 * retried booking never books twice. Keys are scoped per operation and kept for the
 * contract's key lifetime, then forgotten, so a long-running mock does not grow without end.
 */
import { CONTRACT_RULES } from '@gov-appointment/sdk/contract';

const RETENTION_MS = CONTRACT_RULES.idempotencyKeyHours * 60 * 60 * 1000;

export type IdempotencyClaim<Response> =
  /** First time: process, then `complete` (or `abandon` when processing failed unexpectedly). */
  | {
      readonly kind: 'new';
      readonly complete: (response: Response) => void;
      readonly abandon: () => void;
    }
  /** Same key, same request, already answered. */
  | { readonly kind: 'replay'; readonly response: Response }
  /** Same key, different request. */
  | { readonly kind: 'reused' }
  /** Same key while the first request is still being processed. */
  | { readonly kind: 'in-use' };

interface IdempotencyRecord<Response> {
  readonly fingerprint: string;
  readonly createdAt: number;
  response: Response | undefined;
}

export class IdempotencyRecords<Response> {
  /** In the order they were made, so expired records are all at the front. */
  readonly #records = new Map<string, IdempotencyRecord<Response>>();

  /**
   * Looks the key up and, when new, reserves it, all synchronously so two concurrent
   * requests with one key can never both be processed.
   */
  claim(
    operationId: string,
    key: string,
    fingerprint: string,
    now: number,
  ): IdempotencyClaim<Response> {
    this.#forgetExpired(now);
    const id = `${operationId}\u0000${key}`;
    const existing = this.#records.get(id);
    if (existing) {
      if (existing.fingerprint !== fingerprint) return { kind: 'reused' };
      return existing.response === undefined
        ? { kind: 'in-use' }
        : { kind: 'replay', response: existing.response };
    }
    const record: IdempotencyRecord<Response> = {
      fingerprint,
      createdAt: now,
      response: undefined,
    };
    // Re-inserted rather than overwritten, so the map stays in order of creation.
    this.#records.delete(id);
    this.#records.set(id, record);
    return {
      kind: 'new',
      complete: (response) => {
        record.response = response;
      },
      abandon: () => {
        if (this.#records.get(id) === record) this.#records.delete(id);
      },
    };
  }

  /** How many keys are remembered (expired ones are forgotten at the next claim). */
  get size(): number {
    return this.#records.size;
  }

  clear(): void {
    this.#records.clear();
  }

  /** Drops every record older than the key lifetime; stops at the first one still kept. */
  #forgetExpired(now: number): void {
    for (const [id, record] of this.#records) {
      if (now - record.createdAt < RETENTION_MS) return;
      this.#records.delete(id);
    }
  }
}
