/**
 * The model an experiment runs: anything that turns a scenario and a replication index into a
 * {@link ReplicationRecord}, deterministically.
 *
 * @module
 */
import type { AnyCapability, AnyScenario as Scenario } from '../dynamics/capability.js';
import type { MetricInfo } from '../dynamics/metrics.js';
import type { ReplicationRecord } from '../dynamics/record.js';

/** What a model is told about the replication it runs. */
export interface ModelContext {
  /** The experiment seed; the model derives its streams with `streams(seed).replication(r)`. */
  readonly seed: number | string;
  /** The replication index r (0, 1, 2, …). */
  readonly replication: number;
}

/**
 * A simulation model. `run` must be a pure function of (scenario, seed, replication): all its
 * randomness comes from `streams(seed).replication(replication)`, never from a global random source or
 * the clock. That is what lets an experiment run replications in any order, on any number of
 * workers or machines, and merge them into the same bytes.
 */
export interface Model {
  /** A stable name, recorded in results and checked when shards are merged. */
  readonly name: string;
  /** Runs one replication. */
  run(scenario: Scenario, ctx: ModelContext): ReplicationRecord;
  /**
   * File URL of an ES module whose named export `model` is this model, so that worker threads
   * can load it (`.ts` modules are loaded through tsx). Required when `workers > 1`.
   */
  readonly moduleUrl?: string;
  /**
   * What the metrics of a run of `scenario` mean (label, unit, better direction, group), by
   * name, declared before the run. Results carry it, so reports read labels and directions from
   * it. A model without it reports metrics under their raw names.
   */
  metrics?(scenario: Scenario): Readonly<Record<string, MetricInfo>>;
  /**
   * The capabilities whose scenario format this model's scenarios follow: sweeps and
   * sensitivity analyses validate the variants they make against it (default: the embedded
   * mission model's).
   */
  readonly capabilities?: readonly AnyCapability[];
}
