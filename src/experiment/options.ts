/**
 * Options shared by the experiment functions, and their validation.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { missionModel } from './mission-model.js';
import type { Model } from './model.js';
import type { ScalarMode } from './state.js';
import type { ShardSpec } from './types.js';

/** How replications are executed: the model, the workers, progress and cancellation. */
export interface ExecutionOptions {
  /** The model to run (default: the mission model, {@link missionModel}). */
  readonly model?: Model | undefined;
  /**
   * Worker threads (default 1: run in this thread). With more than one, the model is loaded in
   * each worker from `model.moduleUrl`. Results do not depend on this number.
   */
  readonly workers?: number | undefined;
  /** Called with (replications done, replications to do) as replications complete. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /**
   * Cancels the run: no new replications are started once it is aborted, and the result holds
   * the completed ones, marked `partial`.
   */
  readonly signal?: AbortSignal | undefined;
}

/** Options of {@link runExperiment}. */
export interface ExperimentOptions extends ExecutionOptions {
  /** Number of replications (indices 0 … replications − 1), an integer ≥ 1. */
  readonly replications: number;
  /** Experiment seed: a safe integer or a string. */
  readonly seed: number | string;
  /** Run only the replications r with `r % shard.count === shard.index`. */
  readonly shard?: ShardSpec | undefined;
  /**
   * How scalar metrics are kept. `'exact'`: every replication's value (exact quantiles, and
   * `perReplication` for paired comparisons and per-replication exports); memory grows with the
   * replications. `'sketch'`: a mergeable sketch per metric (exact n, mean, sd, min and max;
   * quantiles exact up to 512 distinct values, else within 0.5 %; `perReplication.scalars` empty), in memory
   * that does not grow with the replications. `'auto'` (default): exact up to
   * {@link EXACT_REPLICATIONS_LIMIT} replications, sketch above. The result's
   * `meta.statistics.quantiles` says which was used.
   */
  readonly scalars?: 'exact' | 'sketch' | 'auto' | undefined;
}

/** The most replications `scalars: 'auto'` keeps exactly (10,000). */
export const EXACT_REPLICATIONS_LIMIT = 10_000;

/** The mode `scalars` asks for a run of `replications` (the whole run's, for every shard). */
export function scalarMode(
  scalars: ExperimentOptions['scalars'],
  replications: number,
): ScalarMode {
  if (scalars === undefined || scalars === 'auto') {
    return replications > EXACT_REPLICATIONS_LIMIT ? 'sketch' : 'exact';
  }
  if (scalars !== 'exact' && scalars !== 'sketch') {
    throw new InvalidArgumentError('scalars', "'exact', 'sketch' or 'auto'", scalars);
  }
  return scalars;
}

/** Throws {@link InvalidArgumentError} unless `value` is an integer ≥ `min`. */
export function checkInteger(field: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new InvalidArgumentError(field, `an integer >= ${min}`, value);
  }
  return value;
}

/** Throws unless `seed` is a safe integer or a string. */
export function checkSeed(field: string, seed: unknown): number | string {
  if (typeof seed === 'string') return seed;
  if (typeof seed === 'number' && Number.isSafeInteger(seed)) return seed;
  throw new InvalidArgumentError(field, 'a safe integer or a string', seed);
}

/** Throws unless `shard` is `{ index, count }` with integers 0 ≤ index < count. */
export function checkShard(shard: unknown): ShardSpec {
  if (shard === null || typeof shard !== 'object') {
    throw new InvalidArgumentError('shard', 'an object { index, count }', shard);
  }
  const { index, count } = shard as { index?: unknown; count?: unknown };
  const c = checkInteger('shard.count', count, 1);
  const i = checkInteger('shard.index', index, 0);
  if (i >= c) throw new InvalidArgumentError('shard.index', `an integer in [0, ${c - 1}]`, i);
  return { index: i, count: c };
}

/** Validated execution options with defaults filled in. */
export interface Execution {
  readonly model: Model;
  readonly workers: number;
  readonly onProgress: ((done: number, total: number) => void) | undefined;
  readonly signal: AbortSignal | undefined;
}

/**
 * Checks the execution options: a model with a name and a `run` function, workers an integer
 * ≥ 1, and a `model.moduleUrl` when workers > 1.
 */
export function checkExecution(options: ExecutionOptions): Execution {
  if (options === null || typeof options !== 'object') {
    throw new InvalidArgumentError('options', 'an options object', options);
  }
  const model = options.model === undefined ? missionModel : options.model;
  if (
    model === null ||
    typeof model !== 'object' ||
    typeof model.run !== 'function' ||
    typeof model.name !== 'string'
  ) {
    throw new InvalidArgumentError('model', 'a Model { name, run(scenario, ctx) }', model);
  }
  const workers = checkInteger('workers', options.workers ?? 1, 1);
  if (workers > 1 && typeof model.moduleUrl !== 'string') {
    throw new InvalidArgumentError(
      'model.moduleUrl',
      'the file URL of a module exporting this model as `model` (needed for workers > 1)',
      model.moduleUrl,
    );
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
    throw new InvalidArgumentError('onProgress', 'a function', options.onProgress);
  }
  if (
    options.signal !== undefined &&
    (options.signal === null || typeof options.signal.aborted !== 'boolean')
  ) {
    throw new InvalidArgumentError('signal', 'an AbortSignal', options.signal);
  }
  return { model, workers, onProgress: options.onProgress, signal: options.signal };
}

/** The replication indices of a shard: r in [0, replications) with r % count === index. */
export function shardIndices(replications: number, shard: ShardSpec | null): number[] {
  const out: number[] = [];
  const start = shard === null ? 0 : shard.index;
  const step = shard === null ? 1 : shard.count;
  for (let r = start; r < replications; r += step) out.push(r);
  return out;
}
