/**
 * The report of a one-at-a-time sensitivity analysis.
 *
 * @module
 */
import {
  rowsBySwing,
  type SensitivityEffect,
  type SensitivityResult,
} from '../experiment/sensitivity.js';
import { sensitivityCharts } from './charts/index.js';
import { effectDetected, parameterLabel, rangeLabel } from './charts/tornado.js';
import { sensitivityCsv } from './csv.js';
import type { Block, Cell } from './document.js';
import {
  displayFactor,
  formatEstimate,
  formatNumbers,
  formatWithUnit,
  inSentence,
  MISSING,
  unitLabel,
  withUnit,
} from './format.js';
import { catalogueOf, type MetricCatalogue, metricInfo } from './metrics.js';
import { renderReport } from './render.js';
import { chartsSection, closingSections, h2, h3, moreAndReproduce, SECTION } from './sections.js';
import type { ReportFormat, ReportOptions } from './types.js';

/** The metrics of a sensitivity analysis, the one that orders the rows first. */
function metricsOf(s: SensitivityResult): string[] {
  const metrics =
    Object.keys(s.base).length > 0 ? Object.keys(s.base) : Object.keys(s.rows[0]?.metrics ?? {});
  return [s.meta.sortBy, ...metrics.filter((m) => m !== s.meta.sortBy)];
}

/** The swing of an effect (high − low) with its paired 95 % interval, in the metric's display unit. */
function swingText(e: SensitivityEffect, unit: string): { value: string; interval: string } {
  return formatEstimate(e.high - e.low, e.swingCi[0], e.swingCi[1], unit, { signed: true });
}

/** Heading text of a metric: its label and unit. */
function metricHeading(m: string, catalogue: MetricCatalogue): string {
  const info = metricInfo(m, catalogue);
  return withUnit(info.label, info.unit);
}

/** The table of one metric: every parameter, in the tornado's order. */
function metricTable(s: SensitivityResult, m: string, limit?: number): Block {
  const info = metricInfo(m, catalogueOf(s));
  const k = displayFactor(info.unit);
  const rows = rowsBySwing(s, m).slice(0, limit);
  return {
    kind: 'table',
    columns: [
      { header: 'Parameter', align: 'left', wrap: true },
      { header: 'Low → high', align: 'left' },
      { header: 'At low', align: 'right' },
      { header: 'At high', align: 'right' },
      { header: 'High − low', align: 'right' },
      { header: '95 % CI', align: 'right' },
    ],
    rows: rows.map((r): Cell[] => {
      const e = r.metrics[m];
      const p: Cell =
        r.parameter.label === r.parameter.path
          ? parameterLabel(r)
          : { text: parameterLabel(r), code: r.path };
      if (e === undefined) return [p, rangeLabel(r), MISSING, MISSING, MISSING, MISSING];
      const [low, high] = formatNumbers([e.low * k, e.high * k]) as [string, string];
      const sw = swingText(e, info.unit);
      return [
        p,
        rangeLabel(r),
        low,
        high,
        effectDetected(e) ? sw.value : `${sw.value} (n.d.)`,
        sw.interval,
      ];
    }),
  };
}

/** Per metric, the parameter that moves it most, or that none was detected. */
function strongestSentences(s: SensitivityResult, metrics: readonly string[]): string[] {
  const catalogue = catalogueOf(s);
  return metrics.map((m) => {
    const info = metricInfo(m, catalogue);
    const top = rowsBySwing(s, m).find((r) => effectDetected(r.metrics[m]));
    const base = s.base[m];
    const at = base === undefined ? '' : `, base ${formatWithUnit(base.mean, info.unit)}`;
    if (top === undefined) return `${info.label}${at}: no effect detected.`;
    const e = top.metrics[m] as SensitivityEffect;
    const sw = swingText(e, info.unit);
    const unit =
      info.unit === 'count'
        ? ''
        : ` ${info.unit === 'share' || info.unit === 'probability' ? 'pp' : unitLabel(info.unit)}`;
    return `${info.label}${at}: most moved by ${parameterLabel(top)}, ${rangeLabel(top)}: ${sw.value}${unit} (95 % CI ${sw.interval}).`;
  });
}

