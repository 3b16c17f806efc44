/**
 * Out-of-sample validation: run a scenario built on what was known by 23 December 2020 (and the
 * plan as it unfolded in 2021, where public) and compare each figure of the public 2021 record
 * with the model's 90 % prediction interval of the matching quantity over the matching window.
 *
 * Nothing here tunes the model: the figures are compared, never fitted. A figure outside the
 * interval is reported as a miss, with its size and the assumptions that most plausibly explain
 * it (see `backtest-comparisons.ts`).
 *
 * How a window's value is read from a run: per replication, counters the model keeps per month
 * are summed over the window's months (a partial month prorated by its days); counters kept
 * only over the whole run are read from runs of the same replications to the window's first
 * day and to the day after its last (the model's events do not depend on its horizon, so such
 * a run is the prefix of the full one, replication by replication — a test checks it): the
 * count to the end less the count to the start, exactly.
 *
 * @module
 */
import { freeze } from 'immer';
import { LETTER_DATE } from '../data/fleet.js';
import {
  type HindsightKind,
  POST_LETTER_DATE,
  type PostLetterSource,
  postLetterDeclaration,
} from '../data/hindsight.js';
import { type ValidationFigure, validationFigures2021 } from '../data/validation-2021.js';
import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import { InvalidArgumentError } from '../errors.js';
import { addDays, daysBetween } from '../model/dates.js';
import { listSources } from '../scenario/assumptions.js';
import { scenarioHash } from '../scenario/hash.js';
import {
  BACKTEST_COMPARISONS,
  BACKTEST_NOT_COMPARED,
  type BacktestComparison,
  type NotCompared,
  type QuantityDriver,
  type QuantityTerm,
} from './backtest-comparisons.js';
import { type BacktestVerdict, backtestVerdict, type VerdictResult } from './backtest-verdict.js';
import { runSummarized } from './experiment.js';
import { packageVersion } from './metadata.js';
import { checkExecution, checkInteger, checkSeed, type ExecutionOptions } from './options.js';
import { withPool } from './pool.js';
import { Progress } from './runner.js';
import { setIn } from './sweep.js';
import type { ExperimentResult } from './types.js';

/** The prediction interval of the backtest: the 5th to 95th percentile across replications. */
export const BACKTEST_LEVEL = 0.9;

/** Options of {@link backtest}. */
export interface BacktestOptions extends ExecutionOptions {
  /** Replications, an integer ≥ 1 (the same for the full run and the runs that split it). */
  readonly replications: number;
  readonly seed: number | string;
  /** The record (default: the 2021 validation figures). */
  readonly figures?: readonly ValidationFigure[] | undefined;
  /** What is compared with what (default: {@link BACKTEST_COMPARISONS}). */
  readonly comparisons?: readonly BacktestComparison[] | undefined;
  /** Figures deliberately not compared, with why (default: {@link BACKTEST_NOT_COMPARED}). */
  readonly notCompared?: readonly NotCompared[] | undefined;
  /** Where counters kept over the whole run are split (default `window`; see {@link BacktestSplit}). */
  readonly split?: BacktestSplit | undefined;
}

/**
 * Where {@link backtest} splits the counters a model keeps only over the whole run, by running
 * the same replications to each split date:
 * - `window` (default): at each window's first day and the day after its last, so that every
 *   window is counted exactly (more runs, most of them shorter than the full one);
 * - `year`: at each 1 January inside the run only (one run a year), a window's share of a year
 *   prorated by its days — cheaper, but a prorated count varies less than a count, so its
 *   interval is narrower than it should be.
 */
export type BacktestSplit = 'window' | 'year';

/** Where a figure's window lies against the letter's date (23 December 2020). */
export type BacktestSample =
  /** Inside the letter's period, on which the model is calibrated: a check, not a validation. */
  | 'in-sample'
  /** After the letter: out of sample. */
  | 'out-of-sample'
  /** Partly before, partly after the letter's date. */
  | 'straddles';

/** A driver of a quantity with its value in the scenario. */
export interface DriverValue {
  readonly path: string;
  readonly label: string;
  /** A few words for one-screen reports. */
  readonly short: string;
  /** The value(s) in the scenario, rendered (a range when the path matches several). */
  readonly value: string;
  /** Kinds of source of the value(s): letter, public, assumption. */
  readonly sources: readonly string[];
}

