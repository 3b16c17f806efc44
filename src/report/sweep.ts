/**
 * The reports of a parameter sweep and of a sensitivity analysis.
 *
 * @module
 */
import type { SensitivityResult } from '../experiment/sensitivity.js';
import type { SweepResult } from '../experiment/sweep.js';
import { renderValue } from '../scenario/assumptions.js';
import { KEY_COMPARISON_METRICS } from './charts/comparison.js';
import { shortPath, tornadoChart } from './charts/tornado.js';
import { sensitivityCsv, sweepCsv } from './csv.js';
import type { Block } from './document.js';
import { formatInterval, formatValue, formatWithUnit, MISSING, unitLabel } from './format.js';
import { catalogueOf, metricInfo } from './metrics.js';
import { renderReport } from './render.js';
import { reproduceSection } from './sections.js';
import type { ReportFormat, ReportOptions } from './types.js';

function sweepBlocks(s: SweepResult, options: ReportOptions): Block[] {
  const paths = Object.keys(s.meta.grid);
  const present = new Set(s.rows.flatMap((r) => Object.keys(r.scalars)));
  let metrics = (options.metrics ?? KEY_COMPARISON_METRICS).filter((m) => present.has(m));
  if (metrics.length === 0) metrics = [...present].sort().slice(0, 12);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: options.title ?? `Sweep of ${s.meta.base.name}` },
    {
      kind: 'fields',
      rows: [
        ['Base scenario', `${s.meta.base.name} (hash ${s.meta.base.hash})`],
        [
          'Grid',
          paths
            .map((p) => `${shortPath(p)} ∈ {${(s.meta.grid[p] ?? []).map(renderValue).join(', ')}}`)
            .join('; '),
        ],
        ['Points', `${s.rows.length} of ${s.meta.points}`],
        ['Replications per point', String(s.meta.replications)],
        ['Seed', `${String(s.meta.seed)} at every point (common random numbers)`],
        ['Model', s.meta.model],
      ],
    },
    {
      kind: 'paragraph',
      text: 'Per metric: mean over replications at each grid point, its 95 % confidence interval (Student t) and the 5th–95th percentile across replications.',
    },
  ];
  for (const m of metrics) {
    const info = metricInfo(m, catalogueOf(s));
    blocks.push(
      { kind: 'heading', level: 2, text: `${info.label} (${m}, ${unitLabel(info.unit)})` },
      {
        kind: 'table',
        columns: [
          ...paths.map((p) => ({ header: shortPath(p), align: 'left' as const })),
          { header: 'Mean', align: 'right' },
          { header: '95 % CI', align: 'right' },
          { header: 'p5 to p95', align: 'right' },
        ],
        rows: s.rows.map((r) => {
          const v = r.scalars[m];
          const f = (x: number) => formatValue(x, info.unit);
          return [
            ...paths.map((p) => renderValue(r.point[p])),
            v === undefined ? MISSING : f(v.mean),
            v === undefined ? MISSING : formatInterval(v.ciLow, v.ciHigh, info.unit),
            v === undefined ? MISSING : formatInterval(v.p5, v.p95, info.unit),
          ];
        }),
      },
    );
  }
  blocks.push(
    ...reproduceSection(
      [
        ['Seed', String(s.meta.seed)],
        ['Replications per point', String(s.meta.replications)],
        ['Base scenario hash', s.meta.base.hash],
      ],
      options.command,
    ),
  );
  return blocks;
}

