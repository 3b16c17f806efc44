/**
 * Pool: distinct items (airframes, surgical teams, vehicles) that requests take one at a time,
 * by priority, with hooks through which the model decides which items may serve a request and
 * which of several serves it; optionally, requests preempt holders of a strictly worse priority,
 * and preempted requests wait again (preemptive resume).
 *
 * **Order.** Waiting requests are ordered by priority (lower number first), then arrival; a
 * preempted request that is requeued goes back to the head of its priority class. Items are
 * considered in the order they were added. Matching depends on nothing else, so it is
 * deterministic.
 *
 * **Matching.** A request may take item `x` if it names `x` (`request({ item: x })`), or names no
 * item and `eligible(x, request)` holds (default: any item). Then:
 *
 * - a new request takes a free item it may take, the one `choose(request, candidates)` picks
 *   when there are several (default: the first added); otherwise it waits;
 * - an item that becomes free (released, preempted, added) goes to the first waiting request that
 *   may take it;
 * - so no waiting request may take a free item, as long as eligibility changes only through the
 *   pool. When it changes outside (time of day, maintenance done, a monthly reset), call
 *   {@link Pool.reconsider}: it re-runs matching for every waiting request, in order.
 *
 * Eligibility is checked when an item is granted or a holder is chosen for preemption, never
 * afterwards: a holder keeps its item until it releases it or is preempted.
 *
 * **Preemption** (`preemptive: true`). A waiting request made with `preempt: true` (the default)
 * may preempt the holder of an item it may take, if the holder's priority number is strictly
 * greater and no waiting request ahead of it may take that item (a freed item goes to the first
 * waiting request that may take it, so preempting it would serve that one instead). Among such
 * holders, `chooseVictim(request, holders)` picks one (default: the worst priority, the latest
 * granted among equals). The preempting request takes the item at once. Preemption is considered
 * for a request when it arrives and whenever a request ahead of it leaves the queue, so a
 * request that was blocked by one ahead of it gets its turn.
 *
 * The preempted process receives an {@link Interrupt} whose `cause` is a {@link PoolPreempted}.
 * By default its request is dropped (status `'preempted'`; releasing it does nothing). With
 * `requeuePreempted: true` it waits again at the head of its priority class, may be granted
 * another free item at once, and the process waits for it with `yield* req` (which evaluates to
 * the new item).
 *
 * **Items coming and going.** {@link Pool.add} adds an item (it goes to the first waiting request
 * that may take it). {@link Pool.remove} removes a free item at once; a held item leaves when its
 * holder releases it (it is granted to nobody in between), or at once with `{ preempt: true }`,
 * which preempts its holder. A request that names an item waits while that item is absent and is
 * served if it is added again.
 *
 * **Specific items.** `request({ item: x, priority: -1, preempt: false })` waits until `x` is free
 * and then takes it ahead of every request of priority ≥ 0; no request behind it can preempt
 * `x`'s holder meanwhile. This is how "finish the task in hand, then go to maintenance" is
 * modelled. A request that names an item ignores `eligible` and `choose`.
 *
 * **Expiry** is the model's: wait for the request or a timeout, and cancel it if it timed out:
 *
 * ```ts
 * const req = pool.request({ priority: 2, data: task });
 * const r = yield* env.anyOf([req, env.timeout(maxWait)]);
 * if (!r.has(req)) req.cancel(); // refused: waited too long
 * ```
 *
 * **Cost.** Hooks are stored once per pool (no closure per request); candidate lists handed to
 * them are scratch arrays owned by the pool, valid only during the call. A new request costs one
 * pass over the items; a freed item one pass over the waiting requests; preemption, when some
 * waiting request may preempt, one pass over waiting requests × held items.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import type { Environment } from './environment.js';
import { DISPOSE, PENDING, PROCESSED, Priority, SimEvent, TRIGGERED } from './events.js';
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

/** Sort key offset of requeued requests: ahead of their class, in arrival order (see resource.ts). */
const REQUEUE_OFFSET = 2 ** 50;

