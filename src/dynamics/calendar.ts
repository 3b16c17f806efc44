/**
 * Simulation time is hours (float64) since midnight UTC of the scenario's start date. This file
 * converts at the edges: ISO dates to hours, hours to day index and month label. Mali keeps UTC
 * all year, so hour of day is local time.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { MONTH_NAMES, parseIsoDate } from '../model/dates.js';

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

  /**
   * Calendar months from the start date's month to the month containing simulation time `hours`
   * (0 in the first month): the index into `horizonMonths`.
   */
  monthIndex(hours: number): number {
    const d = new Date(this.startMs + Math.floor(hours) * 3_600_000);
    const s = new Date(this.startMs);
    return (d.getUTCFullYear() - s.getUTCFullYear()) * 12 + (d.getUTCMonth() - s.getUTCMonth());
  }
}

/**
 * Every calendar month a horizon of `days` days from `startDate` touches, in order: `id` is
 * `YYYY-MM`, `name` reads "March 2021". The first and last may be partial.
 *
 * @example
 * ```ts
 * horizonMonths('2020-07-01', 40).map((m) => m.id); // ['2020-07', '2020-08']
 * ```
 */
export function horizonMonths(
  startDate: string,
  days: number,
): { readonly id: string; readonly name: string }[] {
  const start = utcMs(startDate);
  const first = new Date(start);
  const last = new Date(start + Math.max(0, days - 1) * 86_400_000);
  const out: { id: string; name: string }[] = [];
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth();
  while (y < last.getUTCFullYear() || (y === last.getUTCFullYear() && m <= last.getUTCMonth())) {
    out.push({ id: `${y}-${String(m + 1).padStart(2, '0')}`, name: `${MONTH_NAMES[m]} ${y}` });
    m++;
    if (m === 12) {
      m = 0;
      y++;
    }
  }
  return out;
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

/**
 * Elapsed hours to cover `dayHours` of driving at day speed, starting at simulation time
 * `start`, when the speed at night (outside `[dayStartHour, dayEndHour)`) is `nightFactor` times
 * the day speed (0: no movement at night, the column halts until daylight). Exact piecewise
 * integration over day and night periods.
 *
 * @example
 * ```ts
 * // 4 h of day driving starting at 16:00, night at half speed from 18:00: 2 h by day, then the
 * // remaining 2 h of day driving take 4 h at night: 6 h in all.
 * travelHours(16, 4, 0.5, 6, 18); // 6
 * ```
 */
export function travelHours(
  start: number,
  dayHours: number,
  nightFactor: number,
  dayStartHour: number,
  dayEndHour: number,
): number {
  if (!(dayHours > 0)) return 0;
  if (nightFactor === 1) return dayHours;
  let t = start;
  let left = dayHours;
  // Each pass covers one day or night period; bounded by the distance left.
  for (let guard = 0; guard < 100_000; guard++) {
    const h = hourOfDay(t);
    const isDay = h >= dayStartHour && h < dayEndHour;
    // Hours until the period changes.
    const toChange = isDay
      ? dayEndHour - h
      : h < dayStartHour
        ? dayStartHour - h
        : HOURS_PER_DAY - h + dayStartHour;
    const rate = isDay ? 1 : nightFactor;
    if (rate > 0 && left <= toChange * rate) return t + left / rate - start;
    left -= toChange * rate;
    t += toChange;
  }
  return t - start;
}
