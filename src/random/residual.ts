/**
 * The equilibrium residual of a renewal interval: how much of an interval drawn from a
 * distribution is left when it is observed at a random moment (a repair already under way on the
 * day a simulation starts, a replacement already ordered). By the inspection paradox that
 * interval is length-biased (density x·f(x)/μ) and the time left is a uniform share of it, so the
 * residual's mean is E[X²] / (2 E[X]), not E[X] / 2.
 *
 * @module
 */
import { lognormalFromMeanSd, uniform } from './distributions.js';
import { gamma } from './gamma.js';
import { type DistributionSpec, meanOf, samplerOf, varianceOf } from './spec.js';
import type { Rng } from './streams.js';

/**
 * Draws the time left of an interval of distribution `spec` in progress at a random moment.
 * Exact for `constant` (uniform on [0, c]), `exponential` (memoryless: the same exponential),
 * `gamma` (length-biased shape + 1) and `lognormal` (length-biased: same coefficient of
 * variation, mean × (1 + cv²)); for other distributions a uniform share of a plain draw, which
 * understates the residual by ignoring length bias.
 *
 * @example
 * ```ts
 * // A repair of lognormal(mean 9.5, sd 6.65) days under way: mean time left (σ² + μ²)/(2μ) ≈ 7.1 days.
 * equilibriumResidual(rng, { dist: 'lognormal', mean: 9.5, sd: 6.65 });
 * ```
 */
export function equilibriumResidual(rng: Rng, spec: DistributionSpec): number {
  switch (spec.dist) {
    case 'constant':
      return uniform(rng, 0, 1) * spec.value;
    case 'exponential':
      return samplerOf(spec)(rng);
    case 'gamma':
      return uniform(rng, 0, 1) * gamma(rng, spec.shape + 1, spec.scale);
    case 'lognormal': {
      const cv2 = (spec.sd / spec.mean) ** 2;
      const biasedMean = spec.mean * (1 + cv2);
      return uniform(rng, 0, 1) * lognormalFromMeanSd(rng, biasedMean, biasedMean * Math.sqrt(cv2));
    }
    default:
      return uniform(rng, 0, 1) * samplerOf(spec)(rng);
  }
}

/** The mean of {@link equilibriumResidual} for `spec`: E[X²] / (2 E[X]). */
export function equilibriumResidualMean(spec: DistributionSpec): number {
  const m = meanOf(spec);
  return (varianceOf(spec) + m * m) / (2 * m);
}
