/**
 * The exactly mergeable state of an experiment. Records are folded in as they arrive, in any
 * order: per-replication scalars are kept (one number per metric and replication), or in sketch
 * mode a {@link ScalarSketch} per metric (exact sums and counts); series are
 * reduced to per-day integer sums, sums of squares and value tallies; histograms to integer
 * counts. Nothing here depends on arrival order, so workers, shards and merges all give the
 * same part, and {@link summarizePart} turns a part into the same bytes every time.
 *
 * Exactness: series values and histogram counts must be integers (checked), and the per-day
 * sums of squares must stay below 2⁵³ ≈ 9·10¹⁵ (values up to 10⁵ over 9·10⁵ replications).
 *
 * @internal
 * @module
 */

import type { Histogram, ReplicationRecord } from '../dynamics/record.js';
import { ExperimentError } from '../errors.js';
import {
  ScalarSketch,
  type ScalarSketchState,
  SKETCH_EXACT_VALUES,
  SKETCH_RELATIVE_ERROR,
} from './sketch.js';
import { histogramQuantile, summarize, summarizeSketch, tallyQuantile } from './summary.js';
import type {
  ExperimentMeta,
  ExperimentPart,
  ExperimentResult,
  HistogramSummary,
  PartMeta,
  RunInfo,
  ScalarSummary,
  SeriesState,
  SeriesSummary,
} from './types.js';

interface SeriesAccumulator {
  n: number[];
  sum: number[];
  sumSq: number[];
  tallies: Map<number, number>[];
}

interface HistogramAccumulator {
  binWidth: number;
  counts: number[];
}

/** The accumulated state of some replications, without metadata (see {@link Accumulator.toBatch}). */
export type BatchState = Pick<
  ExperimentPart,
  'replications' | 'scalars' | 'series' | 'histograms' | 'sketches'
>;

/**
 * How scalar metrics are kept: `'exact'` keeps every replication's value (exact quantiles,
 * paired comparisons, per-replication exports); `'sketch'` keeps a {@link ScalarSketch} per
 * metric, in memory that does not grow with the replications.
 */
export type ScalarMode = 'exact' | 'sketch';

/**
 * A growable column of float64 values: per-replication scalars of 10,000 replications × a few
 * hundred metrics stay compact (8 bytes a value, no per-element boxing or array slack).
 */
class Column {
  private data = new Float64Array(64);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }

  get(i: number): number {
    return this.data[i] as number;
  }

  /** A column of `n` NaNs. */
  static nans(n: number): Column {
    const c = new Column();
    for (let i = 0; i < n; i++) c.push(Number.NaN);
    return c;
  }
}

/** Folds replication records and parts into mergeable state. */
export class Accumulator {
  private readonly reps: number[] = [];
  private readonly seen = new Set<number>();
  private readonly scalars = new Map<string, Column>();
  private readonly sketches = new Map<string, ScalarSketch>();
  private readonly series = new Map<string, SeriesAccumulator>();
  private readonly histograms = new Map<string, HistogramAccumulator>();

  /** An empty state keeping scalar metrics in `mode` (default exact). */
  constructor(readonly mode: ScalarMode = 'exact') {}

  /** Number of replications folded in. */
  get count(): number {
    return this.reps.length;
  }

  /** Values of one scalar metric in replication order (NaN where undefined); empty if unknown. */
  scalarValues(metric: string): number[] {
    if (this.mode === 'sketch') {
      throw new ExperimentError('per-replication values are not kept in sketch mode');
    }
    const col = this.scalars.get(metric);
    if (col === undefined) return [];
    return this.order().map((i) => col.get(i));
  }

  /** Folds in one replication's record. */
  add(record: ReplicationRecord): void {
    const r = record.replication;
    this.addReplication(r);
    this.pushScalars(r, record.scalars, false);
    for (const name of Object.keys(record.series)) {
      this.addSeries(name, r, record.series[name] as number[]);
    }
    for (const name of Object.keys(record.histograms)) {
      this.addHistogram(name, r, record.histograms[name] as Histogram);
    }
  }

