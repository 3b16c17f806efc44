/**
 * Resources: a number of identical units that processes request, hold and release. FIFO
 * ({@link Resource}), by priority ({@link PriorityResource}) or by priority with preemption
 * ({@link PreemptiveResource}). For distinct units (airframes that differ by base and equipment)
 * see {@link Pool}.
 *
 * **Capacity** is an integer ≥ 0 and may change during a run ({@link Resource.setCapacity}): a
 * facility with no team is a resource of capacity 0. Raising it serves waiting requests at once,
 * in queue order, at the same instant. Lowering it takes no unit away: holders keep their units
 * until they release them, and no unit is granted until fewer units are in use than the new
 * capacity. (A {@link PreemptiveResource} can instead preempt the holders above the new capacity:
 * `setCapacity(n, { preempt: true })`, e.g. a server that breaks down.) A request is granted at
 * once only if a unit is free, so while requests wait, every unit is in use.
 *
 * **Preemption** ({@link PreemptiveResource}). Waiting requests are ordered by priority (lower
 * number first), then arrival; a preempted request that is requeued goes back to the head of its
 * priority class. The rules:
 *
 * 1. A unit that frees (a release, a preemption, a capacity increase) always goes to the first
 *    waiting request.
 * 2. Only the first waiting request may preempt, and only if it was made with `preempt: true`: a
 *    request never jumps a waiting request ahead of it, whether that one may preempt or not.
 * 3. It preempts the worst user (highest priority number; the latest granted among equals), and
 *    only one strictly worse than itself; the freed unit goes to it by rule 1. (When a lowered
 *    capacity leaves more units in use than the capacity, it must preempt enough strictly worse
 *    users to free a unit, or none.)
 * 4. Whenever the first waiting request changes (the previous one was granted or cancelled, or a
 *    better one arrived), the new one is considered for preemption at once.
 *
 * The preempted request's process receives an {@link Interrupt} whose `cause` is a
 * {@link Preempted}. By default the request is dropped (status `'preempted'`; releasing it does
 * nothing). With `requeuePreempted: true` it waits again at the head of its priority class and
 * is granted again later (preemptive resume): the process catches the interrupt and waits on the
 * same request with `yield* req`.
 *
 * **Where this departs from SimPy 4.1.2** (`PreemptiveResource._do_put`, `PriorityRequest.key =
 * (priority, time, not preempt)`): SimPy also lets only the head of the queue preempt, but (a) it
 * compares whole keys, so a user of equal priority is preempted by a request made at the same
 * time with `preempt=True` when the user's was made with `preempt=False`; here only a strictly
 * better priority preempts, so equal priorities are always served first come, first served;
 * (b) SimPy picks the victim by latest *request* time, here by latest *grant*, the user with the
 * least service invested; (c) SimPy re-examines the head only when a request is made or a release
 * is processed, so a head that appears because another request was cancelled waits for the next
 * such event; here it is re-examined at once, and grants are made synchronously at the release;
 * (d) SimPy orders a priority class by request time, then preempt-capable first; here by arrival
 * only; (e) SimPy has no requeue (a preempted request is always dropped), no capacity changes, and
 * no capacity 0.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { Deque } from './deque.js';
import type { Environment } from './environment.js';
import { DISPOSE, PENDING, PROCESSED, Priority, SimEvent, TRIGGERED } from './events.js';
import { EventHeap } from './heap.js';
import type { Process } from './process.js';
import {
  CANCELLED,
  GRANTED,
  PREEMPTED,
  RELEASED,
  type RequestStatus,
  refuseRelease,
  STATUS,
  WAITING,
} from './request-status.js';
import { ResourceMonitor } from './resource-monitor.js';

export type { RequestStatus } from './request-status.js';

/**
 * Offset subtracted from the arrival sequence of a requeued request, so that it sorts before
 * every request that was never granted in its priority class (sequences stay below 2^43, so the
 * key stays an exact integer), and requeued requests keep their arrival order among themselves.
 */
const REQUEUE_OFFSET = 2 ** 50;

/** Options of `resource.request()`. */
export interface RequestOptions {
  /** Lower numbers are served first (default 0); ignored by the FIFO {@link Resource}. */
  readonly priority?: number;
  /** On a {@link PreemptiveResource}: whether this request may preempt a user (default true). */
  readonly preempt?: boolean;
}

