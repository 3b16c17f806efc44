/**
 * `checkAssumption`: property-tests a planning assumption over ranges of uncertain inputs.
 *
 * @module
 */
import fc from 'fast-check';
import { InvalidArgumentError } from '../errors.js';
import { summarize } from '../experiment/summary.js';
import type { Scenario } from '../scenario/types.js';
import type { DecisionRule } from './_internals/paired.js';
import { renderNumber } from './_internals/render.js';
import { arbVariantPoint, type VariantPoint } from './_internals/variant-point.js';
import { axesOf, type VariantAxis, type VariantRanges } from './axes.js';
import { InvariantError } from './invariant-error.js';
import type { PlanningMetric } from './metrics.js';
import { scenarioDiff } from './scenario-diff.js';

/** The bound a planning metric must meet. */
export type Requirement = { readonly atLeast: number } | { readonly atMost: number };

/**
 * A planning assumption: "for every combination of the uncertain inputs in their ranges, the
 * metric, averaged over replications of the plan, meets the requirement". For example: for
 * every IED rate multiplier in [a, b] and helicopter serviceability in [c, d], at least 90 % of
 * casualties reach surgery within 2 h once the new helicopter unit arrives:
 *
 * ```ts
 * const property: PlanningProperty = {
 *   claim: '≥ 90 % of casualties reach surgery within 2 h once the new helicopter unit arrives',
 *   base: planWithNewUnit,
 *   ranges: [iedRateMultiplierAxis([a, b]), helicopterServiceabilityAxis([c, d])],
 *   metric: surgeryWithinTargetShare({ from: arrivalDate }),
 *   require: { atLeast: 0.9 },
 * };
 * ```
 */
export interface PlanningProperty {
  /** The assumption in words, as a planner would state it. */
  readonly claim: string;
  /** The scenario (mission and plan) the assumption is about. */
  readonly base: Scenario;
  /** The uncertain inputs and their ranges (see {@link arbScenarioVariant}). */
  readonly ranges: VariantRanges | readonly VariantAxis[];
  /** What is measured in each replication. */
  readonly metric: PlanningMetric;
  /** The bound the metric must meet. */
  readonly require: Requirement;
  /**
   * How the replications of one variant are judged. `'mean'` (default): the mean over the
   * replications (NaN replications skipped) must meet the bound. `'confident'`: the claim fails
   * only when the 95 % Student-t interval of the mean lies entirely on the wrong side of the
   * bound (the data show it false; lenient with few replications).
   */
  readonly rule?: DecisionRule;
}

/** Options of {@link checkAssumption}. */
export interface CheckAssumptionOptions {
  /** Variants tried by fast-check (before shrinking). */
  readonly runs: number;
  /** Replications 0 … R − 1 of each variant. */
  readonly replications: number;
  /** Seed of fast-check (which variants are drawn), an integer. */
  readonly seed: number;
  /** Seed of the replications (default: `seed`). Every variant uses it: common random numbers. */
  readonly replicationSeed?: number | string;
  /** fast-check replay path of a counterexample (from a failure message): replays only it. */
  readonly path?: string;
  /**
   * The shell command that runs this check (e.g. `'npx tsx examples/property-test.ts'`). When
   * given, the failure message prints it with `PKS_CHECK_SEED` and `PKS_CHECK_PATH` set, and
   * this call honours those two environment variables to replay the counterexample.
   */
  readonly command?: string;
}

/** One variant's evaluation. */
export interface VariantEvaluation {
  /** The value each input took. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Metric value per replication. */
  readonly values: readonly number[];
  /** Mean over defined replications, with its 95 % interval. */
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** Replications where the metric was defined. */
  readonly n: number;
  /** Distance of the mean from the bound, positive when the bound is met. */
  readonly margin: number;
  readonly holds: boolean;
}

/** What {@link checkAssumption} found when the assumption held. */
export interface AssumptionReport {
  readonly claim: string;
  readonly metric: string;
  readonly runs: number;
  readonly replications: number;
  readonly seed: number;
  readonly replicationSeed: number | string;
  /** The variant closest to failing (smallest margin). */
  readonly closest: VariantEvaluation;
}

function bound(r: Requirement): { op: '≥' | '≤'; value: number } {
  return 'atLeast' in r ? { op: '≥', value: r.atLeast } : { op: '≤', value: r.atMost };
}

function evaluate(
  p: PlanningProperty,
  point: VariantPoint,
  seed: number | string,
  replications: number,
): VariantEvaluation {
  const values: number[] = [];
  for (let r = 0; r < replications; r++)
    values.push(p.metric.measure(point.scenario, { seed, replication: r }));
  const s = summarize(values);
  const { op, value } = bound(p.require);
  const rule = p.rule ?? 'mean';
  const margin = op === '≥' ? s.mean - value : value - s.mean;
  let holds: boolean;
  if (s.n === 0) holds = false;
  else if (rule === 'mean') holds = margin >= 0;
  else holds = s.n < 2 || (op === '≥' ? s.ciHigh >= value : s.ciLow <= value);
  return {
    inputs: point.values,
    values,
    mean: s.mean,
    ciLow: s.ciLow,
    ciHigh: s.ciHigh,
    n: s.n,
    margin,
    holds,
  };
}

