/**
 * The summary of a scalar metric in memory that does not grow with the number of replications:
 * exact sums of the values and of their squares, exact minimum and maximum, and a quantile
 * sketch with a stated relative error. Every part of it merges exactly and in any order (sums are
 * exact integers, the sketch holds integer counts), so a run gives the same bytes whatever its
 * number of workers or shards.
 *
 * **Sums.** A float64 is an integer multiple of 2⁻¹⁰⁷⁴, so the sum of any float64 values is
 * held exactly as a `bigint` count of 2⁻¹⁰⁷⁴ (and the sum of squares as a count of 2⁻²¹⁴⁸).
 * The mean is that exact sum rounded to a float64, divided by n; the variance is computed from
 * `n·Σx² − (Σx)²` in exact integer arithmetic, so no cancellation can lose it.
 *
 * **Quantiles.** While a metric takes at most {@link SKETCH_EXACT_VALUES} distinct values (counts,
 * shares of a few outcomes), the sketch also keeps their exact tally, and its quantiles are the
 * exact ones, to the bit. Past that, the tally is dropped (whether it is depends only on the set
 * of values, not on the order they came in) and quantiles come from buckets: DDSketch's logarithmic mapping (Masson, Rim and Lee, VLDB 2019):
 * a positive value x falls in bucket ⌈log_γ x⌉ with γ = (1 + α)/(1 − α), negative values
 * likewise by magnitude, zeros apart. A bucket's representative value is within a relative error
 * α of every value in it. A quantile is read as d3-array's `quantileSorted` (R type 7) reads
 * it, interpolating between the order statistics x₍ⱼ₎ and x₍ⱼ₊₁₎, each replaced by its
 * bucket's representative (the extremes by the exact minimum and maximum), then clamped to
 * [min, max]. Hence the bound: |sketch quantile − exact quantile| ≤ α · max(|x₍ⱼ₎|, |x₍ⱼ₊₁₎|).
 *
 * @module
 */
import { ExperimentError } from '../errors.js';
import { tallyQuantile } from './summary.js';

/** Relative error α of the sketch's order statistics (0.5 %). */
export const SKETCH_RELATIVE_ERROR = 0.005;

/** Most distinct values a sketch tallies exactly (its quantiles are then exact). */
export const SKETCH_EXACT_VALUES = 512;

const GAMMA = (1 + SKETCH_RELATIVE_ERROR) / (1 - SKETCH_RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);
/** Exponent of the unit of the exact sums: values are counted in 2⁻¹⁰⁷⁴. */
const SCALE = 1074;

/** The serialisable state of a {@link ScalarSketch}: plain JSON, canonical for equal states. */
export interface ScalarSketchState {
  /** Values added (NaN values are not). */
  readonly n: number;
  /** Exact minimum and maximum (null when n = 0). */
  readonly min: number | null;
  readonly max: number | null;
  /** Σx in units of 2⁻¹⁰⁷⁴, as a signed hexadecimal integer. */
  readonly sum: string;
  /** Σx² in units of 2⁻²¹⁴⁸, as a hexadecimal integer. */
  readonly sumSq: string;
  /** Values equal to zero. */
  readonly zeros: number;
  /** Positive values by bucket, flattened `[bucket, count, …]`, buckets ascending. */
  readonly positive: number[];
  /** Negative values by the bucket of their magnitude, flattened likewise. */
  readonly negative: number[];
  /**
   * Every value with its count, flattened `[value, count, …]`, values ascending, while there
   * are at most {@link SKETCH_EXACT_VALUES} distinct ones; null past that.
   */
  readonly tally: number[] | null;
}

const view = new DataView(new ArrayBuffer(8));

/** `x · 2¹⁰⁷⁴` exactly, for a finite x. */
function scaled(x: number): bigint {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const exponent = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exponent > 0) mantissa = (mantissa | (1n << 52n)) << BigInt(exponent - 1);
  return hi >>> 31 === 1 ? -mantissa : mantissa;
}

