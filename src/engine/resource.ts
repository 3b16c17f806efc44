/**
 * Resources: a pool of identical units that processes request, hold and release. FIFO
 * ({@link Resource}), by priority ({@link PriorityResource}) or by priority with preemption
 * ({@link PreemptiveResource}).
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { Deque } from './deque.js';
import type { Environment } from './environment.js';
import { PROCESSED, Priority, SimEvent, TRIGGERED } from './events.js';
import { EventHeap } from './heap.js';
import type { Process } from './process.js';
import { ResourceMonitor } from './resource-monitor.js';

const WAITING = 0;
const GRANTED = 1;
const RELEASED = 2;
const CANCELLED = 3;
const PREEMPTED = 4;
const STATUS: readonly RequestStatus[] = [
  'waiting',
  'granted',
  'released',
  'cancelled',
  'preempted',
];

/** Life of a {@link Request}. */
export type RequestStatus = 'waiting' | 'granted' | 'released' | 'cancelled' | 'preempted';

/** Options of `resource.request()`. */
export interface RequestOptions {
  /** Lower numbers are served first (default 0); ignored by the FIFO {@link Resource}. */
  readonly priority?: number;
  /** On a {@link PreemptiveResource}: whether this request may preempt a user (default true). */
  readonly preempt?: boolean;
}

/** Options of resource constructors. */
export interface ResourceOptions {
  /** Number of units, an integer ≥ 1 (default 1). */
  readonly capacity?: number;
}

/**
 * A request for one unit of a resource. It is an event that succeeds with itself once the unit is
 * granted: `const req = yield* res.request()`. Give the unit back with `res.release(req)`, or
 * withdraw a request still waiting with `req.cancel()`.
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
  /** Time the unit was granted (`NaN` before). */
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
}

/**
 * What a preempted process receives as the `cause` of its {@link Interrupt}: who preempted it,
 * since when it held the unit, and on which resource.
 */
export class Preempted {
  /** @internal */
  constructor(
    /** Process whose request preempted (or `null` outside a process). */
    readonly by: Process<unknown> | null,
    /** Time the preempted request had been granted. */
    readonly usageSince: number,
    /** The resource. */
    readonly resource: Resource,
  ) {}
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
  /** Number of units. */
  readonly capacity: number;
  /** @internal */
  _count = 0;
  /** @internal Waiting requests, not counting cancelled ones still in the queue. */
  _queued = 0;
  private seq = 0;
  private mon: ResourceMonitor | null = null;
  private readonly fifo = new Deque<Request>();

  /** Creates a resource of `options.capacity` units (an integer ≥ 1, default 1). */
  constructor(env: Environment, options: ResourceOptions = {}) {
    const capacity = options.capacity ?? 1;
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new InvalidArgumentError('capacity', 'an integer ≥ 1', capacity);
    }
    this.env = env;
    this.capacity = capacity;
  }

  /** Units in use. */
  get count(): number {
    return this._count;
  }

  /** Requests waiting for a unit. */
  get queueLength(): number {
    return this._queued;
  }

  /** Requests one unit; `yield*` the result to wait for it. */
  request(options?: RequestOptions): Request {
    return this._admit(this._makeRequest(options));
  }

  /**
   * Gives back the unit held by `request`. Releasing a request that was preempted does nothing;
   * releasing one twice, or one never granted, throws.
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
        this._serve();
        this._touch();
        return;
      case PREEMPTED:
        return;
      case WAITING:
        throw new InvalidArgumentError(
          'request',
          'a granted request (cancel() withdraws a waiting one)',
          'a request still waiting',
        );
      case RELEASED:
        throw new InvalidArgumentError(
          'request',
          'a request not yet released',
          'a request already released',
        );
      default:
        throw new InvalidArgumentError('request', 'a granted request', 'a cancelled request');
    }
  }

  /**
   * Attaches (on first call) and returns a monitor of units in use and queue length over time,
   * observed from now on.
   */
  monitor(): ResourceMonitor {
    if (this.mon === null)
      this.mon = new ResourceMonitor(this.env, this.capacity, this._count, this._queued);
    return this.mon;
  }

  /** @internal */
  _cancel(request: Request): void {
    if (request._status === WAITING) {
      request._status = CANCELLED;
      this._queued--;
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

  /** @internal Grants `request` at once if a unit is free, else queues it. */
  protected _admit(request: Request): Request {
    if (this._count < this.capacity) {
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

  /** @internal Hands free units to waiting requests. */
  protected _serve(): void {
    while (this._count < this.capacity && this._queued > 0) {
      const next = this._dequeue();
      if (next === undefined) break;
      this._queued--;
      next._value = next;
      next._state = TRIGGERED;
      this.env._schedule(next, Priority.Normal, 0);
      this._grant(next);
    }
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

/** Whether `a` is served before `b`: lower priority number first, then earlier arrival. */
function before(a: Request, b: Request): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a._seq < b._seq);
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

  /** @internal */
  protected override _dequeue(): Request | undefined {
    for (;;) {
      const r = this.waiting.pop();
      if (r === undefined || r._status === WAITING) return r;
    }
  }
}

/**
 * A priority resource where a request may preempt: when every unit is in use, a request with
 * `preempt` (the default) takes the unit of the lowest-priority user (the most recent among
 * equals) if that user's priority number is strictly greater. The preempted process receives an
 * {@link Interrupt} whose `cause` is a {@link Preempted}; its request is no longer held (releasing
 * it does nothing).
 */
export class PreemptiveResource extends PriorityResource {
  private readonly users: Request[] = [];

  /** The granted requests, in the order they were granted. */
  get holders(): readonly Request[] {
    return this.users;
  }

  /** Requests one unit, preempting a lower-priority user if needed and allowed. */
  override request(options?: RequestOptions): Request {
    const request = this._makeRequest(options);
    if (this._count >= this.capacity && request.preempt) {
      let victim: Request | undefined;
      for (const u of this.users) {
        if (victim === undefined || before(victim, u)) victim = u;
      }
      if (victim !== undefined && victim.priority > request.priority) {
        victim._status = PREEMPTED;
        this._count--;
        this._onRelease(victim);
        const proc = victim.process;
        if (proc?.isAlive && proc !== this.env._active) {
          proc.interrupt(new Preempted(request.process, victim.usageSince, this));
        }
      }
    }
    return this._admit(request);
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
}