/** Options of resource constructors. */
export interface ResourceOptions {
  /** Number of units, an integer ≥ 0 (default 1). */
  readonly capacity?: number;
}

/** Options of `new PreemptiveResource()`. */
export interface PreemptiveResourceOptions extends ResourceOptions {
  /**
   * Whether a preempted request waits again, at the head of its priority class, to be granted
   * later (preemptive resume), instead of being dropped (default false).
   */
  readonly requeuePreempted?: boolean;
}

/** Options of {@link PreemptiveResource.setCapacity}. */
export interface SetCapacityOptions {
  /**
   * When lowering the capacity below the units in use, preempt the worst users (as a preemption
   * would choose them) until the units in use fit, instead of letting them finish (default false).
   */
  readonly preempt?: boolean;
}

/**
 * A request for one unit of a resource. It is an event that succeeds with itself once the unit is
 * granted: `const req = yield* res.request()`. Give the unit back with `res.release(req)`, or
 * withdraw a request still waiting with `req.cancel()`; or declare it with `using` so that it is
 * released (or withdrawn) on every path out of the block:
 *
 * ```ts
 * env.process(function* () {
 *   using req = desk.request();
 *   yield* req;
 *   yield* env.timeout(1);
 * }); // released here, also if the process was interrupted
 * ```
 *
 * A request that can be granted at once is granted synchronously: `yield*` on it returns
 * without giving up control. A request that waits is granted by a later release and resumes its
 * process at that time, in the order of the queue.
 */
export class Request extends SimEvent<Request> {
  /** The resource asked. */
  declare readonly resource: Resource;
  /** Priority (lower first). */
  declare readonly priority: number;
  /** Whether it may preempt (preemptive resources only). */
  declare readonly preempt: boolean;
  /** The process that made the request (it receives the interrupt if preempted), or `null`. */
  declare readonly process: Process<unknown> | null;
  /** Time the unit was granted (`NaN` before, and while waiting again after a preemption). */
  declare usageSince: number;
  /** @internal */
  declare _status: number;
  /** @internal Order of arrival at the resource. */
  declare readonly _seq: number;

  /** @internal Use `resource.request()`. */
  constructor(
    resource: Resource,
    priority: number,
    preempt: boolean,
    process: Process<unknown> | null,
    seq: number,
  ) {
    super(resource.env);
    const self = this as {
      resource: Resource;
      priority: number;
      preempt: boolean;
      process: Process<unknown> | null;
      _seq: number;
    };
    self.resource = resource;
    self.priority = priority;
    self.preempt = preempt;
    self.process = process;
    self._seq = seq;
    this.usageSince = Number.NaN;
    this._status = WAITING;
  }

  /** Where the request stands. */
  get status(): RequestStatus {
    return STATUS[this._status]!;
  }

  /**
   * Withdraws the request: a waiting request leaves the queue (it will never be granted); a
   * granted one is released. Cancelling a released, cancelled or preempted request does nothing.
   */
  cancel(): void {
    this.resource._cancel(this);
  }

  /** `using req = res.request()`: {@link Request.cancel} when the block is left. */
  [DISPOSE](): void {
    this.resource._cancel(this);
  }
}

/**
 * What a preempted process receives as the `cause` of its {@link Interrupt}: who preempted it,
 * since when it held the unit, on which resource, which request, and whether that request waits
 * again (`requeued`, with `requeuePreempted`) or was dropped.
 */
export class Preempted {
  /** @internal */
  constructor(
    /** Process whose request preempted, or `null` (outside a process, or a capacity change). */
    readonly by: Process<unknown> | null,
    /** Time the preempted request had been granted. */
    readonly usageSince: number,
    /** The resource. */
    readonly resource: Resource,
    /** The preempted request. */
    readonly request: Request,
    /** Whether the request waits again (`yield* request` to be granted again). */
    readonly requeued: boolean,
  ) {}
}

/** @internal Throws unless `capacity` is an integer ≥ 0. */
export function checkCapacity(capacity: number): void {
  if (!Number.isInteger(capacity) || capacity < 0) {
    throw new InvalidArgumentError('capacity', 'an integer ≥ 0', capacity);
  }
}