function envOverride(options: CheckAssumptionOptions): { seed: number; path: string | undefined } {
  if (options.command === undefined) return { seed: options.seed, path: options.path };
  const env = typeof process === 'undefined' ? {} : process.env;
  const seed = env.PKS_CHECK_SEED === undefined ? options.seed : Number(env.PKS_CHECK_SEED);
  return { seed, path: env.PKS_CHECK_PATH ?? options.path };
}

/**
 * Property-tests a planning assumption: fast-check (`fc.check`, the engine of `fc.assert`)
 * draws `runs` variants of `property.base` across `property.ranges` with `options.seed`; each
 * variant runs `replications` replications with `replicationSeed` (common random numbers across
 * variants) and is judged by `property.rule`. On failure fast-check shrinks towards the base
 * scenario (see {@link arbScenarioVariant}) and this throws an {@link InvariantError} whose
 * message gives the minimal counterexample as a {@link scenarioDiff} against the base, the
 * inputs, the metric's values and the bound, and how to reproduce it exactly (fast-check seed
 * and path, replication seed and indices, and the command when `options.command` is given).
 *
 * @returns the closest call among the variants tried, when the assumption held
 * @throws {@link InvariantError} when it does not hold
 * @throws {@link index!InvalidArgumentError} for bad options
 */
export function checkAssumption(
  property: PlanningProperty,
  options: CheckAssumptionOptions,
): AssumptionReport {
  for (const [k, min] of [
    ['runs', 1],
    ['replications', 1],
  ] as const) {
    const v = options[k];
    if (!Number.isSafeInteger(v) || v < min)
      throw new InvalidArgumentError(k, `an integer >= ${min}`, v);
  }
  const { seed, path } = envOverride(options);
  if (!Number.isSafeInteger(seed)) throw new InvalidArgumentError('seed', 'a safe integer', seed);
  const repSeed = options.replicationSeed ?? seed;
  const axes = axesOf(property.ranges);
  for (const a of axes) a.base(property.base);
  const evaluations = new Map<Scenario, VariantEvaluation>();
  let closest: VariantEvaluation | undefined;
  const prop = fc.property(arbVariantPoint(property.base, axes), (point) => {
    const e = evaluate(property, point, repSeed, options.replications);
    evaluations.set(point.scenario, e);
    if (closest === undefined || e.margin < closest.margin) closest = e;
    return e.holds;
  });
  const details = fc.check(prop, {
    seed,
    numRuns: options.runs,
    ...(path === undefined ? {} : { path }),
  });
  if (!details.failed) {
    return {
      claim: property.claim,
      metric: property.metric.name,
      runs: options.runs,
      replications: options.replications,
      seed,
      replicationSeed: repSeed,
      closest: closest as VariantEvaluation,
    };
  }
  const point = details.counterexample?.[0];
  const e = point === undefined ? undefined : evaluations.get(point.scenario);
  const { op, value } = bound(property.require);
  const r = renderNumber;
  const lines = [`"${property.claim}" does not hold`];
  if (point !== undefined) {
    lines.push(`  counterexample (diff against the base scenario '${property.base.name}'):`);
    lines.push(
      ...scenarioDiff(property.base, point.scenario)
        .split('\n')
        .map((l) => `    ${l}`),
    );
    lines.push(
      `  inputs: ${Object.entries(point.values)
        .map(([k, v]) => `${k} = ${v}`)
        .join(', ')}`,
    );
  }
  if (e !== undefined) {
    lines.push(
      `  ${property.metric.name}: mean ${r(e.mean)} ${property.metric.unit} over ${e.n} of ${options.replications} replications (95 % CI [${r(e.ciLow)}, ${r(e.ciHigh)}]); required ${op} ${r(value)} (rule: ${property.rule ?? 'mean'})`,
    );
    lines.push(`  per replication: ${e.values.map(r).join(', ')}`);
  } else if (details.errorInstance !== null && details.errorInstance !== undefined) {
    const err = details.errorInstance as Error;
    lines.push(`  the property threw: ${err.name}: ${err.message}`);
  }
  const cePath = details.counterexamplePath ?? '';
  lines.push(
    `  reproduce: checkAssumption(property, { runs: ${options.runs}, replications: ${options.replications}, seed: ${seed}, path: ${JSON.stringify(cePath)}${options.replicationSeed === undefined ? '' : `, replicationSeed: ${JSON.stringify(repSeed)}`} })`,
    `    (fast-check seed ${seed}, path ${JSON.stringify(cePath)}, ${details.numShrinks} shrink(s); replications 0–${options.replications - 1} with seed ${JSON.stringify(repSeed)}, e.g. simulateMission(counterexample, { seed: ${JSON.stringify(repSeed)}, replication: 0 }))`,
  );
  if (options.command !== undefined) {
    lines.push(`    or: PKS_CHECK_SEED=${seed} PKS_CHECK_PATH=${cePath} ${options.command}`);
  }
  throw new InvariantError('planning assumption', lines.join('\n'), {
    claim: property.claim,
    seed,
    path: cePath,
    replicationSeed: repSeed,
    ...(point === undefined ? {} : { inputs: point.values, counterexample: point.scenario }),
    ...(e === undefined ? {} : { evaluation: e }),
  });
}
