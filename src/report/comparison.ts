/**
 * The report of a paired comparison of two scenarios.
 *
 * @module
 */
import type { Comparison, MetricComparison } from '../experiment/compare.js';
import { keptInSketch, sketchNote } from '../experiment/state.js';
import { isIdentical, verdictOf } from './charts/comparison.js';
import { comparisonCharts } from './charts/index.js';
import { comparisonCsv } from './csv.js';
import type { Block, Cell, GroupRow } from './document.js';
import {
  diffUnitLabel,
  displayFactor,
  formatEstimate,
  formatNumbers,
  inSentence,
  isShareUnit,
  MISSING,
  unitLabel,
} from './format.js';
import {
  catalogueOf,
  type FamilyGroup,
  groupFamilies,
  headlineMetrics,
  type MetricCatalogue,
  metricInfo,
  sortMetricNames,
} from './metrics.js';
import { renderReport } from './render.js';
import {
  challengeSection,
  chartsSection,
  h2,
  h3,
  moreAndReproduce,
  periodText,
  reproduceSection,
  SECTION,
  scenarioDifferences,
  scenarioSummary,
  sourcesSection,
} from './sections.js';
import { metricCell, unitCell } from './tables.js';
import type { ReportFormat, ReportOptions } from './types.js';

/**
 * Share of paired replications in which B is better, judged with the catalogue's better
 * direction (whatever direction `compare` was given); NaN when the metric has none.
 */
export function shareBBetter(
  name: string,
  m: MetricComparison,
  catalogue: MetricCatalogue,
): number {
  const better = metricInfo(name, catalogue).better;
  if (better === null) return Number.NaN;
  return better === m.better ? m.shareBBetter : 1 - m.shareBBetter - m.shareTied;
}

/**
 * The plain-words verdict on one metric. A direction is stated only when the 95 % interval of
 * the mean paired difference excludes 0 ("minusma-2020 shortens median time to surgery by
 * 8.0 min (95 % CI 5.8–10.1), better"); otherwise "no difference detected at this replication
 * count".
 */
export function verdictSentence(
  name: string,
  m: MetricComparison,
  bName: string,
  catalogue: MetricCatalogue,
): string {
  const info = metricInfo(name, catalogue);
  const label = inSentence(info.label);
  const v = verdictOf(name, m, catalogue);
  const unit = isShareUnit(info.unit)
    ? ' percentage points'
    : info.unit === 'count'
      ? ''
      : ` ${unitLabel(info.unit)}`;
  if (v === 'undefined')
    return `${info.label}: too few paired replications with a value for an interval.`;
  if (v === 'none') {
    if (isIdentical(m)) return `${info.label}: identical in every paired replication.`;
    const e = formatEstimate(m.diffMean, m.diffCiLow, m.diffCiHigh, info.unit, { signed: true });
    return `${info.label}: no difference detected at this replication count (B − A = ${e.value}${unit}, 95 % CI ${e.interval}).`;
  }
  const up = m.diffMean > 0;
  const time = info.unit === 'min' || info.unit === 'days' || info.unit === 'hours';
  const verb = time ? (up ? 'lengthens' : 'shortens') : up ? 'raises' : 'lowers';
  const lo = Math.min(Math.abs(m.diffCiLow), Math.abs(m.diffCiHigh));
  const hi = Math.max(Math.abs(m.diffCiLow), Math.abs(m.diffCiHigh));
  const k = displayFactor(info.unit);
  const [d, a, b] = formatNumbers([Math.abs(m.diffMean) * k, lo * k, hi * k]);
  const judged = v === 'better' ? ', better' : v === 'worse' ? ', worse' : '';
  return `${bName} ${verb} ${label} by ${d}${unit} (95 % CI ${a}–${b})${judged}.`;
}

/** The verdict as a table cell. */
function verdictCell(name: string, m: MetricComparison, catalogue: MetricCatalogue): string {
  const v = verdictOf(name, m, catalogue);
  if (v === 'none') return isIdentical(m) ? 'same' : 'n.d.';
  return v === 'undefined' ? MISSING : v;
}

/** A, B, B − A and its 95 % CI of one metric, in its display unit. */
function numberCells(name: string, m: MetricComparison, catalogue: MetricCatalogue): string[] {
  const unit = metricInfo(name, catalogue).unit;
  const [a, b] = formatNumbers([m.meanA * displayFactor(unit), m.meanB * displayFactor(unit)]);
  const d = formatEstimate(m.diffMean, m.diffCiLow, m.diffCiHigh, unit, { signed: true });
  return [a as string, b as string, d.value, d.interval];
}

