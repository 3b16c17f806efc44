/**
 * Experiment-layer benchmark: replications per second on 1 and 2 worker threads, and peak
 * memory of a run of 100 versus 10,000 replications (each in a child process, read from
 * `process.resourceUsage().maxRSS` and sampled `heapUsed`), to show that memory does not grow
 * with the number of replications beyond the per-replication scalars.
 *
 * The model and scenario are parameters; the default is the Poisson test fixture with a
 * 365-day horizon and some extra work per day (about a millisecond per replication).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runExperiment, saveJson } from '../src/experiment/index.js';
import type { Model } from '../src/experiment/model.js';
import { loadModel } from '../src/experiment/worker.js';
import type { Scenario } from '../src/scenario/types.js';
import { model as fixtureModel } from '../tests/experiment/fixtures/poisson-model.js';
import { fixtureScenario } from '../tests/experiment/fixtures/scenario.js';
import type { BenchResult } from './run.js';

/** Options of {@link benchExperiment}. */
export interface ExperimentBenchOptions {
  /** The model (needs `moduleUrl` for the worker and memory runs). Default: the Poisson fixture. */
  readonly model?: Model;
  /** Scenario of the throughput runs. Default: the fixture, 365 days, 300 extra draws a day. */
  readonly scenario?: Scenario;
  /** Scenario of the memory runs. Default: the fixture, 365 days, no extra work. */
  readonly memoryScenario?: Scenario;
  /** Replications of each throughput run (default 2000). */
  readonly replications?: number;
  /** Replication counts of the two memory runs (default [100, 10000]). */
  readonly memoryReplications?: readonly [number, number];
  /** Seed (default 1). */
  readonly seed?: number | string;
}

interface MemoryFigures {
  /** Peak resident set size of the child process. */
  readonly maxRssMb: number;
  /** Peak heapUsed sampled every 50 replications (includes garbage not yet collected). */
  readonly heapPeakMb: number;
  /** Peak heapUsed right after a full collection, every 500 replications: the live data. */
  readonly liveHeapPeakMb: number;
  readonly seconds: number;
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await f();
  return [value, (performance.now() - t0) / 1000];
}

/**
 * Fixed loops of three kinds, each a worker's whole work: arithmetic on a few registers; reads
 * and writes scattered over a 32 MB array (a cache-missing workload); short-lived objects (a
 * garbage-collected workload, as a replication is).
 */
const LOOPS = {
  'pure CPU': `let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7;
require('node:worker_threads').parentPort.postMessage(x);`,
  'memory-bound': `const a = new Float64Array(1 << 22); let x = 0;
for (let k = 0; k < 60; k++) for (let i = 0; i < a.length; i += 16) { a[i] += k; x += a[(i * 7919) & (a.length - 1)]; }
require('node:worker_threads').parentPort.postMessage(x);`,
  'allocation-heavy': `let keep = []; let x = 0;
for (let i = 0; i < 2e7; i++) { const o = { a: i, b: [i, i + 1] }; keep.push(o); if (keep.length > 50000) keep = []; x += o.b[1]; }
require('node:worker_threads').parentPort.postMessage(x);`,
} as const;

/**
 * The machine's own limit for a kind of work: how much faster two threads finish two copies of
 * a fixed loop than one thread finishes one (2 on two free cores that share nothing; less when
 * other processes share the CPUs, or the threads contend for caches and memory).
 */
async function parallelCeiling(loop: string): Promise<number> {
  const spin = (threads: number) =>
    timed(() =>
      Promise.all(
        Array.from(
          { length: threads },
          () =>
            new Promise<void>((resolve, reject) => {
              const w = new Worker(loop, { eval: true });
              w.once('message', () => {
                void w.terminate().then(() => resolve());
              });
              w.once('error', reject);
            }),
        ),
      ),
    );
  const [, one] = await spin(1);
  const [, two] = await spin(2);
  return (2 * one) / two;
}

/** Runs one memory measurement in a child process (same Node flags, so tsx loads .ts). */
async function memoryRun(
  scenarioPath: string,
  moduleUrl: string,
  replications: number,
  seed: number | string,
): Promise<MemoryFigures> {
  const args = [
    ...process.execArgv,
    '--expose-gc',
    fileURLToPath(import.meta.url),
    '--memory-child',
    JSON.stringify({ scenarioPath, moduleUrl, replications, seed }),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`memory child exited with ${code}`);
  return JSON.parse(out.trim().split('\n').at(-1) as string) as MemoryFigures;
}

