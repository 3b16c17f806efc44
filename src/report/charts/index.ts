/**
 * The charts of each kind of report, as chart blocks.
 *
 * @module
 */
import type { Comparison } from '../../experiment/compare.js';
import type { SensitivityResult } from '../../experiment/sensitivity.js';
import type { SweepResult } from '../../experiment/sweep.js';
import type { ExperimentResult } from '../../experiment/types.js';
import type { Block } from '../document.js';
import { catalogueOf, groupFamilies, headlineSeries, metricInfo } from '../metrics.js';
import { comparisonChart } from './comparison.js';
import { gapCalendarChart } from './gaps.js';
import { iedExposureChart } from './ied.js';
import { readinessFanChart } from './readiness.js';
import { responseTimeChart } from './response.js';
import { seriesChart } from './series.js';
import { strengthChart } from './strength.js';
import { sweepChart } from './sweep.js';
import { tornadoChart } from './tornado.js';

/** A chart block, drawn by `draw`. */
export function chart(title: string, draw: () => string): Block {
  return { kind: 'chart', title, svg: draw() };
}

/** The series the readiness chart draws (as a share of the fleet). */
const DRAWN_SERIES = new Set(['fleet.inDailyUse']);

/**
 * A chart for each headline series no other chart draws: one per family (its members side by
 * side), one for the others; both results on each.
 */
export function headlineSeriesCharts(
  results: readonly ExperimentResult[],
  labels?: readonly string[],
): Block[] {
  const first = results[0];
  if (first === undefined) return [];
  const catalogue = catalogueOf(first);
  const names = headlineSeries(Object.keys(first.series), catalogue).filter(
    (n) => !DRAWN_SERIES.has(n) && results.every((r) => r.series[n] !== undefined),
  );
  const groups = groupFamilies(names, catalogue);
  const plain = groups.filter((g): g is string => typeof g === 'string');
  const charts: Block[] = [];
  const options = labels === undefined ? {} : { labels };
  if (plain.length > 0) {
    charts.push(chart('Headline series', () => seriesChart(results, plain, options)));
  }
  for (const g of groups) {
    if (typeof g === 'string') continue;
    charts.push(
      chart(g.label, () => seriesChart(results, g.members, { ...options, title: g.label })),
    );
  }
  return charts;
}

/**
 * The charts of a run: readiness, response times against 10-1-2, IED exposure, strength against
 * the ceilings and the capability-gap calendar (those it has data for), then its headline series.
 */
export function runCharts(result: ExperimentResult): Block[] {
  const charts: Block[] = [];
  if (result.series['fleet.inDailyUse'] !== undefined) {
    charts.push(chart('Armoured fleet readiness over time', () => readinessFanChart(result)));
  }
  if (
    Object.keys(result.histograms).some((h) => h.startsWith('casevac.') || h === 'response.time')
  ) {
    charts.push(
      chart('Time to first aid, resuscitation, surgery and civilian response', () =>
        responseTimeChart(result),
      ),
    );
  }
  if (Object.keys(result.scalars).some((m) => m.startsWith('ied.encounters.route.'))) {
    charts.push(chart('IED exposure', () => iedExposureChart(result)));
  }
  if (result.series['rotations.deployed.military'] !== undefined) {
    charts.push(chart('Strength against the ceilings', () => strengthChart(result)));
  }
  if (Object.keys(result.series).some((s) => s.startsWith('rotations.gap.'))) {
    charts.push(chart('Capability-gap calendar', () => gapCalendarChart(result)));
  }
  return [...charts, ...headlineSeriesCharts([result])];
}

/**
 * The charts of a comparison: the paired differences of `key` metrics, then readiness, response
 * times and IED exposure with both scenarios on each (A and B in two colours).
 */
export function comparisonCharts(c: Comparison, key: readonly string[]): Block[] {
  const labels = [`A: ${c.meta.a.name}`, `B: ${c.meta.b.name}`];
  const both = [c.a, c.b];
  const charts: Block[] = [chart('Paired differences', () => comparisonChart(c, { metrics: key }))];
  if (both.every((r) => r.series['fleet.inDailyUse'] !== undefined)) {
    charts.push(
      chart('Armoured fleet readiness over time', () => readinessFanChart(both, { labels })),
    );
  }
  const hists = [
    'casevac.toFirstAid',
    'casevac.toResuscitation',
    'casevac.toSurgery',
    'response.time',
  ];
  if (hists.some((h) => both.every((r) => r.histograms[h] !== undefined))) {
    charts.push(
      chart('Time to first aid, resuscitation, surgery and civilian response', () =>
        responseTimeChart(both, { labels }),
      ),
    );
  }
  if (
    both.every((r) => Object.keys(r.scalars).some((m) => m.startsWith('ied.encounters.route.')))
  ) {
    charts.push(chart('IED exposure', () => iedExposureChart(both, { labels })));
  }
  return [...charts, ...headlineSeriesCharts(both, labels)];
}

/** The chart of a sweep: a panel per metric. */
export function sweepCharts(
  s: SweepResult,
  metrics: readonly string[],
  parameterLabels: Readonly<Record<string, string>>,
): Block[] {
  return [chart('Sweep', () => sweepChart(s, { metrics, parameterLabels }))];
}

/** The charts of a sensitivity analysis: a tornado per metric. */
export function sensitivityCharts(s: SensitivityResult, metrics: readonly string[]): Block[] {
  return metrics.map((m) =>
    chart(`Tornado: ${metricInfo(m, catalogueOf(s)).label}`, () => tornadoChart(s, { metric: m })),
  );
}