/** The float64 nearest `v · 2^−scale` (rounded twice at most: to 64 bits, then to 53). */
function unscale(v: bigint, scale: number): number {
  if (v === 0n) return 0;
  const negative = v < 0n;
  const a = negative ? -v : v;
  const shift = Math.max(0, a.toString(2).length - 64);
  const top = Number(a >> BigInt(shift));
  // Two factors, so that neither 2^(shift − scale) part underflows on its own.
  const e = shift - scale;
  const half = Math.trunc(e / 2);
  const x = top * 2 ** half * 2 ** (e - half);
  return negative ? -x : x;
}

function bucketOf(magnitude: number): number {
  return Math.ceil(Math.log(magnitude) / LOG_GAMMA);
}

/** The representative of bucket i: within relative error α of every value in (γ^(i−1), γ^i]. */
function representative(bucket: number): number {
  return (2 * GAMMA ** bucket) / (GAMMA + 1);
}

function flatten(buckets: Map<number, number>): number[] {
  const keys = [...buckets.keys()].sort((a, b) => a - b);
  const out: number[] = [];
  for (const k of keys) out.push(k, buckets.get(k) as number);
  return out;
}

/**
 * Mergeable summary of one scalar metric over replications (see the module notes).
 *
 * @example
 * ```ts
 * const s = new ScalarSketch();
 * for (const v of [3, 1, 2]) s.add(v);
 * s.mean(); // 2
 * ```
 */
export class ScalarSketch {
  private count = 0;
  private lowest = Number.POSITIVE_INFINITY;
  private highest = Number.NEGATIVE_INFINITY;
  private sum = 0n;
  private sumSq = 0n;
  /**
   * Integer values summed in float64 while the sums stay exact integers (below 2⁵³), folded into
   * the exact sums when they would not: most metrics are counts, and this spares their values a
   * `bigint` each.
   */
  private intSum = 0;
  private intSumSq = 0;
  private zeros = 0;
  private readonly positive = new Map<number, number>();
  private readonly negative = new Map<number, number>();
  /** Exact counts by value, until there are more than SKETCH_EXACT_VALUES distinct values. */
  private tally: Map<number, number> | null = new Map();

  /** Values added so far (NaN excluded). */
  get n(): number {
    return this.count;
  }

  /** Adds one value; NaN is skipped (a metric undefined in that replication). */
  add(x: number): void {
    if (Number.isNaN(x)) return;
    if (!Number.isFinite(x)) {
      throw new ExperimentError(`a sketched metric must be finite, got ${x}`);
    }
    if (x === 0) x = 0; // −0 counts as 0, so the extremes do not depend on the order of adds
    this.count++;
    if (x < this.lowest) this.lowest = x;
    if (x > this.highest) this.highest = x;
    const sq = x * x;
    if (Number.isInteger(x) && sq <= Number.MAX_SAFE_INTEGER) {
      if (
        Math.abs(this.intSum) + Math.abs(x) > Number.MAX_SAFE_INTEGER ||
        this.intSumSq + sq > Number.MAX_SAFE_INTEGER
      ) {
        this.foldIntegers();
      }
      this.intSum += x;
      this.intSumSq += sq;
    } else {
      const s = scaled(x);
      this.sum += s;
      this.sumSq += s * s;
    }
    if (this.tally !== null) {
      this.tally.set(x, (this.tally.get(x) ?? 0) + 1);
      if (this.tally.size > SKETCH_EXACT_VALUES) this.tally = null;
    }
    if (x === 0) this.zeros++;
    else {
      const store = x > 0 ? this.positive : this.negative;
      const b = bucketOf(Math.abs(x));
      store.set(b, (store.get(b) ?? 0) + 1);
    }
  }

  /** Moves the float64 integer sums into the exact sums. */
  private foldIntegers(): void {
    if (this.intSum === 0 && this.intSumSq === 0) return;
    this.sum += BigInt(this.intSum) << BigInt(SCALE);
    this.sumSq += BigInt(this.intSumSq) << BigInt(2 * SCALE);
    this.intSum = 0;
    this.intSumSq = 0;
  }

