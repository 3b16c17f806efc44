/**
 * Monotonicity under common random numbers: a change that should never hurt does not hurt
 * beyond noise.
 *
 * @module
 */
import { castDraft } from 'immer';
import { InvalidArgumentError } from '../errors.js';
import { addDays } from '../model/dates.js';
import type { Unit } from '../model/mission.js';
import type { Scenario } from '../scenario/types.js';
import { setValue, variant } from '../scenario/variant.js';
import { type DecisionRule, paired, worseBeyond } from './_internals/paired.js';
import { renderNumber } from './_internals/render.js';
import { InvariantError } from './invariant-error.js';
import {
  medianTimeToSurgery,
  type PlanningMetric,
  sectorResponseMeanMin,
  surgeryWithinTargetShare,
} from './metrics.js';
import { scenarioDiff } from './scenario-diff.js';

export type { DecisionRule } from './_internals/paired.js';

/** Options of {@link checkNoWorse}. */
export interface NoWorseOptions {
  /** What is compared. */
  readonly metric: PlanningMetric;
  /** Seed of both scenarios' replications (common random numbers). */
  readonly seed: number | string;
  /** Replications 0 … R − 1 of each scenario, paired by index. */
  readonly replications: number;
  /** Largest mean worsening accepted, in the metric's unit (noise allowance). */
  readonly tolerance: number;
  /**
   * `'confident'` (default): fail only when the 95 % Student-t interval of the mean paired
   * worsening lies entirely above `tolerance` (the data show the change hurts by more than the
   * tolerance; one-sided level 97.5 %). `'mean'`: fail when the mean paired worsening exceeds
   * `tolerance` (stricter, no allowance for sampling error beyond the tolerance).
   */
  readonly rule?: DecisionRule;
}

/** What {@link checkNoWorse} measured. */
export interface NoWorseResult {
  readonly metric: string;
  /** Replications where the metric is defined in both scenarios. */
  readonly n: number;
  /** Mean of the metric in each scenario (over the paired replications). */
  readonly meanBase: number;
  readonly meanChanged: number;
  /** Mean paired worsening (positive = the change made it worse), with its 95 % interval. */
  readonly meanWorsening: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly tolerance: number;
  readonly rule: DecisionRule;
}

function meanOfDefined(xs: readonly number[], ys: readonly number[]): number {
  let s = 0;
  let n = 0;
  xs.forEach((x, i) => {
    if (!Number.isNaN(x) && !Number.isNaN(ys[i] as number)) {
      s += x;
      n++;
    }
  });
  return n > 0 ? s / n : Number.NaN;
}

/**
 * Checks that `changed` is not worse than `base` on `metric` beyond `tolerance`: both run
 * replications 0 … R − 1 with the same seed (common random numbers: every stream the change
 * does not touch draws the same numbers), each replication of `changed` is paired with the same
 * replication of `base`, and the paired worsenings (b − a when lower is better, a − b when
 * higher is better) are judged by `rule` (see {@link NoWorseOptions.rule}). Replications where
 * the metric is undefined (NaN) in either scenario are dropped.
 *
 * @throws {@link InvariantError} with the diff of the change, the means, the interval and the seed
 * @throws {@link index!InvalidArgumentError} for a bad replication count or tolerance
 */
export function checkNoWorse(
  base: Scenario,
  changed: Scenario,
  options: NoWorseOptions,
): NoWorseResult {
  const { metric, seed, replications, tolerance } = options;
  const rule = options.rule ?? 'confident';
  if (!Number.isSafeInteger(replications) || replications < 1) {
    throw new InvalidArgumentError('replications', 'an integer >= 1', replications);
  }
  if (!(tolerance >= 0)) throw new InvalidArgumentError('tolerance', 'a number >= 0', tolerance);
  const o = paired(base, changed, metric, seed, replications);
  const result: NoWorseResult = {
    metric: metric.name,
    n: o.n,
    meanBase: meanOfDefined(o.a, o.b),
    meanChanged: meanOfDefined(o.b, o.a),
    meanWorsening: o.meanWorsening,
    ciLow: o.ciLow,
    ciHigh: o.ciHigh,
    tolerance,
    rule,
  };
  if (worseBeyond(o, tolerance, rule)) {
    const r = renderNumber;
    throw new InvariantError(
      'monotonicity',
      [
        `the change made '${metric.name}' worse beyond the tolerance`,
        `  change (diff against the base):`,
        ...scenarioDiff(base, changed)
          .split('\n')
          .map((l) => `    ${l}`),
        `  ${metric.name}: base ${r(result.meanBase)} → changed ${r(result.meanChanged)} ${metric.unit} (${metric.better} is better)`,
        `  mean paired worsening ${r(o.meanWorsening)} ${metric.unit}, 95 % CI [${r(o.ciLow)}, ${r(o.ciHigh)}], over ${o.n} paired replications; tolerance ${r(tolerance)} (rule: ${rule})`,
        `  reproduce: seed ${JSON.stringify(seed)}, replications 0–${replications - 1} of both scenarios`,
      ].join('\n'),
      { ...result, seed, replications },
    );
  }
  return result;
}

/**
 * A copy of `scenario` with one more helicopter in a helicopter unit: `unitId`, or the first
 * helicopter unit of the mission.
 *
 * @throws {@link index!InvalidArgumentError} if there is no such helicopter unit
 */
