/**
 * Export tidy CSV for a notebook (pandas, R, Julia): one row per observation, written
 * atomically (a temporary file in the same directory, then a rename), so a notebook that
 * watches the directory never reads a half-written file.
 *
 * Writes, for the baseline and the adaptation plan:
 * - `replications.csv`: `scenario,replication,metric,value` — every scalar metric of every
 *   replication (paired across scenarios by `replication`: same seed, common random numbers);
 * - `daily.csv`: `scenario,day,date,series,mean,p5,p50,p95` — the daily series (readiness of the
 *   fleet and of each sector, helicopters) summarised over replications.
 * The report layer's `renderRun(result, 'csv')` gives a single-file layout of the same data.
 *
 * Run: `npx tsx examples/export-csv.ts [out-dir]` (default `out/csv`; a few seconds), then e.g.
 *   pandas.read_csv('out/csv/replications.csv').pivot_table(index=['replication'],
 *     columns=['scenario'], values='value', aggfunc='first')
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtInScenarios } from '../scenarios/index.js';
import { writeFileAtomic } from '../src/cli/index.js';
import { addDays, type ExperimentResult, runExperiment, variant } from '../src/index.js';

/** Options of {@link main}. */
export interface ExportCsvOptions {
  readonly outDir?: string;
  readonly replications?: number;
  readonly horizonDays?: number;
  readonly seed?: number | string;
  readonly log?: (line: string) => void;
}

/** A CSV field: quoted when it holds a comma, a quote or a line break; NaN as empty. */
export function field(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const line = (values: readonly (string | number)[]) => `${values.map(field).join(',')}\n`;

/** Rows of `replications.csv` for one result. */
export function replicationRows(result: ExperimentResult): string {
  const name = result.meta.scenario.name;
  const { replications, scalars } = result.perReplication;
  let out = '';
  for (const metric of Object.keys(scalars)) {
    const values = scalars[metric] ?? [];
    replications.forEach((r, i) => {
      out += line([name, r, metric, values[i] ?? Number.NaN]);
    });
  }
  return out;
}

/** Rows of `daily.csv` for one result. */
export function dailyRows(result: ExperimentResult): string {
  const { name, startDate } = result.meta.scenario;
  let out = '';
  for (const [series, s] of Object.entries(result.series)) {
    for (let day = 0; day < s.days; day++) {
      const v = (xs: number[]) => xs[day] ?? Number.NaN;
      out += line([
        name,
        day,
        addDays(startDate, day),
        series,
        v(s.mean),
        v(s.p5),
        v(s.p50),
        v(s.p95),
      ]);
    }
  }
  return out;
}

/** Runs the two scenarios and writes the two files; returns their paths. */
export async function main(options: ExportCsvOptions = {}) {
  const log = options.log ?? console.log;
  const outDir = options.outDir ?? process.argv[2] ?? 'out/csv';
  const replications = options.replications ?? Number(process.env.REPLICATIONS ?? 20);
  const seed = options.seed ?? 2020;
  const h = options.horizonDays;
  let perReplication = line(['scenario', 'replication', 'metric', 'value']);
  let daily = line(['scenario', 'day', 'date', 'series', 'mean', 'p5', 'p50', 'p95']);
  for (const name of ['baseline-2020', 'adaptation-plan']) {
    const base = builtInScenarios[name];
    if (base === undefined) throw new Error(`no built-in scenario ${name}`);
    const scenario = h === undefined ? base : variant(base, (d) => void (d.horizonDays = h));
    const result = await runExperiment(scenario, { replications, seed });
    perReplication += replicationRows(result);
    daily += dailyRows(result);
  }
  const files = {
    replications: join(outDir, 'replications.csv'),
    daily: join(outDir, 'daily.csv'),
  };
  await writeFileAtomic(files.replications, perReplication);
  await writeFileAtomic(files.daily, daily);
  log(`wrote ${files.replications} (${perReplication.split('\n').length - 2} rows)`);
  log(`wrote ${files.daily} (${daily.split('\n').length - 2} rows)`);
  return files;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
