/**
 * A part of the widget fetched only when needed (the later pages, the QR encoder, a language's
 * translations). While it is on its way the host shows a placeholder; when it could not be
 * fetched, a notice with "Try again"; and when the device comes back online (the window's
 * `online` event) a failed part is fetched again by itself. A failure never escapes as an
 * unhandled rejection.
 *
 * While the device says it is offline no fetch is tried: Firefox and WebKit remember a module
 * whose fetch failed as failed until the page is reloaded, so a fetch made offline would keep
 * the part away even once the connection is back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface LazyPartEvents<Part = unknown> {
  /** The part arrived. */
  arrived?(value: Part): void;
  /** A fetch the person was waiting for failed (a failed fetch ahead of time says nothing). */
  failed(): void;
  /** The part arrived after it had failed: what was missing is now on the page. */
  recovered?(): void;
}

export class LazyPart<Part> implements ReactiveController {
  /** The part, once it has arrived. */
  value: Part | null = null;
  /** Fetches that failed while a page was waiting, or were not tried as the device was offline. */
  private failures = 0;
  /** Fetches tried that failed while a page was waiting. */
  private fetchFailures = 0;
  private loading: Promise<void> | null = null;
  /** Whether a page is waiting for the part. */
  private wanted = false;

  constructor(
    protected readonly host: ReactiveControllerHost,
    private readonly fetchPart: () => Promise<Part>,
    private readonly events: LazyPartEvents<Part>,
  ) {
    host.addController(this);
  }

  /**
   * Whether the part could not be fetched. It stays so while a new attempt runs: the notice
   * saying so, and the focus on its "Try again", stay until the part is here.
   */
  get failed(): boolean {
    return this.value === null && this.failures > 0;
  }

  /** Whether trying again failed too (the browser may then keep it failed until a reload). */
  get failedAgain(): boolean {
    return this.fetchFailures > 1;
  }

  hostConnected(): void {
    globalThis.addEventListener('online', this.backOnline);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.backOnline);
  }

  /** The part if it is here; otherwise starts fetching it (unless that failed) and returns null. */
  need(): Part | null {
    if (this.value !== null) return this.value;
    this.wanted = true;
    if (this.failures === 0) void this.load();
    return null;
  }

  /** Tries again after a failure. */
  retry(): void {
    void this.load();
    this.host.requestUpdate();
  }

  /** Starts fetching the part ahead of need; a failure then is only noted when it is needed. */
  protected load(): Promise<void> {
    if (this.loading) return this.loading;
    if (globalThis.navigator?.onLine === false) {
      if (this.wanted) this.fail();
      return Promise.resolve();
    }
    this.loading = this.fetchPart().then(
      (value) => {
        this.value = value;
        this.loading = null;
        this.events.arrived?.(value);
        if (this.failures > 0) this.events.recovered?.();
        this.host.requestUpdate();
      },
      () => {
        this.loading = null;
        if (!this.wanted) return;
        this.fetchFailures += 1;
        this.fail();
      },
    );
    return this.loading;
  }

  private fail(): void {
    this.failures += 1;
    this.events.failed();
    this.host.requestUpdate();
  }

  private readonly backOnline = () => {
    if (this.failed && this.loading === null) this.retry();
  };
}
