/**
 * ResourceMonitor: time-weighted busy units and queue length of a resource.
 *
 * @module
 */
import type { Clock } from './environment.js';
import { TimeWeighted } from './time-weighted.js';

/**
 * Time-weighted statistics of a resource, attached with `resource.monitor()`: the number of
 * units in use and the number of waiting requests, from the moment of attachment (or the last
 * {@link ResourceMonitor.reset}).
 */
export class ResourceMonitor {
  /** Units in use over time. */
  readonly busy: TimeWeighted;
  /** Waiting requests over time. */
  readonly queue: TimeWeighted;
  /** Capacity of the monitored resource. */
  readonly capacity: number;

  /** @internal Use `resource.monitor()`. */
  constructor(clock: Clock, capacity: number, busy: number, queue: number) {
    this.capacity = capacity;
    this.busy = new TimeWeighted(clock, busy);
    this.queue = new TimeWeighted(clock, queue);
  }

  /** Mean fraction of capacity in use: `busy.mean() / capacity`. */
  utilisation(): number {
    return this.busy.mean() / this.capacity;
  }

  /** Starts a new observation window now (warm-up deletion). */
  reset(): void {
    this.busy.reset();
    this.queue.reset();
  }

  /** @internal */
  _record(busy: number, queue: number): void {
    if (busy !== this.busy.level) this.busy.update(busy);
    if (queue !== this.queue.level) this.queue.update(queue);
  }
}
