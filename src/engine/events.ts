/**
 * Events: things that happen at a simulation time. An event is pending, then triggered (its
 * outcome, a value or an error, is fixed and it sits in the queue), then processed (the clock
 * reached it and its waiters were notified).
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import type { Environment } from './environment.js';

/** Queue priorities: at equal times, urgent entries (process starts, interrupts) come first. */
export const Priority = {
  /** Process starts and interrupts. */
  Urgent: 0,
  /** Everything else. */
  Normal: 1,
} as const;

/** @internal Lifecycle states of a {@link SimEvent}. */
export const PENDING = 0;
/** @internal */
export const TRIGGERED = 1;
/** @internal */
export const PROCESSED = 2;

/** @internal Outcome bit of a triggered {@link SimEvent}: it failed. */
export const FAILED = 1;
/** @internal Outcome bit: a failure was marked as handled (it may be set before the failure). */
export const DEFUSED = 2;

/**
 * @internal The `Symbol.dispose` well-known symbol behind `using` declarations. Node ≥ 20.4
 * defines it; on an older runtime a registry symbol stands in, so the engine still loads (and
 * `req[Symbol.for('Symbol.dispose')]()` still works) even though `using` itself would not.
 */
export const DISPOSE: typeof Symbol.dispose = (Symbol.dispose ??
  Symbol.for('Symbol.dispose')) as typeof Symbol.dispose;

/**
 * @internal Anything notified when an event it waits on is processed (processes, conditions,
 * callback adapters).
 */
export interface Waiter {
  _notify(event: SimEvent<unknown>): void;
}

/**
 * Iterator results handed to `yield*`. The delegating generator reads `done` and `value` at once
 * and passes a not-done result straight through to the process driver, which also reads it at
 * once, so one mutable object of each kind serves every event without an allocation per wait.
 */
const YIELD_RESULT: { done: false; value: SimEvent<unknown> } = {
  done: false,
  value: undefined as never,
};
const RETURN_RESULT: { done: true; value: unknown } = { done: true, value: undefined };

/** Several waiters of one event, in registration order (one waiter needs no list). */
class WaiterList implements Waiter {
  readonly list: Waiter[];
  constructor(first: Waiter, second: Waiter) {
    this.list = [first, second];
  }
  _notify(event: SimEvent<unknown>): void {
    const list = this.list;
    for (let i = 0; i < list.length; i++) list[i]!._notify(event);
  }
}

class CallbackWaiter<T> implements Waiter {
  constructor(private readonly fn: (event: SimEvent<T>) => void) {}
  _notify(event: SimEvent<unknown>): void {
    this.fn(event as SimEvent<T>);
  }
}

/**
 * An event carrying a value of type `T` once it succeeds. Processes wait for events with
 * `yield*`, which evaluates to the value (or throws the error of a failed event):
 *
 * ```ts
 * const ev = env.event<number>();
 * env.process(function* () { const n = yield* ev; });
 * ev.succeed(42);
 * ```
 *
 * An event is its own iterator: `yield* ev` yields `ev` to the process driver once, and returns
 * its value when the process resumes. If `ev` is already processed, `yield* ev` returns at once.
 */
export class SimEvent<T = unknown> implements Iterator<SimEvent<unknown>, T, unknown> {
  // Fields are `declare`d and assigned in the constructor rather than initialised as class
  // fields: class-field [[Define]] semantics made event creation several times slower in V8
  // across the subclasses (timeouts, processes, requests) of a mixed model.
  /** The environment this event belongs to. */
  declare readonly env: Environment;
  /** @internal */
  declare _state: number;
  /** @internal Outcome bits ({@link FAILED}, {@link DEFUSED}); 0 for a success. */
  declare _outcome: number;
  /** @internal */
  declare _value: unknown;
  /** @internal The waiter (the common case), a list of them in registration order, or `null`. */
  declare _w: Waiter | null;

  /** Creates a pending event; trigger it with {@link SimEvent.succeed} or {@link SimEvent.fail}. */
  constructor(env: Environment) {
    (this as { env: Environment }).env = env;
    this._state = PENDING;
    this._outcome = 0;
    this._value = undefined;
    this._w = null;
  }

  /** Whether the outcome is fixed (succeeded or failed), processed or not. */
  get triggered(): boolean {
    return this._state !== PENDING;
  }

  /** Whether the clock reached this event and its waiters were notified. */
  get processed(): boolean {
    return this._state === PROCESSED;
  }

  /** Whether the event succeeded; `undefined` while pending. */
  get ok(): boolean | undefined {
    return this._state === PENDING ? undefined : (this._outcome & FAILED) === 0;
  }

  /** The value of a succeeded event, or the error of a failed one. Throws while pending. */
  get value(): T {
    if (this._state === PENDING) {
      throw new InvalidArgumentError(
        'event',
        'a triggered event (its value is not yet known)',
        'a pending event',
      );
    }
    return this._value as T;
  }

