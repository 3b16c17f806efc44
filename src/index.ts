/**
 * peacekeeping-sim: deterministic, seeded Monte Carlo planning of UN peacekeeping operations.
 *
 * @packageDocumentation
 */
export * from './errors.js';
export * from './random/index.js';