function sensitivityBlocks(
  s: SensitivityResult,
  format: 'table' | 'md' | 'html',
  options: ReportOptions,
): Block[] {
  const catalogue = catalogueOf(s);
  const metrics = metricsOf(s);
  const title = options.title ?? `Sensitivity of ${s.meta.base.name}`;
  const fields: [string, string][] = [
    ['Base scenario', s.meta.base.name],
    ['Parameters', `${s.rows.length}, each at its low and high value, all others at base`],
    [
      'Replications',
      `${s.meta.replications} per run, seed ${String(s.meta.seed)} for every run (common random numbers)`,
    ],
    ['Ordered by', metricHeading(s.meta.sortBy, catalogue)],
  ];
  if (!s.meta.complete) {
    fields.push(['Complete', 'no (cancelled: only the parameters run are listed)']);
  }
  const how =
    'High − low: the mean paired difference between the runs at the high and at the low value, with its 95 % confidence interval; n.d.: no effect detected (the intervals of both swings from base include 0).';
  if (format === 'table' && options.detail !== true) {
    const sortBy = s.meta.sortBy;
    const base = s.base[sortBy];
    const info = metricInfo(sortBy, catalogue);
    return [
      { kind: 'heading', level: 1, text: title },
      { kind: 'fields', rows: fields },
      h3(
        `What moves ${inSentence(metricHeading(sortBy, catalogue))}${base === undefined ? '' : `, base ${formatWithUnit(base.mean, info.unit)}`}`,
      ),
      metricTable(s, sortBy, 10),
      { kind: 'paragraph', text: how },
      h3('Every metric: the parameter that moves it most'),
      { kind: 'list', items: strongestSentences(s, metrics.slice(1)) },
      ...moreAndReproduce(
        [
          'Every parameter on every metric: add --detail',
          'A tornado chart per metric, in one page: --out sensitivity.html',
        ],
        options.command,
      ),
    ];
  }
  const perMetric = metrics.flatMap((m): Block[] => {
    const base = s.base[m];
    const info = metricInfo(m, catalogue);
    return [
      h3(metricHeading(m, catalogue)),
      {
        kind: 'paragraph',
        text: `Base: ${base === undefined ? MISSING : formatWithUnit(base.mean, info.unit)}${base !== undefined && Number.isFinite(base.ciLow) ? ` (95 % CI ${formatEstimate(base.mean, base.ciLow, base.ciHigh, info.unit).interval})` : ''}.`,
      },
      metricTable(s, m),
    ];
  });
  return [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'fields',
      rows: [...fields, ['Model', s.meta.model], ['Base scenario hash', s.meta.base.hash]],
    },
    h2(SECTION.keyFindings),
    {
      kind: 'paragraph',
      text: `One parameter at a time at its low and high value (for a distribution, scaled so that its mean is each end), all others at base. ${how}`,
    },
    { kind: 'list', items: strongestSentences(s, metrics) },
    { kind: 'details', summary: 'Every parameter on every metric', blocks: perMetric },
    ...chartsSection(format, options, () => sensitivityCharts(s, metrics)),
    ...closingSections(options.scenario, format, options, [
      ['Seed', String(s.meta.seed)],
      ['Replications per run', String(s.meta.replications)],
      ['Base scenario hash', s.meta.base.hash],
    ]),
  ];
}

/**
 * The report of a sensitivity analysis in a format: `table` — one screen with the parameters by
 * their effect on the first metric (low → high, the means at each end, the paired difference
 * with its 95 % CI) and, for every other metric, the parameter that moves it most; with
 * `detail`, the briefing as text; `md`, `html` — the briefing: key findings, a tornado chart per
 * metric (drawn in HTML, in the order of the tables), the scenario (`options.scenario`), its
 * sources, what to challenge, how to reproduce; `json` — the result itself plus `report`
 * metadata; `csv` — one row per parameter × metric (see `sensitivityCsv`).
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
