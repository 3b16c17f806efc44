/**
 * Experiment-layer benchmark: replications per second on 1 and 2 worker threads, and peak
 * memory of a run of 1,000 versus 100,000 replications, each in a child process that runs the
 * experiment and writes its JSON result to a file (read from `process.resourceUsage().maxRSS`
 * and sampled `heapUsed`), to show that memory does not grow with the number of replications:
 * 1,000 replications keep their scalars exactly, 100,000 in sketch mode (`scalars: 'auto'`).
 *
 * The model and scenario are parameters; the default is the Poisson test fixture with a
 * 365-day horizon and some extra work per day (about a millisecond per replication). The memory
 * runs take their own model (default: the same).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compare, runExperiment, saveJson } from '../src/experiment/index.js';
import type { Model } from '../src/experiment/model.js';
import { writeFileAtomic } from '../src/experiment/save.js';
import { loadModel } from '../src/experiment/worker.js';
import { comparisonCsv, runCsv } from '../src/report/index.js';
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
  /** Replication counts of the two memory runs (default [1000, 100000]). */
  readonly memoryReplications?: readonly [number, number];
  /** The model of the memory runs (needs `moduleUrl`). Default: `model`. */
  readonly memoryModel?: Model;
  /** With it, memory is also measured for the comparison of this scenario with `memoryScenario`. */
  readonly memoryAgainst?: Scenario;
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
  /** Characters of the JSON result written. */
  readonly jsonChars: number;
  /** Characters of the CSV written. */
  readonly csvChars: number;
  /** How the run kept its scalars (the result's `meta.statistics.quantiles`). */
  readonly quantiles: string;
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

/** What one memory run does: a run of one scenario, or a comparison with `againstPath`'s. */
interface MemorySpec {
  readonly scenarioPath: string;
  /** Scenario a of a comparison (a → the scenario); absent for a run. */
  readonly againstPath?: string;
  readonly moduleUrl: string;
  readonly replications: number;
  readonly seed: number | string;
}

/** Runs one memory measurement in a child process (same Node flags, so tsx loads .ts). */
async function memoryRun(spec: MemorySpec): Promise<MemoryFigures> {
  const args = [
    ...process.execArgv,
    '--expose-gc',
    fileURLToPath(import.meta.url),
    '--memory-child',
    JSON.stringify(spec),
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

/**
 * Child side of {@link memoryRun}: runs the experiment (or the comparison), writes its JSON
 * result and its CSV next to the scenario, and prints its peak memory.
 */
async function memoryChild(text: string): Promise<void> {
  const spec = JSON.parse(text) as MemorySpec;
  const { replications, seed } = spec;
  const read = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Scenario;
  const scenario = await read(spec.scenarioPath);
  const against = spec.againstPath === undefined ? undefined : await read(spec.againstPath);
  const model = await loadModel(spec.moduleUrl);
  const gc = (globalThis as { gc?: () => void }).gc;
  const live = (): number => {
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  let heapPeak = process.memoryUsage().heapUsed;
  let livePeak = live();
  const t0 = performance.now();
  let gcSeconds = 0;
  const options = {
    replications,
    seed,
    model,
    onProgress: (done: number) => {
      if (done % 50 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      if (done % 500 === 0) {
        const g0 = performance.now();
        livePeak = Math.max(livePeak, live());
        gcSeconds += (performance.now() - g0) / 1000;
      }
    },
  };
  const result =
    against === undefined
      ? await runExperiment(scenario, options)
      : await compare(against, scenario, options);
  const seconds = (performance.now() - t0) / 1000 - gcSeconds;
  const meta = 'a' in result ? result.a.meta : result.meta;
  if (meta.replications.completed !== replications) throw new Error('incomplete run');
  const base = join(
    dirname(spec.scenarioPath),
    `result-${against === undefined ? 'run' : 'compare'}-${replications}`,
  );
  await saveJson(`${base}.json`, result);
  await writeFileAtomic(`${base}.csv`, 'a' in result ? comparisonCsv(result) : runCsv(result));
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  livePeak = Math.max(livePeak, live());
  const figures: MemoryFigures = {
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapPeakMb: heapPeak / 2 ** 20,
    liveHeapPeakMb: livePeak / 2 ** 20,
    seconds,
    jsonChars: (await stat(`${base}.json`)).size,
    csvChars: (await stat(`${base}.csv`)).size,
    quantiles: meta.statistics.quantiles,
  };
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
  const [smallRuns, largeRuns] = options.memoryReplications ?? [1000, 100_000];
  const memoryModel = options.memoryModel ?? model;
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

  if (memoryModel.moduleUrl !== undefined) {
    const dir = await mkdtemp(join(tmpdir(), 'pks-bench-'));
    try {
      const scenarioPath = join(dir, 'scenario.json');
      await saveJson(scenarioPath, memoryScenario);
      const moduleUrl = memoryModel.moduleUrl;
      const cases: Array<[string, string | undefined]> = [['run', undefined]];
      if (options.memoryAgainst !== undefined) {
        const againstPath = join(dir, 'against.json');
        await saveJson(againstPath, options.memoryAgainst);
        cases.push(['compare', againstPath]);
      }
      for (const [kind, againstPath] of cases) {
        const spec = { scenarioPath, moduleUrl, seed, ...(againstPath ? { againstPath } : {}) };
        const small = await memoryRun({ ...spec, replications: smallRuns });
        const large = await memoryRun({ ...spec, replications: largeRuns });
        const tag = kind === 'run' ? '' : `${kind}, `;
        metrics[`${tag}max RSS MB, ${smallRuns} reps`] = small.maxRssMb;
        metrics[`${tag}max RSS MB, ${largeRuns} reps`] = large.maxRssMb;
        metrics[`${tag}max RSS ratio`] = large.maxRssMb / small.maxRssMb;
        metrics[`${tag}live heap MB, ${smallRuns} reps`] = small.liveHeapPeakMb;
        metrics[`${tag}live heap MB, ${largeRuns} reps`] = large.liveHeapPeakMb;
        metrics[`${tag}live heap ratio`] = large.liveHeapPeakMb / small.liveHeapPeakMb;
        metrics[`${tag}JSON + CSV MB, ${smallRuns} reps`] =
          (small.jsonChars + small.csvChars) / 1e6;
        metrics[`${tag}JSON + CSV MB, ${largeRuns} reps`] =
          (large.jsonChars + large.csvChars) / 1e6;
        metrics[`${tag}reps/s, ${largeRuns} reps`] = largeRuns / large.seconds;
        lines.push(
          `memory, ${kind}: ${smallRuns} reps keep scalars by ${small.quantiles.split(' (')[0]}; ${largeRuns} reps by ${large.quantiles.split(':')[0]}`,
        );
      }
      lines.push(
        `memory runs: model ${memoryModel.name}, scenario ${memoryScenario.name} (${memoryScenario.horizonDays} days), each writing its JSON result and its CSV`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  lines.push(
    `model ${model.name}, scenario ${scenario.name} (${scenario.horizonDays} days), ${replications} replications per throughput run`,
    `targets: speed-up ≥ 1.7 on 2 free cores; memory ratio ${largeRuns.toLocaleString('en-US')} / ${smallRuns.toLocaleString('en-US')} replications ≤ 1.2`,
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
