/**
 * The report of a paired comparison of two scenarios.
 *
 * @module
 */
import type { Comparison, MetricComparison } from '../experiment/compare.js';
import {
  comparisonChart,
  isIdentical,
  KEY_COMPARISON_METRICS,
  verdictOf,
} from './charts/comparison.js';
import { readinessFanChart } from './charts/readiness.js';
import { comparisonCsv } from './csv.js';
import type { Block, GroupRow } from './document.js';
import {
  diffUnitLabel,
  formatNumber,
  formatValue,
  inSentence,
  isShareUnit,
  MISSING,
  unitLabel,
} from './format.js';
import { catalogueOf, type MetricCatalogue, metricInfo, sortMetricNames } from './metrics.js';
import { renderReport } from './render.js';
import { reproduceSection } from './sections.js';
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
  const k = isShareUnit(info.unit) ? 100 : 1;
  const unit = isShareUnit(info.unit)
    ? ' percentage points'
    : info.unit === 'count'
      ? ''
      : ` ${unitLabel(info.unit)}`;
  if (v === 'undefined')
    return `${info.label}: too few paired replications with a value for an interval.`;
  if (v === 'none') {
    if (isIdentical(m)) return `${info.label}: identical in every paired replication.`;
    return `${info.label}: no difference detected at this replication count (B − A = ${formatNumber(m.diffMean * k)}${unit}, 95 % CI ${formatNumber(m.diffCiLow * k)} to ${formatNumber(m.diffCiHigh * k)}).`;
  }
  const up = m.diffMean > 0;
  const time = info.unit === 'min';
  const verb = time ? (up ? 'lengthens' : 'shortens') : up ? 'raises' : 'lowers';
  const lo = Math.min(Math.abs(m.diffCiLow), Math.abs(m.diffCiHigh)) * k;
  const hi = Math.max(Math.abs(m.diffCiLow), Math.abs(m.diffCiHigh)) * k;
  const judged = v === 'better' ? ', better' : v === 'worse' ? ', worse' : '';
  return `${bName} ${verb} ${label} by ${formatNumber(Math.abs(m.diffMean) * k)}${unit} (95 % CI ${formatNumber(lo)}–${formatNumber(hi)})${judged}.`;
}

