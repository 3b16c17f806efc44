/**
 * Simulation time is hours (float64) since midnight UTC of the scenario's start date. This file
 * converts at the edges: ISO dates to hours, hours to day index and month label. Mali keeps UTC
 * all year, so hour of day is local time.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { parseIsoDate } from '../scenario/dates.js';

/** Hours in a day. */
export const HOURS_PER_DAY = 24;
/** Mean days in a month (365.25 / 12), for rates given per month. */
export const DAYS_PER_MONTH = 30.4375;
/** Mean hours in a month. */
export const HOURS_PER_MONTH = DAYS_PER_MONTH * HOURS_PER_DAY;

/** Milliseconds since the epoch of midnight UTC on an ISO `YYYY-MM-DD` date. */
export function utcMs(date: string): number {
  const ms = typeof date === 'string' ? parseIsoDate(date) : undefined;
  if (ms === undefined) throw new InvalidArgumentError('date', 'a real ISO date YYYY-MM-DD', date);
  return ms;
}

/** A calendar anchored at a start date. */
export class Calendar {
  readonly startDate: string;
  private readonly startMs: number;

  constructor(startDate: string) {
    this.startMs = utcMs(startDate);
    this.startDate = startDate;
  }

  /** Simulation hours at midnight UTC of `date` (negative before the start). */
  hoursAt(date: string): number {
    return (utcMs(date) - this.startMs) / 3_600_000;
  }

  /** Whole days from the start to `date`. */
  dayOf(date: string): number {
    return Math.round(this.hoursAt(date) / HOURS_PER_DAY);
  }

  /** ISO date of day index `day` (0 = start date). */
  dateOfDay(day: number): string {
    return new Date(this.startMs + day * 86_400_000).toISOString().slice(0, 10);
  }

  /** `YYYY-MM` of the month containing simulation time `hours`. */
  monthOf(hours: number): string {
    return new Date(this.startMs + Math.floor(hours) * 3_600_000).toISOString().slice(0, 7);
  }
}

/** Hour of day in [0, 24) at simulation time `hours` (the start is midnight). */
export function hourOfDay(hours: number): number {
  const h = hours % HOURS_PER_DAY;
  return h < 0 ? h + HOURS_PER_DAY : h;
}

/**
 * Whether `hours` falls in daylight, `[startHour, endHour)` of the day; and if not, the hours to
 * wait until the next daylight start.
 */
export function hoursUntilDaylight(hours: number, startHour: number, endHour: number): number {
  const h = hourOfDay(hours);
  if (h >= startHour && h < endHour) return 0;
  return h < startHour ? startHour - h : HOURS_PER_DAY - h + startHour;
}
