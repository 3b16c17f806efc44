/**
 * Numeric values anywhere in a scenario by dotted path: `parameters.…` and `mission.…` paths
 * with array elements by id or index (`mission.units.east-quick-reaction-force.strength`,
 * `mission.routes.0.lengthKm`), read and set through the scenario module's `walkPath` and
 * `setValue` (a changed Sourced value becomes an assumption).
 *
 * @module
 */
import { InvalidArgumentError } from '../../errors.js';
import { resolveParameterPath, walkPath } from '../../model/paths.js';
import { isSourced } from '../../model/provenance.js';
import type { Scenario } from '../../scenario/types.js';
import { setValue } from '../../scenario/variant.js';

/**
 * The scenario path of `path`: a parameter path may leave out its `parameters.` prefix
 * (`aviation.mtbfDays`), as everywhere else in the library.
 */
function scenarioPath(scenario: Scenario, path: string): string {
  return resolveParameterPath(scenario.parameters, path) !== undefined &&
    !path.startsWith('parameters.')
    ? `parameters.${path}`
    : path;
}

/** The number at `path` (a Sourced number's value, or a plain number), or undefined. */
function numberOrUndefined(scenario: Scenario, path: string): number | undefined {
  const walk = walkPath(scenario, scenarioPath(scenario, path));
  if (!walk.complete) return undefined;
  const v = isSourced(walk.node) ? walk.node.value : walk.node;
  return typeof v === 'number' ? v : undefined;
}

/**
 * The number at `path` in `scenario`.
 *
 * @throws {@link index!InvalidArgumentError} if the path does not lead to a number
 */
export function numberAt(scenario: Scenario, path: string): number {
  const v = numberOrUndefined(scenario, path);
  if (v === undefined) {
    throw new InvalidArgumentError(
      'path',
      'a dotted path to a number of the scenario (e.g. "parameters.ied.damageGivenDetonation" or "mission.routes.route-0.lengthKm")',
      path,
    );
  }
  return v;
}

/**
 * A copy of `scenario` with the number at `path` set to `value`, validated and deep-frozen;
 * a Sourced value's source becomes an assumption naming `by` and the base value.
 *
 * @throws {@link index!InvalidArgumentError} if the path does not lead to a number
 * @throws {@link index!ScenarioValidationError} if the value is outside the field's domain
 */
export function withNumberAt(
  scenario: Scenario,
  path: string,
  value: number,
  by: string,
): Scenario {
  numberAt(scenario, path);
  return setValue(scenario, scenarioPath(scenario, path), value, by);
}
