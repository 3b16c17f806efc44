/**
 * The verdict of a backtest: where an observed figure falls against the model's prediction
 * interval (the 5th to 95th percentile of the matching quantity across replications), and by
 * how much it misses.
 *
 * @module
 */
import { quantileSorted } from 'd3-array';
import type { ObservationKind } from '../data/validation-2021.js';
import { InvalidArgumentError } from '../errors.js';

/**
 * Where an observed figure falls against the model's prediction interval:
 * - `inside`: within [low, high];
 * - `above` / `below`: beyond the high / low end (the model predicted too little / too much);
 * - `consistent`: a lower bound ("at least n") at or below the interval's high end, which the
 *   true value may therefore lie inside;
 * - `not-comparable`: no model quantity matches the figure in this run (see the row's reason).
 */
export type BacktestVerdict = 'inside' | 'above' | 'below' | 'consistent' | 'not-comparable';

/** The model's prediction interval for a figure, and where the figure falls. */
export interface VerdictResult {
  readonly verdict: Exclude<BacktestVerdict, 'not-comparable'>;
  /** Replications with a value (NaN skipped). */
  readonly n: number;
  /** Lower end of the prediction interval (the (1 − level)/2 quantile). */
  readonly low: number;
  /** Median of the model's values. */
  readonly median: number;
  /** Upper end of the prediction interval (the (1 + level)/2 quantile). */
  readonly high: number;
  /**
   * How far the figure lies beyond the interval, in the figure's unit (always ≥ 0): observed −
   * high when above, low − observed when below; 0 inside or consistent.
   */
  readonly miss: number;
  /** observed ÷ median (NaN when the median is 0). */
  readonly ratio: number;
  /**
   * The figure's rank among the model's values: the share of replications below it, counting
   * ties as half (0: below every replication, 1: above every one).
   */
  readonly rank: number;
}

/**
 * The verdict on `observed` given the model's values of the matching quantity, one per
 * replication, and the central prediction interval at `level` (default 0.9: the 5th to 95th
 * percentile, d3-array `quantileSorted`, R type 7). A figure of kind `atLeast` (a lower bound)
 * can only be `above` (the interval's high end is below it) or `consistent`.
 *
 * @throws {@link InvalidArgumentError} when no value is finite, `observed` is not finite or
 *   `level` is not in (0, 1)
 * @example
 * ```ts
 * backtestVerdict([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], 25);
 * // { verdict: 'above', low: 2, median: 11, high: 20, miss: 5, … }
 * ```
 */
export function backtestVerdict(
  values: readonly number[],
  observed: number,
  kind: ObservationKind = 'count',
  level = 0.9,
): VerdictResult {
  if (!(level > 0 && level < 1))
    throw new InvalidArgumentError('level', 'a number in (0, 1)', level);
  if (!Number.isFinite(observed))
    throw new InvalidArgumentError('observed', 'a finite number', observed);
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) {
    throw new InvalidArgumentError('values', 'at least one finite value', values);
  }
  // (1 − 0.9) / 2 is 0.04999999999999999 in binary floating point: round the tail to 12
  // decimals so that the 5th percentile of 1…21 is exactly the 2nd value.
  const tail = Math.round(((1 - level) / 2) * 1e12) / 1e12;
  const low = quantileSorted(sorted, tail) as number;
  const median = quantileSorted(sorted, 0.5) as number;
  const high = quantileSorted(sorted, 1 - tail) as number;
  let below = 0;
  let ties = 0;
  for (const v of sorted) {
    if (v < observed) below++;
    else if (v === observed) ties++;
  }
  const rank = (below + ties / 2) / sorted.length;
  let verdict: VerdictResult['verdict'];
  let miss = 0;
  if (observed > high) {
    verdict = 'above';
    miss = observed - high;
  } else if (kind === 'atLeast') {
    verdict = 'consistent';
  } else if (observed < low) {
    verdict = 'below';
    miss = low - observed;
  } else {
    verdict = 'inside';
  }
  return {
    verdict,
    n: sorted.length,
    low,
    median,
    high,
    miss,
    ratio: median === 0 ? Number.NaN : observed / median,
    rank,
  };
}
