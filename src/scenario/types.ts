/**
 * The scenario type of the embedded mission model, composed from its capabilities' parameters and
 * plan actions (see `dynamics/format.ts`).
 *
 * @module
 */
export type { ModelParameters, PlanAction, PlanStep, Scenario } from '../dynamics/format.js';
export { SCENARIO_SCHEMA_VERSION } from '../model/scenario.js';
