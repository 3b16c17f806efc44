/**
 * The shapes an experiment produces: the serialisable partial state of a run or shard
 * ({@link ExperimentPart}) and the summarised result ({@link ExperimentResult}).
 *
 * Both are plain JSON data. `NaN` (a metric undefined in a replication, or a statistic undefined
 * for too few values) appears as `null` in parts and as `NaN` in results, which JSON writes as
 * `null`. Object keys (metric names) are sorted, so equal results serialise to equal bytes.
 *
 * @module
 */

import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import type { MetricInfo } from '../dynamics/metrics.js';
import type { Histogram } from '../dynamics/record.js';
import type { AssumptionRow } from '../scenario/index.js';
import type { ScalarSketchState } from './sketch.js';

/** Which replications a shard runs: those r with `r % count === index`. */
export interface ShardSpec {
  /** This shard's index, 0 ≤ index < count. */
  readonly index: number;
  /** Total number of shards. */
  readonly count: number;
}

/** The scenario an experiment ran, identified and embedded so the result can be reproduced. */
export interface ScenarioInfo {
  readonly name: string;
  readonly title: string;
  /** Content hash of the scenario (hex). */
  readonly hash: string;
  /** ISO date simulation time 0 stands for. */
  readonly startDate: string;
  readonly horizonDays: number;
  /** The scenario itself. */
  readonly definition: Scenario;
}

/** Metadata shared by parts and results: everything needed to reproduce the run. */
export interface RunInfo {
  /** The library that produced the result. */
  readonly package: { readonly name: string; readonly version: string };
  /** {@link Model.name} of the model that ran. */
  readonly model: string;
  /** Experiment seed. */
  readonly seed: number | string;
  readonly scenario: ScenarioInfo;
  /** The stated assumptions of the scenario (values no source gives), as `listAssumptions` gives them. */
  readonly assumptions: readonly AssumptionRow[];
  /**
   * What every metric of the run means (label, unit, better direction, group), by name, as the
   * model declares it before the run (empty for a model that declares none).
   */
  readonly metrics: Readonly<Record<string, MetricInfo>>;
}

/** Metadata of an {@link ExperimentPart}. */
export interface PartMeta extends RunInfo {
  /** Replications the whole experiment asked for (indices 0 … requested − 1). */
  readonly replicationsRequested: number;
  /** The shard this part ran, or null for a whole run. */
  readonly shard: ShardSpec | null;
}

/** Per-day partial state of one daily series; every number is an exact integer. */
export interface SeriesState {
  /** Replications that reached day d. */
  readonly n: number[];
  /** Σ value on day d. */
  readonly sum: number[];
  /** Σ value² on day d. */
  readonly sumSq: number[];
  /** Per day, the value tally flattened as `[value0, count0, value1, count1, …]`, values ascending. */
  readonly tallies: number[][];
}

/**
 * The exactly mergeable state of a run or of one shard: per-replication scalars, integer
 * per-day sums and value tallies of the series, integer histogram counts. Plain JSON data
 * (`JSON.parse(JSON.stringify(part))` is an equivalent part); {@link mergeResults} turns any
 * set of disjoint parts into the result a single run would have given.
 */
export interface ExperimentPart {
  readonly format: 'peacekeeping-sim/experiment-part';
  readonly formatVersion: 1;
  readonly meta: PartMeta;
  /** Completed replication indices, ascending. */
  readonly replications: number[];
  /**
   * Per scalar metric, values aligned with `replications`; null = NaN or not reported. Empty in
   * sketch mode.
   */
  readonly scalars: Record<string, (number | null)[]>;
  /**
   * Sketch mode only: per scalar metric, its mergeable sketch (exact sums, extremes and quantile
   * buckets), in memory that does not grow with the replications.
   */
  readonly sketches?: Record<string, ScalarSketchState>;
  readonly series: Record<string, SeriesState>;
  readonly histograms: Record<string, Histogram>;
  /**
   * SHA-256 (hex) of the canonical JSON of every other member (`partDigest`), set when the
   * part is saved (`saveJson`, `sealPart`, the CLI's `run --shard`); a merge verifies it.
   */
  readonly digest?: string;
  /**
   * How the CLI was asked to run the whole experiment, recorded by `run --shard`, so that
   * `merge` writes exactly what the unsharded `run` would have (its reproducing command).
   */
  readonly cli?: PartCliInfo;
}