/** Child side of {@link memoryRun}: runs the experiment and prints its peak memory. */
async function memoryChild(spec: string): Promise<void> {
  const { scenarioPath, moduleUrl, replications, seed } = JSON.parse(spec) as {
    scenarioPath: string;
    moduleUrl: string;
    replications: number;
    seed: number | string;
  };
  const scenario = JSON.parse(await readFile(scenarioPath, 'utf8')) as Scenario;
  const model = await loadModel(moduleUrl);
  const gc = (globalThis as { gc?: () => void }).gc;
  const live = (): number => {
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  let heapPeak = process.memoryUsage().heapUsed;
  let livePeak = live();
  const t0 = performance.now();
  let gcSeconds = 0;
  const result = await runExperiment(scenario, {
    replications,
    seed,
    model,
    onProgress: (done) => {
      if (done % 50 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      if (done % 500 === 0) {
        const g0 = performance.now();
        livePeak = Math.max(livePeak, live());
        gcSeconds += (performance.now() - g0) / 1000;
      }
    },
  });
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  livePeak = Math.max(livePeak, live());
  const figures: MemoryFigures = {
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapPeakMb: heapPeak / 2 ** 20,
    liveHeapPeakMb: livePeak / 2 ** 20,
    seconds: (performance.now() - t0) / 1000 - gcSeconds,
  };
  if (result.meta.replications.completed !== replications) throw new Error('incomplete run');
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/**
 * Measures replications per second with 1 and 2 workers (target ≥ 1.7× on 2 free cores) and
 * peak memory at 100 vs 10,000 replications (target ≤ 1.2×).
 */
export async function benchExperiment(options: ExperimentBenchOptions = {}): Promise<BenchResult> {
  const model = options.model ?? fixtureModel;
  const scenario = options.scenario ?? fixtureScenario({ horizonDays: 365, busyDrawsPerDay: 300 });
  const memoryScenario = options.memoryScenario ?? fixtureScenario({ horizonDays: 365 });
  const replications = options.replications ?? 2000;
  const [smallRuns, largeRuns] = options.memoryReplications ?? [100, 10_000];
  const seed = options.seed ?? 1;
  const lines: string[] = [];
  const metrics: Record<string, number> = {};

  const [one, t1] = await timed(() => runExperiment(scenario, { replications, seed, model }));
  metrics['reps/s, 1 worker'] = replications / t1;
  if (model.moduleUrl !== undefined) {
    const [, startup] = await timed(() =>
      runExperiment(scenario, { replications: 2, seed, model, workers: 2 }),
    );
    const [two, t2] = await timed(() =>
      runExperiment(scenario, { replications, seed, model, workers: 2 }),
    );
    const steady = Math.max(t2 - startup, 1e-9);
    metrics['reps/s, 2 workers'] = replications / t2;
    metrics['reps/s, 2 workers, excl. pool start'] = replications / steady;
    metrics['pool start, 2 workers (s)'] = startup;
    metrics['speed-up, 2 workers'] = t1 / t2;
    metrics['speed-up, 2 workers, excl. pool start'] = t1 / steady;
    for (const [kind, loop] of Object.entries(LOOPS)) {
      metrics[`machine ceiling, 2 threads (${kind})`] = await parallelCeiling(loop);
    }
    lines.push(
      `same bytes on 1 and 2 workers: ${JSON.stringify(one) === JSON.stringify(two) ? 'yes' : 'NO'}`,
    );
  } else {
    lines.push('model has no moduleUrl: worker and memory runs skipped');
  }

  if (model.moduleUrl !== undefined) {
    const dir = await mkdtemp(join(tmpdir(), 'pks-bench-'));
    try {
      const path = join(dir, 'scenario.json');
      await saveJson(path, memoryScenario);
      const small = await memoryRun(path, model.moduleUrl, smallRuns, seed);
      const large = await memoryRun(path, model.moduleUrl, largeRuns, seed);
      metrics[`max RSS MB, ${smallRuns} reps`] = small.maxRssMb;
      metrics[`max RSS MB, ${largeRuns} reps`] = large.maxRssMb;
      metrics['max RSS ratio'] = large.maxRssMb / small.maxRssMb;
      metrics[`peak heap MB, ${smallRuns} reps`] = small.heapPeakMb;
      metrics[`peak heap MB, ${largeRuns} reps`] = large.heapPeakMb;
      metrics['peak heap ratio'] = large.heapPeakMb / small.heapPeakMb;
      metrics[`live heap MB, ${smallRuns} reps`] = small.liveHeapPeakMb;
      metrics[`live heap MB, ${largeRuns} reps`] = large.liveHeapPeakMb;
      metrics['live heap ratio'] = large.liveHeapPeakMb / small.liveHeapPeakMb;
      metrics[`reps/s in memory run, ${largeRuns} reps`] = largeRuns / large.seconds;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  lines.push(
    `model ${model.name}, scenario ${scenario.name} (${scenario.horizonDays} days), ${replications} replications per throughput run`,
    'targets: speed-up ≥ 1.7 on 2 free cores; memory ratio 10,000 / 100 replications ≤ 1.2',
  );
  return { name: 'experiment', metrics, lines };
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const at = process.argv.indexOf('--memory-child');
  if (at >= 0) {
    memoryChild(process.argv[at + 1] as string).catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
  } else {
    benchExperiment().then(
      (r) => {
        for (const [k, v] of Object.entries(r.metrics)) console.log(`${k}: ${v.toPrecision(4)}`);
        for (const line of r.lines) console.log(line);
      },
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      },
    );
  }
}
