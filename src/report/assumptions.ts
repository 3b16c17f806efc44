/**
 * The assumptions of a scenario in a report: which to read first (measured by
 * `rankParameters` when a ranking is given, otherwise a reading order), grouped by capability,
 * with paths in the form every command accepts; and the sources of every figure.
 *
 * @module
 */
import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import type { ParameterRanking, RankedParameter } from '../experiment/influence.js';
import { describeParameter, readablePath } from '../experiment/parameters.js';
import { walkPath } from '../model/paths.js';
import type { AssumptionRow } from '../scenario/assumptions.js';
import { listSources, renderValue } from '../scenario/assumptions.js';
import { csvLine } from './csv.js';
import {
  type Block,
  breakablePath,
  type Cell,
  escapeHtml,
  type GroupRow,
  renderHtml,
  renderMarkdown,
  renderText,
  TEXT_WIDTH,
} from './document.js';
import { formatNumbers, formatSigned, MISSING } from './format.js';
import { metricInfo } from './metrics.js';

/**
 * Rank of an assumption for "the assumptions that drive results": values fitted to the letter
 * first, then the parameters of the dynamics, then plan dates and plan figures, then mission
 * figures (routes, units, areas), coordinates last.
 */
function rank(row: AssumptionRow): number {
  if (row.fitted) return 0;
  if (row.path.startsWith('parameters.ied.mitigations')) return 2;
  if (row.path.startsWith('parameters.')) return 1;
  if (row.path.startsWith('plan')) return 3;
  if (row.path.includes('.location')) return 9;
  if (/incidentAreas|routes\[\d+\]\.(iedThreatWeight|movementsPerMonth)/.test(row.path)) return 4;
  if (/medical|aircraft|armouredFleet/.test(row.path)) return 5;
  if (/noticeToMoveMin/.test(row.path)) return 6;
  return 7;
}

/**
 * Orders assumptions by how directly they drive results (see the ranking in this module), ties
 * by path. A reading order: `rankParameters` measures which ones move the headline metrics.
 */
