/**
 * peacekeeping-sim: deterministic, seeded Monte Carlo planning of UN peacekeeping operations.
 *
 * The package's public surface, by what a user does with it:
 * - **Scenarios**: the embedded MINUSMA 2020 scenario, validation, variants and the one setter,
 *   loading files, the JSON Schema, assumptions and sources.
 * - **Running**: experiments, paired comparisons under common random numbers, sweeps, sensitivity,
 *   shards and their exact merge.
 * - **Reports**: terminal, Markdown, JSON, CSV and HTML renderings; SVG charts.
 * - **Extending the model**: the capability-module contract, the built-in capabilities and their
 *   ports, metric declarations, the domain model's schemas and provenance helpers.
 *
 * The discrete-event kernel, seeded streams and distributions are `peacekeeping-sim/engine`;
 * the property-testing kit is `peacekeeping-sim/testing`.
 *
 * @packageDocumentation
 */

export type { HindsightKind } from './data/hindsight.js';
// ------------------------------------------------------------------ the embedded data
export {
  type LetterFigures,
  letterFigures,
  minusma2020,
  type ObservationKind,
  POST_LETTER_SOURCES,
  type PostLetterSource,
  type ValidationFigure,
  type ValidationIncident,
  validationFigures2021,
  validationIncidents2021,
} from './data/index.js';
export type { Confidence, IncidentKind } from './data/validation-2021.js';
export type { Airframe, TaskHandle, TaskKind } from './dynamics/aviation.js';
// ------------------------------------------------------------------ types the API above refers to
export type { Calendar } from './dynamics/calendar.js';
export type { ActionOf, ParametersOf, PlanReplayState } from './dynamics/capability.js';
export type { CasualtyCause } from './dynamics/casevac.js';
export type { Vehicle, VehicleState } from './dynamics/fleet.js';
export type { ParametersFor, PlannedForce } from './dynamics/format.js';
// ------------------------------------------------------------------ extending the model
export {
  type ActionFor,
  type AnyAction,
  type AnyCapability,
  type AnyScenario,
  type ApplyContext,
  type AviationApi,
  AviationPort,
  aviation,
  buildMission,
  type CapabilityModule,
  type CasevacApi,
  CasevacPort,
  type CheckContext,
  casevac,
  counter,
  type Derivation,
  type DispatchPolicy,
  declareMetrics,
  defineAction,
  defineCapability,
  earliestArrival,
  type FamilyKey,
  type FamilyKind,
  type FleetApi,
  FleetPort,
  type ForceApi,
  type ForceChange,
  ForcePort,
  type ForceUnit,
  family,
  fleet,
  force,
  type Histogram,
  histogram,
  type IssueSink,
  ied,
  type MetricContext,
  type MetricDeclaration,
  type MetricInfo,
  type MetricKind,
  MISSION_CAPABILITIES,
  type MissionRun,
  type PlanActionDefinition,
  type PlanCheckContext,
  type Port,
  port,
  type ReplicationRecord,
  type ResponseOption,
  type Runtime,
  response,
  responseCapability,
  type ScenarioFor,
  type ScenarioFormat,
  type SimulateOptions,
  scenarioFormat,
  series,
  simulateMission,
  type TaskRequest,
  type Threat,
  value,
  withCapability,
} from './dynamics/index.js';
export type { Better, Metrics, MetricText, Scalar, TimeHistogram } from './dynamics/metrics.js';
export type { MilestoneAction, SetParameterAction } from './dynamics/plan.js';
export type { Ports } from './dynamics/ports.js';
export type { ResponseOptions } from './dynamics/response.js';
export type { World, WorldPlace, WorldRoute } from './dynamics/world.js';
// ------------------------------------------------------------------ errors
export {
  type ErrorCode,
  ExperimentError,
  InvalidArgumentError,
  PeacekeepingSimError,
  ScenarioLoadError,
  ScenarioValidationError,
  SimulationError,
  type ValidationIssue,
} from './errors.js';
export type { BacktestSample, BacktestSplitOptions, DriverValue } from './experiment/backtest.js';
export type {
  NotCompared,
  QuantityDriver,
  QuantityTerm,
} from './experiment/backtest-comparisons.js';
export type { VerdictResult } from './experiment/backtest-verdict.js';
export type { Direction } from './experiment/compare.js';
// ------------------------------------------------------------------ running
export {
  BACKTEST_COMPARISONS,
  BACKTEST_NOT_COMPARED,
  type BacktestComparison,
  type BacktestOptions,
  type BacktestResult,
  type BacktestRow,
  type BacktestSplit,
  type BacktestVerdict,
  backtest,
  backtestSplits,
  backtestVerdict,
  type CompareOptions,
  type Comparison,
  compare,
  type DeclaredParameterEntry,
  declaredParametersOf,
  describeParameter,
  EXACT_REPLICATIONS_LIMIT,
  type ExecutionOptions,
  type ExperimentMeta,
  type ExperimentOptions,
  type ExperimentPart,
  type ExperimentResult,
  type Grid,
  type HistogramSummary,
  type MergeOptions,
  type MetricComparison,
  type Model,
  type ModelContext,
  mergeResults,
  missionModel,
  missionModelWith,
  type ParameterDescription,
  type ParameterEffect,
  type ParameterRanking,
  type PerReplication,
  type PostLetterUse,
  postLetterSources,
  RANKING_REPLICATIONS,
  type RankedParameter,
  type RankParametersOptions,
  type ReplicationOptions,
  type ReplicationsForOptions,
  type ReplicationsForResult,
  type RunInfo,
  rankParameters,
  replicationsFor,
  rowsBySwing,
  runExperiment,
  runExperimentPart,
  runReplication,
  type SaveJsonOptions,
  ScalarSketch,
  type ScalarSketchState,
  type ScalarSummary,
  type ScenarioInfo,
  type SensitivityEffect,
  type SensitivityOptions,
  type SensitivityParameter,
  type SensitivityResult,
  type SensitivityRow,
  type SeriesComparison,
  type SeriesSummary,
  type ShardSpec,
  SKETCH_EXACT_VALUES,
  SKETCH_RELATIVE_ERROR,
  type SkippedParameter,
  type SweepOptions,
  type SweepResult,
  type SweepRow,
  saveJson,
  sensitivity,
  sweep,
  type WindowWeights,
  windowWeights,
} from './experiment/index.js';
export type { PartCliInfo, PartMeta, SeriesState } from './experiment/types.js';
export { addDays, daysBetween } from './model/dates.js';
export {
  type Aircraft,
  type ArmouredFleet,
  assumed,
  type Capability as UnitCapability,
  distributionParameter,
  fromLetter,
  fromPublic,
  greatCircleKm,
  type IncidentArea,
  idSchema,
  isoDateSchema,
  isSourced,
  type LatLon,
  type MedicalFacility,
  type Mission,
  missionSchema,
  type Operation,
  type ParameterInfo,
  type Place,
  type PlanStepOf,
  type PlanStepStatus,
  parameter,
  parameterInfo,
  placeSchema,
  type Route,
  type Sector,
  type Source,
  type Sourced,
  schedulePlan,
  sourcedNumber,
  type Unit,
  type UnitKind,
  unitSchema,
} from './model/index.js';
export type { PlanProblem, PlanSchedule, SchedulableStep } from './model/plan.js';
export type { ScenarioOf } from './model/scenario.js';
export type { ComparisonChartOptions } from './report/charts/comparison.js';
export type { IedChartOptions } from './report/charts/ied.js';
export type { ReadinessChartOptions } from './report/charts/readiness.js';
export type { ResponseChartOptions } from './report/charts/response.js';
export type { ChartFrameOptions } from './report/charts/svg.js';
export type { SweepChartOptions } from './report/charts/sweep.js';
export type { TornadoChartOptions } from './report/charts/tornado.js';
// ------------------------------------------------------------------ reports
export {
  type AssumptionsReportOptions,
  backtestChart,
  catalogueOf,
  comparisonChart,
  headlineMetrics,
  iedExposureChart,
  type MetricCatalogue,
  metricInfo,
  type ReportFormat,
  type ReportOptions,
  readinessFanChart,
  renderAssumptions,
  renderBacktest,
  renderComparison,
  renderRun,
  renderSensitivity,
  renderSweep,
  responseTimeChart,
  sweepChart,
  tornadoChart,
} from './report/index.js';
// ------------------------------------------------------------------ scenarios
export {
  type AssumptionRow,
  type AssumptionsTableOptions,
  type CheckResult,
  checkScenario,
  findUnsourcedNumbers,
  formatAssumptionsTable,
  listAssumptions,
  listSources,
  loadScenario,
  type ModelParameters,
  type PlanAction,
  type PlanStep,
  SCENARIO_SCHEMA_VERSION,
  type Scenario,
  type SourceRow,
  scenarioHash,
  scenarioJsonSchema,
  scenarioSchema,
  setValue,
  type ValidateOptions,
  type VariantMeta,
  validateScenario,
  variant,
} from './scenario/index.js';
export type { LoadScenarioOptions } from './scenario/load.js';