  /** Whether a failure of this event has been marked as handled. */
  get defused(): boolean {
    return (this._outcome & DEFUSED) !== 0;
  }

  /**
   * Marks a failure as handled, so that processing it does not stop the run. Processes and
   * conditions that receive a failure defuse it themselves; plain callbacks must call this.
   */
  defuse(): void {
    this._outcome |= DEFUSED;
  }

  /** Triggers the event successfully with `value`; it is processed at the current time. */
  succeed(value: T): this {
    if (this._state !== PENDING) {
      throw new InvalidArgumentError('event', 'a pending event', 'an event already triggered');
    }
    this._value = value;
    this._state = TRIGGERED;
    this.env._schedule(this, Priority.Normal, 0);
    return this;
  }

  /**
   * Triggers the event as failed with `error`; waiting processes get it thrown at their `yield`.
   * A failure nobody handles stops the run with a `SimulationError`.
   */
  fail(error: unknown): this {
    if (this._state !== PENDING) {
      throw new InvalidArgumentError('event', 'a pending event', 'an event already triggered');
    }
    this._outcome |= FAILED;
    this._value = error;
    this._state = TRIGGERED;
    this.env._schedule(this, Priority.Normal, 0);
    return this;
  }

  /**
   * Calls `fn(event)` when the event is processed (after waiters registered earlier). A callback
   * receiving a failure must call {@link SimEvent.defuse} to mark it handled.
   */
  addCallback(fn: (event: SimEvent<T>) => void): void {
    if (typeof fn !== 'function') throw new InvalidArgumentError('callback', 'a function', fn);
    if (this._state === PROCESSED) {
      throw new InvalidArgumentError('event', 'an event not yet processed', 'a processed event');
    }
    this._addWaiter(new CallbackWaiter(fn));
  }

  /** Returns this event: `yield* event` waits for it and evaluates to its value. */
  [Symbol.iterator](): this {
    return this;
  }

  /**
   * Iterator protocol behind `yield*`; not meant to be called directly (the result object is
   * reused by the next call).
   */
  next(): IteratorResult<SimEvent<unknown>, T> {
    if (this._state === PROCESSED) {
      if ((this._outcome & FAILED) === 0) {
        RETURN_RESULT.value = this._value;
        return RETURN_RESULT as IteratorReturnResult<T>;
      }
      this._outcome |= DEFUSED;
      throw this._value;
    }
    YIELD_RESULT.value = this;
    return YIELD_RESULT;
  }

  /** Iterator protocol behind `yield*`: rethrows `error` into the waiting process. */
  throw(error: unknown): IteratorResult<SimEvent<unknown>, T> {
    throw error;
  }

  /** @internal Starts a process (the only event queued while pending); nothing for others. */
  _start(): void {}

  /** @internal Label used in error reports. */
  _label(): string {
    return this.constructor.name;
  }

  /** @internal */
  _addWaiter(w: Waiter): void {
    const cur = this._w;
    if (cur === null) this._w = w;
    else if (cur instanceof WaiterList) cur.list.push(w);
    else this._w = new WaiterList(cur, w);
  }

  /** @internal Removes one registration of `w`; returns whether it was found. */
  _removeWaiter(w: Waiter): boolean {
    const cur = this._w;
    if (cur === w) {
      this._w = null;
      return true;
    }
    if (!(cur instanceof WaiterList)) return false;
    const list = cur.list;
    const i = list.indexOf(w);
    if (i < 0) return false;
    list.splice(i, 1);
    if (list.length === 1) this._w = list[0]!;
    return true;
  }

  /**
   * @internal Marks the event processed and notifies its waiters in registration order. Events
   * are queued once triggered, with one exception: a process is queued while pending to start
   * (so that one `_fire`, not an override per class, serves the queue's hot loop).
   */
  _fire(): void {
    if (this._state === PENDING) {
      this._start();
      return;
    }
    this._state = PROCESSED;
    const w = this._w;
    if (w !== null) {
      this._w = null;
      w._notify(this);
    }
    if (this._outcome === FAILED) this.env._unhandled(this);
  }
}

/** @internal Throws unless `delay` is a finite number ≥ 0. */
export function checkDelay(delay: number): void {
  if (typeof delay !== 'number' || !(delay >= 0) || delay === Number.POSITIVE_INFINITY) {
    throw new InvalidArgumentError('delay', 'a finite number ≥ 0', delay);
  }
}

/** An event that succeeds with `value` after `delay` time units. Create with `env.timeout()`. */
export class Timeout<T = void> extends SimEvent<T> {
  /** Schedules the timeout; `delay` must be finite and ≥ 0. */
  constructor(env: Environment, delay: number, value: T) {
    super(env);
    checkDelay(delay);
    this._value = value;
    this._state = TRIGGERED;
    env._schedule(this, Priority.Normal, delay);
  }
}