export function rankAssumptions(rows: readonly AssumptionRow[]): AssumptionRow[] {
  return rows
    .map((r, i) => ({ r, i, k: rank(r) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.r);
}

/**
 * The path of an assumption in the form every command accepts, array elements by id
 * (`mission.units[north-quick-reaction-force].noticeToMoveMin`); a plan step's assumed date as the step's `date`,
 * which is what `--param` sets.
 */
export function settablePath(scenario: Scenario | undefined, path: string): string {
  const p = path.replace(/\.dateSource$/, '.date');
  if (scenario === undefined) return p;
  const w = walkPath(scenario, p);
  return w.complete ? readablePath(scenario, w.segments) : p;
}

/** Units a label leaves out: the value says it (0.035, 0.5). */
const UNITLESS = new Set(['', 'probability', 'share', 'ratio', 'multiplier']);

/** An assumption as a table cell: its declared label (and unit) with its path, or its path alone. */
export function assumptionCell(scenario: Scenario | undefined, path: string): Cell {
  const p = settablePath(scenario, path);
  const d = scenario === undefined ? undefined : describeParameter(scenario, p);
  if (d === undefined || d.label === d.path) return p;
  return { text: `${d.label}${UNITLESS.has(d.unit) ? '' : ` (${d.unit})`}`, code: p };
}

/** A table of assumptions (assumption, value, fitted, rationale). */
export function assumptionsTable(
  rows: readonly AssumptionRow[],
  scenario?: Scenario,
): Extract<Block, { kind: 'table' }> {
  return {
    kind: 'table',
    columns: [
      { header: 'Assumption', align: 'left' },
      { header: 'Value', align: 'left' },
      { header: 'Fitted', align: 'left' },
      { header: 'Rationale', align: 'left', wrap: true },
    ],
    rows: rows.map((r) => [
      assumptionCell(scenario, r.path),
      r.value,
      r.fitted ? 'yes' : '',
      r.rationale,
    ]),
  };
}

/** Options of {@link renderAssumptions}. */
export interface AssumptionsReportOptions {
  /** The scenario the rows come from: paths by id, labels and units from the declarations. */
  readonly scenario?: Scenario | undefined;
  /** The ranking of its parameters (`rankParameters`): the assumptions are shown by influence. */
  readonly ranking?: ParameterRanking | undefined;
  /** Every assumption (default: the `top` most influential, or first in reading order). */
  readonly all?: boolean | undefined;
  /** How many a short report shows (default 20). */
  readonly top?: number | undefined;
  /** Width of a `table` report in columns (default 100). */
  readonly width?: number | undefined;
  /** How the command line names the scenario, for the pointer to `--all` (default its name). */
  readonly scenarioRef?: string | undefined;
}

/** One assumption with what the ranking says of it. */
interface Entry {
  readonly row: AssumptionRow;
  readonly path: string;
  readonly group: string;
  readonly ranked?: RankedParameter;
}

/** The group of an assumption: its capability's title, or the part of the mission or the plan. */
function groupOf(scenario: Scenario | undefined, path: string): string {
  if (scenario !== undefined) {
    const d = describeParameter(scenario, path);
    if (d?.capability !== undefined) return d.capability.title;
  }
  const m = /^mission\.([A-Za-z]+)/.exec(path);
  if (m !== null) {
    const part = (m[1] as string).replace(/([A-Z])/g, ' $1').toLowerCase();
    return `Mission: ${part}`;
  }
  if (path.startsWith('plan')) return 'Plan';
  if (path.startsWith('parameters.')) return `Parameters: ${path.split('.')[1] ?? ''}`;
  return 'Other';
}

function entries(
  rows: readonly AssumptionRow[],
  options: AssumptionsReportOptions,
): { ordered: Entry[]; ranked: boolean } {
  const sc = options.scenario;
  const byPath = new Map<string, RankedParameter>();
  for (const r of options.ranking?.rows ?? []) byPath.set(r.path, r);
  const list: Entry[] = rows.map((row) => {
    const path = settablePath(sc, row.path);
    const ranked = byPath.get(path);
    return { row, path, group: groupOf(sc, path), ...(ranked === undefined ? {} : { ranked }) };
  });
  if (options.ranking === undefined) {
    const order = new Map(rankAssumptions(rows).map((r, i) => [r, i]));
    return {
      ordered: list.sort((a, b) => (order.get(a.row) ?? 0) - (order.get(b.row) ?? 0)),
      ranked: false,
    };
  }
  // Ranked parameters by rank, then the rest in reading order.
  const order = new Map(rankAssumptions(rows).map((r, i) => [r, i]));
  return {
    ordered: list.sort((a, b) => {
      const ra = a.ranked?.rank ?? Number.POSITIVE_INFINITY;
      const rb = b.ranked?.rank ?? Number.POSITIVE_INFINITY;
      if (ra !== rb) return ra < rb ? -1 : 1;
      return (order.get(a.row) ?? 0) - (order.get(b.row) ?? 0);
    }),
    ranked: true,
  };
}

/** Groups entries by capability, groups in the order of their first entry. */
function grouped(list: readonly Entry[]): (Entry | GroupRow)[] {
  const groups = new Map<string, Entry[]>();
  for (const e of list) {
    const g = groups.get(e.group);
    if (g === undefined) groups.set(e.group, [e]);
    else g.push(e);
  }
  return [...groups].flatMap(([group, es]) => [{ group } as GroupRow, ...es]);
}

/** The effect cell: `+2.3 SD: Fleet readiness (time average)`. */
function effectText(r: RankedParameter, ranking: ParameterRanking): string {
  const e = r.effects[r.metric];
  if (e === undefined || !(r.influence > 0)) return 'none detected';
  const [v] = formatNumbers([e.standardised]);
  return `${formatSigned(e.standardised, v)} SD: ${metricInfo(r.metric, ranking.meta.metrics).label}`;
}

/** The plausible range a parameter was swung over, as declared (`7 to 28`, `5 to 15 (mean)`). */
function rangeText(r: RankedParameter): string {
  return `${renderValue(r.lowShown)} to ${renderValue(r.highShown)}${r.distribution === true ? ' (mean)' : ''}`;
}

/** An assumption in a plain-text cell: its label, then the path --param takes, then its value. */
function textCell(sc: Scenario | undefined, e: Entry): string {
  const cell = assumptionCell(sc, e.row.path);
  const value = `= ${e.row.value}${e.row.fitted ? ' (fitted)' : ''}`;
  return typeof cell === 'string' ? `${cell}\n${value}` : `${cell.text}\n${cell.code}\n${value}`;
}

/** Skipped parameters, those skipped for the same reason together. */
function skippedText(ranking: ParameterRanking): string {
  const byReason = new Map<string, string[]>();
  for (const s of ranking.skipped) {
    const list = byReason.get(s.reason);
    if (list === undefined) byReason.set(s.reason, [s.label]);
    else list.push(s.label);
  }
  return `Not swung: ${[...byReason].map(([reason, labels]) => `${labels.join(', ')} (${reason})`).join('; ')}.`;
}

function blocksOf(
  rows: readonly AssumptionRow[],
  options: AssumptionsReportOptions,
  format: 'table' | 'md' | 'html',
): Block[] {
  const sc = options.scenario;
  const ranking = options.ranking;
  const { ordered, ranked } = entries(rows, options);
  const top = options.top ?? 20;
  const all = options.all === true;
  const shown = all ? ordered : ordered.slice(0, top);
  const fitted = rows.filter((r) => r.fitted).length;
  const name = sc?.name ?? options.scenarioRef;
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 1,
      text: `Stated assumptions${name === undefined ? '' : ` of ${name}`}`,
    },
  ];
  const intro = `${rows.length} values no source gives, each with the rationale for its value; ${fitted} fitted so that the model reproduces a figure of the letter.`;
  if (ranking !== undefined && ranked) {
    blocks.push({
      kind: 'paragraph',
      text: `${intro} The ${ranking.rows.length} that are model parameters with a plausible range were each swung over it, one at a time (${ranking.meta.replications} replications per run, seed ${String(ranking.meta.seed)}, common random numbers), and are ranked by their largest effect on a headline metric, in run-to-run standard deviations (SD) of that metric: + when the metric rises from the low to the high end of the range. Paths are what --param takes.${ranking.meta.complete ? '' : ' Cancelled: only the parameters run are ranked.'}`,
    });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: `${intro} Not ranked by effect (--no-rank): in a reading order, values fitted to the letter first, then the parameters of the dynamics, plan dates and mission figures.`,
    });
  }
  const text = format === 'table';
  const withRationale = all || !text;
  const columns = [
    ...(ranked ? [{ header: '#', align: 'right' as const }] : []),
    {
      header: text ? 'Assumption, path and value' : 'Assumption',
      align: 'left' as const,
    },
    ...(text ? [] : [{ header: 'Value', align: 'left' as const }]),
    ...(ranked
      ? [
          { header: 'Plausible range', align: 'left' as const },
          { header: 'Largest effect', align: 'left' as const, wrap: true },
        ]
      : []),
    ...(withRationale ? [{ header: 'Rationale', align: 'left' as const, wrap: true }] : []),
  ];
  const tableRows = grouped(shown).map((e): readonly Cell[] | GroupRow => {
    if ('group' in e && !('row' in e)) return e;
    const x = e as Entry;
    const r = x.ranked;
    const cells: Cell[] = [];
    if (ranked) cells.push(r === undefined ? '' : String(r.rank));
    if (text) cells.push(textCell(sc, x));
    else
      cells.push(assumptionCell(sc, x.row.path), x.row.value + (x.row.fitted ? ' (fitted)' : ''));
    if (ranked) {
      cells.push(
        r === undefined ? '' : rangeText(r),
        r === undefined || ranking === undefined ? '' : effectText(r, ranking),
      );
    }
    if (withRationale) cells.push(x.row.rationale);
    return cells;
  });
  blocks.push({ kind: 'table', columns, rows: tableRows });
  if (shown.length < ordered.length) {
    const rest = ordered.length - shown.length;
    blocks.push({
      kind: 'paragraph',
      text: `${rest} more (${ranked ? 'lower ranked parameters, then ' : ''}mission figures, plan dates and coordinates) and every rationale: add --all.`,
    });
  }
  if (ranking !== undefined && ranking.skipped.length > 0) {
    blocks.push({ kind: 'paragraph', text: skippedText(ranking) });
  }
  return blocks;
}

