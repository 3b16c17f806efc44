/**
 * The report of one experiment (a run of a scenario).
 *
 * @module
 */
import { sketchNote } from '../experiment/state.js';
import type { ExperimentResult } from '../experiment/types.js';
import { runCharts } from './charts/index.js';
import { runCsv } from './csv.js';
import type { Block } from './document.js';
import { keyFindings, letterSummary } from './findings.js';
import { formatNumber } from './format.js';
import { catalogueOf } from './metrics.js';
import { renderReport } from './render.js';
import {
  chartsSection,
  closingSections,
  h2,
  h3,
  headline,
  headlineFields,
  moreAndReproduce,
  periodText,
  SECTION,
} from './sections.js';
import { allMetricsTable, headlineTable } from './tables.js';
import type { ReportFormat, ReportOptions } from './types.js';

/** The one-screen terminal report of a run. */
function runSummary(result: ExperimentResult, options: ReportOptions): Block[] {
  const m = result.meta;
  const sc = m.scenario.definition;
  const ref = options.scenarioRef ?? m.scenario.name;
  const reps = m.replications;
  return [
    { kind: 'heading', level: 1, text: options.title ?? sc.title },
    { kind: 'paragraph', text: `Question: ${sc.question}` },
    {
      kind: 'paragraph',
      text: `${m.scenario.name}, ${periodText(m.scenario.startDate, m.scenario.horizonDays)}; ${reps.completed}${reps.partial ? ` of ${reps.requested} (partial)` : ''} replications, seed ${String(m.seed)}. Mean over replications; 90 % interval: where 90 % of runs fall.${sketchNote(m)}`,
    },
    ...letterSummary(result),
    h3('Headline metrics'),
    headlineTable(result),
    ...moreAndReproduce(
      [
        `Every finding and metric, the scenario and its assumptions: add --detail (${formatNumber(Object.keys(catalogueOf(result)).length)} metrics).`,
        'Charts and every source, in one page: --out report.html',
        `What to challenge first: peacekeeping-sim assumptions ${ref}`,
      ],
      options.command,
    ),
  ];
}

/** The blocks of a run report. */
function runBlocks(
  result: ExperimentResult,
  format: 'table' | 'md' | 'html',
  options: ReportOptions,
): Block[] {
  if (format === 'table' && options.detail !== true) return runSummary(result, options);
  const sc = result.meta.scenario.definition;
  return [
    ...headline(result, options.title),
    { kind: 'fields', rows: headlineFields(result) },
    h2(SECTION.keyFindings),
    ...keyFindings(result),
    h3('Headline metrics'),
    headlineTable(result),
    {
      kind: 'details',
      summary: 'Every metric',
      blocks: [h3('Every metric'), allMetricsTable(result)],
    },
    ...chartsSection(format, options, () => runCharts(result)),
    ...closingSections(sc, format, options, headlineFields(result)),
  ];
}

/**
 * The report of an experiment in a format:
 * - `table`: one screen — the question, the run against the letter's figures, the headline
 *   metrics (mean, 95 % CI, where 90 % of runs fall), where the rest is, the reproducing
 *   command; with `detail`, the briefing below as text;
 * - `md` and `html`: the briefing — key findings (against the letter, 10-1-2, response by
 *   area, headline metrics, every metric), charts (drawn in HTML), the scenario, the sources of
 *   every figure, what to challenge, how to reproduce;
 * - `json`: the result itself plus `report` metadata;
 * - `csv`: one row per replication × metric and one per day × series (see `runCsv`).
 *
 * @throws {@link InvalidArgumentError} for an unknown format
 * @example
 * ```ts
 * const r = await runExperiment(minusma2020, { replications: 200, seed: 1 });
 * writeFileSync('report.html', renderRun(r, 'html', { command: 'peacekeeping-sim run adaptation-plan' }));
 * ```
 */
export function renderRun(
  result: ExperimentResult,
  format: ReportFormat,
  options: ReportOptions = {},
): string {
  return renderReport(
    format,
    {
      kind: 'run',
      payload: result,
      csv: () => runCsv(result),
      blocks: (f) => runBlocks(result, f, options),
      title: result.meta.scenario.title,
    },
    options,
  );
}
