/**
 * Ports: how capabilities talk to each other during a run. A port is a typed token; the
 * capability that provides it registers an implementation when it starts, and the capabilities
 * that require it look it up. `simulateMission` starts capabilities in an order where every
 * provider comes before its users, so a lookup in `start` never misses.
 *
 * @example
 * ```ts
 * interface Clock { now(): number }
 * const ClockPort = port<Clock>('clock');
 * ports.provide(ClockPort, { now: () => env.now });
 * ports.get(ClockPort).now();
 * ```
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

/** A typed token naming what a capability offers to others. */
export interface Port<T> {
  readonly id: string;
  /** @internal Carries the type only. */
  readonly _type?: T;
}

/** A port named `id` whose implementations have type `T`. */
export function port<T>(id: string): Port<T> {
  return { id };
}

/** The implementations of the ports of one replication. */
export class Ports {
  private readonly impls = new Map<string, unknown>();

  /** Registers the implementation of `p` (once). */
  provide<T>(p: Port<T>, impl: T): void {
    if (this.impls.has(p.id)) {
      throw new InvalidArgumentError('port', 'a port provided once', p.id);
    }
    this.impls.set(p.id, impl);
  }

  /** The implementation of `p`; throws, naming it, when no started capability provides it. */
  get<T>(p: Port<T>): T {
    if (!this.impls.has(p.id)) {
      throw new InvalidArgumentError('port', `a port some capability provides (${p.id})`, p.id);
    }
    return this.impls.get(p.id) as T;
  }

  /** The implementation of `p`, or `undefined` when no capability provides it. */
  find<T>(p: Port<T>): T | undefined {
    return this.impls.get(p.id) as T | undefined;
  }
}
