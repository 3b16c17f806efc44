/**
 * Continuous and two-point distributions sampled by inversion or a fixed number of uniforms:
 * uniform, exponential, normal, lognormal, triangular, Weibull, Bernoulli.
 *
 * Every sampler takes the {@link Rng} to draw from as its first argument and keeps no state of its
 * own, so draws depend only on that stream: interleaving draws on other streams changes nothing.
 * Each of these functions consumes a fixed number of uniforms per draw (one, or two for the
 * normal family), whatever its parameters, so common random numbers stay aligned when a
 * parameter changes between scenarios.
 *
 * Each function validates its parameters on every call and throws
 * {@link InvalidArgumentError} naming the bad one. The `…Sampler` factories validate once and
 * return a `(rng) => number` for the hot path; they draw exactly what the plain function draws.
 * For the distributions here the per-call validation was measured at under 5 % of a draw (see
 * `bench/random.ts`), so the plain functions are fine in loops; the factories mainly save
 * re-stating parameters. Poisson and binomial are different: see their notes.
 *
 * @module
 */
import {
  checkFinite,
  checkNonNegative,
  checkPositive,
  checkProbability,
  fail,
} from './_internals/check.js';
import type { Rng } from './streams.js';

/** A validated sampler bound to its parameters: call it with a stream to draw. */
export type Sampler<T = number> = (rng: Rng) => T;

const TWO_PI = 2 * Math.PI;

// ---------------------------------------------------------------------------------------------
// uniform

/**
 * A uniform deviate in [min, max) (`max` itself can appear only through rounding).
 *
 * @param rng - the stream to draw from (one uniform per draw)
 * @param min - lower bound, a finite number
 * @param max - upper bound, a finite number ≥ `min`; `min === max` always returns `min`
 * @throws {@link InvalidArgumentError} if a bound is not finite or `min > max`
 * @example
 * ```ts
 * const rng = streams(42).replication(0).stream('patrol', 'start-offset');
 * const offsetHours = uniform(rng, 0, 6);
 * ```
 */
export function uniform(rng: Rng, min: number, max: number): number {
  checkUniform(min, max);
  return min + (max - min) * rng();
}

/** A validated {@link uniform} sampler on [min, max). */
export function uniformSampler(min: number, max: number): Sampler {
  checkUniform(min, max);
  const range = max - min;
  return (rng) => min + range * rng();
}

function checkUniform(min: number, max: number): void {
  checkFinite('min', min);
  checkFinite('max', max);
  if (min > max) fail('max', `a number >= min (${min})`, max);
}

// ---------------------------------------------------------------------------------------------
// exponential

/** 0 − ln(1 − u) for u uniform in [0, 1): a standard exponential, +0 (not −0) when u = 0. */
function standardExponential(rng: Rng): number {
  return 0 - Math.log(1 - rng());
}

/**
 * An exponential deviate with the given rate: mean 1/rate, variance 1/rate². The time to the
 * next event of a Poisson process with `rate` events per unit time.
 *
 * One uniform per draw, by inversion. With the 32-bit uniforms of the library's streams the
 * largest value is ln(2³²)/rate ≈ 22.2/rate (the mass beyond it is 2⁻³²).
 *
 * @param rng - the stream to draw from
 * @param rate - events per unit time, a finite number > 0 (e.g. 0.25 per hour ⇒ mean 4 hours)
 * @throws {@link InvalidArgumentError} if `rate` is not a positive finite number
 * @example
 * ```ts
 * const rng = streams(42).replication(0).stream('ied', 'route:gao-labbezanga');
 * const hoursToNextIncident = exponential(rng, 1 / 36); // mean 36 h
 * ```
 */
export function exponential(rng: Rng, rate: number): number {
  checkPositive('rate', rate);
  return standardExponential(rng) / rate;
}

/** A validated {@link exponential} sampler with `rate` (mean 1/rate). */
export function exponentialSampler(rate: number): Sampler {
  checkPositive('rate', rate);
  return (rng) => standardExponential(rng) / rate;
}

// ---------------------------------------------------------------------------------------------
// normal

/**
 * A standard normal deviate (mean 0, sd 1) by the Box–Muller transform, using exactly two
 * uniforms and keeping the cosine branch only.
 *
 * Stateless on purpose: the sine branch's second deviate is discarded rather than cached, so no
 * value can carry over from one stream or call site to another, and every normal draw costs the
 * same two uniforms (the polar method is about 15 % faster but consumes a random number of
 * uniforms, which would misalign common random numbers when a parameter changes). With the
 * 32-bit uniforms of the library's streams |z| ≤ √(2 ln 2³²) ≈ 6.66; the mass beyond is 2.7e-11.
 *
 * @param rng - the stream to draw from (two uniforms per draw)
 */
