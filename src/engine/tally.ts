/**
 * Tally: streaming statistics of observations (Welford's algorithm), with optional retention of
 * the samples for quantiles.
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
 * (Welford's update, numerically stable). With `{ keepSamples: true }` it also keeps the
 * observations, for quantiles.
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

  /** Mean of the observations (`NaN` if none). */
  get mean(): number {
    return this.n === 0 ? Number.NaN : this.m;
  }

  /** Sum of the observations. */
  get sum(): number {
    return this.m * this.n;
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
   * The `p`-quantile (0 ≤ p ≤ 1) by linear interpolation between order statistics (R type 7, as
   * d3-array). Needs `{ keepSamples: true }`.
   */
  quantile(p: number): number {
    if (this.samples === null) {
      throw new InvalidArgumentError(
        'keepSamples',
        'a tally created with { keepSamples: true }',
        false,
      );
    }
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
      throw new InvalidArgumentError('p', 'a number in [0, 1]', p);
    }
    const xs = this.samples;
    if (xs.length === 0) return Number.NaN;
    if (!this.sorted) {
      xs.sort((a, b) => a - b);
      this.sorted = true;
    }
    const h = (xs.length - 1) * p;
    const i = Math.floor(h);
    const a = xs[i]!;
    return i + 1 < xs.length ? a + (h - i) * (xs[i + 1]! - a) : a;
  }

  /** Forgets every observation (e.g. at the end of a warm-up period). */
  reset(): void {
    this.n = 0;
    this.m = 0;
    this.s2 = 0;
    this.lo = Number.POSITIVE_INFINITY;
    this.hi = Number.NEGATIVE_INFINITY;
    if (this.samples !== null) this.samples.length = 0;
    this.sorted = true;
  }
}
