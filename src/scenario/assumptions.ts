/**
 * The assumptions and sources behind a scenario, for reports: every value whose source is a
 * stated assumption (with its rationale and whether it was fitted), every sourced value with
 * its kind, and a fixed-width text table of the assumptions.
 *
 * @module
 */

import { joinPath } from '../model/paths.js';
import type { Source } from '../model/provenance.js';
import type { DistributionSpec } from '../random/spec.js';
import { describeSpec } from '../random/spec.js';

/** One assumption of a scenario. */
export interface AssumptionRow {
  /** Where the assumption sits, e.g. `mission.routes[3].convoySpeedKmh`. */
  readonly path: string;
  /** The assumed value, rendered: a number, a distribution label, a date or coordinates. */
  readonly value: string;
  /** Why this value. */
  readonly rationale: string;
  /** True when the value was fitted to reproduce a figure of the letter. */
  readonly fitted: boolean;
}

/** One sourced value of a scenario. */
export interface SourceRow {
  /** Where the value sits. */
  readonly path: string;
  /** The value, rendered as in {@link AssumptionRow}. */
  readonly value: string;
  /** Kind of source. */
  readonly kind: Source['kind'];
  /** The quote (letter), the reference and note (public) or the rationale (assumption). */
  readonly text: string;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isSource(x: unknown): x is Source {
  if (!isRecord(x)) return false;
  return (
    (x.kind === 'letter' && typeof x.quote === 'string') ||
    (x.kind === 'public' && typeof x.reference === 'string') ||
    (x.kind === 'assumption' && typeof x.rationale === 'string')
  );
}

function formatNumber(x: number): string {
  return String(Number(x.toPrecision(6)));
}

/** Renders a value for a table: numbers to 6 significant digits, distributions by label. */
export function renderValue(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (isRecord(value) && typeof value.dist === 'string')
    return describeSpec(value as unknown as DistributionSpec);
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json;
}

/** What an object carrying a source stands for, rendered. */
function ownerValue(owner: Record<string, unknown>): string {
  if (Object.hasOwn(owner, 'value')) return renderValue(owner.value);
  if (typeof owner.latDeg === 'number' && typeof owner.lonDeg === 'number') {
    return `${formatNumber(owner.latDeg)}, ${formatNumber(owner.lonDeg)}`;
  }
  if (typeof owner.name === 'string') return owner.name;
  if (typeof owner.id === 'string') return owner.id;
  return '';
}

function sourceText(source: Source): string {
  switch (source.kind) {
    case 'letter':
      return `« ${source.quote} » (${source.section})`;
    case 'public':
      return source.note === undefined ? source.reference : `${source.reference} (${source.note})`;
    case 'assumption':
      return source.rationale;
  }
}

interface Found {
  readonly path: string;
  readonly value: string;
  readonly source: Source;
}

/** Every source in `root`, with the path of what it covers, in walk order. */
function walkSources(root: unknown): Found[] {
  const found: Found[] = [];
  const stack: { node: unknown; path: string; depth: number }[] = [
    { node: root, path: '', depth: 0 },
  ];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop() as { node: unknown; path: string; depth: number };
    if (typeof node !== 'object' || node === null || depth > 64) continue;
    const children: { node: unknown; path: string; depth: number }[] = [];
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        children.push({ node: node[i], path: joinPath(path, i), depth: depth + 1 });
      }
    } else {
      const rec = node as Record<string, unknown>;
      for (const key of Object.keys(rec)) {
        const child = rec[key];
        if (key === 'source' && isSource(child)) {
          found.push({ path, value: ownerValue(rec), source: child });
        } else if (key === 'dateSource' && isSource(child)) {
          found.push({
            path: joinPath(path, 'dateSource'),
            value: typeof rec.date === 'string' ? rec.date : '',
            source: child,
          });
        } else if (key === 'periodSource' && isSource(child)) {
          found.push({
            path: joinPath(path, 'periodSource'),
            value: `${String(rec.periodStart)} to ${String(rec.periodEnd)}`,
            source: child,
          });
        } else {
          children.push({ node: child, path: joinPath(path, key), depth: depth + 1 });
        }
      }
    }
    for (let i = children.length - 1; i >= 0; i--)
      stack.push(children[i] as (typeof children)[number]);
  }
  return found;
}

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(SEGMENT))
    out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}

