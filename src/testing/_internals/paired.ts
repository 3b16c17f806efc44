/**
 * Paired comparison of a metric between two scenarios over replications 0 … R − 1 with one seed
 * (common random numbers), oriented so that a positive difference is a worsening.
 *
 * @module
 */
import { summarize } from '../../experiment/summary.js';
import type { Scenario } from '../../scenario/types.js';
import type { PlanningMetric } from '../metrics.js';

/** The statistical rule of a paired or threshold check. */
export type DecisionRule = 'confident' | 'mean';

/** Outcome of a paired comparison. */
export interface PairedOutcome {
  /** Replications where both values are defined. */
  readonly n: number;
  /** Per replication: value in `a`, value in `b`. */
  readonly a: readonly number[];
  readonly b: readonly number[];
  /** Mean worsening of b against a (b − a when lower is better, a − b when higher is better). */
  readonly meanWorsening: number;
  /** 95 % Student-t interval of the mean worsening. */
  readonly ciLow: number;
  readonly ciHigh: number;
}

/** Measures `metric` in both scenarios, replication by replication. */
export function paired(
  a: Scenario,
  b: Scenario,
  metric: PlanningMetric,
  seed: number | string,
  replications: number,
): PairedOutcome {
  const va: number[] = [];
  const vb: number[] = [];
  const worse: number[] = [];
  for (let r = 0; r < replications; r++) {
    const x = metric.measure(a, { seed, replication: r });
    const y = metric.measure(b, { seed, replication: r });
    va.push(x);
    vb.push(y);
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    worse.push(metric.better === 'lower' ? y - x : x - y);
  }
  const s = summarize(worse);
  return { n: s.n, a: va, b: vb, meanWorsening: s.mean, ciLow: s.ciLow, ciHigh: s.ciHigh };
}

/** Whether a paired outcome shows a worsening beyond `tolerance` under `rule`. */
export function worseBeyond(o: PairedOutcome, tolerance: number, rule: DecisionRule): boolean {
  if (o.n === 0) return false;
  if (rule === 'mean') return o.meanWorsening > tolerance;
  return o.n >= 2 && o.ciLow > tolerance;
}