/** Options of `new Pool()`. */
export interface PoolOptions<T, D> {
  /** The items at the start, in order (default none). Items must be distinct. */
  readonly items?: Iterable<T>;
  /**
   * Whether `item` may serve `request` (a request that names no item). Called as a plain
   * function, whenever the pool matches; it must not change the pool. Default: every item.
   */
  readonly eligible?: (item: T, request: PoolRequest<T, D>) => boolean;
  /**
   * Which of several free items `request` takes: must return one of `candidates` (two or more,
   * in the order the items were added; the array is only valid during the call). Default: the
   * first.
   */
  readonly choose?: (request: PoolRequest<T, D>, candidates: readonly T[]) => T;
  /**
   * Which holder `request` preempts: must return one of `holders` (one or more, in item order,
   * all of a strictly worse priority and free of claims by requests ahead; the array is only
   * valid during the call). Default: the worst priority, then the latest granted.
   */
  readonly chooseVictim?: (
    request: PoolRequest<T, D>,
    holders: readonly PoolRequest<T, D>[],
  ) => PoolRequest<T, D>;
  /** Whether waiting requests may preempt holders of a strictly worse priority (default false). */
  readonly preemptive?: boolean;
  /** Whether preempted requests wait again instead of being dropped (default false). */
  readonly requeuePreempted?: boolean;
}

/** Options of `pool.request()` other than the payload. */
export interface PoolRequestBaseOptions<T> {
  /** Lower numbers are served first (default 0); any finite number. */
  readonly priority?: number;
  /** Whether it may preempt, on a preemptive pool (default true). */
  readonly preempt?: boolean;
  /** Ask for this item only (it must be in the pool now); `eligible` and `choose` are skipped. */
  readonly item?: T;
}

/**
 * Options of `pool.request()`: priority, preemption, a specific item, and the payload `data` the
 * hooks read (required unless the pool's payload type admits `undefined`).
 */
export type PoolRequestOptions<T, D> = PoolRequestBaseOptions<T> &
  (undefined extends D ? { readonly data?: D } : { readonly data: D });

/**
 * A request for one item of a {@link Pool}: an event that succeeds with the item granted.
 * Give the item back with `pool.release(req)`, withdraw the request with `req.cancel()`, or
 * declare it with `using` so that either happens on every path out of the block.
 */
export class PoolRequest<T, D = undefined> extends SimEvent<T> {
  /** The pool asked. */
  declare readonly pool: Pool<T, D>;
  /** Priority (lower first). */
  declare readonly priority: number;
  /** Whether it may preempt (on a preemptive pool). */
  declare readonly preempt: boolean;
  /** The item asked for by name, or `undefined` for any eligible item. */
  declare readonly requestedItem: T | undefined;
  /** The payload given at request time, for the hooks and the model. */
  declare readonly data: D;
  /** The process that made the request (it is interrupted if preempted), or `null`. */
  declare readonly process: Process<unknown> | null;
  /** Time the current item was granted (`NaN` while waiting). */
  declare usageSince: number;
  /** @internal */
  declare _status: number;
  /** @internal Order of arrival. */
  declare readonly _seq: number;
  /** @internal Queue key within the priority (arrival, or ahead of the class once requeued). */
  declare _key: number;
  /** @internal Order of the current grant. */
  declare _grantSeq: number;
  /** @internal The slot held. */
  declare _slot: Slot<T, D> | null;

  /** @internal Use `pool.request()`. */
  constructor(
    pool: Pool<T, D>,
    priority: number,
    preempt: boolean,
    requestedItem: T | undefined,
    data: D,
    process: Process<unknown> | null,
    seq: number,
  ) {
    super(pool.env);
    const self = this as {
      pool: Pool<T, D>;
      priority: number;
      preempt: boolean;
      requestedItem: T | undefined;
      data: D;
      process: Process<unknown> | null;
      _seq: number;
    };
    self.pool = pool;
    self.priority = priority;
    self.preempt = preempt;
    self.requestedItem = requestedItem;
    self.data = data;
    self.process = process;
    self._seq = seq;
    this._key = seq;
    this._grantSeq = -1;
    this._slot = null;
    this.usageSince = Number.NaN;
    this._status = WAITING;
  }

  /** Where the request stands. */
  get status(): RequestStatus {
    return STATUS[this._status]!;
  }

  /** The item held now, or `undefined`. */
  get item(): T | undefined {
    return this._slot === null ? undefined : this._slot.item;
  }

  /**
   * Withdraws the request: a waiting request leaves the queue; a granted one is released.
   * Cancelling a released, cancelled or dropped request does nothing.
   */
  cancel(): void {
    this.pool._cancel(this);
  }

  /** `using req = pool.request(…)`: {@link PoolRequest.cancel} when the block is left. */
  [DISPOSE](): void {
    this.pool._cancel(this);
  }
}

/**
 * What a process preempted from a pool item receives as the `cause` of its {@link Interrupt}.
 */