/** The command line of the unsharded run a CLI part belongs to (see {@link ExperimentPart.cli}). */
export interface PartCliInfo {
  /** The scenario as named on the command line (a built-in name or a file path). */
  readonly scenarioRef: string;
  /** `--horizon-days`, or null when the scenario's own horizon was used. */
  readonly horizonDays: number | null;
}

/**
 * Summary of one scalar metric over replications (NaN values skipped). Statistics undefined for
 * the number of values (sd and interval for n < 2, everything for n = 0) are NaN.
 */
export interface ScalarSummary {
  /** Number of replications with a value (not NaN). */
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1 denominator). */
  readonly sd: number;
  /** Lower bound of the 95 % confidence interval of the mean (Student t, n − 1 df). */
  readonly ciLow: number;
  /** Upper bound of the 95 % confidence interval of the mean. */
  readonly ciHigh: number;
  /** Half-width of the 95 % confidence interval: t(0.975, n − 1) · sd / √n. */
  readonly halfWidth: number;
  readonly min: number;
  readonly max: number;
  /** Quantiles of the replication values (linear interpolation, d3-array `quantileSorted`). */
  readonly p5: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
}

/**
 * Summary of a daily series over replications, one entry per day. Mean and sd come from exact
 * integer sums; quantiles from exact per-day value tallies, with the same interpolation as
 * d3-array `quantileSorted` over all replications' values of that day.
 */
export interface SeriesSummary {
  /** Number of days (the longest series seen). */
  readonly days: number;
  readonly n: number[];
  readonly mean: number[];
  readonly sd: number[];
  readonly p5: number[];
  readonly p50: number[];
  readonly p95: number[];
}

/**
 * A histogram merged over replications. Quantiles are read from the bins by linear
 * interpolation inside the bin that holds them, so their resolution is `binWidth`. A quantile
 * that falls in the open-ended last bin is reported as that bin's lower edge, a lower bound
 * (`overflow` counts the samples there).
 */
export interface HistogramSummary {
  readonly binWidth: number;
  /** Merged counts per bin (integer sums over replications). */
  readonly counts: number[];
  /** Σ counts. */
  readonly total: number;
  /** Samples in the open-ended last bin. */
  readonly overflow: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
}

/** Metadata of an {@link ExperimentResult}. */
export interface ExperimentMeta extends RunInfo {
  readonly replications: {
    /** Replications asked for (indices 0 … requested − 1). */
    readonly requested: number;
    /** Replications completed; their indices are `perReplication.replications`. */
    readonly completed: number;
    /** True when fewer than requested completed (cancelled, or a partial merge). */
    readonly partial: boolean;
  };
  /** How the summaries were computed. */
  readonly statistics: {
    readonly confidenceLevel: 0.95;
    readonly interval: 'Student t on the replication means';
    /**
     * How scalar quantiles were computed: exactly (every replication's value kept), or from a
     * quantile sketch with the relative error it states (sketch mode; `perReplication.scalars`
     * is then empty).
     */
    readonly quantiles: string;
    readonly histogramQuantiles: 'linear interpolation within a bin (resolution: binWidth)';
  };
}

/** Values of every scalar metric per replication, for paired comparisons and tidy exports. */
export interface PerReplication {
  /** Replication indices, ascending. */
  readonly replications: number[];
  /** Per metric, values aligned with `replications` (NaN where undefined); empty in sketch mode. */
  readonly scalars: Record<string, number[]>;
}

/**
 * The result of an experiment. Identical inputs (scenario, seed, replications, model, package
 * version) give byte-identical `JSON.stringify` output whatever the number of workers or shards.
 */
export interface ExperimentResult {
  readonly format: 'peacekeeping-sim/experiment-result';
  readonly formatVersion: 1;
  readonly meta: ExperimentMeta;
  readonly scalars: Record<string, ScalarSummary>;
  readonly series: Record<string, SeriesSummary>;
  readonly histograms: Record<string, HistogramSummary>;
  readonly perReplication: PerReplication;
}