/**
 * The assumptions of a scenario (as `listAssumptions` gives them) in a report format: a table
 * grouped by capability, the top 20 by influence when `options.ranking` is given (or in a
 * reading order), every one with `options.all`; `table` (plain text, at most `width` columns),
 * `md`, `html`, `json` (an array of the rows, with `rank`, `influence`, `metric` when ranked) or
 * `csv` (header `path,value,fitted,rationale`, plus `rank,influence,metric` when ranked).
 *
 * @example
 * ```ts
 * process.stdout.write(renderAssumptions(listAssumptions(minusma2020), 'table', { scenario: minusma2020 }));
 * ```
 */
export function renderAssumptions(
  rows: readonly AssumptionRow[],
  format: 'table' | 'md' | 'json' | 'csv' | 'html',
  options: AssumptionsReportOptions = {},
): string {
  const ranks = new Map<string, RankedParameter>();
  for (const r of options.ranking?.rows ?? []) ranks.set(r.path, r);
  const rankOf = (row: AssumptionRow) => ranks.get(settablePath(options.scenario, row.path));
  switch (format) {
    case 'json': {
      if (options.ranking === undefined) return `${JSON.stringify(rows, null, 2)}\n`;
      const out = rows.map((row) => {
        const r = rankOf(row);
        return r === undefined
          ? row
          : { ...row, rank: r.rank, influence: r.influence, metric: r.metric };
      });
      return `${JSON.stringify(out, null, 2)}\n`;
    }
    case 'csv': {
      const ranked = options.ranking !== undefined;
      const head = [
        'path',
        'value',
        'fitted',
        'rationale',
        ...(ranked ? ['rank', 'influence', 'metric'] : []),
      ];
      return [
        csvLine(head),
        ...rows.map((row) => {
          const base = [row.path, row.value, row.fitted ? 'true' : 'false', row.rationale];
          if (!ranked) return csvLine(base);
          const r = rankOf(row);
          return csvLine([...base, r?.rank, r?.influence, r?.metric]);
        }),
      ]
        .map((l) => `${l}\r\n`)
        .join('');
    }
    case 'md':
      return renderMarkdown(blocksOf(rows, options, 'md'));
    case 'html':
      return renderHtml(blocksOf(rows, options, 'html'), 'Stated assumptions');
    default:
      return renderText(blocksOf(rows, options, 'table'), options.width ?? TEXT_WIDTH);
  }
}

