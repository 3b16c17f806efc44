/**
 * The report of a backtest: each figure of the public record against the model's 90 %
 * prediction interval, the verdicts, what the misses teach, what the model does not cover, how
 * each figure is matched, and what the scenario knows of the time after the letter.
 *
 * @module
 */
import type { ValidationFigure } from '../data/validation-2021.js';
import type { BacktestResult, BacktestRow, PostLetterUse } from '../experiment/backtest.js';
import { backtestChart } from './charts/backtest.js';
import { csvLine } from './csv.js';
import type { Block, GroupRow } from './document.js';
import { formatNumber, formatNumbers, MISSING } from './format.js';
import { renderReport } from './render.js';
import { h2, h3, moreAndReproduce, periodText, reproduceSection, SECTION } from './sections.js';
import type { ReportFormat, ReportOptions } from './types.js';

const SAMPLE_GROUP: Readonly<Record<BacktestRow['sample'], string>> = {
  'out-of-sample': 'After the letter of 23 December 2020 (out of sample)',
  straddles: 'Across the letter’s date (partly out of sample)',
  'in-sample': 'Inside the letter’s period (a check of calibration, not a validation)',
};

const SAMPLE_ORDER = ['out-of-sample', 'straddles', 'in-sample'] as const;

/** The observed figure as tables print it: `165`, `≈ 50` (approximate), `≥ 8` (a lower bound). */
export function observedText(r: BacktestRow | ValidationFigure): string {
  const f = 'figure' in r ? r.figure : r;
  const v = formatNumber(f.observed.value);
  return f.kind === 'atLeast' ? `≥ ${v}` : f.kind === 'about' ? `≈ ${v}` : v;
}

/** The model's 90 % interval as tables print it, both ends to the same decimals: `102 to 175`. */
export function intervalText(r: BacktestRow): string {
  if (r.verdict === 'not-comparable') return MISSING;
  const [a, b] = formatNumbers([r.low, r.high]);
  return `${a} to ${b}`;
}

/**
 * The verdict as tables print it: `inside`, `above by 21.0 (2.6× median)`, `consistent (lower
 * bound)`, `not comparable`; `short` leaves out `median`.
 */
export function verdictText(r: BacktestRow, short = false): string {
  switch (r.verdict) {
    case 'above':
    case 'below': {
      const times = Number.isFinite(r.ratio)
        ? ` (${r.ratio.toFixed(1)}×${short ? '' : ' median'})`
        : '';
      return `${r.verdict} by ${formatNumber(r.miss)}${times}`;
    }
    case 'consistent':
      return short ? 'consistent (≥)' : 'consistent (lower bound)';
    case 'not-comparable':
      return 'not comparable';
    default:
      return r.verdict;
  }
}

/** `4 inside, 8 above, 1 below, 3 consistent with a lower bound; 1 not comparable`. */
export function verdictSummary(b: BacktestResult): string {
  const s = b.summary;
  const parts = [
    `${s.inside} inside`,
    `${s.above} above (the model too low)`,
    `${s.below} below (the model too high)`,
    `${s.consistent} consistent with a lower bound`,
  ];
  const text = parts.join(', ');
  return s['not-comparable'] > 0 ? `${text}; ${s['not-comparable']} not comparable` : text;
}

function groupedRows(
  b: BacktestResult,
  cells: (r: BacktestRow) => readonly string[],
): (readonly string[] | GroupRow)[] {
  const rows: (readonly string[] | GroupRow)[] = [];
  for (const sample of SAMPLE_ORDER) {
    const group = b.rows.filter((r) => r.sample === sample);
    if (group.length === 0) continue;
    rows.push({ group: SAMPLE_GROUP[sample] });
    for (const r of group) rows.push(cells(r));
  }
  return rows;
}

function intervalNote(b: BacktestResult): string {
  const n = b.meta.replications.completed;
  return `Model 90 %: the 5th to 95th percentile, across ${formatNumber(n)} replication${n === 1 ? '' : 's'}, of the model quantity that counts what the figure counts over its window. ≈: an approximate figure; ≥: a lower bound, which can only be above the interval or consistent with it. Above: the model predicted too little; below: too much.`;
}