export function standardNormal(rng: Rng): number {
  const u = 1 - rng(); // (0, 1]: the logarithm stays finite
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(TWO_PI * v);
}

/**
 * A normal deviate with the given mean and standard deviation (two uniforms per draw; see
 * `standardNormal`).
 *
 * @param rng - the stream to draw from
 * @param mean - the mean, a finite number (in the unit of the quantity drawn)
 * @param sd - the standard deviation, a finite number ≥ 0 (same unit); 0 always returns `mean`
 * @throws {@link InvalidArgumentError} if `mean` is not finite or `sd` is negative or not finite
 * @example
 * ```ts
 * const rng = streams(42).replication(0).stream('convoy', 'speed');
 * const kmPerHour = normal(rng, 35, 5);
 * ```
 */
export function normal(rng: Rng, mean: number, sd: number): number {
  checkFinite('mean', mean);
  checkNonNegative('sd', sd);
  return mean + sd * standardNormal(rng);
}

/** A validated {@link normal} sampler with `mean` and standard deviation `sd`. */
export function normalSampler(mean: number, sd: number): Sampler {
  checkFinite('mean', mean);
  checkNonNegative('sd', sd);
  return (rng) => mean + sd * standardNormal(rng);
}

// ---------------------------------------------------------------------------------------------
// lognormal

/**
 * A lognormal deviate exp(mu + sigma·Z), Z standard normal: the logarithm of the value is
 * normal with mean `mu` and standard deviation `sigma`. Mean exp(mu + sigma²/2). To give the
 * mean and standard deviation of the value itself, use {@link lognormalFromMeanSd}.
 *
 * @param rng - the stream to draw from (two uniforms per draw)
 * @param mu - mean of ln(value), a finite number
 * @param sigma - standard deviation of ln(value), a finite number ≥ 0
 * @throws {@link InvalidArgumentError} if `mu` is not finite or `sigma` is negative or not finite
 */
export function lognormal(rng: Rng, mu: number, sigma: number): number {
  checkFinite('mu', mu);
  checkNonNegative('sigma', sigma);
  return Math.exp(mu + sigma * standardNormal(rng));
}

/** A validated {@link lognormal} sampler with log-scale parameters `mu` and `sigma`. */
export function lognormalSampler(mu: number, sigma: number): Sampler {
  checkFinite('mu', mu);
  checkNonNegative('sigma', sigma);
  return (rng) => Math.exp(mu + sigma * standardNormal(rng));
}

/**
 * The log-scale parameters of the lognormal with the given mean and standard deviation:
 * sigma² = ln(1 + sd²/mean²), mu = ln(mean) − sigma²/2.
 *
 * @param mean - mean of the value, a finite number > 0
 * @param sd - standard deviation of the value, a finite number ≥ 0
 * @throws {@link InvalidArgumentError} if `mean` ≤ 0 or `sd` < 0, or either is not finite
 */
