/**
 * The report layer: an experiment, comparison, sweep or sensitivity analysis rendered as a
 * terminal table, Markdown, JSON, tidy CSV or one self-contained HTML page; SVG charts drawn
 * with d3-scale and d3-shape, no DOM; the catalogue of metric names.
 *
 * @module
 */
export {
  type AssumptionsReportOptions,
  assumptionCell,
  provenanceHtml,
  rankAssumptions,
  renderAssumptions,
  settablePath,
} from './assumptions.js';
export {
  BACKTEST_CSV_HEADER,
  backtestCsv,
  firstSuspects,
  intervalText,
  observedText,
  renderBacktest,
  verdictSummary,
  verdictText,
} from './backtest.js';
export { type BacktestChartOptions, backtestChart } from './charts/backtest.js';
export {
  type ComparisonChartOptions,
  comparisonChart,
  type Verdict,
  verdictOf,
} from './charts/comparison.js';
export { type GapCalendarOptions, gapCalendarChart, monthlyMeans } from './charts/gaps.js';
export { type IedChartOptions, iedExposureChart } from './charts/ied.js';
export { type ReadinessChartOptions, readinessFanChart } from './charts/readiness.js';
export {
  cumulativePoints,
  type ResponseChartOptions,
  responseTimeChart,
} from './charts/response.js';
export { type SeriesChartOptions, seriesChart } from './charts/series.js';
export { type StrengthChartOptions, strengthChart } from './charts/strength.js';
export type { ChartFrameOptions } from './charts/svg.js';
export { type SweepChartOptions, sweepChart } from './charts/sweep.js';
export {
  effectDetected,
  parameterLabel,
  rangeLabel,
  shortPath,
  type TornadoChartOptions,
  tornadoChart,
} from './charts/tornado.js';
export { renderComparison, shareBBetter, verdictSentence } from './comparison.js';
export {
  comparisonCsv,
  csvField,
  csvLine,
  RUN_CSV_HEADER,
  runCsv,
  sensitivityCsv,
  sweepCsv,
} from './csv.js';
export {
  REPORT_JSON_FORMAT,
  REPORT_JSON_FORMAT_VERSION,
  type ReportJsonMeta,
} from './json.js';
export {
  catalogueOf,
  type FamilyGroup,
  groupFamilies,
  headlineMetrics,
  headlineSeries,
  isScalarMetric,
  type MetricCatalogue,
  type MetricUnit,
  metricInfo,
  sortMetricNames,
  UNDECLARED_GROUP,
} from './metrics.js';
export { renderRun } from './run.js';
export { BRIEFING_SECTIONS, SECTION } from './sections.js';
export { renderSensitivity } from './sensitivity.js';
export { renderSweep } from './sweep.js';
export type { ReportFormat, ReportOptions } from './types.js';
