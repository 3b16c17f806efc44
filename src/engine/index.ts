/**
 * The discrete-event simulation kernel: clock, event queue, processes, resources (identical
 * units, with changeable capacity, priorities and preemption), pools of distinct items, stores,
 * containers and streaming monitors. It knows nothing of the domain and never draws random
 * numbers itself.
 *
 * @example
 * ```ts
 * import { Environment, Resource, Tally } from './engine/index.js';
 *
 * const env = new Environment();
 * const desk = new Resource(env, { capacity: 1 });
 * const waits = new Tally();
 * for (const [name, arrival] of [['a', 0], ['b', 1]] as const) {
 *   env.process(function* () {
 *     yield* env.timeout(arrival);
 *     const t0 = env.now;
 *     const req = yield* desk.request();
 *     waits.add(env.now - t0);
 *     yield* env.timeout(3);
 *     desk.release(req);
 *   }, { name });
 * }
 * env.run();
 * waits.mean; // 1 (b waits 2 h, a none)
 * ```
 *
 * @module
 */
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
export { EventHeap, MAX_PRIORITY, queueKey } from './heap.js';
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
