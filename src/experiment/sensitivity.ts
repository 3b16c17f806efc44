/**
 * One-at-a-time sensitivity analysis: the data of a tornado chart.
 *
 * @module
 */
import { freeze } from 'immer';
import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import type { MetricInfo } from '../dynamics/metrics.js';
import { InvalidArgumentError } from '../errors.js';
import { compareMetric } from './compare.js';
import { runSummarized } from './experiment.js';
import { checkExecution, checkInteger, checkSeed, type ExecutionOptions } from './options.js';
import { describeParameter, type ParameterDescription, shownValue } from './parameters.js';
import { type ReplicationPool, withPool } from './pool.js';
import { Progress } from './runner.js';
import { setIn } from './sweep.js';
import type { ExperimentResult, ScalarSummary } from './types.js';

/** A parameter to vary: a dotted path into the scenario and its low and high values. */
export interface SensitivityParameter {
  readonly path: string;
  readonly low: unknown;
  readonly high: unknown;
}

/** Options of {@link sensitivity}. */
export interface SensitivityOptions extends ExecutionOptions {
  /** Replications per run, an integer ≥ 1. */
  readonly replications: number;
  /** Seed of every run (common random numbers). */
  readonly seed: number | string;
  /** Scalar metrics to report (at least one). */
  readonly metrics: readonly string[];
  /** Metric whose swing orders the rows (default: the first of `metrics`). */
  readonly sortBy?: string | undefined;
}

/**
 * Effect of one parameter on one metric: means over replications, and the paired differences
 * (every run has the same seed and replications, so replication r at low, base and high differ
 * only by the parameter) with their 95 % Student-t intervals.
 */
export interface SensitivityEffect {
  readonly base: number;
  readonly low: number;
  readonly high: number;
  /** low − base (mean of the paired differences). */
  readonly lowDelta: number;
  /** high − base (mean of the paired differences). */
  readonly highDelta: number;
  /** |high − low|: the bar length in a tornado chart. */
  readonly swing: number;
  /** 95 % interval of the mean paired difference low − base. */
  readonly lowDeltaCi: readonly [number, number];
  /** 95 % interval of the mean paired difference high − base. */
  readonly highDeltaCi: readonly [number, number];
  /** 95 % interval of the mean paired difference high − low (signed). */
  readonly swingCi: readonly [number, number];
}

/** One parameter's row. */
export interface SensitivityRow {
  readonly path: string;
  readonly low: unknown;
  readonly high: unknown;
  /** What the path names, as its capability declares it (label, unit, capability). */
  readonly parameter: ParameterDescription;
  /** The numbers `low` and `high` stand for (a distribution's mean). */
  readonly lowShown: number;
  readonly highShown: number;
  /** Swing of the `sortBy` metric. */
  readonly swing: number;
  readonly metrics: Record<string, SensitivityEffect>;
}

/** The result of {@link sensitivity}. */
export interface SensitivityResult {
  readonly meta: {
    readonly model: string;
    readonly seed: number | string;
    readonly replications: number;
    readonly base: { readonly name: string; readonly hash: string };
    readonly sortBy: string;
    /** False when cancelled: rows then cover only the parameters run. */
    readonly complete: boolean;
    /** What each metric means, as the model declares it for the base scenario. */
    readonly metrics: Readonly<Record<string, MetricInfo>>;
  };
  /** Summaries of the metrics at the base scenario. */
  readonly base: Record<string, ScalarSummary>;
  /** One row per parameter, by decreasing swing of `sortBy` (NaN swings last, ties by path). */
  readonly rows: SensitivityRow[];
}

/**
 * One-at-a-time sensitivity: runs the base scenario, then for each parameter a variant at its
 * low value and one at its high value (all other parameters at base), all with the same seed
 * and replications, and reports the mean of each metric at low, base and high. Rows are sorted
 * by swing, largest first: a tornado chart's bars, top to bottom.
 *
 * @throws {@link InvalidArgumentError} for bad options, no parameters or no metrics
 * @throws {@link ExperimentError} for a path that does not exist in the scenario
 * @example
 * ```ts
 * const t = await sensitivity(scenario, [
 *   { path: 'parameters.aviation.mtbfDays.value', low: 10, high: 40 },
 *   { path: 'parameters.ied.damageGivenDetonation.value', low: 0.3, high: 0.7 },
 * ], { replications: 100, seed: 3, model, metrics: ['fleet.writeOffs'] });
 * t.rows[0].path; // the parameter that moves fleet.writeOffs most
 * ```
 */
