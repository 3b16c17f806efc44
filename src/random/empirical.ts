/**
 * Empirical distributions: resampling observed values, and a continuous version interpolating
 * between them.
 *
 * @module
 */
import { checkValues } from './_internals/check.js';
import type { Sampler } from './distributions.js';
import type { Rng } from './streams.js';

/**
 * One of the observed `values`, each position equally likely (a bootstrap draw; repeated values
 * are proportionally more likely). One uniform per draw. Mean and variance are those of the
 * values themselves (the variance with divisor n).
 *
 * Validation checks every value, so a call costs O(n); for repeated draws use
 * {@link empiricalSampler}, which validates once and draws in O(1).
 *
 * @param rng - the stream to draw from
 * @param values - observed values, a non-empty array of finite numbers
 * @throws {@link InvalidArgumentError} if `values` is empty or holds a non-finite value
 *   (named `values[i]`)
 * @example
 * ```ts
 * const rng = streams(42).replication(0).stream('casevac-delay');
 * const hours = empirical(rng, [1.5, 2, 2, 3.25, 6]);
 * ```
 */
export function empirical(rng: Rng, values: ArrayLike<number>): number {
  checkValues('values', values);
  return values[Math.floor(rng() * values.length)] as number;
}

/**
 * A validated {@link empirical} sampler: draws equal `empirical`'s for the same stream. The
 * values are copied, so later changes to the array do not affect it.
 *
 * @param values - observed values, a non-empty array of finite numbers
 * @throws {@link InvalidArgumentError} as {@link empirical} does
 */
export function empiricalSampler(values: ArrayLike<number>): Sampler {
  checkValues('values', values);
  const copy = Float64Array.from(values);
  const n = copy.length;
  return (rng) => copy[Math.floor(rng() * n)]!;
}

/**
 * A validated sampler from the piecewise-linear interpolation of the empirical distribution
 * function: with the values sorted as x₀ ≤ … ≤ x₍ₙ₋₁₎, a uniform u gives the type-7 quantile
 * (as R's default and d3's `quantileSorted`): h = u·(n − 1), x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).
 *
 * Unlike {@link empirical} it produces values between the observations (useful for a duration
 * observed only a few times), never goes outside [min, max] of the data, and its mean is the
 * trapezoid (x₀/2 + x₁ + … + x₍ₙ₋₂₎ + x₍ₙ₋₁₎/2)/(n − 1), not the sample mean. One value always
 * returns that value. One uniform per draw, O(1).
 *
 * @param values - observed values, a non-empty array of finite numbers (any order)
 * @throws {@link InvalidArgumentError} as {@link empirical} does
 * @example
 * ```ts
 * const repairDays = empiricalCdfSampler([2, 3, 3, 5, 9, 14]);
 * const rng = streams(42).replication(0).stream('repair');
 * const days = repairDays(rng); // somewhere in [2, 14]
 * ```
 */
export function empiricalCdfSampler(values: ArrayLike<number>): Sampler {
  checkValues('values', values);
  const sorted = Float64Array.from(values).sort();
  const last = sorted.length - 1;
  if (last === 0) {
    const only = sorted[0]!;
    return () => only;
  }
  return (rng) => {
    const h = rng() * last;
    const i = Math.floor(h);
    const lo = sorted[i]!;
    return lo + (h - i) * (sorted[i + 1]! - lo);
  };
}
