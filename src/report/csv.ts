/**
 * Tidy CSV exports (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote, CR
 * or LF quoted, quotes doubled; undefined values (NaN) as empty fields).
 *
 * The layout of a run or a comparison is one table with a `kind` column:
 *
 * ```
 * kind,scenario,replication,metric,value,day,date,series,mean,p5,p50,p95
 * replication,minusma-2020,0,casevac.casualties,112,,,,,,,
 * series,minusma-2020,,,,0,2020-07-01,fleet.inDailyUse,487.3,482,487,492
 * ```
 *
 * - `kind = replication`: one row per replication × scalar metric (`replication`, `metric`,
 *   `value`), replications ascending, metrics sorted;
 * - `kind = scalar`: in sketch mode only (no per-replication values kept), one row per scalar
 *   metric with its `mean`, `p5`, `p50`, `p95` over replications, metrics sorted;
 * - `kind = series`: one row per day × daily series (`day` from 0, its `date`, `series`, and the
 *   `mean`, `p5`, `p50`, `p95` across replications), series sorted, days ascending.
 *
 * Filter on `kind` to get either tidy table.
 *
 * @module
 */
import type { Comparison } from '../experiment/compare.js';
import type { SensitivityResult } from '../experiment/sensitivity.js';
import type { SweepResult } from '../experiment/sweep.js';
import type { ExperimentResult } from '../experiment/types.js';
import { addDays } from '../model/dates.js';
import { renderValue } from '../scenario/assumptions.js';

/** Header of the run and comparison CSV. */
export const RUN_CSV_HEADER = [
  'kind',
  'scenario',
  'replication',
  'metric',
  'value',
  'day',
  'date',
  'series',
  'mean',
  'p5',
  'p50',
  'p95',
] as const;

/** One CSV field: numbers in full precision (NaN and infinities empty), text quoted when needed. */
export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record (no line end). */
export function csvLine(fields: readonly (string | number | boolean | null | undefined)[]): string {
  return fields.map(csvField).join(',');
}

function join(lines: readonly string[]): string {
  return lines.map((l) => `${l}\r\n`).join('');
}

function runRows(result: ExperimentResult, scenario: string, out: string[]): void {
  const { replications, scalars } = result.perReplication;
  const metrics = Object.keys(scalars).sort();
  replications.forEach((r, i) => {
    for (const m of metrics) {
      out.push(
        csvLine(['replication', scenario, r, m, scalars[m]?.[i], '', '', '', '', '', '', '']),
      );
    }
  });
  if (metrics.length === 0) {
    // Sketch mode: the summaries stand in for the values no longer kept.
    for (const m of Object.keys(result.scalars).sort()) {
      const s = result.scalars[m];
      if (s === undefined) continue;
      out.push(csvLine(['scalar', scenario, '', m, '', '', '', '', s.mean, s.p5, s.p50, s.p95]));
    }
  }
  const start = result.meta.scenario.startDate;
  for (const name of Object.keys(result.series).sort()) {
    const s = result.series[name];
    if (s === undefined) continue;
    for (let d = 0; d < s.days; d++) {
      out.push(
        csvLine([
          'series',
          scenario,
          '',
          '',
          '',
          d,
          addDays(start, d),
          name,
          s.mean[d],
          s.p5[d],
          s.p50[d],
          s.p95[d],
        ]),
      );
    }
  }
}

/** The CSV of a run (layout in this module's description). */
export function runCsv(result: ExperimentResult): string {
  const out = [csvLine(RUN_CSV_HEADER)];
  runRows(result, result.meta.scenario.name, out);
  return join(out);
}

/**
 * The CSV of a comparison: the run layout for scenario a, then for scenario b (rows of a
 * replication index pair up across the two). When both have the same name they are written
 * `<name> (A)` and `<name> (B)`.
 */
export function comparisonCsv(c: Comparison): string {
  const same = c.meta.a.name === c.meta.b.name;
  const out = [csvLine(RUN_CSV_HEADER)];
  runRows(c.a, same ? `${c.meta.a.name} (A)` : c.meta.a.name, out);
  runRows(c.b, same ? `${c.meta.b.name} (B)` : c.meta.b.name, out);
  return join(out);
}

/**
 * The CSV of a sweep: one row per grid point × metric, with one column per grid path (the
 * point's values), then `point,metric,n,mean,ci_low,ci_high,p5,p50,p95` (`point` is the row
 * index in grid order).
 */
export function sweepCsv(s: SweepResult): string {
  const paths = Object.keys(s.meta.grid);
  const out = [
    csvLine([...paths, 'point', 'metric', 'n', 'mean', 'ci_low', 'ci_high', 'p5', 'p50', 'p95']),
  ];
  s.rows.forEach((row, i) => {
    for (const m of Object.keys(row.scalars).sort()) {
      const v = row.scalars[m];
      if (v === undefined) continue;
      out.push(
        csvLine([
          ...paths.map((p) => renderValue(row.point[p])),
          i,
          m,
          v.n,
          v.mean,
          v.ciLow,
          v.ciHigh,
          v.p5,
          v.p50,
          v.p95,
        ]),
      );
    }
  });
  return join(out);
}

/**
 * The CSV of a sensitivity analysis: one row per parameter × metric, header
 * `path,low,high,metric,base,at_low,at_high,low_delta,high_delta,swing` (means over replications).
 */
export function sensitivityCsv(s: SensitivityResult): string {
  const out = [
    csvLine([
      'path',
      'low',
      'high',
      'metric',
      'base',
      'at_low',
      'at_high',
      'low_delta',
      'high_delta',
      'swing',
    ]),
  ];
  for (const row of s.rows) {
    for (const m of Object.keys(row.metrics).sort()) {
      const e = row.metrics[m];
      if (e === undefined) continue;
      out.push(
        csvLine([
          row.path,
          renderValue(row.low),
          renderValue(row.high),
          m,
          e.base,
          e.low,
          e.high,
          e.lowDelta,
          e.highDelta,
          e.swing,
        ]),
      );
    }
  }
  return join(out);
}
