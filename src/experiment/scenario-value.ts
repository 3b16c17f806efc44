/**
 * Setting one value of a scenario by a dotted path, for sweeps and sensitivity analyses.
 *
 * @module
 */
import { ExperimentError } from '../errors.js';
import { isSourced } from '../model/provenance.js';
import type { DistributionSpec } from '../random/spec.js';
import { resolveParameterPath, setParameter, setValueAt, walkPath } from '../scenario/index.js';
import type { Scenario } from '../scenario/types.js';

/**
 * A copy of `scenario` with the value at `path` replaced, validated and deep-frozen.
 *
 * - A parameter path (`aviation.mtbfDays`, `parameters.aviation.mtbfDays`, or with a trailing
 *   `.value`) goes through the scenario module's `setParameter`: the value keeps its Sourced
 *   wrapper and its source becomes an assumption naming `by` and the base value.
 * - Any other path into the scenario (`horizonDays`, `mission.routes.3.lengthKm.value`, array
 *   elements by index or `id`) goes through the scenario module's `setValueAt`: the path must
 *   exist, the new value must have the type of the old one, and a Sourced value's source becomes
 *   an assumption, as for parameters.
 *
 * @param by - who set it, recorded in the new assumption's rationale (e.g. `'sweep'`)
 * @throws {@link ExperimentError} naming the path when it leads nowhere or the type differs
 * @throws {@link InvalidArgumentError} or {@link ScenarioValidationError} from the scenario
 *   module when the value does not fit the parameter
 */
export function setScenarioValue(
  scenario: Scenario,
  path: string,
  value: unknown,
  by: string,
): Scenario {
  if (typeof path !== 'string' || path.length === 0) {
    throw new ExperimentError(`bad scenario path ${JSON.stringify(path)}: expected a dotted path`);
  }
  for (const candidate of [path, path.endsWith('.value') ? path.slice(0, -'.value'.length) : '']) {
    if (candidate !== '' && resolveParameterPath(scenario.parameters, candidate) !== undefined) {
      return setParameter(scenario, candidate, value as number | DistributionSpec, by);
    }
  }
  if (path === 'parameters' || path.startsWith('parameters.')) {
    throw new ExperimentError(
      `bad parameter path '${path}': no Sourced parameter there (e.g. 'parameters.aviation.mtbfDays')`,
    );
  }
  const walk = walkPath(scenario, path);
  if (!walk.complete) {
    const parts = path.split('.');
    const depth = walk.segments.length;
    const at = parts.slice(0, depth).join('.') || '(scenario root)';
    throw new ExperimentError(`bad scenario path '${path}': '${at}' has no key '${parts[depth]}'`);
  }
  const old = isSourced(walk.node) ? walk.node.value : walk.node;
  if (typeof old !== typeof value || (old === null) !== (value === null)) {
    throw new ExperimentError(
      `bad value for '${path}': expected ${old === null ? 'null' : `a ${typeof old}`}, got ${value === null ? 'null' : `a ${typeof value}`}`,
    );
  }
  // The scenario module keeps provenance true: a changed Sourced value becomes an assumption.
  return setValueAt(scenario, path, value, by);
}
