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
 * only over the horizon are split at each 1 January inside the horizon by running the same
 * replications to that date (the model's events do not depend on its horizon, so that run is
 * the prefix of the full one, replication by replication — a test checks it), then prorated by
 * days within a year.
 *
 * @module
 */
import { freeze } from 'immer';
import { LETTER_DATE } from '../data/fleet.js';
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
import { type BacktestVerdict, backtestVerdict } from './backtest-verdict.js';
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
  /** Replications, an integer ≥ 1 (the same for the full run and the runs that split it by year). */
  readonly replications: number;
  readonly seed: number | string;
  /** The record (default: the 2021 validation figures). */
  readonly figures?: readonly ValidationFigure[] | undefined;
  /** What is compared with what (default: {@link BACKTEST_COMPARISONS}). */
  readonly comparisons?: readonly BacktestComparison[] | undefined;
  /** Figures deliberately not compared, with why (default: {@link BACKTEST_NOT_COMPARED}). */
  readonly notCompared?: readonly NotCompared[] | undefined;
}

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
  /** The value(s) in the scenario, rendered (a range when the path matches several). */
  readonly value: string;
  /** Kinds of source of the value(s): letter, public, assumption. */
  readonly sources: readonly string[];
}

/** One figure compared with the model. */
export interface BacktestRow {
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
  /** The model's interval and median; NaN when not comparable. */
  readonly low: number;
  readonly median: number;
  readonly high: number;
  /** Size of the miss beyond the interval (0 inside or consistent; NaN when not comparable). */
  readonly miss: number;
  /** observed ÷ median. */
  readonly ratio: number;
  /** Share of replications below the observed figure (ties count half). */
  readonly rank: number;
  /** What a miss most plausibly says (empty unless above or below). */
  readonly lesson: string;
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
      readonly hash: string;
      readonly startDate: string;
      readonly horizonDays: number;
    };
    /** Dates at which horizon-only counters were split (a run to each). */
    readonly splits: readonly string[];
    /** Date separating in-sample from out-of-sample windows. */
    readonly letterDate: string;
  };
  readonly rows: readonly BacktestRow[];
  readonly notCompared: readonly { readonly figure: ValidationFigure; readonly reason: string }[];
  /** Rows by verdict. */
  readonly summary: Readonly<Record<BacktestVerdict, number>>;
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
  if (t.by === 'month') {
    const inHorizon = daysByMonth(start, end);
    let prorated = false;
    for (const [month, days] of daysByMonth(figure.from, figure.to)) {
      const all = inHorizon.get(month) ?? days;
      const frac = days / all;
      if (frac !== 1) prorated = true;
      const v = col(runs.full, `${t.metric}.month.${month}`);
      for (let i = 0; i < n; i++) out[i] = (out[i] as number) + frac * (v[i] as number);
    }
    return { values: out, prorated };
  }
  // Per year: segment k runs from bounds[k] to the day before bounds[k + 1].
  const bounds = [start, ...splits, addDays(end, 1)];
  let prorated = false;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const s0 = bounds[k] as string;
    const s1 = addDays(bounds[k + 1] as string, -1);
    const days = overlapDays(s0, s1, figure.from, figure.to);
    if (days === 0) continue;
    const frac = days / (daysBetween(s0, s1) + 1);
    if (frac !== 1) prorated = true;
    const upper =
      k + 1 < bounds.length - 1
        ? col(runs.prefixes[k] as ExperimentResult, t.metric)
        : col(runs.full, t.metric);
    const lower = k === 0 ? null : col(runs.prefixes[k - 1] as ExperimentResult, t.metric);
    for (let i = 0; i < n; i++) {
      const seg = (upper[i] as number) - (lower === null ? 0 : (lower[i] as number));
      out[i] = (out[i] as number) + frac * seg;
    }
  }
  return { values: out, prorated };
}

function sameIndices(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Backtests `scenario` against the public record: runs it (and, to split counters the model
 * keeps only over the horizon, the same replications to each 1 January inside the horizon) and
 * compares each figure with the 90 % prediction interval of the matching model quantity over the
 * matching window. The result is deterministic: the same scenario, seed and replications give
 * the same result, whatever the number of workers.
 *
 * @throws {@link InvalidArgumentError} for bad options, or a comparison naming a figure that is
 *   not in the record
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
  });
  notCompared.forEach((c, i) => {
    figureOf(c.figure, `notCompared[${i}].figure`);
  });

  const start = scenario.startDate;
  const end = addDays(start, scenario.horizonDays - 1);
  const needsSplit = comparisons.some((c) => c.terms.some((t) => t.by === 'year'));
  const splits = needsSplit ? yearSplits(start, end) : [];
  const prefixScenarios = splits.map((d) =>
    setIn(
      scenario,
      'horizonDays',
      daysBetween(start, d),
      'backtest: run to 1 January',
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
          hash: scenarioHash(scenario),
          startDate: start,
          horizonDays: scenario.horizonDays,
        },
        splits,
        letterDate: LETTER_DATE,
      },
      rows,
      notCompared: notCompared.map((c) => ({
        figure: figureOf(c.figure, 'notCompared'),
        reason: c.reason,
      })),
      summary,
    },
    true,
  );
}