/**
 * One figure compared with the model: the interval, median, miss, ratio and rank of
 * {@link VerdictResult} (NaN when the figure is not comparable), and what was compared.
 */
export interface BacktestRow extends Omit<VerdictResult, 'verdict' | 'n'> {
  readonly figure: ValidationFigure;
  readonly sample: BacktestSample;
  /** The model quantity, in words. */
  readonly quantity: string;
  /** The metrics read (month families as `metric.month.*`). */
  readonly metrics: readonly string[];
  /** Why like with like, and what the model leaves out. */
  readonly like: string;
  /** True when part of the value is prorated by days (a partial month, or a share of a year). */
  readonly prorated: boolean;
  readonly verdict: BacktestVerdict;
  /** Why the figure could not be compared in this run (only for `not-comparable`). */
  readonly reason: string | null;
  readonly observed: number;
  /** What a miss most plausibly says (empty unless above or below). */
  readonly lesson: string;
  /** The path of the miss's first suspect among `drivers` (null unless above or below). */
  readonly suspect: string | null;
  /** The assumptions behind the quantity, with their values in the scenario. */
  readonly drivers: readonly DriverValue[];
  /** The model's value per replication (aligned with `meta.replications.indices`). */
  readonly values: readonly number[];
}

/** The result of {@link backtest}. */
export interface BacktestResult {
  readonly meta: {
    readonly package: { readonly name: string; readonly version: string };
    readonly model: string;
    readonly seed: number | string;
    readonly level: number;
    readonly replications: {
      readonly requested: number;
      readonly completed: number;
      readonly partial: boolean;
      readonly indices: readonly number[];
    };
    readonly scenario: {
      readonly name: string;
      readonly title: string;
      readonly question: string;
      readonly hash: string;
      readonly startDate: string;
      readonly horizonDays: number;
    };
    /** How counters kept over the whole run were split. */
    readonly split: BacktestSplit;
    /** Dates at which counters kept over the whole run were split (a run to each). */
    readonly splits: readonly string[];
    /** Date separating in-sample from out-of-sample windows. */
    readonly letterDate: string;
  };
  readonly rows: readonly BacktestRow[];
  readonly notCompared: readonly { readonly figure: ValidationFigure; readonly reason: string }[];
  /** Rows by verdict. */
  readonly summary: Readonly<Record<BacktestVerdict, number>>;
  /**
   * What the scenario knows of the time after the letter: its sources that name a date after
   * it, grouped by the declaration that covers them (see `POST_LETTER_SOURCES`), undeclared
   * ones last.
   */
  readonly postLetter: readonly PostLetterUse[];
}

/** Sources of a scenario dated after the letter, under one declaration (or none). */
export interface PostLetterUse {
  /** The declaration's kind, or `undeclared` for a source no declaration covers. */
  readonly kind: HindsightKind | 'undeclared';
  /** The declaration's matching text; for an undeclared source, its text. */
  readonly match: string;
  /** Why it may stand (empty when undeclared). */
  readonly why: string;
  /** The scenario paths whose source it is, in path order. */
  readonly paths: readonly string[];
}

/** Report order of the kinds of post-letter source. */
const POST_LETTER_ORDER: readonly PostLetterUse['kind'][] = [
  'undeclared',
  'hindsight',
  'as-it-unfolded',
  'describes-2020',
  'time-invariant',
  'plan-date',
];

/**
 * The sources of `scenario` that name a date after the letter, grouped by the declaration that covers
 * them (`postLetterDeclaration`); sources no declaration covers come first, as
 * `undeclared`. Undeclared sources are what a reviewer must look at: a source after the letter
 * that the backtest does not know of.
 */
export function postLetterSources(scenario: Scenario): PostLetterUse[] {
  const groups = new Map<
    PostLetterSource | string,
    { kind: PostLetterUse['kind']; match: string; why: string; paths: string[] }
  >();
  for (const row of listSources(scenario)) {
    if (!POST_LETTER_DATE.test(row.text)) continue;
    const d = postLetterDeclaration(row.text);
    const key = d ?? row.text;
    const g = groups.get(key) ?? {
      kind: d?.kind ?? 'undeclared',
      match: d?.match ?? row.text,
      why: d?.why ?? '',
      paths: [],
    };
    g.paths.push(row.path);
    groups.set(key, g);
  }
  return [...groups.values()].sort(
    (a, b) => POST_LETTER_ORDER.indexOf(a.kind) - POST_LETTER_ORDER.indexOf(b.kind),
  );
}