export class PoolPreempted<T, D = undefined> {
  /** @internal */
  constructor(
    /** Process whose request preempted, or `null` (outside a process, or the item's removal). */
    readonly by: Process<unknown> | null,
    /** Time the preempted request had been granted the item. */
    readonly usageSince: number,
    /** The pool. */
    readonly pool: Pool<T, D>,
    /** The preempted request. */
    readonly request: PoolRequest<T, D>,
    /** The item taken away. */
    readonly item: T,
    /** Whether the request waits again (`yield* request` for the next item). */
    readonly requeued: boolean,
  ) {}
}

/** @internal One item and what the pool knows of it. */
class Slot<T, D> {
  /** Request holding the item, or `null` when free. */
  holder: PoolRequest<T, D> | null;
  /** Removal asked while held: the item leaves at release. */
  leaving: boolean;
  /** Id of the last preemption pass in which a waiting request claimed the item. */
  claim: number;
  constructor(readonly item: T) {
    this.holder = null;
    this.leaving = false;
    this.claim = 0;
  }
}

/** Whether waiting request `a` comes before `b`. */
function ahead<T, D>(a: PoolRequest<T, D>, b: PoolRequest<T, D>): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a._key < b._key);
}

/**
 * A priority pool of distinct items. See the module notes for the matching, preemption and
 * removal rules.
 *
 * @example
 * ```ts
 * interface Airframe { id: string; base: LatLon; night: boolean }
 * interface Task { pickup: LatLon; night: boolean }
 * const helicopters = new Pool<Airframe, Task>(env, {
 *   items: fleet,
 *   eligible: (a, req) => a.night || !req.data.night,
 *   choose: (req, free) => nearest(free, req.data.pickup),
 *   preemptive: true,
 * });
 * env.process(function* () {
 *   using req = helicopters.request({ priority: 0, data: { pickup, night: true } });
 *   const airframe = yield* req;
 *   yield* env.timeout(flightHours(airframe, pickup));
 * }); // released when the block is left
 * ```
 */
export class Pool<T, D = undefined> {
  /** The environment. */
  readonly env: Environment;
  /** Whether waiting requests may preempt holders of a strictly worse priority. */
  readonly preemptive: boolean;
  /** Whether preempted requests wait again instead of being dropped. */
  readonly requeuePreempted: boolean;
  private readonly eligibleFn: ((item: T, request: PoolRequest<T, D>) => boolean) | null;
  private readonly chooseFn: ((request: PoolRequest<T, D>, candidates: readonly T[]) => T) | null;
  private readonly victimFn:
    | ((request: PoolRequest<T, D>, holders: readonly PoolRequest<T, D>[]) => PoolRequest<T, D>)
    | null;
  private readonly slots: Slot<T, D>[] = [];
  private readonly bySlot = new Map<T, Slot<T, D>>();
  private readonly waiting: PoolRequest<T, D>[] = [];
  private readonly candidates: T[] = [];
  private readonly candidateSlots: Slot<T, D>[] = [];
  private readonly victims: PoolRequest<T, D>[] = [];
  private held = 0;
  private preemptors = 0;
  private seq = 0;
  private grants = 0;
  private pass = 0;
  private mon: ResourceMonitor | null = null;

  /** Creates a pool; see {@link PoolOptions}. */
  constructor(env: Environment, options: PoolOptions<T, D> = {}) {
    this.env = env;
    this.preemptive = options.preemptive === true;
    this.requeuePreempted = options.requeuePreempted === true;
    this.eligibleFn = hook(options.eligible, 'eligible');
    this.chooseFn = hook(options.choose, 'choose');
    this.victimFn = hook(options.chooseVictim, 'chooseVictim');
    if (options.items !== undefined) for (const item of options.items) this.add(item);
  }

  /** Number of items in the pool (including held items whose removal waits for their release). */
  get size(): number {
    return this.slots.length;
  }

  /** Items held. */
  get count(): number {
    return this.held;
  }

  /** Requests waiting. */
  get queueLength(): number {
    return this.waiting.length;
  }

  /** The items, in the order they were added (a copy). */
  get items(): T[] {
    return this.slots.map((s) => s.item);
  }

  /** The granted requests, in item order (a copy). */
  get holders(): PoolRequest<T, D>[] {
    const out: PoolRequest<T, D>[] = [];
    for (const s of this.slots) if (s.holder !== null) out.push(s.holder);
    return out;
  }