export function withOneMoreHelicopter(scenario: Scenario, unitId?: string): Scenario {
  const index = scenario.mission.units.findIndex(
    (u) => u.aircraft !== undefined && (unitId === undefined || u.id === unitId),
  );
  if (index < 0) {
    throw new InvalidArgumentError('unitId', 'the id of a helicopter unit of the mission', unitId);
  }
  return variant(scenario, (d) => {
    const ac = d.mission.units[index]?.aircraft;
    if (ac !== undefined) {
      ac.count = {
        value: ac.count.value + 1,
        source: { kind: 'assumption', rationale: 'one more helicopter (monotonicity check)' },
      };
    }
  });
}

/**
 * A copy of `scenario` with a new helicopter unit of `count` utility helicopters (Mi-17 class,
 * 200 km/h, night-capable, military tasking) at the base `placeId`, present from the start.
 *
 * @throws {@link index!ScenarioValidationError} if `placeId` holds no base
 */
export function withAddedHelicopterUnit(scenario: Scenario, placeId: string, count = 1): Scenario {
  const a = (v: number) => ({
    value: v,
    source: {
      kind: 'assumption' as const,
      rationale: 'added helicopter unit (monotonicity check)',
    },
  });
  const unit: Unit = {
    id: 'added-helicopter-unit',
    name: 'Added helicopter unit',
    kind: 'helicopter-unit',
    strength: a(60 * count),
    base: placeId,
    capabilities: ['air-lift', 'casualty-evacuation'],
    aircraft: {
      type: 'Mi-17',
      role: 'utility',
      count: a(count),
      cruiseSpeedKmh: a(200),
      nightCapable: true,
      militaryTasking: true,
    },
  };
  return variant(scenario, (d) => {
    d.mission.units.push(castDraft(unit));
  });
}

/** Options of {@link checkHelicopterMonotonicity}. */
export interface HelicopterMonotonicityOptions {
  readonly seed: number | string;
  readonly replications: number;
  /** Minutes the median time to surgery may lengthen before it counts (default 5). */
  readonly toleranceMin?: number;
  /** The helicopter unit that gets one more aircraft (default: the first one). */
  readonly unit?: string;
  readonly rule?: DecisionRule;
}

/**
 * Checks that one more helicopter never lengthens the median time to surgery beyond noise:
 * {@link checkNoWorse} of `scenario` against {@link withOneMoreHelicopter} on
 * {@link medianTimeToSurgery}, tolerance 5 min by default.
 */
export function checkHelicopterMonotonicity(
  scenario: Scenario,
  options: HelicopterMonotonicityOptions,
): NoWorseResult {
  return checkNoWorse(scenario, withOneMoreHelicopter(scenario, options.unit), {
    metric: medianTimeToSurgery(),
    seed: options.seed,
    replications: options.replications,
    tolerance: options.toleranceMin ?? 5,
    ...(options.rule === undefined ? {} : { rule: options.rule }),
  });
}

/** Options of {@link checkDelayNeverHelps}. */
export interface DelayOptions {
  /** The plan step to delay (default `'mopti-camp-expansion'`). */
  readonly step?: string;
  /** Days of extra delay (default 90). */
  readonly delayDays?: number;
  /** Sector whose quality is measured (default `'centre'`). */
  readonly sector?: string;
  readonly seed: number | string;
  readonly replications: number;
  /** Tolerance on the sector's mean response time, minutes (default 5). */
  readonly responseToleranceMin?: number;
  /** Tolerance on the share of casualties reaching surgery within target (default 0.02). */
  readonly surgeryToleranceShare?: number;
  readonly rule?: DecisionRule;
}

/**
 * Checks that delaying a plan step (by default the Mopti camp expansion, which gates the new
 * helicopter unit and the surgical team it houses) never improves the sector's response beyond
 * noise: with the step moved `delayDays` later, neither the mean response time in the sector's
 * incident areas nor the share of casualties reaching surgery within target gets better by
 * more than its tolerance. (The armoured fleet's readiness does not depend on these steps in the
 * model, so it is not measured.) Each comparison is a {@link checkNoWorse} of the delayed plan
 * (as base) against the original (as changed): "the original is no worse than the delay".
 */
export function checkDelayNeverHelps(
  scenario: Scenario,
  options: DelayOptions,
): { readonly response: NoWorseResult; readonly surgery: NoWorseResult } {
  const stepId = options.step ?? 'mopti-camp-expansion';
  const step = scenario.plan.find((s) => s.id === stepId);
  if (step === undefined) throw new InvalidArgumentError('step', 'the id of a plan step', stepId);
  const delayed = setValue(
    scenario,
    `plan[${stepId}].date`,
    addDays(step.date, options.delayDays ?? 90),
    'checkDelayNeverHelps',
  );
  const sector = options.sector ?? 'centre';
  const common = {
    seed: options.seed,
    replications: options.replications,
    ...(options.rule === undefined ? {} : { rule: options.rule }),
  };
  return {
    response: checkNoWorse(delayed, scenario, {
      ...common,
      metric: sectorResponseMeanMin(sector),
      tolerance: options.responseToleranceMin ?? 5,
    }),
    surgery: checkNoWorse(delayed, scenario, {
      ...common,
      metric: surgeryWithinTargetShare(),
      tolerance: options.surgeryToleranceShare ?? 0.02,
    }),
  };
}
