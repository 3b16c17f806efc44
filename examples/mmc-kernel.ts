/**
 * The kernel on its own (`peacekeeping-sim/engine`), SimPy style: an M/M/3 queue at ρ = 0.8,
 * customers as generator processes, servers as a resource, the mean wait against Erlang C.
 *
 * Run it: `npx tsx examples/mmc-kernel.ts`.
 */
import { fileURLToPath } from 'node:url';
import { Environment, exponential, Resource, streams, Tally } from '../src/engine/index.js';

/** Erlang C: mean wait in queue of an M/M/c queue. */
export function erlangCWait(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  const rho = a / c;
  let sum = 0;
  let term = 1;
  for (let k = 0; k < c; k++) {
    if (k > 0) term *= a / k;
    sum += term;
  }
  const last = (term * a) / c / (1 - rho);
  const pWait = last / (sum + last);
  return pWait / (c * mu - lambda);
}

/** Options of {@link main}. */
export interface MmcOptions {
  readonly until?: number;
  readonly seed?: number;
  readonly log?: (line: string) => void;
}

/** Simulates the queue; returns the simulated and the closed-form mean waits. */
export function main(options: MmcOptions = {}) {
  const log = options.log ?? console.log;
  const [lambda, mu, c] = [2.4, 1, 3];
  const env = new Environment();
  const servers = new Resource(env, { capacity: c });
  const rng = streams(options.seed ?? 1).replication(0);
  const arrivals = rng.stream('arrivals');
  const services = rng.stream('services');
  const waits = new Tally();

  function* customer() {
    const arrived = env.now;
    using req = servers.request();
    yield* req;
    waits.add(env.now - arrived);
    yield* env.timeout(exponential(services, mu));
  }

  env.process(function* source() {
    for (;;) {
      yield* env.timeout(exponential(arrivals, lambda));
      env.process(customer());
    }
  });
  env.run({ until: options.until ?? 100_000 });
  const expected = erlangCWait(lambda, mu, c);
  log(`M/M/${c}, λ = ${lambda}, μ = ${mu}: ${waits.count} customers`);
  log(`mean wait ${waits.mean.toFixed(4)} h simulated, ${expected.toFixed(4)} h by Erlang C`);
  return { simulated: waits.mean, expected, customers: waits.count };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
