/**
 * Engine benchmark: an M/M/c queue (c = 3, ρ = 0.8 by default) run through the engine's process
 * API, and the same model as a minimal hand-written event loop (its own binary heap, the same
 * random streams and the same draws), in one process. Both compute the mean wait in queue, which
 * must agree exactly: same draws, same order.
 */
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
  /** Timed repetitions of each variant; the fastest is reported (default 3). */
  readonly repeats?: number;
  /** Seed of the random streams (default 1). */
  readonly seed?: number;
}

interface RunFigures {
  readonly events: number;
  readonly seconds: number;
  readonly meanWait: number;
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
  return { events: env.eventsProcessed, seconds, meanWait: waitSum / n };
}

/** The same model as a bare event loop: arrivals and departures on a hand-written heap. */
function runHand(n: number, c: number, lambda: number, mu: number, seed: number): RunFigures {
  const rep = streams(seed).replication(0);
  const arrivals = rep.stream('arrivals');
  const service = rep.stream('service');
  const t0 = performance.now();
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
  return { events, seconds, meanWait: waitSum / n };
}

function fastest(runs: RunFigures[]): RunFigures {
  return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

/**
 * Runs the M/M/c model through the engine and through the hand-written loop and returns events/s
 * and customers/s of each, their ratios, and the mean waits (which must be equal).
 */
export async function benchEngine(options: MmcBenchOptions = {}): Promise<BenchResult> {
  const n = options.customers ?? 1_000_000;
  const c = options.servers ?? 3;
  const rho = options.rho ?? 0.8;
  const repeats = options.repeats ?? 3;
  const seed = options.seed ?? 1;
  const mu = 1;
  const lambda = rho * c * mu;
  // One untimed full run of each first, so the timed runs measure optimised code.
  runEngine(n, c, lambda, mu, seed);
  runHand(n, c, lambda, mu, seed);
  const engineRuns: RunFigures[] = [];
  const handRuns: RunFigures[] = [];
  for (let r = 0; r < repeats; r++) {
    engineRuns.push(runEngine(n, c, lambda, mu, seed));
    handRuns.push(runHand(n, c, lambda, mu, seed));
  }
  const engine = fastest(engineRuns);
  const hand = fastest(handRuns);
  const engineEventsPerS = engine.events / engine.seconds;
  const handEventsPerS = hand.events / hand.seconds;
  const engineCustomersPerS = n / engine.seconds;
  const handCustomersPerS = n / hand.seconds;
  const metrics: Record<string, number> = {
    customers: n,
    'engine events': engine.events,
    'hand events': hand.events,
    'engine events/s': engineEventsPerS,
    'hand events/s': handEventsPerS,
    'events/s ratio': engineEventsPerS / handEventsPerS,
    'engine customers/s': engineCustomersPerS,
    'hand customers/s': handCustomersPerS,
    'customers/s ratio': engineCustomersPerS / handCustomersPerS,
    'engine mean wait': engine.meanWait,
    'hand mean wait': hand.meanWait,
  };
  const same = engine.meanWait === hand.meanWait;
  const lines = [
    `M/M/${c}, rho = ${rho}, ${n.toLocaleString('en-US')} customers, fastest of ${repeats} timed runs each, after one untimed run.`,
    `engine: ${(engine.seconds * 1000).toFixed(0)} ms, hand-written loop: ${(hand.seconds * 1000).toFixed(0)} ms.`,
    `events/s ratio ${(100 * metrics['events/s ratio']!).toFixed(1)} % (each counts its own queue entries: ` +
      `${(engine.events / n).toFixed(2)} vs ${(hand.events / n).toFixed(2)} per customer); ` +
      `customers/s ratio ${(100 * metrics['customers/s ratio']!).toFixed(1)} % (same work).`,
    same
      ? 'mean waits identical: same draws in the same order.'
      : `MEAN WAITS DIFFER: engine ${engine.meanWait}, hand ${hand.meanWait}.`,
  ];
  return { name: 'engine: M/M/c through processes vs hand-written loop', metrics, lines };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchEngine();
  console.log(result.name);
  for (const [k, v] of Object.entries(result.metrics)) console.log(`  ${k}: ${v}`);
  for (const line of result.lines) console.log(`  ${line}`);
}