/** How a figure's window is read from a run (see {@link windowWeights}). */
export interface WindowWeights {
  /**
   * Each calendar month the window touches: its days in the window, and the share of the month's
   * counter that falls in the window (days in the window ÷ days of the month inside the run).
   */
  readonly months: readonly {
    readonly month: string;
    readonly days: number;
    readonly share: number;
  }[];
  /**
   * Each segment of the run between split dates (`[start, split₁)`, `[split₁, split₂)`, …,
   * `[splitₖ, end]`) the window overlaps: its days in the window, and the share of the segment's
   * count that falls in it (days in the window ÷ days of the segment).
   */
  readonly segments: readonly {
    readonly from: string;
    readonly to: string;
    readonly days: number;
    readonly share: number;
  }[];
}

/**
 * The arithmetic that reads a figure's window `[from, to]` (inclusive ISO dates) from a run over
 * `[start, end]` split at `splits`: a month counter counts in full when the window covers its
 * month (as far as the run has it), in proportion to days when it covers part; a count kept over
 * the run is split into segments at the split dates, each counted in proportion to the days the
 * window covers. Pure; the window must lie inside the run.
 *
 * @throws {@link InvalidArgumentError} when the window is empty or not inside the run, or a split
 *   date is not strictly inside it and in order
 * @example
 * ```ts
 * windowWeights('2021-03-26', '2021-05-26', '2020-07-01', '2021-12-31', ['2021-01-01']);
 * // months: 2021-03 6/31, 2021-04 30/30, 2021-05 26/31; segments: 2021-01-01…2021-12-31 62/365
 * ```
 */
export function windowWeights(
  from: string,
  to: string,
  start: string,
  end: string,
  splits: readonly string[] = [],
): WindowWeights {
  if (!(from <= to)) throw new InvalidArgumentError('to', `a date on or after ${from}`, to);
  if (from < start || to > end) {
    throw new InvalidArgumentError(
      'window',
      `dates inside the run, ${start} to ${end}`,
      `${from} to ${to}`,
    );
  }
  splits.forEach((d, i) => {
    if (!(d > start && d <= end && (i === 0 || d > (splits[i - 1] as string)))) {
      throw new InvalidArgumentError(
        `splits[${i}]`,
        `a date after ${i === 0 ? start : splits[i - 1]} and on or before ${end}`,
        d,
      );
    }
  });
  const inRun = daysByMonth(start, end);
  const months = [...daysByMonth(from, to)].map(([month, days]) => ({
    month,
    days,
    share: days / (inRun.get(month) as number),
  }));
  const bounds = [start, ...splits, addDays(end, 1)];
  const segments: WindowWeights['segments'][number][] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const s0 = bounds[k] as string;
    const s1 = addDays(bounds[k + 1] as string, -1);
    const days = overlapDays(s0, s1, from, to);
    if (days > 0)
      segments.push({ from: s0, to: s1, days, share: days / (daysBetween(s0, s1) + 1) });
  }
  return { months, segments };
}

