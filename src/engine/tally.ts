/**
 * Tally: streaming statistics of observations (Welford's algorithm for the variance, a plain
 * running sum for the mean), with optional retention of the samples for quantiles and shares.
 *
 * A tally with `{ keepSamples: true }` is the summary a replication needs of its own samples
 * (response times, times to surgery): `mean`, `quantile(p)` and `shareAtMost(x)` give exactly
 * what d3-array gives on the same array (`mean`, `quantileSorted` on the sorted copy, and the
 * share of samples `≤ x`), `NaN` when there are no samples.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

/** Options of `new Tally()`. */
export interface TallyOptions {
  /** Keep every observation so {@link Tally.quantile} works (memory grows with the count). */
  readonly keepSamples?: boolean;
}

/**
 * Count, mean, variance, minimum and maximum of a stream of observations in constant memory
 * (Welford's update for the variance, numerically stable). With `{ keepSamples: true }` it also
 * keeps the observations, for {@link Tally.quantile} and {@link Tally.shareAtMost}.
 *
 * @example
 * ```ts
 * const waits = new Tally();
 * waits.add(0.5); waits.add(1.5);
 * waits.mean; // 1
 * ```
 */
export class Tally {
  private n = 0;
  private total = 0;
  private m = 0;
  private s2 = 0;
  private lo = Number.POSITIVE_INFINITY;
  private hi = Number.NEGATIVE_INFINITY;
  private readonly samples: number[] | null;
  private sorted = true;

  /** Creates an empty tally. */
  constructor(options: TallyOptions = {}) {
    this.samples = options.keepSamples === true ? [] : null;
  }

  /** Records one observation (a finite number). */
  add(x: number): void {
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw new InvalidArgumentError('x', 'a finite number', x);
    }
    const n = ++this.n;
    this.total += x;
    const d = x - this.m;
    this.m += d / n;
    this.s2 += d * (x - this.m);
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
    if (this.samples !== null) {
      this.samples.push(x);
      this.sorted = false;
    }
  }

  /** Number of observations. */
  get count(): number {
    return this.n;
  }

  /**
   * Mean of the observations (`NaN` if none): their sum in the order added, divided by the count,
   * so it equals the mean computed from the same array by a plain loop (or d3-array's `mean`).
   */
  get mean(): number {
    return this.n === 0 ? Number.NaN : this.total / this.n;
  }

  /** Sum of the observations, added in order. */
  get sum(): number {
    return this.total;
  }

  /** Sample variance (divisor n − 1; `NaN` with fewer than two observations). */
  get variance(): number {
    return this.n < 2 ? Number.NaN : this.s2 / (this.n - 1);
  }

  /** Sample standard deviation. */
  get stdDev(): number {
    return Math.sqrt(this.variance);
  }

  /** Standard error of the mean: `stdDev / √count`. */
  get stdError(): number {
    return this.stdDev / Math.sqrt(this.n);
  }

  /** Smallest observation (`NaN` if none). */
  get min(): number {
    return this.n === 0 ? Number.NaN : this.lo;
  }

  /** Largest observation (`NaN` if none). */
  get max(): number {
    return this.n === 0 ? Number.NaN : this.hi;
  }

  /**
   * The `p`-quantile by linear interpolation between order statistics (R type 7), with exactly
   * d3-array's `quantileSorted` semantics: `p ≤ 0` gives the minimum, `p ≥ 1` the maximum, and the
   * result is `NaN` when there are no samples or `p` is `NaN`. Needs `{ keepSamples: true }`.
   *
   * @example
   * ```ts
   * const t = new Tally({ keepSamples: true });
   * for (const x of [3, 1, 4, 1]) t.add(x);
   * t.quantile(0.5); // 2
   * ```
   */
  quantile(p: number): number {
    const xs = this.sortedSamples();
    if (typeof p !== 'number') throw new InvalidArgumentError('p', 'a number', p);
    const n = xs.length;
    if (n === 0 || Number.isNaN(p)) return Number.NaN;
    if (p <= 0 || n < 2) return xs[0]!;
    if (p >= 1) return xs[n - 1]!;
    const h = (n - 1) * p;
    const i = Math.floor(h);
    const a = xs[i]!;
    return a + (xs[i + 1]! - a) * (h - i);
  }

  /**
   * Share of the samples that are `≤ x` (`NaN` when there are none), e.g. the share of
   * responses within a target time. Needs `{ keepSamples: true }`.
   */
  shareAtMost(x: number): number {
    const xs = this.sortedSamples();
    if (typeof x !== 'number') throw new InvalidArgumentError('x', 'a number', x);
    const n = xs.length;
    if (n === 0) return Number.NaN;
    // First index whose sample exceeds x (binary search on the sorted samples).
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (xs[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo / n;
  }

  private sortedSamples(): number[] {
    const xs = this.samples;
    if (xs === null) {
      throw new InvalidArgumentError(
        'keepSamples',
        'a tally created with { keepSamples: true }',
        false,
      );
    }
    if (!this.sorted) {
      xs.sort((a, b) => a - b);
      this.sorted = true;
    }
    return xs;
  }

  /** Forgets every observation (e.g. at the end of a warm-up period). */
  reset(): void {
    this.n = 0;
    this.total = 0;
    this.m = 0;
    this.s2 = 0;
    this.lo = Number.POSITIVE_INFINITY;
    this.hi = Number.NEGATIVE_INFINITY;
    if (this.samples !== null) this.samples.length = 0;
    this.sorted = true;
  }
}
