/**
 * The mission's dynamics, as capability modules on the engine: the force (units, bases,
 * garrisons), rotations and force generation, camps as capacity, the armoured fleet,
 * helicopters, casualty evacuation, threats to civilians and the response, the IED threat,
 * attacks on camps, ISR, route clearance, command; the contract a capability module follows;
 * how a list of modules composes a scenario format and a replication.
 *
 * @module
 */
export {
  type Airframe,
  type AviationApi,
  type AviationDynamics,
  type AviationParameters,
  AviationPort,
  aviation,
  TASK_PRIORITY,
  type TaskHandle,
  type TaskKind,
  type TaskRequest,
} from './aviation.js';
export { HOURS_PER_DAY, horizonMonths } from './calendar.js';
export {
  type CampAttackRecord,
  type CampAttacksDynamics,
  type CampAttacksParameters,
  campAttacks,
} from './camp-attacks.js';
export {
  type CampsDynamics,
  type CampsParameters,
  camps,
} from './camps.js';
export {
  type ActionOf,
  type AnyAction,
  type AnyCapability,
  type AnyScenario,
  type ApplyContext,
  type CapabilityModule,
  type CheckContext,
  defineAction,
  defineCapability,
  type IssueSink,
  type MetricContext,
  type ParametersOf,
  type PlanActionDefinition,
  type PlanCheckContext,
  type PlanReplayState,
} from './capability.js';
export {
  type CasevacApi,
  type CasevacDynamics,
  type CasevacParameters,
  CasevacPort,
  type CasualtyCause,
  type CasualtyTimes,
  casevac,
} from './casevac.js';
export {
  type ClearanceApi,
  type ClearanceParameters,
  ClearancePort,
  clearance,
} from './clearance.js';
export { type CommandApi, type CommandParameters, CommandPort, command } from './command.js';
export {
  type FleetApi,
  type FleetCounts,
  type FleetDynamics,
  type FleetParameters,
  FleetPort,
  fleet,
  type Vehicle,
} from './fleet.js';
export {
  type ForceApi,
  type ForceChange,
  type ForceDynamics,
  ForcePort,
  type ForceUnit,
  force,
  type HousingApi,
  HousingPort,
} from './force.js';
export {
  type ActionFor,
  declareMetrics,
  MISSION_CAPABILITIES,
  type ModelParameters,
  missionFormat,
  type ParametersFor,
  type PlanAction,
  type PlannedForce,
  type PlanStep,
  plannedForce,
  type Scenario,
  type ScenarioFor,
  type ScenarioFormat,
  scenarioFormat,
} from './format.js';
export {
  type IsrApi,
  type IsrParameters,
  IsrPort,
  isr,
  type Stationed,
} from './isr.js';
export {
  type Better,
  catalogue,
  counter,
  type Derivation,
  type FamilyKey,
  type FamilyKind,
  family,
  familyName,
  HISTOGRAM_BIN_MIN,
  HISTOGRAM_BINS,
  histogram,
  type MetricDeclaration,
  type MetricInfo,
  type MetricKind,
  type Metrics,
  type MetricText,
  type Scalar,
  series,
  type TimeHistogram,
  value,
} from './metrics.js';
export type { MilestoneAction, SetParameterAction } from './plan.js';
export { type Port, Ports, port } from './ports.js';
export type { Histogram, ReplicationRecord } from './record.js';
export {
  type DispatchPolicy,
  earliestArrival,
  type Responder,
  type ResponseDynamics,
  type ResponseOption,
  type ResponseOptions,
  type ResponseParameters,
  type ResponseRecord,
  response,
  responseCapability,
  type Threat,
} from './response.js';
export {
  type Contingent,
  GAP_SERIES,
  initialTour,
  OUTSIDE_SECTORS,
  type PastSuspension,
  type RotationsDynamics,
  type RotationsParameters,
  rotations,
} from './rotations/index.js';
export { type Runtime, type SpecSampler, sampler } from './runtime.js';
export {
  buildMission,
  type MissionRun,
  type SimulateOptions,
  simulateMission,
  withCapability,
} from './simulate.js';
export {
  type IedParameters,
  ied,
  type Mitigation,
  type ThreatDynamics,
  type ThreatPosterior,
  threatPosterior,
} from './threat.js';
export type { World, WorldPlace, WorldRoute } from './world.js';