/**
 * The verdict table: in full (figure titles, the median, the whole note), or `short` for the
 * one-screen report (figure labels, no median, a one-line note, verdicts in brief).
 */
function verdictTable(b: BacktestResult, short = false): Block {
  return {
    kind: 'table',
    columns: [
      { header: 'Figure', align: 'left', wrap: true },
      { header: 'Source', align: 'left' },
      { header: 'Observed', align: 'right' },
      { header: 'Model 90 %', align: 'right' },
      ...(short ? [] : [{ header: 'Median', align: 'right' } as const]),
      { header: 'Verdict', align: 'left' },
    ],
    rows: groupedRows(b, (r) => [
      short ? r.figure.label : r.figure.title,
      r.figure.cite,
      observedText(r),
      intervalText(r),
      ...(short ? [] : [r.verdict === 'not-comparable' ? MISSING : formatNumber(r.median)]),
      verdictText(r, short),
    ]),
    note: short
      ? 'Model 90 %: 5th to 95th percentile of the matching model quantity over the figure’s window. ≈ approximate, ≥ a lower bound. Above: the model predicted too little.'
      : intervalNote(b),
  };
}

/** The first suspect of each miss (see `BacktestRow.suspect`), by how many misses it heads. */
export function firstSuspects(b: BacktestResult): {
  readonly path: string;
  readonly label: string;
  readonly short: string;
  readonly figures: readonly string[];
}[] {
  const out = new Map<string, { path: string; label: string; short: string; figures: string[] }>();
  for (const r of b.rows) {
    const d = r.drivers.find((x) => x.path === r.suspect);
    if (d === undefined) continue;
    const entry = out.get(d.path) ?? { path: d.path, label: d.label, short: d.short, figures: [] };
    entry.figures.push(r.figure.id);
    out.set(d.path, entry);
  }
  return [...out.values()].sort((x, y) => y.figures.length - x.figures.length);
}

/** How many values of the scenario cite a source after the letter, and of what kind. */
function postLetterCounts(b: BacktestResult): string {
  const of = (k?: PostLetterUse['kind']) =>
    b.postLetter
      .filter((u) => k === undefined || u.kind === k)
      .reduce((n, u) => n + u.paths.length, 0);
  const undeclared = of('undeclared');
  return `${formatNumber(of())} values of the scenario cite a source after the letter, ${of('hindsight')} of them with hindsight${undeclared > 0 ? `, ${undeclared} UNDECLARED` : ''}`;
}

/** The title and question every backtest report opens with. */
function backtestHeading(b: BacktestResult, options: ReportOptions): Block[] {
  const s = b.meta.scenario;
  return [
    {
      kind: 'heading',
      level: 1,
      text: options.title ?? `Backtest of ${s.name} against the public record`,
    },
    { kind: 'paragraph', text: `Question: ${s.question}` },
  ];
}

/** The one-screen terminal report. */
function backtestSummary(b: BacktestResult, options: ReportOptions): Block[] {
  const m = b.meta;
  const reps = m.replications;
  const suspects = firstSuspects(b);
  const misses = b.summary.above + b.summary.below;
  const blocks: Block[] = [
    ...backtestHeading(b, options),
    {
      kind: 'paragraph',
      text: `${periodText(m.scenario.startDate, m.scenario.horizonDays)}; ${reps.completed}${reps.partial ? ` of ${reps.requested} (interrupted)` : ''} replications, seed ${String(m.seed)}. Nothing in the model was fitted to these figures. Verdicts: ${verdictSummary(b)}.`,
    },
    verdictTable(b, true),
  ];
  if (suspects.length > 0) {
    blocks.push(h3(`First suspects of the ${misses} misses`), {
      kind: 'list',
      items: suspects.map((s) => `${s.short} (${s.path}): ${s.figures.length}`),
    });
  }
  blocks.push(
    ...moreAndReproduce(
      [
        `Sources, windows, matching, lessons, and what the model knows of 2021 (${postLetterCounts(b)}): --detail, or --out backtest.html with the chart.`,
        'A what-if from the misses: peacekeeping-sim backtest ied-escalation-2021',
      ],
      options.command,
    ),
  );
  return blocks;
}

