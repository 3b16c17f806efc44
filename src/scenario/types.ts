import type { Mission } from '../model/mission.js';
import type { ModelParameters } from '../model/parameters.js';
import type { PlanStep } from '../model/plan.js';

/** Version of the scenario format; bumped on incompatible changes. */
export const SCENARIO_SCHEMA_VERSION = 1;

/**
 * A scenario: a mission, a plan, a start date and horizon, and the parameters of the dynamics.
 * Plain, JSON-serialisable data: it crosses to worker threads and other machines, diffs cleanly
 * and loads from `.json` or `.ts` files. Make changed copies with `variant()`.
 */
export interface Scenario {
  readonly schemaVersion: typeof SCENARIO_SCHEMA_VERSION;
  /** Short id, kebab-case (`adaptation-plan`). */
  readonly name: string;
  readonly title: string;
  /** The planning question this scenario answers. */
  readonly question: string;
  readonly description?: string;
  /** ISO date simulation time 0 stands for (midnight UTC). */
  readonly startDate: string;
  readonly horizonDays: number;
  readonly mission: Mission;
  readonly plan: readonly PlanStep[];
  readonly parameters: ModelParameters;
}
