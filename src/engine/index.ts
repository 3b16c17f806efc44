/**
 * `peacekeeping-sim/engine`: the discrete-event simulation kernel, free of any peacekeeping —
 * clock, event queue ordered by (time, priority, insertion), generator processes, interrupts,
 * resources (identical units, changeable capacity, priorities, preemption), pools of distinct
 * items with selection hooks, stores, containers and streaming monitors — with the seeded
 * streams and distributions a model draws from (the kernel itself never draws a number).
 *
 * An M/M/c queue, written the way SimPy's documentation writes it
 * (`examples/mmc-kernel.ts` runs it against Erlang C):
 *
 * @example
 * ```ts
 * import { Environment, Resource, Tally, exponential, streams } from 'peacekeeping-sim/engine';
 *
 * const env = new Environment();
 * const servers = new Resource(env, { capacity: 3 });
 * const rng = streams(1).replication(0);
 * const arrivals = rng.stream('arrivals');
 * const services = rng.stream('services');
 * const waits = new Tally();
 *
 * function* customer() {
 *   const arrived = env.now;
 *   using req = servers.request(); // released on every way out of the block
 *   yield* req;
 *   waits.add(env.now - arrived);
 *   yield* env.timeout(exponential(services, 1)); // μ = 1
 * }
 *
 * env.process(function* source() {
 *   for (;;) {
 *     yield* env.timeout(exponential(arrivals, 2.4)); // λ = 2.4, ρ = 0.8
 *     env.process(customer());
 *   }
 * });
 * env.run({ until: 100_000 });
 * waits.mean; // ≈ 1.079 h, Erlang C for c = 3, λ = 2.4, μ = 1
 * ```
 *
 * @module
 */

export { InvalidArgumentError } from '../errors.js';
export {
  createStream,
  type DistributionSpec,
  describeSpec,
  exponential,
  lognormal,
  lognormalFromMeanSd,
  meanOf,
  normal,
  poisson,
  type RandomStream,
  type ReplicationStreams,
  type Rng,
  type Sampler,
  type SeedStreams,
  samplerOf,
  streams,
  triangular,
  uniform,
  varianceOf,
  weibull,
} from '../random/index.js';
export { Condition, ConditionValue } from './condition.js';
export { Container, type ContainerOptions, ContainerRequest } from './container.js';
export {
  type Clock,
  Environment,
  type EnvironmentOptions,
  type RunOptions,
  type RunUntilEventOptions,
  type ScheduleOptions,
} from './environment.js';
export { Priority, SimEvent, Timeout } from './events.js';
export {
  Pool,
  type PoolOptions,
  PoolPreempted,
  PoolRequest,
  type PoolRequestBaseOptions,
  type PoolRequestOptions,
} from './pool.js';
export { Interrupt, Process, type ProcessGenerator, type ProcessOptions } from './process.js';
export {
  Preempted,
  PreemptiveResource,
  type PreemptiveResourceOptions,
  PriorityResource,
  Request,
  type RequestOptions,
  type RequestStatus,
  Resource,
  type ResourceOptions,
  type SetCapacityOptions,
} from './resource.js';
export { ResourceMonitor } from './resource-monitor.js';
export { FilterStore, Store, StoreGet, type StoreOptions, StorePut } from './store.js';
export { Tally, type TallyOptions } from './tally.js';
export { TimeWeighted } from './time-weighted.js';
