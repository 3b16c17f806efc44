/**
 * ResourceMonitor: time-weighted busy units, queue length and capacity of a resource or pool.
 *
 * Capacity may change during a run ({@link Resource.setCapacity}, items added to or removed from
 * a {@link Pool}), so utilisation is a ratio of integrals over the observation window,
 * `∫ busy dt / ∫ capacity dt`, not the mean of `busy / capacity`: the share of the unit-hours
 * provided that were used. With a constant capacity it is `busy.mean() / capacity`.
 *
 * @module
 */
import type { Clock } from './environment.js';
import { TimeWeighted } from './time-weighted.js';

/**
 * Time-weighted statistics of a resource, attached with `resource.monitor()` (or
 * `pool.monitor()`): the number of units in use, the number of waiting requests and the
 * capacity, from the moment of attachment (or the last {@link ResourceMonitor.reset}).
 */
export class ResourceMonitor {
  /** Units in use over time. */
  readonly busy: TimeWeighted;
  /** Waiting requests over time. */
  readonly queue: TimeWeighted;
  /** Capacity (units provided, busy or not) over time. */
  readonly units: TimeWeighted;

  /** @internal Use `resource.monitor()`. */
  constructor(clock: Clock, capacity: number, busy: number, queue: number) {
    this.busy = new TimeWeighted(clock, busy);
    this.queue = new TimeWeighted(clock, queue);
    this.units = new TimeWeighted(clock, capacity);
  }

  /** Capacity of the monitored resource now. */
  get capacity(): number {
    return this.units.level;
  }

  /**
   * Share of the capacity provided over the window that was in use: `busy.integral /
   * units.integral` (`NaN` if no unit was provided). It can exceed 1 while a lowered capacity
   * is below the units still held.
   */
  utilisation(): number {
    const provided = this.units.integral;
    return provided > 0 ? this.busy.integral / provided : Number.NaN;
  }

  /** Starts a new observation window now (warm-up deletion). */
  reset(): void {
    this.busy.reset();
    this.queue.reset();
    this.units.reset();
  }

  /** @internal */
  _record(busy: number, queue: number): void {
    if (busy !== this.busy.level) this.busy.update(busy);
    if (queue !== this.queue.level) this.queue.update(queue);
  }

  /** @internal */
  _recordCapacity(capacity: number): void {
    if (capacity !== this.units.level) this.units.update(capacity);
  }
}
