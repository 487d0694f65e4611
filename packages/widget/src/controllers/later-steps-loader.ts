/**
 * Fetches the later pages' module (steps/later-steps.ts): when the browser is next idle after
 * the element connects, so it is there before the person gets that far, or at once when a page
 * needs it first (a widget opened on the manage pages). The host renders a placeholder while
 * it loads and a notice with "Try again" when it could not be fetched.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { importLaterSteps } from '../steps/later-steps-import.js';

export type LaterSteps = typeof import('../steps/later-steps.js');

/** How long a busy page may delay the fetch before it starts anyway. */
const IDLE_TIMEOUT_MS = 2000;

export class LaterStepsLoader implements ReactiveController {
  /** The module, once it has arrived. */
  module: LaterSteps | null = null;
  /** Fetches that failed while a page was waiting (a failed fetch ahead of time says nothing). */
  private failures = 0;
  private loading: Promise<void> | null = null;
  /** Whether a page is waiting for the module. */
  private wanted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFailed: () => void,
  ) {
    host.addController(this);
  }

  /** Whether the module could not be fetched and no new attempt is under way. */
  get failed(): boolean {
    return this.failures > 0 && this.loading === null;
  }

  /** Whether trying again failed too. */
  get failedAgain(): boolean {
    return this.failures > 1;
  }

  hostConnected(): void {
    if (this.module || this.loading) return;
    const load = () => void this.load();
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(load, { timeout: IDLE_TIMEOUT_MS });
    } else {
      setTimeout(load, 0);
    }
  }

  /** The module if it is here; otherwise starts fetching it (unless that failed) and returns null. */
  need(): LaterSteps | null {
    if (this.module) return this.module;
    this.wanted = true;
    if (this.failures === 0) void this.load();
    return null;
  }

  /** Tries again after a failure. */
  retry(): void {
    void this.load();
    this.host.requestUpdate();
  }

  private load(): Promise<void> {
    this.loading ??= importLaterSteps().then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
      },
      () => {
        this.loading = null;
        if (!this.wanted) return;
        this.failures += 1;
        this.onFailed();
        this.host.requestUpdate();
      },
    );
    return this.loading;
  }
}
