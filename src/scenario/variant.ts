/**
 * Variants of a scenario: changed copies made with immer, revalidated and deep-frozen. The base
 * is never touched, and the two share every unchanged part of their data.
 *
 * @module
 */
import { type Draft, produce } from 'immer';
import type { AnyCapability } from '../dynamics/capability.js';
import type { MISSION_CAPABILITIES, ScenarioFor } from '../dynamics/format.js';
import { InvalidArgumentError } from '../errors.js';
import { formatPath, type PathSegment, walkPath } from '../model/paths.js';
import { isSourced } from '../model/provenance.js';
import type { DistributionSpec } from '../random/spec.js';
import { describeSpec } from '../random/spec.js';
import { validateScenario } from './validate.js';

/** New name, title, question or description for a variant, and the format it follows. */
export interface VariantMeta<C extends readonly AnyCapability[] = typeof MISSION_CAPABILITIES> {
  readonly name?: string;
  readonly title?: string;
  readonly question?: string;
  readonly description?: string;
  /** The capabilities whose format the scenario follows (default: the embedded mission model's). */
  readonly capabilities?: C;
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
export function variant<const C extends readonly AnyCapability[] = typeof MISSION_CAPABILITIES>(
  base: ScenarioFor<C>,
  recipe: (draft: Draft<ScenarioFor<C>>) => ScenarioFor<C> | undefined,
  meta?: VariantMeta<C>,
): ScenarioFor<C> {
  const edited = produce(base, (draft) => {
    const replaced = recipe(draft as Draft<ScenarioFor<C>>);
    if (replaced !== undefined) return replaced as never;
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
  return validateScenario(
    named,
    `variant ${JSON.stringify(meta?.name ?? named.name)}`,
    meta?.capabilities === undefined ? {} : { capabilities: meta.capabilities },
  ) as ScenarioFor<C>;
}

function render(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && 'dist' in value)
    return describeSpec(value as DistributionSpec);
  return JSON.stringify(value);
}

function kindOf(x: unknown): string {
  if (x === null) return 'null';
  if (typeof x === 'object' && 'dist' in x) return 'distribution';
  return Array.isArray(x) ? 'array' : typeof x;
}

function checkSameKind(path: string, old: unknown, value: unknown): void {
  if (kindOf(old) !== kindOf(value)) {
    const expected =
      kindOf(old) === 'distribution'
        ? 'a distribution spec'
        : kindOf(old) === 'number'
          ? 'a number'
          : `a ${kindOf(old)}`;
    throw new InvalidArgumentError(`value of ${path}`, expected, value);
  }
}

/**
 * The walk of `path` from the scenario's root, or, when that leads nowhere and the path starts
 * with a section of `parameters` (`aviation.mtbfDays`), from `parameters`.
 */
function walkScenario(scenario: object, path: string) {
  const direct = walkPath(scenario, path);
  if (direct.complete) return direct;
  const params = (scenario as { parameters?: unknown }).parameters;
  const head = path.split(/[.[]/)[0] ?? '';
  if (typeof params === 'object' && params !== null && Object.hasOwn(params, head)) {
    const under = walkPath(scenario, `parameters.${path}`);
    if (under.complete) return under;
    return under.segments.length > 1 ? under : direct;
  }
  return direct;
}

/**
 * A copy of `scenario` with the value at `path` replaced, validated and deep-frozen: the one way
 * to set a value of a scenario (sweeps, sensitivity analyses, generated variants and the CLI's
 * `--param` all go through it).
 *
 * `path` follows the path syntax of `model/paths.ts` (`mission.routes[3].lengthKm`,
 * `mission.armouredFleet.bySector[sector=centre].workshopBays`, `plan.mopti-camp-expansion.date`);
 * a path under `parameters` may leave out `parameters.` (`aviation.mtbfDays`). Provenance stays
 * true: when the path ends at a Sourced value, at its `value`, or inside a distribution it holds
 * (`fleet.repairDays.value.mean`), the Sourced wrapper is kept and its source becomes an
 * assumption naming `by` and the old value — a changed number never keeps a source that no
 * longer holds.
 *
 * @param by - who set it, for the rationale (e.g. `'sweep'`); default `'setValue'`
 * @throws {@link InvalidArgumentError} naming the path when it leads nowhere, or when the new
 *   value is not of the kind of the old one (a number for a number, a distribution spec for a
 *   distribution)
 * @throws {@link ScenarioValidationError} if the value is outside the field's domain
 * @example
 * ```ts
 * const s = setValue(minusma2020, 'aviation.mtbfDays', 7, 'what-if');
 * const t = setValue(minusma2020, 'plan.mopti-camp-expansion.date', '2021-04-01');
 * ```
 */
export function setValue<const C extends readonly AnyCapability[] = typeof MISSION_CAPABILITIES>(
  scenario: ScenarioFor<C>,
  path: string,
  value: unknown,
  by = 'setValue',
  options: { readonly capabilities?: C } = {},
): ScenarioFor<C> {
  const walk = walkScenario(scenario, path);
  if (!walk.complete) {
    const reached = formatPath(walk.segments) || '(the scenario)';
    throw new InvalidArgumentError(
      'path',
      `a path to a value of the scenario ('${walk.stoppedAt ?? path}' leads nowhere from ${reached})`,
      path,
    );
  }
  const segments = [...walk.segments];
  // The innermost Sourced the target is, or lies inside.
  let sourcedAt = -1;
  for (let k = segments.length; k >= 0; k--) {
    if (isSourced(nodeAt(scenario, segments.slice(0, k)))) {
      sourcedAt = k;
      break;
    }
  }
  let target = segments;
  if (sourcedAt === segments.length) target = [...segments, 'value'];
  const old = nodeAt(scenario, target);
  checkSameKind(formatPath(target), old, value);
  const meta = options.capabilities === undefined ? {} : { capabilities: options.capabilities };
  return variant(
    scenario,
    (d) => {
      const parent = nodeAt(d, target.slice(0, -1)) as Record<PathSegment, unknown>;
      parent[target[target.length - 1] as PathSegment] = value;
      if (sourcedAt >= 0) {
        const owner = nodeAt(d, segments.slice(0, sourcedAt)) as {
          source: unknown;
          value: unknown;
        };
        const was = nodeAt(scenario, [...segments.slice(0, sourcedAt), 'value']);
        owner.source = {
          kind: 'assumption',
          rationale: `set by ${by} (base value ${render(was)})`,
        };
      }
      return undefined;
    },
    meta,
  );
}

function nodeAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let node = root;
  for (const seg of segments) node = (node as Record<PathSegment, unknown>)[seg];
  return node;
}
