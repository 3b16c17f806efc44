/**
 * Where each contingent stands in its tour on the start date, from its tour length, the date its
 * personnel arrived (when known) or a phase in its yearly cycle (when not), and the suspensions
 * of rotations before the start: a rotation due during a suspension did not happen, so the
 * contingent in place stayed on, and it is due as soon as rotations resume.
 *
 * @module
 */
import { daysBetween } from '../../model/dates.js';

/** What {@link initialTour} needs. */
export interface InitialTourInput {
  readonly startDate: string;
  readonly tourDays: number;
  /** Date the personnel in place arrived, when known. */
  readonly lastRotation?: string | undefined;
  /** Where in its cycle the unit's rotations fall, in [0, 1), when the date is not known. */
  readonly phase: number;
  /** Suspensions before the start, `from` and `until` inclusive. */
  readonly pastSuspensions: readonly { readonly from: string; readonly until: string }[];
}

/** A contingent's tour on the start date. */
export interface InitialTour {
  /**
   * Day (0 = start date) its tour ends: positive when due later, zero or negative when it is
   * overdue (tour extended) and due at once.
   */
  readonly endDay: number;
  /** Days by which past suspensions extended it (0 when none did). */
  readonly extendedDays: number;
}

/**
 * The tour under way on the start date.
 *
 * Without a known date, the unit's last scheduled rotation fell `phase × tourDays` days before
 * the start. If that day lies in a past suspension, the rotation was deferred to the day after
 * the suspension ended: when that day is before the start the rotation happened then (a tour
 * from that day); otherwise the contingent is still in place, its tour having ended on the
 * scheduled day.
 *
 * @example
 * ```ts
 * initialTour({ startDate: '2020-07-01', tourDays: 365, phase: 0.2,
 *   pastSuspensions: [{ from: '2020-04-07', until: '2020-06-30' }] });
 * // scheduled 73 days before the start (19 April 2020), inside the suspension: due at once
 * // → { endDay: -73, extendedDays: 73 }
 * ```
 */
export function initialTour(input: InitialTourInput): InitialTour {
  const { startDate, tourDays } = input;
  if (input.lastRotation !== undefined) {
    return { endDay: daysBetween(startDate, input.lastRotation) + tourDays, extendedDays: 0 };
  }
  const scheduled = -Math.floor(input.phase * tourDays);
  for (const s of input.pastSuspensions) {
    const from = daysBetween(startDate, s.from);
    const until = daysBetween(startDate, s.until);
    if (scheduled < from || scheduled > until) continue;
    const resumed = until + 1;
    if (resumed < 0) return { endDay: resumed + tourDays, extendedDays: resumed - scheduled };
    return { endDay: scheduled, extendedDays: -scheduled };
  }
  return { endDay: scheduled + tourDays, extendedDays: 0 };
}
