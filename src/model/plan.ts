/**
 * Plans: dated steps that change the mission, such as MINUSMA's adaptation plan. A step is an
 * envelope (id, title, date, status, sources, `after` dependencies) around a typed action; the
 * actions themselves are declared by the capabilities that carry them out (`dynamics/`), so this
 * module holds only what every plan shares:
 *
 * - the step envelope's schema, generic in the action schema (`planStepSchema`);
 * - **plan semantics** in one pure function, {@link schedulePlan}: a step takes effect at the
 *   later of its own date and the effective dates of the steps it comes `after` (plus its
 *   `afterLeadDays`); steps are replayed in the order they take effect (ties in plan order).
 *   Validation and the dynamics both call it, so they cannot disagree.
 *
 * @module
 */
import { z } from 'zod';
import { parseIsoDate } from './dates.js';
import { idSchema, isoDateSchema, sourcedNumber } from './fields.js';
import { type Sourced, sourceSchema, textSchema } from './provenance.js';

/** Where a step stands as of the mission's data date. */
export const PLAN_STEP_STATUSES = ['done', 'in-progress', 'planned', 'delayed'] as const;
/** Where a step stands as of the mission's data date. */
export type PlanStepStatus = (typeof PLAN_STEP_STATUSES)[number];

/**
 * The schema of a plan step whose action follows `action`.
 *
 * Fields: `id`; `title`; `date` (ISO date the step takes effect — for a delayed step, the
 * assumed new date); `status`; `source` (where the step and its date come from); `dateSource`
 * (where the date comes from, when that differs from `source`); `after` (ids of steps that must
 * have taken effect first); `recordOnly` (the letter records the step but no mechanism models it,
 * with the reason, which reports show); `action`.
 */
export function planStepSchema<A extends z.ZodType>(action: A) {
  return z
    .strictObject({
      id: idSchema,
      title: textSchema,
      date: isoDateSchema.meta({
        description:
          'ISO date the step takes effect (a delayed step: the assumed new date), unless a step it comes after is later.',
      }),
      status: z.enum(PLAN_STEP_STATUSES),
      source: sourceSchema,
      dateSource: sourceSchema.exactOptional(),
      after: z.array(idSchema).readonly().exactOptional().meta({
        description:
          'Ids of steps that must have taken effect first: the step takes effect at the later of its own date and theirs (plus afterLeadDays).',
      }),
      afterLeadDays: sourcedNumber('nonNegative').exactOptional().meta({
        description:
          'Days the step needs after the last of the steps it comes after (e.g. a unit arriving a month after its camp is ready); 0 when absent.',
      }),
      recordOnly: textSchema.exactOptional().meta({
        description:
          'The step is recorded but changes nothing in the simulation; the reason, shown in reports.',
      }),
      action,
    })
    .readonly();
}

/** A plan step around an action of type `A` (see `planStepSchema` for the fields). */
export interface PlanStepOf<A> {
  readonly id: string;
  readonly title: string;
  /** ISO date the step takes effect (for a delayed step, the assumed new date). */
  readonly date: string;
  readonly status: PlanStepStatus;
  /** Where the step and its date come from. */
  readonly source: z.infer<typeof sourceSchema>;
  /**
   * Where the date comes from, when that differs from `source` (e.g. the letter reports a transfer
   * done « en 2020 » and the day is a stated assumption). Absent: `source` covers the date too.
   */
  readonly dateSource?: z.infer<typeof sourceSchema>;
  /**
   * Ids of steps that must have taken effect first: the step takes effect at the later of its
   * own date and theirs (so delaying the Mopti expansion delays what it houses).
   */
  readonly after?: readonly string[];
  /** Days the step needs after the last of the steps it comes `after` (0 when absent). */
  readonly afterLeadDays?: Sourced;
  /** The step is recorded but changes nothing in the simulation; the reason, shown in reports. */
  readonly recordOnly?: string;
  readonly action: A;
}

/** What {@link schedulePlan} needs of a step. */
export interface SchedulableStep {
  readonly id: string;
  readonly date: string;
  readonly after?: readonly string[];
  readonly afterLeadDays?: { readonly value: number };
}

/** A problem found while scheduling a plan, with the path of the offending value. */
export interface PlanProblem {
  readonly path: string;
  readonly message: string;
}

