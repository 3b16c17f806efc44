/**
 * Numeric values anywhere in a scenario by dotted path: `parameters.…` through `setParameter`
 * (provenance kept), `mission.…` paths with array elements by id or index
 * (`mission.units.gao-qrf.strength`, `mission.routes.0.lengthKm`) through `variant`.
 *
 * @module
 */
import { InvalidArgumentError } from '../../errors.js';
import { isSourced } from '../../model/provenance.js';
import { resolveParameterPath } from '../../scenario/paths.js';
import type { Scenario } from '../../scenario/types.js';
import { setParameter, variant } from '../../scenario/variant.js';

type Seg = string | number;

function isRec(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Segments to a number (a Sourced's `value`, or a plain number) in the scenario, or undefined. */
function resolveScenarioPath(scenario: Scenario, path: string): Seg[] | undefined {
  const parts = path.split('.');
  let node: unknown = scenario;
  const segs: Seg[] = [];
  for (const part of parts) {
    if (part === '') return undefined;
    if (Array.isArray(node)) {
      let i = /^\d+$/.test(part) ? Number(part) : -1;
      if (i < 0) i = node.findIndex((x) => isRec(x) && x.id === part);
      if (i < 0 || i >= node.length) return undefined;
      node = node[i];
      segs.push(i);
    } else if (isRec(node) && Object.hasOwn(node, part)) {
      node = node[part];
      segs.push(part);
    } else {
      return undefined;
    }
  }
  if (isSourced(node) && typeof node.value === 'number') return [...segs, 'value'];
  return typeof node === 'number' ? segs : undefined;
}

function isParameterPath(scenario: Scenario, path: string): boolean {
  const r = resolveParameterPath(scenario.parameters, path);
  return r !== undefined && typeof r.sourced.value === 'number';
}

/**
 * The number at `path` in `scenario`.
 *
 * @throws {@link index!InvalidArgumentError} if the path does not lead to a number
 */
export function numberAt(scenario: Scenario, path: string): number {
  if (isParameterPath(scenario, path)) {
    return (resolveParameterPath(scenario.parameters, path)?.sourced.value as number) ?? Number.NaN;
  }
  const segs = resolveScenarioPath(scenario, path);
  if (segs === undefined) {
    throw new InvalidArgumentError(
      'path',
      'a dotted path to a number of the scenario (e.g. "parameters.ied.damageGivenDetonation" or "mission.routes.route-0.lengthKm")',
      path,
    );
  }
  let node: unknown = scenario;
  for (const s of segs) node = (node as Record<Seg, unknown>)[s];
  return node as number;
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
  if (isParameterPath(scenario, path)) return setParameter(scenario, path, value, by);
  const segs = resolveScenarioPath(scenario, path);
  if (segs === undefined) {
    throw new InvalidArgumentError('path', 'a dotted path to a number of the scenario', path);
  }
  const old = numberAt(scenario, path);
  return variant(scenario, (d) => {
    let node: unknown = d;
    for (const s of segs.slice(0, -1)) node = (node as Record<Seg, unknown>)[s];
    const rec = node as Record<Seg, unknown>;
    rec[segs[segs.length - 1] as Seg] = value;
    if (segs[segs.length - 1] === 'value' && isRec(rec.source)) {
      rec.source = { kind: 'assumption', rationale: `set by ${by} (base value ${old})` };
    }
  });
}
