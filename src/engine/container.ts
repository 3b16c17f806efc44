/**
 * Container: a continuous quantity (fuel, water, spare-part credit) with a capacity, that
 * processes put into and get from.
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

/** Options of `new Container()`. */
export interface ContainerOptions {
  /** Maximum level, a number > 0 or `Infinity` (default). */
  readonly capacity?: number;
  /** Level at the start, in [0, capacity] (default 0). */
  readonly initial?: number;
}

/**
 * A put or get of an amount; succeeds with the amount once done (at once when possible).
 * Withdraw a waiting one with {@link ContainerRequest.cancel}.
 */
export class ContainerRequest extends SimEvent<number> {
  /** The amount. */
  declare readonly amount: number;
  /** @internal */
  declare _status: number;
  declare private readonly container: Container;
  declare private readonly isPut: boolean;

  /** @internal Use `container.put()` / `container.get()`. */
  constructor(container: Container, amount: number, isPut: boolean) {
    super(container.env);
    this.container = container;
    this.amount = amount;
    this.isPut = isPut;
    this._status = WAITING;
    this._value = amount;
  }

  /** Withdraws the request if it is still waiting; does nothing once it completed. */
  cancel(): void {
    if (this._status !== WAITING) return;
    this._status = CANCELLED;
    this.container._withdraw(this.isPut);
  }
}

/**
 * A level between 0 and `capacity`. `yield* c.put(x)` waits until `x` fits; `yield* c.get(x)`
 * waits until `x` is available. Each queue is served strictly in arrival order (a large waiting
 * get is not overtaken by smaller ones).
 *
 * @example
 * ```ts
 * const fuel = new Container(env, { capacity: 50_000, initial: 20_000 });
 * env.process(function* () { yield* fuel.get(1_200); });
 * ```
 */
export class Container {
  /** The environment. */
  readonly env: Environment;
  /** Maximum level. */
  readonly capacity: number;
  private current: number;
  private readonly puts = new Deque<ContainerRequest>();
  private readonly gets = new Deque<ContainerRequest>();
  private livePuts = 0;
  private liveGets = 0;

  /** Creates a container. */
  constructor(env: Environment, options: ContainerOptions = {}) {
    const capacity = options.capacity ?? Number.POSITIVE_INFINITY;
    if (typeof capacity !== 'number' || !(capacity > 0)) {
      throw new InvalidArgumentError('capacity', 'a number > 0 or Infinity', capacity);
    }
    const initial = options.initial ?? 0;
    if (
      typeof initial !== 'number' ||
      !(initial >= 0 && initial <= capacity) ||
      !Number.isFinite(initial)
    ) {
      throw new InvalidArgumentError('initial', `a finite number in [0, ${capacity}]`, initial);
    }
    this.env = env;
    this.capacity = capacity;
    this.current = initial;
  }

  /** Current level. */
  get level(): number {
    return this.current;
  }

  /** Puts waiting for room. */
  get putQueueLength(): number {
    return this.livePuts;
  }

  /** Gets waiting for the amount to be available. */
  get getQueueLength(): number {
    return this.liveGets;
  }

  /** Adds `amount` (finite, > 0, ≤ capacity) once it fits. */
  put(amount: number): ContainerRequest {
    this.check(amount);
    const ev = new ContainerRequest(this, amount, true);
    if (this.livePuts === 0 && this.current + amount <= this.capacity) {
      this.current += amount;
      ev._status = DONE;
      ev._state = PROCESSED;
      this.serve();
    } else {
      this.livePuts++;
      this.puts.push(ev);
    }
    return ev;
  }

  /** Removes `amount` (finite, > 0, ≤ capacity) once it is available. */
  get(amount: number): ContainerRequest {
    this.check(amount);
    const ev = new ContainerRequest(this, amount, false);
    if (this.liveGets === 0 && this.current >= amount) {
      this.current -= amount;
      ev._status = DONE;
      ev._state = PROCESSED;
      this.serve();
    } else {
      this.liveGets++;
      this.gets.push(ev);
    }
    return ev;
  }

  /** @internal */
  _withdraw(isPut: boolean): void {
    if (isPut) this.livePuts--;
    else this.liveGets--;
    this.serve();
  }

  private check(amount: number): void {
    if (
      typeof amount !== 'number' ||
      !(amount > 0) ||
      !Number.isFinite(amount) ||
      amount > this.capacity
    ) {
      throw new InvalidArgumentError('amount', `a finite number in (0, ${this.capacity}]`, amount);
    }
  }

  private complete(ev: ContainerRequest): void {
    ev._status = DONE;
    ev._state = TRIGGERED;
    this.env._schedule(ev, Priority.Normal, 0);
  }

  private serve(): void {
    for (;;) {
      let progressed = false;
      for (;;) {
        const g = this.gets.peek();
        if (g === undefined) break;
        if (g._status !== WAITING) {
          this.gets.shift();
          continue;
        }
        if (this.current < g.amount) break;
        this.gets.shift();
        this.liveGets--;
        this.current -= g.amount;
        this.complete(g);
        progressed = true;
      }
      for (;;) {
        const p = this.puts.peek();
        if (p === undefined) break;
        if (p._status !== WAITING) {
          this.puts.shift();
          continue;
        }
        if (this.current + p.amount > this.capacity) break;
        this.puts.shift();
        this.livePuts--;
        this.current += p.amount;
        this.complete(p);
        progressed = true;
      }
      if (!progressed) return;
    }
  }
}
