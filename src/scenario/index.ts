/**
 * Scenarios: validation (structural and semantic, every issue at once), deep-frozen variants
 * made with immer and the one setter for scenario values, loading from `.json` and `.ts` files,
 * content hashes, the JSON Schema of scenario files, and the lists of assumptions and sources
 * that reports print.
 *
 * @module
 */
export {
  type AssumptionRow,
  type AssumptionsTableOptions,
  formatAssumptionsTable,
  listAssumptions,
  listSources,
  type SourceRow,
} from './assumptions.js';
export { type DeepReadonly, isDeepFrozen } from './freeze.js';
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
export { findUnsourcedNumbers } from './provenance.js';
export { parametersSchema, scenarioJsonSchema, scenarioSchema } from './schema.js';
export {
  type ModelParameters,
  type PlanAction,
  type PlanStep,
  SCENARIO_SCHEMA_VERSION,
  type Scenario,
} from './types.js';
export {
  type CheckResult,
  checkScenario,
  MAX_ISSUES,
  type ValidateOptions,
  validateScenario,
} from './validate.js';
export { setValue, type VariantMeta, variant } from './variant.js';
