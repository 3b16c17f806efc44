/**
 * Stores: queues of discrete items that processes put and get, FIFO ({@link Store}) or by filter
 * ({@link FilterStore}).
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { Deque } from './deque.js';
import type { Environment } from './environment.js';
import { PROCESSED, Priority, SimEvent, TRIGGERED } from './events.js';

const WAITING = 0;
const DONE = 1;
const CANCELLED = 2;

/** Options of `new Store()`. */
export interface StoreOptions {
  /** Maximum number of items, an integer ≥ 1 or `Infinity` (default). */
  readonly capacity?: number;
}

/** A put into a {@link Store}; succeeds once the item is in. Completes at once if there is room. */
export class StorePut<T> extends SimEvent<void> {
  /** The item offered. */
  declare readonly item: T;
  /** @internal */
  declare _status: number;
  declare private readonly store: Store<T>;

  /** @internal Use `store.put()`. */
  constructor(store: Store<T>, item: T) {
    super(store.env);
    this.store = store;
    this.item = item;
    this._status = WAITING;
  }

  /** Withdraws a put that is still waiting for room; does nothing once it completed. */
  cancel(): void {
    if (this._status === WAITING) {
      this._status = CANCELLED;
      this.store._livePuts--;
    }
  }
}

/** A get from a {@link Store}; succeeds with the item. Completes at once if one is available. */
export class StoreGet<T> extends SimEvent<T> {
  /** The filter (FilterStore only), or `null`. */
  declare readonly filter: ((item: T) => boolean) | null;
  /** @internal */
  declare _status: number;
  declare private readonly store: Store<T>;

  /** @internal Use `store.get()`. */
  constructor(store: Store<T>, filter: ((item: T) => boolean) | null) {
    super(store.env);
    this.store = store;
    this.filter = filter;
    this._status = WAITING;
  }

  /** Withdraws a get that is still waiting for an item; does nothing once it completed. */
  cancel(): void {
    if (this._status === WAITING) {
      this._status = CANCELLED;
      this.store._liveGets--;
    }
  }
}

/**
 * A FIFO store of items of type `T` with a capacity. `yield* store.put(x)` waits for room;
 * `yield* store.get()` waits for an item and evaluates to it. Waiting puts and gets are served in
 * arrival order.
 *
 * @example
 * ```ts
 * const parts = new Store<string>(env, { capacity: 10 });
 * env.process(function* () { yield* parts.put('rotor'); });
 * env.process(function* () { const part = yield* parts.get(); });
 * ```
 */
export class Store<T> {
  /** The environment. */
  readonly env: Environment;
  /** Maximum number of items. */
  readonly capacity: number;
  /** @internal */
  protected readonly _items = new Deque<T>();
  /** @internal */
  protected readonly _gets = new Deque<StoreGet<T>>();
  private readonly puts = new Deque<StorePut<T>>();
  /** @internal */
  _liveGets = 0;
  /** @internal */
  _livePuts = 0;

  /** Creates an empty store. */
  constructor(env: Environment, options: StoreOptions = {}) {
    const capacity = options.capacity ?? Number.POSITIVE_INFINITY;
    if (!(capacity === Number.POSITIVE_INFINITY || (Number.isInteger(capacity) && capacity >= 1))) {
      throw new InvalidArgumentError('capacity', 'an integer ≥ 1 or Infinity', capacity);
    }
    this.env = env;
    this.capacity = capacity;
  }

  /** Number of items in the store. */
  get size(): number {
    return this._items.length;
  }

  /** The items, oldest first (a copy). */
  get items(): T[] {
    return this._items.toArray();
  }

  /** Gets waiting for an item. */
  get getQueueLength(): number {
    return this._liveGets;
  }

  /** Puts waiting for room. */
  get putQueueLength(): number {
    return this._livePuts;
  }

