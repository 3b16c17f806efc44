/**
 * The assumptions table of a report: which stated assumptions to show first, and the table in
 * every format.
 *
 * @module
 */
import type { AssumptionRow } from '../scenario/assumptions.js';
import { listSources } from '../scenario/assumptions.js';
import { csvLine } from './csv.js';
import { type Block, escapeHtml, renderHtml, renderMarkdown, renderText } from './document.js';

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
 * by path. A heuristic: only a sensitivity analysis measures which ones move a given metric.
 */
export function rankAssumptions(rows: readonly AssumptionRow[]): AssumptionRow[] {
  return rows
    .map((r, i) => ({ r, i, k: rank(r) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.r);
}

/** Blocks of an assumptions table (path, value, fitted, rationale). */
export function assumptionsTable(rows: readonly AssumptionRow[]): Block {
  return {
    kind: 'table',
    columns: [
      { header: 'Path', align: 'left' },
      { header: 'Value', align: 'left' },
      { header: 'Fitted', align: 'left' },
      { header: 'Rationale', align: 'left', wrap: true },
    ],
    rows: rows.map((r) => [r.path, r.value, r.fitted ? 'yes' : '', r.rationale]),
  };
}

/**
 * The assumptions of a scenario (as `listAssumptions` gives them) in a report format: a
 * fixed-width text table (`table`, at most 100 columns), a Markdown table (`md`), a JSON array
 * (`json`), CSV with header `path,value,fitted,rationale` (`csv`, RFC 4180 quoting) or a
 * self-contained HTML page (`html`).
 *
 * @example
 * ```ts
 * process.stdout.write(renderAssumptions(listAssumptions(minusma2020), 'table'));
 * ```
 */
export function renderAssumptions(
  rows: readonly AssumptionRow[],
  format: 'table' | 'md' | 'json' | 'csv' | 'html',
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'csv':
      return [
        csvLine(['path', 'value', 'fitted', 'rationale']),
        ...rows.map((r) => csvLine([r.path, r.value, r.fitted ? 'true' : 'false', r.rationale])),
      ]
        .map((l) => `${l}\r\n`)
        .join('');
    default: {
      const fitted = rows.filter((r) => r.fitted).length;
      const blocks: Block[] = [
        { kind: 'heading', level: 1, text: 'Stated assumptions' },
        {
          kind: 'paragraph',
          text: `${rows.length} values no source gives, each with the rationale for its value; ${fitted} were fitted so the model reproduces a figure of the letter (Fitted = yes).`,
        },
        assumptionsTable(rows),
      ];
      if (format === 'md') return renderMarkdown(blocks);
      if (format === 'html') return renderHtml(blocks, 'Stated assumptions');
      return renderText(blocks);
    }
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
        `<tr><td><code>${escapeHtml(r.path)}</code></td><td>${escapeHtml(r.value)}</td><td>${text}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  return out.join('\n');
}