  /** Folds in a part (possibly read back from JSON). */
  absorb(part: BatchState): void {
    if (part.sketches !== undefined) {
      if (this.mode !== 'sketch') {
        throw new ExperimentError(
          'a part kept in sketch mode can only be merged with parts kept in sketch mode',
        );
      }
      if (Object.keys(part.scalars).length > 0) {
        throw new ExperimentError('a part kept in sketch mode has per-replication scalars');
      }
      for (const r of part.replications) this.addReplication(r);
      for (const name of Object.keys(part.sketches)) {
        this.sketchFor(name).merge(part.sketches[name] as ScalarSketchState);
      }
      this.absorbSeriesAndHistograms(part);
      return;
    }
    const names = Object.keys(part.scalars);
    for (const name of names) {
      const col = part.scalars[name] as (number | null)[];
      if (col.length !== part.replications.length) {
        throw new ExperimentError(
          `part scalars['${name}'] has ${col.length} values for ${part.replications.length} replications`,
        );
      }
    }
    part.replications.forEach((r, row) => {
      this.addReplication(r);
      const values: Record<string, number | null> = {};
      for (const name of names)
        values[name] = (part.scalars[name] as (number | null)[])[row] ?? null;
      this.pushScalars(r, values, true);
    });
    this.absorbSeriesAndHistograms(part);
  }

  private absorbSeriesAndHistograms(part: BatchState): void {
    for (const name of Object.keys(part.series)) {
      this.absorbSeries(name, part.series[name] as SeriesState);
    }
    for (const name of Object.keys(part.histograms)) {
      this.addHistogram(name, -1, part.histograms[name] as Histogram);
    }
  }

  /** The serialisable state, with sorted metric names and replications in ascending order. */
  toPart(meta: PartMeta): ExperimentPart {
    return {
      format: 'peacekeeping-sim/experiment-part',
      formatVersion: 1,
      meta,
      ...this.toBatch(),
    };
  }

  /**
   * The state without metadata: what a worker sends back for a batch of replications (one
   * compact message instead of one record per replication; it folds in exactly with
   * {@link Accumulator.absorb}).
   */
  toBatch(): BatchState {
    const order = this.order();
    const scalars: Record<string, (number | null)[]> = {};
    let sketches: Record<string, ScalarSketchState> | undefined;
    if (this.mode === 'sketch') {
      sketches = {};
      for (const name of [...this.sketches.keys()].sort()) {
        sketches[name] = (this.sketches.get(name) as ScalarSketch).toState();
      }
    }
    for (const name of [...this.scalars.keys()].sort()) {
      const col = this.scalars.get(name) as Column;
      scalars[name] = order.map((i) => {
        const v = col.get(i);
        return Number.isNaN(v) ? null : v;
      });
    }
    const series: Record<string, SeriesState> = {};
    for (const name of [...this.series.keys()].sort()) {
      const s = this.series.get(name) as SeriesAccumulator;
      series[name] = {
        n: [...s.n],
        sum: [...s.sum],
        sumSq: [...s.sumSq],
        tallies: s.tallies.map(flattenTally),
      };
    }
    const histograms: Record<string, Histogram> = {};
    for (const name of [...this.histograms.keys()].sort()) {
      const h = this.histograms.get(name) as HistogramAccumulator;
      histograms[name] = { binWidth: h.binWidth, counts: [...h.counts] };
    }
    const replications = order.map((i) => this.reps[i] as number);
    if (sketches === undefined) return { replications, scalars, series, histograms };
    return { replications, scalars, sketches, series, histograms };
  }

  /** Row indices in ascending replication order. */
  private order(): number[] {
    const idx = this.reps.map((_, i) => i);
    return idx.sort((i, j) => (this.reps[i] as number) - (this.reps[j] as number));
  }

  private addReplication(r: number): void {
    if (!Number.isSafeInteger(r) || r < 0) {
      throw new ExperimentError(`replication index must be a non-negative integer, got ${r}`);
    }
    if (this.seen.has(r)) throw new ExperimentError(`replication ${r} was recorded twice`);
    this.seen.add(r);
    this.reps.push(r);
  }

