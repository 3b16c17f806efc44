/**
 * Paired comparison of two scenarios under common random numbers.
 *
 * @module
 */
import { freeze } from 'immer';
import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import { InvalidArgumentError } from '../errors.js';
import { executePart } from './experiment.js';
import { runInfo } from './metadata.js';
import {
  checkExecution,
  checkInteger,
  checkSeed,
  type Execution,
  type ExecutionOptions,
  type ExperimentOptions,
  scalarMode,
  shardIndices,
} from './options.js';
import { type ReplicationPool, withPool } from './pool.js';
import { Progress } from './runner.js';
import { ScalarSketch } from './sketch.js';
import { Accumulator, summarizePart } from './state.js';
import { summarize, summarizeSketch } from './summary.js';
import type {
  ExperimentPart,
  ExperimentResult,
  RunInfo,
  ScalarSummary,
  SeriesState,
} from './types.js';

/** Which direction of a metric is an improvement. */
/** Which way a metric improves, as a comparison judges it (a direction is always needed). */
export type Direction = 'higher' | 'lower';

/** A declared direction, or 'higher' for a metric with none (exposure, workload). */
function declared(better: 'higher' | 'lower' | null | undefined): Direction {
  return better ?? 'higher';
}

/** Options of {@link compare}. */
export interface CompareOptions extends ExecutionOptions {
  /** Replications of each scenario, an integer ≥ 1. */
  readonly replications: number;
  /** Seed of both runs (common random numbers). */
  readonly seed: number | string;
  /**
   * Per metric, whether higher or lower values are better, overriding what the model declares;
   * metrics with neither given nor declared direction use 'higher'.
   */
  readonly better?: Readonly<Record<string, Direction>> | undefined;
  /**
   * Seed for scenario b, to measure what common random numbers buy: with a different seed the
   * two runs are independent and the paired interval is no longer narrowed. Default: `seed`.
   */
  readonly seedB?: number | string | undefined;
  /**
   * How scalar metrics are kept, as in {@link runExperiment}: `'exact'` keeps every replication's
   * value of both scenarios; `'sketch'` runs them in chunks of 2,000 replications
   * and folds each chunk's paired differences into exact sums and counts as it is produced, so
   * memory does not grow with the replications (the two results are then kept in sketch mode).
   * `'auto'` (default): exact up to 10,000 replications.
   */
  readonly scalars?: ExperimentOptions['scalars'];
}

/** Replications per chunk of a comparison in sketch mode: both scenarios run one chunk at a time. */
export const PAIRED_CHUNK = 2000;

/** Paired comparison of one scalar metric (differences are b − a). */
export interface MetricComparison {
  /** Replications where both a and b have a value. */
  readonly n: number;
  readonly meanA: number;
  readonly meanB: number;
  /** Mean of the paired differences b − a. */
  readonly diffMean: number;
  /** Sd of the paired differences. */
  readonly diffSd: number;
  /** 95 % Student-t interval of the mean difference. */
  readonly diffCiLow: number;
  readonly diffCiHigh: number;
  readonly diffHalfWidth: number;
  /** The direction that counts as better (given in `better`, else declared by the model, else 'higher'). */
  readonly better: Direction;
  /** Share of paired replications in which b is better than a (strictly). */
  readonly shareBBetter: number;
  /** Share of paired replications in which a and b are equal. */
  readonly shareTied: number;
}

/** Per-day differences of a daily series (b − a). */
export interface SeriesComparison {
  readonly days: number;
  /**
   * Mean of the paired differences per day, from the exact integer sums when both scenarios
   * reached the day in the same replications (always, for complete runs of fixed horizon).
   */
  readonly meanDiff: number[];
}

/** The result of {@link compare}. */
export interface Comparison {
  readonly meta: {
    readonly model: string;
    readonly seedA: number | string;
    readonly seedB: number | string;
    /** True when both scenarios ran with the same seed (paired by common random numbers). */
    readonly commonRandomNumbers: boolean;
    readonly replications: { readonly requested: number; readonly paired: number };
    readonly a: { readonly name: string; readonly hash: string };
    readonly b: { readonly name: string; readonly hash: string };
  };
  /** Per scalar metric (union of both scenarios' metrics, sorted). */
  readonly scalars: Record<string, MetricComparison>;
  /** Per daily series present in both. */
  readonly series: Record<string, SeriesComparison>;
  /** The two experiments in full. */
  readonly a: ExperimentResult;
  readonly b: ExperimentResult;
}

/**
 * Compares scenario `b` with scenario `a`: both run with the same seed and replication
 * indices, so every random stream that the change does not touch draws the same numbers in
 * both (common random numbers), and each replication of b is paired with the same replication
 * of a. Reports per scalar metric the means, the paired difference b − a with its 95 %
 * interval, and the share of replications where b is better; per series the mean daily
 * difference.
 *
 * @throws {@link InvalidArgumentError} for bad options, naming the field
 * @example
 * ```ts
 * const c = await compare(baseline, withSecondHelicopterUnit, { replications: 200, seed: 1, model,
 *   better: { 'casevac.surgeryWithinTarget.share': 'higher' } });
 * c.scalars['casevac.surgeryWithinTarget.share'].diffCiLow > 0; // a significant improvement
 * ```
 */
