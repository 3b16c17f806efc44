/**
 * Processes: generator functions driven by the environment. A process yields events (with
 * `yield*`, which evaluates to the event's value) and is resumed when they are processed. A
 * process is itself an event that succeeds with the generator's return value.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import type { Environment } from './environment.js';
import {
  DEFUSED,
  FAILED,
  PENDING,
  PROCESSED,
  Priority,
  SimEvent,
  TRIGGERED,
  type Waiter,
} from './events.js';

/** The generator a process runs: it yields events and returns `R`. */
export type ProcessGenerator<R = unknown> = Generator<SimEvent<unknown>, R, unknown>;

/** Options of `env.process()`. */
export interface ProcessOptions {
  /** Name used in traces and error reports; defaults to the generator function's name. */
  readonly name?: string;
}

/**
 * Thrown into a process at its current `yield` by {@link Process.interrupt}. The process may
 * catch it and carry on; if it does not, the process fails with it.
 */
export class Interrupt extends Error {
  /** What the interrupter passed (e.g. a `Preempted` record). */
  override readonly cause: unknown;
  /** Creates an interrupt carrying `cause`. */
  constructor(cause: unknown) {
    super(`interrupted${cause === undefined ? '' : `: ${describeCause(cause)}`}`);
    this.name = 'Interrupt';
    this.cause = cause;
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  if (typeof cause === 'object' && cause !== null) return cause.constructor?.name ?? 'object';
  return String(cause);
}

/** The urgent event that delivers an {@link Interrupt}; it is its own waiter. */
class Interruption extends SimEvent<never> implements Waiter {
  constructor(
    env: Environment,
    private readonly proc: Process<unknown>,
    cause: unknown,
  ) {
    super(env);
    this._outcome = FAILED | DEFUSED;
    this._value = new Interrupt(cause);
    this._state = TRIGGERED;
    this._w = this;
    env._schedule(this, Priority.Urgent, 0);
  }
  _notify(): void {
    this.proc._deliverInterrupt(this._value);
  }
}

/**
 * A running generator. Create with `env.process(function* () { … }, { name })`. It starts at the
 * current time (urgently, before normal events at that time) and is itself an event: other
 * processes can `yield*` it to get its return value, or its error thrown at their `yield`.
 */
export class Process<R = unknown> extends SimEvent<R> implements Waiter {
  declare private givenName: string | undefined;
  declare private id: number;
  declare private gen: ProcessGenerator<R>;
  /** @internal The event the process is waiting on. */
  declare _target: SimEvent<unknown> | null;

  /** @internal Use `env.process()`. */
  constructor(env: Environment, gen: ProcessGenerator<R>, name: string | undefined, id: number) {
    super(env);
    this.gen = gen;
    this.givenName = name;
    this.id = id;
    this._target = null;
    env._schedule(this, Priority.Urgent, 0);
  }

  /**
   * Name used in traces and error reports: the one given, else the generator function's name,
   * else `process-<n>` with `n` the order of creation in the environment.
   */
  get name(): string {
    return this.givenName ?? `process-${this.id}`;
  }

  /** Whether the generator has not finished yet. */
  get isAlive(): boolean {
    return this._state === PENDING;
  }

  /** The event the process currently waits on, or `null`. */
  get target(): SimEvent<unknown> | null {
    return this._target;
  }

  /**
   * Throws an {@link Interrupt} carrying `cause` into the process at its current `yield`, at the
   * current time and before normal events. The process stops waiting on its target event. A
   * process cannot interrupt itself, and a finished process cannot be interrupted.
   */
  interrupt(cause?: unknown): void {
    if (this._state !== PENDING) {
      throw new InvalidArgumentError(
        'process',
        'a live process',
        `process '${this.name}' (finished)`,
      );
    }
    if (this.env._active === this) {
      throw new InvalidArgumentError(
        'process',
        'another process (a process cannot interrupt itself)',
        this.name,
      );
    }
    new Interruption(this.env, this as Process<unknown>, cause);
  }

  override _label(): string {
    return this.name;
  }

  /**
   * @internal The process's first queue entry is the process itself, still pending (see
   * SimEvent._fire): it starts the generator.
   */
  override _start(): void {
    this._resume(true, undefined);
  }

  /** @internal */
  _notify(event: SimEvent<unknown>): void {
    if ((event._outcome & FAILED) === 0) {
      this._resume(true, event._value);
    } else {
      event._outcome |= DEFUSED;
      this._resume(false, event._value);
    }
  }

  /** @internal */
  _deliverInterrupt(interrupt: unknown): void {
    if (this._state !== PENDING) return;
    const target = this._target;
    if (target !== null) {
      target._removeWaiter(this);
      this._target = null;
    }
    this._resume(false, interrupt);
  }

  private _resume(ok: boolean, value: unknown): void {
    const env = this.env;
    const gen = this.gen;
    env._active = this as Process<unknown>;
    this._target = null;
    for (;;) {
      let r: IteratorResult<SimEvent<unknown>, R>;
      try {
        r = ok ? gen.next(value) : gen.throw(value);
      } catch (error) {
        env._active = null;
        this._outcome |= FAILED;
        this._value = error;
        this._state = TRIGGERED;
        env._schedule(this, Priority.Normal, 0);
        return;
      }
      if (r.done === true) {
        env._active = null;
        this._value = r.value;
        if (this._w === null) {
          // Nobody waits: the outcome is final now, and later waiters get it at once.
          this._state = PROCESSED;
        } else {
          this._state = TRIGGERED;
          env._schedule(this, Priority.Normal, 0);
        }
        return;
      }
      const next = r.value;
      if (!(next instanceof SimEvent) || next.env !== env) {
        ok = false;
        value = new InvalidArgumentError('yield', 'a SimEvent of this environment', next);
        continue;
      }
      if (next._state === PROCESSED) {
        ok = (next._outcome & FAILED) === 0;
        value = next._value;
        if (!ok) next._outcome |= DEFUSED;
        continue;
      }
      next._addWaiter(this);
      this._target = next;
      env._active = null;
      return;
    }
  }
}
