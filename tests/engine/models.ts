/**
 * Small models built on the engine for the tests: an M/M/c queue and a machine-repairman system,
 * driven by named seeded streams.
 */
import {
  Environment,
  type ProcessGenerator,
  Resource,
  Tally,
  TimeWeighted,
} from '../../src/engine/index.js';
import { type Rng, streams } from '../../src/random/streams.js';

/** Exponential draw with rate `rate` by inversion. */
export function exponential(rng: Rng, rate: number): number {
  return -Math.log(1 - rng()) / rate;
}

/** Options of {@link runMmc}. */
export interface MmcOptions {
  readonly c: number;
  readonly lambda: number;
  readonly mu: number;
  readonly seed: number | string;
  readonly replication: number;
  /** Simulated time after which statistics are kept. */
  readonly warmup: number;
  /** End of the observation window. */
  readonly horizon: number;
  /** Record a trace of the first `traceCustomers` customers: `[time, id, what]`. */
  readonly traceCustomers?: number;
  /**
   * Stop arrivals at `horizon` and run until the system is empty; the window is then the whole
   * run (warm-up must be 0).
   */
  readonly drain?: boolean;
}

/** Results of one M/M/c replication, over the window after warm-up. */
export interface MmcResult {
  /** Mean wait in queue of customers who started service after warm-up. */
  readonly wq: number;
  /** Mean sojourn time of customers who arrived after warm-up and left before the horizon. */
  readonly w: number;
  /** Time-average number in system after warm-up. */
  readonly l: number;
  /** Arrivals per unit time after warm-up. */
  readonly arrivalRate: number;
  /** Length of the observation window. */
  readonly window: number;
  /** Utilisation from the resource monitor. */
  readonly utilisation: number;
  readonly trace: [number, number, string][];
}

/** One replication of an M/M/c queue (FIFO) through processes and a Resource. */
export function runMmc(o: MmcOptions): MmcResult {
  const rep = streams(o.seed).replication(o.replication);
  const arrivals = rep.stream('arrivals');
  const service = rep.stream('service');
  const env = new Environment();
  const servers = new Resource(env, { capacity: o.c });
  const waits = new Tally();
  const sojourns = new Tally();
  const inSystem = new TimeWeighted(env, 0);
  const monitor = servers.monitor();
  const trace: [number, number, string][] = [];
  const traced = o.traceCustomers ?? 0;
  let arrivalsAfterWarmup = 0;

  function* customer(id: number): ProcessGenerator<void> {
    const arrival = env.now;
    const log = id < traced;
    if (log) trace.push([arrival, id, 'arrive']);
    inSystem.add(1);
    if (arrival >= o.warmup) arrivalsAfterWarmup++;
    const req = yield* servers.request();
    if (log) trace.push([env.now, id, 'serve']);
    if (env.now >= o.warmup) waits.add(env.now - arrival);
    yield* env.timeout(exponential(service, o.mu));
    servers.release(req);
    inSystem.add(-1);
    if (log) trace.push([env.now, id, 'leave']);
    if (arrival >= o.warmup) sojourns.add(env.now - arrival);
  }
  env.process(function* source(): ProcessGenerator<void> {
    for (let id = 0; ; id++) {
      yield* env.timeout(exponential(arrivals, o.lambda));
      if (o.drain === true && env.now >= o.horizon) return;
      env.process(customer(id));
    }
  });
  env.process(function* warmup(): ProcessGenerator<void> {
    yield* env.timeout(o.warmup);
    inSystem.reset();
    monitor.reset();
  });
  if (o.drain === true) env.run();
  else env.run({ until: o.horizon });
  const window = env.now - o.warmup;
  return {
    wq: waits.mean,
    w: sojourns.mean,
    l: inSystem.mean(),
    arrivalRate: arrivalsAfterWarmup / window,
    window,
    utilisation: monitor.utilisation(),
    trace,
  };
}

/** Options of {@link runRepairman}. */
export interface RepairmanOptions {
  readonly machines: number;
  readonly repairers: number;
  readonly failureRate: number;
  readonly repairRate: number;
  readonly seed: number | string;
  readonly replication: number;
  readonly warmup: number;
  readonly horizon: number;
}

/** One replication of the machine-repairman model; returns the time-average number of machines up. */
export function runRepairman(o: RepairmanOptions): number {
  const rep = streams(o.seed).replication(o.replication);
  const env = new Environment();
  const crew = new Resource(env, { capacity: o.repairers });
  const up = new TimeWeighted(env, o.machines);
  for (let m = 0; m < o.machines; m++) {
    const rng = rep.stream('machine', String(m));
    env.process(
      function* machine(): ProcessGenerator<void> {
        for (;;) {
          yield* env.timeout(exponential(rng, o.failureRate));
          up.add(-1);
          const req = yield* crew.request();
          yield* env.timeout(exponential(rng, o.repairRate));
          crew.release(req);
          up.add(1);
        }
      },
      { name: `machine-${m}` },
    );
  }
  env.process(function* warmup(): ProcessGenerator<void> {
    yield* env.timeout(o.warmup);
    up.reset();
  });
  env.run({ until: o.horizon });
  return up.mean();
}

/** Mean and standard error of the mean of independent replication results. */
export function summarise(xs: readonly number[]): { mean: number; se: number } {
  const t = new Tally();
  for (const x of xs) t.add(x);
  return { mean: t.mean, se: t.stdError };
}
