/**
 * What a planner waits for: the README's paired comparison, `compare baseline-2020
 * adaptation-plan --replications 200`, run as a command (a new Node process, so start-up,
 * loading the scenarios, the worker pool and writing the JSON result are all counted), timed by
 * the wall clock. Target: ≤ 3 s on 2 cores.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadLine } from './engine.js';
import type { BenchResult } from './run.js';

/** The compiled command line next to this benchmark (`.bench/src/cli/main.js`). */
const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));

/** Options of {@link benchPlanner}. */
export interface PlannerBenchOptions {
  /** Replications of each scenario (default 200, as in the README). */
  readonly replications?: number;
}

/** Runs the comparison once as a command and reports its wall time. */
export async function benchPlanner(options: PlannerBenchOptions = {}): Promise<BenchResult> {
  const n = options.replications ?? 200;
  const args = [MAIN, 'compare', 'baseline-2020', 'adaptation-plan', '-n', String(n)];
  const loadBefore = loadLine();
  const t0 = performance.now();
  const child = spawn(process.execPath, [...args, '-q', '-f', 'json'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`the comparison exited with ${code}`);
  return {
    name: 'planner: the README comparison as a command',
    metrics: { replications: n, 'wall seconds': seconds },
    lines: [
      `peacekeeping-sim compare baseline-2020 adaptation-plan --replications ${n} --format json, start-up included, default workers; ${loadBefore} at the start.`,
    ],
  };
}
