/**
 * Variants of a scenario: changed copies made with immer, revalidated and deep-frozen. The base
 * is never touched, and the two share every unchanged part of their data.
 *
 * @module
 */
import { type Draft, produce } from 'immer';
import { InvalidArgumentError } from '../errors.js';
import type { DistributionSpec } from '../random/spec.js';
import { describeSpec } from '../random/spec.js';
import { parseIsoDate } from './dates.js';
import { resolveParameterPath } from './paths.js';
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
  const old = resolved.sourced.value;
  if (typeof old !== typeof value) {
    throw new InvalidArgumentError(
      'value',
      typeof old === 'number' ? 'a number' : 'a distribution spec',
      value,
    );
  }
  return variant(scenario, (d) => {
    let node: unknown = d.parameters;
    for (const seg of resolved.segments) node = (node as Record<string | number, unknown>)[seg];
    const target = node as { value: unknown; source: unknown };
    target.value = value;
    target.source = { kind: 'assumption', rationale: `set by ${by} (base value ${render(old)})` };
  });
}