  /** Folds in another sketch's state (the result does not depend on the order of merges). */
  merge(state: ScalarSketchState): void {
    if (state.n === 0) return;
    this.count += state.n;
    this.lowest = Math.min(this.lowest, state.min as number);
    this.highest = Math.max(this.highest, state.max as number);
    this.sum += parseHex(state.sum);
    this.sumSq += parseHex(state.sumSq);
    this.zeros += state.zeros;
    mergeFlat(this.positive, state.positive);
    mergeFlat(this.negative, state.negative);
    if (state.tally === null) this.tally = null;
    else if (this.tally !== null) {
      mergeFlat(this.tally, state.tally);
      if (this.tally.size > SKETCH_EXACT_VALUES) this.tally = null;
    }
  }

  /** The serialisable state. */
  toState(): ScalarSketchState {
    this.foldIntegers();
    const empty = this.count === 0;
    return {
      n: this.count,
      min: empty ? null : this.lowest,
      max: empty ? null : this.highest,
      sum: this.sum.toString(16),
      sumSq: this.sumSq.toString(16),
      zeros: this.zeros,
      positive: flatten(this.positive),
      negative: flatten(this.negative),
      tally: this.tally === null ? null : flatten(this.tally),
    };
  }

  /** A sketch holding `state`. */
  static fromState(state: ScalarSketchState): ScalarSketch {
    const s = new ScalarSketch();
    s.merge(state);
    return s;
  }

  /** Exact minimum (NaN when empty). */
  min(): number {
    return this.count === 0 ? Number.NaN : this.lowest;
  }

  /** Exact maximum (NaN when empty). */
  max(): number {
    return this.count === 0 ? Number.NaN : this.highest;
  }

  /** The exact sum rounded to a float64, divided by n (NaN when empty). */
  mean(): number {
    this.foldIntegers();
    return this.count === 0 ? Number.NaN : unscale(this.sum, SCALE) / this.count;
  }

  /** Sample standard deviation (n − 1), from exact sums (NaN for n < 2). */
  sd(): number {
    const n = this.count;
    if (n < 2) return Number.NaN;
    this.foldIntegers();
    const numerator = BigInt(n) * this.sumSq - this.sum * this.sum;
    return Math.sqrt(unscale(numerator, 2 * SCALE) / (n * (n - 1)));
  }

  /**
   * The p-quantile as `quantileSorted` reads it from all the values: exactly while the values
   * are tallied, else with each order statistic replaced by its bucket's representative (see the
   * module notes for the bound).
   */
  quantile(p: number): number {
    const n = this.count;
    if (n === 0) return Number.NaN;
    if (this.tally !== null) return tallyQuantile(flatten(this.tally), n, p);
    const k = (n - 1) * p;
    const j = Math.floor(k);
    const lo = this.orderStatistic(j);
    if (j + 1 >= n) return lo;
    const hi = this.orderStatistic(j + 1);
    const q = lo + (hi - lo) * (k - j);
    return Math.min(this.highest, Math.max(this.lowest, q));
  }

  /** The i-th smallest value (0-based), exact at the extremes, else its bucket's representative. */
  private orderStatistic(i: number): number {
    if (i <= 0) return this.lowest;
    if (i >= this.count - 1) return this.highest;
    let seen = 0;
    const neg = [...this.negative.keys()].sort((a, b) => b - a);
    for (const b of neg) {
      seen += this.negative.get(b) as number;
      if (i < seen) return -representative(b);
    }
    seen += this.zeros;
    if (i < seen) return 0;
    const pos = [...this.positive.keys()].sort((a, b) => a - b);
    for (const b of pos) {
      seen += this.positive.get(b) as number;
      if (i < seen) return representative(b);
    }
    return this.highest;
  }
}

function parseHex(text: string): bigint {
  return text.startsWith('-') ? -BigInt(`0x${text.slice(1)}`) : BigInt(`0x${text}`);
}

function mergeFlat(into: Map<number, number>, flat: readonly number[]): void {
  for (let i = 0; i < flat.length; i += 2) {
    const b = flat[i] as number;
    into.set(b, (into.get(b) ?? 0) + (flat[i + 1] as number));
  }
}