function comparisonBlocks(
  c: Comparison,
  format: 'table' | 'md' | 'html',
  options: ReportOptions,
): Block[] {
  const { a, b } = c.meta;
  const scA = c.a.meta.scenario;
  const scB = c.b.meta.scenario;
  const sc = scB.definition;
  const catalogue = catalogueOf(c);
  const key = (options.metrics ?? KEY_COMPARISON_METRICS).filter((m) => c.scalars[m] !== undefined);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: options.title ?? `Comparison: ${b.name} against ${a.name}` },
    { kind: 'paragraph', text: `Question: ${sc.question}` },
    {
      kind: 'fields',
      rows: [
        ['A', `${a.name}: ${scA.title}`],
        ['B', `${b.name}: ${scB.title}`],
        [
          'Paired replications',
          `${c.meta.replications.paired} of ${c.meta.replications.requested}`,
        ],
        [
          'Seed',
          c.meta.commonRandomNumbers
            ? `${String(c.meta.seedA)} for both (common random numbers)`
            : `A ${String(c.meta.seedA)}, B ${String(c.meta.seedB)} (independent: intervals not narrowed by pairing)`,
        ],
        ['Model', c.meta.model],
        ['Package', `${c.a.meta.package.name} ${c.a.meta.package.version}`],
        ['Scenario hash A', a.hash],
        ['Scenario hash B', b.hash],
      ],
    },
    {
      kind: 'paragraph',
      text: `Differences are B − A, paired replication by replication. A direction is stated only when the 95 % confidence interval of the mean difference excludes 0; “better” and “worse” follow the metric catalogue (some metrics, such as exposure or workload, have no better direction).`,
    },
    { kind: 'heading', level: 2, text: 'Verdicts on key metrics' },
    {
      kind: 'list',
      items: key.map((m) =>
        verdictSentence(m, c.scalars[m] as MetricComparison, b.name, catalogue),
      ),
    },
  ];
  const others = sortMetricNames(Object.keys(c.scalars), catalogue).filter((m) => {
    if (key.includes(m) || metricInfo(m, catalogue).group === 'Engine') return false;
    const v = verdictOf(m, c.scalars[m] as MetricComparison, catalogue);
    return v === 'better' || v === 'worse' || v === 'differs';
  });
  if (others.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Other metrics with a difference detected' },
      {
        kind: 'list',
        items: others.map((m) =>
          verdictSentence(m, c.scalars[m] as MetricComparison, b.name, catalogue),
        ),
      },
    );
  }
  if (format !== 'table' && options.charts !== false) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Charts' },
      { kind: 'chart', title: 'Paired differences', svg: comparisonChart(c, { metrics: key }) },
    );
    if (
      c.a.series['fleet.inDailyUse'] !== undefined &&
      c.b.series['fleet.inDailyUse'] !== undefined
    ) {
      blocks.push({
        kind: 'chart',
        title: 'Armoured fleet readiness over time',
        svg: readinessFanChart([c.a, c.b], { labels: [`A: ${a.name}`, `B: ${b.name}`] }),
      });
    }
  }
  const rows: (string[] | GroupRow)[] = [];
  let group = '';
  for (const name of sortMetricNames(Object.keys(c.scalars), catalogue)) {
    const m = c.scalars[name] as MetricComparison;
    const info = metricInfo(name, catalogue);
    if (info.group !== group) {
      group = info.group;
      rows.push({ group });
    }
    const k = isShareUnit(info.unit) ? 100 : 1;
    const v = verdictOf(name, m, catalogue);
    const share = shareBBetter(name, m, catalogue);
    rows.push([
      name,
      unitLabel(info.unit),
      formatValue(m.meanA, info.unit),
      formatValue(m.meanB, info.unit),
      formatNumber(m.diffMean * k),
      Number.isFinite(m.diffCiLow)
        ? `${formatNumber(m.diffCiLow * k)} to ${formatNumber(m.diffCiHigh * k)}`
        : MISSING,
      Number.isFinite(share) ? `${Math.round(share * 100)} %` : MISSING,
      v === 'none' ? (isIdentical(m) ? 'same' : 'n.d.') : v === 'undefined' ? MISSING : v,
    ]);
  }
  blocks.push(
    { kind: 'heading', level: 2, text: 'All metrics' },
    {
      kind: 'table',
      columns: [
        { header: 'Metric', align: 'left' },
        { header: 'Unit', align: 'left' },
        { header: 'Mean A', align: 'right' },
        { header: 'Mean B', align: 'right' },
        { header: 'B − A', align: 'right' },
        { header: '95 % CI', align: 'right' },
        { header: 'B better', align: 'right' },
        { header: 'Verdict', align: 'left' },
      ],
      rows,
      note: `B − A and its 95 % CI in the metric's unit (percentage points for shares, ${diffUnitLabel('share')}). B better: share of paired replications in which B is strictly better (– when the metric has no better direction). Verdict: better / worse / differs (no better direction) when the CI excludes 0; n.d. = no difference detected at this replication count; same = identical in every paired replication.`,
    },
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
 * The report of a comparison in a format. `table`/`md`/`html`: the two scenarios, verdicts on
 * the key metrics in plain words (a direction only when the 95 % CI of the paired difference
 * excludes 0, otherwise "no difference detected at this replication count"), other metrics
 * with a difference, then every metric: mean of A, mean of B, paired difference with its 95 %
 * CI, share of replications where B is better, verdict. HTML adds the paired-difference chart
 * and the two readiness bands. `json`: the comparison itself plus `report` metadata. `csv`: the
 * run layout for A then B.
 *
 * @throws {@link InvalidArgumentError} for an unknown format
 * @example
 * ```ts
 * const c = await compare(baseline, plan, { replications: 200, seed: 1, better: betterMap(names) });
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