function lessonBlocks(b: BacktestResult): Block[] {
  const misses = b.rows.filter((r) => r.verdict === 'above' || r.verdict === 'below');
  const blocks: Block[] = [h2(SECTION.misses)];
  if (misses.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'No figure falls outside its interval.' });
    return blocks;
  }
  blocks.push({
    kind: 'paragraph',
    text: 'For each figure outside its interval, the assumption that most plausibly explains the miss, then the values behind the model quantity as the scenario holds them, first suspect first (`peacekeeping-sim assumptions <scenario>` gives every rationale; `peacekeeping-sim sensitivity` measures how far each moves a metric). Nothing was changed to close these gaps: the misses are the result.',
  });
  for (const r of misses) {
    blocks.push(
      h3(`${r.figure.title}: ${verdictText(r)}`),
      {
        kind: 'paragraph',
        text: `Observed ${observedText(r)} (${r.figure.cite}); model ${intervalText(r)}, median ${formatNumber(r.median)}; the figure is above ${Math.round(r.rank * 100)} % of the replications. ${r.lesson}`,
      },
      {
        kind: 'list',
        items: [
          ...r.drivers.filter((d) => d.path === r.suspect),
          ...r.drivers.filter((d) => d.path !== r.suspect),
        ].map(
          (d) =>
            `${d.path === r.suspect ? 'First suspect: ' : ''}${d.path} = ${d.value} (${d.sources.join(', ') || 'absent'}): ${d.label}`,
        ),
      },
    );
  }
  return blocks;
}

function matchingBlocks(b: BacktestResult): Block[] {
  const splits = b.meta.splits;
  const blocks: Block[] = [
    h2(SECTION.matching),
    {
      kind: 'paragraph',
      text: `Counters the model keeps per month are summed over the figure’s window, a partial month prorated by its days (a prorated part varies less than a count, so a window with a partial month has a slightly narrower interval than it should). Counters it keeps only over the whole run are read from runs of the same replications to ${b.meta.split === 'window' ? 'each window’s first day and the day after its last: the count to the end less the count to the start, exactly' : 'each 1 January, a window’s share of a year prorated by its days'} (a shorter run is the prefix of a longer one, replication by replication). ${splits.length > 0 ? `Runs to ${splits.join(', ')}, and the full run.` : 'No run but the full one was needed.'}`,
    },
  ];
  for (const r of b.rows) {
    const src = r.figure.observed.source;
    const rows: [string, string][] = [
      ['Figure', `${r.figure.title} (${r.figure.id})`],
      ['Counts', r.figure.counts],
      ['Window', `${r.figure.from} to ${r.figure.to}${r.prorated ? ' (partly prorated)' : ''}`],
    ];
    if (r.figure.windowSource.kind === 'assumption') {
      rows.push(['Window assumed', r.figure.windowSource.rationale]);
    }
    rows.push(['Source', src.kind === 'public' ? src.reference : r.figure.cite]);
    if (src.kind === 'public' && src.note !== undefined) rows.push(['Words', src.note]);
    rows.push(['Model', `${r.quantity} [${r.metrics.join(' + ')}]`], ['Like with like', r.like]);
    if (r.figure.differences !== undefined) rows.push(['Sources differ', r.figure.differences]);
    if (r.reason !== null) rows.push(['Not comparable', r.reason]);
    blocks.push({ kind: 'fields', rows });
  }
  return blocks;
}

const POST_LETTER_TITLE: Readonly<Record<PostLetterUse['kind'], string>> = {
  undeclared: 'UNDECLARED: a source after the letter no declaration covers',
  hindsight: 'Hindsight: a later observation cited in support of an assumption',
  'as-it-unfolded': 'The plan as it unfolded in 2021',
  'describes-2020': 'Published after the letter, about 2020',
  'time-invariant': 'A fact that does not change with the year',
  'plan-date': 'A planned date, not a source’s',
};

