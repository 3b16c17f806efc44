/**
 * Axes of uncertainty for {@link arbScenarioVariant} and {@link checkAssumption}: a parameter or
 * any number of the scenario, a plan step's date, the IED encounter rate, and helicopter
 * serviceability. Each axis knows its range, the base scenario's value on it (the target of
 * shrinking), how to set a value, and how to print one.
 *
 * @module
 */

import { Calendar } from '../dynamics/calendar.js';
import { threatPosterior } from '../dynamics/threat.js';
import { World } from '../dynamics/world.js';
import { InvalidArgumentError } from '../errors.js';
import { normalQuantile } from '../experiment/student-t.js';
import { addDays, daysBetween, parseIsoDate } from '../model/dates.js';
import { meanOf } from '../random/spec.js';
import type { Scenario } from '../scenario/types.js';
import { setValue } from '../scenario/variant.js';
import { numberAt, withNumberAt } from './_internals/paths.js';
import { renderNumber } from './_internals/render.js';

/**
 * One axis along which a scenario varies. Values are numbers: for a date axis, days after the
 * scenario's start date (printed as the date).
 */
export interface VariantAxis {
  /** Name in messages and diffs, e.g. `parameters.ied.damageGivenDetonation`, `plan:mopti-camp-expansion.date`. */
  readonly name: string;
  /** Lowest value, inclusive. */
  readonly low: number;
  /** Highest value, inclusive. */
  readonly high: number;
  /** Whole values only, one step per unit (dates: one step per day). Otherwise 1000 steps each side of the base. */
  readonly integer: boolean;
  /** The value `scenario` has on this axis: the target shrinking leads to when it is in range. */
  base(scenario: Scenario): number;
  /** A valid copy of `scenario` with this axis at `value`. */
  apply(scenario: Scenario, value: number): Scenario;
  /** `value` as a reader wants to see it. */
  format(value: number): string;
}

/**
 * Uncertain inputs as a record: a dotted path to a number with its `[low, high]` range
 * (`'parameters.ied.damageGivenDetonation': [0.2, 0.8]`, `'mission.routes.route-0.lengthKm': [50, 200]`),
 * or `'plan:<step id>.date'` with a `[from, to]` range of ISO dates.
 */
export type VariantRanges = Readonly<
  Record<string, readonly [number, number] | readonly [string, string]>
>;

function checkRange(name: string, low: number, high: number): void {
  if (!Number.isFinite(low) || !Number.isFinite(high) || low > high) {
    throw new InvalidArgumentError(name, 'a range [low, high] of finite numbers with low <= high', [
      low,
      high,
    ]);
  }
}

/**
 * A number of the scenario between `low` and `high`: a parameter (`'ied.damageGivenDetonation'`,
 * `'parameters.aviation.mtbfDays'`, set with `setValue`, provenance kept) or any other number
 * (`'mission.units.east-quick-reaction-force.noticeToMoveMin'`, array elements by id or index).
 *
 * @throws {@link index!InvalidArgumentError} if the range is empty or not finite
 */
export function parameterAxis(path: string, range: readonly [number, number]): VariantAxis {
  const [low, high] = range;
  checkRange(path, low, high);
  const name =
    path.startsWith('parameters.') || path.startsWith('mission.') ? path : `parameters.${path}`;
  return {
    name,
    low,
    high,
    integer: false,
    base: (s) => numberAt(s, path),
    apply: (s, v) =>
      Object.is(numberAt(s, path), v) ? s : withNumberAt(s, path, v, 'arbScenarioVariant'),
    format: renderNumber,
  };
}

/**
 * The date of plan step `stepId` between `from` and `to` (ISO dates), moved with
 * `setValue`. Shrinks day by day towards the step's own date.
 *
 * @throws {@link index!InvalidArgumentError} if a date is not a real ISO date or `from` is after `to`
 */
