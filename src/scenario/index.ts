/**
 * Scenarios: a mission, a plan, a start date and horizon, and the parameters of the dynamics.
 * Validation (structural and semantic, every issue at once), deep-frozen variants made with
 * immer, loading from `.json` and `.ts` files, content hashes, and the lists of assumptions and
 * sources that reports print.
 *
 * @module
 */
export {
  type AssumptionRow,
  type AssumptionsTableOptions,
  comparePaths,
  formatAssumptionsTable,
  listAssumptions,
  listSources,
  renderValue,
  type SourceRow,
} from './assumptions.js';
export { addDays, daysBetween, parseIsoDate } from './dates.js';
export { type DeepReadonly, deepFreeze, isDeepFrozen } from './freeze.js';
export { canonicalJson, scenarioHash } from './hash.js';
export {
  BYTES_PER_AIRFRAME,
  BYTES_PER_HORIZON_DAY,
  BYTES_PER_PLACE_PAIR,
  BYTES_PER_REPLICATION_METRIC,
  BYTES_PER_ROUTE,
  BYTES_PER_UNIT,
  BYTES_PER_VEHICLE,
  checkLimits,
  MAX_AIRFRAMES,
  MAX_PLACES,
  MAX_REPLICATIONS,
  MAX_ROUTES,
  MAX_UNITS,
  MAX_VEHICLES,
  REPLICATION_MEMORY_BUDGET_BYTES,
} from './limits.js';
export {
  DEFAULT_MODULE_TIMEOUT_MS,
  jsonErrorOffset,
  type LoadScenarioOptions,
  loadScenario,
  parseScenarioJson,
} from './load.js';
export {
  formatPath,
  joinPath,
  type PathSegment,
  type PathWalk,
  type ResolvedParameter,
  resolveParameterPath,
  walkPath,
} from './paths.js';
export { findUnsourcedNumbers, STRUCTURAL_NUMBER_PATHS } from './provenance.js';
export {
  DISTRIBUTION_PARAMETER_PATHS,
  distributionSpecSchema,
  idSchema,
  isoDateSchema,
  KEBAB_ID_PATTERN,
  MAX_HORIZON_DAYS,
  missionSchema,
  parametersSchema,
  placeSchema,
  planStepSchema,
  type ScenarioSchemaOutput,
  scenarioJsonSchema,
  scenarioSchema,
  sourcedSchema,
  sourceSchema,
  unitSchema,
} from './schema.js';
export { SCENARIO_SCHEMA_VERSION, type Scenario } from './types.js';
export { type CheckResult, checkScenario, MAX_ISSUES, validateScenario } from './validate.js';
export {
  setParameter,
  setValueAt,
  type VariantMeta,
  variant,
  withPlanStepDate,
} from './variant.js';
