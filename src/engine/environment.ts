/**
 * The environment: the simulation clock and the event queue, ordered by
 * `(time, priority, insertion sequence)`. Entries with a delay go to a binary heap; urgent and
 * normal entries with no delay (process starts, interrupts, grants, `succeed()`) go to two FIFOs,
 * which already hold them in that order, and each step takes the least of the three heads, so the
 * order is exactly the heap's alone. `run()` processes the queue until it is empty, until a
 * time, or until a given event has been processed (SimPy's `run(until=event)`).
 *
 * @module
 */
import { InvalidArgumentError, SimulationError } from '../errors.js';
import { Condition } from './condition.js';
import {
  checkDelay,
  FAILED,
  PENDING,
  PROCESSED,
  Priority,
  SimEvent,
  Timeout,
  TRIGGERED,
} from './events.js';
import { EventHeap, MAX_PRIORITY, queueKey } from './heap.js';
import { Process, type ProcessGenerator, type ProcessOptions } from './process.js';
import { EventRing } from './ring.js';

/** Options of `new Environment()`. */
export interface EnvironmentOptions {
  /** Clock value at the start (default 0). */
  readonly initialTime?: number;
}

/** Options of {@link Environment.run} with a time horizon (or none). */
export interface RunOptions {
  /**
   * Horizon: events at times strictly before `until` are processed, events at exactly `until`
   * are not, and the clock ends at `until`. Without it the run ends when no events remain.
   */
  readonly until?: number;
}

/** Options of {@link Environment.run} that stop once an event has been processed. */
export interface RunUntilEventOptions<T> {
  /**
   * The run stops right after this event has been processed (its waiters resumed), and returns
   * its value; the clock stays at the event's time.
   */
  readonly until: SimEvent<T>;
}

/** Options of {@link Environment.schedule}: when, with what priority and what value. */
export interface ScheduleOptions<T> {
  /** Time from now (default 0); give `delay` or `at`, not both. */
  readonly delay?: number;
  /** Absolute time, not before `now`. */
  readonly at?: number;
  /** {@link Priority.Urgent} (0) or {@link Priority.Normal} (1, default), or up to 1023. */
  readonly priority?: number;
  /** Value the event succeeds with. */
  readonly value?: T;
}

/** Anything with a clock; monitors take one. */
export interface Clock {
  /** Current simulation time. */
  readonly now: number;
}

/**
 * The simulation environment: clock, event queue and process factory. Time is a float64 in
 * whatever unit the model chooses (hours, by the convention of this library). Events at equal
 * times are processed by priority (urgent first), then in the order they were scheduled: never
 * by chance.
 *
 * @example
 * ```ts
 * const env = new Environment();
 * env.process(function* () {
 *   yield* env.timeout(5);
 *   console.log(env.now); // 5
 * }, { name: 'greeter' });
 * env.run();
 * ```
 */
export class Environment implements Clock {
  /** @internal */
  _now: number;
  /** @internal */
  _active: Process<unknown> | null = null;
  private readonly heap = new EventHeap<SimEvent<unknown>>();
  /** Urgent entries at the current time with no delay, in insertion order. */
  private readonly urgent = new EventRing<SimEvent<unknown>>();
  /** Normal entries at the current time with no delay, in insertion order. */
  private readonly normal = new EventRing<SimEvent<unknown>>();
  private seq = 0;
  /** Stands in for an entry withdrawn from the queue: processing it does nothing. */
  private readonly inert: SimEvent<unknown>;
  private processCount = 0;
  private processed = 0;

  /** Creates an environment whose clock starts at `options.initialTime` (default 0). */
  constructor(options: EnvironmentOptions = {}) {
    const t = options.initialTime ?? 0;
    if (typeof t !== 'number' || !Number.isFinite(t)) {
      throw new InvalidArgumentError('initialTime', 'a finite number', t);
    }
    this._now = t;
    this.inert = new SimEvent<unknown>(this);
    this.inert._state = PROCESSED;
  }

  /** Current simulation time. */
  get now(): number {
    return this._now;
  }

  /** The process currently running, or `null` between processes. */
  get activeProcess(): Process<unknown> | null {
    return this._active;
  }

