/**
 * Which assumptions matter: every declared parameter swung over its plausible range, one at a
 * time, and ranked by its standardised effect on the headline metrics.
 *
 * How. The base scenario runs once; then, for each declared parameter with a plausible range,
 * a variant with the parameter at the low end of its range and one at the high end (a
 * distribution is scaled so that its mean is the end), all others at base. Every run uses the
 * same seed and replication indices (common random numbers), so the high and low runs of a
 * replication differ only by the parameter, and their paired difference is measured with little
 * noise even from a few replications. The effect of a parameter on a metric is the mean paired
 * difference high − low, in units of the metric's run-to-run standard deviation (pooled over all
 * the runs, so it is estimated from many more values than one run has); its influence is its
 * largest standardised effect over the metrics. `tests/experiment/influence.test.ts` and the
 * README give the replication count that makes the ranking stable.
 *
 * @module
 */
import { freeze } from 'immer';
import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import type { MetricInfo } from '../dynamics/metrics.js';
import { InvalidArgumentError, ScenarioValidationError } from '../errors.js';
import { compareMetric } from './compare.js';
import { executePart } from './experiment.js';
import { runInfo } from './metadata.js';
import {
  checkExecution,
  checkInteger,
  checkSeed,
  type ExecutionOptions,
  shardIndices,
} from './options.js';
import { type DeclaredParameterEntry, declaredParametersOf, plausibleSwing } from './parameters.js';
import { withPool } from './pool.js';
import { Progress } from './runner.js';
import { summarize } from './summary.js';
import { setIn } from './sweep.js';
import type { ExperimentPart } from './types.js';

/** Replications per run of {@link rankParameters} by default (see the module comment). */
export const RANKING_REPLICATIONS = 3;

/** Options of {@link rankParameters}. */
export interface RankParametersOptions extends ExecutionOptions {
  /** Seed of every run (common random numbers). */
  readonly seed: number | string;
  /** Replications per run, an integer ≥ 2 (default {@link RANKING_REPLICATIONS}). */
  readonly replications?: number | undefined;
  /**
   * Scalar metrics the effects are measured on (default: the headline metrics the model
   * declares, counters and values).
   */
  readonly metrics?: readonly string[] | undefined;
  /**
   * Which declared parameters to swing (default: every one with a plausible range). The CLI's
   * `assumptions` passes those whose source is a stated assumption.
   */
  readonly include?: ((parameter: DeclaredParameterEntry) => boolean) | undefined;
}

/** The effect of swinging one parameter from low to high on one metric. */
export interface ParameterEffect {
  /** Mean over replications with the parameter at its low value. */
  readonly low: number;
  /** Mean over replications with the parameter at its high value. */
  readonly high: number;
  /** Mean paired difference high − low. */
  readonly diff: number;
  /** 95 % Student-t interval of that mean. */
  readonly ciLow: number;
  readonly ciHigh: number;
  /** `diff` in units of the metric's run-to-run standard deviation. */
  readonly standardised: number;
}

/** One parameter of a {@link ParameterRanking}. */
export interface RankedParameter extends DeclaredParameterEntry {
  /** 1 for the most influential. */
  readonly rank: number;
  /** The values swung to (numbers, or distributions). */
  readonly low: unknown;
  readonly high: unknown;
  /** The numbers they stand for: the plausible range's ends (for a distribution, its mean). */
  readonly lowShown: number;
  readonly highShown: number;
  /** Largest |standardised effect| over the metrics. */
  readonly influence: number;
  /** The metric of that largest effect. */
  readonly metric: string;
  /** Effects by metric. */
  readonly effects: Readonly<Record<string, ParameterEffect>>;
}

/** A declared parameter left out of the ranking, and why. */
export interface SkippedParameter {
  readonly path: string;
  readonly label: string;
  readonly reason: string;
  /** The problem validation found with the variant, when that is the reason. */
  readonly issue?: string;
}

/** The result of {@link rankParameters}. */
export interface ParameterRanking {
  readonly meta: {
    readonly model: string;
    readonly seed: number | string;
    readonly replications: number;
    readonly base: { readonly name: string; readonly hash: string };
    /** The metrics the effects are measured on, in report order. */
    readonly metricNames: readonly string[];
    /** Run-to-run standard deviation of each metric, pooled over every run. */
    readonly spread: Readonly<Record<string, number>>;
    /** False when cancelled: rows then cover only the parameters run. */
    readonly complete: boolean;
    /** What each metric means, as the model declares it for the base scenario. */
    readonly metrics: Readonly<Record<string, MetricInfo>>;
  };
  /** By influence, largest first (ties by path). */
  readonly rows: readonly RankedParameter[];
  /** Declared parameters not swung: no plausible range, a range of one value, or a variant the scenario's rules refuse. */
  readonly skipped: readonly SkippedParameter[];
}

/** Runs in flight at once (their replications queue on the pool). */
const CONCURRENT_RUNS = 4;

/**
 * Ranks the declared parameters of `scenario` by their effect on the headline metrics: each is
 * swung over its plausible range, one at a time, under common random numbers (see the module
 * comment). With the default {@link RANKING_REPLICATIONS}, the embedded scenario's 40
 * parameters cost 1 + 2 × 40 runs of 4 replications.
 *
 * @throws {@link InvalidArgumentError} for bad options, or no metric to measure
 * @example
 * ```ts
 * const r = await rankParameters(minusma2020, { seed: 2020, workers: 2 });
 * r.rows[0].label; // the assumption that moves the headline metrics most
 * ```
 */