/**
 * The size of a difference relative to the metric's level, to find the largest: |B − A| over the
 * larger of |A| and |B|.
 */
function relativeSize(m: MetricComparison): number {
  const scale = Math.max(Math.abs(m.meanA), Math.abs(m.meanB));
  return scale > 0 ? Math.abs(m.diffMean) / scale : 0;
}

/**
 * The metrics of a comparison with a difference detected, other than `exclude` and the engine's
 * own counters, by relative size (metrics with a better direction first), at most `k`.
 */
function largestOtherDifferences(
  c: Comparison,
  exclude: readonly string[],
  catalogue: MetricCatalogue,
): string[] {
  return Object.keys(c.scalars)
    .filter((name) => {
      if (exclude.includes(name) || metricInfo(name, catalogue).group === 'Engine') return false;
      const v = verdictOf(name, c.scalars[name] as MetricComparison, catalogue);
      return v === 'better' || v === 'worse' || v === 'differs';
    })
    .sort((x, y) => {
      const dx = metricInfo(x, catalogue).better === null ? 1 : 0;
      const dy = metricInfo(y, catalogue).better === null ? 1 : 0;
      if (dx !== dy) return dx - dy;
      const rx = relativeSize(c.scalars[x] as MetricComparison);
      const ry = relativeSize(c.scalars[y] as MetricComparison);
      return ry - rx || (x < y ? -1 : 1);
    });
}

/** One row per headline metric; a headline family in one row (how many of its members differ). */
function keyRows(
  c: Comparison,
  key: readonly string[],
  catalogue: MetricCatalogue,
  withCode: boolean,
): Cell[][] {
  return groupFamilies(key, catalogue).map((x): Cell[] => {
    if (typeof x === 'string') {
      const m = c.scalars[x] as MetricComparison;
      return [
        withCode ? metricCell(x, catalogue) : metricInfo(x, catalogue).label,
        unitCell(x, catalogue),
        ...numberCells(x, m, catalogue),
        verdictCell(x, m, catalogue),
      ];
    }
    return familyRow(c, x, catalogue);
  });
}

function familyRow(c: Comparison, f: FamilyGroup, catalogue: MetricCatalogue): Cell[] {
  const verdicts = f.members.map((m) =>
    verdictCell(m, c.scalars[m] as MetricComparison, catalogue),
  );
  const differ = verdicts.filter((v) => v === 'better' || v === 'worse' || v === 'differs');
  const kinds = [...new Set(differ)];
  const largest = [...f.members].sort(
    (x, y) =>
      Math.abs((c.scalars[y] as MetricComparison).diffMean) -
      Math.abs((c.scalars[x] as MetricComparison).diffMean),
  )[0];
  const m = largest === undefined ? undefined : (c.scalars[largest] as MetricComparison);
  const unit = largest === undefined ? 'count' : metricInfo(largest, catalogue).unit;
  const d =
    m === undefined
      ? undefined
      : formatEstimate(m.diffMean, m.diffCiLow, m.diffCiHigh, unit, { signed: true });
  const key = largest === undefined ? '' : (catalogue[largest]?.family?.key ?? '');
  return [
    `${f.label}: ${differ.length} of ${f.members.length} differ`,
    largest === undefined ? '' : unitCell(largest, catalogue),
    '',
    '',
    differ.length > 0 && d !== undefined ? d.value : '',
    differ.length > 0 && d !== undefined ? `${key}: ${d.interval}` : '',
    differ.length === 0 ? 'n.d.' : kinds.length === 1 ? (kinds[0] as string) : 'mixed',
  ];
}

const KEY_COLUMNS = [
  { header: 'Metric', align: 'left' },
  { header: 'Unit', align: 'left' },
  { header: 'A', align: 'right' },
  { header: 'B', align: 'right' },
  { header: 'B − A', align: 'right' },
  { header: '95 % CI', align: 'right' },
  { header: 'Verdict', align: 'left' },
] as const;

/** What the key table's verdicts mean. */
function keyNote(c: Comparison): string {
  return `Means over ${c.meta.replications.paired} paired replications. B − A: the mean paired difference and its 95 % CI (percentage points for shares). Verdict when the CI excludes 0 (differs: no better direction); n.d.: no difference detected; same: identical in every replication.`;
}

