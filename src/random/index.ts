/**
 * Randomness, only from named seeded streams: `streams(seed).replication(r).stream(purpose,
 * entity)`; distributions as functions of a stream, as validated samplers, and as serialisable
 * specs described once in a table (`distributions-table.ts`).
 *
 * @module
 */
export { binomial, binomialSampler } from './binomial.js';
export { discrete, discreteSampler } from './discrete.js';
export {
  bernoulli,
  bernoulliSampler,
  exponential,
  exponentialSampler,
  lognormal,
  lognormalFromMeanSd,
  lognormalFromMeanSdSampler,
  lognormalParameters,
  lognormalSampler,
  normal,
  normalSampler,
  type Sampler,
  standardNormal,
  triangular,
  triangularSampler,
  uniform,
  uniformSampler,
  weibull,
  weibullSampler,
} from './distributions.js';
export { empirical, empiricalCdfSampler, empiricalSampler } from './empirical.js';
export { beta, betaSampler, gamma, gammaSampler } from './gamma.js';
export { poisson, poissonSampler } from './poisson.js';
export { equilibriumResidual, equilibriumResidualMean } from './residual.js';
export {
  type BetaSpec,
  type ConstantSpec,
  type DistributionName,
  type DistributionSpec,
  type DistributionSpecSchema,
  type DistributionSupport,
  describeSpec,
  distributionNames,
  distributionSpecSchema,
  type EmpiricalSpec,
  type ExponentialSpec,
  type GammaSpec,
  isDistributionSpec,
  type LognormalSpec,
  meanOf,
  type NonNegativeDistributionSpec,
  type NonNegativeDistributionSpecSchema,
  type NormalSpec,
  nonNegativeDistributionSpecSchema,
  type PoissonSpec,
  type SpecCheckOptions,
  samplerOf,
  supportOf,
  type TriangularSpec,
  type UniformSpec,
  validateSpec,
  varianceOf,
  type WeibullSpec,
} from './spec.js';
export {
  createStream,
  type RandomStream,
  type ReplicationStreams,
  type Rng,
  type SeedStreams,
  streams,
} from './streams.js';