/** Orders paths segment by segment, indices numerically (`a[2]` before `a[10]`). */
export function comparePaths(a: string, b: string): number {
  const sa = segments(a);
  const sb = segments(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const x = sa[i] as string | number;
    const y = sb[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return sa.length - sb.length;
}

/**
 * Every value of `scenario` whose source is a stated assumption, ordered by path: Sourced
 * parameters and mission figures, approximate coordinates, assumed plan-step dates.
 *
 * @example
 * ```ts
 * for (const row of listAssumptions(minusma2020)) console.log(row.path, row.value, row.rationale);
 * ```
 */
export function listAssumptions(scenario: unknown): AssumptionRow[] {
  return walkSources(scenario)
    .filter((f) => f.source.kind === 'assumption')
    .map((f) => {
      const source = f.source as Extract<Source, { kind: 'assumption' }>;
      return {
        path: f.path,
        value: f.value,
        rationale: source.rationale,
        fitted: source.fitted === true,
      };
    })
    .sort((a, b) => comparePaths(a.path, b.path));
}

/** Every sourced value of `scenario` (letter, public or assumption), ordered by path. */
export function listSources(scenario: unknown): SourceRow[] {
  return walkSources(scenario)
    .map((f) => ({ path: f.path, value: f.value, kind: f.source.kind, text: sourceText(f.source) }))
    .sort((a, b) => comparePaths(a.path, b.path));
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let w = word;
    while (w.length > width) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      lines.push(w.slice(0, width));
      w = w.slice(width);
    }
    if (line === '') line = w;
    else if (line.length + 1 + w.length <= width) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Options of {@link formatAssumptionsTable}. */
export interface AssumptionsTableOptions {
  /** Total width of a line in characters (default 120, at least 60). */
  readonly width?: number;
}

/**
 * A fixed-width text table of assumptions: path, value, `F` for fitted values, and the rationale
 * wrapped to the remaining width. Long paths and values wrap in their own columns too.
 *
 * @example
 * ```ts
 * console.log(formatAssumptionsTable(listAssumptions(minusma2020)));
 * ```
 */
export function formatAssumptionsTable(
  rows: readonly AssumptionRow[],
  options: AssumptionsTableOptions = {},
): string {
  const width = Math.max(60, Math.floor(options.width ?? 120));
  const pathWidth = Math.min(48, Math.max(4, ...rows.map((r) => r.path.length)));
  const valueWidth = Math.min(28, Math.max(5, ...rows.map((r) => r.value.length)));
  const fittedWidth = 3;
  const gap = 2;
  const rationaleWidth = Math.max(20, width - pathWidth - valueWidth - fittedWidth - 3 * gap);
  const cell = (s: string, w: number): string => s.padEnd(w);
  const row = (p: string, v: string, f: string, r: string): string =>
    `${cell(p, pathWidth)}  ${cell(v, valueWidth)}  ${cell(f, fittedWidth)}  ${r}`.trimEnd();
  const out: string[] = [
    row('path', 'value', 'fit', 'rationale'),
    row(
      '-'.repeat(pathWidth),
      '-'.repeat(valueWidth),
      '-'.repeat(fittedWidth),
      '-'.repeat(rationaleWidth),
    ),
  ];
  for (const r of rows) {
    const p = wrap(r.path, pathWidth);
    const v = wrap(r.value, valueWidth);
    const t = wrap(r.rationale, rationaleWidth);
    const n = Math.max(p.length, v.length, t.length);
    for (let i = 0; i < n; i++) {
      out.push(row(p[i] ?? '', v[i] ?? '', i === 0 && r.fitted ? 'F' : '', t[i] ?? ''));
    }
  }
  return out.join('\n');
}