export function lognormalParameters(mean: number, sd: number): { mu: number; sigma: number } {
  checkPositive('mean', mean);
  checkNonNegative('sd', sd);
  const cv = sd / mean;
  const sigma2 = Math.log1p(cv * cv);
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/**
 * A lognormal deviate with the given mean and standard deviation of the value itself (not of
 * its logarithm): the natural way to state a right-skewed duration such as a repair time.
 * Converts with `lognormalParameters` on each call; prefer
 * `lognormalFromMeanSdSampler` in loops.
 *
 * @param rng - the stream to draw from (two uniforms per draw)
 * @param mean - mean of the value, a finite number > 0 (e.g. days)
 * @param sd - standard deviation of the value, a finite number ≥ 0 (same unit)
 * @throws {@link InvalidArgumentError} if `mean` ≤ 0 or `sd` < 0, or either is not finite
 * @example
 * ```ts
 * const rng = streams(42).replication(0).stream('repair', 'helicopter:mi-8-1');
 * const repairDays = lognormalFromMeanSd(rng, 5, 2);
 * ```
 */
export function lognormalFromMeanSd(rng: Rng, mean: number, sd: number): number {
  checkPositive('mean', mean);
  checkNonNegative('sd', sd);
  // Same arithmetic as lognormalParameters, inline so that no object is allocated per draw.
  const cv = sd / mean;
  const sigma2 = Math.log1p(cv * cv);
  return Math.exp(Math.log(mean) - sigma2 / 2 + Math.sqrt(sigma2) * standardNormal(rng));
}

/** A validated {@link lognormalFromMeanSd} sampler: mean `mean` and standard deviation `sd`. */
export function lognormalFromMeanSdSampler(mean: number, sd: number): Sampler {
  const { mu, sigma } = lognormalParameters(mean, sd);
  return (rng) => Math.exp(mu + sigma * standardNormal(rng));
}

// ---------------------------------------------------------------------------------------------
// triangular

/**
 * A triangular deviate on [min, max] with its peak at `mode`, by inversion (one uniform).
 * Mean (min + mode + max)/3. The usual choice when all that is known is a range and a most
 * likely value.
 *
 * @param rng - the stream to draw from
 * @param min - smallest value, a finite number
 * @param mode - most likely value, a finite number in [min, max]
 * @param max - largest value, a finite number ≥ `min`
 * @throws {@link InvalidArgumentError} if a parameter is not finite or `min ≤ mode ≤ max` fails
 * @example
 * ```ts
 * const rng = streams(42).replication(0).stream('medevac', 'flight-time');
 * const minutes = triangular(rng, 40, 55, 90);
 * ```
 */
export function triangular(rng: Rng, min: number, mode: number, max: number): number {
  checkTriangular(min, mode, max);
  return triangularKernel(rng(), min, mode, max);
}

/** A validated {@link triangular} sampler on [min, max] peaking at `mode`. */
export function triangularSampler(min: number, mode: number, max: number): Sampler {
  checkTriangular(min, mode, max);
  return (rng) => triangularKernel(rng(), min, mode, max);
}

function checkTriangular(min: number, mode: number, max: number): void {
  checkFinite('min', min);
  checkFinite('mode', mode);
  checkFinite('max', max);
  if (min > max) fail('max', `a number >= min (${min})`, max);
  if (mode < min || mode > max) fail('mode', `a number in [min, max] = [${min}, ${max}]`, mode);
}

function triangularKernel(u: number, min: number, mode: number, max: number): number {
  const range = max - min;
  const x =
    u * range < mode - min
      ? min + Math.sqrt(u * range * (mode - min))
      : max - Math.sqrt((1 - u) * range * (max - mode));
  // Rounding can step an ulp outside the support; clamp.
  return Math.min(Math.max(x, min), max);
}

// ---------------------------------------------------------------------------------------------
// weibull

/**
 * A Weibull deviate scale·(−ln(1 − u))^(1/shape), by inversion (one uniform). Mean
 * scale·Γ(1 + 1/shape). Shape < 1 gives a decreasing failure rate (infant mortality), 1 the
 * exponential, > 1 wear-out.
 *
 * @param rng - the stream to draw from
 * @param shape - shape k, a finite number > 0 (dimensionless)
 * @param scale - scale λ, a finite number > 0 (the unit of the value, e.g. flight hours)
 * @throws {@link InvalidArgumentError} if `shape` or `scale` is not a positive finite number
 * @example
 * ```ts
 * const rng = streams(42).replication(0).stream('failure', 'vehicle:apc-12');
 * const hoursToFailure = weibull(rng, 1.5, 400);
 * ```
 */
export function weibull(rng: Rng, shape: number, scale: number): number {
  checkPositive('shape', shape);
  checkPositive('scale', scale);
  return scale * standardExponential(rng) ** (1 / shape);
}

/** A validated {@link weibull} sampler with `shape` and `scale`. */
export function weibullSampler(shape: number, scale: number): Sampler {
  checkPositive('shape', shape);
  checkPositive('scale', scale);
  const inverseShape = 1 / shape;
  return (rng) => scale * standardExponential(rng) ** inverseShape;
}

// ---------------------------------------------------------------------------------------------
// bernoulli

/**
 * A Bernoulli trial: `true` with probability `p` (one uniform per draw, `rng() < p`).
 *
 * @param rng - the stream to draw from
 * @param p - probability of `true`, in [0, 1]
 * @throws {@link InvalidArgumentError} if `p` is outside [0, 1] or NaN
 * @example
 * ```ts
 * const rng = streams(42).replication(0).stream('ied-detected', 'route:gao-labbezanga');
 * const detected = bernoulli(rng, 0.35);
 * ```
 */
export function bernoulli(rng: Rng, p: number): boolean {
  checkProbability('p', p);
  return rng() < p;
}

/** A validated {@link bernoulli} sampler with success probability `p`. */
export function bernoulliSampler(p: number): Sampler<boolean> {
  checkProbability('p', p);
  return (rng) => rng() < p;
}
