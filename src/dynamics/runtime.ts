/**
 * The shared state of one replication: environment, calendar, world, streams, live parameters and
 * metrics. Each capability receives it; none reaches for globals.
 *
 * @module
 */
import type { Environment } from '../engine/index.js';
import type { DistributionSpec } from '../random/spec.js';
import { samplerOf } from '../random/spec.js';
import type { RandomStream, ReplicationStreams } from '../random/streams.js';
import { type Calendar, HOURS_PER_DAY } from './calendar.js';
import type { AnyScenario } from './capability.js';
import type { PlannedForce } from './format.js';
import type { Metrics } from './metrics.js';
import type { World } from './world.js';

/** A compiled sampler of a distribution spec. */
export type SpecSampler = (rng: RandomStream) => number;

/** Shared state of one replication. */
export interface Runtime {
  readonly env: Environment;
  readonly scenario: AnyScenario;
  readonly calendar: Calendar;
  readonly world: World;
  readonly streams: ReplicationStreams;
  readonly metrics: Metrics;
  /**
   * Live parameters, by capability id: a `set-parameter` plan step replaces this object, so a
   * capability reads its parameters when it uses them (`rt.params.fleet`), except those declared
   * `startOnly`.
   */
  params: Readonly<Record<string, unknown>>;
  /** Simulation hours at the horizon. */
  readonly horizonHours: number;
  /** Optional trace of notable events (tests, debugging); `null` in production runs. */
  readonly trace: ((time: number, what: string) => void) | null;
  /** Whether capabilities keep per-event logs for tests (`keepLogs`). */
  readonly keepLogs: boolean;
  /**
   * The force as the plan places it, day by day (no movement times, no waiting): a reference for
   * calibration, e.g. the force of the letter's period. Computed once per scenario.
   */
  plannedForce(): readonly PlannedForce[];
}

/**
 * Calls `each(day)` at every midnight, day 0 at the start: one process, named `name`, that wakes
 * once a day. Draws made for many places or areas each day go through one call in turn, so a day
 * costs one queue entry whatever their number, and they run back to back as they must.
 */
export function everyMidnight(rt: Runtime, name: string, each: (day: number) => void): void {
  const env = rt.env;
  env.process(
    (function* midnights() {
      for (let day = 0; ; day++) {
        each(day);
        yield* env.timeout((day + 1) * HOURS_PER_DAY - env.now);
      }
    })(),
    { name },
  );
}

const samplerCache = new WeakMap<DistributionSpec, SpecSampler>();

/** The sampler of a spec, compiled once per spec object. */
export function sampler(spec: DistributionSpec): SpecSampler {
  let s = samplerCache.get(spec);
  if (s === undefined) {
    s = samplerOf(spec);
    samplerCache.set(spec, s);
  }
  return s;
}
