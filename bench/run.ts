/**
 * `npm run bench`: runs every registered benchmark in one process and prints its figures.
 * Add a benchmark by appending `{ name, run }` to {@link benches}.
 */

import { scenario as baseline2020 } from '../scenarios/baseline-2020.js';
import { minusma2020 } from '../src/data/index.js';
import { missionModel } from '../src/experiment/index.js';
import { benchEngine } from './engine.js';
import { benchExperiment } from './experiment.js';
import { benchMission } from './mission.js';
import { benchPlanner } from './planner.js';
import { benchRandom } from './random.js';
import { model as replayModel } from './replay-model.js';
import { benchSimpy } from './simpy.js';

/** What a benchmark returns: named figures, and lines of commentary to print. */
export interface BenchResult {
  /** Short name of the benchmark. */
  readonly name: string;
  /** Measured figures by name (rates, ratios, times). */
  readonly metrics: Record<string, number>;
  /** Human-readable lines summarising the result. */
  readonly lines: readonly string[];
}

/** A registered benchmark. */
export interface Bench {
  readonly name: string;
  readonly run: () => Promise<BenchResult>;
}

/** The benchmarks `npm run bench` runs, in order. */
export const benches: readonly Bench[] = [
  { name: 'random', run: benchRandom },
  { name: 'engine', run: benchEngine },
  { name: 'simpy', run: () => benchSimpy() },
  { name: 'mission', run: () => benchMission() },
  { name: 'planner', run: () => benchPlanner() },
  {
    name: 'experiment',
    // The mission baseline through the experiment layer (600 replications, so that each worker
    // thread's start and JIT warm-up are amortised); memory runs replay the mission's records
    // (14-day horizon) so that 100,000 replications finish in about a minute.
    run: () =>
      benchExperiment({
        model: missionModel,
        scenario: minusma2020,
        memoryModel: replayModel,
        memoryScenario: { ...minusma2020, horizonDays: 14 },
        memoryAgainst: { ...baseline2020, horizonDays: 14 },
        replications: 600,
      }),
  },
];

/** A target of the performance issue: a benchmark's figure against its goal. */
interface Target {
  readonly bench: string;
  readonly metric: string;
  readonly label: string;
  /** The goal: at least `atLeast`, or at most `atMost`. */
  readonly atLeast?: number;
  readonly atMost?: number;
}

/** The targets `npm run bench` gives a verdict on, each read from its benchmark's figures. */
export const targets: readonly Target[] = [
  {
    bench: 'engine',
    metric: 'customers/s ratio median',
    label: 'engine / hand-written loop, customers/s',
    atLeast: 0.5,
  },
  {
    bench: 'simpy',
    metric: 'ratio median',
    label: 'engine / SimPy 4.1.2, customers/s',
    atLeast: 20,
  },
  {
    bench: 'planner',
    metric: 'wall seconds',
    label: 'compare baseline-2020 adaptation-plan -n 200, wall seconds',
    atMost: 3,
  },
  {
    bench: 'experiment',
    metric: 'speed-up, 2 workers',
    label: '2 workers / 1 worker, replications/s',
    atLeast: 1.7,
  },
  {
    bench: 'experiment',
    metric: 'max RSS ratio',
    label: 'max RSS, run, 100,000 / 1,000 replications (JSON and CSV written)',
    atMost: 1.2,
  },
  {
    bench: 'experiment',
    metric: 'compare, max RSS ratio',
    label: 'max RSS, compare, 100,000 / 1,000 replications (JSON and CSV written)',
    atMost: 1.2,
  },
];

/** The verdict lines of the targets read from `result` (benchmark `name`). */
export function verdicts(name: string, result: BenchResult): string[] {
  const lines: string[] = [];
  for (const t of targets) {
    if (t.bench !== name) continue;
    const measured = result.metrics[t.metric];
    const goal = t.atLeast !== undefined ? `≥ ${t.atLeast}` : `≤ ${t.atMost}`;
    if (measured === undefined) {
      // A benchmark that skipped (SimPy absent, no worker module): the target stays on the list.
      lines.push(`target ${t.label}: not measured (see above) against ${goal}`);
      continue;
    }
    const met = t.atLeast !== undefined ? measured >= t.atLeast : measured <= (t.atMost ?? 0);
    lines.push(
      `target ${t.label}: ${formatNumber(measured)} against ${goal}: ${met ? 'met' : 'short'}`,
    );
  }
  return lines;
}

function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-US');
  return x.toPrecision(4);
}

/** Prints one result as an aligned table of its metrics followed by its lines. */
export function printResult(result: BenchResult): void {
  const rows = Object.entries(result.metrics);
  const width = Math.max(...rows.map(([k]) => k.length), 6);
  console.log(`\n== ${result.name} ==`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${formatNumber(v).padStart(14)}`);
  for (const line of result.lines) console.log(`  ${line}`);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const b of benches) {
    if (only.length > 0 && !only.includes(b.name)) continue;
    const result = await b.run();
    printResult({ ...result, lines: [...result.lines, ...verdicts(b.name, result)] });
  }
}

await main();