export function planDateAxis(stepId: string, range: readonly [string, string]): VariantAxis {
  const [from, to] = range;
  if (parseIsoDate(from) === undefined || parseIsoDate(to) === undefined || from > to) {
    throw new InvalidArgumentError(
      `plan:${stepId}.date`,
      'a range [from, to] of real ISO dates, from <= to',
      range,
    );
  }
  // Day offsets are taken from a fixed epoch and converted per scenario.
  const epoch = '2000-01-01';
  const dayOf = (d: string) => daysBetween(epoch, d);
  const stepDate = (s: Scenario): string => {
    const step = s.plan.find((p) => p.id === stepId);
    if (step === undefined)
      throw new InvalidArgumentError('stepId', 'the id of a plan step', stepId);
    return step.date;
  };
  return {
    name: `plan:${stepId}.date`,
    low: dayOf(from),
    high: dayOf(to),
    integer: true,
    base: (s) => dayOf(stepDate(s)),
    apply: (s, v) => {
      const date = addDays(epoch, v);
      return stepDate(s) === date ? s : setValue(s, `plan[${stepId}].date`, date, 'planDateAxis');
    },
    format: (v) => addDays(epoch, v),
  };
}

/** The IED encounter-rate posterior of a scenario, per 1000 weighted convoy-km. */
export interface IedRatePosterior {
  /** Gamma shape: prior shape + devices against the mission. */
  readonly shape: number;
  /** Gamma rate in convoy-km: prior pseudo-exposure + the routes' exposure in the letter's period. */
  readonly exposureKm: number;
  readonly meanPer1000Km: number;
  /** 5 % quantile (Wilson–Hilferty approximation; relative error < 0.1 % for shape ≥ 10). */
  readonly q05Per1000Km: number;
  /** 95 % quantile (same approximation). */
  readonly q95Per1000Km: number;
}

function postOf(s: Scenario) {
  return threatPosterior({ scenario: s, world: new World(s), calendar: new Calendar(s.startDate) });
}

/**
 * The posterior of the IED encounter rate λ in `scenario` (what each replication draws its λ
 * from), with its mean and 90 % interval per 1000 weighted convoy-km.
 *
 * @example
 * ```ts
 * const { q05Per1000Km, q95Per1000Km } = iedRatePosterior(minusma2020);
 * const axis = iedRateAxis([q05Per1000Km, q95Per1000Km]);
 * ```
 */
export function iedRatePosterior(scenario: Scenario): IedRatePosterior {
  const p = postOf(scenario);
  const k = p.rateShape;
  const quantile = (q: number) => {
    const z = normalQuantile(q);
    const c = 1 / (9 * k);
    return (k / p.rateExposureKm) * (1 - c + z * Math.sqrt(c)) ** 3 * 1000;
  };
  return {
    shape: k,
    exposureKm: p.rateExposureKm,
    meanPer1000Km: (k / p.rateExposureKm) * 1000,
    q05Per1000Km: quantile(0.05),
    q95Per1000Km: quantile(0.95),
  };
}

/**
 * A copy of `scenario` whose IED encounter rate is pinned at `per1000Km` devices per 1000
 * weighted convoy-km: the gamma prior is replaced by a tight one (shape ≥ 10 000) whose
 * posterior, after the mission's record, has mean exactly `per1000Km` and a coefficient of
 * variation under 1 %. Every replication then draws (almost) that rate.
 *
 * @throws {@link index!InvalidArgumentError} if `per1000Km` is not a positive finite number
 */
export function withIedRate(scenario: Scenario, per1000Km: number): Scenario {
  if (!(per1000Km > 0) || !Number.isFinite(per1000Km)) {
    throw new InvalidArgumentError('per1000Km', 'a positive finite rate', per1000Km);
  }
  const p = postOf(scenario);
  const lambda = per1000Km / 1000;
  const devices = scenario.mission.ied.againstMission.value;
  const shape = Math.max(10_000, 2 * lambda * p.exposureKm);
  const priorExposure = (shape + devices) / lambda - p.exposureKm;
  const by = `IED rate pinned at ${renderNumber(per1000Km)} per 1000 convoy-km`;
  return setValue(
    setValue(scenario, 'ied.ratePriorShape', shape, by),
    'ied.ratePriorExposureKm',
    priorExposure,
    by,
  );
}

