/**
 * The shape of a scenario: a mission, a plan, a start date and horizon, and the parameters of
 * the dynamics. The parameters and the plan's actions are declared by the capabilities that use
 * them, so the shape here is generic in both; `dynamics/` composes the default one.
 *
 * @module
 */
import { z } from 'zod';
import { idSchema, isoDateSchema } from './fields.js';
import { type Mission, missionSchema } from './mission.js';
import { type PlanStepOf, planStepSchema } from './plan.js';
import { labelSchema, textSchema } from './provenance.js';

/** Version of the scenario format; bumped on incompatible changes. */
export const SCENARIO_SCHEMA_VERSION = 1;

/** Longest horizon accepted, in days (100 years). */
export const MAX_HORIZON_DAYS = 36_500;

/**
 * A scenario whose parameters are `P` and whose plan actions are `A`. Plain, JSON-serialisable
 * data: it crosses to worker threads and other machines, diffs cleanly and loads from `.json` or
 * `.ts` files.
 */
export interface ScenarioOf<P, A> {
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
  readonly plan: readonly PlanStepOf<A>[];
  readonly parameters: P;
}

/**
 * The schema of a scenario with the given parameters and action schemas.
 *
 * A JSON scenario file may carry a `"$schema"` key (editors add it to get completion from the
 * shipped JSON Schema); it is accepted and dropped.
 */
export function scenarioSchemaOf<P extends z.ZodType, A extends z.ZodType>(
  parameters: P,
  action: A,
) {
  return z
    .strictObject({
      schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
      name: idSchema,
      title: textSchema,
      question: textSchema,
      description: labelSchema.exactOptional(),
      startDate: isoDateSchema,
      horizonDays: z
        .number()
        .int({ error: 'expected a positive integer number of days' })
        .positive({ error: 'expected a positive integer number of days' })
        .max(MAX_HORIZON_DAYS, { error: `expected at most ${MAX_HORIZON_DAYS} days` }),
      mission: missionSchema,
      plan: z.array(planStepSchema(action)).readonly(),
      parameters,
    })
    .readonly();
}