/** The metrics a comparison leads with: `options.metrics`, else the catalogue's headline metrics. */
function keyMetrics(c: Comparison, options: ReportOptions, catalogue: MetricCatalogue): string[] {
  if (options.metrics !== undefined)
    return options.metrics.filter((m) => c.scalars[m] !== undefined);
  return headlineMetrics(Object.keys(c.scalars), catalogue);
}

/** The one-screen terminal report of a comparison. */
function comparisonSummary(c: Comparison, options: ReportOptions): Block[] {
  const { a, b } = c.meta;
  const catalogue = catalogueOf(c);
  const key = keyMetrics(c, options, catalogue);
  const sc = c.b.meta.scenario;
  const others = largestOtherDifferences(c, key, catalogue);
  const reps = c.meta.replications;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: options.title ?? `${b.name} against ${a.name}` },
    { kind: 'paragraph', text: `Question: ${sc.definition.question}` },
    {
      kind: 'fields',
      rows: [
        ['A', `${a.name}: ${c.a.meta.scenario.title}`],
        ['B', `${b.name}: ${sc.title}`],
        [
          'Runs',
          `${reps.paired} paired replications${reps.paired < reps.requested ? ` of ${reps.requested}` : ''}, seed ${String(c.meta.seedA)}${c.meta.commonRandomNumbers ? ' (common random numbers)' : `/${String(c.meta.seedB)} (independent)`}, ${periodText(sc.startDate, sc.horizonDays)}${keptInSketch(c.a.meta) ? `.${sketchNote(c.a.meta)}` : ''}`,
        ],
      ],
    },
    h3('Headline metrics: B − A'),
    { kind: 'table', columns: KEY_COLUMNS, rows: keyRows(c, key, catalogue, false) },
    { kind: 'paragraph', text: keyNote(c) },
  ];
  if (others.length > 0) {
    blocks.push(h3(`Largest other differences (${others.length} in all)`), {
      kind: 'list',
      items: others
        .slice(0, 3)
        .map((m) => verdictSentence(m, c.scalars[m] as MetricComparison, b.name, catalogue)),
    });
  }
  const ref = options.scenarioRef ?? b.name;
  blocks.push(
    ...moreAndReproduce(
      [
        `Every metric, what differs between A and B, the assumptions: add --detail`,
        'Charts with both scenarios, and every source: --out report.html',
        `What to challenge first: peacekeeping-sim assumptions ${ref}`,
      ],
      options.command,
    ),
  );
  return blocks;
}

/** Every metric's paired difference, grouped as the model declares them. */
function pairedTable(c: Comparison, catalogue: MetricCatalogue): Block {
  const rows: (Cell[] | GroupRow)[] = [];
  let group = '';
  for (const name of sortMetricNames(Object.keys(c.scalars), catalogue)) {
    const m = c.scalars[name] as MetricComparison;
    const info = metricInfo(name, catalogue);
    if (info.group !== group) {
      group = info.group;
      rows.push({ group });
    }
    const share = shareBBetter(name, m, catalogue);
    rows.push([
      metricCell(name, catalogue),
      unitCell(name, catalogue),
      ...numberCells(name, m, catalogue),
      Number.isFinite(share) ? `${Math.round(share * 100)} %` : MISSING,
      verdictCell(name, m, catalogue),
    ]);
  }
  return {
    kind: 'table',
    columns: [
      ...KEY_COLUMNS.slice(0, 6),
      { header: 'B better', align: 'right' },
      { header: 'Verdict', align: 'left' },
    ],
    rows,
    note: `${keyNote(c)} B better: share of paired replications in which B is strictly better (– when the metric has no better direction). Shares in %, their differences in ${diffUnitLabel('share')}.`,
  };
}

