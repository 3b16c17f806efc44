/**
 * peacekeeping-sim: deterministic, seeded Monte Carlo planning of UN peacekeeping operations.
 *
 * Layers, from the bottom: `random` (named seeded streams, distributions), `engine` (a generic
 * discrete-event kernel), `model` (domain types and provenance), `data` (the embedded MINUSMA
 * 2020 mission), `scenario` (validation, variants, loading), `dynamics` (the mission's
 * processes), `experiment` (replications, comparison, sweeps, workers, shards), `report`.
 *
 * @packageDocumentation
 */
export * from './data/index.js';
export * from './dynamics/index.js';
export * from './engine/index.js';
export * from './errors.js';
export * from './experiment/index.js';
export * from './model/index.js';
export * from './random/index.js';
export * from './report/index.js';
export * from './scenario/index.js';
