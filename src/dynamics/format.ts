/**
 * The scenario format a list of capabilities defines: the parameters object (one section per
 * capability that has parameters), the plan's action union (every capability's actions, plus
 * `set-parameter` and `milestone`), the whole scenario schema, the semantic checks, and the
 * metric declarations. The embedded mission's format is {@link missionFormat}, from
 * {@link MISSION_CAPABILITIES}; a user with a capability of their own builds theirs with
 * {@link scenarioFormat}.
 *
 * @module
 */
import { z } from 'zod';
import type { ValidationIssue } from '../errors.js';
import { checkMission } from '../model/checks.js';
import type { ObservedUnit, Place, Unit } from '../model/mission.js';
import type { PlanStepOf } from '../model/plan.js';
import { schedulePlan } from '../model/plan.js';
import { type ScenarioOf, scenarioSchemaOf } from '../model/scenario.js';
import { aviation } from './aviation.js';
import { horizonMonths, utcMs } from './calendar.js';
import { campAttacks } from './camp-attacks.js';
import { camps } from './camps.js';
import type {
  ActionOf,
  AnyAction,
  AnyCapability,
  AnyScenario,
  IssueSink,
  MetricContext,
  ParametersOf,
  PlanActionDefinition,
  PlanReplayState,
} from './capability.js';
import { casevac } from './casevac.js';
import { clearance } from './clearance.js';
import { command } from './command.js';
import { escorts } from './escorts.js';
import { fleet } from './fleet.js';
import { force } from './force.js';
import { isr } from './isr.js';
import { family, type MetricDeclaration, value } from './metrics.js';
import {
  type MilestoneAction,
  milestoneAction,
  type SetParameterAction,
  setParameterAction,
} from './plan.js';
import { response } from './response.js';
import { rotations } from './rotations/index.js';
import { ied } from './threat.js';

/**
/**
 * The capabilities of the embedded mission model, in report order: the force, rotations and
 * force generation, camps, the armoured fleet, helicopters, casualty evacuation, threats to
 * civilians, the IED threat, attacks on camps, ISR, route clearance, command. Rotations come
 * right after the force: they decide whether a unit that arrives is there yet before the others
 * hear of it.
 */
export const MISSION_CAPABILITIES = [
  force,
  rotations,
  camps,
  fleet,
  aviation,
  casevac,
  response,
  escorts,
  ied,
  campAttacks,
  isr,
  clearance,
  command,
] as const;

/**
 * How a capability's parameters appear in a scenario: not at all (no parameters), as a required
 * section, or as an optional one (its schema admits `undefined`: the capability does nothing
 * without it).
 */
type SectionOf<M extends AnyCapability> = [ParametersOf<M>] extends [never]
  ? 'none'
  : undefined extends ParametersOf<M>
    ? 'optional'
    : 'required';

/** The parameters of a scenario for capabilities `C`: one section per capability that has parameters. */
export type ParametersFor<C extends readonly AnyCapability[]> = {
  readonly [M in C[number] as SectionOf<M> extends 'required' ? M['id'] : never]: ParametersOf<M>;
} & {
  readonly [M in C[number] as SectionOf<M> extends 'optional' ? M['id'] : never]?: ParametersOf<M>;
};

/** The plan actions of a scenario for capabilities `C`. */
export type ActionFor<C extends readonly AnyCapability[]> =
  | ActionOf<C[number]>
  | SetParameterAction
  | MilestoneAction;

/** A scenario for capabilities `C`. */
export type ScenarioFor<C extends readonly AnyCapability[]> = ScenarioOf<
  ParametersFor<C>,
  ActionFor<C>
>;

/** A scenario of the embedded mission model. */
export type Scenario = ScenarioFor<typeof MISSION_CAPABILITIES>;
/** The parameters of the embedded mission model. */
export type ModelParameters = Scenario['parameters'];
/** A plan action of the embedded mission model. */
export type PlanAction = ActionFor<typeof MISSION_CAPABILITIES>;
/** A plan step of the embedded mission model. */
export type PlanStep = PlanStepOf<PlanAction>;

