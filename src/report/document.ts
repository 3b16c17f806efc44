/**
 * A report as a list of blocks (headings, paragraphs, tables, charts), written once and rendered
 * three ways: fixed-width plain text, Markdown and HTML. Keeps the three formats saying the same
 * thing.
 *
 * @module
 */
import { longestFragment, truncate, wrapText } from './format.js';

/** A column of a {@link TableBlock}. */
export interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
  /** Wrap this column first when the table is too wide for plain text. */
  readonly wrap?: boolean;
}

/** A row separating groups of rows in a table. */
export interface GroupRow {
  readonly group: string;
}

/**
 * A table cell: text (a line break in it starts a new line of the cell in plain text), or text
 * with a second line that Markdown and HTML show in code type (a metric's name under its label,
 * a path under a parameter's label) and plain text leaves out unless `codeInText`.
 */
export type Cell =
  | string
  | { readonly text: string; readonly code?: string; readonly codeInText?: boolean };

/** A table; rows are cells aligned with `columns`, or group separators. */
export interface TableBlock {
  readonly kind: 'table';
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[] | GroupRow)[];
  /** A note printed under the table (what the interval is, abbreviations). */
  readonly note?: string;
}

/** A block of a report. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'fields'; readonly rows: readonly (readonly [string, string])[] }
  | TableBlock
  | { readonly kind: 'chart'; readonly title: string; readonly svg: string }
  /** A command: printed whole on a line of its own, never wrapped, so it copies and pastes. */
  | { readonly kind: 'code'; readonly text: string }
  /** Raw HTML, rendered only in HTML (e.g. a provenance table with classes). */
  | { readonly kind: 'html'; readonly html: string }
  /** Blocks an HTML page folds away under `summary` (Markdown and text show them in full). */
  | { readonly kind: 'details'; readonly summary: string; readonly blocks: readonly Block[] };

function isGroup(row: readonly Cell[] | GroupRow): row is GroupRow {
  return !Array.isArray(row);
}

/** The text of a cell in plain text. */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  return cell.codeInText === true && cell.code !== undefined
    ? `${cell.text}\n${cell.code}`
    : cell.text;
}

/** Default width of plain-text reports, in columns. */
export const TEXT_WIDTH = 100;

// ---------------------------------------------------------------------------------------------
// Plain text

const length = (s: string) => [...s].length;

/**
 * Renders blocks as fixed-width plain text: no line longer than `width` except a command (a
 * `code` block), which is printed whole on its own line so it copies and pastes. Charts are
 * left out.
 */
export function renderText(blocks: readonly Block[], width = TEXT_WIDTH): string {
  const out: string[] = [];
  const render = (list: readonly Block[]) => {
    for (const b of list) {
      switch (b.kind) {
        case 'heading': {
          if (out.length > 0 && out[out.length - 1] !== '') out.push('');
          const text = b.level === 1 ? b.text.toUpperCase() : b.text;
          const lines = wrapText(text, width);
          out.push(...lines);
          const under = Math.min(width, Math.max(...lines.map(length)));
          if (b.level < 3) out.push((b.level === 1 ? '=' : '-').repeat(under));
          break;
        }
        case 'paragraph':
          out.push(...wrapText(b.text, width));
          break;
        case 'list':
          for (const item of b.items) {
            wrapText(item, width - 2).forEach((l, i) => {
              out.push(`${i === 0 ? '- ' : '  '}${l}`);
            });
          }
          break;
        case 'fields':
          out.push(...textFields(b.rows, width));
          break;
        case 'table':
          out.push(...textTable(b, width));
          if (b.note !== undefined) out.push(...wrapText(b.note, width));
          break;
        case 'code':
          out.push(...b.text.split('\n'));
          break;
        case 'details':
          render(b.blocks);
          break;
        case 'chart':
        case 'html':
          break;
      }
    }
  };
  render(blocks);
  return `${out.join('\n')}\n`;
}

/** `key: value` lines, values aligned; a value with a piece too long for its column goes under its key. */
function textFields(rows: readonly (readonly [string, string])[], width: number): string[] {
  const out: string[] = [];
  const kw = Math.min(28, Math.max(...rows.map(([k]) => length(k))) + 1);
  for (const [k, v] of rows) {
    if (longestFragment(v) > width - kw - 1) {
      out.push(`${k}:`, ...wrapText(v, width - 2).map((l) => `  ${l}`));
      continue;
    }
    wrapText(v, width - kw - 1).forEach((l, i) => {
      out.push(`${(i === 0 ? `${k}:` : '').padEnd(kw)} ${l}`.trimEnd());
    });
  }
  return out;
}

