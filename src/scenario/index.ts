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
export { loadScenario } from './load.js';
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
