/**
 * The report of a backtest: each figure of the public record against the model's 90 %
 * prediction interval, the verdicts, what the misses teach, how each figure is matched, and
 * what the model does not cover.
 *
 * @module
 */
import type { BacktestResult, BacktestRow } from '../experiment/backtest.js';
import { backtestChart } from './charts/backtest.js';
import { csvLine } from './csv.js';
import type { Block, GroupRow } from './document.js';
import { formatNumber, MISSING } from './format.js';
import { renderReport } from './render.js';
import { reproduceSection } from './sections.js';
import type { ReportFormat, ReportOptions } from './types.js';

const SAMPLE_GROUP: Readonly<Record<BacktestRow['sample'], string>> = {
  'out-of-sample': 'After the letter of 23 December 2020 (out of sample)',
  straddles: 'Across the letter’s date (partly out of sample)',
  'in-sample': 'Inside the letter’s period (a check of calibration, not a validation)',
};

/** A count as reports print it: whole numbers as they are, others to one decimal. */
function count(x: number): string {
  if (!Number.isFinite(x)) return MISSING;
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

/** The observed figure as tables print it: `165`, `≈ 50`, `≥ 8`. */
export function observedText(r: BacktestRow): string {
  const v = formatNumber(r.observed);
  return r.figure.kind === 'atLeast' ? `≥ ${v}` : r.figure.kind === 'about' ? `≈ ${v}` : v;
}

/** The interval as tables print it: `102–175`. */
export function intervalText(r: BacktestRow): string {
  if (r.verdict === 'not-comparable') return MISSING;
  return `${count(r.low)}–${count(r.high)}`;
}

/** The verdict as tables print it: `inside`, `above by 21 (2.6×)`, `not comparable`. */
export function verdictText(r: BacktestRow): string {
  switch (r.verdict) {
    case 'above':
    case 'below': {
      const ratio = Number.isFinite(r.ratio) ? ` (${r.ratio.toFixed(1)}× median)` : '';
      return `${r.verdict} by ${count(r.miss)}${ratio}`;
    }
    case 'consistent':
      return 'consistent (lower bound)';
    case 'not-comparable':
      return 'not comparable';
    default:
      return r.verdict;
  }
}

function windowText(r: BacktestRow): string {
  return `${r.figure.from} to ${r.figure.to}`;
}

function summaryText(b: BacktestResult): string {
  const s = b.summary;
  const parts = [
    `${s.inside} inside`,
    `${s.above} above`,
    `${s.below} below`,
    `${s.consistent} consistent with a lower bound`,
  ];
  if (s['not-comparable'] > 0) parts.push(`${s['not-comparable']} not comparable`);
  return parts.join(', ');
}

function verdictTable(b: BacktestResult): Block {
  const rows: (readonly string[] | GroupRow)[] = [];
  for (const sample of ['out-of-sample', 'straddles', 'in-sample'] as const) {
    const group = b.rows.filter((r) => r.sample === sample);
    if (group.length === 0) continue;
    rows.push({ group: SAMPLE_GROUP[sample] });
    for (const r of group) {
      rows.push([
        r.figure.title,
        r.figure.cite,
        observedText(r),
        intervalText(r),
        count(r.median),
        verdictText(r),
      ]);
    }
  }
  return {
    kind: 'table',
    columns: [
      { header: 'Figure', align: 'left', wrap: true },
      { header: 'Source', align: 'left' },
      { header: 'Observed', align: 'right' },
      { header: 'Model 90 %', align: 'right' },
      { header: 'Median', align: 'right' },
      { header: 'Verdict', align: 'left' },
    ],
    rows,
    note: `Model 90 %: the 5th to 95th percentile across ${b.meta.replications.completed} replications of the model quantity matching the figure over its window (see "How each figure is matched"). ≈: approximate figure; ≥: a lower bound, which can only be above the interval or consistent with it. Above: the model predicted too little.`,
  };
}

function lessonBlocks(b: BacktestResult): Block[] {
  const misses = b.rows.filter((r) => r.verdict === 'above' || r.verdict === 'below');
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'What the misses teach' }];
  if (misses.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'No figure falls outside its interval.' });
    return blocks;
  }
  blocks.push({
    kind: 'paragraph',
    text: 'For each figure outside its interval, the assumption that most plausibly explains the miss, then the values behind the model quantity as the scenario holds them (`peacekeeping-sim assumptions <scenario>` gives every rationale; `peacekeeping-sim sensitivity` measures how far each moves a metric). Nothing was changed to close these gaps: the misses are the result.',
  });
  for (const r of misses) {
    blocks.push(
      { kind: 'heading', level: 3, text: `${r.figure.title}: ${verdictText(r)}` },
      {
        kind: 'paragraph',
        text: `Observed ${observedText(r)} (${r.figure.cite}); model ${intervalText(r)}, median ${count(r.median)}; the figure is above ${Math.round(r.rank * 100)} % of the replications. ${r.lesson}`,
      },
      {
        kind: 'list',
        items: r.drivers.map(
          (d) => `${d.path} = ${d.value} (${d.sources.join(', ') || 'absent'}): ${d.label}`,
        ),
      },
    );
  }
  return blocks;
}