  private pushScalars(
    r: number,
    values: Readonly<Record<string, number | null>>,
    nullIsNaN: boolean,
  ): void {
    const row = this.reps.length - 1;
    for (const name of Object.keys(values)) {
      let v = values[name];
      if (v === null && nullIsNaN) v = Number.NaN;
      if (typeof v !== 'number') {
        throw new ExperimentError(
          `scalar '${name}' of replication ${r}: expected a number, got ${String(v)}`,
        );
      }
      if (this.mode === 'sketch') {
        if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) {
          throw new ExperimentError(
            `scalar '${name}' of replication ${r}: ${v} cannot be kept in sketch mode (exact sums); run with scalars: 'exact'`,
          );
        }
        this.sketchFor(name).add(v);
        continue;
      }
      let col = this.scalars.get(name);
      if (col === undefined) {
        col = Column.nans(row);
        this.scalars.set(name, col);
      }
      col.push(v);
    }
    for (const col of this.scalars.values()) if (col.length === row) col.push(Number.NaN);
  }

  private sketchFor(name: string): ScalarSketch {
    let s = this.sketches.get(name);
    if (s === undefined) {
      s = new ScalarSketch();
      this.sketches.set(name, s);
    }
    return s;
  }

  private seriesFor(name: string): SeriesAccumulator {
    let s = this.series.get(name);
    if (s === undefined) {
      s = { n: [], sum: [], sumSq: [], tallies: [] };
      this.series.set(name, s);
    }
    return s;
  }

  private addSeries(name: string, r: number, values: readonly number[]): void {
    if (!Array.isArray(values)) {
      throw new ExperimentError(`series '${name}' of replication ${r}: expected an array`);
    }
    const s = this.seriesFor(name);
    extendSeries(s, values.length);
    for (let d = 0; d < values.length; d++) {
      const v = values[d] as number;
      if (!Number.isInteger(v)) {
        throw new ExperimentError(
          `series '${name}' day ${d} of replication ${r}: expected an integer count, got ${v}`,
        );
      }
      s.n[d] = (s.n[d] as number) + 1;
      s.sum[d] = (s.sum[d] as number) + v;
      s.sumSq[d] = (s.sumSq[d] as number) + v * v;
      const tally = s.tallies[d] as Map<number, number>;
      tally.set(v, (tally.get(v) ?? 0) + 1);
    }
  }

  private absorbSeries(name: string, state: SeriesState): void {
    const s = this.seriesFor(name);
    const days = state.n.length;
    if (state.sum.length !== days || state.sumSq.length !== days || state.tallies.length !== days) {
      throw new ExperimentError(
        `part series '${name}': n, sum, sumSq and tallies differ in length`,
      );
    }
    extendSeries(s, days);
    for (let d = 0; d < days; d++) {
      s.n[d] = (s.n[d] as number) + (state.n[d] as number);
      s.sum[d] = (s.sum[d] as number) + (state.sum[d] as number);
      s.sumSq[d] = (s.sumSq[d] as number) + (state.sumSq[d] as number);
      const tally = s.tallies[d] as Map<number, number>;
      const flat = state.tallies[d] as number[];
      for (let i = 0; i < flat.length; i += 2) {
        const v = flat[i] as number;
        tally.set(v, (tally.get(v) ?? 0) + (flat[i + 1] as number));
      }
    }
  }

  private addHistogram(name: string, r: number, h: Histogram): void {
    const where = r >= 0 ? `histogram '${name}' of replication ${r}` : `part histogram '${name}'`;
    if (
      h === null ||
      typeof h !== 'object' ||
      !(h.binWidth > 0 && Number.isFinite(h.binWidth)) ||
      !Array.isArray(h.counts)
    ) {
      throw new ExperimentError(`${where}: expected { binWidth > 0, counts: number[] }`);
    }
    for (const c of h.counts) {
      if (!Number.isInteger(c) || c < 0) {
        throw new ExperimentError(`${where}: counts must be non-negative integers, got ${c}`);
      }
    }
    const acc = this.histograms.get(name);
    if (acc === undefined) {
      this.histograms.set(name, { binWidth: h.binWidth, counts: [...h.counts] });
      return;
    }
    if (acc.binWidth !== h.binWidth || acc.counts.length !== h.counts.length) {
      throw new ExperimentError(
        `${where}: ${h.counts.length} bins of width ${h.binWidth} cannot merge with ` +
          `${acc.counts.length} bins of width ${acc.binWidth} (bins must be identical)`,
      );
    }
    for (let i = 0; i < h.counts.length; i++) {
      acc.counts[i] = (acc.counts[i] as number) + (h.counts[i] as number);
    }
  }
}

function extendSeries(s: SeriesAccumulator, days: number): void {
  while (s.n.length < days) {
    s.n.push(0);
    s.sum.push(0);
    s.sumSq.push(0);
    s.tallies.push(new Map());
  }
}

