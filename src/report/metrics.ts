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

/** True for the metrics a report tabulates as numbers: counters and values (not series or histograms). */
export function isScalarMetric(info: MetricInfo): boolean {
  return info.kind === 'counter' || info.kind === 'value';
}

/**
 * The headline metrics among `names` (counters and values the model marks `headline`), in report
 * order: what a report leads with and gives a verdict on first. New capabilities add theirs by
 * marking them in their declarations; no report lists them.
 */
export function headlineMetrics(names: Iterable<string>, catalogue: MetricCatalogue): string[] {
  const present = [...names].filter((n) => {
    const info = catalogue[n];
    return info?.headline === true && isScalarMetric(info);
  });
  return sortMetricNames(present, catalogue);
}

/**
 * The headline series among `names` (daily series the model marks `headline`), in report order.
 */
export function headlineSeries(names: Iterable<string>, catalogue: MetricCatalogue): string[] {
  const present = [...names].filter(
    (n) => catalogue[n]?.headline === true && catalogue[n]?.kind === 'series',
  );
  return sortMetricNames(present, catalogue);
}

/** A family of metrics as reports show it: its members in report order and a label for all of them. */
export interface FamilyGroup {
  /** `<base>.<of>` */
  readonly key: string;
  /** "Casualties in surgery within 2 h, by sector" */
  readonly label: string;
  readonly of: string;
  readonly members: readonly string[];
}

/**
 * Splits `names` (in report order) into metrics of no family and families (one entry per family,
 * where its first member stands), keeping the order.
 */
export function groupFamilies(
  names: readonly string[],
  catalogue: MetricCatalogue,
): (string | FamilyGroup)[] {
  const out: ({ name: string } | { family: string })[] = [];
  const families = new Map<string, { of: string; members: string[] }>();
  for (const name of names) {
    const f = catalogue[name]?.family;
    if (f === undefined) {
      out.push({ name });
      continue;
    }
    const key = `${f.base}.${f.of}`;
    const known = families.get(key);
    if (known !== undefined) {
      known.members.push(name);
      continue;
    }
    families.set(key, { of: f.of, members: [name] });
    out.push({ family: key });
  }
  return out.map((x) => {
    if ('name' in x) return x.name;
    const f = families.get(x.family) as { of: string; members: string[] };
    return {
      key: x.family,
      of: f.of,
      members: f.members,
      label: familyLabel(f.members, f.of, catalogue),
    };
  });
}

/** The label members of a family share: their common beginning, "by <of>" added. */
function familyLabel(members: readonly string[], of: string, catalogue: MetricCatalogue): string {
  const labels = members.map((m) => metricInfo(m, catalogue).label);
  let prefix = labels[0] ?? '';
  for (const l of labels) {
    let i = 0;
    while (i < prefix.length && i < l.length && prefix[i] === l[i]) i++;
    prefix = prefix.slice(0, i);
  }
  // Members read "<what>, <key's name>": back to the last ", ", else to the end of a word.
  const comma = prefix.lastIndexOf(', ');
  const cut =
    comma > 0 ? prefix.slice(0, comma) : prefix.replace(/[^,:\s]*$/, '').replace(/[,:\s]+$/, '');
  const head = cut.length >= 6 ? cut : (metricInfo(members[0] ?? '', catalogue).group ?? of);
  return `${head}, by ${of}`;
}
