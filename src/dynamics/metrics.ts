/**
 * Collects what one replication measures into the compact {@link ReplicationRecord}: counters
 * and scalars, daily integer series, and fixed-bin histograms of times in minutes. Every name a
 * replication can report is declared up front (counters at zero), so every replication reports the
 * same keys, in sorted order.
 *
 * @module
 */
import { quantileSorted } from 'd3-array';
import type { Histogram, ReplicationRecord } from '../experiment/record.js';

/** Bin width of time histograms, in minutes. */
export const HISTOGRAM_BIN_MIN = 5;
/** Bins of time histograms: 5-minute bins up to 48 h; the last bin is open-ended. */
export const HISTOGRAM_BINS = (48 * 60) / HISTOGRAM_BIN_MIN + 1;

/** Mutable metric store of one replication. */
export class Metrics {
  private readonly scalars = new Map<string, number>();
  private readonly series = new Map<string, number[]>();
  private readonly histograms = new Map<string, number[]>();
  readonly days: number;

  constructor(days: number) {
    this.days = days;
  }

  /** Declares a counter at zero (idempotent). */
  declare(name: string): void {
    if (!this.scalars.has(name)) this.scalars.set(name, 0);
  }

  /** Adds `n` to a counter (declaring it if needed). */
  add(name: string, n = 1): void {
    this.scalars.set(name, (this.scalars.get(name) ?? 0) + n);
  }

  /** Sets a scalar. */
  set(name: string, value: number): void {
    this.scalars.set(name, value);
  }

  /** Reads a scalar (0 when undeclared). */
  get(name: string): number {
    return this.scalars.get(name) ?? 0;
  }

  /** Declares a daily series (all zero). */
  declareSeries(name: string): number[] {
    let s = this.series.get(name);
    if (s === undefined) {
      s = new Array<number>(this.days).fill(0);
      this.series.set(name, s);
    }
    return s;
  }

  /** Declares a time histogram (minutes). */
  declareHistogram(name: string): void {
    if (!this.histograms.has(name))
      this.histograms.set(name, new Array<number>(HISTOGRAM_BINS).fill(0));
  }

  /** Adds one observation, in minutes, to a histogram. */
  observe(name: string, minutes: number): void {
    let h = this.histograms.get(name);
    if (h === undefined) {
      this.declareHistogram(name);
      h = this.histograms.get(name)!;
    }
    const bin = Math.min(Math.floor(minutes / HISTOGRAM_BIN_MIN), HISTOGRAM_BINS - 1);
    h[Math.max(bin, 0)]! += 1;
  }

  /** The plain record, keys sorted. */
  toRecord(replication: number): ReplicationRecord {
    const scalars: Record<string, number> = {};
    for (const k of [...this.scalars.keys()].sort()) scalars[k] = this.scalars.get(k)!;
    const series: Record<string, number[]> = {};
    for (const k of [...this.series.keys()].sort()) series[k] = this.series.get(k)!;
    const histograms: Record<string, Histogram> = {};
    for (const k of [...this.histograms.keys()].sort()) {
      histograms[k] = { binWidth: HISTOGRAM_BIN_MIN, counts: this.histograms.get(k)! };
    }
    return { replication, scalars, series, histograms };
  }
}

/**
 * Streaming sample summary kept inside a replication (for a replication's own median, share
 * under a threshold): the samples of one replication are bounded by the mission's event count
 * over the horizon, a few hundred, and are dropped once summarised.
 */
export class SampleSet {
  private readonly values: number[] = [];

  add(v: number): void {
    this.values.push(v);
  }

  get count(): number {
    return this.values.length;
  }

  /** Quantile by linear interpolation, as d3-array computes it (NaN when empty). */
  quantile(p: number): number {
    if (this.values.length === 0) return Number.NaN;
    return (
      quantileSorted(
        [...this.values].sort((a, b) => a - b),
        p,
      ) ?? Number.NaN
    );
  }

  /** Mean (NaN when empty). */
  mean(): number {
    const n = this.values.length;
    if (n === 0) return Number.NaN;
    let sum = 0;
    for (const v of this.values) sum += v;
    return sum / n;
  }

  /** Share of samples ≤ `threshold` (NaN when empty). */
  shareAtMost(threshold: number): number {
    const n = this.values.length;
    if (n === 0) return Number.NaN;
    let k = 0;
    for (const v of this.values) if (v <= threshold) k++;
    return k / n;
  }
}