export async function compare(
  a: Scenario,
  b: Scenario,
  options: CompareOptions,
): Promise<Comparison> {
  const exec = checkExecution(options);
  const replications = checkInteger('replications', options.replications, 1);
  const seedA = checkSeed('seed', options.seed);
  const seedB = options.seedB === undefined ? seedA : checkSeed('seedB', options.seedB);
  const better = options.better ?? {};
  for (const [metric, dir] of Object.entries(better)) {
    if (dir !== 'higher' && dir !== 'lower') {
      throw new InvalidArgumentError(`better['${metric}']`, "'higher' or 'lower'", dir);
    }
  }
  const infoA = runInfo(a, exec.model, seedA);
  const infoB = runInfo(b, exec.model, seedB);
  const indices = shardIndices(replications, null);
  const progress = new Progress(2 * replications, exec.onProgress);
  const betterOf = (name: string): Direction =>
    better[name] ?? declared(infoB.metrics[name]?.better ?? infoA.metrics[name]?.better);
  const run: Run = { a, b, infoA, infoB, replications, indices, exec, progress, betterOf };
  const { partA, partB, resultA, resultB, scalars, paired } =
    scalarMode(options.scalars, replications) === 'sketch'
      ? await withPool(exec, (pool) => pairedInChunks(run, pool))
      : await withPool(exec, (pool) => pairedExactly(run, pool));
  const series: Record<string, SeriesComparison> = {};
  for (const name of Object.keys(partA.series).sort()) {
    const sb = partB.series[name];
    if (sb !== undefined) series[name] = compareSeries(partA.series[name] as SeriesState, sb);
  }
  return freeze(
    {
      meta: {
        model: exec.model.name,
        seedA,
        seedB,
        commonRandomNumbers: seedA === seedB,
        replications: { requested: replications, paired },
        a: { name: a.name, hash: infoA.scenario.hash },
        b: { name: b.name, hash: infoB.scenario.hash },
      },
      scalars,
      series,
      a: resultA,
      b: resultB,
    },
    true,
  );
}

/** What both ways of pairing need. */
interface Run {
  readonly a: Scenario;
  readonly b: Scenario;
  readonly infoA: RunInfo;
  readonly infoB: RunInfo;
  readonly replications: number;
  readonly indices: readonly number[];
  readonly exec: Execution;
  readonly progress: Progress;
  readonly betterOf: (metric: string) => Direction;
}

/** The two parts and their results, every scalar metric compared, and the replications paired. */
interface Paired {
  readonly partA: ExperimentPart;
  readonly partB: ExperimentPart;
  readonly resultA: ExperimentResult;
  readonly resultB: ExperimentResult;
  readonly scalars: Record<string, MetricComparison>;
  readonly paired: number;
}

/** Runs a, then b, keeping every replication's values, and pairs them. */
async function pairedExactly(run: Run, pool: ReplicationPool | undefined): Promise<Paired> {
  const { a, b, infoA, infoB, replications, indices, exec, progress } = run;
  const partA = await executePart(a, infoA, replications, null, indices, exec, pool, progress);
  const partB = await executePart(b, infoB, replications, null, indices, exec, pool, progress);
  const resultA = summarizePart(partA, replications);
  const resultB = summarizePart(partB, replications);
  const pairedReps = intersect(partA.replications, partB.replications);
  const scalars: Record<string, MetricComparison> = {};
  const names = [...new Set([...Object.keys(partA.scalars), ...Object.keys(partB.scalars)])].sort();
  for (const name of names) {
    scalars[name] = compareMetric(
      pairedValues(resultA, name, pairedReps),
      pairedValues(resultB, name, pairedReps),
      run.betterOf(name),
    );
  }
  return { partA, partB, resultA, resultB, scalars, paired: pairedReps.length };
}

/** One metric's paired state in sketch mode: values of a and b, differences b − a, counts. */
interface PairedMetric {
  readonly a: ScalarSketch;
  readonly b: ScalarSketch;
  readonly diff: ScalarSketch;
  bBetter: number;
  tied: number;
}

/**
 * Runs a and b a chunk of replications at a time, folding each chunk into sketch-mode states
 * and its paired differences into exact sums and counts, then lets the chunk go.
 */
