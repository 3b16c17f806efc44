/**
 * Engine against SimPy 4.1.2, the reference kernel, on the same model: an M/M/4 queue (arrivals
 * at 0.5/min, exponential service of mean 5 min, 4 servers), written in each the way its
 * documentation writes models. SimPy runs `mm4.py` from the SimPy anchor (its source, unmodified,
 * plus the model; see the anchor's README) under `python3`, which prints customers per second of
 * its `env.run()`; this engine runs the same model with generator processes and
 * `yield* counter.request()`. Runs alternate (SimPy, engine, SimPy, …) so that both see the same
 * machine load, after one untimed engine run for the JIT (CPython has none to warm). A SimPy run
 * takes seconds and averages over the load's ups and downs; an engine run takes a tenth of a
 * second and does not, so each engine figure is the median of three runs made in a row.
 *
 * The anchor is found through the `SIMPY_ANCHOR` environment variable, by default
 * `../shared/anchors/simpy` relative to the project root; without it, or without `python3`, the
 * benchmark says so and is skipped. The two use different random generators, so their mean waits
 * differ by sampling error only: both are printed beside the exact value (Erlang C, 1.0662 min).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Environment, type ProcessGenerator, Resource } from '../src/engine/index.js';
import { type Rng, streams } from '../src/random/streams.js';
import { loadLine, spread } from './engine.js';
import type { BenchResult } from './run.js';

/** Parameters of the model, as in `mm4.py`. */
const LAMBDA = 0.5;
const MU = 0.2;
const SERVERS = 4;

/** Options of {@link benchSimpy}. */
export interface SimpyBenchOptions {
  /** Customers per run (default 200,000, as `mm4.py`). */
  readonly customers?: number;
  /** Timed runs of each, alternating (default 7). */
  readonly runs?: number;
}

/** What one run of either side reports. */
interface RunFigures {
  readonly customersPerSecond: number;
  readonly wq: number;
}

function exponential(rng: Rng, rate: number): number {
  return -Math.log(1 - rng()) / rate;
}

/** The M/M/4 model of `mm4.py` in this engine; times `env.run()` only, as `mm4.py` does. */
export function runEngineMm4(seed: number, customers: number): RunFigures {
  const rep = streams(seed).replication(0);
  const arrivals = rep.stream('arrivals');
  const service = rep.stream('service');
  const env = new Environment();
  const counter = new Resource(env, { capacity: SERVERS });
  let waited = 0;
  let served = 0;
  function* customer(): ProcessGenerator<void> {
    const arrive = env.now;
    const req = yield* counter.request();
    waited += env.now - arrive;
    served++;
    yield* env.timeout(exponential(service, MU));
    counter.release(req);
  }
  env.process(function* source(): ProcessGenerator<void> {
    for (let i = 0; i < customers; i++) {
      yield* env.timeout(exponential(arrivals, LAMBDA));
      env.process(customer());
    }
  });
  const t0 = performance.now();
  env.run();
  const seconds = (performance.now() - t0) / 1000;
  return { customersPerSecond: customers / seconds, wq: waited / served };
}

/** The project root: the nearest directory above this file holding this package's package.json. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'peacekeeping-sim') {
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

/** Where `mm4.py` is, or why the benchmark cannot run. */
function locateAnchor(): { script: string } | { skip: string } {
  const anchor = resolve(projectRoot(), process.env.SIMPY_ANCHOR ?? '../shared/anchors/simpy');
  const script = join(anchor, 'mm4.py');
  if (!existsSync(script)) {
    return {
      skip: `SimPy anchor not found (${script}); set SIMPY_ANCHOR to the directory holding mm4.py.`,
    };
  }
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
  } catch {
    return { skip: 'python3 not found: SimPy cannot run here.' };
  }
  return { script };
}

function runSimpy(script: string, seed: number, customers: number): RunFigures {
  const out = execFileSync('python3', [script, String(seed), String(customers)], {
    encoding: 'utf8',
  });
  const r = JSON.parse(out.trim().split('\n').at(-1)!) as RunFigures;
  return { customersPerSecond: r.customersPerSecond, wq: r.wq };
}

/**
 * Runs SimPy's `mm4.py` and the same model in this engine, alternating, and reports customers
 * per second of each (min, median, max over the runs) and their ratio (per pair of adjacent runs,
 * and of the medians). Skipped, with the reason in its lines, when SimPy cannot run.
 */
export async function benchSimpy(options: SimpyBenchOptions = {}): Promise<BenchResult> {
  const customers = options.customers ?? 200_000;
  const runs = options.runs ?? 7;
  const name = 'simpy: M/M/4 in SimPy 4.1.2 vs this engine, same model';
  const where = locateAnchor();
  if ('skip' in where) return { name, metrics: {}, lines: [`skipped: ${where.skip}`] };
  const loadBefore = loadLine();
  runEngineMm4(0, customers); // JIT warm-up, untimed
  const simpy: RunFigures[] = [];
  const engine: RunFigures[] = [];
  for (let r = 1; r <= runs; r++) {
    simpy.push(runSimpy(where.script, r, customers));
    const three = [0, 1, 2].map(() => runEngineMm4(r, customers));
    three.sort((a, b) => a.customersPerSecond - b.customersPerSecond);
    engine.push(three[1]!);
  }
  const s = spread(simpy.map((x) => x.customersPerSecond));
  const e = spread(engine.map((x) => x.customersPerSecond));
  const ratio = spread(engine.map((x, i) => x.customersPerSecond / simpy[i]!.customersPerSecond));
  const mean = (xs: RunFigures[]) => xs.reduce((a, x) => a + x.wq, 0) / xs.length;
  const k = (x: number) => `${Math.round(x / 1000).toLocaleString('en-US')} k`;
  return {
    name,
    metrics: {
      customers,
      runs,
      'simpy customers/s min': s.min,
      'simpy customers/s median': s.median,
      'simpy customers/s max': s.max,
      'engine customers/s min': e.min,
      'engine customers/s median': e.median,
      'engine customers/s max': e.max,
      'ratio min': ratio.min,
      'ratio median': ratio.median,
      'ratio max': ratio.max,
      'ratio of medians': e.median / s.median,
      'simpy mean wq': mean(simpy),
      'engine mean wq': mean(engine),
    },
    lines: [
      `M/M/4 (λ = 0.5/min, mean service 5 min), ${customers.toLocaleString('en-US')} customers, ${runs} alternating runs each (seeds 1–${runs}), after one untimed engine run; ${loadBefore} at the start, ${loadLine()} at the end.`,
      `SimPy ${k(s.min)}–${k(s.max)} customers/s (median ${k(s.median)}); engine ${k(e.min)}–${k(e.max)} (median ${k(e.median)}).`,
      `engine / SimPy, per pair of adjacent runs: ${ratio.min.toFixed(1)}×–${ratio.max.toFixed(1)}× (median ${ratio.median.toFixed(1)}×).`,
      `mean wait in queue: SimPy ${mean(simpy).toFixed(4)}, engine ${mean(engine).toFixed(4)}, exact 1.0662 min (different random generators).`,
    ],
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchSimpy();
  console.log(result.name);
  for (const [key, v] of Object.entries(result.metrics)) console.log(`  ${key}: ${v}`);
  for (const line of result.lines) console.log(`  ${line}`);
}
