/**
 * Variants of a scenario: changed copies made with immer, revalidated and deep-frozen. The base
 * is never touched, and the two share every unchanged part of their data.
 *
 * @module
 */
import { type Draft, produce } from 'immer';
import { InvalidArgumentError } from '../errors.js';
import { isSourced, type Sourced } from '../model/provenance.js';
import type { DistributionSpec } from '../random/spec.js';
import { describeSpec } from '../random/spec.js';
import { parseIsoDate } from './dates.js';
import { resolveParameterPath, walkPath } from './paths.js';
import type { Scenario } from './types.js';
import { validateScenario } from './validate.js';

/** New name, title, question or description for a variant. */
export interface VariantMeta {
  readonly name?: string;
  readonly title?: string;
  readonly question?: string;
  readonly description?: string;
}

/**
 * A changed copy of `base`: `recipe` edits a draft (immer), `meta` renames it, and the result is
 * validated and deep-frozen. `base` is left untouched.
 *
 * @param base - the scenario to start from
 * @param recipe - edits the draft in place (or returns a replacement scenario)
 * @param meta - new name, title, question or description
 * @throws {@link ScenarioValidationError} if the result is not a valid scenario
 * @example
 * ```ts
 * const noDelay = variant(minusma2020, (d) => {
 *   const step = d.plan.find((s) => s.id === 'mopti-camp-expansion');
 *   if (step) step.date = '2021-04-01';
 * }, { name: 'mopti-on-time' });
 * ```
 */
export function variant(
  base: Scenario,
  recipe: (draft: Draft<Scenario>) => Scenario | undefined,
  meta?: VariantMeta,
): Scenario {
  const edited = produce(base, (draft) => {
    const replaced = recipe(draft);
    if (replaced !== undefined) return replaced as Draft<Scenario>;
    return undefined;
  });
  const named =
    meta === undefined
      ? edited
      : produce(edited, (draft) => {
          if (meta.name !== undefined) draft.name = meta.name;
          if (meta.title !== undefined) draft.title = meta.title;
          if (meta.question !== undefined) draft.question = meta.question;
          if (meta.description !== undefined) draft.description = meta.description;
        });
  return validateScenario(named, `variant ${JSON.stringify(meta?.name ?? named.name)}`);
}

/**
 * A copy of `scenario` with plan step `stepId` moved to `date` (the what-if of a delayed step).
 *
 * @throws {@link InvalidArgumentError} if there is no such step or `date` is not a real ISO date
 * @throws {@link ScenarioValidationError} if the result is invalid (e.g. the date is past the horizon)
 */
export function withPlanStepDate(scenario: Scenario, stepId: string, date: string): Scenario {
  const index = scenario.plan.findIndex((s) => s.id === stepId);
  if (index < 0) throw new InvalidArgumentError('stepId', 'the id of a plan step', stepId);
  if (typeof date !== 'string' || parseIsoDate(date) === undefined) {
    throw new InvalidArgumentError('date', 'a real date YYYY-MM-DD', date);
  }
  return variant(scenario, (d) => {
    const step = d.plan[index];
    if (step !== undefined) step.date = date;
  });
}

function render(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && 'dist' in value)
    return describeSpec(value as DistributionSpec);
  return JSON.stringify(value);
}

/**
 * A copy of `scenario` with one parameter changed. `path` is a dotted path under `parameters`
 * ending at a Sourced value (`ied.damageGivenDetonation`, `fleet.repairDays`,
 * `ied.mitigations.toolbox.detectionMultiplier`). The value keeps its Sourced wrapper; its source
 * becomes an assumption whose rationale says who set it and what the base value was.
 *
 * @param by - who set it, for the rationale (e.g. `'sweep ied-damage'`); default `'setParameter'`
 * @throws {@link InvalidArgumentError} if `path` does not lead to a Sourced parameter, or the new
 *   value is not of the same kind (number for a number, distribution spec for a distribution)
 * @throws {@link ScenarioValidationError} if the value is outside the parameter's domain
 */
export function setParameter(
  scenario: Scenario,
  path: string,
  value: number | DistributionSpec,
  by = 'setParameter',
): Scenario {
  const resolved = resolveParameterPath(scenario.parameters, path);
  if (resolved === undefined) {
    throw new InvalidArgumentError(
      'path',
      'a dotted path under parameters ending at a Sourced value',
      path,
    );
  }
  return assign(scenario, ['parameters', ...resolved.segments], resolved.sourced, value, by);
}

/**
 * A copy of `scenario` with the value at any dotted `path` replaced (`horizonDays`,
 * `mission.units.gao-qrf.strength`, `mission.routes.3.lengthKm.value`, `parameters.…`; array
 * elements by index or `id`). When the path ends at a Sourced value — or at its `value` — the
 * wrapper is kept and its source becomes an assumption naming `by` and the base value, exactly
 * as {@link setParameter} does: a changed number never keeps a source that no longer holds.
 *
 * @throws {@link InvalidArgumentError} if `path` leads nowhere or the value's type differs
 * @throws {@link ScenarioValidationError} if the value is outside the field's domain
 */
export function setValueAt(scenario: Scenario, path: string, value: unknown, by: string): Scenario {
  const walk = walkPath(scenario, path);
  if (!walk.complete) {
    throw new InvalidArgumentError('path', 'a dotted path to a value of the scenario', path);
  }
  const segments = [...walk.segments];
  if (isSourced(walk.node)) return assign(scenario, segments, walk.node, value, by);
  if (segments[segments.length - 1] === 'value') {
    const parent = walkPath(scenario, path.slice(0, -'.value'.length)).node;
    if (isSourced(parent)) return assign(scenario, segments.slice(0, -1), parent, value, by);
  }
  checkSameKind(walk.node, value);
  return variant(scenario, (d) => {
    const target = nodeAt(d, segments.slice(0, -1)) as Record<string | number, unknown>;
    target[segments[segments.length - 1] as string | number] = value;
  });
}

/** Sets a Sourced value's `value` at `segments` and records the change as an assumption. */
function assign(
  scenario: Scenario,
  segments: readonly (string | number)[],
  sourced: Sourced<unknown>,
  value: unknown,
  by: string,
): Scenario {
  const old = sourced.value;
  checkSameKind(old, value);
  return variant(scenario, (d) => {
    const target = nodeAt(d, segments) as { value: unknown; source: unknown };
    target.value = value;
    target.source = { kind: 'assumption', rationale: `set by ${by} (base value ${render(old)})` };
  });
}

function checkSameKind(old: unknown, value: unknown): void {
  const kind = (x: unknown) => (x === null ? 'null' : typeof x);
  if (kind(old) !== kind(value)) {
    const expected =
      typeof old === 'number'
        ? 'a number'
        : typeof old === 'object' && old !== null && 'dist' in old
          ? 'a distribution spec'
          : `a ${kind(old)}`;
    throw new InvalidArgumentError('value', expected, value);
  }
}

function nodeAt(root: unknown, segments: readonly (string | number)[]): unknown {
  let node = root;
  for (const seg of segments) node = (node as Record<string | number, unknown>)[seg];
  return node;
}
