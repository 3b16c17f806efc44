/**
 * Discrete distributions over indices 0 … n − 1 given by non-negative weights: a linear scan for
 * a one-off draw, Walker's alias method (Vose's numerically stable construction) for repeated
 * draws in O(1).
 *
 * @module
 */
import { checkWeights } from './_internals/check.js';
import type { Sampler } from './distributions.js';
import type { Rng } from './streams.js';

/**
 * An index drawn with probability proportional to its weight (weights need not sum to 1). A
 * zero weight is never picked. One uniform per draw; O(n) per call including validation, so for
 * repeated draws from the same weights build a {@link discreteSampler} (O(1) per draw).
 *
 * @param rng - the stream to draw from
 * @param weights - non-negative finite weights, at least one positive
 * @returns an index into `weights`
 * @throws {@link InvalidArgumentError} if `weights` is empty, has a negative or non-finite
 *   weight (named `weights[i]`), or sums to 0
 * @example
 * ```ts
 * const rng = streams(42).replication(0).stream('incident-type');
 * const type = ['ied', 'ambush', 'indirect-fire'][discrete(rng, [5, 3, 2])];
 * ```
 */
export function discrete(rng: Rng, weights: ArrayLike<number>): number {
  const total = checkWeights('weights', weights);
  const target = rng() * total;
  let cumulative = 0;
  let last = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (w > 0) {
      cumulative += w;
      last = i;
      if (target < cumulative) return i;
    }
  }
  return last; // target ≥ the rounded running sum: the last positive weight
}

/**
 * A validated sampler over the indices of `weights` by the alias method: the table is built
 * once in O(n) and each draw costs one uniform and O(1), whatever n. A zero weight is never
 * picked. The weights are copied, so later changes to the array do not affect the sampler.
 *
 * Draws are not the same as {@link discrete}'s for the same stream (different method, same
 * distribution). The uniform is split into a column and a coin, so with the library's 32-bit
 * uniforms each probability is exact to within 2⁻³².
 *
 * @param weights - non-negative finite weights, at least one positive
 * @throws {@link InvalidArgumentError} as {@link discrete} does
 * @example
 * ```ts
 * const pickSector = discreteSampler([0.5, 0.3, 0.2]);
 * const rng = streams(42).replication(0).stream('incident-sector');
 * const sector = pickSector(rng); // 0, 1 or 2
 * ```
 */
export function discreteSampler(weights: ArrayLike<number>): Sampler {
  const total = checkWeights('weights', weights);
  const n = weights.length;
  const prob = new Float64Array(n);
  const alias = new Uint32Array(n);
  const scaled = new Float64Array(n);
  const small = new Uint32Array(n);
  const large = new Uint32Array(n);
  let ns = 0;
  let nl = 0;
  let heaviest = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (w > (weights[heaviest] as number)) heaviest = i;
    const s = (w / total) * n;
    scaled[i] = s;
    if (s < 1) small[ns++] = i;
    else large[nl++] = i;
  }
  while (ns > 0 && nl > 0) {
    const s = small[--ns]!;
    const l = large[--nl]!;
    prob[s] = scaled[s]!;
    alias[s] = l;
    const rest = scaled[l]! + scaled[s]! - 1;
    scaled[l] = rest;
    if (rest < 1) small[ns++] = l;
    else large[nl++] = l;
  }
  // Leftovers are within rounding of 1: keep their own column, except a zero weight, which
  // must never be picked.
  while (nl > 0) {
    const l = large[--nl]!;
    prob[l] = 1;
    alias[l] = l;
  }
  while (ns > 0) {
    const s = small[--ns]!;
    if ((weights[s] as number) > 0) {
      prob[s] = 1;
      alias[s] = s;
    } else {
      prob[s] = 0;
      alias[s] = heaviest;
    }
  }
  return (rng) => {
    const x = rng() * n;
    const i = Math.floor(x);
    return x - i < prob[i]! ? i : alias[i]!;
  };
}