/**
 * HTML table of every sourced value of a scenario (letter quote in French, public reference,
 * or assumption rationale), grouped by kind of source.
 */
export function provenanceHtml(scenario: unknown): string {
  const rows = listSources(scenario);
  const kinds: { kind: 'letter' | 'public' | 'assumption'; title: string; header: string }[] = [
    {
      kind: 'letter',
      title: 'Figures of the letter',
      header: 'Quote (French original) and section',
    },
    { kind: 'public', title: 'Public sources', header: 'Reference' },
    { kind: 'assumption', title: 'Stated assumptions', header: 'Rationale' },
  ];
  const out: string[] = [];
  for (const k of kinds) {
    const sel = rows.filter((r) => r.kind === k.kind);
    out.push(`<h3>${escapeHtml(k.title)} (${sel.length})</h3>`);
    out.push(
      `<table class="provenance kind-${k.kind}"><thead><tr><th>Path</th><th>Value</th><th>${escapeHtml(k.header)}</th></tr></thead><tbody>`,
    );
    for (const r of sel) {
      const text =
        k.kind === 'letter'
          ? `<span class="quote" lang="fr">${escapeHtml(r.text)}</span>`
          : escapeHtml(r.text);
      out.push(
        `<tr><td><code>${breakablePath(r.path)}</code></td><td>${escapeHtml(r.value || MISSING)}</td><td>${text}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  return out.join('\n');
}
