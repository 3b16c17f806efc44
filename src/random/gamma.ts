/**
 * Gamma and beta distributions: Marsaglia and Tsang's (2000) squeeze method for the gamma, with
 * the U^(1/shape) boost for shape < 1, and the beta as a ratio of two gammas.
 *
 * Both consume a random number of uniforms per draw: each trial of the rejection loop takes a
 * normal (two uniforms) and one uniform for the test, with 1.0–1.05 trials on average for
 * shape ≥ 1, plus one uniform under the boost.
 *
 * @module
 */
import { checkPositive } from './_internals/check.js';
import { type Sampler, standardNormal } from './distributions.js';
import type { Rng } from './streams.js';

/**
 * Marsaglia–Tsang for shape ≥ 1 with d = shape − 1/3 and c = 1/√(9d) precomputed: returns a
 * gamma(shape, 1) deviate.
 */
function marsagliaTsang(rng: Rng, d: number, c: number): number {
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** gamma(shape, 1) for any shape > 0; d, c are those of max(shape, shape + 1 if shape < 1). */
function standardGamma(rng: Rng, shape: number, d: number, c: number): number {
  const g = marsagliaTsang(rng, d, c);
  // Boost: gamma(shape) = gamma(shape + 1)·U^(1/shape), U in (0, 1].
  return shape < 1 ? g * (1 - rng()) ** (1 / shape) : g;
}

/** ln of a gamma(shape, 1) deviate, computed in log space under the boost so it cannot underflow. */
function logStandardGamma(rng: Rng, shape: number, d: number, c: number): number {
  const g = marsagliaTsang(rng, d, c);
  return shape < 1 ? Math.log(g) + Math.log(1 - rng()) / shape : Math.log(g);
}

function mtD(shape: number): number {
  return (shape < 1 ? shape + 1 : shape) - 1 / 3;
}

/**
 * A gamma deviate with the given shape and scale: mean shape·scale, variance shape·scale².
 * Shape 1 is the exponential with mean `scale`; an integer shape k is the sum of k such
 * exponentials (the Erlang).
 *
 * For shape < 1 the value is gamma(shape + 1)·U^(1/shape); for very small shapes (≲ 0.01) that
 * can underflow to 0, which is the correct value to double precision most of the time.
 *
 * @param rng - the stream to draw from
 * @param shape - shape k, a finite number > 0 (dimensionless)
 * @param scale - scale θ, a finite number > 0 (the unit of the value, e.g. hours)
 * @throws {@link InvalidArgumentError} if `shape` or `scale` is not a positive finite number
 * @example
 * ```ts
 * const rng = streams(42).replication(0).stream('resupply', 'convoy:gao');
 * const transitHours = gamma(rng, 4, 6); // mean 24 h, sd 12 h
 * ```
 */
export function gamma(rng: Rng, shape: number, scale: number): number {
  checkPositive('shape', shape);
  checkPositive('scale', scale);
  const d = mtD(shape);
  return scale * standardGamma(rng, shape, d, 1 / Math.sqrt(9 * d));
}

/** A validated {@link gamma} sampler with `shape` and `scale` (constants precomputed). */
export function gammaSampler(shape: number, scale: number): Sampler {
  checkPositive('shape', shape);
  checkPositive('scale', scale);
  const d = mtD(shape);
  const c = 1 / Math.sqrt(9 * d);
  return (rng) => scale * standardGamma(rng, shape, d, c);
}

/**
 * A beta deviate on [0, 1]: X/(X + Y) with X ~ gamma(a, 1), Y ~ gamma(b, 1). Mean a/(a + b),
 * variance ab/((a + b)²(a + b + 1)). When a or b is below 1 the ratio is formed in log space,
 * so small shapes (U-shaped densities piling up at 0 and 1) do not produce 0/0.
 *
 * @param rng - the stream to draw from
 * @param a - first shape α, a finite number > 0
 * @param b - second shape β, a finite number > 0
 * @throws {@link InvalidArgumentError} if `a` or `b` is not a positive finite number
 * @example
 * ```ts
 * const rng = streams(42).replication(0).stream('availability', 'battalion:1');
 * const fractionReady = beta(rng, 8, 2); // mean 0.8
 * ```
 */
export function beta(rng: Rng, a: number, b: number): number {
  checkPositive('a', a);
  checkPositive('b', b);
  const da = mtD(a);
  const db = mtD(b);
  return betaKernel(rng, a, b, da, 1 / Math.sqrt(9 * da), db, 1 / Math.sqrt(9 * db));
}

/** A validated {@link beta} sampler with shapes `a` and `b` (constants precomputed). */
export function betaSampler(a: number, b: number): Sampler {
  checkPositive('a', a);
  checkPositive('b', b);
  const da = mtD(a);
  const db = mtD(b);
  const ca = 1 / Math.sqrt(9 * da);
  const cb = 1 / Math.sqrt(9 * db);
  return (rng) => betaKernel(rng, a, b, da, ca, db, cb);
}

function betaKernel(
  rng: Rng,
  a: number,
  b: number,
  da: number,
  ca: number,
  db: number,
  cb: number,
): number {
  if (a < 1 || b < 1) {
    const lx = logStandardGamma(rng, a, da, ca);
    const ly = logStandardGamma(rng, b, db, cb);
    // x/(x + y) = 1/(1 + e^(ly − lx))
    return 1 / (1 + Math.exp(ly - lx));
  }
  const x = marsagliaTsang(rng, da, ca);
  const y = marsagliaTsang(rng, db, cb);
  return x / (x + y);
}
