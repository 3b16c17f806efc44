import { beforeAll, describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import type { Comparison, ExperimentResult } from '../../src/experiment/index.js';
import {
  BRIEFING_SECTIONS,
  csvField,
  RUN_CSV_HEADER,
  renderAssumptions,
  renderComparison,
  renderRun,
} from '../../src/report/index.js';
import { listAssumptions } from '../../src/scenario/index.js';
import { fixtures } from './fixtures.js';
import { parseXml } from './xml.js';

let run: ExperimentResult;
let comparison: Comparison;

beforeAll(async () => {
  ({ run, comparison } = await fixtures());
});

/** RFC 4180 parser: records of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (c === '\n') throw new Error(`bare line feed outside quotes at ${i}`);
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const widthOf = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

describe('renderRun(result, format)', () => {
  it("'table' is one screen: the run against the letter, the headline metrics, the command", () => {
    const t = renderRun(run, 'table', { command: 'peacekeeping-sim run adaptation-plan' });
    expect(widthOf(t)).toBeLessThanOrEqual(100);
    expect(t.split('\n').length).toBeLessThanOrEqual(50);
    expect(t).toMatch(/In daily use\s+.*483 of 562/);
    expect(t).toMatch(/In maintenance\s+.*\s33\s/);
    expect(t).toMatch(/Awaiting replacement\s+.*\s46\s/);
    expect(t).toMatch(/Encounters \(devices met\)\s+.*\s39\s/);
    expect(t).toMatch(/Detonated\s+.*\s20\s/);
    expect(t).toMatch(/Found and neutralised\s+.*\s19\s/);
    expect(t).toContain('Median time to surgery');
    expect(t).toContain('peacekeeping-sim assumptions minusma-2020');
    expect(t).toContain('\npeacekeeping-sim run adaptation-plan\n');
  });

  it("'table' with detail has every finding and metric, the scenario and its hash", () => {
    const t = renderRun(run, 'table', {
      command: 'peacekeeping-sim run adaptation-plan',
      detail: true,
    });
    expect(widthOf(t)).toBeLessThanOrEqual(100);
    expect(t).toContain(run.meta.scenario.hash);
    expect(t).toContain('≤ 120 min');
    // A label may wrap onto the next line within its column.
    expect(t).toMatch(/Armoured vehicles in daily use on\s[^\n]*\n2020-12-23/);
    for (const section of BRIEFING_SECTIONS.run) expect(t).toContain(section);
  });

  it("'md' is Markdown with the same findings", () => {
    const md = renderRun(run, 'md');
    expect(md).toMatch(/^# /);
    expect(md).toContain(
      '| Measure | Simulated mean | 90 % interval | Letter | Letter vs interval |',
    );
    expect(md).toContain('483 of 562');
  });

  it("'html' is self-contained, with every chart inline and the assumptions table", () => {
    const html = renderRun(run, 'html', { command: 'peacekeeping-sim run adaptation-plan' });
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(5);
    for (const section of BRIEFING_SECTIONS.run) expect(html).toContain(`<h2>${section}</h2>`);
    for (const svg of svgs) {
      const withNs = svg.replace('<svg', '<svg xmlns="x"');
      expect(() => parseXml(withNs)).not.toThrow();
    }
    expect(html).toContain('What to challenge');
    const first = listAssumptions(minusma2020)[0];
    expect(html.replace(/<wbr>/g, '')).toContain(first?.path);
    expect(html).toContain('Figures of the letter');
    expect(html).toContain('How to reproduce');
    expect(html).toContain(run.meta.scenario.hash);
  });

  it("'html' without charts draws none", () => {
    expect(renderRun(run, 'html', { charts: false })).not.toContain('<svg');
  });

  it("'json' round-trips and carries report metadata", () => {
    const text = renderRun(run, 'json', { command: 'cmd x' });
    expect(text).not.toContain('NaN');
    const back = JSON.parse(text);
    expect(back.report).toEqual({
      format: 'peacekeeping-sim/report',
      formatVersion: 1,
      kind: 'run',
      command: 'cmd x',
      title: null,
    });
    const { report: _report, ...rest } = back;
    expect(rest).toEqual(JSON.parse(JSON.stringify(run)));
  });

  it("'json' writes NaN as null", () => {
    const name = Object.keys(run.scalars)[0] as string;
    const withNaN = {
      ...run,
      scalars: { ...run.scalars, [name]: { ...run.scalars[name], mean: Number.NaN } },
    } as ExperimentResult;
    const back = JSON.parse(renderRun(withNaN, 'json'));
    expect(back.scalars[name].mean).toBeNull();
  });

  it("'csv' has one row per replication × metric and per day × series", () => {
    const rows = parseCsv(renderRun(run, 'csv'));
    expect(rows[0]).toEqual([...RUN_CSV_HEADER]);
    for (const r of rows) expect(r).toHaveLength(RUN_CSV_HEADER.length);
    const reps = rows.filter((r) => r[0] === 'replication');
    const metrics = Object.keys(run.perReplication.scalars).length;
    expect(reps).toHaveLength(run.perReplication.replications.length * metrics);
    const series = rows.filter((r) => r[0] === 'series');
    const days = Object.values(run.series).reduce((s, x) => s + x.days, 0);
    expect(series).toHaveLength(days);
    const first = series[0] as string[];
    expect(first[5]).toBe('0');
    expect(first[6]).toBe(run.meta.scenario.startDate);
    const v = reps.find((r) => r[3] === 'casevac.casualties' && r[2] === '0');
    expect(Number(v?.[4])).toBe(run.perReplication.scalars['casevac.casualties']?.[0]);
  });
});

describe('csvField(value)', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and leaves NaN empty', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(0.1)).toBe('0.1');
    expect(parseCsv(`${csvField('a,"b"\r\nc')},x\r\n`)).toEqual([['a,"b"\r\nc', 'x']]);
  });
});

describe('renderComparison(comparison, format)', () => {
  it("'csv' holds both scenarios' replications", () => {
    const rows = parseCsv(renderComparison(comparison, 'csv'));
    const reps = rows.filter((r) => r[0] === 'replication');
    const n =
      comparison.a.perReplication.replications.length *
        Object.keys(comparison.a.perReplication.scalars).length +
      comparison.b.perReplication.replications.length *
        Object.keys(comparison.b.perReplication.scalars).length;
    expect(reps).toHaveLength(n);
    expect(new Set(reps.map((r) => r[1]))).toEqual(new Set(['baseline-2020', 'minusma-2020']));
  });

  it("'json' round-trips", () => {
    const back = JSON.parse(renderComparison(comparison, 'json'));
    expect(back.report.kind).toBe('comparison');
    const { report: _r, ...rest } = back;
    expect(rest).toEqual(JSON.parse(JSON.stringify(comparison)));
  });

  it("'html' is self-contained with the paired-difference chart", () => {
    const html = renderComparison(comparison, 'html');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('pks-comparison');
    expect(html).toContain('pks-readiness');
  });
});

describe('renderAssumptions(rows, format)', () => {
  const rows = listAssumptions(minusma2020);
  it('renders every format', () => {
    expect(widthOf(renderAssumptions(rows, 'table'))).toBeLessThanOrEqual(100);
    expect(JSON.parse(renderAssumptions(rows, 'json'))).toEqual(rows);
    const csv = parseCsv(renderAssumptions(rows, 'csv'));
    expect(csv).toHaveLength(rows.length + 1);
    expect(csv[1]?.[3]).toBe(rows[0]?.rationale);
    expect(renderAssumptions(rows, 'md')).toContain('| Assumption | Value | Rationale |');
    expect(renderAssumptions(rows, 'html')).not.toMatch(/https?:\/\//);
  });

  it('rejects an unknown report format', () => {
    expect(() => renderRun(run, 'pdf' as never)).toThrow(/format/);
  });
});
