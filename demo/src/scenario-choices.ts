/**
 * The mock API behaviours a designer can switch to, with the options that make each one show
 * its state in the widget (e.g. a hold short enough for the two-minute warning to appear).
 */
import type { Scenarios } from '@gov-appointment/mock-server';

export interface ScenarioChoice {
  readonly id: string;
  readonly label: string;
  /** What the widget will meet, in a sentence. */
  readonly description: string;
  readonly apply: (scenarios: Scenarios) => void;
}

/** Seconds a hold lasts under "hold expiry": the two-minute warning comes 30 s after a choice. */
export const SHORT_HOLD_SECONDS = 150;

/** Long enough that the SDK does not wait it out: the widget shows its own countdown at once. */
export const RATE_LIMIT_RETRY_AFTER_SECONDS = 60;

export const SCENARIO_CHOICES = [
  {
    id: 'normal',
    label: 'Normal',
    description: 'Answers at once, with free times at most centres.',
    apply: (scenarios) => scenarios.reset(),
  },
  {
    id: 'slow',
    label: 'Slow (2 s per answer)',
    description: 'Every answer takes 2 seconds, so each loading state can be seen.',
    apply: (scenarios) => scenarios.use('slow', { latencyMs: 2000 }),
  },
  {
    id: 'flaky',
    label: 'Flaky (30% server errors)',
    description: 'Three requests in ten fail with a server error; the widget retries them.',
    apply: (scenarios) => scenarios.use('flaky', { errorRate: 0.3 }),
  },
  {
    id: 'unavailable',
    label: 'Unavailable (503)',
    description: 'Down for maintenance: every request gets 503 with Retry-After: 2 s.',
    apply: (scenarios) => scenarios.use('unavailable', { retryAfterSeconds: 2 }),
  },
  {
    id: 'rate-limited',
    label: 'Rate limited (429)',
    description: `Every request gets 429 with Retry-After: ${RATE_LIMIT_RETRY_AFTER_SECONDS} s; "Try again" counts down.`,
    apply: (scenarios) =>
      scenarios.use('rate-limited', { retryAfterSeconds: RATE_LIMIT_RETRY_AFTER_SECONDS }),
  },
  {
    id: 'malformed',
    label: 'Malformed answers',
    description: 'Answers break the API contract; the widget refuses them instead of guessing.',
    apply: (scenarios) => scenarios.use('malformed'),
  },
  {
    id: 'slot-taken',
    label: 'Slot taken before booking',
    description: 'The next booking finds its time taken by someone else (409 slot-full).',
    apply: (scenarios) => scenarios.use('slot-taken', { times: 1 }),
  },
  {
    id: 'hold-expiry',
    label: 'Hold expires soon',
    description: `A chosen time is kept ${SHORT_HOLD_SECONDS} s instead of 10 minutes: the two-minute warning shows 30 s after choosing.`,
    apply: (scenarios) => scenarios.use('hold-expiry', { holdSeconds: SHORT_HOLD_SECONDS }),
  },
  {
    id: 'fully-booked',
    label: 'Fully booked',
    description: 'Every time at every centre is taken.',
    apply: (scenarios) => scenarios.use('fully-booked'),
  },
  {
    id: 'empty',
    label: 'No results',
    description: 'Lists and searches find no service and no centre.',
    apply: (scenarios) => scenarios.use('empty'),
  },
] as const satisfies readonly ScenarioChoice[];

export type ScenarioChoiceId = (typeof SCENARIO_CHOICES)[number]['id'];

export function isScenarioChoiceId(value: string): value is ScenarioChoiceId {
  return SCENARIO_CHOICES.some((choice) => choice.id === value);
}

export function scenarioChoice(id: ScenarioChoiceId): ScenarioChoice {
  return SCENARIO_CHOICES.find((choice) => choice.id === id) ?? SCENARIO_CHOICES[0];
}

/** Switches the mock to exactly this behaviour (whatever was on before is switched off). */
export function applyScenarioChoice(scenarios: Scenarios, id: ScenarioChoiceId): void {
  scenarios.reset();
  scenarioChoice(id).apply(scenarios);
}
