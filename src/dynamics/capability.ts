/**
 * The capability-module contract: how a piece of the mission's dynamics (the armoured fleet,
 * helicopters, the IED threat, threats to civilians, casualty evacuation, and any later one)
 * tells the rest of the system everything it needs to know about it, once.
 *
 * A capability module declares:
 * - its **parameters**: one zod schema, under `scenario.parameters[id]`, from which the
 *   TypeScript type, the JSON Schema and the structural validation derive; declared parameters
 *   (see `model/fields.ts`) carry a label, a unit, a plausible range and whether they are read
 *   only at the start;
 * - its **plan actions**: each a schema, a semantic check run while validation replays the plan,
 *   and its effect during a run, in one place;
 * - its **metrics**: declared from the scenario before the run (see `metrics.ts`);
 * - semantic **checks** of its part of the scenario, on typed data;
 * - the **ports** it provides to and requires from other capabilities;
 * - `start(runtime, ports)`: the processes it runs on the engine, returning its live state (what
 *   its plan actions act on and what tests inspect), and `finish` for end-of-run values.
 *
 * `simulateMission` composes a run from a list of modules; a user adds a module of their own
 * without editing the package (see `examples/custom-capability.ts`).
 *
 * @module
 */
import type { z } from 'zod';
import type { Unit } from '../model/mission.js';
import type { PlanStepOf } from '../model/plan.js';
import type { ScenarioOf } from '../model/scenario.js';
import type { MetricDeclaration } from './metrics.js';
import type { Port, Ports } from './ports.js';
import type { Runtime } from './runtime.js';

/** Any plan action: a `kind` and its fields. */
export interface AnyAction {
  readonly kind: string;
}

/** A scenario seen by capabilities whose parameter types they do not know (each reads its own). */
export type AnyScenario = ScenarioOf<Readonly<Record<string, unknown>>, AnyAction>;

/** Where semantic problems go: a path (`mission.routes[3].from`) and what was expected. */
export interface IssueSink {
  add(path: string, message: string): void;
}

/** What a capability's `check` sees: the typed scenario and its own parameters. */
export interface CheckContext<P> {
  readonly scenario: AnyScenario;
  /** The capability's parameters (`scenario.parameters[id]`), typed. */
  readonly parameters: P;
  readonly issues: IssueSink;
}

/**
 * The plan's replay state while validation walks the steps in the order they take effect: which
 * places hold a base, where each unit is, every unit id ever used. Actions read and update it.
 */
export interface PlanReplayState {
  /** Places known (the mission's and those a plan opens): whether they hold a base, their sector. */
  readonly places: Map<string, { base: boolean; sector?: string }>;
  /** Units in the mission now, with their base. */
  readonly units: Map<string, string>;
  /** Every unit id used so far (deployed units need new ids). */
  readonly everUnits: Set<string>;
  /** The definition of every unit in {@link everUnits} (the mission's, and those deployed by plan). */
  readonly definitions: Map<string, Unit>;
  /** Units garrisoning a base a plan opened, with the base they return to when it closes. */
  readonly homes: Map<string, string>;
}

/** What a plan action's `check` sees during the replay. */
export interface PlanCheckContext {
  readonly scenario: AnyScenario;
  readonly state: PlanReplayState;
  /** Path of the action (`plan[4].action`). */
  readonly path: string;
  /** The step's own date, for messages. */
  readonly when: string;
  readonly issues: IssueSink;
}

/** What a plan action's effect sees when its step takes effect during a run. */
export interface ApplyContext {
  readonly rt: Runtime;
  readonly step: PlanStepOf<AnyAction>;
}

/**
 * A plan action a capability carries out: its schema, its semantic check during validation,
 * and its effect during a run.
 */
export interface PlanActionDefinition<A extends AnyAction = AnyAction, Live = unknown> {
  /** The `kind` tag. */
  readonly kind: A['kind'];
  /** One line: what the action does, for documentation. */
  readonly summary: string;
  /** The action's structure (a strict object with `kind: z.literal(…)`). */
  readonly schema: z.ZodType<A>;
  /** Semantic checks against the plan's replay state (and updates to it). */
  check?(action: A, ctx: PlanCheckContext): void;
  /** The effect when the step takes effect. */
  apply(action: A, live: Live, ctx: ApplyContext): void;
}