/** Days of `[from, to]` (inclusive ISO dates) per `YYYY-MM` month. */
function daysByMonth(from: string, to: string): Map<string, number> {
  const out = new Map<string, number>();
  const n = daysBetween(from, to) + 1;
  for (let d = 0; d < n; d++) {
    const key = addDays(from, d).slice(0, 7);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Overlap in days of two inclusive date ranges. */
function overlapDays(a0: string, a1: string, b0: string, b1: string): number {
  const from = a0 > b0 ? a0 : b0;
  const to = a1 < b1 ? a1 : b1;
  return to < from ? 0 : daysBetween(from, to) + 1;
}

/** 1 January of every year strictly inside the horizon `[start, end]`. */
function yearSplits(start: string, end: string): string[] {
  const out: string[] = [];
  for (let y = Number(start.slice(0, 4)) + 1; `${y}-01-01` <= end; y++) out.push(`${y}-01-01`);
  return out;
}

function sampleOf(figure: ValidationFigure): BacktestSample {
  if (figure.to <= LETTER_DATE) return 'in-sample';
  if (figure.from > LETTER_DATE) return 'out-of-sample';
  return 'straddles';
}

const pathPattern = (path: string) =>
  new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\[\*\]/g, '\\[\\d+\\]')}(\\.value)?$`);

/** The drivers with their values in `scenario` (from its sources). */
function driverValues(scenario: Scenario, drivers: readonly QuantityDriver[]): DriverValue[] {
  const sources = listSources(scenario);
  return drivers.map((d) => {
    const re = pathPattern(d.path);
    const rows = sources.filter((r) => re.test(r.path));
    const nums = rows.map((r) => Number(r.value));
    let value: string;
    if (rows.length === 0) value = 'absent';
    else if (rows.length === 1) value = rows[0]?.value ?? '';
    else if (nums.every(Number.isFinite)) {
      value = `${rows.length} values, ${Math.min(...nums)} to ${Math.max(...nums)}`;
    } else value = `${rows.length} values`;
    return {
      path: d.path,
      label: d.label,
      short: d.short,
      value,
      sources: [...new Set(rows.map((r) => r.kind))].sort(),
    };
  });
}

/** Reads `path` (dotted, `.value` of a Sourced included) of `scenario`. */
function valueAt(scenario: Scenario, path: string): unknown {
  let x: unknown = scenario;
  for (const key of path.split('.')) {
    if (x === null || typeof x !== 'object') return undefined;
    x = (x as Record<string, unknown>)[key];
  }
  return x;
}

interface Runs {
  /** Full run. */
  readonly full: ExperimentResult;
  /** Runs to each split date, in order. */
  readonly prefixes: readonly ExperimentResult[];
}

/** What a comparison needs that the run lacks, or null when it can be computed. */
function unavailable(
  c: BacktestComparison,
  figure: ValidationFigure,
  scenario: Scenario,
  start: string,
  end: string,
  full: ExperimentResult,
): string | null {
  if (figure.from < start || figure.to > end) {
    return `the figure’s window (${figure.from} to ${figure.to}) is not inside the run (${start} to ${end})`;
  }
  for (const t of c.terms) {
    if (t.by === 'month') {
      for (const month of daysByMonth(figure.from, figure.to).keys()) {
        const name = `${t.metric}.month.${month}`;
        if (full.perReplication.scalars[name] === undefined) return `the model reports no ${name}`;
      }
    } else if (full.perReplication.scalars[t.metric] === undefined) {
      return `the model reports no ${t.metric}`;
    }
    if (t.by === 'horizon' && (figure.from !== start || figure.to !== end)) {
      return `${t.metric} covers the whole run (${start} to ${end}), not the figure’s window`;
    }
  }
  if (c.requires !== undefined) {
    const v = valueAt(scenario, c.requires.path);
    if (v !== c.requires.value) {
      return `the figure needs ${c.requires.path} = ${c.requires.value}; the scenario has ${String(v)}`;
    }
  }
  return null;
}

/** The window value of one term, per replication. */
function termValues(
  t: QuantityTerm,
  figure: ValidationFigure,
  start: string,
  end: string,
  splits: readonly string[],
  runs: Runs,
): { values: number[]; prorated: boolean } {
  const n = runs.full.perReplication.replications.length;
  const out = new Array<number>(n).fill(0);
  const col = (r: ExperimentResult, name: string) => r.perReplication.scalars[name] as number[];
  if (t.by === 'horizon') return { values: [...col(runs.full, t.metric)], prorated: false };
  const w = windowWeights(figure.from, figure.to, start, end, splits);
  let prorated = false;
  if (t.by === 'month') {
    for (const m of w.months) {
      if (m.share !== 1) prorated = true;
      const v = col(runs.full, `${t.metric}.month.${m.month}`);
      for (let i = 0; i < n; i++) out[i] = (out[i] as number) + m.share * (v[i] as number);
    }
    return { values: out, prorated };
  }
  // Over the run: segment k is the count of the run to the next split less the run to this one.
  const bounds = [start, ...splits];
  for (const seg of w.segments) {
    if (seg.share !== 1) prorated = true;
    const k = bounds.indexOf(seg.from);
    const upper =
      k < splits.length
        ? col(runs.prefixes[k] as ExperimentResult, t.metric)
        : col(runs.full, t.metric);
    const lower = k === 0 ? null : col(runs.prefixes[k - 1] as ExperimentResult, t.metric);
    for (let i = 0; i < n; i++) {
      const segment = (upper[i] as number) - (lower === null ? 0 : (lower[i] as number));
      out[i] = (out[i] as number) + seg.share * segment;
    }
  }
  return { values: out, prorated };
}

/** Options of {@link backtestSplits}: the backtest's, defaults included. */
export type BacktestSplitOptions = Pick<BacktestOptions, 'comparisons' | 'figures' | 'split'>;

/**
 * The dates at which {@link backtest} splits the counters a model keeps only over the whole run
 * (none when no comparison has a `run` term), in order: with `split: 'window'`, the first day
 * and the day after the last of every such figure's window that lies inside the run; with
 * `split: 'year'`, each 1 January inside the run. A date is kept only when it falls after the
 * start and on or before the last day (the start is 0 and the day after the end is the full run).
 * The backtest runs the scenario once in full and once to each of these dates, with the same
 * replications.
 *
 * @throws {@link InvalidArgumentError} for an unknown `split`
 */
export function backtestSplits(
  scenario: Pick<Scenario, 'startDate' | 'horizonDays'>,
  options: BacktestSplitOptions = {},
): string[] {
  const split = options.split ?? 'window';
  if (split !== 'window' && split !== 'year') {
    throw new InvalidArgumentError('split', "'window' or 'year'", split);
  }
  const comparisons = options.comparisons ?? BACKTEST_COMPARISONS;
  const figures = options.figures ?? validationFigures2021;
  const start = scenario.startDate;
  const end = addDays(start, scenario.horizonDays - 1);
  const counted = comparisons.filter((c) => c.terms.some((t) => t.by === 'run'));
  if (counted.length === 0) return [];
  if (split === 'year') return yearSplits(start, end);
  const dates = new Set<string>();
  for (const c of counted) {
    const f = figures.find((x) => x.id === c.figure);
    if (f === undefined || f.from < start || f.to > end) continue;
    for (const d of [f.from, addDays(f.to, 1)]) if (d > start && d <= end) dates.add(d);
  }
  return [...dates].sort();
}

function sameIndices(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Backtests `scenario` against the public record: runs it, and the same replications to each
 * date of {@link backtestSplits} (to count over a window what the model counts only over the
 * whole run), and compares each figure with the 90 % prediction interval of the matching model
 * quantity over the matching window: inside, above or below, by how much, and the assumption
 * that most plausibly explains a miss. A figure the run cannot match (its window outside the
 * run, a metric the model does not report) is `not-comparable`, with the reason. The result is
 * deterministic: the same scenario, seed and replications give the same result, whatever the
 * number of workers. It also lists what the scenario knows of the time after the letter
 * ({@link postLetterSources}).
 *
 * With the default split (`window`) the embedded scenario takes eleven runs, most of them
 * shorter than the full one: about seven times a run's work.
 *
 * @throws {@link InvalidArgumentError} for bad options (naming the field), a comparison naming a
 *   figure that is not in the record, without terms, or whose `belowSuspect` is not a driver
 * @throws {@link ExperimentError} if the model or a worker fails
 * @example
 * ```ts
 * const b = await backtest(asItHappened2021, { replications: 100, seed: 2020, workers: 2 });
 * for (const r of b.rows) console.log(r.figure.id, r.observed, r.low, r.high, r.verdict);
 * ```
 */
export async function backtest(
  scenario: Scenario,
  options: BacktestOptions,
): Promise<BacktestResult> {
  const exec = checkExecution(options);
  const replications = checkInteger('replications', options.replications, 1);
  const seed = checkSeed('seed', options.seed);
  const figures = options.figures ?? validationFigures2021;
  const comparisons = options.comparisons ?? BACKTEST_COMPARISONS;
  const notCompared = options.notCompared ?? BACKTEST_NOT_COMPARED;
  const byId = new Map(figures.map((f) => [f.id, f]));
  const figureOf = (id: string, field: string): ValidationFigure => {
    const f = byId.get(id);
    if (f === undefined)
      throw new InvalidArgumentError(field, 'the id of a figure of the record', id);
    return f;
  };
  comparisons.forEach((c, i) => {
    figureOf(c.figure, `comparisons[${i}].figure`);
    if (c.terms.length === 0) {
      throw new InvalidArgumentError(
        `comparisons[${i}].terms`,
        'at least one metric term',
        c.terms,
      );
    }
    if (c.belowSuspect !== undefined && !c.drivers.some((d) => d.path === c.belowSuspect)) {
      throw new InvalidArgumentError(
        `comparisons[${i}].belowSuspect`,
        'the path of one of its drivers',
        c.belowSuspect,
      );
    }
  });
  notCompared.forEach((c, i) => {
    figureOf(c.figure, `notCompared[${i}].figure`);
  });

  const start = scenario.startDate;
  const end = addDays(start, scenario.horizonDays - 1);
  const split = options.split ?? 'window';
  const splits = backtestSplits(scenario, { comparisons, figures, split });
  const prefixScenarios = splits.map((d) =>
    setIn(
      scenario,
      'horizonDays',
      daysBetween(start, d),
      `backtest: run to ${d}`,
      exec.model.capabilities,
    ),
  );
  const progress = new Progress((1 + splits.length) * replications, exec.onProgress);
  const runs: Runs = await withPool(exec, async (pool) => {
    const full = await runSummarized(scenario, seed, replications, exec, pool, progress);
    const prefixes: ExperimentResult[] = [];
    for (const s of prefixScenarios) {
      if (full.meta.replications.partial) break;
      prefixes.push(await runSummarized(s, seed, replications, exec, pool, progress));
    }
    return { full, prefixes };
  });
  const indices = runs.full.perReplication.replications;
  const partial =
    runs.full.meta.replications.partial ||
    runs.prefixes.length < splits.length ||
    runs.prefixes.some((p) => !sameIndices(p.perReplication.replications, indices));

  const rows: BacktestRow[] = comparisons.map((c) => {
    const figure = figureOf(c.figure, 'comparisons');
    const base = {
      figure,
      sample: sampleOf(figure),
      quantity: c.quantity,
      metrics: c.terms.map((t) => (t.by === 'month' ? `${t.metric}.month.*` : t.metric)),
      like: c.like,
      observed: figure.observed.value,
      drivers: driverValues(scenario, c.drivers),
    };
    const why = partial
      ? 'the run was interrupted'
      : indices.length === 0
        ? 'no replication completed'
        : unavailable(c, figure, scenario, start, end, runs.full);
    if (why !== null) {
      return {
        ...base,
        prorated: false,
        verdict: 'not-comparable',
        reason: why,
        low: Number.NaN,
        median: Number.NaN,
        high: Number.NaN,
        miss: Number.NaN,
        ratio: Number.NaN,
        rank: Number.NaN,
        lesson: '',
        suspect: null,
        values: [],
      };
    }
    const values = new Array<number>(indices.length).fill(0);
    let prorated = false;
    for (const t of c.terms) {
      const tv = termValues(t, figure, start, end, splits, runs);
      prorated ||= tv.prorated;
      tv.values.forEach((v, i) => {
        values[i] = (values[i] as number) + v;
      });
    }
    const rounded = values.map((v) => Math.round(v * 1e9) / 1e9);
    const v = backtestVerdict(rounded, figure.observed.value, figure.kind, BACKTEST_LEVEL);
    return {
      ...base,
      prorated,
      verdict: v.verdict,
      reason: null,
      low: v.low,
      median: v.median,
      high: v.high,
      miss: v.miss,
      ratio: v.ratio,
      rank: v.rank,
      lesson:
        v.verdict === 'above' ? c.lessons.above : v.verdict === 'below' ? c.lessons.below : '',
      suspect:
        v.verdict === 'above'
          ? (c.drivers[0]?.path ?? null)
          : v.verdict === 'below'
            ? (c.belowSuspect ?? c.drivers[0]?.path ?? null)
            : null,
      values: rounded,
    };
  });
  const summary: Record<BacktestVerdict, number> = {
    inside: 0,
    above: 0,
    below: 0,
    consistent: 0,
    'not-comparable': 0,
  };
  for (const r of rows) summary[r.verdict]++;
  return freeze(
    {
      meta: {
        package: packageVersion(),
        model: exec.model.name,
        seed,
        level: BACKTEST_LEVEL,
        replications: {
          requested: replications,
          completed: partial ? 0 : indices.length,
          partial,
          indices: [...indices],
        },
        scenario: {
          name: scenario.name,
          title: scenario.title,
          question: scenario.question,
          hash: scenarioHash(scenario),
          startDate: start,
          horizonDays: scenario.horizonDays,
        },
        split,
        splits,
        letterDate: LETTER_DATE,
      },
      rows,
      notCompared: notCompared.map((c) => ({
        figure: figureOf(c.figure, 'notCompared'),
        reason: c.reason,
      })),
      summary,
      postLetter: postLetterSources(scenario),
    },
    true,
  );
}
