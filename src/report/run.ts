/**
 * The report of one experiment (a run of a scenario).
 *
 * @module
 */
import type { ExperimentResult } from '../experiment/types.js';
import { provenanceHtml } from './assumptions.js';
import { gapCalendarChart } from './charts/gaps.js';
import { iedExposureChart } from './charts/ied.js';
import { readinessFanChart } from './charts/readiness.js';
import { responseTimeChart } from './charts/response.js';
import { strengthChart } from './charts/strength.js';
import { runCsv } from './csv.js';
import type { Block } from './document.js';
import { keyFindings } from './findings.js';
import { renderReport } from './render.js';
import {
  assumptionSection,
  headline,
  headlineFields,
  metricTable,
  reproduceSection,
  scenarioSummary,
} from './sections.js';
import type { ReportFormat, ReportOptions } from './types.js';

/** The charts of a run, each as a chart block. */
function runCharts(result: ExperimentResult): Block[] {
  const charts: Block[] = [];
  const add = (title: string, draw: () => string) => {
    charts.push({ kind: 'chart', title, svg: draw() });
  };
  if (result.series['fleet.inDailyUse'] !== undefined) {
    add('Armoured fleet readiness over time', () => readinessFanChart(result));
  }
  if (
    Object.keys(result.histograms).some((h) => h.startsWith('casevac.') || h === 'response.time')
  ) {
    add('Time to first aid, resuscitation, surgery and civilian response', () =>
      responseTimeChart(result),
    );
  }
  if (Object.keys(result.scalars).some((m) => m.startsWith('ied.encounters.route.'))) {
    add('IED exposure', () => iedExposureChart(result));
  }
  if (result.series['rotations.deployed.military'] !== undefined) {
    add('Strength against the ceilings', () => strengthChart(result));
  }
  if (Object.keys(result.series).some((s) => s.startsWith('rotations.gap.'))) {
    add('Capability-gap calendar', () => gapCalendarChart(result));
  }
  return charts;
}

/** The blocks of a run report. */
function runBlocks(
  result: ExperimentResult,
  format: 'table' | 'md' | 'html',
  options: ReportOptions,
): Block[] {
  const blocks: Block[] = [...headline(result, options.title), ...keyFindings(result)];
  if (format !== 'table' && options.charts !== false) {
    blocks.push({ kind: 'heading', level: 2, text: 'Charts' }, ...runCharts(result));
  }
  blocks.push(...metricTable(result), ...assumptionSection(result, options));
  if (format !== 'table') {
    blocks.push(...scenarioSummary(result.meta.scenario.definition));
  }
  if (format === 'html') {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Sources of every figure' },
      {
        kind: 'paragraph',
        text: 'Every number of the scenario with where it comes from: the letter of 23 December 2020 (quoted in French), a public source (its reference), or a stated assumption (its rationale).',
      },
      { kind: 'html', html: provenanceHtml(result.meta.scenario.definition) },
    );
  }
  blocks.push(...reproduceSection(headlineFields(result), options.command));
  return blocks;
}

/**
 * The report of an experiment in a format:
 * - `table`: headline (scenario, question, replications, seed, version, hash), key findings
 *   against the letter (fleet on the letter's date and at the horizon, IEDs in the letter's
 *   period, helicopter share, 10-1-2 compliance, response times by area), every metric grouped
 *   (mean, 95 % CI, p5/p50/p95), the assumptions that drive results, how to reproduce;
 * - `md`: the same in Markdown, plus the scenario summary (charts referenced, not drawn);
 * - `html`: the same with the charts inline as SVG, the scenario summary and the sources of
 *   every figure, in one self-contained page;
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