/** The format of scenarios for a list of capabilities. */
export interface ScenarioFormat<C extends readonly AnyCapability[]> {
  readonly capabilities: C;
  /** The structural schema of a whole scenario. */
  readonly schema: z.ZodType<ScenarioFor<C>>;
  /** The schema of `parameters`. */
  readonly parameters: z.ZodType<ParametersFor<C>>;
  /** Every plan action, by kind, with the capability that carries it out (`undefined`: the plan's own). */
  readonly actions: ReadonlyMap<
    string,
    {
      readonly definition: PlanActionDefinition<AnyAction, unknown>;
      readonly capability?: AnyCapability;
    }
  >;
  /** Semantic checks of a structurally valid scenario; every problem at once. */
  check(scenario: ScenarioFor<C>): ValidationIssue[];
  /**
   * Semantic checks of an input whose structure has problems, so one pass reports as much as it
   * can: every check runs on the input as it is, and a check that meets a part it cannot read
   * stops there without failing (its structural problem is reported instead).
   */
  checkLoosely(input: unknown): ValidationIssue[];
  /** Every metric a run of `scenario` reports, declared before the run. */
  metrics(scenario: ScenarioFor<C>): MetricDeclaration[];
}

/**
 * The scenario format for `capabilities`: their parameters, actions, checks and metrics, composed.
 *
 * @throws `TypeError` when two capabilities share an id or an action kind
 */
export function scenarioFormat<const C extends readonly AnyCapability[]>(
  capabilities: C,
): ScenarioFormat<C> {
  const ids = new Set<string>();
  const shape: Record<string, z.ZodType> = {};
  for (const c of capabilities) {
    if (ids.has(c.id)) throw new TypeError(`two capabilities have the id '${c.id}'`);
    ids.add(c.id);
    if (c.parameters !== undefined) shape[c.id] = c.parameters;
  }
  const parameters = z.strictObject(shape).readonly();
  const domain = { parameters };
  const actions = new Map<
    string,
    { definition: PlanActionDefinition<AnyAction, unknown>; capability?: AnyCapability }
  >();
  const own = [setParameterAction(domain), milestoneAction] as PlanActionDefinition<
    AnyAction,
    unknown
  >[];
  for (const definition of own) actions.set(definition.kind, { definition });
  for (const c of capabilities) {
    for (const definition of c.actions ?? []) {
      if (actions.has(definition.kind)) {
        throw new TypeError(`two capabilities carry out the action '${definition.kind}'`);
      }
      actions.set(definition.kind, { definition, capability: c });
    }
  }
  const schemas = [...actions.values()].map((a) => a.definition.schema);
  const action = z.discriminatedUnion(
    'kind',
    schemas as unknown as [z.ZodObject, ...z.ZodObject[]],
  );
  const schema = scenarioSchemaOf(parameters, action);
  return {
    capabilities,
    schema: schema as unknown as z.ZodType<ScenarioFor<C>>,
    parameters: parameters as unknown as z.ZodType<ParametersFor<C>>,
    actions,
    check: (scenario) => checkAll(scenario as unknown as AnyScenario, capabilities, actions, false),
    checkLoosely: (input) =>
      typeof input === 'object' && input !== null
        ? checkAll(input as AnyScenario, capabilities, actions, true)
        : [],
    metrics: (scenario) => declareMetrics(scenario as unknown as AnyScenario, capabilities),
  };
}

class Issues implements IssueSink {
  readonly list: ValidationIssue[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
}

function checkAll(
  scenario: AnyScenario,
  capabilities: readonly AnyCapability[],
  actions: ScenarioFormat<readonly AnyCapability[]>['actions'],
  loosely: boolean,
): ValidationIssue[] {
  const issues = new Issues();
  // On a structurally broken input a check may meet a value it cannot read: it stops there.
  const run = (check: () => void) => {
    if (!loosely) return check();
    try {
      check();
    } catch {
      // the structural problem that stopped it is reported by the schema
    }
  };
  run(() => checkMission(scenario.mission, scenario.plan, issues));
  for (const c of capabilities) {
    const parameters = (scenario.parameters as Record<string, unknown> | undefined)?.[c.id];
    run(() => c.check?.({ scenario, parameters, issues }));
  }
  run(() => checkPlan(scenario, actions, issues, run));
  return issues.list;
}

function checkPlan(
  scenario: AnyScenario,
  actions: ScenarioFormat<readonly AnyCapability[]>['actions'],
  issues: Issues,
  run: (check: () => void) => void,
): void {
  const seen = new Map<string, number>();
  scenario.plan.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first !== undefined) {
      issues.add(
        `plan[${i}].id`,
        `expected a unique plan step id, got ${JSON.stringify(s.id)} (also at plan[${first}])`,
      );
    } else {
      seen.set(s.id, i);
    }
  });
  replayPlan(scenario, actions, issues, run);
}