function comparisonBlocks(
  c: Comparison,
  format: 'table' | 'md' | 'html',
  options: ReportOptions,
): Block[] {
  if (format === 'table' && options.detail !== true) return comparisonSummary(c, options);
  const { a, b } = c.meta;
  const scA = c.a.meta.scenario;
  const scB = c.b.meta.scenario;
  const catalogue = catalogueOf(c);
  const key = keyMetrics(c, options, catalogue);
  const others = largestOtherDifferences(c, key, catalogue);
  const reps = c.meta.replications;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: options.title ?? `Comparison: ${b.name} against ${a.name}` },
    { kind: 'paragraph', text: `Question: ${scB.definition.question}` },
    {
      kind: 'fields',
      rows: [
        ['A', `${a.name}: ${scA.title}`],
        ['B', `${b.name}: ${scB.title}`],
        ['Period', periodText(scB.startDate, scB.horizonDays)],
        ['Paired replications', `${reps.paired} of ${reps.requested}`],
        [
          'Seed',
          c.meta.commonRandomNumbers
            ? `${String(c.meta.seedA)} for both (common random numbers)`
            : `A ${String(c.meta.seedA)}, B ${String(c.meta.seedB)} (independent: intervals not narrowed by pairing)`,
        ],
        ['Model', c.meta.model],
        ['Package', `${c.a.meta.package.name} ${c.a.meta.package.version}`],
      ],
    },
    h2(SECTION.keyFindings),
    {
      kind: 'paragraph',
      text: 'Differences are B − A, paired replication by replication. A direction is stated only when the 95 % confidence interval of the mean difference excludes 0; “better” and “worse” follow the metric catalogue (some metrics, such as exposure or workload, have no better direction).',
    },
    h3('Headline metrics'),
    {
      kind: 'list',
      items: key.map((m) =>
        verdictSentence(m, c.scalars[m] as MetricComparison, b.name, catalogue),
      ),
    },
    { kind: 'table', columns: KEY_COLUMNS, rows: keyRows(c, key, catalogue, true) },
  ];
  if (others.length > 0) {
    blocks.push(h3(`Other metrics with a difference detected (${others.length}), largest first`), {
      kind: 'list',
      items: others.map((m) =>
        verdictSentence(m, c.scalars[m] as MetricComparison, b.name, catalogue),
      ),
    });
  }
  blocks.push(
    ...chartsSection(format, options, () => comparisonCharts(c, key)),
    h2(SECTION.paired),
    pairedTable(c, catalogue),
    h2(SECTION.scenarios),
    h3(`What differs between A (${a.name}) and B (${b.name})`),
    ...scenarioDifferences(scA.definition, scB.definition),
    h3(`B: ${b.name}`),
    { kind: 'paragraph', text: `${scB.title}. ${scB.definition.description ?? ''}`.trim() },
    ...scenarioSummary(scB.definition).map((x) =>
      x.kind === 'heading' && x.level === 3 ? ({ ...x, text: `B: ${x.text}` } as Block) : x,
    ),
    ...sourcesSection(scB.definition, format),
    ...challengeSection(scB.definition, { ...options, scenarioRef: options.scenarioRef ?? b.name }),
    ...reproduceSection(
      [
        ['Seed', String(c.meta.seedA)],
        ['Replications', String(c.meta.replications.requested)],
        ['Package', `${c.a.meta.package.name} ${c.a.meta.package.version}`],
        ['Scenario hash A', a.hash],
        ['Scenario hash B', b.hash],
      ],
      options.command,
    ),
  );
  return blocks;
}

/**
 * The report of a comparison in a format.
 * - `table`: one screen — the question, the two scenarios, the headline metrics (A, B, B − A
 *   with its 95 % CI, verdict), the three largest other differences, where the rest is, the
 *   reproducing command; with `detail`, the briefing below as text;
 * - `md`, `html`: the briefing — key findings (a verdict in plain words on each headline metric:
 *   a direction only when the 95 % CI of the paired difference excludes 0, otherwise "no
 *   difference detected at this replication count"; the other differences, largest first),
 *   charts (both scenarios on each, drawn in HTML), every paired difference, what differs
 *   between the scenarios and B's summary, the sources of every figure, what to challenge, how to
 *   reproduce;
 * - `json`: the comparison itself plus `report` metadata; `csv`: the run layout for A then B.
 *
 * @throws {@link InvalidArgumentError} for an unknown format
 * @example
 * ```ts
 * const c = await compare(baseline, plan, { replications: 200, seed: 1 });
 * console.log(renderComparison(c, 'table'));
 * ```
 */
export function renderComparison(
  comparison: Comparison,
  format: ReportFormat,
  options: ReportOptions = {},
): string {
  return renderReport(
    format,
    {
      kind: 'comparison',
      payload: comparison,
      csv: () => comparisonCsv(comparison),
      blocks: (f) => comparisonBlocks(comparison, f, options),
      title: `Comparison: ${comparison.meta.b.name} against ${comparison.meta.a.name}`,
    },
    options,
  );
}