  /** Number of queue entries processed so far (each {@link Environment.step}). */
  get eventsProcessed(): number {
    return this.processed;
  }

  /** Number of entries waiting in the queue. */
  get queueSize(): number {
    return this.heap.size + this.urgent.length + this.normal.length;
  }

  /** A pending event, to be triggered later with `succeed(value)` or `fail(error)`. */
  event<T = void>(): SimEvent<T> {
    return new SimEvent<T>(this);
  }

  /** An event that succeeds after `delay` (finite, ≥ 0) time units. */
  timeout(delay: number): Timeout<void>;
  /** An event that succeeds with `value` after `delay` (finite, ≥ 0) time units. */
  timeout<T>(delay: number, value: T): Timeout<T>;
  timeout<T>(delay: number, value?: T): Timeout<T | undefined> {
    return new Timeout<T | undefined>(this, delay, value);
  }

  /**
   * Starts a process running `generator` (a generator function, called with no arguments, or a
   * generator object) at the current time, before normal events at this time.
   */
  process<R>(
    generator: (() => ProcessGenerator<R>) | ProcessGenerator<R>,
    options?: ProcessOptions,
  ): Process<R> {
    let gen: ProcessGenerator<R>;
    let name = options?.name;
    if (typeof generator === 'function') {
      if (name === undefined && generator.name !== '') name = generator.name;
      gen = generator();
    } else {
      gen = generator;
    }
    if (typeof gen !== 'object' || gen === null || typeof gen.next !== 'function') {
      throw new InvalidArgumentError(
        'generator',
        'a generator function or generator object',
        generator,
      );
    }
    if (name !== undefined && typeof name !== 'string') {
      throw new InvalidArgumentError('options.name', 'a string', name);
    }
    return new Process<R>(this, gen, name, this.processCount++);
  }

  /** An event that succeeds once any of `events` succeeds (or at once if `events` is empty). */
  anyOf(events: readonly SimEvent<unknown>[]): Condition {
    return new Condition(this, events, 'any');
  }

  /** An event that succeeds once all of `events` have succeeded. */
  allOf(events: readonly SimEvent<unknown>[]): Condition {
    return new Condition(this, events, 'all');
  }

  /**
   * Triggers the pending `event` successfully with `options.value`, to be processed at
   * `now + delay` (or at `at`) with the given priority.
   */
  schedule<T>(event: SimEvent<T>, options: ScheduleOptions<T> = {}): void {
    if (!(event instanceof SimEvent) || event.env !== this) {
      throw new InvalidArgumentError('event', 'a SimEvent of this environment', event);
    }
    if (event._state !== PENDING) {
      throw new InvalidArgumentError('event', 'a pending event', 'an event already triggered');
    }
    const { delay, at, priority = Priority.Normal } = options;
    let d = 0;
    if (delay !== undefined && at !== undefined) {
      throw new InvalidArgumentError('options', 'either delay or at, not both', options);
    }
    if (at !== undefined) {
      if (typeof at !== 'number' || !Number.isFinite(at) || at < this._now) {
        throw new InvalidArgumentError('at', `a finite time ≥ now (${this._now})`, at);
      }
      d = at - this._now;
    } else if (delay !== undefined) {
      checkDelay(delay);
      d = delay;
    }
    if (!Number.isInteger(priority) || priority < 0 || priority > MAX_PRIORITY) {
      throw new InvalidArgumentError('priority', `an integer in [0, ${MAX_PRIORITY}]`, priority);
    }
    event._value = options.value;
    event._state = TRIGGERED;
    this._schedule(event as SimEvent<unknown>, priority, d);
  }

  /** Time of the next queue entry, or `Infinity` if the queue is empty. */
  peek(): number {
    return this.urgent.length + this.normal.length > 0 ? this._now : this.heap.peekTime();
  }

  /**
   * Processes the next queue entry; returns `false` if the queue was empty. Throws a
   * `SimulationError` if the entry is a failure nobody handled.
   */
  step(): boolean {
    const next = this.next(Number.POSITIVE_INFINITY);
    if (next === null) return false;
    this.processed++;
    next._fire();
    return true;
  }

