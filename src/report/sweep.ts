/**
 * The report of a parameter sweep.
 *
 * @module
 */
import { describeParameter } from '../experiment/parameters.js';
import type { SweepResult } from '../experiment/sweep.js';
import { renderValue } from '../scenario/assumptions.js';
import { sweepCharts } from './charts/index.js';
import { shortPath } from './charts/tornado.js';
import { sweepCsv } from './csv.js';
import type { Block, Cell } from './document.js';
import { TEXT_WIDTH } from './document.js';
import {
  displayFactor,
  formatEstimate,
  formatInterval,
  formatNumbers,
  inSentence,
  MISSING,
  unitLabel,
  withUnit,
} from './format.js';
import { catalogueOf, headlineMetrics, metricInfo } from './metrics.js';
import { renderReport } from './render.js';
import { chartsSection, closingSections, h2, h3, moreAndReproduce, SECTION } from './sections.js';
import { metricCell, unitCell } from './tables.js';
import type { ReportFormat, ReportOptions } from './types.js';

/** The metrics a sweep report shows: `options.metrics`, else the headline ones, else a dozen. */
function sweepMetrics(s: SweepResult, options: ReportOptions): string[] {
  const present = new Set(s.rows.flatMap((r) => Object.keys(r.scalars)));
  const catalogue = catalogueOf(s);
  const chosen = (options.metrics ?? headlineMetrics(present, catalogue)).filter((m) =>
    present.has(m),
  );
  return chosen.length > 0 ? chosen : [...present].sort().slice(0, 12);
}

/** How a report names each grid path: its declared label and unit, or its short path. */
function parameterLabels(s: SweepResult, options: ReportOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of Object.keys(s.meta.grid)) {
    const d = options.scenario === undefined ? undefined : describeParameter(options.scenario, p);
    out[p] =
      d === undefined || d.label === d.path
        ? shortPath(p)
        : `${d.label}${d.unit === '' ? '' : ` (${d.unit})`}`;
  }
  return out;
}

/** A grid point as a column header: its values (the paths are named above the table). */
function pointHeader(s: SweepResult, point: Readonly<Record<string, unknown>>): string {
  return Object.keys(s.meta.grid)
    .map((p) => renderValue(point[p]))
    .join(', ');
}

/**
 * The means of each metric at each grid point: one row per metric, one column per point, split
 * into several tables when the points do not fit `width`.
 */
function matrix(
  s: SweepResult,
  metrics: readonly string[],
  format: 'table' | 'md' | 'html',
  width: number,
): Block[] {
  const catalogue = catalogueOf(s);
  const labelW = 34;
  const colW = Math.max(7, ...s.rows.map((r) => pointHeader(s, r.point).length)) + 2;
  const perTable =
    format === 'table' ? Math.max(1, Math.floor((width - labelW - 8) / colW)) : s.rows.length;
  const blocks: Block[] = [];
  for (let start = 0; start < s.rows.length; start += perTable) {
    const rows = s.rows.slice(start, start + perTable);
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Metric', align: 'left' },
        { header: 'Unit', align: 'left' },
        ...rows.map((r) => ({ header: pointHeader(s, r.point), align: 'right' as const })),
      ],
      rows: metrics.map((m): Cell[] => {
        const f = displayFactor(metricInfo(m, catalogue).unit);
        const means = formatNumbers(rows.map((r) => (r.scalars[m]?.mean ?? Number.NaN) * f));
        return [
          format === 'table' ? metricInfo(m, catalogue).label : metricCell(m, catalogue),
          unitCell(m, catalogue),
          ...means,
        ];
      }),
    });
  }
  return blocks;
}

/** One sentence per metric: where its mean is lowest and highest across the grid. */
function rangeSentences(
  s: SweepResult,
  metrics: readonly string[],
  labels: Record<string, string>,
): string[] {
  const catalogue = catalogueOf(s);
  const paths = Object.keys(s.meta.grid);
  // One path: its value alone (the lead sentence names the path); several: each named.
  const at = (point: Readonly<Record<string, unknown>>) =>
    paths.length === 1
      ? renderValue(point[paths[0] as string])
      : paths.map((p) => `${labels[p] ?? p} = ${renderValue(point[p])}`).join(', ');
  return metrics.map((m) => {
    const info = metricInfo(m, catalogue);
    const rows = s.rows.filter((r) => Number.isFinite(r.scalars[m]?.mean));
    if (rows.length === 0) return `${info.label}: no value at any point.`;
    const lo = rows.reduce((a, b) =>
      (b.scalars[m]?.mean ?? 0) < (a.scalars[m]?.mean ?? 0) ? b : a,
    );
    const hi = rows.reduce((a, b) =>
      (b.scalars[m]?.mean ?? 0) > (a.scalars[m]?.mean ?? 0) ? b : a,
    );
    const sl = lo.scalars[m];
    const sh = hi.scalars[m];
    if (sl === undefined || sh === undefined || sl.mean === sh.mean) {
      return `${info.label}: the same at every point (${formatEstimate(sl?.mean ?? Number.NaN, 0, 0, info.unit).value}).`;
    }
    const f = displayFactor(info.unit);
    const [a, b] = formatNumbers([sl.mean * f, sh.mean * f]);
    const unit = info.unit === 'count' ? '' : ` ${unitLabel(info.unit)}`;
    const apart =
      sl.ciHigh < sh.ciLow ? 'their 95 % intervals do not overlap' : 'their 95 % intervals overlap';
    return `${info.label}: ${a}${unit} at ${at(lo.point)}, ${b}${unit} at ${at(hi.point)}; ${apart}.`;
  });
}

