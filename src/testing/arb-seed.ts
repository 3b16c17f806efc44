/**
 * `arbSeed`: experiment seeds.
 *
 * @module
 */
import fc from 'fast-check';

/**
 * Experiment seeds as the library accepts them: safe integers (shrinking towards 0) and short
 * strings (1–12 characters).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbSeed(), (seed) => { checkDeterminism(scenario, { seed }); }));
 * ```
 */
export function arbSeed(): fc.Arbitrary<number | string> {
  return fc.oneof(
    fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
    fc.string({ minLength: 1, maxLength: 12 }),
  );
}