/** When each step takes effect, and in which order steps are replayed. */
export interface PlanSchedule {
  /** Effective day of each step (index as in the plan), days after the start; NaN if its date is not a real date. */
  readonly effectiveDay: readonly number[];
  /** Step indices in the order they take effect (effective day, then plan order). */
  readonly order: readonly number[];
  /** Unknown, self or cyclic `after` references, and dates before the start. Empty for a sound plan. */
  readonly problems: readonly PlanProblem[];
}

const DAY_MS = 86_400_000;

/**
 * The schedule of `steps` for a scenario starting on `startDate`: the effective day of every
 * step (the later of its own date and the effective days of the steps it comes `after`, plus its
 * `afterLeadDays`), and the
 * replay order. Linear in the plan's size (Kahn's algorithm). Steps dated before the start are
 * problems; a step dated after the horizon is not (it simply never takes effect in the run). A
 * cycle leaves its steps at their own dates, after reporting it.
 *
 * @example
 * ```ts
 * const { effectiveDay, order } = schedulePlan(scenario.plan, scenario.startDate);
 * ```
 */
export function schedulePlan(steps: readonly SchedulableStep[], startDate: string): PlanSchedule {
  const problems: PlanProblem[] = [];
  const start = parseIsoDate(startDate);
  const byId = new Map<string, number>();
  steps.forEach((s, i) => {
    if (!byId.has(s.id)) byId.set(s.id, i);
  });
  const own = steps.map((s, i) => {
    const t = parseIsoDate(s.date);
    if (t === undefined || start === undefined) return Number.NaN;
    const day = Math.round((t - start) / DAY_MS);
    if (day < 0) {
      problems.push({
        path: `plan[${i}].date`,
        message: `expected a date on or after the scenario's startDate, got ${JSON.stringify(s.date)}`,
      });
    }
    return day;
  });
  const deps = steps.map((s, i) => {
    const found: number[] = [];
    if (s.afterLeadDays !== undefined && (s.after ?? []).length === 0) {
      problems.push({
        path: `plan[${i}].afterLeadDays`,
        message: 'expected afterLeadDays only on a step with `after` (it counts from those steps)',
      });
    }
    (s.after ?? []).forEach((id, k) => {
      const j = byId.get(id);
      const at = `plan[${i}].after[${k}]`;
      if (j === undefined) {
        problems.push({
          path: at,
          message: `expected the id of a plan step, got ${JSON.stringify(id)}`,
        });
      } else if (j === i) {
        problems.push({
          path: at,
          message: `expected another step's id, got the step's own id ${JSON.stringify(id)}`,
        });
      } else {
        found.push(j);
      }
    });
    return found;
  });
  const indegree = deps.map((d) => d.length);
  const dependants: number[][] = steps.map(() => []);
  deps.forEach((d, i) => {
    for (const j of d) dependants[j]?.push(i);
  });
  const topo: number[] = [];
  indegree.forEach((n, i) => {
    if (n === 0) topo.push(i);
  });
  for (let head = 0; head < topo.length; head++) {
    for (const k of dependants[topo[head] as number] ?? []) {
      indegree[k] = (indegree[k] ?? 0) - 1;
      if (indegree[k] === 0) topo.push(k);
    }
  }
  indegree.forEach((n, i) => {
    if (n <= 0) return;
    const through = (deps[i] ?? [])
      .filter((j) => (indegree[j] ?? 0) > 0)
      .map((j) => JSON.stringify(steps[j]?.id ?? String(j)));
    problems.push({
      path: `plan[${i}].after`,
      message: `expected no cycle of 'after' dependencies, got a cycle through ${through.join(', ')}`,
    });
  });
  const effectiveDay = own.slice();
  for (const i of topo) {
    const lead = steps[i]?.afterLeadDays?.value ?? 0;
    for (const j of deps[i] ?? []) {
      const e = (effectiveDay[j] as number) + lead;
      if (!Number.isNaN(e) && !(e <= (effectiveDay[i] as number))) effectiveDay[i] = e;
    }
  }
  const key = (i: number) => {
    const d = effectiveDay[i] as number;
    return Number.isNaN(d) ? 0 : d;
  };
  const order = steps.map((_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
  return { effectiveDay, order, problems };
}