function matchingBlocks(b: BacktestResult): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'How each figure is matched' },
    {
      kind: 'paragraph',
      text: `Counters the model keeps per month are summed over the figure’s window, a partial month prorated by its days; counters it keeps only over the run are split at ${b.meta.splits.length > 0 ? b.meta.splits.join(', ') : 'no date'} by running the same replications to that date (a shorter run is the prefix of a longer one), then prorated by days within a year.`,
    },
  ];
  for (const r of b.rows) {
    blocks.push({
      kind: 'fields',
      rows: [
        ['Figure', `${r.figure.title} (${r.figure.id})`],
        ['Counts', r.figure.counts],
        ['Window', `${windowText(r)}${r.prorated ? ' (partly prorated)' : ''}`],
        ['Source', `${r.figure.observed.source.kind === 'public' ? r.figure.observed.source.reference : r.figure.cite}`],
        ...(r.figure.observed.source.kind === 'public' && r.figure.observed.source.note !== undefined
          ? ([['Words', r.figure.observed.source.note]] as [string, string][])
          : []),
        ['Model', `${r.quantity} [${r.metrics.join(' + ')}]`],
        ['Like with like', r.like],
        ...(r.figure.differences !== undefined
          ? ([['Sources differ', r.figure.differences]] as [string, string][])
          : []),
        ...(r.reason !== null ? ([['Not comparable', r.reason]] as [string, string][]) : []),
      ],
    });
  }
  return blocks;
}

function backtestBlocks(
  b: BacktestResult,
  format: 'table' | 'md' | 'html',
  options: ReportOptions,
): Block[] {
  const m = b.meta;
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 1,
      text: options.title ?? `Backtest of ${m.scenario.name} against the public record of 2021`,
    },
    {
      kind: 'fields',
      rows: [
        ['Scenario', `${m.scenario.name}: ${m.scenario.title}`],
        ['Run', `${m.scenario.startDate}, ${m.scenario.horizonDays} days`],
        [
          'Replications',
          `${m.replications.completed} of ${m.replications.requested}${m.replications.partial ? ' (interrupted)' : ''}, seed ${String(m.seed)}`,
        ],
        ['Interval', `${Math.round(m.level * 100)} % (5th to 95th percentile across replications)`],
        ['Verdicts', summaryText(b)],
      ],
    },
    {
      kind: 'paragraph',
      text: `The model rests on what was known by ${m.letterDate} (the Secretary-General’s letter S/2020/1282 and public sources on 2020), with the plan as it unfolded in 2021 where public; nothing in it was fitted to the figures below. Each figure is compared with the matching model quantity over the same window.`,
    },
    verdictTable(b),
  ];
  if (format === 'html' && options.charts !== false && b.rows.some((r) => r.verdict !== 'not-comparable')) {
    blocks.push({ kind: 'chart', title: 'The record against the model', svg: backtestChart(b) });
  }
  blocks.push(...lessonBlocks(b));
  blocks.push(
    { kind: 'heading', level: 2, text: 'What the model does not cover' },
    {
      kind: 'list',
      items: b.notCompared.map(
        (c) => `${c.figure.title} (${c.figure.cite}, ${formatNumber(c.figure.observed.value)}): ${c.reason}`,
      ),
    },
  );
  blocks.push(...matchingBlocks(b));
  blocks.push(
    ...reproduceSection(
      [
        ['Seed', String(m.seed)],
        ['Replications', String(m.replications.requested)],
        ['Scenario hash', m.scenario.hash],
        ['Package', `${m.package.name} ${m.package.version}`],
      ],
      options.command,
    ),
  );
  return blocks;
}

/** Header of the backtest CSV. */
export const BACKTEST_CSV_HEADER = [
  'figure',
  'title',
  'cite',
  'sample',
  'from',
  'to',
  'kind',
  'observed',
  'p5',
  'p50',
  'p95',
  'verdict',
  'miss',
  'ratio',
  'rank',
  'prorated',
  'metrics',
] as const;

/** The backtest as tidy CSV: one row per compared figure (RFC 4180, CRLF line ends). */
export function backtestCsv(b: BacktestResult): string {
  const lines = [csvLine(BACKTEST_CSV_HEADER)];
  for (const r of b.rows) {
    lines.push(
      csvLine([
        r.figure.id,
        r.figure.title,
        r.figure.cite,
        r.sample,
        r.figure.from,
        r.figure.to,
        r.figure.kind,
        r.observed,
        r.low,
        r.median,
        r.high,
        r.verdict,
        r.miss,
        r.ratio,
        r.rank,
        r.prorated,
        r.metrics.join(' + '),
      ]),
    );
  }
  return lines.map((l) => `${l}\r\n`).join('');
}

/**
 * The report of a backtest in a format: the verdict table, what the misses teach, what the
 * model does not cover and how each figure is matched (`table`, at most 100 columns; `md`;
 * `html`, with the chart); the result itself plus `report` metadata (`json`); one row per
 * compared figure (`csv`).
 *
 * @throws {@link InvalidArgumentError} for an unknown format
 */
export function renderBacktest(
  result: BacktestResult,
  format: ReportFormat,
  options: ReportOptions = {},
): string {
  return renderReport(
    format,
    {
      kind: 'backtest',
      payload: result,
      csv: () => backtestCsv(result),
      blocks: (f) => backtestBlocks(result, f, options),
      title: `Backtest of ${result.meta.scenario.name}`,
    },
    options,
  );
}