export async function rankParameters(
  scenario: Scenario,
  options: RankParametersOptions,
): Promise<ParameterRanking> {
  const exec = checkExecution(options);
  const replications = checkInteger(
    'replications',
    options.replications ?? RANKING_REPLICATIONS,
    2,
  );
  const seed = checkSeed('seed', options.seed);
  const capabilities = exec.model.capabilities;
  const catalogue = exec.model.metrics?.(scenario) ?? {};
  const metricNames =
    options.metrics ??
    Object.values(catalogue)
      .filter((m) => m.headline === true && (m.kind === 'counter' || m.kind === 'value'))
      .sort((a, b) => a.order - b.order)
      .map((m) => m.name);
  if (!Array.isArray(metricNames) || metricNames.length === 0) {
    throw new InvalidArgumentError(
      'metrics',
      'a non-empty array of metric names (the model declares no headline metric)',
      metricNames,
    );
  }
  const include = options.include ?? (() => true);
  const skipped: SkippedParameter[] = [];
  const swings: {
    p: DeclaredParameterEntry;
    swing: NonNullable<ReturnType<typeof plausibleSwing>>;
    lo: Scenario;
    hi: Scenario;
  }[] = [];
  for (const p of declaredParametersOf(scenario, capabilities)) {
    if (!include(p)) continue;
    const swing = plausibleSwing(p);
    const skip = (reason: string) => skipped.push({ path: p.path, label: p.label, reason });
    if (swing === undefined) {
      skip(p.plausible === undefined ? 'no plausible range declared' : 'cannot be scaled');
      continue;
    }
    if (swing.lowShown === swing.highShown) {
      skip('its plausible range is a single value');
      continue;
    }
    try {
      const lo = setIn(scenario, p.path, swing.low, 'ranking (low)', capabilities);
      const hi = setIn(scenario, p.path, swing.high, 'ranking (high)', capabilities);
      swings.push({ p, swing, lo, hi });
    } catch (error) {
      if (!(error instanceof ScenarioValidationError)) throw error;
      const first = error.issues[0];
      skipped.push({
        path: p.path,
        label: p.label,
        reason: 'alone, an end of the plausible range makes the scenario invalid',
        ...(first === undefined ? {} : { issue: `${first.path}: ${first.message}` }),
      });
    }
  }
  const progress = new Progress((1 + 2 * swings.length) * replications, exec.onProgress);
  const runs: Scenario[] = [scenario, ...swings.flatMap((s) => [s.lo, s.hi])];
  const indices = shardIndices(replications, null);
  const parts = await withPool(exec, async (pool) => {
    const out: (ExperimentPart | undefined)[] = new Array(runs.length).fill(undefined);
    let next = 0;
    const worker = async () => {
      while (next < runs.length && exec.signal?.aborted !== true) {
        const i = next++;
        const s = runs[i] as Scenario;
        const info = runInfo(s, exec.model, seed);
        out[i] = await executePart(s, info, replications, null, indices, exec, pool, progress);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_RUNS }, worker));
    return out;
  });
  // Per run and metric, the values of replications 0 … R − 1 (NaN when missing).
  const done = (p: ExperimentPart | undefined): p is ExperimentPart =>
    p !== undefined && p.replications.length === replications;
  const column = (p: ExperimentPart, m: string): number[] =>
    (p.scalars[m] ?? []).map((v) => (v === null ? Number.NaN : v));
  const base = parts[0];
  const complete = parts.every(done);
  // Run-to-run spread of each metric: the pooled within-run variance over every completed run,
  // or, for a metric constant within each run, the spread of the run means.
  const spread: Record<string, number> = {};
  for (const m of metricNames) {
    let ss = 0;
    let df = 0;
    const means: number[] = [];
    for (const p of parts) {
      if (!done(p)) continue;
      const s = summarize(column(p, m));
      if (s.n < 2) continue;
      ss += s.sd * s.sd * (s.n - 1);
      df += s.n - 1;
      means.push(s.mean);
    }
    let sd = df > 0 ? Math.sqrt(ss / df) : Number.NaN;
    if (!(sd > 0) && means.length > 1) {
      const mu = means.reduce((a, b) => a + b, 0) / means.length;
      sd = Math.sqrt(means.reduce((a, b) => a + (b - mu) ** 2, 0) / (means.length - 1));
    }
    spread[m] = sd;
  }
  const rows: Omit<RankedParameter, 'rank'>[] = [];
  swings.forEach((s, i) => {
    const lo = parts[1 + 2 * i];
    const hi = parts[2 + 2 * i];
    if (!done(lo) || !done(hi)) return;
    const effects: Record<string, ParameterEffect> = {};
    let influence = 0;
    let metric = metricNames[0] as string;
    for (const m of metricNames) {
      const c = compareMetric(column(lo, m), column(hi, m), 'higher');
      const sd = spread[m] as number;
      const standardised = c.n === 0 ? Number.NaN : sd > 0 ? c.diffMean / sd : 0;
      effects[m] = {
        low: c.meanA,
        high: c.meanB,
        diff: c.diffMean,
        ciLow: c.diffCiLow,
        ciHigh: c.diffCiHigh,
        standardised,
      };
      if (Math.abs(standardised) > influence) {
        influence = Math.abs(standardised);
        metric = m;
      }
    }
    rows.push({
      ...s.p,
      ...s.swing,
      influence,
      metric,
      effects,
    });
  });
  rows.sort(
    (a, b) => b.influence - a.influence || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  return freeze(
    {
      meta: {
        model: exec.model.name,
        seed,
        replications,
        base: { name: scenario.name, hash: base?.meta.scenario.hash ?? '' },
        metricNames: [...metricNames],
        spread,
        complete,
        metrics: catalogue,
      },
      rows: rows.map((r, i) => ({ ...r, rank: i + 1 })),
      skipped,
    },
    true,
  );
}