/**
 * A resource with `capacity` identical units served first come, first served.
 *
 * @example
 * ```ts
 * const desk = new Resource(env, { capacity: 2 });
 * env.process(function* () {
 *   const req = yield* desk.request();
 *   yield* env.timeout(1);
 *   desk.release(req);
 * });
 * ```
 */
export class Resource {
  /** The environment. */
  readonly env: Environment;
  /** @internal */
  _capacity: number;
  /** @internal */
  _count = 0;
  /** @internal Waiting requests, not counting cancelled ones still in the queue. */
  _queued = 0;
  private seq = 0;
  private mon: ResourceMonitor | null = null;
  private readonly fifo = new Deque<Request>();

  /** Creates a resource of `options.capacity` units (an integer ≥ 0, default 1). */
  constructor(env: Environment, options: ResourceOptions = {}) {
    const capacity = options.capacity ?? 1;
    checkCapacity(capacity);
    this.env = env;
    this._capacity = capacity;
  }

  /** Number of units; change it with {@link Resource.setCapacity}. */
  get capacity(): number {
    return this._capacity;
  }

  /** Units in use (may exceed the capacity for a while after the capacity was lowered). */
  get count(): number {
    return this._count;
  }

  /** Requests waiting for a unit. */
  get queueLength(): number {
    return this._queued;
  }

  /**
   * Sets the number of units (an integer ≥ 0) from now on. Raising it grants units to waiting
   * requests at once, in queue order. Lowering it takes no unit away: holders keep theirs until
   * they release, and nothing is granted until fewer units are in use than the new capacity.
   *
   * @example
   * ```ts
   * const teams = new Resource(env, { capacity: 0 }); // a facility with no surgical team yet
   * env.process(function* () {
   *   yield* env.timeout(72);
   *   teams.setCapacity(2); // two teams deploy: waiting casualties are served at once
   * });
   * ```
   */
  setCapacity(capacity: number): void {
    checkCapacity(capacity);
    this._changeCapacity(capacity);
    this._serve(null);
    this._touch();
  }

  /** Requests one unit; `yield*` the result to wait for it. */
  request(options?: RequestOptions): Request {
    return this._admit(this._makeRequest(options));
  }

  /**
   * Gives back the unit held by `request`. Releasing a request that was preempted (and dropped)
   * does nothing; releasing one twice, one never granted, or one waiting again after a preemption,
   * throws.
   */
  release(request: Request): void {
    if (!(request instanceof Request) || request.resource !== this) {
      throw new InvalidArgumentError('request', 'a Request made to this resource', request);
    }
    switch (request._status) {
      case GRANTED:
        request._status = RELEASED;
        this._count--;
        this._onRelease(request);
        this._serve(null);
        this._touch();
        return;
      case PREEMPTED:
        return;
      default:
        refuseRelease(request._status);
    }
  }

  /**
   * Attaches (on first call) and returns a monitor of units in use, queue length and capacity
   * over time, observed from now on.
   */
  monitor(): ResourceMonitor {
    if (this.mon === null)
      this.mon = new ResourceMonitor(this.env, this._capacity, this._count, this._queued);
    return this.mon;
  }

  /** @internal */
  _cancel(request: Request): void {
    if (request._status === WAITING) {
      request._status = CANCELLED;
      this._queued--;
      this._onCancel();
      this._touch();
    } else if (request._status === GRANTED) {
      this.release(request);
    }
  }

  /** @internal */
  protected _makeRequest(options: RequestOptions | undefined): Request {
    let priority = 0;
    let preempt = true;
    if (options !== undefined) {
      if (options.priority !== undefined) {
        priority = options.priority;
        if (typeof priority !== 'number' || !Number.isFinite(priority)) {
          throw new InvalidArgumentError('priority', 'a finite number', priority);
        }
      }
      if (options.preempt !== undefined) preempt = options.preempt;
    }
    return new Request(this, priority, preempt, this.env._active, this.seq++);
  }

  /**
   * @internal Grants `request` at once if a unit is free (then no request waits: see the module
   * notes), else queues it.
   */
  protected _admit(request: Request): Request {
    if (this._count < this._capacity) {
      request._value = request;
      request._state = PROCESSED;
      this._grant(request);
    } else {
      this._queued++;
      this._enqueue(request);
    }
    this._touch();
    return request;
  }

