/**
 * Conditions: events that trigger when any or all of a list of events have been processed.
 * Create with `env.anyOf(events)` and `env.allOf(events)`.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import type { Environment } from './environment.js';
import { DEFUSED, FAILED, PENDING, PROCESSED, SimEvent, type Waiter } from './events.js';

/**
 * The value of a condition: the events among its operands that had succeeded by the time the
 * condition was processed, in the order they were given.
 */
export class ConditionValue {
  /** The operands that fired, in operand order. */
  readonly events: readonly SimEvent<unknown>[];

  /** @internal */
  constructor(events: readonly SimEvent<unknown>[]) {
    this.events = events;
  }

  /** Number of operands that fired. */
  get size(): number {
    return this.events.length;
  }

  /** Whether `event` is among the operands that fired. */
  has(event: SimEvent<unknown>): boolean {
    return this.events.includes(event);
  }

  /** The value of `event`, which must be among the operands that fired. */
  get<T>(event: SimEvent<T>): T {
    if (!this.events.includes(event)) {
      throw new InvalidArgumentError(
        'event',
        'an event that fired in this condition',
        'another event',
      );
    }
    return event._value as T;
  }
}

/**
 * An event over other events: with `mode 'any'` it triggers once one operand is processed, with
 * `'all'` once every operand is; it fails as soon as an operand fails (with that error). Its
 * value is a {@link ConditionValue}. With no operands it triggers at once.
 */
export class Condition extends SimEvent<ConditionValue> implements Waiter {
  /** `'any'` or `'all'`. */
  declare readonly mode: 'any' | 'all';
  /** The operands, in the order given. */
  declare readonly operands: readonly SimEvent<unknown>[];
  declare private fired: number;

  /** @internal Use `env.anyOf()` / `env.allOf()`. */
  constructor(env: Environment, events: readonly SimEvent<unknown>[], mode: 'any' | 'all') {
    super(env);
    if (!Array.isArray(events))
      throw new InvalidArgumentError('events', 'an array of events', events);
    this.mode = mode;
    this.operands = events.slice();
    this.fired = 0;
    for (let i = 0; i < events.length; i++) {
      const ev = events[i];
      if (!(ev instanceof SimEvent) || ev.env !== env) {
        throw new InvalidArgumentError(`events[${i}]`, 'a SimEvent of this environment', ev);
      }
    }
    for (const ev of this.operands) {
      if (ev._state === PROCESSED) this._notify(ev);
      else ev._addWaiter(this);
      if (this._state !== PENDING) break;
    }
    if (this._state === PENDING && this.satisfied()) this.succeed(undefined as never);
  }

  private satisfied(): boolean {
    const n = this.operands.length;
    return n === 0 || (this.mode === 'any' ? this.fired > 0 : this.fired === n);
  }

  /** @internal */
  _notify(event: SimEvent<unknown>): void {
    if (this._state !== PENDING) return;
    if ((event._outcome & FAILED) !== 0) {
      event._outcome |= DEFUSED;
      this.detach();
      this.fail(event._value);
      return;
    }
    this.fired++;
    if (this.satisfied()) this.succeed(undefined as never);
  }

  /** @internal Builds the value from the operands processed by now, then notifies waiters. */
  override _fire(): void {
    if ((this._outcome & FAILED) === 0) {
      this.detach();
      const fired: SimEvent<unknown>[] = [];
      for (const ev of this.operands)
        if (ev._state === PROCESSED && (ev._outcome & FAILED) === 0) fired.push(ev);
      this._value = new ConditionValue(fired);
    }
    super._fire();
  }

  private detach(): void {
    for (const ev of this.operands) if (ev._state !== PROCESSED) ev._removeWaiter(this);
  }
}
