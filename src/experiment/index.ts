/**
 * The experiment layer: replications of a scenario, confidence intervals, paired comparisons
 * under common random numbers, sweeps, sensitivity, sequential replication, a worker-thread
 * pool, and shards that merge exactly.
 *
 * @module
 */
export {
  BACKTEST_LEVEL,
  type BacktestOptions,
  type BacktestResult,
  type BacktestRow,
  type BacktestSample,
  type BacktestSplit,
  type BacktestSplitOptions,
  backtest,
  backtestSplits,
  type DriverValue,
  type PostLetterUse,
  postLetterSources,
  type WindowWeights,
  windowWeights,
} from './backtest.js';
export {
  BACKTEST_COMPARISONS,
  BACKTEST_NOT_COMPARED,
  type BacktestComparison,
  type NotCompared,
  type QuantityDriver,
  type QuantityTerm,
} from './backtest-comparisons.js';
export { type BacktestVerdict, backtestVerdict, type VerdictResult } from './backtest-verdict.js';
export {
  type CompareOptions,
  type Comparison,
  compare,
  compareMetric,
  type Direction,
  type MetricComparison,
  PAIRED_CHUNK,
  type SeriesComparison,
} from './compare.js';
export { runExperiment, runExperimentPart } from './experiment.js';
export {
  type ParameterEffect,
  type ParameterRanking,
  RANKING_REPLICATIONS,
  type RankedParameter,
  type RankParametersOptions,
  rankParameters,
  type SkippedParameter,
} from './influence.js';
export { type MergeOptions, mergeResults, PART_FORMAT, partDigest, sealPart } from './merge.js';
export { packageVersion } from './metadata.js';
export { missionModel, missionModelWith } from './mission-model.js';
export type { Model, ModelContext } from './model.js';
export {
  EXACT_REPLICATIONS_LIMIT,
  type ExecutionOptions,
  type ExperimentOptions,
} from './options.js';
export {
  type DeclaredParameterEntry,
  declaredParametersOf,
  describeParameter,
  type ParameterDescription,
  plausibleSwing,
  readablePath,
  scaleSpec,
  shownValue,
} from './parameters.js';
export {
  isOutcomeMetric,
  type PlanEffectsOptions,
  planStepEffects,
  type StepEffect,
  type StepMetricEffect,
  withoutStep,
} from './plan-effects.js';
export { type ReplicationOptions, runReplication } from './replication.js';
export {
  type OutputOptions,
  type OutputTarget,
  openOutput,
  type PendingOutput,
  removePendingTempFiles,
  resolveOutputTarget,
  type SaveJsonOptions,
  saveJson,
  writeFileAtomic,
} from './save.js';
export {
  rowsBySwing,
  type SensitivityEffect,
  type SensitivityOptions,
  type SensitivityParameter,
  type SensitivityResult,
  type SensitivityRow,
  sensitivity,
} from './sensitivity.js';
export {
  type ReplicationsForOptions,
  type ReplicationsForResult,
  replicationsFor,
} from './sequential.js';
export {
  ScalarSketch,
  type ScalarSketchState,
  SKETCH_EXACT_VALUES,
  SKETCH_RELATIVE_ERROR,
} from './sketch.js';
export { normalQuantile, studentTQuantile } from './student-t.js';
export { histogramQuantile, summarize, summarizeSketch, tallyQuantile } from './summary.js';
export {
  applyPoint,
  type Grid,
  gridPoints,
  type SweepOptions,
  type SweepResult,
  type SweepRow,
  sweep,
} from './sweep.js';
export type {
  ExperimentMeta,
  ExperimentPart,
  ExperimentResult,
  HistogramSummary,
  PartCliInfo,
  PartMeta,
  PerReplication,
  RunInfo,
  ScalarSummary,
  ScenarioInfo,
  SeriesState,
  SeriesSummary,
  ShardSpec,
} from './types.js';
export { runWorkerTask, type WorkerTask } from './worker.js';
