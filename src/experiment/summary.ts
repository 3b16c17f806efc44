/**
 * Summary statistics of replication values: mean, sd, Student-t confidence interval,
 * quantiles, plus quantiles read from exact value tallies and from fixed-bin histograms.
 *
 * @module
 */
import { deviation, mean, quantileSorted } from 'd3-array';
import type { ScalarSketch } from './sketch.js';
import { studentTQuantile } from './student-t.js';
import type { ScalarSummary } from './types.js';

/**
 * Summarises replication values: NaN values are skipped; the rest are summed in the order
 * given (pass them in replication order for reproducible bits), sorted once for quantiles.
 *
 * @param values - one value per replication
 * @returns n, mean, sd (n − 1), 95 % Student-t interval and half-width, min, max, p5/p50/p90/p95
 * @example
 * ```ts
 * summarize([3, 1, 2]).mean; // 2
 * ```
 */
export function summarize(values: readonly number[]): ScalarSummary {
  const defined: number[] = [];
  for (const v of values) if (!Number.isNaN(v)) defined.push(v);
  const n = defined.length;
  if (n === 0) {
    return {
      n: 0,
      mean: Number.NaN,
      sd: Number.NaN,
      ciLow: Number.NaN,
      ciHigh: Number.NaN,
      halfWidth: Number.NaN,
      min: Number.NaN,
      max: Number.NaN,
      p5: Number.NaN,
      p50: Number.NaN,
      p90: Number.NaN,
      p95: Number.NaN,
    };
  }
  const m = mean(defined) as number;
  const sd = n > 1 ? (deviation(defined) as number) : Number.NaN;
  // A typed array sorts numerically; d3's quantileSorted only indexes into it.
  const sorted = Float64Array.from(defined).sort() as unknown as number[];
  return withInterval(
    n,
    m,
    sd,
    sorted[0] as number,
    sorted[n - 1] as number,
    (p) => quantileSorted(sorted, p) as number,
  );
}

/**
 * Summarises a {@link ScalarSketch}: n, min and max exact; mean and sd from exact sums; the
 * interval as {@link summarize} computes it; quantiles from the sketch (within its stated error).
 */
export function summarizeSketch(sketch: ScalarSketch): ScalarSummary {
  const n = sketch.n;
  if (n === 0) return summarize([]);
  return withInterval(n, sketch.mean(), sketch.sd(), sketch.min(), sketch.max(), (p) =>
    sketch.quantile(p),
  );
}

function withInterval(
  n: number,
  m: number,
  sd: number,
  min: number,
  max: number,
  quantile: (p: number) => number,
): ScalarSummary {
  const halfWidth = n > 1 ? (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n) : Number.NaN;
  return {
    n,
    mean: m,
    sd,
    ciLow: m - halfWidth,
    ciHigh: m + halfWidth,
    halfWidth,
    min,
    max,
    p5: quantile(0.05),
    p50: quantile(0.5),
    p90: quantile(0.9),
    p95: quantile(0.95),
  };
}

/**
 * The p-quantile of the values a tally stands for, with exactly the interpolation of
 * d3-array `quantileSorted` over the expanded sorted values (R type 7).
 *
 * @param tally - `[value0, count0, value1, count1, …]`, values ascending, counts > 0
 * @param n - Σ counts
 * @param p - probability in [0, 1]
 * @returns NaN when `n` is 0
 */
export function tallyQuantile(tally: readonly number[], n: number, p: number): number {
  if (n === 0) return Number.NaN;
  if (p <= 0 || n < 2) return tally[0] as number;
  if (p >= 1) return tally[tally.length - 2] as number;
  const h = (n - 1) * p;
  const i0 = Math.floor(h);
  const v0 = valueAtRank(tally, i0);
  const v1 = valueAtRank(tally, i0 + 1);
  return v0 + (v1 - v0) * (h - i0);
}

/** The value of 0-based rank `k` in the sorted expansion of a tally. */
function valueAtRank(tally: readonly number[], k: number): number {
  let seen = 0;
  for (let i = 0; i < tally.length; i += 2) {
    seen += tally[i + 1] as number;
    if (k < seen) return tally[i] as number;
  }
  return tally[tally.length - 2] as number;
}

/**
 * The p-quantile of the samples counted in a fixed-bin histogram, interpolating linearly inside
 * the bin that holds it (resolution: `binWidth`). Bin i covers [i·binWidth, (i+1)·binWidth);
 * the last bin is open-ended, and a quantile falling there is reported as its lower edge.
 *
 * @returns NaN when the histogram is empty
 */
export function histogramQuantile(counts: readonly number[], binWidth: number, p: number): number {
  let total = 0;
  for (const c of counts) total += c;
  if (total === 0) return Number.NaN;
  const target = p * total;
  let before = 0;
  const last = counts.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = counts[i] as number;
    if (c > 0 && before + c >= target) {
      if (i === last) return i * binWidth;
      return (i + (target - before) / c) * binWidth;
    }
    before += c;
  }
  return last * binWidth;
}
