/**
 * Metrics: declared once by the capability that measures them, never discovered.
 *
 * A capability declares, from the scenario and before the run, every metric it reports: its name,
 * its kind (a counter summed over the horizon, a value set at the end, a daily series, a
 * histogram of times), a human label, a unit, which direction is better, a group for report
 * tables, and — for derived values — how it is computed from other metrics (a ratio, a quantile
 * of a histogram's samples, a series read on a day). Families (one metric per route, sector,
 * area, month of the horizon, plan step…) are declared from the scenario's lists, so every
 * replication of a scenario has exactly the same keys.
 *
 * At run time, {@link Metrics} hands out handles to the declared metrics (a name that was not
 * declared throws), the hot path adds to typed arrays through them, and {@link Metrics.toRecord}
 * computes the derived values and returns the compact {@link ReplicationRecord}. The report's
 * metric catalogue, the CLI's `--metric` choices and their labels all come from the same
 * declarations: no code parses a metric name.
 *
 * @module
 */
import { Tally } from '../engine/index.js';
import { InvalidArgumentError } from '../errors.js';
import type { Histogram, ReplicationRecord } from './record.js';

/** Bin width of time histograms, in minutes. */
export const HISTOGRAM_BIN_MIN = 5;
/** Bins of time histograms: 5-minute bins up to 48 h; the last bin is open-ended. */
export const HISTOGRAM_BINS = (48 * 60) / HISTOGRAM_BIN_MIN + 1;

/** What kind of quantity a metric is, and so how a replication produces it. */
export type MetricKind =
  /** Summed over the horizon (events counted, hours flown). */
  | 'counter'
  /** Set once, at the end of the replication (a share, a median, a draw, a day). */
  | 'value'
  /** One integer per day (the state at the end of the day). */
  | 'series'
  /** Fixed-bin histogram of times in minutes, every sample of every replication. */
  | 'histogram';

/** The kinds of lists a family of metrics runs over. */
export type FamilyKind =
  | 'route'
  | 'sector'
  | 'area'
  | 'month'
  | 'step'
  | 'task'
  | 'unit'
  | 'date'
  | 'hours'
  | 'site';

/** Which direction of a metric is an improvement; `null` when neither is (exposure, workload). */
export type Better = 'higher' | 'lower' | null;

/**
 * What a metric means: the catalogue entry reports and the CLI read. Plain JSON data, carried by
 * every result so a report can be rendered from the result alone.
 */
export interface MetricInfo {
  /** The metric's name, e.g. `casevac.surgeryWithinTarget.share`, `ied.encounters.route.gao-menaka`. */
  readonly name: string;
  readonly kind: MetricKind;
  /** Short human label, capitalised ("Share in surgery within 120 min"). */
  readonly label: string;
  /** Unit as reports print it: `vehicles`, `share`, `min`, `count`… */
  readonly unit: string;
  readonly better: Better;
  /** Group in report tables (a capability's title, or a family's: "IED by route"). */
  readonly group: string;
  /** One sentence: what is counted or measured, and over what period. */
  readonly description: string;
  /** The family it belongs to: the list it runs over and the key it stands for. */
  readonly family?: { readonly of: FamilyKind; readonly base: string; readonly key: string };
  /** Rank in report order (the order of declaration: capabilities in list order, then their metrics). */
  readonly order: number;
  /** A headline metric: reports lead with it, comparisons give it a verdict first. */
  readonly headline?: true;
}

/** How a derived value is computed at the end of a replication. */
export type Derivation =
  /** numerator / denominator (NaN when the denominator is 0). */
  | { readonly ratio: readonly [numerator: string, denominator: string] }
  /** The p-quantile (d3-array `quantileSorted`) of a histogram's samples (NaN when none). */
  | { readonly quantile: string; readonly p: number }
  /** The mean of a histogram's samples (NaN when none). */
  | { readonly mean: string }
  /** A daily series read on a day index (NaN outside the horizon); `'last'` is the last day. */
  | { readonly series: string; readonly day: number | 'last' };

/** A metric as a capability declares it: its catalogue entry and, for a derived value, its derivation. */
export interface MetricDeclaration extends Omit<MetricInfo, 'order'> {
  readonly derive?: Derivation;
}

/** The catalogue entry's descriptive part, as the builders take it. */
export interface MetricText {
  readonly label: string;
  readonly unit: string;
  readonly better: Better;
  readonly description: string;
  /** Group in report tables; default: the declaring capability's title. */
  readonly group?: string;
  readonly family?: MetricInfo['family'];
  /** A headline metric: reports lead with it. */
  readonly headline?: boolean;
}

function declaration(
  name: string,
  kind: MetricKind,
  text: MetricText,
  derive?: Derivation,
): MetricDeclaration {
  const base = {
    name,
    kind,
    label: text.label,
    unit: text.unit,
    better: text.better,
    group: text.group ?? '',
    description: text.description,
    ...(text.family === undefined ? {} : { family: text.family }),
    ...(text.headline === true ? { headline: true as const } : {}),
  };
  return derive === undefined ? base : { ...base, derive };
}