/** Per metric, a table of every grid point with its mean, 95 % CI and 5th–95th percentile. */
function pointTables(
  s: SweepResult,
  metrics: readonly string[],
  labels: Record<string, string>,
): Block[] {
  const paths = Object.keys(s.meta.grid);
  const catalogue = catalogueOf(s);
  return metrics.flatMap((m): Block[] => {
    const info = metricInfo(m, catalogue);
    return [
      h3(withUnit(info.label, info.unit)),
      {
        kind: 'table',
        columns: [
          ...paths.map((p) => ({ header: labels[p] ?? shortPath(p), align: 'left' as const })),
          { header: 'Mean', align: 'right' },
          { header: '95 % CI', align: 'right' },
          { header: '90 % of runs', align: 'right' },
        ],
        rows: s.rows.map((r) => {
          const v = r.scalars[m];
          if (v === undefined)
            return [...paths.map((p) => renderValue(r.point[p])), MISSING, MISSING, MISSING];
          const e = formatEstimate(v.mean, v.ciLow, v.ciHigh, info.unit);
          return [
            ...paths.map((p) => renderValue(r.point[p])),
            e.value,
            e.interval,
            formatInterval(v.p5, v.p95, info.unit),
          ];
        }),
      },
    ];
  });
}

function sweepBlocks(
  s: SweepResult,
  format: 'table' | 'md' | 'html',
  options: ReportOptions,
): Block[] {
  const paths = Object.keys(s.meta.grid);
  const metrics = sweepMetrics(s, options);
  const labels = parameterLabels(s, options);
  const width = options.width ?? TEXT_WIDTH;
  const title = options.title ?? `Sweep of ${s.meta.base.name}`;
  const grid = paths
    .map((p) => `${labels[p]} ∈ {${(s.meta.grid[p] ?? []).map(renderValue).join(', ')}}`)
    .join('; ');
  const fields: [string, string][] = [
    ['Base scenario', s.meta.base.name],
    ['Grid', grid],
    ['Paths', paths.join(', ')],
    ['Points', `${s.rows.length} of ${s.meta.points}`],
    [
      'Replications',
      `${s.meta.replications} per point, seed ${String(s.meta.seed)} at every point (common random numbers)`,
    ],
  ];
  const columnsNote = `Columns: ${paths.map((p) => labels[p]).join(', ')} at each grid point; cells: the mean over replications.`;
  if (format === 'table' && options.detail !== true) {
    return [
      { kind: 'heading', level: 1, text: title },
      { kind: 'fields', rows: fields },
      h3('Means at each grid point'),
      ...matrix(s, metrics, format, width),
      { kind: 'paragraph', text: columnsNote },
      ...moreAndReproduce(
        [
          'The 95 % interval and spread at every point, the scenario: add --detail',
          'A chart per metric, in one page: --out sweep.html',
        ],
        options.command,
      ),
    ];
  }
  return [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'fields',
      rows: [...fields, ['Model', s.meta.model], ['Base scenario hash', s.meta.base.hash]],
    },
    h2(SECTION.keyFindings),
    {
      kind: 'paragraph',
      text: `Each metric at its lowest and its highest mean over the grid of ${paths.map((p) => inSentence(labels[p] ?? p)).join(' × ')}:`,
    },
    { kind: 'list', items: rangeSentences(s, metrics, labels) },
    ...matrix(s, metrics, format, width),
    {
      kind: 'paragraph',
      text: `${columnsNote} The intervals are those of each point's mean (the points share their random numbers, so a difference between two points is measured more precisely than the two intervals suggest).`,
    },
    {
      kind: 'details',
      summary: 'Every point with its 95 % interval and spread',
      blocks: pointTables(s, metrics, labels),
    },
    ...chartsSection(format, options, () => sweepCharts(s, metrics, labels)),
    ...closingSections(options.scenario, format, options, [
      ['Seed', String(s.meta.seed)],
      ['Replications per point', String(s.meta.replications)],
      ['Base scenario hash', s.meta.base.hash],
    ]),
  ];
}

/**
 * The report of a sweep in a format: `table` — one screen with the mean of each metric (the
 * headline metrics, or `options.metrics`) at each grid point; with `detail`, the briefing as
 * text; `md`, `html` — the briefing: key findings (where each metric is lowest and highest, the
 * means at every point, every point's 95 % interval), a chart per metric (lines with interval
 * bands), the scenario (`options.scenario`), its sources, what to challenge, how to reproduce;
 * `json` — the sweep itself plus `report` metadata; `csv` — one row per point × metric (see
 * `sweepCsv`).
 *
 * @throws {@link InvalidArgumentError} for an unknown format
 */
export function renderSweep(
  result: SweepResult,
  format: ReportFormat,
  options: ReportOptions = {},
): string {
  return renderReport(
    format,
    {
      kind: 'sweep',
      payload: result,
      csv: () => sweepCsv(result),
      blocks: (f) => sweepBlocks(result, f, options),
      title: `Sweep of ${result.meta.base.name}`,
    },
    options,
  );
}