  /**
   * Processes events until the queue is empty or, with `until`, until the next event is at or
   * after `until` (then the clock is set to `until`). Throws a `SimulationError` when a process
   * fails and nobody waits on it.
   */
  run(options?: RunOptions): void;
  /**
   * Processes events until `until` has been processed, and returns its value (at once if it
   * already was). Throws a `SimulationError` if the event failed, and an `InvalidArgumentError`
   * (field `until`) if no events remain while it is still pending.
   *
   * @example
   * ```ts
   * const convoy = env.process(function* () {
   *   yield* env.timeout(6);
   *   return 'arrived';
   * });
   * env.run({ until: convoy }); // 'arrived'; env.now is 6
   * ```
   */
  run<T>(options: RunUntilEventOptions<T>): T;
  run<T>(options: RunOptions | RunUntilEventOptions<T> = {}): T | undefined {
    const until = options.until ?? Number.POSITIVE_INFINITY;
    if (until instanceof SimEvent) return this.runUntilEvent(until as SimEvent<T>);
    if (typeof until !== 'number' || Number.isNaN(until) || until < this._now) {
      throw new InvalidArgumentError('until', `a time ≥ now (${this._now}) or an event`, until);
    }
    let n = 0;
    try {
      for (let next = this.next(until); next !== null; next = this.next(until)) {
        n++;
        next._fire();
      }
    } finally {
      this.processed += n;
    }
    if (until !== Number.POSITIVE_INFINITY) this._now = until;
    return undefined;
  }

  private runUntilEvent<T>(event: SimEvent<T>): T {
    if (event.env !== this) {
      throw new InvalidArgumentError('until', 'an event of this environment', event);
    }
    let n = 0;
    try {
      while (event._state !== PROCESSED) {
        const next = this.next(Number.POSITIVE_INFINITY);
        if (next === null) {
          throw new InvalidArgumentError(
            'until',
            'an event processed before no events remain',
            `${event._label()}, still pending when the queue emptied at t=${this._now}`,
          );
        }
        n++;
        next._fire();
      }
    } finally {
      this.processed += n;
    }
    if ((event._outcome & FAILED) !== 0)
      throw new SimulationError(event._label(), this._now, event._value);
    return event._value as T;
  }

  /**
   * Removes and returns the next entry if it is before `until` (advancing the clock to it), else
   * `null`. The heads of the two FIFOs are at the current time; the heap's head is at the current
   * time or later, and comes first only at the current time with a smaller key.
   */
  private next(until: number): SimEvent<unknown> | null {
    const heap = this.heap;
    const now = this._now;
    if (this.urgent.length > 0) {
      if (!(now < until)) return null;
      const take = heap.peekTime() === now && heap.peekKey() < queueKey(0, this.urgent.peekSeq());
      return take ? heap.pop()! : this.urgent.shift();
    }
    if (this.normal.length > 0) {
      if (!(now < until)) return null;
      const take = heap.peekTime() === now && heap.peekKey() < queueKey(1, this.normal.peekSeq());
      return take ? heap.pop()! : this.normal.shift();
    }
    // peekTime() is Infinity on an empty heap, which ends the run for any until.
    const t = heap.peekTime();
    if (!(t < until)) return null;
    this._now = t;
    return heap.pop()!;
  }

  /** @internal Puts `event` in the queue at `now + delay`. */
  _schedule(event: SimEvent<unknown>, priority: number, delay: number): void {
    const seq = this.seq++;
    if (delay === 0 && priority <= 1) {
      (priority === 0 ? this.urgent : this.normal).push(seq, event);
    } else {
      this.heap.push(this._now + delay, queueKey(priority, seq), event);
    }
  }

  /**
   * @internal Withdraws the queue entry of the triggered `event` (a grant taken back by a
   * preemption before it was processed): the entry stays in place but processes nothing, and
   * `event` can be triggered again. Rare, so a linear search is fine.
   */
  _unschedule(event: SimEvent<unknown>): void {
    const inert = this.inert;
    if (!this.normal.replace(event, inert) && !this.urgent.replace(event, inert)) {
      this.heap.replace(event, inert);
    }
  }

  /** @internal A failed event was processed and nobody handled it. */
  _unhandled(event: SimEvent<unknown>): never {
    throw new SimulationError(event._label(), this._now, event._value);
  }
}