  /** The waiting requests, in the order they will be served (a copy). */
  get queue(): PoolRequest<T, D>[] {
    return this.waiting.slice();
  }

  /** Whether `item` is in the pool (a held item whose removal is pending still is). */
  has(item: T): boolean {
    return this.bySlot.has(item);
  }

  /** The request holding `item`, or `null` if it is free. Throws if `item` is not in the pool. */
  holder(item: T): PoolRequest<T, D> | null {
    return this.slotOf(item).holder;
  }

  /**
   * Adds `item` (not already in the pool); it goes at once to the first waiting request that may
   * take it. Adding an item whose removal is pending cancels the removal.
   */
  add(item: T): void {
    const existing = this.bySlot.get(item);
    if (existing !== undefined) {
      if (existing.leaving) {
        existing.leaving = false;
        this.afterQueueChange(); // its holder may be preempted again
        return;
      }
      throw new InvalidArgumentError('item', 'an item not already in the pool', item);
    }
    const slot = new Slot<T, D>(item);
    this.slots.push(slot);
    this.bySlot.set(item, slot);
    if (this.mon !== null) this.mon._recordCapacity(this.slots.length);
    if (this.offer(slot)) this.afterQueueChange();
    this.touch();
  }

  /**
   * Removes `item`: at once if it is free; if it is held, when its holder releases it (nobody is
   * granted it in between), or at once with `{ preempt: true }`, which preempts the holder (its
   * process gets a {@link PoolPreempted} cause with `by: null`).
   */
  remove(item: T, options?: { readonly preempt?: boolean }): void {
    const slot = this.slotOf(item);
    const h = slot.holder;
    if (h === null) {
      this.drop(slot);
    } else if (options?.preempt === true) {
      this.preemptHolder(h, null);
      this.drop(slot);
      this.afterQueueChange();
    } else {
      slot.leaving = true;
    }
    this.touch();
  }

  /**
   * Asks for an item; `yield*` the result to wait for it and get the item. See the module notes
   * for who gets what.
   */
  request(this: Pool<T, undefined>, options?: PoolRequestOptions<T, undefined>): PoolRequest<T>;
  request(options: PoolRequestOptions<T, D>): PoolRequest<T, D>;
  request(
    options?: PoolRequestOptions<T, D> | PoolRequestOptions<T, undefined>,
  ): PoolRequest<T, D> | PoolRequest<T> {
    let priority = 0;
    let preempt = true;
    let item: T | undefined;
    let data: D | undefined;
    if (options !== undefined) {
      if (options.priority !== undefined) {
        priority = options.priority;
        if (typeof priority !== 'number' || !Number.isFinite(priority)) {
          throw new InvalidArgumentError('priority', 'a finite number', priority);
        }
      }
      if (options.preempt !== undefined) preempt = options.preempt;
      if (options.item !== undefined) {
        item = options.item;
        if (!this.bySlot.has(item)) {
          throw new InvalidArgumentError('item', 'an item in the pool', item);
        }
      }
      data = options.data as D | undefined;
    }
    const r = new PoolRequest<T, D>(
      this,
      priority,
      preempt,
      item,
      data as D,
      this.env._active,
      this.seq++,
    );
    const slot = this.pickFree(r);
    if (slot !== null) {
      this.grant(r, slot, true);
    } else {
      this.enqueue(r);
      if (this.preemptive && preempt) this.preemptPass(r, r);
    }
    this.touch();
    return r;
  }

  /**
   * Gives back the item held by `request`; it goes to the first waiting request that may take
   * it (or leaves, if its removal is pending). Releasing a request that was preempted and dropped
   * does nothing; releasing one twice, one never granted, or one waiting again, throws.
   */
  release(request: PoolRequest<T, D>): void {
    if (!(request instanceof PoolRequest) || request.pool !== this) {
      throw new InvalidArgumentError('request', 'a PoolRequest made to this pool', request);
    }
    switch (request._status) {
      case GRANTED: {
        const slot = request._slot!;
        request._status = RELEASED;
        request._slot = null;
        slot.holder = null;
        this.held--;
        if (slot.leaving) this.drop(slot);
        else if (this.offer(slot)) this.afterQueueChange();
        this.touch();
        return;
      }
      case PREEMPTED:
        return;
      default:
        refuseRelease(request._status);
    }
  }

