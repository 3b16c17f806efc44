/**
 * A report as a list of blocks (headings, paragraphs, tables, charts), written once and rendered
 * three ways: fixed-width plain text, Markdown and HTML. Keeps the three formats saying the same
 * thing.
 *
 * @module
 */
import { wrapText } from './format.js';

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

/** A table; rows are cells aligned with `columns`, or group separators. */
export interface TableBlock {
  readonly kind: 'table';
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[] | GroupRow)[];
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
  | { readonly kind: 'code'; readonly text: string }
  /** Raw HTML, rendered only in HTML (e.g. a provenance table with classes). */
  | { readonly kind: 'html'; readonly html: string };

function isGroup(row: readonly string[] | GroupRow): row is GroupRow {
  return !Array.isArray(row);
}

// ---------------------------------------------------------------------------------------------
// Plain text

/** Renders blocks as fixed-width plain text, no line longer than `width` (charts omitted). */
export function renderText(blocks: readonly Block[], width = 100): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading': {
        if (out.length > 0) out.push('');
        const text = b.level === 1 ? b.text.toUpperCase() : b.text;
        for (const l of wrapText(text, width)) out.push(l);
        const under = Math.min(width, Math.max(...wrapText(text, width).map((l) => l.length)));
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
      case 'fields': {
        const kw = Math.min(28, Math.max(...b.rows.map(([k]) => k.length)) + 1);
        for (const [k, v] of b.rows) {
          const lines = wrapText(v, width - kw - 1);
          lines.forEach((l, i) => {
            out.push(`${(i === 0 ? `${k}:` : '').padEnd(kw)} ${l}`.trimEnd());
          });
        }
        break;
      }
      case 'table':
        out.push(...textTable(b, width));
        if (b.note !== undefined) out.push(...wrapText(b.note, width));
        break;
      case 'code':
        for (const l of b.text.split('\n'))
          out.push(...wrapText(l, width - 2).map((x) => `  ${x}`));
        break;
      case 'chart':
      case 'html':
        break;
    }
  }
  return `${out.join('\n')}\n`;
}

