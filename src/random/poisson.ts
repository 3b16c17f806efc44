/**
 * The Poisson distribution, sampled exactly: sequential-search inversion for mean < 10 and
 * Hörmann's PTRS transformed rejection with squeeze (1993) for mean ≥ 10, whose expected cost
 * does not grow with the mean.
 *
 * @module
 */

import { checkNonNegative } from './_internals/check.js';
import { logGamma } from './_internals/logGamma.js';
import type { Sampler } from './distributions.js';
import type { Rng } from './streams.js';

/** Below this mean, inversion; at or above it, PTRS. */
const PTRS_THRESHOLD = 10;

/** Inversion by sequential search from 0; `expMinusMean` = e^(−mean). One uniform per try. */
function poissonInversion(rng: Rng, mean: number, expMinusMean: number): number {
  retry: for (;;) {
    let u = rng();
    let p = expMinusMean;
    let k = 0;
    while (u > p) {
      u -= p;
      k += 1;
      p *= mean / k;
      // u left over after the whole mass: rounding residue (probability ~1e-16); draw again.
      if (p === 0) continue retry;
    }
    return k;
  }
}

/** PTRS (Hörmann 1993) with its constants precomputed. Two uniforms per trial, ~1.1 trials. */
function ptrs(
  rng: Rng,
  mean: number,
  logMean: number,
  a: number,
  b: number,
  logInvAlpha: number,
  vr: number,
): number {
  for (;;) {
    const u = rng() - 0.5;
    const v = 1 - rng(); // (0, 1]
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <=
      -mean + k * logMean - logGamma(k + 1)
    ) {
      return k;
    }
  }
}

function ptrsB(mean: number): number {
  return 0.931 + 2.53 * Math.sqrt(mean);
}

/**
 * A Poisson deviate: the number of events in an interval when they occur independently at a
 * constant rate and `mean` are expected. Mean and variance both equal `mean`.
 *
 * Exact in distribution for every mean (no normal approximation): inversion for mean < 10
 * (one uniform, occasionally more), transformed rejection (PTRS) above (two uniforms per trial,
 * about 1.1 trials), so the cost is bounded for any mean. A mean of 0 returns 0 and draws
 * nothing. Validation costs under 5 % per call, but for mean ≥ 10 the set-up of the method (a
 * square root and three logarithms) makes a plain call about 1.2–2x slower than a draw from
 * `poissonSampler`, which precomputes it: prefer the factory in loops.
 *
 * @param rng - the stream to draw from
 * @param mean - expected count, a finite number ≥ 0
 * @returns a non-negative integer
 * @throws {@link InvalidArgumentError} if `mean` is negative or not finite
 * @example
 * ```ts
 * const rng = streams(42).replication(0).stream('incidents', 'sector:east');
 * const incidentsThisWeek = poisson(rng, 7 * 0.6); // 0.6 a day
 * ```
 */
export function poisson(rng: Rng, mean: number): number {
  return poissonSampler(mean)(rng);
}

/** A validated {@link poisson} sampler with `mean` (constants precomputed). */
export function poissonSampler(mean: number): Sampler {
  checkNonNegative('mean', mean);
  if (mean === 0) return () => 0;
  if (mean < PTRS_THRESHOLD) {
    const expMinusMean = Math.exp(-mean);
    return (rng) => poissonInversion(rng, mean, expMinusMean);
  }
  const b = ptrsB(mean);
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  const logMean = Math.log(mean);
  return (rng) => ptrs(rng, mean, logMean, a, b, logInvAlpha, vr);
}