  /**
   * Re-runs matching after eligibility changed outside the pool (time of day, maintenance done,
   * a monthly reset): every waiting request, in order, takes a free item it may now take, then
   * waiting requests that may preempt are considered.
   */
  reconsider(): void {
    const w = this.waiting;
    for (let i = 0; i < w.length; ) {
      const r = w[i]!;
      const slot = this.pickFree(r);
      if (slot === null) {
        i++;
        continue;
      }
      this.unqueue(i);
      this.grant(r, slot, false);
    }
    if (this.preemptive) this.preemptPass(null, null);
    this.touch();
  }

  /**
   * Attaches (on first call) and returns a monitor of items held, waiting requests and items in
   * the pool over time, observed from now on.
   */
  monitor(): ResourceMonitor {
    if (this.mon === null) {
      this.mon = new ResourceMonitor(this.env, this.slots.length, this.held, this.waiting.length);
    }
    return this.mon;
  }

  /** @internal */
  _cancel(request: PoolRequest<T, D>): void {
    if (request._status === WAITING) {
      request._status = CANCELLED;
      this.unqueue(this.waiting.indexOf(request));
      this.afterQueueChange();
      this.touch();
    } else if (request._status === GRANTED) {
      this.release(request);
    }
  }

  private slotOf(item: T): Slot<T, D> {
    const slot = this.bySlot.get(item);
    if (slot === undefined) throw new InvalidArgumentError('item', 'an item in the pool', item);
    return slot;
  }

  /** Whether `r` may take the item of `slot` (held or not). */
  private mayTake(r: PoolRequest<T, D>, slot: Slot<T, D>): boolean {
    if (slot.leaving) return false;
    if (r.requestedItem !== undefined) return slot.item === r.requestedItem;
    const f = this.eligibleFn;
    return f === null || f(slot.item, r);
  }

