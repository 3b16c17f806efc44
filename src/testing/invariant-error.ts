/**
 * The error the kit's invariants and {@link checkAssumption} throw.
 *
 * @module
 */
import { PeacekeepingSimError } from '../errors.js';

/**
 * An invariant or a planning assumption does not hold. Assertion-style: test runners print its
 * message, which says what was checked, what was expected, what came, and how to reproduce it.
 */
export class InvariantError extends PeacekeepingSimError {
  /** Which invariant failed (e.g. `'vehicle conservation'`). */
  readonly invariant: string;
  /** Machine-readable facts about the failure (seed, replication, day, values…). */
  readonly details: Readonly<Record<string, unknown>>;
  constructor(invariant: string, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('PKS_INVARIANT', `${invariant}: ${message}`);
    this.invariant = invariant;
    this.details = details;
  }
}