/** What a capability knows when it declares its metrics: the scenario and the lists families run over. */
export interface MetricContext {
  readonly scenario: AnyScenario;
  /** Days in the horizon. */
  readonly days: number;
  /** Calendar months (`YYYY-MM`) the horizon touches, in order. */
  readonly months: readonly { readonly id: string; readonly name: string }[];
  /** ISO date of day index `d` (0 = start date). */
  dateOfDay(day: number): string;
  /** Day index of an ISO date (may fall outside the horizon). */
  dayOf(date: string): number;
}

/**
 * A capability module. `Id` is its key under `scenario.parameters`, `P` its parameters' type,
 * `Live` what `start` returns (its live state during a run).
 */
export interface CapabilityModule<Id extends string = string, P = unknown, Live = unknown> {
  /** Stable id, kebab-case; the key of its parameters under `scenario.parameters`. */
  readonly id: Id;
  /** Human title, used as the group of its metrics in reports ("Armoured fleet"). */
  readonly title: string;
  /** One sentence: what it models and how. */
  readonly summary: string;
  /** Its parameters' schema; absent when it has none. */
  readonly parameters?: z.ZodType<P>;
  /** The plan actions it carries out. */
  // biome-ignore lint/suspicious/noExplicitAny: each action has its own type
  readonly actions?: readonly PlanActionDefinition<any, Live>[];
  /** Ports it provides (registered in `start`). */
  readonly provides?: readonly Port<unknown>[];
  /** Ports it uses: their providers start first. */
  readonly requires?: readonly Port<unknown>[];
  /** Semantic checks of its part of the scenario, on typed data. */
  check?(ctx: CheckContext<P>): void;
  /** Its metrics, declared from the scenario before the run. */
  metrics?(ctx: MetricContext): readonly MetricDeclaration[];
  /** Starts its processes at time 0; returns its live state. */
  start(rt: Runtime, ports: Ports): Live;
  /** Sets its end-of-run values (after the last daily snapshot). */
  finish?(live: Live, rt: Runtime): void;
}

/** A capability module of any parameters and live state. */
// biome-ignore lint/suspicious/noExplicitAny: a list of heterogeneous modules
export type AnyCapability = CapabilityModule<string, any, any>;

/**
 * Declares a capability module, checking it against the contract and keeping the literal types
 * of its id, parameters and actions (so the scenario's type can be composed from a list of
 * modules: see {@link ParametersOf} and {@link ActionOf}).
 */
export function defineCapability<
  const Id extends string,
  P,
  Live,
  // biome-ignore lint/suspicious/noExplicitAny: each action has its own type
  const Acts extends readonly PlanActionDefinition<any, Live>[] = [],
>(
  module: CapabilityModule<Id, P, Live> & {
    readonly parameters?: z.ZodType<P>;
    readonly actions?: Acts;
  },
): CapabilityModule<Id, P, Live> & { readonly actions?: Acts } {
  return module;
}

/** The parameters' type of a capability module (`never` when it has none). */
export type ParametersOf<C> = C extends { readonly parameters?: z.ZodType<infer P> }
  ? unknown extends P
    ? never
    : P
  : never;

/** The union of the plan actions a capability module carries out. */
export type ActionOf<C> = C extends { readonly actions?: readonly (infer D)[] }
  ? D extends { readonly schema: infer S extends z.ZodType }
    ? z.infer<S>
    : never
  : never;

/**
 * Declares a plan action, inferring the action's type from its schema.
 *
 * @example
 * ```ts
 * const deliver = defineAction<FleetLive>()({
 *   kind: 'deliver-vehicles',
 *   summary: 'Replacement or additional armoured vehicles arrive in a sector.',
 *   schema: z.strictObject({ kind: z.literal('deliver-vehicles'), sector: idSchema, … }).readonly(),
 *   apply: (a, fleet) => fleet.deliver(a.sector, a.count.value, …),
 * });
 * ```
 */
export function defineAction<Live>() {
  return <S extends z.ZodType<AnyAction>>(
    def: Omit<PlanActionDefinition<z.infer<S>, Live>, 'schema'> & { readonly schema: S },
  ): PlanActionDefinition<z.infer<S>, Live> & { readonly schema: S } =>
    def as PlanActionDefinition<z.infer<S>, Live> & { readonly schema: S };
}
