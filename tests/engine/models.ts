/**
 * Small models built on the engine for the tests, driven by named seeded streams: an M/M/c
 * queue, a machine-repairman system, an M/M/c queue whose capacity switches, a two-class
 * preemptive-resume priority queue (on a PreemptiveResource or on a Pool), and an M/M/1 queue
 * whose server breaks down.
 */
import {
  Environment,
  Interrupt,
  Pool,
  PoolPreempted,
  Preempted,
  PreemptiveResource,
  type ProcessGenerator,
  Resource,
  type SimEvent,
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

/** Options of {@link runSwitchingMmc}. */
export interface SwitchingMmcOptions {
  readonly lambda: number;
  readonly mu: number;
  /** Capacities in force in turn, each for `period` time units, cycling. */
  readonly capacities: readonly number[];
  readonly period: number;
  /** Customers arriving less than `settle` after a switch are not measured. */
  readonly settle: number;
  /** Nor those arriving less than `margin` before the next switch. */
  readonly margin: number;
  readonly cycles: number;
  readonly seed: number | string;
  readonly replication: number;
}

/** Results of {@link runSwitchingMmc}: per capacity, the measured customers' waits. */
export interface SwitchingMmcResult {
  /** Mean wait in queue per capacity (same order as `capacities`). */
  readonly wq: number[];
  /** Share of measured customers who waited, per capacity. */
  readonly pWait: number[];
  /** Utilisation from the resource monitor over the whole run (∫busy / ∫capacity). */
  readonly utilisation: number;
  /** Time-average capacity over the run. */
  readonly meanCapacity: number;
}

/**
 * An M/M/c queue (FIFO Resource) whose capacity switches among `capacities` every `period`,
 * set by a controller process through `setCapacity`. Customers arriving well inside a period
 * (after `settle`, before the last `margin`) see the steady state of the capacity in force.
 */
export function runSwitchingMmc(o: SwitchingMmcOptions): SwitchingMmcResult {
  const rep = streams(o.seed).replication(o.replication);
  const arrivals = rep.stream('arrivals');
  const service = rep.stream('service');
  const env = new Environment();
  const k = o.capacities.length;
  const servers = new Resource(env, { capacity: o.capacities[0]! });
  const monitor = servers.monitor();
  const waits = o.capacities.map(() => new Tally());
  const waited = o.capacities.map(() => new Tally());
  const horizon = o.cycles * k * o.period;
  function* customer(): ProcessGenerator<void> {
    const arrival = env.now;
    const phase = arrival % o.period;
    const regime = Math.floor(arrival / o.period) % k;
    const measured = phase >= o.settle && phase < o.period - o.margin;
    const req = yield* servers.request();
    if (measured) {
      waits[regime]!.add(env.now - arrival);
      waited[regime]!.add(env.now > arrival ? 1 : 0);
    }
    yield* env.timeout(exponential(service, o.mu));
    servers.release(req);
  }
  env.process(function* source(): ProcessGenerator<void> {
    for (;;) {
      yield* env.timeout(exponential(arrivals, o.lambda));
      env.process(customer());
    }
  });
  env.process(function* controller(): ProcessGenerator<void> {
    for (let i = 1; ; i++) {
      yield* env.timeout(o.period);
      servers.setCapacity(o.capacities[i % k]!);
    }
  });
  env.run({ until: horizon });
  return {
    wq: waits.map((t) => t.mean),
    pWait: waited.map((t) => t.mean),
    utilisation: monitor.utilisation(),
    meanCapacity: monitor.units.mean(),
  };
}

/** Options of {@link runPriorityQueue}. */
export interface PriorityQueueOptions {
  /** `'resource'`: a PreemptiveResource; `'pool'`: a Pool of identical items. */
  readonly on: 'resource' | 'pool';
  readonly servers: number;
  /** Arrival rate of the high-priority class (priority 0). */
  readonly lambda1: number;
  /** Arrival rate of the low-priority class (priority 1). */
  readonly lambda2: number;
  readonly mu: number;
  readonly warmup: number;
  readonly horizon: number;
  readonly seed: number | string;
  readonly replication: number;
}

/** Mean time in system of each class, over customers arriving after warm-up. */
export interface PriorityQueueResult {
  readonly t1: number;
  readonly t2: number;
  /** Preemptions observed (each class-2 interruption). */
  readonly preemptions: number;
}

/** Serves `work` time units of a request held through `wait`, resuming after preemptions. */
function* serveResuming(
  env: Environment,
  request: SimEvent<unknown>,
  work: number,
  onPreempted: () => void,
): ProcessGenerator<void> {
  let remaining = work;
  while (remaining > 0) {
    const start = env.now;
    try {
      yield* env.timeout(remaining);
      remaining = 0;
    } catch (e) {
      if (!(e instanceof Interrupt)) throw e;
      if (!(e.cause instanceof Preempted || e.cause instanceof PoolPreempted)) throw e;
      onPreempted();
      remaining = Math.max(0, remaining - (env.now - start));
      yield* request; // requeued: wait to be granted again
    }
  }
}

/**
 * A two-class queue with preemptive-resume priority and `servers` identical servers: class 1
 * (priority 0) preempts class 2 (priority 1); a preempted customer is requeued at the head of
 * its class and, when granted again, serves the rest of its service time. Service times are
 * drawn at arrival (exponential, rate `mu`).
 */
export function runPriorityQueue(o: PriorityQueueOptions): PriorityQueueResult {
  const rep = streams(o.seed).replication(o.replication);
  const env = new Environment();
  const sojourns = [new Tally(), new Tally()];
  let preemptions = 0;
  const countPreemption = () => {
    preemptions++;
  };
  const resource =
    o.on === 'resource'
      ? new PreemptiveResource(env, { capacity: o.servers, requeuePreempted: true })
      : null;
  const pool =
    o.on === 'pool'
      ? new Pool<number>(env, {
          items: Array.from({ length: o.servers }, (_, i) => i),
          preemptive: true,
          requeuePreempted: true,
        })
      : null;
  function* customer(cls: 0 | 1, work: number): ProcessGenerator<void> {
    const arrival = env.now;
    if (resource !== null) {
      const req = resource.request({ priority: cls });
      yield* req;
      yield* serveResuming(env, req, work, countPreemption);
      resource.release(req);
    } else {
      const req = pool!.request({ priority: cls });
      yield* req;
      yield* serveResuming(env, req, work, countPreemption);
      pool!.release(req);
    }
    if (arrival >= o.warmup) sojourns[cls]!.add(env.now - arrival);
  }
  for (const cls of [0, 1] as const) {
    const arrivals = rep.stream('arrivals', String(cls));
    const service = rep.stream('service', String(cls));
    const rate = cls === 0 ? o.lambda1 : o.lambda2;
    env.process(
      function* source(): ProcessGenerator<void> {
        for (;;) {
          yield* env.timeout(exponential(arrivals, rate));
          env.process(customer(cls, exponential(service, o.mu)));
        }
      },
      { name: `source-${cls}` },
    );
  }
  env.run({ until: o.horizon });
  return { t1: sojourns[0]!.mean, t2: sojourns[1]!.mean, preemptions };
}

/** Options of {@link runBreakdownMm1}. */
export interface BreakdownOptions {
  /** `'resource'`: setCapacity(0 / 1, preempting); `'pool'`: remove / add the one item. */
  readonly on: 'resource' | 'pool';
  readonly lambda: number;
  readonly mu: number;
  /** Breakdown rate while up (busy or idle). */
  readonly alpha: number;
  /** Repair rate. */
  readonly beta: number;
  readonly warmup: number;
  readonly horizon: number;
  readonly seed: number | string;
  readonly replication: number;
}

/**
 * An M/M/1 queue whose server breaks down at any time: a failure process takes the capacity to
 * 0, preempting the customer in service (requeued: it resumes its remaining service after the
 * repair), and back to 1 after an exponential repair. Returns the mean time in system of
 * customers arriving after warm-up, and the time-average capacity (availability).
 */
export function runBreakdownMm1(o: BreakdownOptions): { t: number; availability: number } {
  const rep = streams(o.seed).replication(o.replication);
  const arrivals = rep.stream('arrivals');
  const service = rep.stream('service');
  const failures = rep.stream('failures');
  const env = new Environment();
  const sojourns = new Tally();
  const server =
    o.on === 'resource'
      ? new PreemptiveResource(env, { capacity: 1, requeuePreempted: true })
      : null;
  const pool =
    o.on === 'pool' ? new Pool<string>(env, { items: ['server'], requeuePreempted: true }) : null;
  const monitor = server !== null ? server.monitor() : pool!.monitor();
  const ignore = () => {};
  function* customer(work: number): ProcessGenerator<void> {
    const arrival = env.now;
    if (server !== null) {
      const req = server.request();
      yield* req;
      yield* serveResuming(env, req, work, ignore);
      server.release(req);
    } else {
      const req = pool!.request();
      yield* req;
      yield* serveResuming(env, req, work, ignore);
      pool!.release(req);
    }
    if (arrival >= o.warmup) sojourns.add(env.now - arrival);
  }
  env.process(function* source(): ProcessGenerator<void> {
    for (;;) {
      yield* env.timeout(exponential(arrivals, o.lambda));
      env.process(customer(exponential(service, o.mu)));
    }
  });
  env.process(function* breakdowns(): ProcessGenerator<void> {
    for (;;) {
      yield* env.timeout(exponential(failures, o.alpha));
      if (server !== null) server.setCapacity(0, { preempt: true });
      else pool!.remove('server', { preempt: true });
      yield* env.timeout(exponential(failures, o.beta));
      if (server !== null) server.setCapacity(1);
      else pool!.add('server');
    }
  });
  env.process(function* warmup(): ProcessGenerator<void> {
    yield* env.timeout(o.warmup);
    monitor.reset();
  });
  env.run({ until: o.horizon });
  return { t: sojourns.mean, availability: monitor.units.mean() };
}
