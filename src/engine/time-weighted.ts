/**
 * TimeWeighted: the time-weighted average of a piecewise-constant level (queue length, busy
 * servers, machines up), in constant memory.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import type { Clock } from './environment.js';

/**
 * Tracks a level that changes at event times and integrates it over time. Call
 * {@link TimeWeighted.update} whenever the level changes; {@link TimeWeighted.mean} is the
 * integral divided by the elapsed time since the start (or the last {@link TimeWeighted.reset}).
 *
 * @example
 * ```ts
 * const inSystem = new TimeWeighted(env, 0);
 * inSystem.add(+1);  // an arrival
 * // …
 * inSystem.mean();   // time-average number in system so far
 * ```
 */
export class TimeWeighted {
  private readonly clock: Clock;
  private current: number;
  private lastTime: number;
  private startTime: number;
  private area = 0;
  private lo: number;
  private hi: number;

  /** Starts observing at `clock.now` with level `initial` (default 0). */
  constructor(clock: Clock, initial = 0) {
    if (typeof initial !== 'number' || !Number.isFinite(initial)) {
      throw new InvalidArgumentError('initial', 'a finite number', initial);
    }
    this.clock = clock;
    this.current = initial;
    this.lastTime = clock.now;
    this.startTime = clock.now;
    this.lo = initial;
    this.hi = initial;
  }

  /** The current level. */
  get level(): number {
    return this.current;
  }

  /** Sets the level to `level` from now on. */
  update(level: number): void {
    if (typeof level !== 'number' || !Number.isFinite(level)) {
      throw new InvalidArgumentError('level', 'a finite number', level);
    }
    const now = this.clock.now;
    this.area += this.current * (now - this.lastTime);
    this.lastTime = now;
    this.current = level;
    if (level < this.lo) this.lo = level;
    if (level > this.hi) this.hi = level;
  }

  /** Changes the level by `delta` from now on. */
  add(delta: number): void {
    this.update(this.current + delta);
  }

  /** Time elapsed since the start of observation. */
  get duration(): number {
    return this.clock.now - this.startTime;
  }

  /** Integral of the level over the observation window up to now. */
  get integral(): number {
    return this.area + this.current * (this.clock.now - this.lastTime);
  }

  /** Time-weighted mean level up to now (`NaN` if no time has elapsed). */
  mean(): number {
    const d = this.duration;
    return d > 0 ? this.integral / d : Number.NaN;
  }

  /** Smallest level seen in the window. */
  get min(): number {
    return this.lo;
  }

  /** Largest level seen in the window. */
  get max(): number {
    return this.hi;
  }

  /** Starts a new observation window now, keeping the current level (warm-up deletion). */
  reset(): void {
    const now = this.clock.now;
    this.area = 0;
    this.lastTime = now;
    this.startTime = now;
    this.lo = this.current;
    this.hi = this.current;
  }
}
