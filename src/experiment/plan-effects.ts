/**
 * What each plan step buys: the plan run with and without the step, paired under common random
 * numbers, and the outcome metrics whose paired 95 % interval excludes zero.
 *
 * @module
 */
import type { AnyCapability, AnyScenario as Scenario } from '../dynamics/capability.js';
import { MISSION_CAPABILITIES } from '../dynamics/format.js';
import type { MetricInfo } from '../dynamics/metrics.js';
import { InvalidArgumentError } from '../errors.js';
import { checkScenario } from '../scenario/validate.js';
import { compareMetric, type MetricComparison } from './compare.js';
import { runExperiment } from './experiment.js';
import { checkInteger, type ExecutionOptions } from './options.js';
import type { ExperimentResult } from './types.js';

/** Options of {@link planStepEffects}. */
export interface PlanEffectsOptions extends ExecutionOptions {
  /** Replications of each run (the plan, and the plan without each step), an integer ≥ 2. */
  readonly replications: number;
  readonly seed: number | string;
  /** Ids of the steps to measure (default: every step of the plan). */
  readonly steps?: readonly string[];
}

/** One outcome metric a step moves: paired differences with − without the step. */
export interface StepMetricEffect extends MetricComparison {
  readonly metric: string;
  readonly info: MetricInfo | undefined;
  /** |mean difference| / half-width of its 95 % interval: how clearly the step moves it. */
  readonly strength: number;
  /** |mean difference| / |mean without the step|: how much the step moves it (Infinity from 0). */
  readonly relative: number;
}

/** What one step buys. */
export interface StepEffect {
  readonly step: string;
  readonly title: string;
  /** The step's `recordOnly` reason, if it declares no mechanism. */
  readonly recordOnly: string | undefined;
  /**
   * Steps removed together with it: the plan is not valid without them once it is gone (a
   * base's closing without its garrison's withdrawal, a unit's transfer without its
   * deployment). Empty when it alone was removed.
   */
  readonly removedWith: readonly string[];
  /** Whether every output of every replication was identical with and without it. */
  readonly identical: boolean;
  /**
   * Outcome metrics whose paired 95 % interval excludes 0: headline metrics first, the most moved
   * (relative to their value without the step) first; then the others, the most clearly moved
   * (largest |mean| / half-width) first.
   */
  readonly effects: readonly StepMetricEffect[];
}

/**
 * Whether `name` is an outcome of the mission: a declared metric with a better direction,
 * neither the plan's bookkeeping (`plan.*`) nor the engine's (`engine.*`).
 */
export function isOutcomeMetric(name: string, info: MetricInfo | undefined): boolean {
  if (name.startsWith('plan.') || name.startsWith('engine.')) return false;
  return info !== undefined && info.better !== null && info.kind !== 'series';
}

/**
 * `scenario` without step `id`: the step is dropped and no longer waited for (`after`). When
 * the plan is then invalid, the steps that came after it (transitively) go too, and are listed.
 *
 * @throws {@link InvalidArgumentError} when `id` is not a step of the plan, or when even without
 *   its dependants the plan is invalid
 */
export function withoutStep(
  scenario: Scenario,
  id: string,
  capabilities: readonly AnyCapability[] = MISSION_CAPABILITIES,
): { readonly scenario: Scenario; readonly removedWith: readonly string[] } {
  if (!scenario.plan.some((s) => s.id === id)) {
    throw new InvalidArgumentError('step', 'the id of a step of the plan', id);
  }
  const drop = (ids: ReadonlySet<string>) => {
    const plan = scenario.plan
      .filter((s) => !ids.has(s.id))
      .map((s) => {
        if (s.after === undefined || !s.after.some((a) => ids.has(a))) return s;
        const after = s.after.filter((a) => !ids.has(a));
        const { after: _a, afterLeadDays: _l, ...rest } = s;
        return after.length > 0 ? { ...rest, after, afterLeadDays: s.afterLeadDays } : rest;
      });
    return checkScenario(
      { ...scenario, name: `${scenario.name}-without-${id}`.slice(0, 120), plan },
      { capabilities },
    );
  };
  const alone = drop(new Set([id]));
  if (alone.ok) return { scenario: alone.scenario as Scenario, removedWith: [] };
  const ids = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of scenario.plan) {
      if (!ids.has(s.id) && (s.after ?? []).some((a) => ids.has(a))) {
        ids.add(s.id);
        grew = true;
      }
    }
  }
  const together = drop(ids);
  if (!together.ok) {
    const why = together.issues
      .slice(0, 3)
      .map((i) => `${i.path}: ${i.message}`)
      .join('; ');
    throw new InvalidArgumentError(
      'step',
      `a step the plan stays valid without (with its dependants), but without ${JSON.stringify(id)}: ${why}`,
      id,
    );
  }
  return {
    scenario: together.scenario as Scenario,
    removedWith: scenario.plan.map((s) => s.id).filter((s) => s !== id && ids.has(s)),
  };
}