  /**
   * @internal Hands free units to waiting requests in queue order. `admitting` is the request
   * being made in this call, if any: granted now, it is processed at once (no queue entry).
   */
  protected _serve(admitting: Request | null): void {
    while (this._count < this._capacity && this._queued > 0) {
      const next = this._dequeue();
      if (next === undefined) break;
      this._queued--;
      next._value = next;
      if (next === admitting) {
        next._state = PROCESSED;
      } else {
        next._state = TRIGGERED;
        this.env._schedule(next, Priority.Normal, 0);
      }
      this._grant(next);
    }
  }

  /** @internal */
  protected _changeCapacity(capacity: number): void {
    this._capacity = capacity;
    if (this.mon !== null) this.mon._recordCapacity(capacity);
  }

  /** @internal */
  protected _grant(request: Request): void {
    request._status = GRANTED;
    request.usageSince = this.env._now;
    this._count++;
  }

  /** @internal */
  protected _touch(): void {
    if (this.mon !== null) this.mon._record(this._count, this._queued);
  }

  /** @internal Called after a granted request gives its unit back. */
  protected _onRelease(_request: Request): void {}

  /** @internal Called after a waiting request was cancelled. */
  protected _onCancel(): void {}

  /** @internal */
  protected _enqueue(request: Request): void {
    this.fifo.push(request);
  }

  /** @internal Next live waiting request, skipping cancelled ones. */
  protected _dequeue(): Request | undefined {
    for (;;) {
      const r = this.fifo.shift();
      if (r === undefined || r._status === WAITING) return r;
    }
  }
}

/**
 * A resource whose waiting requests are served by priority (lower number first), first come,
 * first served within a priority.
 */
export class PriorityResource extends Resource {
  /** Waiting requests ordered by `(priority, _seq)`: the heap's time slot holds the priority. */
  private readonly waiting = new EventHeap<Request>(16);

  /** @internal */
  protected override _enqueue(request: Request): void {
    this.waiting.push(request.priority, request._seq, request);
  }

  /** @internal Queues a preempted request at the head of its priority class. */
  protected _requeue(request: Request): void {
    this.waiting.push(request.priority, request._seq - REQUEUE_OFFSET, request);
  }

  /** @internal */
  protected override _dequeue(): Request | undefined {
    for (;;) {
      const r = this.waiting.pop();
      if (r === undefined || r._status === WAITING) return r;
    }
  }

  /** @internal First live waiting request, dropping cancelled ones from the top. */
  protected _head(): Request | undefined {
    for (;;) {
      const r = this.waiting.peek();
      if (r === undefined || r._status === WAITING) return r;
      this.waiting.pop();
    }
  }
}

/** Whether user `a` is a better victim than user `b` (worse priority, then granted later). */
function worseUser(a: Request, ai: number, b: Request, bi: number): boolean {
  return a.priority > b.priority || (a.priority === b.priority && ai > bi);
}

/**
 * A priority resource whose waiting requests may preempt users of a strictly worse priority, by
 * the rules in the module notes: a freed unit always goes to the first waiting request; only that
 * request may preempt (if made with `preempt: true`, the default), and only the worst user (the
 * latest granted among equals) if strictly worse than itself; a new first request is considered
 * at once.
 *
 * The preempted process receives an {@link Interrupt} whose `cause` is a {@link Preempted}. By
 * default its request is dropped (releasing it does nothing). With `requeuePreempted: true` it
 * waits again at the head of its priority class (preemptive resume):
 *
 * @example
 * ```ts
 * const surgeon = new PreemptiveResource(env, { capacity: 1, requeuePreempted: true });
 * env.process(function* () {
 *   using req = surgeon.request({ priority: 2 });
 *   yield* req;
 *   let remaining = 3; // hours of work
 *   while (remaining > 0) {
 *     const start = env.now;
 *     try {
 *       yield* env.timeout(remaining);
 *       remaining = 0;
 *     } catch (e) {
 *       if (!(e instanceof Interrupt && e.cause instanceof Preempted)) throw e;
 *       remaining -= env.now - start;
 *       yield* req; // waits until granted again, then resumes the remaining work
 *     }
 *   }
 * }); // `using` releases the unit
 * ```
 *
 * A process that gives up after a preemption must `cancel()` its requeued request (leaving a
 * `using` block does it), or the request would be granted later to nobody.
 */
export class PreemptiveResource extends PriorityResource {
  /** Whether preempted requests wait again instead of being dropped. */
  readonly requeuePreempted: boolean;
  private readonly users: Request[] = [];