/**
 * The IED encounter rate between `low` and `high` devices per 1000 weighted convoy-km, pinned
 * with {@link withIedRate}. The base value (shrinking target) is the posterior mean.
 */
export function iedRateAxis(range: readonly [number, number]): VariantAxis {
  const [low, high] = range;
  checkRange('iedRatePer1000Km', low, high);
  if (!(low > 0))
    throw new InvalidArgumentError('iedRatePer1000Km', 'a range of positive rates', range);
  return {
    name: 'IED rate per 1000 convoy-km',
    low,
    high,
    integer: false,
    base: (s) => iedRatePosterior(s).meanPer1000Km,
    apply: (s, v) => withIedRate(s, v),
    format: (v) => renderNumber(v),
  };
}

/**
 * The IED encounter rate as a multiple of the posterior mean, between `low` and `high`, pinned
 * with {@link withIedRate}. The base value (shrinking target) is 1.
 */
export function iedRateMultiplierAxis(range: readonly [number, number]): VariantAxis {
  const [low, high] = range;
  checkRange('iedRateMultiplier', low, high);
  if (!(low > 0))
    throw new InvalidArgumentError('iedRateMultiplier', 'a range of positive multipliers', range);
  return {
    name: 'IED rate multiplier (× posterior mean)',
    low,
    high,
    integer: false,
    base: () => 1,
    apply: (s, v) => withIedRate(s, v * iedRatePosterior(s).meanPer1000Km),
    format: (v) => `×${renderNumber(v)}`,
  };
}

/**
 * Helicopter serviceability: the long-run share of time an airframe is not down for
 * maintenance, mtbf / (mtbf + mean maintenance days). Set by changing `aviation.mtbfDays` to
 * A / (1 − A) × the mean of `aviation.maintenanceDays`. The range must lie inside (0, 1).
 *
 * @throws {@link index!InvalidArgumentError} if the range is not inside (0, 1)
 */
export function helicopterServiceabilityAxis(range: readonly [number, number]): VariantAxis {
  const [low, high] = range;
  checkRange('helicopterServiceability', low, high);
  if (!(low > 0 && high < 1)) {
    throw new InvalidArgumentError('helicopterServiceability', 'a range inside (0, 1)', range);
  }
  const maint = (s: Scenario) => meanOf(s.parameters.aviation.maintenanceDays.value);
  return {
    name: 'helicopter serviceability',
    low,
    high,
    integer: false,
    base: (s) => {
      const mtbf = s.parameters.aviation.mtbfDays.value;
      return mtbf / (mtbf + maint(s));
    },
    apply: (s, v) => {
      const mtbf = s.parameters.aviation.mtbfDays.value;
      // The base scenario's own serviceability leaves it unchanged (no rounding noise in diffs).
      if (Math.abs(v - mtbf / (mtbf + maint(s))) < 1e-12) return s;
      return setValue(
        s,
        'aviation.mtbfDays',
        (v / (1 - v)) * maint(s),
        'helicopter serviceability axis',
      );
    },
    format: (v) => `${renderNumber(v * 100)} %`,
  };
}

/**
 * The axes of a {@link VariantRanges} record, in its key order.
 *
 * @throws {@link index!InvalidArgumentError} for a key whose range has the wrong type
 */
export function axesOf(ranges: VariantRanges | readonly VariantAxis[]): VariantAxis[] {
  if (Array.isArray(ranges)) return [...(ranges as readonly VariantAxis[])];
  return Object.entries(ranges as VariantRanges).map(([key, range]) => {
    const m = /^plan:(.+)\.date$/.exec(key);
    if (m !== null) {
      if (typeof range[0] !== 'string' || typeof range[1] !== 'string') {
        throw new InvalidArgumentError(key, 'a range of ISO dates [from, to]', range);
      }
      return planDateAxis(m[1] as string, range as readonly [string, string]);
    }
    if (typeof range[0] !== 'number' || typeof range[1] !== 'number') {
      throw new InvalidArgumentError(key, 'a numeric range [low, high]', range);
    }
    return parameterAxis(key, range as readonly [number, number]);
  });
}
