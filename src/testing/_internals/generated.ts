/**
 * Helpers shared by the arbitraries: the provenance of generated values, Mali's bounding box,
 * and ISO-date arithmetic on generated dates.
 *
 * @module
 */
import type { Sourced } from '../../model/provenance.js';
import { assumed } from '../../model/provenance.js';
import type { DistributionSpec } from '../../random/spec.js';

/** Rationale given to every generated number. */
export const GENERATED = 'generated';

/** A generated number, Sourced as the stated assumption `'generated'`. */
export function gen(value: number): Sourced {
  return assumed(value, GENERATED);
}

/** A generated distribution, Sourced as the stated assumption `'generated'`. */
export function genSpec(value: DistributionSpec): Sourced<DistributionSpec> {
  return assumed(value, GENERATED);
}

/** Mali's bounding box in decimal degrees (approximate, WGS84). */
export const MALI_BOUNDS = {
  minLatDeg: 10.2,
  maxLatDeg: 25.0,
  minLonDeg: -12.2,
  maxLonDeg: 4.2,
} as const;