/**
 * The report of a sweep in a format: per key metric (or `options.metrics`), a table of the
 * grid points with mean, 95 % CI and 5th–95th percentile (`table`, `md`, `html`); the sweep
 * itself plus `report` metadata (`json`); one row per point × metric (`csv`, see `sweepCsv`).
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
      blocks: () => sweepBlocks(result, options),
      title: `Sweep of ${result.meta.base.name}`,
    },
    options,
  );
}

function sensitivityBlocks(
  s: SensitivityResult,
  format: ReportFormat,
  options: ReportOptions,
): Block[] {
  const metrics =
    Object.keys(s.base).length > 0 ? Object.keys(s.base) : Object.keys(s.rows[0]?.metrics ?? {});
  const ordered = [s.meta.sortBy, ...metrics.filter((m) => m !== s.meta.sortBy)];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: options.title ?? `Sensitivity of ${s.meta.base.name}` },
    {
      kind: 'fields',
      rows: [
        ['Base scenario', `${s.meta.base.name} (hash ${s.meta.base.hash})`],
        ['Parameters', String(s.rows.length)],
        ['Replications per run', String(s.meta.replications)],
        ['Seed', `${String(s.meta.seed)} for every run (common random numbers)`],
        ['Ordered by', s.meta.sortBy],
        [
          'Complete',
          s.meta.complete ? 'yes' : 'no (cancelled: only the parameters run are listed)',
        ],
      ],
    },
    {
      kind: 'paragraph',
      text: 'One parameter at a time at its low and high value, all others at base; means over replications. Swing = |mean at high − mean at low|. No interval is given: a small swing may be noise.',
    },
  ];
  for (const m of ordered) {
    const info = metricInfo(m, catalogueOf(s));
    const f = (x: number) => formatValue(x, info.unit);
    const base = s.base[m];
    blocks.push(
      { kind: 'heading', level: 2, text: `${info.label} (${m}, ${unitLabel(info.unit)})` },
      {
        kind: 'paragraph',
        text: `Base: ${base === undefined ? MISSING : formatWithUnit(base.mean, info.unit)}${base !== undefined && Number.isFinite(base.ciLow) ? ` (95 % CI ${formatInterval(base.ciLow, base.ciHigh, info.unit)})` : ''}.`,
      },
    );
    if (format === 'html' && options.charts !== false) {
      blocks.push({
        kind: 'chart',
        title: `Tornado: ${info.label}`,
        svg: tornadoChart(s, { metric: m }),
      });
    }
    const rows = [...s.rows].sort(
      (x, y) => (y.metrics[m]?.swing ?? -1) - (x.metrics[m]?.swing ?? -1),
    );
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Parameter', align: 'left' },
        { header: 'Low → high', align: 'left' },
        { header: 'At low', align: 'right' },
        { header: 'At high', align: 'right' },
        { header: 'Swing', align: 'right' },
      ],
      rows: rows.map((r) => {
        const e = r.metrics[m];
        return [
          shortPath(r.path),
          `${renderValue(r.low)} → ${renderValue(r.high)}`,
          e === undefined ? MISSING : f(e.low),
          e === undefined ? MISSING : f(e.high),
          e === undefined ? MISSING : f(e.swing),
        ];
      }),
    });
  }
  blocks.push(
    ...reproduceSection(
      [
        ['Seed', String(s.meta.seed)],
        ['Replications per run', String(s.meta.replications)],
        ['Base scenario hash', s.meta.base.hash],
      ],
      options.command,
    ),
  );
  return blocks;
}

/**
 * The report of a sensitivity analysis in a format: per metric, the parameters by swing with
 * the mean at low and high (`table`, `md`; `html` adds a tornado chart per metric); the result
 * itself plus `report` metadata (`json`); one row per parameter × metric (`csv`, see
 * `sensitivityCsv`).
 *
 * @throws {@link InvalidArgumentError} for an unknown format
 */
export function renderSensitivity(
  result: SensitivityResult,
  format: ReportFormat,
  options: ReportOptions = {},
): string {
  return renderReport(
    format,
    {
      kind: 'sensitivity',
      payload: result,
      csv: () => sensitivityCsv(result),
      blocks: (f) => sensitivityBlocks(result, f, options),
      title: `Sensitivity of ${result.meta.base.name}`,
    },
    options,
  );
}