/**
 * Replays `scenario`'s plan as validation does: every step's action `check`, in the order the
 * steps take effect, updating the replay state (units, bases). `visit` sees the state after each
 * step with the day it takes effect. Scheduling problems go to `issues`.
 */
function replayPlan(
  scenario: AnyScenario,
  actions: ScenarioFormat<readonly AnyCapability[]>['actions'],
  issues: IssueSink,
  run: (check: () => void) => void,
  visit?: (day: number, state: PlanReplayState) => void,
): void {
  const schedule = schedulePlan(scenario.plan, scenario.startDate);
  for (const p of schedule.problems) issues.add(p.path, p.message);
  const m = scenario.mission;
  const state: PlanReplayState = {
    places: new Map(
      m.places.map((p) => [
        p.id,
        p.sector === undefined ? { base: p.base } : { base: p.base, sector: p.sector },
      ]),
    ),
    units: new Map(m.units.map((u) => [u.id, u.base])),
    everUnits: new Set(m.units.map((u) => u.id)),
    definitions: new Map(m.units.map((u) => [u.id, u])),
    homes: new Map(),
  };
  visit?.(0, state);
  for (const i of schedule.order) {
    const step = scenario.plan[i] as PlanStepOf<AnyAction>;
    run(() =>
      actions.get(step.action.kind)?.definition.check?.(step.action, {
        scenario,
        state,
        path: `plan[${i}].action`,
        when: step.date,
        issues,
      }),
    );
    visit?.(Math.max(0, schedule.effectiveDay[i] as number), state);
  }
}

/** Where the plan puts the force from a day on: the units in the mission and their bases. */
export interface PlannedForce {
  /** First day (0 = start date) of this state; it lasts until the next one's. */
  readonly fromDay: number;
  readonly units: readonly { readonly unit: Unit; readonly base: string }[];
}

const planned = new WeakMap<AnyScenario, WeakMap<readonly AnyCapability[], PlannedForce[]>>();

/**
 * The force as the plan places it, day by day: the mission's units, then the state after each
 * day on which steps take effect (deployments, transfers, repatriations, bases opened), as the
 * validation replay sees it. Movements take no time here and nothing waits (no camp capacity,
 * no rotation gap): it is the plan as written, used as a reference (e.g. the force of the
 * letter's period, against which detection is calibrated). Computed once per scenario.
 */
export function plannedForce(
  scenario: AnyScenario,
  capabilities: readonly AnyCapability[],
): readonly PlannedForce[] {
  let byCaps = planned.get(scenario);
  if (byCaps === undefined) {
    byCaps = new WeakMap();
    planned.set(scenario, byCaps);
  }
  let out = byCaps.get(capabilities);
  if (out !== undefined) return out;
  const list: PlannedForce[] = [];
  const ignore: IssueSink = { add() {} };
  replayPlan(scenario, formatFor(capabilities).actions, ignore, tolerant, (day, state) => {
    const units = [...state.units].flatMap(([id, base]) => {
      const unit = state.definitions.get(id);
      return unit === undefined ? [] : [{ unit, base }];
    });
    const last = list[list.length - 1];
    if (last !== undefined && last.fromDay === day) list[list.length - 1] = { fromDay: day, units };
    else list.push({ fromDay: day, units });
  });
  out = list;
  byCaps.set(capabilities, out);
  return out;
}

/**
 * The route-clearance and ISR units the plan has in place during the IED record's period, as
 * `mission.ied.observedWith` lists them: what detection is calibrated against. The embedded data
 * record the MINUSMA plan's; a mission of your own records its own.
 */