export async function sensitivity(
  base: Scenario,
  parameters: readonly SensitivityParameter[],
  options: SensitivityOptions,
): Promise<SensitivityResult> {
  const exec = checkExecution(options);
  const replications = checkInteger('replications', options.replications, 1);
  const seed = checkSeed('seed', options.seed);
  if (!Array.isArray(parameters) || parameters.length === 0) {
    throw new InvalidArgumentError(
      'parameters',
      'a non-empty array of { path, low, high }',
      parameters,
    );
  }
  const metrics = options.metrics;
  if (!Array.isArray(metrics) || metrics.length === 0) {
    throw new InvalidArgumentError('metrics', 'a non-empty array of metric names', metrics);
  }
  const sortBy = options.sortBy ?? (metrics[0] as string);
  if (!metrics.includes(sortBy)) {
    throw new InvalidArgumentError('sortBy', `one of the metrics (${metrics.join(', ')})`, sortBy);
  }
  const variants = parameters.map((p, i) => {
    if (p === null || typeof p !== 'object' || typeof p.path !== 'string') {
      throw new InvalidArgumentError(`parameters[${i}]`, 'an object { path, low, high }', p);
    }
    return {
      low: setIn(base, p.path, p.low, 'sensitivity (low)', exec.model.capabilities),
      high: setIn(base, p.path, p.high, 'sensitivity (high)', exec.model.capabilities),
    };
  });
  const describe = (path: string): ParameterDescription =>
    describeParameter(base, path, exec.model.capabilities) ?? { path, label: path, unit: '' };
  const column = (r: ExperimentResult, m: string) =>
    r.perReplication.scalars[m] ??
    new Array<number>(r.perReplication.replications.length).fill(Number.NaN);
  const progress = new Progress((1 + 2 * parameters.length) * replications, exec.onProgress);
  const means = (scenario: Scenario, pool: ReplicationPool | undefined) =>
    runSummarized(scenario, seed, replications, exec, pool, progress);
  const { baseResult, rows, complete } = await withPool(exec, async (pool) => {
    const baseResult = await means(base, pool);
    const rows: SensitivityRow[] = [];
    let complete = !baseResult.meta.replications.partial;
    for (let i = 0; i < parameters.length && complete; i++) {
      const p = parameters[i] as SensitivityParameter;
      const v = variants[i] as { low: Scenario; high: Scenario };
      const low = await means(v.low, pool);
      const high = await means(v.high, pool);
      complete = !low.meta.replications.partial && !high.meta.replications.partial;
      const effects: Record<string, SensitivityEffect> = {};
      for (const m of metrics) {
        const b = baseResult.scalars[m]?.mean ?? Number.NaN;
        const lo = low.scalars[m]?.mean ?? Number.NaN;
        const hi = high.scalars[m]?.mean ?? Number.NaN;
        const dLow = compareMetric(column(baseResult, m), column(low, m), 'higher');
        const dHigh = compareMetric(column(baseResult, m), column(high, m), 'higher');
        const dSwing = compareMetric(column(low, m), column(high, m), 'higher');
        effects[m] = {
          base: b,
          low: lo,
          high: hi,
          lowDelta: dLow.n > 0 ? dLow.diffMean : lo - b,
          highDelta: dHigh.n > 0 ? dHigh.diffMean : hi - b,
          swing: Math.abs(hi - lo),
          lowDeltaCi: [dLow.diffCiLow, dLow.diffCiHigh],
          highDeltaCi: [dHigh.diffCiLow, dHigh.diffCiHigh],
          swingCi: [dSwing.diffCiLow, dSwing.diffCiHigh],
        };
      }
      rows.push({
        path: p.path,
        low: p.low,
        high: p.high,
        parameter: describe(p.path),
        lowShown: shownValue(p.low),
        highShown: shownValue(p.high),
        swing: (effects[sortBy] as SensitivityEffect).swing,
        metrics: effects,
      });
    }
    return { baseResult, rows, complete };
  });
  rows.sort(bySwing);
  const baseSummaries: Record<string, ScalarSummary> = {};
  for (const m of metrics) {
    const s = baseResult.scalars[m];
    if (s !== undefined) baseSummaries[m] = s;
  }
  return freeze(
    {
      meta: {
        model: exec.model.name,
        seed,
        replications,
        base: { name: base.name, hash: baseResult.meta.scenario.hash },
        sortBy,
        complete,
        metrics: baseResult.meta.metrics,
      },
      base: baseSummaries,
      rows,
    },
    true,
  );
}

function bySwing(a: SensitivityRow, b: SensitivityRow): number {
  const an = Number.isNaN(a.swing);
  const bn = Number.isNaN(b.swing);
  if (an !== bn) return an ? 1 : -1;
  if (!an && a.swing !== b.swing) return b.swing - a.swing;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The rows of a sensitivity analysis by decreasing swing of `metric` (NaN swings and rows without
 * the metric last, ties by path): the order of a tornado chart's bars and of its table.
 */
export function rowsBySwing(result: SensitivityResult, metric: string): SensitivityRow[] {
  const swing = (r: SensitivityRow) => r.metrics[metric]?.swing ?? Number.NaN;
  return [...result.rows].sort((a, b) => {
    const sa = swing(a);
    const sb = swing(b);
    const an = Number.isNaN(sa);
    const bn = Number.isNaN(sb);
    if (an !== bn) return an ? 1 : -1;
    if (!an && sa !== sb) return sb - sa;
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  });
}