async function pairedInChunks(run: Run, pool: ReplicationPool | undefined): Promise<Paired> {
  const { a, b, infoA, infoB, replications, indices, exec, progress } = run;
  const accA = new Accumulator('sketch');
  const accB = new Accumulator('sketch');
  const metrics = new Map<string, PairedMetric>();
  let paired = 0;
  for (let start = 0; start < indices.length; start += PAIRED_CHUNK) {
    if (exec.signal?.aborted === true) break;
    const chunk = indices.slice(start, start + PAIRED_CHUNK);
    const pa = await executePart(a, infoA, replications, null, chunk, exec, pool, progress);
    const pb = await executePart(b, infoB, replications, null, chunk, exec, pool, progress);
    accA.absorb(pa);
    accB.absorb(pb);
    paired += pairChunk(pa, pb, metrics, run.betterOf);
  }
  const scalars: Record<string, MetricComparison> = {};
  for (const name of [...metrics.keys()].sort()) {
    const m = metrics.get(name) as PairedMetric;
    scalars[name] = metricComparison(
      m.a.mean(),
      m.b.mean(),
      summarizeSketch(m.diff),
      run.betterOf(name),
      m.bBetter,
      m.tied,
    );
  }
  const meta = (info: RunInfo) => ({ ...info, replicationsRequested: replications, shard: null });
  const partA = accA.toPart(meta(infoA));
  const partB = accB.toPart(meta(infoB));
  const resultA = summarizePart(partA, replications);
  const resultB = summarizePart(partB, replications);
  return { partA, partB, resultA, resultB, scalars, paired };
}

/** Folds the replications run in both parts of a chunk into `metrics`; returns how many. */
function pairChunk(
  pa: ExperimentPart,
  pb: ExperimentPart,
  metrics: Map<string, PairedMetric>,
  betterOf: (metric: string) => Direction,
): number {
  const rowB = new Map(pb.replications.map((r, i) => [r, i]));
  const rows: Array<readonly [number, number]> = [];
  pa.replications.forEach((r, i) => {
    const j = rowB.get(r);
    if (j !== undefined) rows.push([i, j]);
  });
  for (const name of new Set([...Object.keys(pa.scalars), ...Object.keys(pb.scalars)])) {
    let m = metrics.get(name);
    if (m === undefined) {
      m = {
        a: new ScalarSketch(),
        b: new ScalarSketch(),
        diff: new ScalarSketch(),
        bBetter: 0,
        tied: 0,
      };
      metrics.set(name, m);
    }
    const colA = pa.scalars[name];
    const colB = pb.scalars[name];
    const higher = betterOf(name) === 'higher';
    for (const [i, j] of rows) {
      const x = colA?.[i] ?? Number.NaN;
      const y = colB?.[j] ?? Number.NaN;
      m.a.add(x);
      m.b.add(y);
      if (Number.isNaN(x) || Number.isNaN(y)) continue;
      m.diff.add(y - x);
      if (x === y) m.tied++;
      else if (higher ? y > x : y < x) m.bBetter++;
    }
  }
  return rows.length;
}

function intersect(x: readonly number[], y: readonly number[]): number[] {
  const ys = new Set(y);
  return x.filter((r) => ys.has(r));
}

function pairedValues(result: ExperimentResult, metric: string, reps: readonly number[]): number[] {
  const col = result.perReplication.scalars[metric];
  const index = new Map(result.perReplication.replications.map((r, i) => [r, i]));
  return reps.map((r) =>
    col === undefined ? Number.NaN : (col[index.get(r) as number] as number),
  );
}

/** Paired comparison of aligned values (NaN in either member drops the pair). */
export function compareMetric(
  a: readonly number[],
  b: readonly number[],
  better: Direction,
): MetricComparison {
  const diffs: number[] = [];
  let bBetter = 0;
  let tied = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    diffs.push(y - x);
    if (x === y) tied++;
    else if (better === 'higher' ? y > x : y < x) bBetter++;
  }
  return metricComparison(
    summarize(a).mean,
    summarize(b).mean,
    summarize(diffs),
    better,
    bBetter,
    tied,
  );
}

/** A metric's comparison from the means, the summary of the paired differences and the counts. */
function metricComparison(
  meanA: number,
  meanB: number,
  diffs: ScalarSummary,
  better: Direction,
  bBetter: number,
  tied: number,
): MetricComparison {
  const n = diffs.n;
  return {
    n,
    meanA,
    meanB,
    diffMean: diffs.mean,
    diffSd: diffs.sd,
    diffCiLow: diffs.ciLow,
    diffCiHigh: diffs.ciHigh,
    diffHalfWidth: diffs.halfWidth,
    better,
    shareBBetter: n > 0 ? bBetter / n : Number.NaN,
    shareTied: n > 0 ? tied / n : Number.NaN,
  };
}

function compareSeries(a: SeriesState, b: SeriesState): SeriesComparison {
  const days = Math.min(a.n.length, b.n.length);
  const meanDiff: number[] = [];
  for (let d = 0; d < days; d++) {
    const na = a.n[d] as number;
    const nb = b.n[d] as number;
    if (na === nb && na > 0) {
      meanDiff.push(((b.sum[d] as number) - (a.sum[d] as number)) / na);
    } else {
      const ma = na > 0 ? (a.sum[d] as number) / na : Number.NaN;
      const mb = nb > 0 ? (b.sum[d] as number) / nb : Number.NaN;
      meanDiff.push(mb - ma);
    }
  }
  return { days, meanDiff };
}
