/**
 * Counts down a slot hold and says when time is short (WCAG 2.2.1 Timing Adjustable): the
 * user hears a warning two minutes and thirty seconds before the end, each with the chance to
 * extend, and the host is told when the hold lapses.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Seconds left at which the user is warned (each once per hold period). */
export const WARNING_THRESHOLDS = [120, 30] as const;

export interface HoldTimerCallbacks {
  /** Called once for each threshold crossed. */
  onWarning(secondsLeft: number): void;
  onExpired(): void;
}

export class HoldTimerController implements ReactiveController {
  private deadline: number | null = null;
  private interval: ReturnType<typeof setInterval> | null = null;
  private warned = new Set<number>();
  secondsLeft = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: HoldTimerCallbacks,
    private readonly now: () => number = () => performance.now(),
  ) {
    host.addController(this);
  }

  get running(): boolean {
    return this.deadline !== null;
  }

  /** (Re)starts the countdown for a hold that ends `seconds` from now. */
  start(seconds: number): void {
    this.deadline = this.now() + seconds * 1000;
    this.warned = new Set(WARNING_THRESHOLDS.filter((threshold) => seconds <= threshold));
    this.tick();
    this.interval ??= setInterval(() => this.tick(), 1000);
  }

  stop(): void {
    this.deadline = null;
    if (this.interval !== null) clearInterval(this.interval);
    this.interval = null;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private tick(): void {
    if (this.deadline === null) return;
    const left = Math.max(0, Math.ceil((this.deadline - this.now()) / 1000));
    this.secondsLeft = left;
    if (left === 0) {
      this.stop();
      this.callbacks.onExpired();
    } else {
      for (const threshold of WARNING_THRESHOLDS) {
        if (left <= threshold && !this.warned.has(threshold)) {
          this.warned.add(threshold);
          this.callbacks.onWarning(left);
        }
      }
    }
    this.host.requestUpdate();
  }
}
