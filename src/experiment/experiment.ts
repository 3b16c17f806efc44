/**
 * Experiments: many replications of one scenario, summarised with confidence intervals, in one
 * thread, on worker threads, or split into shards that {@link mergeResults} puts back together.
 *
 * @module
 */
import { freeze } from 'immer';
import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import { runInfo } from './metadata.js';
import {
  checkExecution,
  checkInteger,
  checkSeed,
  checkShard,
  type Execution,
  type ExperimentOptions,
  scalarMode,
  shardIndices,
} from './options.js';
import { type ReplicationPool, withPool } from './pool.js';
import { Progress, runIndices } from './runner.js';
import { Accumulator, type ScalarMode, summarizePart } from './state.js';
import type { ExperimentPart, ExperimentResult, RunInfo, ShardSpec } from './types.js';

/**
 * Runs an experiment: replications 0 … `replications − 1` of `scenario` with `seed`.
 *
 * Without `shard`, returns the summarised {@link ExperimentResult}. With
 * `shard: { index, count }`, runs only the replications r with `r % count === index` and
 * returns their {@link ExperimentPart}; {@link mergeResults} merges the parts of all shards
 * into exactly the bytes (`JSON.stringify`) of the unsharded result. The result does not depend
 * on `workers` either.
 *
 * Records are folded into the mergeable state as they arrive; only the per-replication scalars
 * are kept. If `signal` aborts, no new replications start and the result holds those completed
 * (listed in `perReplication.replications`), with `meta.replications.partial` true.
 *
 * @throws {@link InvalidArgumentError} for bad options (naming the field: `replications`,
 *   `workers`, `seed`, `shard.index`, `shard.count`, `model`, `model.moduleUrl`)
 * @throws {@link ExperimentError} if the model or a worker fails, or returns malformed records
 * @example
 * ```ts
 * const result = await runExperiment(scenario, { replications: 200, seed: 42, model, workers: 4 });
 * result.scalars['ied.encounters'].mean; // with ciLow, ciHigh, halfWidth, p5 … p95
 * const part = await runExperiment(scenario, { replications: 200, seed: 42, model, shard: { index: 0, count: 4 } });
 * ```
 */
export function runExperiment(
  scenario: Scenario,
  options: ExperimentOptions & { readonly shard: ShardSpec },
): Promise<ExperimentPart>;
export function runExperiment(
  scenario: Scenario,
  options: ExperimentOptions & { readonly shard?: undefined },
): Promise<ExperimentResult>;
export function runExperiment(
  scenario: Scenario,
  options: ExperimentOptions,
): Promise<ExperimentResult | ExperimentPart>;
export async function runExperiment(
  scenario: Scenario,
  options: ExperimentOptions,
): Promise<ExperimentResult | ExperimentPart> {
  const part = await runExperimentPart(scenario, options);
  if (options.shard !== undefined) return part;
  return freeze(summarizePart(part, part.meta.replicationsRequested), true);
}

/**
 * Runs an experiment (or one shard of it, with `options.shard`) and returns its mergeable
 * {@link ExperimentPart}: the form to save from each machine of a sharded run.
 *
 * @throws {@link InvalidArgumentError} for bad options, naming the field
 * @throws {@link ExperimentError} if the model or a worker fails
 */
export async function runExperimentPart(
  scenario: Scenario,
  options: ExperimentOptions,
): Promise<ExperimentPart> {
  const exec = checkExecution(options);
  const replications = checkInteger('replications', options.replications, 1);
  const seed = checkSeed('seed', options.seed);
  const shard = options.shard === undefined ? null : checkShard(options.shard);
  const info = runInfo(scenario, exec.model, seed);
  const mode = scalarMode(options.scalars, replications);
  const indices = shardIndices(replications, shard);
  const progress = new Progress(indices.length, exec.onProgress);
  const part = await withPool(exec, (pool) =>
    executePart(scenario, info, replications, shard, indices, exec, pool, progress, mode),
  );
  return freeze(part, true);
}

/**
 * Runs `indices` into a fresh accumulator and returns the part.
 *
 * @internal
 */
export async function executePart(
  scenario: Scenario,
  info: RunInfo,
  requested: number,
  shard: ShardSpec | null,
  indices: readonly number[],
  exec: Execution,
  pool: ReplicationPool | undefined,
  progress: Progress,
  mode: ScalarMode = 'exact',
): Promise<ExperimentPart> {
  const acc = new Accumulator(mode);
  await runIndices(acc, scenario, info.seed, indices, exec, pool, progress);
  return acc.toPart({ ...info, replicationsRequested: requested, shard });
}

/**
 * Runs all `replications` of one scenario (no shard) and summarises them: the step `compare`,
 * `sweep` and `sensitivity` repeat for each scenario they run, sharing one pool and progress.
 */
export async function runSummarized(
  scenario: Scenario,
  seed: number | string,
  replications: number,
  exec: Execution,
  pool: ReplicationPool | undefined,
  progress: Progress,
): Promise<ExperimentResult> {
  const indices = shardIndices(replications, null);
  const info = runInfo(scenario, exec.model, seed);
  const part = await executePart(scenario, info, replications, null, indices, exec, pool, progress);
  return summarizePart(part, replications);
}
