/**
 * The plan at run time: every step applied when it takes effect (the later of its own date and
 * the steps it comes `after`, by the one pure schedule of `model/plan.ts`), by the capability that
 * declares its action. Steps at the same time apply in plan order. Also the two actions every
 * plan has whatever the capabilities:
 *
 * - `set-parameter`: one numeric parameter changes from the step's date on (e.g. a mitigation
 *   that raises detection). Parameters a capability reads only at the start are refused by
 *   validation, since changing them later would silently do nothing.
 * - `milestone`: a step other steps wait for (`after`), such as the Mopti camp expansion.
 *
 * @module
 */
import { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';
import { parameterInfo, schemaAt } from '../model/fields.js';
import { formatPath, resolveParameterPath } from '../model/paths.js';
import type { PlanStepOf } from '../model/plan.js';
import { schedulePlan } from '../model/plan.js';
import { HOURS_PER_DAY } from './calendar.js';
import type { AnyAction, ApplyContext, PlanActionDefinition } from './capability.js';
import type { Runtime } from './runtime.js';

/**
 * A copy of `params` with the Sourced number at `path` set to `value`. Paths resolve exactly as
 * validation resolves them (`resolveParameterPath`: array elements by index or by `id`); throws
 * if the path does not end at a Sourced number.
 */
export function withParameter<P>(params: P, path: string, value: number): P {
  const copy = structuredClone(params);
  const resolved = resolveParameterPath(copy, path);
  if (resolved === undefined || typeof resolved.sourced.value !== 'number') {
    throw new InvalidArgumentError('path', 'a parameter path ending at a sourced number', path);
  }
  (resolved.sourced as { value: number }).value = value;
  return copy;
}

const setParameterSchema = z
  .strictObject({
    kind: z.literal('set-parameter'),
    /** Dotted path under `parameters`, ending at a Sourced number (`ied.damageGivenDetonation`). */
    path: z
      .string()
      .min(1, { error: 'expected a dotted parameter path' })
      .max(500, { error: 'expected a dotted parameter path' }),
    value: z.number(),
  })
  .readonly();

/** A `set-parameter` action. */
export type SetParameterAction = z.infer<typeof setParameterSchema>;

/** The parameters schema validation checks `set-parameter` values against (set by the scenario format). */
export interface ParameterDomain {
  readonly parameters: z.ZodType;
}

/** The `set-parameter` action, checked against the composed parameters schema `domain`. */
export function setParameterAction(
  domain: ParameterDomain,
): PlanActionDefinition<SetParameterAction, unknown> {
  return {
    kind: 'set-parameter',
    summary: 'Change one numeric parameter of the scenario from the step’s date on.',
    schema: setParameterSchema,
    check(a, ctx) {
      const parameters = ctx.scenario.parameters;
      const resolved = resolveParameterPath(parameters, a.path);
      if (resolved === undefined || typeof resolved.sourced.value !== 'number') {
        ctx.issues.add(
          `${ctx.path}.path`,
          `expected a dotted path under parameters ending at a Sourced number (e.g. "ied.damageGivenDetonation"), got ${JSON.stringify(a.path)}`,
        );
        return;
      }
      const node = schemaAt(domain.parameters, resolved.segments);
      const info = node === undefined ? undefined : parameterInfo(node);
      if (info?.startOnly === true) {
        ctx.issues.add(
          `${ctx.path}.path`,
          `expected a parameter the dynamics read during the run, got ${JSON.stringify(a.path)} (${info.label}), which is read only at the start: change it in parameters instead`,
        );
        return;
      }
      const result = domain.parameters.safeParse(withParameter(parameters, a.path, a.value));
      if (!result.success) {
        const own = formatPath([...resolved.segments, 'value']);
        const hit = result.error.issues.find(
          (i) => formatPath(i.path.map((p) => (typeof p === 'number' ? p : String(p)))) === own,
        );
        if (hit !== undefined) {
          const expected = hit.message.startsWith('expected ')
            ? hit.message
            : `expected a valid value (${hit.message})`;
          ctx.issues.add(`${ctx.path}.value`, `${expected} for ${a.path}, got ${a.value}`);
        }
      }
    },
    apply(a, _live, { rt }) {
      rt.params = withParameter(rt.params, a.path, a.value);
    },
  };
}

const milestoneSchema = z.strictObject({ kind: z.literal('milestone') }).readonly();

/** A `milestone` action. */
export type MilestoneAction = z.infer<typeof milestoneSchema>;

/** The `milestone` action: no direct effect; other steps wait for it. */
export const milestoneAction: PlanActionDefinition<MilestoneAction, unknown> = {
  kind: 'milestone',
  summary: 'A milestone other steps wait for (e.g. the Mopti camp expansion); no direct effect.',
  schema: milestoneSchema,
  apply() {},
};

/** How the run applies an action: its definition and the live state of the capability that owns it. */
export interface BoundAction {
  readonly definition: PlanActionDefinition<AnyAction, unknown>;
  readonly live: unknown;
}

/**
 * Schedules every step of the scenario's plan at its effective time, and records the day each
 * took effect in `plan.appliedDay.step.<id>` (NaN when after the horizon).
 */
export function scheduleSteps(rt: Runtime, actions: ReadonlyMap<string, BoundAction>): void {
  const plan = rt.scenario.plan;
  const { effectiveDay, order } = schedulePlan(plan, rt.scenario.startDate);
  for (const index of order) {
    const step = plan[index] as PlanStepOf<AnyAction>;
    const at = Math.max(0, (effectiveDay[index] as number) * HOURS_PER_DAY);
    if (!(at < rt.horizonHours)) continue;
    const bound = actions.get(step.action.kind);
    if (bound === undefined) {
      throw new InvalidArgumentError(
        `plan step ${step.id}`,
        'an action kind one of the run’s capabilities carries out',
        step.action.kind,
      );
    }
    const ctx: ApplyContext = { rt, step };
    rt.env.timeout(at).addCallback(() => {
      rt.trace?.(rt.env.now, `plan ${step.id}: ${step.action.kind}`);
      rt.metrics.set(`plan.appliedDay.step.${step.id}`, rt.env.now / HOURS_PER_DAY);
      bound.definition.apply(step.action, bound.live, ctx);
    });
  }
}
