/**
 * Scenarios: switchable behaviours that make the mock fail, stall or run out of places the
 * way a production API can, so clients can be tested against each. Scenarios stack (a slow
 * and rate-limited API) and may be limited to some operations.
 */
import { type OperationId, operations } from '@gov-appointment/sdk/contract';
import * as z from 'zod/mini';
import { ApiProblem } from './api-problem.js';
import { createRandom, hashText, type Random } from './seed/random.js';

export const SCENARIO_NAMES = [
  'normal',
  'slow',
  'flaky',
  'server-error',
  'unavailable',
  'rate-limited',
  'timeout',
  'malformed',
  'slot-taken',
  'hold-expiry',
  'fully-booked',
  'empty',
] as const;

/** The name of a scenario. */
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** Limits a scenario to some operations (all when omitted, unless noted per scenario). */
export interface ScenarioScope {
  readonly operations?: readonly OperationId[];
}

/** The options each scenario takes. */
export interface ScenarioOptions {
  /** Clears every scenario. */
  readonly normal: Record<string, never>;
  /** Adds latency to every answer (default 1500 ms). */
  readonly slow: ScenarioScope & { readonly latencyMs?: number };
  /** Answers 500 to a share of requests (default 0.3), the same ones for the same seed. */
  readonly flaky: ScenarioScope & { readonly errorRate?: number };
  /** Answers 500 `internal-error`. */
  readonly 'server-error': ScenarioScope;
  /** Answers 503 `unavailable` with `Retry-After` (default 2 s). */
  readonly unavailable: ScenarioScope & { readonly retryAfterSeconds?: number };
  /**
   * Answers 429 `rate-limited` with `Retry-After` (default 1 s); with `times`, only the
   * first that many requests, so a client that waits and retries succeeds.
   */
  readonly 'rate-limited': ScenarioScope & {
    readonly retryAfterSeconds?: number;
    readonly times?: number;
  };
  /** Never answers; the request ends only when the client aborts it. */
  readonly timeout: ScenarioScope;
  /** Answers with the success status and a body that breaks the contract's schema. */
  readonly malformed: ScenarioScope;
  /**
   * The next bookings (default 1) find their slot taken by someone else: 409 `slot-full`.
   * Applies to `createBooking` unless `operations` says otherwise (`createHold` also works).
   */
  readonly 'slot-taken': ScenarioScope & { readonly times?: number };
  /** Holds (and extensions) last `holdSeconds` (default 0: expired at once). */
  readonly 'hold-expiry': ScenarioScope & { readonly holdSeconds?: number };
  /** Every slot has no place left; holds fail with `slot-full`. */
  readonly 'fully-booked': ScenarioScope;
  /** Catalogue lists and searches return no results. */
  readonly empty: ScenarioScope;
}

/** A scenario as switched on. */
export interface ActiveScenario<Name extends ScenarioName = ScenarioName> {
  readonly name: Name;
  readonly options: ScenarioOptions[Name];
}

/** What the active scenarios do to one request. */
export interface RequestPlan {
  readonly latencyMs: number;
  /** Never answer (until the client aborts). */
  readonly timeout: boolean;
  /** Answer with this problem instead of processing the request. */
  readonly failure: ApiProblem | null;
  readonly malformed: boolean;
  readonly fullyBooked: boolean;
  readonly emptyCatalogue: boolean;
  readonly holdSeconds: number | undefined;
  /** True (once per remaining `slot-taken` use) when someone else takes the slot first. */
  readonly slotTaken: () => boolean;
}

const DEFAULTS = {
  latencyMs: 1500,
  errorRate: 0.3,
  unavailableRetryAfterSeconds: 2,
  rateLimitedRetryAfterSeconds: 1,
  slotTakenTimes: 1,
  holdSeconds: 0,
} as const;

const DEFAULT_OPERATIONS: Partial<Record<ScenarioName, readonly OperationId[]>> = {
  'slot-taken': ['createBooking'],
};

interface RunningScenario {
  readonly scenario: ActiveScenario;
  readonly operations: ReadonlySet<OperationId> | null;
  readonly random: Random;
  /** Requests counted so far (rate-limited) or uses left (slot-taken). */
  counter: number;
}

export class Scenarios {
  readonly #seed: number;
  #running: RunningScenario[] = [];

  constructor(seed: number) {
    this.#seed = seed;
  }