/** Declares a counter: a count or an amount summed over the horizon (starts at 0). */
export function counter(name: string, text: MetricText): MetricDeclaration {
  return declaration(name, 'counter', text);
}

/**
 * Declares a value set at the end of a replication, either derived (`derive`) or set by the
 * capability's `finish` hook. A value never set is NaN (undefined in that replication; skipped by
 * summaries).
 */
export function value(name: string, text: MetricText, derive?: Derivation): MetricDeclaration {
  return declaration(name, 'value', text, derive);
}

/** Declares a daily series: one integer per day, the state at the end of the day. */
export function series(name: string, text: MetricText): MetricDeclaration {
  return declaration(name, 'series', text);
}

/** Declares a histogram of times in minutes (5-minute bins to 48 h, the last one open-ended). */
export function histogram(name: string, text: MetricText): MetricDeclaration {
  return declaration(name, 'histogram', text);
}

/** One member of a family: its key (an id, a month) and a name a person reads. */
export interface FamilyKey {
  readonly id: string;
  readonly name: string;
}

/**
 * Declares one metric per key of a family: `<base>.<of>.<key>` (e.g.
 * `ied.encounters.route.gao-menaka`, `ied.encounters.month.2021-03`), each with the text `text`
 * gives for its key.
 */
export function family(
  kind: MetricKind,
  base: string,
  of: FamilyKind,
  keys: readonly FamilyKey[],
  text: (key: FamilyKey) => MetricText,
  derive?: (key: FamilyKey) => Derivation,
): MetricDeclaration[] {
  return keys.map((key) =>
    declaration(
      familyName(base, of, key.id),
      kind,
      { ...text(key), family: { of, base, key: key.id } },
      derive?.(key),
    ),
  );
}

/** The name of a family member: `<base>.<of>.<key>`. */
export function familyName(base: string, of: FamilyKind, key: string): string {
  return `${base}.${of}.${key}`;
}

/** A counter or value slot of one replication. */
export class Scalar {
  /** @internal */
  constructor(
    private readonly store: Float64Array,
    private readonly index: number,
    readonly name: string,
  ) {}

  /** Adds `n` (default 1). */
  add(n = 1): void {
    (this.store[this.index] as number) += n;
  }

  /** Sets the value. */
  set(v: number): void {
    this.store[this.index] = v;
  }

  /** The current value. */
  get value(): number {
    return this.store[this.index] as number;
  }
}

/** A histogram of times (minutes) of one replication, with a tally of the samples when a derived value needs them. */
export class TimeHistogram {
  /** @internal */
  readonly counts: number[] = new Array<number>(HISTOGRAM_BINS).fill(0);
  /** @internal The samples, kept for derived quantiles and means (`null` when none needs them). */
  readonly samples: Tally | null;

  /** @internal */
  constructor(
    readonly name: string,
    keepSamples: boolean,
  ) {
    this.samples = keepSamples ? new Tally({ keepSamples: true }) : null;
  }

  /** Adds one observation, in minutes. */
  observe(minutes: number): void {
    const bin = Math.min(Math.floor(minutes / HISTOGRAM_BIN_MIN), HISTOGRAM_BINS - 1);
    this.counts[Math.max(bin, 0)]! += 1;
    this.samples?.add(minutes);
  }

  /** Observations so far. */
  get count(): number {
    let n = 0;
    for (const c of this.counts) n += c;
    return n;
  }
}

/**
 * The metrics of one replication, from their declarations. Every declared name is in the
 * record, in sorted order; a name that was not declared throws.
 */
export class Metrics {
  /** Days in the horizon (length of every series). */
  readonly days: number;
  private readonly decls = new Map<string, MetricDeclaration>();
  private readonly scalarIndex = new Map<string, number>();
  private readonly store: Float64Array;
  private readonly handles = new Map<string, Scalar>();
  private readonly seriesData = new Map<string, number[]>();
  private readonly hist = new Map<string, TimeHistogram>();
  private readonly samplers: { data: number[]; read: () => number }[] = [];

  constructor(declarations: readonly MetricDeclaration[], days: number) {
    this.days = days;
    const needSamples = new Set<string>();
    for (const d of declarations) {
      if (this.decls.has(d.name)) {
        throw new InvalidArgumentError('metrics', 'each metric declared once', d.name);
      }
      this.decls.set(d.name, d);
      if (d.derive !== undefined && 'quantile' in d.derive) needSamples.add(d.derive.quantile);
      if (d.derive !== undefined && 'mean' in d.derive) needSamples.add(d.derive.mean);
    }
    const scalarNames = declarations
      .filter((d) => d.kind === 'counter' || d.kind === 'value')
      .map((d) => d.name);
    this.store = new Float64Array(scalarNames.length);
    scalarNames.forEach((name, i) => {
      this.scalarIndex.set(name, i);
      if (this.decls.get(name)?.kind === 'value') this.store[i] = Number.NaN;
    });
    for (const d of declarations) {
      if (d.kind === 'series') this.seriesData.set(d.name, new Array<number>(days).fill(0));
      if (d.kind === 'histogram')
        this.hist.set(d.name, new TimeHistogram(d.name, needSamples.has(d.name)));
    }
  }

