/**
 * `arbScenarioVariant`: valid variants of a base scenario across ranges of uncertain inputs.
 *
 * @module
 */
import type fc from 'fast-check';
import type { Scenario } from '../scenario/types.js';
import { arbVariantPoint } from './_internals/variant-point.js';
import { axesOf, type VariantAxis, type VariantRanges } from './axes.js';

/**
 * Valid variants of `base`, one value drawn in each range, built with `setValue`
 * and `variant` (so each is validated and deep-frozen, and parameters keep
 * their provenance: the source names the base value).
 *
 * **Shrinking.** Each axis is one fast-check integer on a scale anchored at the base value:
 * `0` is the base scenario's own value when it lies inside the range, otherwise the end of the
 * range nearest to it. A failing variant therefore shrinks, axis by axis, towards the base
 * scenario, and a minimal counterexample changes as little as it must. Continuous ranges have
 * 1000 steps on each side of the base; dates move by whole days. Printed by fast-check, a
 * variant shows as its {@link scenarioDiff} against `base`.
 *
 * @param base - the scenario to vary
 * @param ranges - a record of ranges (`{ 'parameters.ied.damageGivenDetonation': [0.2, 0.8],
 *   'plan:mopti-camp-expansion.date': ['2021-04-01', '2022-04-01'] }`)
 * @throws {@link index!InvalidArgumentError} for a malformed range or a path that leads nowhere
 * @example
 * ```ts
 * fc.assert(fc.property(
 *   arbScenarioVariant(minusma2020, { 'plan:mopti-camp-expansion.date': ['2021-04-01', '2022-04-01'] }),
 *   (s) => validateScenario(s) !== undefined,
 * ));
 * ```
 */
export function arbScenarioVariant(base: Scenario, ranges: VariantRanges): fc.Arbitrary<Scenario>;
/**
 * Valid variants of `base` along typed axes ({@link parameterAxis}, {@link planDateAxis},
 * {@link iedRateAxis}, {@link iedRateMultiplierAxis}, {@link helicopterServiceabilityAxis}),
 * shrinking towards the base value on each axis as described above.
 *
 * @example
 * ```ts
 * arbScenarioVariant(minusma2020, [iedRateMultiplierAxis([0.5, 2]), helicopterServiceabilityAxis([0.5, 0.8])]);
 * ```
 */
export function arbScenarioVariant(
  base: Scenario,
  axes: readonly VariantAxis[],
): fc.Arbitrary<Scenario>;
export function arbScenarioVariant(
  base: Scenario,
  ranges: VariantRanges | readonly VariantAxis[],
): fc.Arbitrary<Scenario> {
  const axes = axesOf(ranges);
  // Resolve every axis once against the base, so a bad path fails here, not inside fast-check.
  for (const a of axes) a.base(base);
  return arbVariantPoint(base, axes).map((p) => p.scenario);
}
