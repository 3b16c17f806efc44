/**
 * Engine benchmark: an M/M/c queue (c = 3, ρ = 0.8 by default) run through the engine's process
 * API, and the same model as a minimal hand-written event loop (its own binary heap, the same
 * random streams and the same draws), in one process. Both compute the mean wait in queue, which
 * must agree exactly: same draws, same order.
 *
 * The runs alternate (engine, loop, engine, …) after one untimed run of each, and the figures
 * are the minimum, median and maximum over the runs; ratios are taken per pair of adjacent runs,
 * which see about the same machine load. Each run is timed by the wall clock and by the process's
 * CPU time (which a loaded machine disturbs less; it includes V8's garbage-collection threads).
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Environment, type ProcessGenerator, Resource } from '../src/engine/index.js';
import { type Rng, streams } from '../src/random/streams.js';
import type { BenchResult } from './run.js';

/** Parameters of the benchmark model. */
export interface MmcBenchOptions {
  /** Customers served per run (default 1,000,000). */
  readonly customers?: number;
  /** Servers (default 3). */
  readonly servers?: number;
  /** Utilisation λ / (cμ) (default 0.8). */
  readonly rho?: number;
  /** Timed runs of each variant, alternating (default 7). */
  readonly repeats?: number;
  /** Seed of the random streams (default 1). */
  readonly seed?: number;
}

interface RunFigures {
  readonly events: number;
  /** Wall-clock seconds. */
  readonly seconds: number;
  /** CPU seconds of the process (user + system) over the run. */
  readonly cpuSeconds: number;
  readonly meanWait: number;
}

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function exponential(rng: Rng, rate: number): number {
  return -Math.log(1 - rng()) / rate;
}

/** The M/M/c model through `env.process`, `Resource` and `env.timeout`. */
function runEngine(n: number, c: number, lambda: number, mu: number, seed: number): RunFigures {
  const rep = streams(seed).replication(0);
  const arrivals = rep.stream('arrivals');
  const service = rep.stream('service');
  const t0 = performance.now();
  const c0 = cpuNow();
  const env = new Environment();
  const servers = new Resource(env, { capacity: c });
  let waitSum = 0;
  function* customer(): ProcessGenerator<void> {
    const arrival = env.now;
    const req = yield* servers.request();
    waitSum += env.now - arrival;
    yield* env.timeout(exponential(service, mu));
    servers.release(req);
  }
  env.process(function* source(): ProcessGenerator<void> {
    for (let i = 0; i < n; i++) {
      yield* env.timeout(exponential(arrivals, lambda));
      env.process(customer());
    }
  });
  env.run();
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = cpuNow() - c0;
  return { events: env.eventsProcessed, seconds, cpuSeconds, meanWait: waitSum / n };
}

