/**
 * Sequential replication: run until a metric's confidence interval is as narrow as asked.
 *
 * @module
 */
import { freeze } from 'immer';
import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import { ExperimentError, InvalidArgumentError } from '../errors.js';
import { runInfo } from './metadata.js';
import { checkExecution, checkInteger, checkSeed, type ExecutionOptions } from './options.js';
import { withPool } from './pool.js';
import { Progress, runIndices } from './runner.js';
import { Accumulator, summarizePart } from './state.js';
import { summarize } from './summary.js';
import type { ExperimentResult } from './types.js';

/** Options of {@link replicationsFor}. */
export interface ReplicationsForOptions extends ExecutionOptions {
  /** Experiment seed. */
  readonly seed: number | string;
  /** The scalar metric whose interval must be narrow enough. */
  readonly metric: string;
  /** Target half-width of the 95 % interval, > 0 (in the metric's unit, or relative). */
  readonly halfWidth: number;
  /** If true, the target is `halfWidth × |mean|` (e.g. 0.05 for ±5 % of the mean). */
  readonly relative?: boolean | undefined;
  /** Replications before the first check, an integer ≥ 2 (default 10). */
  readonly min?: number | undefined;
  /** Replications at most (default 1000). */
  readonly max?: number | undefined;
  /** Replications added between checks (default 10). */
  readonly batch?: number | undefined;
}

/** The result of {@link replicationsFor}. */
export interface ReplicationsForResult {
  /** The experiment over the replications run (indices 0 … replications − 1). */
  readonly result: ExperimentResult;
  /** Whether the target half-width was reached. */
  readonly met: boolean;
  /** Replications run. */
  readonly replications: number;
  /** Half-width of the metric's 95 % interval at the end. */
  readonly halfWidth: number;
  /** The target half-width at the end (absolute; for a relative target, halfWidth × |mean|). */
  readonly target: number;
}

/**
 * Runs replications 0, 1, 2, … of `scenario` in batches until the 95 % interval of `metric`
 * has a half-width at most the target, or `max` replications have run. The result is the one
 * {@link runExperiment} gives for the final replication count with the same seed.
 *
 * Stopping on the data makes the final interval slightly optimistic (its coverage is a little
 * under 95 %); use a `min` of a few tens for skewed metrics.
 *
 * @throws {@link InvalidArgumentError} for bad options, naming the field
 * @throws {@link ExperimentError} if the model does not produce `metric`
 * @example
 * ```ts
 * const { met, replications } = await replicationsFor(scenario, {
 *   seed: 42, model, metric: 'ied.encounters', halfWidth: 0.02, relative: true });
 * ```
 */
export async function replicationsFor(
  scenario: Scenario,
  options: ReplicationsForOptions,
): Promise<ReplicationsForResult> {
  const exec = checkExecution(options);
  const seed = checkSeed('seed', options.seed);
  const metric = options.metric;
  if (typeof metric !== 'string' || metric.length === 0) {
    throw new InvalidArgumentError('metric', 'a metric name', metric);
  }
  const wanted = options.halfWidth;
  if (typeof wanted !== 'number' || !(wanted > 0 && Number.isFinite(wanted))) {
    throw new InvalidArgumentError('halfWidth', 'a positive number', wanted);
  }
  const min = checkInteger('min', options.min ?? 10, 2);
  const max = checkInteger('max', options.max ?? 1000, min);
  const batch = checkInteger('batch', options.batch ?? 10, 1);
  const relative = options.relative === true;
  const info = runInfo(scenario, exec.model, seed);
  const acc = new Accumulator();
  const progress = new Progress(max, exec.onProgress);
  let met = false;
  let halfWidth = Number.NaN;
  let target = Number.NaN;
  let goal = min;
  let aborted = false;
  await withPool(exec, async (pool) => {
    for (;;) {
      const indices: number[] = [];
      for (let r = acc.count; r < goal; r++) indices.push(r);
      aborted = await runIndices(acc, scenario, seed, indices, exec, pool, progress);
      if (aborted || acc.count < goal) {
        aborted = true;
        return;
      }
      const values = acc.scalarValues(metric);
      if (values.length === 0) {
        throw new ExperimentError(`model '${exec.model.name}' produces no scalar '${metric}'`);
      }
      const s = summarize(values);
      halfWidth = s.halfWidth;
      target = relative ? wanted * Math.abs(s.mean) : wanted;
      if (halfWidth <= target) {
        met = true;
        return;
      }
      if (goal >= max) return;
      goal = Math.min(goal + batch, max);
    }
  });
  const requested = aborted ? goal : acc.count;
  const part = acc.toPart({ ...info, replicationsRequested: requested, shard: null });
  return freeze(
    {
      result: summarizePart(part, requested),
      met,
      replications: acc.count,
      halfWidth,
      target,
    },
    true,
  );
}
