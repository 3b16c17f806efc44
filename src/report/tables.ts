/**
 * Metric tables several reports share: a metric's cell (its label, with its name in Markdown and
 * HTML), the headline metrics of a run and every metric of a run, grouped as the model declares
 * them.
 *
 * @module
 */
import type { ExperimentResult } from '../experiment/types.js';
import type { Block, Cell, GroupRow } from './document.js';
import { formatEstimate, formatInterval, MISSING, unitLabel } from './format.js';
import {
  catalogueOf,
  headlineMetrics,
  type MetricCatalogue,
  metricInfo,
  sortMetricNames,
} from './metrics.js';

/** A metric as a table cell: its label, with its name under it in Markdown and HTML. */
export function metricCell(name: string, catalogue: MetricCatalogue): Cell {
  const label = metricInfo(name, catalogue).label;
  return label === name ? name : { text: label, code: name };
}

/** A metric's unit as a table column prints it (`%` for shares, nothing for plain counts). */
export function unitCell(name: string, catalogue: MetricCatalogue): string {
  const unit = metricInfo(name, catalogue).unit;
  return unit === 'count' ? '' : unitLabel(unit);
}

const RUN_COLUMNS = [
  { header: 'Metric', align: 'left' },
  { header: 'Unit', align: 'left' },
  { header: 'Mean', align: 'right' },
  { header: '95 % CI of mean', align: 'right' },
  { header: '90 % of runs', align: 'right' },
] as const;

function runRow(result: ExperimentResult, name: string, catalogue: MetricCatalogue): Cell[] {
  const s = result.scalars[name];
  const info = metricInfo(name, catalogue);
  if (s === undefined)
    return [metricCell(name, catalogue), unitCell(name, catalogue), MISSING, MISSING, MISSING];
  const e = formatEstimate(s.mean, s.ciLow, s.ciHigh, info.unit);
  return [
    metricCell(name, catalogue),
    unitCell(name, catalogue),
    e.value,
    e.interval,
    formatInterval(s.p5, s.p95, info.unit),
  ];
}

/** The headline metrics of a run: mean, 95 % CI of the mean, and where 90 % of runs fall. */
export function headlineTable(result: ExperimentResult): Block {
  const catalogue = catalogueOf(result);
  return {
    kind: 'table',
    columns: RUN_COLUMNS,
    rows: headlineMetrics(Object.keys(result.scalars), catalogue).map((m) =>
      runRow(result, m, catalogue),
    ),
  };
}

/** Every scalar metric of a run, grouped as the model declares them, with `n`. */
export function allMetricsTable(result: ExperimentResult): Block {
  const catalogue = catalogueOf(result);
  const rows: (Cell[] | GroupRow)[] = [];
  let group = '';
  for (const name of sortMetricNames(Object.keys(result.scalars), catalogue)) {
    const info = metricInfo(name, catalogue);
    if (info.group !== group) {
      group = info.group;
      rows.push({ group });
    }
    rows.push([...runRow(result, name, catalogue), String(result.scalars[name]?.n ?? 0)]);
  }
  return {
    kind: 'table',
    columns: [...RUN_COLUMNS, { header: 'n', align: 'right' }],
    rows,
    note: '95 % CI: Student-t confidence interval of the mean over replications. 90 % of runs: 5th to 95th percentile across replications (the spread of one run). Shares in %. n: replications with a value (a replication with no event of a kind reports none).',
  };
}