/** The same model as a bare event loop: arrivals and departures on a hand-written heap. */
function runHand(n: number, c: number, lambda: number, mu: number, seed: number): RunFigures {
  const rep = streams(seed).replication(0);
  const arrivals = rep.stream('arrivals');
  const service = rep.stream('service');
  const t0 = performance.now();
  const c0 = cpuNow();
  let cap = 1024;
  let times = new Float64Array(cap);
  let seqs = new Float64Array(cap);
  let kinds = new Uint8Array(cap);
  let size = 0;
  let seq = 0;
  const push = (t: number, kind: number): void => {
    if (size === cap) {
      cap *= 2;
      const nt = new Float64Array(cap);
      const ns = new Float64Array(cap);
      const nk = new Uint8Array(cap);
      nt.set(times);
      ns.set(seqs);
      nk.set(kinds);
      times = nt;
      seqs = ns;
      kinds = nk;
    }
    const s = seq++;
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (times[p]! < t || (times[p] === t && seqs[p]! < s)) break;
      times[i] = times[p]!;
      seqs[i] = seqs[p]!;
      kinds[i] = kinds[p]!;
      i = p;
    }
    times[i] = t;
    seqs[i] = s;
    kinds[i] = kind;
  };
  let popTime = 0;
  const pop = (): number => {
    popTime = times[0]!;
    const kind = kinds[0]!;
    const m = --size;
    const t = times[m]!;
    const s = seqs[m]!;
    const k = kinds[m]!;
    let i = 0;
    const half = m >> 1;
    while (i < half) {
      let ch = 2 * i + 1;
      if (
        ch + 1 < m &&
        (times[ch + 1]! < times[ch]! || (times[ch + 1] === times[ch] && seqs[ch + 1]! < seqs[ch]!))
      )
        ch++;
      if (t < times[ch]! || (t === times[ch] && s < seqs[ch]!)) break;
      times[i] = times[ch]!;
      seqs[i] = seqs[ch]!;
      kinds[i] = kinds[ch]!;
      i = ch;
    }
    times[i] = t;
    seqs[i] = s;
    kinds[i] = k;
    return kind;
  };
  // FIFO of arrival times of waiting customers (ring buffer).
  let qcap = 1024;
  let queue = new Float64Array(qcap);
  let qhead = 0;
  let qlen = 0;
  let busy = 0;
  let arrived = 0;
  let waitSum = 0;
  let events = 0;
  const ARRIVAL = 0;
  const DEPARTURE = 1;
  push(exponential(arrivals, lambda), ARRIVAL);
  arrived = 1;
  while (size > 0) {
    const kind = pop();
    const now = popTime;
    events++;
    if (kind === ARRIVAL) {
      if (arrived < n) {
        push(now + exponential(arrivals, lambda), ARRIVAL);
        arrived++;
      }
      if (busy < c) {
        busy++;
        push(now + exponential(service, mu), DEPARTURE);
      } else {
        if (qlen === qcap) {
          const nq = new Float64Array(qcap * 2);
          for (let i = 0; i < qlen; i++) nq[i] = queue[(qhead + i) % qcap]!;
          queue = nq;
          qcap *= 2;
          qhead = 0;
        }
        queue[(qhead + qlen) % qcap] = now;
        qlen++;
      }
    } else if (qlen > 0) {
      const arrival = queue[qhead]!;
      qhead = (qhead + 1) % qcap;
      qlen--;
      waitSum += now - arrival;
      push(now + exponential(service, mu), DEPARTURE);
    } else {
      busy--;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = cpuNow() - c0;
  return { events, seconds, cpuSeconds, meanWait: waitSum / n };
}

/** Minimum, median and maximum of `xs`. */
export function spread(xs: readonly number[]): { min: number; median: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  const median = s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  return { min: s[0]!, median, max: s[s.length - 1]! };
}

/** `min–max (median m)` with `digits` decimals. */
export function formatSpread(x: { min: number; median: number; max: number }, digits: number) {
  return `${x.min.toFixed(digits)}–${x.max.toFixed(digits)} (median ${x.median.toFixed(digits)})`;
}

/** The machine's 1, 5 and 15-minute load averages, as `uptime` prints them. */
export function loadLine(): string {
  const [a, b, c] = loadavg();
  return `load average ${a!.toFixed(2)}, ${b!.toFixed(2)}, ${c!.toFixed(2)}`;
}

/**
 * Runs the M/M/c model through the engine and through the hand-written loop, alternating, and
 * returns customers/s and events/s of each (min, median, max), their ratios per pair of adjacent
 * runs, by wall clock and by CPU time, and the mean waits (which must be equal).
 */
export async function benchEngine(options: MmcBenchOptions = {}): Promise<BenchResult> {
  const n = options.customers ?? 1_000_000;
  const c = options.servers ?? 3;
  const rho = options.rho ?? 0.8;
  const repeats = options.repeats ?? 7;
  const seed = options.seed ?? 1;
  const mu = 1;
  const lambda = rho * c * mu;
  const loadBefore = loadLine();
  // One untimed full run of each first, so the timed runs measure optimised code.
  runEngine(n, c, lambda, mu, seed);
  runHand(n, c, lambda, mu, seed);
  const engineRuns: RunFigures[] = [];
  const handRuns: RunFigures[] = [];
  for (let r = 0; r < repeats; r++) {
    engineRuns.push(runEngine(n, c, lambda, mu, seed));
    handRuns.push(runHand(n, c, lambda, mu, seed));
  }
  const engineCps = spread(engineRuns.map((x) => n / x.seconds));
  const handCps = spread(handRuns.map((x) => n / x.seconds));
  const ratio = spread(engineRuns.map((x, i) => handRuns[i]!.seconds / x.seconds));
  const cpuRatio = spread(engineRuns.map((x, i) => handRuns[i]!.cpuSeconds / x.cpuSeconds));
  const engineEvents = engineRuns[0]!.events;
  const handEvents = handRuns[0]!.events;
  const engineEps = spread(engineRuns.map((x) => x.events / x.seconds));
  const handEps = spread(handRuns.map((x) => x.events / x.seconds));
  const eventsRatio = spread(
    engineRuns.map((x, i) => x.events / x.seconds / (handEvents / handRuns[i]!.seconds)),
  );
  const engineWait = engineRuns[0]!.meanWait;
  const handWait = handRuns[0]!.meanWait;
  const metrics: Record<string, number> = {
    customers: n,
    runs: repeats,
    'engine events': engineEvents,
    'hand events': handEvents,
    'engine events/s': engineEps.median,
    'hand events/s': handEps.median,
    'events/s ratio': eventsRatio.median,
    'engine customers/s min': engineCps.min,
    'engine customers/s median': engineCps.median,
    'engine customers/s max': engineCps.max,
    'hand customers/s min': handCps.min,
    'hand customers/s median': handCps.median,
    'hand customers/s max': handCps.max,
    'customers/s ratio min': ratio.min,
    'customers/s ratio median': ratio.median,
    'customers/s ratio max': ratio.max,
    'customers/s ratio, CPU time, median': cpuRatio.median,
    'engine mean wait': engineWait,
    'hand mean wait': handWait,
  };
  const same = engineRuns.every((x) => x.meanWait === handWait);
  const k = (x: number) => `${Math.round(x / 1000).toLocaleString('en-US')} k`;
  const lines = [
    `M/M/${c}, rho = ${rho}, ${n.toLocaleString('en-US')} customers, ${repeats} alternating timed runs of each after one untimed run; ${loadBefore} at the start, ${loadLine()} at the end.`,
    `customers/s: engine ${k(engineCps.min)}–${k(engineCps.max)} (median ${k(engineCps.median)}), hand-written loop ${k(handCps.min)}–${k(handCps.max)} (median ${k(handCps.median)}).`,
    `customers/s ratio engine / loop per pair of runs: ${formatSpread(ratio, 3)} by wall clock, ${formatSpread(cpuRatio, 3)} by CPU time (same work).`,
    `events/s ratio ${formatSpread(eventsRatio, 3)} (each counts its own queue entries: ${(engineEvents / n).toFixed(2)} vs ${(handEvents / n).toFixed(2)} per customer).`,
    same
      ? 'mean waits identical in every run: same draws in the same order.'
      : `MEAN WAITS DIFFER: engine ${engineWait}, hand ${handWait}.`,
  ];
  return { name: 'engine: M/M/c through processes vs hand-written loop', metrics, lines };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchEngine();
  console.log(result.name);
  for (const [k, v] of Object.entries(result.metrics)) console.log(`  ${k}: ${v}`);
  for (const line of result.lines) console.log(`  ${line}`);
}