/** Lays out a table in at most `width` characters, wrapping the widest left-aligned columns. */
export function textTable(t: TableBlock, width: number): string[] {
  const n = t.columns.length;
  const gap = 2;
  // Headers wrap at spaces, so a column is as wide as its cells and its header's longest word.
  const natural = t.columns.map((c, j) =>
    Math.max(
      ...c.header.split(' ').map((w) => w.length),
      ...t.rows.map((r) => (isGroup(r) ? 0 : (r[j] ?? '').length)),
    ),
  );
  const widths = [...natural];
  const total = () => widths.reduce((sum, w) => sum + w, 0) + gap * (n - 1);
  // Too wide: narrow the widest shrinkable column one character at a time: columns marked
  // `wrap` down to 40 % of the width, then any left-aligned column down to 12, then the `wrap`
  // columns down to 10.
  const passes = [
    { wrapOnly: true, min: Math.floor(width * 0.4) },
    { wrapOnly: false, min: 12 },
    { wrapOnly: true, min: 10 },
  ];
  for (const pass of passes) {
    while (total() > width) {
      let best = -1;
      for (let j = 0; j < n; j++) {
        const c = t.columns[j];
        const w = widths[j] as number;
        const ok = pass.wrapOnly ? c?.wrap === true : c?.align === 'left';
        if (ok && w > pass.min && (best < 0 || w > (widths[best] as number))) best = j;
      }
      if (best < 0) break;
      widths[best] = (widths[best] as number) - 1;
    }
  }
  // Room to spare: widen columns so their headers fit on one line.
  for (let j = 0; j < n; j++) {
    const want = t.columns[j]?.header.length ?? 0;
    const spare = width - total();
    if (spare <= 0) break;
    if (want > (widths[j] as number)) widths[j] = Math.min(want, (widths[j] as number) + spare);
  }
  const line = (cells: readonly string[]): string[] => {
    const wrapped = cells.map((c, j) => wrapText(c, widths[j] as number));
    const h = Math.max(...wrapped.map((w) => w.length));
    const lines: string[] = [];
    for (let i = 0; i < h; i++) {
      lines.push(
        wrapped
          .map((w, j) => {
            const cell = w[i] ?? '';
            const cw = widths[j] as number;
            return t.columns[j]?.align === 'right' ? cell.padStart(cw) : cell.padEnd(cw);
          })
          .join(' '.repeat(gap))
          .trimEnd(),
      );
    }
    return lines;
  };
  const out = [
    ...line(t.columns.map((c) => c.header)),
    widths.map((w) => '-'.repeat(w)).join(' '.repeat(gap)),
  ];
  for (const r of t.rows) {
    if (isGroup(r)) out.push(...wrapText(`[${r.group}]`, width));
    else out.push(...line(r));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Markdown

function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Renders blocks as GitHub-flavoured Markdown (charts referenced, not drawn). */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
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
        out.push(`|${b.columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`);
        for (const r of b.rows) {
          if (isGroup(r)) {
            out.push(`| **${mdCell(r.group)}** |${' |'.repeat(n - 1)}`);
          } else out.push(`| ${r.map(mdCell).join(' | ')} |`);
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
      case 'html':
        break;
    }
  }
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

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
  color: #1a1a1a; background: #fff; line-height: 1.45; margin: 0 auto; max-width: 1100px; padding: 24px 32px; font-size: 16px; }
h1 { font-size: 1.9rem; margin: 0.2em 0 0.3em; }
h2 { font-size: 1.4rem; margin: 1.6em 0 0.5em; border-bottom: 2px solid #1f4e79; padding-bottom: 4px; color: #1f4e79; }
h3 { font-size: 1.15rem; margin: 1.2em 0 0.4em; }
p.question { font-size: 1.15rem; font-style: italic; border-left: 4px solid #1f4e79; padding-left: 12px; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.92rem; width: 100%; }
th, td { border: 1px solid #b8b8b8; padding: 4px 8px; vertical-align: top; }
thead th { background: #e8eef5; text-align: left; }
td.r, th.r { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.group th { background: #f3f3f3; text-align: left; font-weight: 600; }
tbody tr:nth-child(even) td { background: #fafafa; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; word-break: break-all; }
figure { margin: 1em 0 1.5em; break-inside: avoid; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; max-width: 960px; display: block; }
p.note { font-size: 0.88rem; color: #444; }
pre { background: #f4f4f4; border: 1px solid #ccc; padding: 8px 12px; overflow-x: auto; white-space: pre-wrap; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.92em; }
.kind-letter { color: #0b4f2c; } .kind-public { color: #1f4e79; } .kind-assumption { color: #7a4100; }
.quote { font-style: italic; }
@media print { body { max-width: none; padding: 0; font-size: 11pt; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

/** Renders blocks as a self-contained HTML page (inline CSS and SVG, nothing fetched). */
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
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`);
        break;
      case 'paragraph':
        out.push(`<p>${escapeHtml(b.text)}</p>`);
        break;
      case 'list':
        out.push('<ul>', ...b.items.map((i) => `<li>${escapeHtml(i)}</li>`), '</ul>');
        break;
      case 'fields':
        out.push('<dl class="fields">');
        for (const [k, v] of b.rows) out.push(`<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`);
        out.push('</dl>');
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
    }
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}

function htmlTable(t: TableBlock): string {
  const cls = (j: number) => (t.columns[j]?.align === 'right' ? ' class="r"' : '');
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
      rows.push(`<tr>${r.map((c, j) => `<td${cls(j)}>${escapeHtml(c)}</td>`).join('')}</tr>`);
    }
  }
  rows.push('</tbody>', '</table>');
  if (t.note !== undefined) rows.push(`<p class="note">${escapeHtml(t.note)}</p>`);
  return rows.join('\n');
}
