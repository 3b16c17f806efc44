/**
 * The domain model: the mission's parts as zod schemas with their inferred types, provenance,
 * the building blocks of the scenario format (ids, dates, number domains, declared parameters),
 * plans and their schedule, calendar dates, paths into scenarios, and geography.
 *
 * @module
 */
export { addDays, daysBetween, parseIsoDate } from './dates.js';
export {
  type DeclaredParameter,
  declaredParameters,
  distributionParameter,
  idSchema,
  isoDateSchema,
  KEBAB_ID_PATTERN,
  numbers,
  type ParameterInfo,
  parameter,
  parameterInfo,
  sourcedNumber,
} from './fields.js';
export { EARTH_RADIUS_KM, greatCircleKm, type LatLon } from './geography.js';
export {
  type Aircraft,
  type ArmouredFleet,
  aircraftSchema,
  armouredFleetSchema,
  CAPABILITIES,
  type Capability,
  type CareRole,
  HELICOPTER_ROLES,
  type HelicopterRole,
  type IedRecord,
  type IncidentArea,
  iedRecordSchema,
  incidentAreaSchema,
  type Location,
  locationSchema,
  type MedicalFacility,
  type Mission,
  medicalFacilitySchema,
  missionSchema,
  type Operation,
  operationSchema,
  PLACE_KINDS,
  type Place,
  type PlaceKind,
  placeSchema,
  type Route,
  routeSchema,
  type Sector,
  type SectorFleet,
  SURFACES,
  type Surface,
  sectorFleetSchema,
  sectorSchema,
  UNIT_KINDS,
  type Unit,
  type UnitKind,
  unitSchema,
} from './mission.js';
export { formatPath, joinPath, type PathSegment, type PathWalk, walkPath } from './paths.js';
export {
  PLAN_STEP_STATUSES,
  type PlanProblem,
  type PlanSchedule,
  type PlanStepOf,
  type PlanStepStatus,
  planStepSchema,
  type SchedulableStep,
  schedulePlan,
} from './plan.js';
export {
  type AssumptionSource,
  assumed,
  assumptionSource,
  fromLetter,
  fromPublic,
  isSourced,
  type LetterSource,
  letterSource,
  type PublicSource,
  publicSource,
  type Source,
  type Sourced,
  sourcedSchema,
  sourceSchema,
} from './provenance.js';
export {
  MAX_HORIZON_DAYS,
  SCENARIO_SCHEMA_VERSION,
  type ScenarioOf,
  scenarioSchemaOf,
} from './scenario.js';