/**
 * For every step of `scenario`'s plan (or those in `options.steps`), runs the plan without it
 * and compares, replication by replication under common random numbers, with the whole plan:
 * the outcome metrics (declared with a better direction) whose paired 95 % interval of
 * "with − without" excludes zero, most clearly moved first. A step with no mechanism leaves
 * every output identical.
 *
 * @throws {@link InvalidArgumentError} for bad options, naming the field
 * @example
 * ```ts
 * const effects = await planStepEffects(minusma2020, { replications: 20, seed: 2020 });
 * for (const e of effects) console.log(e.step, e.effects[0]?.metric, e.effects[0]?.diffMean);
 * ```
 */
export async function planStepEffects(
  scenario: Scenario,
  options: PlanEffectsOptions,
): Promise<StepEffect[]> {
  const replications = checkInteger('replications', options.replications, 2);
  const run = (s: Scenario) =>
    runExperiment(s, { ...options, replications, shard: undefined }) as Promise<ExperimentResult>;
  const ids = options.steps ?? scenario.plan.map((s) => s.id);
  for (const id of ids) {
    if (!scenario.plan.some((s) => s.id === id)) {
      throw new InvalidArgumentError('steps', 'ids of steps of the plan', id);
    }
  }
  const capabilities = options.model?.capabilities ?? MISSION_CAPABILITIES;
  const full = await run(scenario);
  const out: StepEffect[] = [];
  for (const id of ids) {
    const step = scenario.plan.find((s) => s.id === id) as Scenario['plan'][number];
    const { scenario: without, removedWith } = withoutStep(scenario, id, capabilities);
    const result = await run(without);
    out.push({
      step: id,
      title: step.title,
      recordOnly: step.recordOnly,
      removedWith,
      ...effectsOf(full, result),
    });
  }
  return out;
}

/** The outcome metrics that differ between `withStep` and `without`, paired replication by replication. */
function effectsOf(
  withStep: ExperimentResult,
  without: ExperimentResult,
): { identical: boolean; effects: StepMetricEffect[] } {
  const a = without.perReplication;
  const b = withStep.perReplication;
  let identical = true;
  const effects: StepMetricEffect[] = [];
  for (const [metric, bValues] of Object.entries(b.scalars)) {
    if (metric.startsWith('engine.') || metric.startsWith('plan.')) continue;
    const aValues = a.scalars[metric];
    if (aValues === undefined) continue;
    if (bValues.some((v, i) => !Object.is(v, aValues[i]))) identical = false;
    const info = withStep.meta.metrics[metric];
    if (!isOutcomeMetric(metric, info)) continue;
    const c = compareMetric(aValues, bValues, info?.better === 'lower' ? 'lower' : 'higher');
    if (!(c.n >= 2) || !(c.diffCiLow > 0 || c.diffCiHigh < 0)) continue;
    const strength = c.diffHalfWidth > 0 ? Math.abs(c.diffMean) / c.diffHalfWidth : Infinity;
    const relative = c.meanA !== 0 ? Math.abs(c.diffMean / c.meanA) : Infinity;
    effects.push({ ...c, metric, info, strength, relative });
  }
  // Headline metrics first (what reports lead with), most moved first; then the others, most
  // clearly moved first.
  const headline = (e: StepMetricEffect) => e.info?.headline === true;
  effects.sort((x, y) => {
    if (headline(x) !== headline(y)) return headline(x) ? -1 : 1;
    const by = headline(x) ? y.relative - x.relative : y.strength - x.strength;
    return by || (x.metric < y.metric ? -1 : 1);
  });
  return { identical, effects };
}