function flattenTally(tally: Map<number, number>): number[] {
  const values = [...tally.keys()].sort(ascending);
  const flat: number[] = [];
  for (const v of values) flat.push(v, tally.get(v) as number);
  return flat;
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** How the summaries are computed (recorded in every result kept in exact mode). */
export const STATISTICS: ExperimentMeta['statistics'] = {
  confidenceLevel: 0.95,
  interval: 'Student t on the replication means',
  quantiles: 'linear interpolation between order statistics (d3-array quantileSorted, R type 7)',
  histogramQuantiles: 'linear interpolation within a bin (resolution: binWidth)',
};

/** How the summaries are computed in sketch mode (see `sketch.ts`). */
export const SKETCH_STATISTICS: ExperimentMeta['statistics'] = {
  ...STATISTICS,
  quantiles: `quantile sketch: exact while a metric takes at most ${SKETCH_EXACT_VALUES} distinct values, else order statistics within ${SKETCH_RELATIVE_ERROR * 100} % (relative), interpolated as R type 7; mean and sd from exact sums`,
};

/** Whether a result kept its scalars in sketch mode (quantiles from sketches, no per-replication values). */
export function keptInSketch(meta: ExperimentMeta): boolean {
  return meta.statistics.quantiles === SKETCH_STATISTICS.quantiles;
}

/** How the quantiles of a result kept in sketch mode were computed, for a report's fields. */
export const SKETCH_QUANTILES_TEXT = `from a sketch (exact for a metric with at most ${SKETCH_EXACT_VALUES} distinct values, else each within ${SKETCH_RELATIVE_ERROR * 100} % of the value it estimates); means, intervals, minima and maxima exact`;

/** The sentence reports add for a result kept in sketch mode, else ''. */
export function sketchNote(meta: ExperimentMeta): string {
  return keptInSketch(meta) ? ` Quantiles ${SKETCH_QUANTILES_TEXT}.` : '';
}

/**
 * Summarises a part into a result. `requested` is the number of replications asked for; the
 * result is `partial` when the part holds fewer.
 */
export function summarizePart(part: ExperimentPart, requested: number): ExperimentResult {
  const info: RunInfo = part.meta;
  const completed = part.replications.length;
  const meta: ExperimentMeta = {
    package: info.package,
    model: info.model,
    seed: info.seed,
    replications: { requested, completed, partial: completed < requested },
    scenario: info.scenario,
    assumptions: info.assumptions,
    metrics: info.metrics,
    statistics: part.sketches === undefined ? STATISTICS : SKETCH_STATISTICS,
  };
  const perScalars: Record<string, number[]> = {};
  const scalars: Record<string, ScalarSummary> = {};
  if (part.sketches !== undefined) {
    for (const name of Object.keys(part.sketches).sort()) {
      scalars[name] = summarizeSketch(
        ScalarSketch.fromState(part.sketches[name] as ScalarSketchState),
      );
    }
  }
  for (const name of Object.keys(part.scalars).sort()) {
    const values = (part.scalars[name] as (number | null)[]).map((v) => v ?? Number.NaN);
    perScalars[name] = values;
    scalars[name] = summarize(values);
  }
  const series: Record<string, SeriesSummary> = {};
  for (const name of Object.keys(part.series).sort()) {
    series[name] = summarizeSeries(part.series[name] as SeriesState);
  }
  const histograms: Record<string, HistogramSummary> = {};
  for (const name of Object.keys(part.histograms).sort()) {
    histograms[name] = summarizeHistogram(part.histograms[name] as Histogram);
  }
  return {
    format: 'peacekeeping-sim/experiment-result',
    formatVersion: 1,
    meta,
    scalars,
    series,
    histograms,
    perReplication: { replications: [...part.replications], scalars: perScalars },
  };
}

/** Per-day mean and sd from exact sums, quantiles from exact tallies. */
export function summarizeSeries(s: SeriesState): SeriesSummary {
  const days = s.n.length;
  const out = {
    days,
    n: [...s.n],
    mean: [] as number[],
    sd: [] as number[],
    p5: [] as number[],
    p50: [] as number[],
    p95: [] as number[],
  };
  for (let d = 0; d < days; d++) {
    const n = s.n[d] as number;
    const sum = s.sum[d] as number;
    const sumSq = s.sumSq[d] as number;
    const tally = s.tallies[d] as number[];
    out.mean.push(n > 0 ? sum / n : Number.NaN);
    out.sd.push(n > 1 ? exactSd(n, sum, sumSq) : Number.NaN);
    out.p5.push(tallyQuantile(tally, n, 0.05));
    out.p50.push(tallyQuantile(tally, n, 0.5));
    out.p95.push(tallyQuantile(tally, n, 0.95));
  }
  return out;
}

/** Sample sd from integer n, Σx, Σx²: the numerator n·Σx² − (Σx)² is computed exactly. */
function exactSd(n: number, sum: number, sumSq: number): number {
  const numerator = BigInt(n) * BigInt(sumSq) - BigInt(sum) * BigInt(sum);
  return Math.sqrt(Number(numerator) / (n * (n - 1)));
}

/** Merged histogram with total, overflow and interpolated quantiles. */
export function summarizeHistogram(h: Histogram): HistogramSummary {
  let total = 0;
  for (const c of h.counts) total += c;
  return {
    binWidth: h.binWidth,
    counts: [...h.counts],
    total,
    overflow: h.counts.length > 0 ? (h.counts[h.counts.length - 1] as number) : 0,
    p50: histogramQuantile(h.counts, h.binWidth, 0.5),
    p90: histogramQuantile(h.counts, h.binWidth, 0.9),
    p95: histogramQuantile(h.counts, h.binWidth, 0.95),
  };
}