  /** Whether `name` is declared. */
  has(name: string): boolean {
    return this.decls.has(name);
  }

  private declared(name: string, kinds: readonly MetricKind[]): MetricDeclaration {
    const d = this.decls.get(name);
    if (d === undefined) {
      throw new InvalidArgumentError('metric', 'a declared metric name', name);
    }
    if (!kinds.includes(d.kind)) {
      throw new InvalidArgumentError(`metric ${name}`, `a ${kinds.join(' or ')}`, d.kind);
    }
    return d;
  }

  /** The handle of a declared counter or value. */
  scalar(name: string): Scalar {
    let h = this.handles.get(name);
    if (h === undefined) {
      this.declared(name, ['counter', 'value']);
      h = new Scalar(this.store, this.scalarIndex.get(name) as number, name);
      this.handles.set(name, h);
    }
    return h;
  }

  /** The handles of declared counters or values, in the order of `names`. */
  scalars(names: readonly string[]): Scalar[] {
    return names.map((n) => this.scalar(n));
  }

  /** Adds `n` to a declared counter by name (a convenience off the hot path). */
  add(name: string, n = 1): void {
    this.scalar(name).add(n);
  }

  /** Sets a declared counter or value by name. */
  set(name: string, v: number): void {
    this.scalar(name).set(v);
  }

  /** Reads a declared counter or value by name. */
  get(name: string): number {
    return this.scalar(name).value;
  }

  /** The data of a declared daily series (index = day). */
  series(name: string): number[] {
    this.declared(name, ['series']);
    return this.seriesData.get(name) as number[];
  }

  /**
   * Records the series `name` every day from `read()`: value `d` is what it returns at the end
   * of day `d` (see {@link Metrics.snapshot}).
   */
  daily(name: string, read: () => number): void {
    this.samplers.push({ data: this.series(name), read });
  }

  /** Takes every daily series' value for day `day`. */
  snapshot(day: number): void {
    for (const s of this.samplers) s.data[day] = s.read();
  }

  /** The handle of a declared histogram. */
  histogram(name: string): TimeHistogram {
    this.declared(name, ['histogram']);
    return this.hist.get(name) as TimeHistogram;
  }

  /** Computes the derived values and returns the plain record, keys sorted. */
  toRecord(replication: number): ReplicationRecord {
    for (const d of this.decls.values()) {
      if (d.derive !== undefined)
        this.store[this.scalarIndex.get(d.name) as number] = this.derive(d.derive);
    }
    const scalars: Record<string, number> = {};
    for (const k of [...this.scalarIndex.keys()].sort()) {
      scalars[k] = this.store[this.scalarIndex.get(k) as number] as number;
    }
    const series: Record<string, number[]> = {};
    for (const k of [...this.seriesData.keys()].sort())
      series[k] = this.seriesData.get(k) as number[];
    const histograms: Record<string, Histogram> = {};
    for (const k of [...this.hist.keys()].sort()) {
      histograms[k] = {
        binWidth: HISTOGRAM_BIN_MIN,
        counts: (this.hist.get(k) as TimeHistogram).counts,
      };
    }
    return { replication, scalars, series, histograms };
  }

  private derive(d: Derivation): number {
    if ('ratio' in d) {
      const den = this.get(d.ratio[1]);
      return den > 0 ? this.get(d.ratio[0]) / den : Number.NaN;
    }
    if ('series' in d) {
      const data = this.series(d.series);
      const day = d.day === 'last' ? this.days - 1 : d.day;
      return day >= 0 && day < this.days ? (data[day] as number) : Number.NaN;
    }
    const samples = this.histogram('quantile' in d ? d.quantile : d.mean).samples as Tally;
    return 'mean' in d ? samples.mean : samples.quantile(d.p);
  }
}

/**
 * The catalogue of declarations: each entry without its derivation and with its rank in report
 * order, by name, keys sorted (so equal catalogues serialise to equal bytes).
 */
export function catalogue(declarations: readonly MetricDeclaration[]): Record<string, MetricInfo> {
  const ranked = declarations.map((d, order) => {
    const { derive: _derive, ...info } = d;
    return { ...info, order };
  });
  const out: Record<string, MetricInfo> = {};
  for (const info of ranked.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    out[info.name] = info;
  }
  return out;
}
