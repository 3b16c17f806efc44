export * from './binomial.js';
export * from './discrete.js';
export * from './distributions.js';
export * from './empirical.js';
export * from './gamma.js';
export * from './poisson.js';
export * from './residual.js';
// `distributionSpecSchema` is left out here while `scenario` exports a schema of that name: two
// different bindings of one name would make the package root's `export *` ambiguous. Import it
// from `random/spec.js`.
export {
  type BetaSpec,
  type ConstantSpec,
  type DistributionName,
  type DistributionSpec,
  type DistributionSpecSchema,
  type DistributionSupport,
  describeSpec,
  distributionNames,
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
export * from './streams.js';