  /** Creates a preemptive resource; see {@link PreemptiveResourceOptions}. */
  constructor(env: Environment, options: PreemptiveResourceOptions = {}) {
    super(env, options);
    this.requeuePreempted = options.requeuePreempted === true;
  }

  /** The granted requests, in the order they were granted. */
  get holders(): readonly Request[] {
    return this.users;
  }

  /**
   * Sets the number of units, as {@link Resource.setCapacity}; with `{ preempt: true }`, lowering
   * it below the units in use preempts the worst users (highest priority number, latest granted
   * among equals) until the units in use fit. Their processes receive a {@link Preempted} cause
   * whose `by` is `null`; with `requeuePreempted` their requests wait again.
   *
   * @example
   * ```ts
   * // A single server that breaks down: the job in hand is interrupted and resumes after repair.
   * server.setCapacity(0, { preempt: true });
   * yield* env.timeout(repairHours);
   * server.setCapacity(1);
   * ```
   */
  override setCapacity(capacity: number, options?: SetCapacityOptions): void {
    checkCapacity(capacity);
    this._changeCapacity(capacity);
    if (options?.preempt === true) {
      while (this._count > capacity) {
        this.preemptUser(this.users[this.worstUsers(1)[0]!]!, null);
      }
    }
    this._serve(null);
    this._touch();
  }

  /** @internal A waiting request may preempt at once (rule 4), or keep waiting. */
  protected override _admit(request: Request): Request {
    super._admit(request);
    if (request._status === WAITING) {
      this._serve(request);
      this._touch();
    }
    return request;
  }

  /** @internal Grants free units in queue order, then lets the first waiting request preempt. */
  protected override _serve(admitting: Request | null): void {
    for (;;) {
      super._serve(admitting);
      if (this._queued === 0) return;
      const head = this._head()!;
      if (!head.preempt || !this.preemptFor(head)) return;
    }
  }

  /** @internal */
  protected override _onCancel(): void {
    this._serve(null);
  }

  /** @internal */
  protected override _grant(request: Request): void {
    super._grant(request);
    this.users.push(request);
  }

  /** @internal */
  protected override _onRelease(request: Request): void {
    const i = this.users.indexOf(request);
    if (i >= 0) this.users.splice(i, 1);
  }

  /**
   * Preempts the users `head` needs to get a unit, if there are enough strictly worse ones;
   * returns whether it did.
   */
  private preemptFor(head: Request): boolean {
    const needed = this._count - this._capacity + 1;
    if (this.users.length < needed) return false;
    const victims = this.worstUsers(needed);
    // The victims are sorted worst first: the last is the best of them.
    if (!(this.users[victims[needed - 1]!]!.priority > head.priority)) return false;
    const chosen = victims.map((i) => this.users[i]!);
    for (const v of chosen) this.preemptUser(v, head.process);
    return true;
  }

  /** Indices (in `users`) of the `k` worst users, worst first. */
  private worstUsers(k: number): number[] {
    const users = this.users;
    if (k === 1) {
      let w = 0;
      for (let i = 1; i < users.length; i++) if (worseUser(users[i]!, i, users[w]!, w)) w = i;
      return [w];
    }
    const order = users.map((_, i) => i);
    order.sort((a, b) => (worseUser(users[a]!, a, users[b]!, b) ? -1 : 1));
    return order.slice(0, k);
  }

  /** Takes the unit from `victim`, drops or requeues it, and interrupts its process. */
  private preemptUser(victim: Request, by: Process<unknown> | null): void {
    this.users.splice(this.users.indexOf(victim), 1);
    this._count--;
    const since = victim.usageSince;
    const proc = victim.process;
    const requeue = this.requeuePreempted && (proc === null || proc.isAlive);
    if (requeue) {
      victim._status = WAITING;
      victim.usageSince = Number.NaN;
      // A grant not yet processed is withdrawn, so that it resumes nobody.
      if (victim._state === TRIGGERED) this.env._unschedule(victim);
      victim._state = PENDING;
      victim._value = undefined;
      this._queued++;
      this._requeue(victim);
    } else {
      victim._status = PREEMPTED;
    }
    if (proc?.isAlive && proc !== this.env._active) {
      proc.interrupt(new Preempted(by, since, this, victim, requeue));
    }
  }
}
