/**
 * What a check is: a stable id that CI can track, a plain explanation for the backend team,
 * the part of the contract it comes from, and the code that judges the server.
 */
import type { TestRun } from './test-run.js';

/** How a check ended. `not-run` only when the operator asked to skip it or nothing could provoke it. */
export type CheckStatus = 'passed' | 'failed' | 'not-run';

/** What a check found, collected while it runs. */
export class Findings {
  /** Ways the server broke the contract. Any one fails the check. */
  readonly failures: string[] = [];
  /** What was observed, for the people reading the report. */
  readonly notes: string[] = [];

  fail(text: string): void {
    this.failures.push(text);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  /** Records a failure unless `condition` holds. */
  expect(condition: boolean, failure: string): void {
    if (!condition) this.fail(failure);
  }
}

/** Returned by a check that could not run, with why. */
export interface NotRun {
  readonly notRun: string;
}

export interface CheckDefinition {
  /** Stable id, e.g. `idempotency.replay`; never renamed once published. */
  readonly id: string;
  readonly title: string;
  /** What the check does and why the contract asks for it, in plain words. */
  readonly explanation: string;
  /** Where the rule is written down: the contract's operation table, a rule, a header. */
  readonly contract: string;
  /**
   * `journey` checks run one after another, each with its own slots; `background` checks
   * (waiting for a hold to expire) run alongside them; `whole-run` checks judge every answer
   * of the run and so come last.
   */
  readonly phase: 'journey' | 'background' | 'whole-run';
  run(run: TestRun, findings: Findings): Promise<NotRun | undefined>;
}
