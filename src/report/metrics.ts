/**
 * What a metric means, for reports: read from the catalogue every result carries
 * (`meta.metrics`), which the model declared before the run (see `dynamics/metrics.ts`). Nothing
 * here parses a metric name: a label, unit, better direction and group come from the declaration.
 *
 * @module
 */
import type { MetricInfo } from '../dynamics/metrics.js';
import type { Comparison } from '../experiment/compare.js';
import type { SensitivityResult } from '../experiment/sensitivity.js';
import type { SweepResult } from '../experiment/sweep.js';
import type { ExperimentResult } from '../experiment/types.js';

/** The metric catalogue of a result: what each metric means, by name. */
export type MetricCatalogue = Readonly<Record<string, MetricInfo>>;

/** Unit of a metric, as reports print it (`vehicles`, `share`, `min`, `count`…). */
export type MetricUnit = string;

/** Group of metrics a report shows for a metric the model did not declare. */
export const UNDECLARED_GROUP = 'Other';

/**
 * The catalogue of an experiment result, comparison (both sides), sweep or sensitivity
 * analysis.
 */
export function catalogueOf(
  x: ExperimentResult | Comparison | SweepResult | SensitivityResult,
): MetricCatalogue {
  if ('a' in x && 'b' in x) return { ...x.a.meta.metrics, ...x.b.meta.metrics };
  return (x.meta as { metrics?: MetricCatalogue }).metrics ?? {};
}

/**
 * What metric `name` means: its declared entry, or, for a metric the model did not declare (a
 * model of your own without `metrics`), a generic entry with the name as label, group
 * {@link UNDECLARED_GROUP}, unit `count` and no better direction, so reports never fail.
 */
export function metricInfo(name: string, catalogue: MetricCatalogue): MetricInfo {
  return (
    catalogue[name] ?? {
      name,
      kind: 'value',
      label: name,
      unit: 'count',
      better: null,
      group: UNDECLARED_GROUP,
      description: 'Not declared by the model.',
      order: Number.POSITIVE_INFINITY,
    }
  );
}

/** Sorts metric names in report order (the model's declaration order; undeclared ones last, by name). */
export function sortMetricNames(names: Iterable<string>, catalogue: MetricCatalogue): string[] {
  const rank = (n: string) => catalogue[n]?.order ?? Number.POSITIVE_INFINITY;
  return [...names].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra < rb ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