export function observedForce(
  scenario: AnyScenario,
  capabilities: readonly AnyCapability[] = MISSION_CAPABILITIES,
): ObservedUnit[] {
  const rec = scenario.mission.ied;
  const start = utcMs(scenario.startDate);
  const dayOf = (date: string) => Math.round((utcMs(date) - start) / 86_400_000);
  const dateOf = (day: number) => new Date(start + day * 86_400_000).toISOString().slice(0, 10);
  const from = Math.max(0, dayOf(rec.periodStart));
  const to = Math.max(from, dayOf(rec.periodEnd));
  const states = plannedForce(scenario, capabilities);
  const places = new Map(scenario.mission.places.map((p) => [p.id, p]));
  for (const step of scenario.plan) {
    if (step.action.kind !== 'open-base') continue;
    const place = (step.action as unknown as { readonly place: Place }).place;
    if (!places.has(place.id)) places.set(place.id, place);
  }
  // Each unit's stays at a base, merged across consecutive states.
  const open = new Map<string, ObservedUnit & { fromDay: number }>();
  const out: ObservedUnit[] = [];
  const close = (key: string, day: number) => {
    const o = open.get(key);
    if (o === undefined) return;
    open.delete(key);
    const { fromDay, ...entry } = o;
    if (day > fromDay) out.push({ ...entry, to: dateOf(day) });
  };
  states.forEach((st, k) => {
    const day = Math.min(Math.max(st.fromDay, from), to);
    const here = new Set<string>();
    for (const { unit, base } of st.units) {
      if (!unit.capabilities.some((c) => c === 'route-clearance' || c === 'isr')) continue;
      const key = `${unit.id}@${base}`;
      here.add(key);
      if (!open.has(key)) {
        const place = places.get(base);
        if (place === undefined) continue;
        open.set(key, {
          unit: unit.id,
          kind: unit.kind,
          capabilities: unit.capabilities,
          base,
          ...(place.sector === undefined ? {} : { sector: place.sector }),
          location: place.location,
          from: dateOf(day),
          to: dateOf(day),
          fromDay: day,
        });
      }
    }
    for (const key of [...open.keys()]) if (!here.has(key)) close(key, day);
    if (k === states.length - 1) for (const key of [...open.keys()]) close(key, to);
  });
  return out.sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : a.unit < b.unit ? -1 : 1,
  );
}

function tolerant(check: () => void): void {
  try {
    check();
  } catch {
    // a broken step is reported by validation; the reference skips it
  }
}

/** The lists metrics run over, for `scenario`. */
export function metricContext(scenario: AnyScenario): MetricContext {
  const start = utcMs(scenario.startDate);
  const days = Math.round(scenario.horizonDays);
  return {
    scenario,
    days,
    months: horizonMonths(scenario.startDate, days),
    dateOfDay: (d) => new Date(start + d * 86_400_000).toISOString().slice(0, 10),
    dayOf: (date) => Math.round((utcMs(date) - start) / 86_400_000),
  };
}

/**
 * Every metric a run of `scenario` with `capabilities` reports, in report order: each
 * capability's, then the plan's (`plan.appliedDay.step.<id>`) and the engine's.
 */
export function declareMetrics(
  scenario: AnyScenario,
  capabilities: readonly AnyCapability[],
): MetricDeclaration[] {
  const ctx = metricContext(scenario);
  const out: MetricDeclaration[] = [];
  for (const c of capabilities) {
    for (const d of c.metrics?.(ctx) ?? []) out.push(d.group === '' ? { ...d, group: c.title } : d);
  }
  const steps = scenario.plan.map((s) => ({ id: s.id, name: s.title }));
  out.push(
    ...family('value', 'plan.appliedDay', 'step', steps, (s) => ({
      label: `Day applied: ${s.name}`,
      unit: 'day',
      better: null,
      description: `Simulation day (0 = start date) on which plan step ${s.id} took effect, after any step it waits for; undefined when after the horizon.`,
      group: 'Adaptation plan',
    })),
    value('engine.events', {
      label: 'Simulation events',
      unit: 'count',
      better: null,
      description:
        'Events the discrete-event engine processed in a replication (a measure of work, not of the mission).',
      group: 'Engine',
    }),
  );
  return out;
}

/** The format of the embedded mission model's scenarios. */
export const missionFormat: ScenarioFormat<typeof MISSION_CAPABILITIES> =
  scenarioFormat(MISSION_CAPABILITIES);

const formats = new WeakMap<readonly AnyCapability[], ScenarioFormat<readonly AnyCapability[]>>([
  [MISSION_CAPABILITIES, missionFormat],
]);

/** The format for `capabilities`, built once per list (runs call it for every replication). */
export function formatFor<const C extends readonly AnyCapability[]>(
  capabilities: C,
): ScenarioFormat<C> {
  let f = formats.get(capabilities);
  if (f === undefined) {
    f = scenarioFormat(capabilities);
    formats.set(capabilities, f);
  }
  return f as unknown as ScenarioFormat<C>;
}
