/**
 * Fetches the later pages' module (steps/later-steps.ts): when the browser is next idle after
 * the element connects, so it is there before the person gets that far, or at once when a page
 * needs it first (a widget opened on the manage pages). Failing, retrying and recovering are
 * those of every lazily loaded part (see lazy-part.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import { importLaterSteps } from '../steps/later-steps-import.js';
import { LazyPart, type LazyPartEvents } from './lazy-part.js';

export type LaterSteps = typeof import('../steps/later-steps.js');

/** How long a busy page may delay the fetch before it starts anyway. */
const IDLE_TIMEOUT_MS = 2000;

export class LaterStepsLoader extends LazyPart<LaterSteps> {
  constructor(host: ReactiveControllerHost, events: LazyPartEvents<LaterSteps>) {
    super(host, importLaterSteps, events);
  }

  override hostConnected(): void {
    super.hostConnected();
    if (this.value) return;
    const load = () => void this.load();
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(load, { timeout: IDLE_TIMEOUT_MS });
    } else {
      setTimeout(load, 0);
    }
  }
}