  /** Offers `item`; the event succeeds once it is in the store. */
  put(item: T): StorePut<T> {
    const ev = new StorePut<T>(this, item);
    if (this._livePuts === 0 && this._items.length < this.capacity) {
      this._items.push(item);
      ev._status = DONE;
      ev._state = PROCESSED;
      this._serve();
    } else {
      this._livePuts++;
      this.puts.push(ev);
    }
    return ev;
  }

  /** Takes the oldest item; the event succeeds with it. */
  get(): StoreGet<T> {
    return this._admitGet(new StoreGet<T>(this, null));
  }

  /** @internal */
  protected _admitGet(ev: StoreGet<T>): StoreGet<T> {
    if (this._takeNow(ev)) {
      this._serve();
    } else {
      this._liveGets++;
      this._gets.push(ev);
    }
    return ev;
  }

  /** @internal Completes `ev` at once if possible. */
  protected _takeNow(ev: StoreGet<T>): boolean {
    if (this._liveGets > 0 || this._items.length === 0) return false;
    ev._value = this._items.shift();
    ev._status = DONE;
    ev._state = PROCESSED;
    return true;
  }

  /** @internal Serves waiting gets; returns whether any was served. */
  protected _serveGets(): boolean {
    let served = false;
    while (this._liveGets > 0 && this._items.length > 0) {
      const g = this._gets.shift()!;
      if (g._status !== WAITING) continue;
      this._deliver(g, this._items.shift() as T);
      served = true;
    }
    return served;
  }

  /** @internal */
  protected _deliver(g: StoreGet<T>, item: T): void {
    this._liveGets--;
    g._status = DONE;
    g._value = item;
    g._state = TRIGGERED;
    this.env._schedule(g, Priority.Normal, 0);
  }

  /** @internal Alternates serving gets and puts until neither can proceed. */
  protected _serve(): void {
    for (;;) {
      const got = this._serveGets();
      let put = false;
      while (this._livePuts > 0 && this._items.length < this.capacity) {
        const p = this.puts.shift()!;
        if (p._status !== WAITING) continue;
        this._livePuts--;
        p._status = DONE;
        this._items.push(p.item);
        p._state = TRIGGERED;
        this.env._schedule(p, Priority.Normal, 0);
        put = true;
      }
      if (!got && !put) return;
    }
  }
}

/**
 * A store whose gets may carry a filter: a get takes the oldest item its filter accepts. Waiting
 * gets are served in arrival order, each with the first item that matches it.
 */
export class FilterStore<T> extends Store<T> {
  /** Takes the oldest item accepted by `filter` (any item if omitted). */
  override get(filter?: (item: T) => boolean): StoreGet<T> {
    if (filter !== undefined && typeof filter !== 'function') {
      throw new InvalidArgumentError('filter', 'a function', filter);
    }
    return this._admitGet(new StoreGet<T>(this, filter ?? null));
  }

  /** @internal */
  protected override _takeNow(ev: StoreGet<T>): boolean {
    const i = this.match(ev.filter);
    if (i < 0) return false;
    ev._value = this._items.removeAt(i);
    ev._status = DONE;
    ev._state = PROCESSED;
    return true;
  }

  /** @internal */
  protected override _serveGets(): boolean {
    let served = false;
    let k = 0;
    while (k < this._gets.length && this._items.length > 0) {
      const g = this._gets.at(k)!;
      if (g._status !== WAITING) {
        this._gets.removeAt(k);
        continue;
      }
      const i = this.match(g.filter);
      if (i < 0) {
        k++;
        continue;
      }
      this._gets.removeAt(k);
      this._deliver(g, this._items.removeAt(i) as T);
      served = true;
    }
    return served;
  }

  private match(filter: ((item: T) => boolean) | null): number {
    const n = this._items.length;
    if (filter === null) return n > 0 ? 0 : -1;
    for (let i = 0; i < n; i++) if (filter(this._items.at(i) as T)) return i;
    return -1;
  }
}