  /**
   * Switches a scenario on, on top of those already on (a scenario of the same name is
   * replaced). `use('normal')` switches everything off.
   */
  use<Name extends ScenarioName>(name: Name, options?: ScenarioOptions[Name]): void {
    if (name === 'normal') {
      this.reset();
      return;
    }
    const resolved = (options ?? {}) as ScenarioOptions[Name];
    const scope = (resolved as ScenarioScope).operations ?? DEFAULT_OPERATIONS[name];
    const running: RunningScenario = {
      scenario: { name, options: resolved },
      operations: scope ? new Set(scope) : null,
      random: createRandom(hashText(name, this.#seed)),
      counter:
        name === 'slot-taken'
          ? ((resolved as ScenarioOptions['slot-taken']).times ?? DEFAULTS.slotTakenTimes)
          : 0,
    };
    this.#running = [...this.#running.filter((entry) => entry.scenario.name !== name), running];
  }

  /** Switches every scenario off. */
  reset(): void {
    this.#running = [];
  }

  /** The scenarios switched on, in the order they were. */
  get active(): readonly ActiveScenario[] {
    return this.#running.map((entry) => entry.scenario);
  }

  /** What the scenarios do to one request of an operation (counts it where they count). */
  plan(operationId: OperationId): RequestPlan {
    let latencyMs = 0;
    let timeout = false;
    let failure: ApiProblem | null = null;
    let malformed = false;
    let fullyBooked = false;
    let emptyCatalogue = false;
    let holdSeconds: number | undefined;
    let slotTaken = () => false;
    for (const running of this.#running) {
      if (running.operations && !running.operations.has(operationId)) continue;
      const { scenario } = running;
      switch (scenario.name) {
        case 'slow':
          latencyMs +=
            (scenario.options as ScenarioOptions['slow']).latencyMs ?? DEFAULTS.latencyMs;
          break;
        case 'timeout':
          timeout = true;
          break;
        case 'server-error':
          failure ??= internalError();
          break;
        case 'flaky': {
          const rate =
            (scenario.options as ScenarioOptions['flaky']).errorRate ?? DEFAULTS.errorRate;
          if (running.random.next() < rate) failure ??= internalError();
          break;
        }
        case 'unavailable': {
          const seconds =
            (scenario.options as ScenarioOptions['unavailable']).retryAfterSeconds ??
            DEFAULTS.unavailableRetryAfterSeconds;
          failure ??= new ApiProblem('unavailable', 'The service is down for maintenance.', {
            retryAfterSeconds: seconds,
          });
          break;
        }
        case 'rate-limited': {
          const options = scenario.options as ScenarioOptions['rate-limited'];
          running.counter += 1;
          if (options.times === undefined || running.counter <= options.times) {
            failure ??= new ApiProblem('rate-limited', 'Too many requests; wait and try again.', {
              retryAfterSeconds: options.retryAfterSeconds ?? DEFAULTS.rateLimitedRetryAfterSeconds,
            });
          }
          break;
        }
        case 'malformed':
          malformed = true;
          break;
        case 'slot-taken':
          slotTaken = () => {
            if (running.counter < 1) return false;
            running.counter -= 1;
            return true;
          };
          break;
        case 'hold-expiry':
          holdSeconds =
            (scenario.options as ScenarioOptions['hold-expiry']).holdSeconds ??
            DEFAULTS.holdSeconds;
          break;
        case 'fully-booked':
          fullyBooked = true;
          break;
        case 'empty':
          emptyCatalogue = true;
          break;
        case 'normal':
          break;
      }
    }
    return {
      latencyMs,
      timeout,
      failure,
      malformed,
      fullyBooked,
      emptyCatalogue,
      holdSeconds,
      slotTaken,
    };
  }
}

function internalError(): ApiProblem {
  return new ApiProblem('internal-error', 'Something went wrong on our side; try again.');
}

const OperationIdSchema = z.enum(
  operations.map((operation) => operation.id) as [OperationId, ...OperationId[]],
);
const seconds = z.optional(z.int().check(z.gte(0), z.lte(3600)));
const ScenarioSelection = z.object({
  name: z.enum(SCENARIO_NAMES),
  options: z.optional(
    z.strictObject({
      operations: z.optional(z.array(OperationIdSchema)),
      latencyMs: z.optional(z.int().check(z.gte(0), z.lte(120_000))),
      errorRate: z.optional(z.number().check(z.gte(0), z.lte(1))),
      retryAfterSeconds: seconds,
      times: z.optional(z.int().check(z.gte(1))),
      holdSeconds: seconds,
    }),
  ),
});

/**
 * Reads a scenario choice from untrusted JSON (`{ "name": "slow", "options": { ... } }`),
 * e.g. a control endpoint's body. Returns null when it is not a valid choice.
 */
export function parseScenarioSelection(input: unknown): ActiveScenario | null {
  const result = ScenarioSelection.safeParse(input);
  if (!result.success) return null;
  return { name: result.data.name, options: result.data.options ?? {} } as ActiveScenario;
}
