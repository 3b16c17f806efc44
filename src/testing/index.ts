/**
 * `peacekeeping-sim/testing`: fast-check arbitraries and planning invariants.
 *
 * - Arbitraries: {@link arbMission}, {@link arbScenario}, {@link arbPlan}, {@link arbSeed},
 *   {@link arbScenarioVariant} (with its axes: {@link parameterAxis}, {@link planDateAxis},
 *   {@link iedRateAxis}, {@link iedRateMultiplierAxis}, {@link helicopterServiceabilityAxis}).
 * - Diffs: {@link scenarioDiff}, used by every failure message.
 * - Invariants: {@link checkVehicleConservation}, {@link checkFiniteTimes},
 *   {@link checkDeterminism}, {@link checkNoWorse} (with {@link checkHelicopterMonotonicity}
 *   and {@link checkDelayNeverHelps}), {@link checkRouteScaleInvariance}.
 * - Planning assumptions: {@link checkAssumption} with a {@link PlanningProperty} and
 *   {@link PlanningMetric}s.
 *
 * @packageDocumentation
 */
export { type ArbMissionOptions, arbMission } from './arb-mission.js';
export { type ArbPlanOptions, arbPlan } from './arb-plan.js';
export { type ArbScenarioOptions, arbScenario } from './arb-scenario.js';
export { arbScenarioVariant } from './arb-scenario-variant.js';
export { arbSeed } from './arb-seed.js';
export {
  axesOf,
  helicopterServiceabilityAxis,
  type IedRatePosterior,
  iedRateAxis,
  iedRateMultiplierAxis,
  iedRatePosterior,
  parameterAxis,
  planDateAxis,
  type VariantAxis,
  type VariantRanges,
  withIedRate,
} from './axes.js';
export {
  type AssumptionReport,
  type CheckAssumptionOptions,
  checkAssumption,
  type PlanningProperty,
  type Requirement,
  type VariantEvaluation,
} from './check-assumption.js';
export { checkDeterminism, type DeterminismResult } from './check-determinism.js';
export { checkFiniteTimes, type FiniteTimesResult } from './check-finite-times.js';
export {
  checkDelayNeverHelps,
  checkHelicopterMonotonicity,
  checkNoWorse,
  type DecisionRule,
  type DelayOptions,
  type HelicopterMonotonicityOptions,
  type NoWorseOptions,
  type NoWorseResult,
  withAddedHelicopterUnit,
  withOneMoreHelicopter,
} from './check-no-worse.js';
export {
  checkRouteScaleInvariance,
  type ScaleOptions,
  type ScaleResult,
  withRoutesScaled,
} from './check-route-scale-invariance.js';
export {
  type ConservationResult,
  checkVehicleConservation,
  type ReplicationCheckOptions,
} from './check-vehicle-conservation.js';
export { InvariantError } from './invariant-error.js';
export {
  medianTimeToSurgery,
  type PlanningMetric,
  recordMetric,
  sectorReadiness,
  sectorResponseMeanMin,
  surgeryWithinTargetShare,
  type WindowOptions,
} from './metrics.js';
export { type ScenarioDiffOptions, scenarioDiff } from './scenario-diff.js';