function postLetterBlocks(b: BacktestResult): Block[] {
  const blocks: Block[] = [
    h2(SECTION.hindsight),
    {
      kind: 'paragraph',
      text: `${postLetterCounts(b)}. Each is declared with why it may stand in a model validated against 2021 (POST_LETTER_SOURCES in the package's data); a source after the letter that no declaration covers fails the package's tests.`,
    },
  ];
  if (b.postLetter.length === 0) return blocks;
  blocks.push({
    kind: 'list',
    items: b.postLetter.map(
      (u) =>
        `${POST_LETTER_TITLE[u.kind]} (${u.paths.length} value${u.paths.length === 1 ? '' : 's'}: ${u.paths.slice(0, 3).join(', ')}${u.paths.length > 3 ? ', …' : ''}): “${u.match}”${u.why === '' ? '' : `. ${u.why}`}`,
    ),
  });
  return blocks;
}

function backtestBlocks(
  b: BacktestResult,
  format: 'table' | 'md' | 'html',
  options: ReportOptions,
): Block[] {
  if (format === 'table' && options.detail !== true) return backtestSummary(b, options);
  const m = b.meta;
  const blocks: Block[] = [
    ...backtestHeading(b, options),
    {
      kind: 'fields',
      rows: [
        ['Scenario', `${m.scenario.name}: ${m.scenario.title}`],
        ['Period', periodText(m.scenario.startDate, m.scenario.horizonDays)],
        [
          'Replications',
          `${m.replications.completed} of ${m.replications.requested}${m.replications.partial ? ' (interrupted)' : ''}, seed ${String(m.seed)}`,
        ],
        ['Interval', `${Math.round(m.level * 100)} % (5th to 95th percentile across replications)`],
        ['Verdicts', verdictSummary(b)],
      ],
    },
    {
      kind: 'paragraph',
      text: `The model rests on what was known by ${m.letterDate} (the Secretary-General’s letter S/2020/1282 and public sources on 2020), with the plan as it unfolded in 2021 where public; nothing in it was fitted to the figures below. Each figure is compared with the model quantity that counts the same thing over the same window.`,
    },
    verdictTable(b),
  ];
  if (
    format === 'html' &&
    options.charts !== false &&
    b.rows.some((r) => r.verdict !== 'not-comparable')
  ) {
    blocks.push({ kind: 'chart', title: 'The record against the model', svg: backtestChart(b) });
  }
  blocks.push(...lessonBlocks(b));
  const byReason = new Map<string, string[]>();
  for (const c of b.notCompared) {
    const list = byReason.get(c.reason) ?? [];
    list.push(`${c.figure.title} (${c.figure.cite}: ${observedText(c.figure)})`);
    byReason.set(c.reason, list);
  }
  blocks.push(h2(SECTION.notCovered), {
    kind: 'list',
    items: [...byReason].map(([reason, figures]) => `${figures.join('; ')}. ${reason}`),
  });
  blocks.push(...matchingBlocks(b));
  blocks.push(...postLetterBlocks(b));
  blocks.push(
    ...reproduceSection(
      [
        ['Seed', String(m.seed)],
        ['Replications', String(m.replications.requested)],
        ['Model', m.model],
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
 * The report of a backtest in a format:
 * - `table`: one screen — the question, the verdicts, each figure against the model's 90 %
 *   interval, the first suspects of the misses, where the rest is, the reproducing command; with
 *   `detail`, the briefing below as text;
 * - `md` and `html`: the briefing — the verdict table (with the chart in HTML), what the misses
 *   teach, what the model does not cover, how each figure is matched, what the scenario knows of
 *   the time after the letter, how to reproduce;
 * - `json`: the result itself plus `report` metadata (`kind: 'backtest'`);
 * - `csv`: one row per compared figure.
 *
 * @throws {@link InvalidArgumentError} for an unknown format
 * @example
 * ```ts
 * const b = await backtest(asItHappened2021, { replications: 200, seed: 2020, workers: 2 });
 * console.log(renderBacktest(b, 'table', { width: 100 }));
 * ```
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