/**
 * Lays out a table in at most `width` characters. Cells wrap between words (a path or a metric
 * name at its joints, see `wordFragments`), never mid-word; right-aligned cells (numbers) never
 * wrap. When the table is too wide, columns marked `wrap` narrow first, then the other
 * left-aligned columns, each down to its longest unbreakable piece; if it still does not fit,
 * the widest left-aligned column is cut to the room left and its longest pieces end with `…`.
 */
export function textTable(t: TableBlock, width: number): string[] {
  const n = t.columns.length;
  const gap = 2;
  const rows = t.rows.filter((r): r is readonly Cell[] => !isGroup(r));
  const texts = rows.map((r) => t.columns.map((_, j) => cellText(r[j])));
  const right = (j: number) => t.columns[j]?.align === 'right';
  // A column is never narrower than its header's longest word and (for numbers) its cells.
  const minimum = t.columns.map((c, j) =>
    Math.max(
      1,
      // A short header stays on one line ("B − A", "95 % CI").
      ...(length(c.header) <= 10 ? [length(c.header)] : c.header.split(' ').map(length)),
      ...texts.flatMap((r) =>
        (r[j] as string)
          .split('\n')
          .map((part) => (right(j) ? length(part) : longestFragment(part))),
      ),
    ),
  );
  const natural = t.columns.map((c, j) =>
    Math.max(
      minimum[j] as number,
      ...c.header.split(' ').map(length),
      ...texts.flatMap((r) => (r[j] as string).split('\n').map(length)),
    ),
  );
  const widths = [...natural];
  const total = () => widths.reduce((sum, w) => sum + w, 0) + gap * (n - 1);
  const shrink = (eligible: (j: number) => boolean, floor: (j: number) => number) => {
    while (total() > width) {
      let best = -1;
      for (let j = 0; j < n; j++) {
        const w = widths[j] as number;
        if (eligible(j) && w > floor(j) && (best < 0 || w > (widths[best] as number))) best = j;
      }
      if (best < 0) return;
      widths[best] = (widths[best] as number) - 1;
    }
  };
  const floorOf = (j: number) => minimum[j] as number;
  shrink(
    (j) => t.columns[j]?.wrap === true,
    (j) => Math.max(floorOf(j), Math.floor(width * 0.3)),
  );
  shrink((j) => !right(j), floorOf);
  shrink((j) => t.columns[j]?.wrap === true, floorOf);
  // Still too wide: cut the widest left-aligned column to what is left (at least 6).
  if (total() > width) {
    let best = -1;
    for (let j = 0; j < n; j++) {
      if (!right(j) && (best < 0 || (widths[j] as number) > (widths[best] as number))) best = j;
    }
    if (best >= 0) {
      const room = width - (total() - (widths[best] as number));
      widths[best] = Math.max(6, room);
    }
  }
  // Room to spare: widen columns so their headers fit on one line.
  for (let j = 0; j < n; j++) {
    const want = length(t.columns[j]?.header ?? '');
    const spare = width - total();
    if (spare <= 0) break;
    if (want > (widths[j] as number)) widths[j] = Math.min(want, (widths[j] as number) + spare);
  }
  const pad = (s: string, w: number, j: number) => {
    const fill = ' '.repeat(Math.max(0, w - length(s)));
    return right(j) ? fill + s : s + fill;
  };
  const line = (cells: readonly string[], header = false): string[] => {
    // A cell's own line breaks are kept; each of its lines wraps on its own (a number never).
    const wrapped = cells.map((c, j) =>
      c
        .split('\n')
        .flatMap((part) =>
          right(j) && !header
            ? [truncate(part, widths[j] as number)]
            : wrapText(part, widths[j] as number),
        ),
    );
    const h = Math.max(...wrapped.map((w) => w.length));
    const lines: string[] = [];
    for (let i = 0; i < h; i++) {
      lines.push(
        wrapped
          .map((w, j) => pad(w[i] ?? '', widths[j] as number, j))
          .join(' '.repeat(gap))
          .trimEnd(),
      );
    }
    return lines;
  };
  const out = [
    ...line(
      t.columns.map((c) => c.header),
      true,
    ),
    widths.map((w) => '-'.repeat(w)).join(' '.repeat(gap)),
  ];
  for (const r of t.rows) {
    if (isGroup(r)) out.push(...wrapText(`[${r.group}]`, width));
    else out.push(...line(t.columns.map((_, j) => cellText(r[j]))));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Markdown

function mdCell(cell: Cell | undefined): string {
  const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  if (cell === undefined) return '';
  if (typeof cell === 'string') return esc(cell);
  return cell.code === undefined ? esc(cell.text) : `${esc(cell.text)}<br>\`${esc(cell.code)}\``;
}

/** Renders blocks as GitHub-flavoured Markdown (charts referenced, not drawn). */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  const render = (list: readonly Block[]) => {
    for (const b of list) {
      switch (b.kind) {
        case 'heading':
          out.push(`${'#'.repeat(b.level)} ${b.text}`, '');
          break;
        case 'paragraph':
          out.push(b.text, '');
          break;
        case 'list':
          for (const item of b.items) out.push(`- ${item}`);
          out.push('');
          break;
        case 'fields':
          for (const [k, v] of b.rows) out.push(`- **${k}:** ${v}`);
          out.push('');
          break;
        case 'table': {
          const n = b.columns.length;
          out.push(`| ${b.columns.map((c) => mdCell(c.header)).join(' | ')} |`);
          out.push(
            `|${b.columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`,
          );
          for (const r of b.rows) {
            if (isGroup(r)) {
              out.push(`| **${mdCell(r.group)}** |${' |'.repeat(n - 1)}`);
            } else out.push(`| ${b.columns.map((_, j) => mdCell(r[j])).join(' | ')} |`);
          }
          out.push('');
          if (b.note !== undefined) out.push(`_${b.note}_`, '');
          break;
        }
        case 'chart':
          out.push(`_Chart “${b.title}”: drawn in the HTML report (\`--format html\`)._`, '');
          break;
        case 'code':
          out.push('```sh', b.text, '```', '');
          break;
        case 'details':
          render(b.blocks);
          break;
        case 'html':
          break;
      }
    }
  };
  render(blocks);
  return `${out.join('\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------------------------------------
// HTML

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** An SVG string ready to inline in HTML5 (the XML declaration and namespace URL removed). */
export function inlineSvg(svg: string): string {
  return svg.replace(/<\?xml[^>]*\?>\s*/, '').replace(/\s+xmlns="[^"]*"/, '');
}

/** The id of a section heading: `Key findings` → `key-findings`. */
export function sectionId(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  );
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
  color: #1a1a1a; background: #fff; line-height: 1.45; margin: 0 auto; max-width: 1100px; padding: 24px 32px; font-size: 16px; }
h1 { font-size: 1.9rem; margin: 0.2em 0 0.3em; }
h2 { font-size: 1.4rem; margin: 1.6em 0 0.5em; border-bottom: 2px solid #1f4e79; padding-bottom: 4px; color: #1f4e79; }
h3 { font-size: 1.15rem; margin: 1.2em 0 0.4em; }
nav.toc { font-size: 0.95rem; margin: 0.8em 0 0; padding: 6px 10px; background: #f3f6fa; border-left: 4px solid #1f4e79; }
nav.toc a { color: #1f4e79; margin-right: 14px; white-space: nowrap; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.92rem; width: 100%; }
th, td { border: 1px solid #b8b8b8; padding: 4px 8px; vertical-align: top; overflow-wrap: break-word; }
td.w, th.w { width: 40%; }
thead th { background: #e8eef5; text-align: left; }
td.r, th.r { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td .code { display: block; font-size: 0.8em; color: #555; }
tr.group th { background: #f3f3f3; text-align: left; font-weight: 600; }
tbody tr:nth-child(even) td { background: #fafafa; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
figure { margin: 1em 0 1.5em; break-inside: avoid; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; max-width: 960px; display: block; }
p.note { font-size: 0.88rem; color: #444; }
details { margin: 0.6em 0; } details > summary { cursor: pointer; font-weight: 600; color: #1f4e79; }
pre { background: #f4f4f4; border: 1px solid #ccc; padding: 8px 12px; overflow-x: auto; white-space: pre; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.92em; }
.kind-letter { color: #0b4f2c; } .kind-public { color: #1f4e79; } .kind-assumption { color: #7a4100; }
.quote { font-style: italic; }
@media print { body { max-width: none; padding: 0; font-size: 11pt; } h2 { break-after: avoid; } tr { break-inside: avoid; } details > * { display: block; } }
`;

/**
 * Renders blocks as a self-contained HTML page (inline CSS and SVG, nothing fetched). Each
 * level-2 heading opens a `<section>` whose id is {@link sectionId} of its text; a line of links
 * to the sections follows the first block of fields (the headline).
 */
export function renderHtml(blocks: readonly Block[], title: string): string {
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
  ];
  const sections = blocks.filter(
    (b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 2,
  );
  const nav =
    sections.length < 2
      ? ''
      : `<nav class="toc" aria-label="Sections">${sections
          .map((h) => `<a href="#${sectionId(h.text)}">${escapeHtml(h.text)}</a>`)
          .join(' ')}</nav>`;
  let navDone = nav === '';
  let open = false;
  const render = (list: readonly Block[], top: boolean) => {
    for (const b of list) {
      switch (b.kind) {
        case 'heading':
          if (top && b.level === 2) {
            if (!navDone) {
              out.push(nav);
              navDone = true;
            }
            if (open) out.push('</section>');
            out.push(`<section id="${sectionId(b.text)}">`);
            open = true;
            out.push(`<h2>${escapeHtml(b.text)}</h2>`);
          } else out.push(`<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`);
          break;
        case 'paragraph':
          out.push(`<p>${escapeHtml(b.text)}</p>`);
          break;
        case 'list':
          out.push('<ul>', ...b.items.map((i) => `<li>${escapeHtml(i)}</li>`), '</ul>');
          break;
        case 'fields':
          out.push('<dl class="fields">');
          for (const [k, v] of b.rows)
            out.push(`<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`);
          out.push('</dl>');
          if (top && !navDone) {
            out.push(nav);
            navDone = true;
          }
          break;
        case 'table':
          out.push(htmlTable(b));
          break;
        case 'chart':
          out.push(`<figure aria-label="${escapeHtml(b.title)}">${inlineSvg(b.svg)}</figure>`);
          break;
        case 'code':
          out.push(`<pre><code>${escapeHtml(b.text)}</code></pre>`);
          break;
        case 'html':
          out.push(b.html);
          break;
        case 'details':
          out.push(`<details><summary>${escapeHtml(b.summary)}</summary>`);
          render(b.blocks, false);
          out.push('</details>');
          break;
      }
    }
  };
  render(blocks, true);
  if (open) out.push('</section>');
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}

/**
 * A path or metric name for HTML, free to break after its dots and before its brackets (and
 * nowhere else: a word of prose or a number never breaks).
 */
export function breakablePath(s: string): string {
  return escapeHtml(s).replace(/\./g, '.<wbr>').replace(/\[/g, '<wbr>[');
}

function htmlCell(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return escapeHtml(cell).replace(/\n/g, '<br>');
  const code =
    cell.code === undefined ? '' : `<code class="code">${breakablePath(cell.code)}</code>`;
  return `${escapeHtml(cell.text)}${code}`;
}

function htmlTable(t: TableBlock): string {
  // The last column marked `wrap` (a rationale, a description) takes 40 % of the width, so the
  // others keep room for their words.
  let wide = -1;
  t.columns.forEach((c, j) => {
    if (c.wrap === true) wide = j;
  });
  const cls = (j: number) =>
    t.columns[j]?.align === 'right' ? ' class="r"' : j === wide ? ' class="w"' : '';
  const rows: string[] = [
    '<table>',
    `<thead><tr>${t.columns.map((c, j) => `<th${cls(j)}>${escapeHtml(c.header)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
  ];
  for (const r of t.rows) {
    if (isGroup(r)) {
      rows.push(
        `<tr class="group"><th colspan="${t.columns.length}">${escapeHtml(r.group)}</th></tr>`,
      );
    } else {
      rows.push(
        `<tr>${t.columns.map((_, j) => `<td${cls(j)}>${htmlCell(r[j])}</td>`).join('')}</tr>`,
      );
    }
  }
  rows.push('</tbody>', '</table>');
  if (t.note !== undefined) rows.push(`<p class="note">${escapeHtml(t.note)}</p>`);
  return rows.join('\n');
}
