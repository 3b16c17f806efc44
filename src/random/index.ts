export * from './binomial.js';
export * from './discrete.js';
export * from './distributions.js';
export * from './empirical.js';
export * from './gamma.js';
export * from './poisson.js';
export * from './spec.js';
export * from './streams.js';
