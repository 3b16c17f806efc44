/**
 * Setting one value of a scenario by a dotted path, for sweeps and sensitivity analyses.
 *
 * @module
 */
import { ExperimentError } from '../errors.js';
import type { DistributionSpec } from '../random/spec.js';
import { resolveParameterPath, setParameter, variant } from '../scenario/index.js';
import type { Scenario } from '../scenario/types.js';

/**
 * A copy of `scenario` with the value at `path` replaced, validated and deep-frozen.
 *
 * - A parameter path (`aviation.mtbfDays`, `parameters.aviation.mtbfDays`, or with a trailing
 *   `.value`) goes through the scenario module's `setParameter`: the value keeps its Sourced
 *   wrapper and its source becomes an assumption naming `by` and the base value.
 * - Any other path into the scenario (`horizonDays`, `mission.routes.3.lengthKm.value`, array
 *   elements by index) is set with an immer variant; the path must exist and the new value
 *   must have the type of the old one.
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
  const keys = path.split('.');
  let node: unknown = scenario;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (node === null || typeof node !== 'object' || key === '' || !Object.hasOwn(node, key)) {
      const at = keys.slice(0, i).join('.') || '(scenario root)';
      throw new ExperimentError(`bad scenario path '${path}': '${at}' has no key '${key}'`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node !== typeof value || (node === null) !== (value === null)) {
    throw new ExperimentError(
      `bad value for '${path}': expected ${node === null ? 'null' : `a ${typeof node}`}, got ${value === null ? 'null' : `a ${typeof value}`}`,
    );
  }
  return variant(scenario, (draft) => {
    let target = draft as unknown as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
    target[keys[keys.length - 1] as string] = value;
  });
}
