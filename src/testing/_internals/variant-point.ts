/**
 * The arbitrary behind {@link arbScenarioVariant}: one integer per axis on a scale anchored at
 * the base value, mapped to a validated variant and the values it took.
 *
 * @module
 */
import fc from 'fast-check';
import type { Scenario } from '../../scenario/types.js';
import type { VariantAxis } from '../axes.js';
import { scenarioDiff } from '../scenario-diff.js';
import { continuousScale, type IntegerScale, integerScale } from './scale.js';

/** A generated variant and the value it took on each axis. */
export interface VariantPoint {
  readonly scenario: Scenario;
  /** Axis name → value as the axis formats it, in axis order. */
  readonly values: Readonly<Record<string, string>>;
  /** Axis name → raw value. */
  readonly raw: Readonly<Record<string, number>>;
}

/**
 * Gives `scenario` a non-enumerable fast-check `toString` that prints its diff against `base`,
 * so a failing `fc.assert` shows the diff instead of the whole scenario. The scenario is
 * shallow-copied (it is deep-frozen); JSON, hashing and validation ignore the symbol.
 */
export function printedAsDiff(base: Scenario, scenario: Scenario): Scenario {
  const copy = { ...scenario };
  Object.defineProperty(copy, fc.toStringMethod, {
    value(this: Scenario) {
      return `Scenario '${this.name}', diff against the base:\n${scenarioDiff(base, this)}`;
    },
    enumerable: false,
  });
  return Object.freeze(copy);
}

/** The arbitrary of variant points of `base` along `axes`. */
export function arbVariantPoint(
  base: Scenario,
  axes: readonly VariantAxis[],
): fc.Arbitrary<VariantPoint> {
  const scales: IntegerScale[] = axes.map((a) => {
    const b = a.base(base);
    return a.integer
      ? integerScale(Math.ceil(a.low), Math.floor(a.high), Math.round(b))
      : continuousScale(a.low, a.high, b);
  });
  return fc.tuple(...scales.map((s) => fc.integer({ min: s.kMin, max: s.kMax }))).map((ks) => {
    let scenario = base;
    const values: Record<string, string> = {};
    const raw: Record<string, number> = {};
    axes.forEach((axis, i) => {
      const v = (scales[i] as IntegerScale).valueOf(ks[i] as number);
      scenario = axis.apply(scenario, v);
      values[axis.name] = axis.format(v);
      raw[axis.name] = v;
    });
    return { scenario: printedAsDiff(base, scenario), values, raw };
  });
}