  /** The free slot `r` takes now, or `null`. */
  private pickFree(r: PoolRequest<T, D>): Slot<T, D> | null {
    if (this.held === this.slots.length) return null;
    if (r.requestedItem !== undefined) {
      const s = this.bySlot.get(r.requestedItem);
      return s !== undefined && s.holder === null && !s.leaving ? s : null;
    }
    const slots = this.slots;
    const f = this.eligibleFn;
    const choose = this.chooseFn;
    let first: Slot<T, D> | null = null;
    let n = 0;
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i]!;
      if (s.holder !== null || (f !== null && !f(s.item, r))) continue;
      if (choose === null) return s;
      if (n === 0) first = s;
      else {
        if (n === 1) {
          // Scratch arrays: cleared here, so a hook that threw leaves nothing behind.
          this.candidates.length = 0;
          this.candidateSlots.length = 0;
          this.candidates.push(first!.item);
          this.candidateSlots.push(first!);
        }
        this.candidates.push(s.item);
        this.candidateSlots.push(s);
      }
      n++;
    }
    if (n <= 1) return first;
    const items = this.candidates;
    const picked = choose!(r, items);
    const k = items.indexOf(picked);
    const slot = k < 0 ? null : this.candidateSlots[k]!;
    items.length = 0;
    this.candidateSlots.length = 0;
    if (slot === null) {
      throw new InvalidArgumentError('choose', 'one of the candidate items it was given', picked);
    }
    return slot;
  }

  /** Gives the free `slot` to the first waiting request that may take it; returns whether any. */
  private offer(slot: Slot<T, D>): boolean {
    const w = this.waiting;
    for (let i = 0; i < w.length; i++) {
      const r = w[i]!;
      if (this.mayTake(r, slot)) {
        this.unqueue(i);
        this.grant(r, slot, false);
        return true;
      }
    }
    return false;
  }

  /** After a request left the queue: requests that were behind it may now preempt. */
  private afterQueueChange(): void {
    if (this.preemptive && this.preemptors > 0) this.preemptPass(null, null);
  }

  /**
   * Lets waiting requests that may preempt do so, in queue order. Walking the queue, every
   * request that stays waiting claims the held items it may take; a later request may preempt
   * only unclaimed holders. With `until`, the pass stops after that request (the only one whose
   * situation changed), unless a requeued victim joined the queue. `admitting` is the request
   * being made in this call: granted now, it is processed at once.
   */
  private preemptPass(until: PoolRequest<T, D> | null, admitting: PoolRequest<T, D> | null): void {
    if (this.preemptors === 0) return;
    const pass = ++this.pass;
    const w = this.waiting;
    const slots = this.slots;
    let full = until === null;
    let left = this.preemptors; // preempt-capable requests at or after position i
    for (let i = 0; i < w.length; ) {
      const r = w[i]!;
      let granted = false;
      if (r.preempt) {
        left--;
        const victims = this.victims;
        victims.length = 0;
        for (let k = 0; k < slots.length; k++) {
          const s = slots[k]!;
          const h = s.holder;
          if (h !== null && h.priority > r.priority && s.claim !== pass && this.mayTake(r, s)) {
            victims.push(h);
          }
        }
        if (victims.length > 0) {
          const v = this.pickVictim(r, victims);
          victims.length = 0;
          const slot = v._slot!;
          this.unqueue(i);
          const requeued = this.preemptHolder(v, r.process);
          this.grant(r, slot, r === admitting);
          if (requeued) {
            if (v.preempt) left++;
            full = true;
          }
          granted = true;
        }
      }
      if (!granted) {
        if (left === 0) break;
        for (let k = 0; k < slots.length; k++) {
          const s = slots[k]!;
          if (s.holder !== null && s.claim !== pass && this.mayTake(r, s)) s.claim = pass;
        }
        i++;
      }
      if (!full && r === until) break;
    }
  }

  private pickVictim(r: PoolRequest<T, D>, victims: PoolRequest<T, D>[]): PoolRequest<T, D> {
    const f = this.victimFn;
    if (f === null) {
      let v = victims[0]!;
      for (let k = 1; k < victims.length; k++) {
        const h = victims[k]!;
        if (h.priority > v.priority || (h.priority === v.priority && h._grantSeq > v._grantSeq)) {
          v = h;
        }
      }
      return v;
    }
    const v = f(r, victims);
    if (!victims.includes(v)) {
      victims.length = 0;
      throw new InvalidArgumentError('chooseVictim', 'one of the holders it was given', v);
    }
    return v;
  }

  /**
   * Takes the item from `victim` (leaving the slot free and unoffered), drops or requeues the
   * request, and interrupts its process. A requeued request takes a free item at once if it may.
   * Returns whether it was requeued.
   */
  private preemptHolder(victim: PoolRequest<T, D>, by: Process<unknown> | null): boolean {
    const slot = victim._slot!;
    slot.holder = null;
    victim._slot = null;
    this.held--;
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
      victim._key = victim._seq - REQUEUE_OFFSET;
    } else {
      victim._status = PREEMPTED;
    }
    if (proc?.isAlive && proc !== this.env._active) {
      proc.interrupt(new PoolPreempted(by, since, this, victim, slot.item, requeue));
    }
    if (requeue) {
      // Hold the slot while the victim looks for another item, so that it cannot take it back.
      slot.holder = victim;
      const other = this.pickFree(victim);
      slot.holder = null;
      if (other !== null) this.grant(victim, other, false);
      else this.enqueue(victim);
    }
    return requeue && victim._status === WAITING;
  }

  private grant(r: PoolRequest<T, D>, slot: Slot<T, D>, now: boolean): void {
    slot.holder = r;
    r._slot = slot;
    r._status = GRANTED;
    r.usageSince = this.env._now;
    r._grantSeq = this.grants++;
    this.held++;
    r._value = slot.item;
    if (now) {
      r._state = PROCESSED;
    } else {
      r._state = TRIGGERED;
      this.env._schedule(r as SimEvent<unknown>, Priority.Normal, 0);
    }
  }

  /** Inserts `r` in queue order (binary search for the first request it comes before). */
  private enqueue(r: PoolRequest<T, D>): void {
    const w = this.waiting;
    let lo = 0;
    let hi = w.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ahead(w[mid]!, r)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === w.length) w.push(r);
    else w.splice(lo, 0, r);
    if (this.preemptive && r.preempt) this.preemptors++;
  }

  private unqueue(i: number): void {
    const r = this.waiting[i]!;
    if (i === 0 && this.waiting.length === 1) this.waiting.length = 0;
    else this.waiting.splice(i, 1);
    if (this.preemptive && r.preempt) this.preemptors--;
  }

  /** Removes a free slot from the pool. */
  private drop(slot: Slot<T, D>): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    this.bySlot.delete(slot.item);
    if (this.mon !== null) this.mon._recordCapacity(this.slots.length);
  }

  private touch(): void {
    if (this.mon !== null) this.mon._record(this.held, this.waiting.length);
  }
}

function hook<F>(f: F | undefined, name: string): F | null {
  if (f === undefined) return null;
  if (typeof f !== 'function') throw new InvalidArgumentError(name, 'a function', f);
  return f;
}
