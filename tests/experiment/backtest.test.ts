/**
 * The backtest (out-of-sample validation): the verdict on hand-computed cases, the window
 * arithmetic against exact answers, the whole read-out on a synthetic model whose every window
 * value is known, the prefix property the split runs rest on, determinism, and the verdicts of
 * the embedded default pinned.
 */
import { describe, expect, it } from 'vitest';
import { scenario as asItHappened } from '../../scenarios/as-it-happened-2021.js';
import type { ValidationFigure } from '../../src/data/validation-2021.js';
import { InvalidArgumentError } from '../../src/errors.js';
import {
  BACKTEST_COMPARISONS,
  type BacktestComparison,
  backtest,
  backtestSplits,
  backtestVerdict,
  type Model,
  simulateMission,
  variant,
  windowWeights,
} from '../../src/index.js';
import { addDays } from '../../src/model/dates.js';
import { fromPublic } from '../../src/model/provenance.js';
import { renderBacktest } from '../../src/report/index.js';

const ONE_TO_21 = Array.from({ length: 21 }, (_, i) => i + 1);

describe('backtestVerdict: where a figure falls against the 90 % interval', () => {
  // 1…21: the 5th and 95th percentiles (R type 7) are the 2nd and 20th values, the median 11.
  it('above: the figure beyond the high end, by how much, as a multiple of the median', () => {
    const v = backtestVerdict(ONE_TO_21, 25);
    expect(v).toMatchObject({ verdict: 'above', n: 21, low: 2, median: 11, high: 20, miss: 5 });
    expect(v.ratio).toBe(25 / 11);
    expect(v.rank).toBe(1);
  });

  it('inside, the ends included; ties count half in the rank', () => {
    const low = backtestVerdict(ONE_TO_21, 2);
    expect(low).toMatchObject({ verdict: 'inside', miss: 0 });
    expect(low.rank).toBe(1.5 / 21);
    expect(backtestVerdict(ONE_TO_21, 20)).toMatchObject({ verdict: 'inside', miss: 0 });
    expect(backtestVerdict(ONE_TO_21, 11).rank).toBe(10.5 / 21);
  });

  it('below: the figure under the low end, by how much', () => {
    const v = backtestVerdict(ONE_TO_21, 0.5);
    expect(v).toMatchObject({ verdict: 'below', miss: 1.5, rank: 0 });
  });

  it('a lower bound is above the interval or consistent with it, never below', () => {
    expect(backtestVerdict(ONE_TO_21, 0, 'atLeast')).toMatchObject({
      verdict: 'consistent',
      miss: 0,
    });
    expect(backtestVerdict(ONE_TO_21, 15, 'atLeast')).toMatchObject({ verdict: 'consistent' });
    expect(backtestVerdict(ONE_TO_21, 30, 'atLeast')).toMatchObject({ verdict: 'above', miss: 10 });
    // An approximate figure is read as a count.
    expect(backtestVerdict(ONE_TO_21, 0, 'about')).toMatchObject({ verdict: 'below', miss: 2 });
  });

  it('interpolates between replications: two values 0 and 10 give 0.5 to 9.5', () => {
    const v = backtestVerdict([10, 0], 9.6);
    expect(v.low).toBe(0.5);
    expect(v.high).toBe(9.5);
    expect(v.median).toBe(5);
    expect(v.verdict).toBe('above');
    expect(v.miss).toBeCloseTo(0.1, 12);
    expect(backtestVerdict([0, 10], 0.4)).toMatchObject({ verdict: 'below' });
    expect(backtestVerdict([0, 10], 0.4).miss).toBeCloseTo(0.1, 12);
  });

  it('another level: 50 % of 1…21 is the 6th to the 16th value', () => {
    expect(backtestVerdict(ONE_TO_21, 17, 'count', 0.5)).toMatchObject({
      low: 6,
      high: 16,
      verdict: 'above',
      miss: 1,
    });
  });

  it('skips NaN; a zero median gives no ratio', () => {
    const v = backtestVerdict([0, 0, Number.NaN, 0], 1);
    expect(v).toMatchObject({ verdict: 'above', n: 3, median: 0, miss: 1 });
    expect(v.ratio).toBeNaN();
  });

  it('refuses bad input with a typed error naming the field', () => {
    const field = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidArgumentError);
        return (error as InvalidArgumentError).field;
      }
      throw new Error('did not throw');
    };
    expect(field(() => backtestVerdict([Number.NaN], 1))).toBe('values');
    expect(field(() => backtestVerdict([], 1))).toBe('values');
    expect(field(() => backtestVerdict([1], Number.NaN))).toBe('observed');
    expect(field(() => backtestVerdict([1], 1, 'count', 1))).toBe('level');
    expect(field(() => backtestVerdict([1], 1, 'count', 0))).toBe('level');
  });
});

describe('windowWeights: reading a window from month counters and split runs', () => {
  it('months summed, partial months prorated by their days (S/2021/519: 26 March to 26 May)', () => {
    const w = windowWeights('2021-03-26', '2021-05-26', '2020-07-01', '2021-12-31', ['2021-01-01']);
    expect(w.months).toEqual([
      { month: '2021-03', days: 6, share: 6 / 31 },
      { month: '2021-04', days: 30, share: 1 },
      { month: '2021-05', days: 26, share: 26 / 31 },
    ]);
    expect(w.segments).toEqual([
      { from: '2021-01-01', to: '2021-12-31', days: 62, share: 62 / 365 },
    ]);
  });

  it('a month the run covers only in part counts its days inside the run', () => {
    const w = windowWeights('2020-07-20', '2020-09-10', '2020-07-15', '2020-09-10');
    expect(w.months).toEqual([
      { month: '2020-07', days: 12, share: 12 / 17 },
      { month: '2020-08', days: 31, share: 1 },
      { month: '2020-09', days: 10, share: 1 },
    ]);
    expect(w.segments).toEqual([
      { from: '2020-07-15', to: '2020-09-10', days: 53, share: 53 / 58 },
    ]);
  });

  it('a window across a split takes its share of each segment; 2020 is a leap year', () => {
    const w = windowWeights('2020-12-20', '2021-01-10', '2020-07-01', '2021-12-31', ['2021-01-01']);
    expect(w.segments).toEqual([
      { from: '2020-07-01', to: '2020-12-31', days: 12, share: 12 / 184 },
      { from: '2021-01-01', to: '2021-12-31', days: 10, share: 10 / 365 },
    ]);
    const feb = windowWeights('2020-02-01', '2020-02-29', '2020-01-01', '2020-12-31');
    expect(feb.months).toEqual([{ month: '2020-02', days: 29, share: 1 }]);
    expect(feb.segments[0]?.share).toBe(29 / 366);
  });

  it('splits at the window’s ends count it whole: every share is 1', () => {
    const w = windowWeights('2021-10-01', '2021-12-15', '2020-07-01', '2021-12-31', [
      '2021-10-01',
      '2021-12-16',
    ]);
    expect(w.segments).toEqual([{ from: '2021-10-01', to: '2021-12-15', days: 76, share: 1 }]);
  });

  it('refuses a window outside the run, an empty window and splits out of order', () => {
    expect(() => windowWeights('2020-06-30', '2020-07-10', '2020-07-01', '2020-12-31')).toThrow(
      /window/,
    );
    expect(() => windowWeights('2020-08-02', '2020-08-01', '2020-07-01', '2020-12-31')).toThrow(
      InvalidArgumentError,
    );
    expect(() =>
      windowWeights('2020-08-01', '2020-08-02', '2020-07-01', '2020-12-31', [
        '2020-10-01',
        '2020-09-01',
      ]),
    ).toThrow(/splits\[1\]/);
  });
});

describe('backtestSplits: the runs the backtest makes', () => {
  it('by default, at the ends of every window counted over the run (ten runs and the full one)', () => {
    expect(backtestSplits(asItHappened)).toEqual([
      '2020-10-01', // S/2020/1281 period
      '2020-12-16',
      '2021-01-01', // S/2021/299, the camp attacks of 2021
      '2021-03-16',
      '2021-03-26', // S/2021/519
      '2021-05-27', // S/2021/519; IEDs, July 2020 to May 2021
      '2021-06-01', // S/2021/844
      '2021-09-01',
      '2021-10-01', // S/2021/1117
      '2021-12-16',
    ]);
  });

  it('with split: year, at each 1 January inside the run; none without a run term', () => {
    expect(backtestSplits(asItHappened, { split: 'year' })).toEqual(['2021-01-01']);
    const monthly = BACKTEST_COMPARISONS.filter((c) => c.terms.every((t) => t.by !== 'run'));
    expect(backtestSplits(asItHappened, { comparisons: monthly })).toEqual([]);
    expect(() => backtestSplits(asItHappened, { split: 'decade' as never })).toThrow(/split/);
  });
});

// ------------------------------------------------------------------ a synthetic model

/**
 * Per replication r (k = r + 1), every day of the run adds k to its month's `x.month.YYYY-MM`
 * and, from 1 March 2021 on, k to `y`, a counter kept over the whole run; `peak` is a value of
 * the whole run. So any window's true value is known exactly.
 */
const synthetic: Model = {
  name: 'synthetic-days',
  run(scenario, { replication }) {
    const k = replication + 1;
    const scalars: Record<string, number> = { y: 0, peak: 7 * k };
    for (let d = 0; d < scenario.horizonDays; d++) {
      const day = addDays(scenario.startDate, d);
      const month = `x.month.${day.slice(0, 7)}`;
      scalars[month] = (scalars[month] ?? 0) + k;
      if (day >= '2021-03-01') scalars.y = (scalars.y as number) + k;
    }
    return { replication, scalars, series: {}, histograms: {} };
  },
};

function figure(id: string, from: string, to: string, value: number): ValidationFigure {
  return {
    id,
    label: id,
    title: id,
    cite: 'test',
    counts: 'test',
    from,
    to,
    windowSource: { kind: 'assumption', rationale: 'test' },
    observed: fromPublic(value, 'test'),
    kind: 'count',
    confidence: 'high',
  };
}

function comparison(
  id: string,
  by: 'month' | 'run' | 'horizon',
  metric: string,
): BacktestComparison {
  return {
    figure: id,
    quantity: id,
    terms: [{ metric, by }],
    like: 'test',
    drivers: [{ path: 'parameters.ied.ratePriorShape', label: 'test', short: 'test' }],
    lessons: { above: 'too low', below: 'too high' },
  };
}

describe('backtest on a synthetic model: every window value exact', () => {
  const figures = [
    figure('march-days', '2021-03-10', '2021-04-05', 0), // 22 + 5 days
    figure('y-q1', '2021-01-01', '2021-03-31', 31), // y counts from 1 March: 31 days
    figure('y-2020', '2020-07-01', '2020-12-31', 0),
    figure('peak', '2020-07-01', '2021-12-31', 14),
    figure('peak-short', '2020-07-01', '2020-12-31', 7),
    figure('late', '2022-01-01', '2022-01-31', 3),
  ];
  const comparisons = [
    comparison('march-days', 'month', 'x'),
    comparison('y-q1', 'run', 'y'),
    comparison('y-2020', 'run', 'y'),
    comparison('peak', 'horizon', 'peak'),
    comparison('peak-short', 'horizon', 'peak'),
    comparison('late', 'month', 'x'),
  ];
  const run = (split: 'window' | 'year') =>
    backtest(asItHappened, {
      replications: 3,
      seed: 1,
      model: synthetic,
      figures,
      comparisons,
      notCompared: [],
      split,
    });

  it('month terms: whole months summed, partial ones prorated; run terms counted exactly', async () => {
    const b = await run('window');
    const row = (id: string) => b.rows.find((r) => r.figure.id === id);
    expect(row('march-days')?.values).toEqual([27, 54, 81]);
    expect(row('march-days')?.prorated).toBe(true);
    expect(row('y-q1')?.values).toEqual([31, 62, 93]);
    expect(row('y-q1')?.prorated).toBe(false);
    expect(row('y-2020')?.values).toEqual([0, 0, 0]);
    expect(row('peak')?.values).toEqual([7, 14, 21]);
    expect(b.meta.splits).toEqual(['2021-01-01', '2021-04-01']);
    // Against 31, 62 and 93 the interval is 34.1 to 89.9: the record's 31 is below it.
    expect(row('y-q1')).toMatchObject({ verdict: 'below', median: 62 });
    expect(row('y-q1')?.low).toBeCloseTo(34.1, 9);
    expect(row('y-q1')?.high).toBeCloseTo(89.9, 9);
    expect(row('y-q1')?.miss).toBeCloseTo(3.1, 9);
    expect(row('peak')).toMatchObject({ verdict: 'inside' });
    expect(row('y-q1')?.suspect).toBe('parameters.ied.ratePriorShape');
    expect(row('peak')?.suspect).toBeNull();
  });

  it('with split: year, a run term is the window’s share of its year, prorated by days', async () => {
    const b = await run('year');
    const row = (id: string) => b.rows.find((r) => r.figure.id === id);
    // 2021 holds 306 days from 1 March: the first quarter's share is 90/365 of them.
    const share = (306 * 90) / 365;
    expect(row('y-q1')?.values.map((v) => v / share)).toEqual(
      [1, 2, 3].map((k) => expect.closeTo(k, 9)),
    );
    expect(row('y-q1')?.prorated).toBe(true);
    expect(b.meta.splits).toEqual(['2021-01-01']);
  });

  it('says why a figure is not comparable: outside the run, or not over the whole run', async () => {
    const b = await run('window');
    const row = (id: string) => b.rows.find((r) => r.figure.id === id);
    expect(row('late')).toMatchObject({ verdict: 'not-comparable', suspect: null });
    expect(row('late')?.reason).toMatch(/not inside the run/);
    expect(row('peak-short')?.reason).toMatch(/covers the whole run/);
    expect(b.summary).toEqual({
      inside: 2,
      above: 0,
      below: 2,
      consistent: 0,
      'not-comparable': 2,
    });
  });

  it('refuses comparisons that name no figure of the record, typed and naming the field', async () => {
    await expect(
      backtest(asItHappened, {
        replications: 1,
        seed: 1,
        model: synthetic,
        figures,
        comparisons: [comparison('nowhere', 'month', 'x')],
        notCompared: [],
      }),
    ).rejects.toThrow(/comparisons\[0\]\.figure/);
    await expect(
      backtest(asItHappened, { replications: 0, seed: 1, model: synthetic }),
    ).rejects.toThrow(/replications/);
    await expect(
      backtest(asItHappened, {
        replications: 1,
        seed: 1,
        model: synthetic,
        figures,
        comparisons: [{ ...comparison('peak', 'horizon', 'peak'), belowSuspect: 'nowhere' }],
        notCompared: [],
      }),
    ).rejects.toThrow(/comparisons\[0\]\.belowSuspect/);
  });
});

// ------------------------------------------------------------------ the mission model

describe('the prefix property: a shorter run is the start of the longer one', () => {
  it('same events, daily series and month counters; the shorter run’s totals are the longer run’s to its end', () => {
    // 150 days against 92 (1 July to 30 September 2020: whole months).
    const long = variant(asItHappened, (d) => {
      d.horizonDays = 150;
    });
    const short = variant(asItHappened, (d) => {
      d.horizonDays = 92;
    });
    for (const replication of [0, 1, 2]) {
      const traceLong: string[] = [];
      const traceShort: string[] = [];
      const a = simulateMission(long, {
        seed: 2020,
        replication,
        trace: (t, what) => traceLong.push(`${t} ${what}`),
      });
      const b = simulateMission(short, {
        seed: 2020,
        replication,
        trace: (t, what) => traceShort.push(`${t} ${what}`),
      });
      expect(traceShort).toEqual(traceLong.filter((l) => Number(l.split(' ')[0]) < 92 * 24));
      expect(traceShort.some((l) => l.includes('camp attack'))).toBe(true);
      for (const [name, values] of Object.entries(b.series)) {
        expect(values, name).toEqual(a.series[name]?.slice(0, 92));
      }
      const months = ['2020-07', '2020-08', '2020-09'];
      for (const [name, value] of Object.entries(b.scalars)) {
        if (months.some((m) => name.endsWith(`.month.${m}`)))
          expect(value, name).toBe(a.scalars[name]);
      }
      // Totals of the short run = the long run's months to its end.
      for (const metric of ['ied.encounters', 'ied.detonations', 'casevac.casualties']) {
        const sum = months.reduce((s, m) => s + (a.scalars[`${metric}.month.${m}`] as number), 0);
        expect(b.scalars[metric], metric).toBe(sum);
      }
      const campAttacks = traceShort.filter((l) => l.includes('camp attack')).length;
      expect(b.scalars['campAttacks.attacks']).toBe(campAttacks);
    }
  });
});

describe('backtest of the mission model', () => {
  it('is deterministic: the same result again and on two workers', async () => {
    // A short run (to 31 December 2020): the calibration checks of late 2020 are comparable.
    const short = variant(asItHappened, (d) => {
      d.horizonDays = 184;
    });
    const one = await backtest(short, { replications: 2, seed: 7, workers: 1 });
    const again = await backtest(short, { replications: 2, seed: 7, workers: 1 });
    const two = await backtest(short, { replications: 2, seed: 7, workers: 2 });
    const json = (b: unknown) => JSON.stringify(b);
    expect(json(again)).toBe(json(one));
    expect(json(two)).toBe(json(one));
    expect(one.meta.splits).toEqual(['2020-10-01', '2020-12-16']);
    const compared = one.rows.filter((r) => r.verdict !== 'not-comparable').map((r) => r.figure.id);
    expect(compared).toEqual(['wounded-s2020-1281', 'attacks-s2020-1281']);
    expect(renderBacktest(one, 'json')).toContain('"kind": "backtest"');
  });

  it('pins the verdicts of the embedded default (as-it-happened-2021, 3 replications, seed 2020)', async () => {
    // Update deliberately, never loosen: a model change that moves a verdict says which and why
    // in its commit. Three replications keep the test fast; their 90 % interval is little more
    // than the range of three values, so more figures fall outside it than at the README's 200
    // replications (same seed), whose table the same change must update.
    const b = await backtest(asItHappened, { replications: 3, seed: 2020, workers: 2 });
    const verdicts = Object.fromEntries(b.rows.map((r) => [r.figure.id, r.verdict]));
    expect(verdicts).toEqual(PINNED_VERDICTS);
    // Nothing after the letter in the scenario is undeclared.
    expect(b.postLetter.filter((u) => u.kind === 'undeclared')).toEqual([]);
  });
});

/** The verdicts of `backtest(as-it-happened-2021, { replications: 3, seed: 2020 })`. */
const PINNED_VERDICTS: Record<string, string> = {
  'wounded-2021': 'above',
  'wounded-s2021-299': 'above',
  'wounded-s2021-519': 'above',
  'wounded-s2021-844': 'above',
  'attacks-s2021-299': 'above',
  'attacks-s2021-519': 'inside',
  'attacks-s2021-844': 'above',
  'attacks-s2022-278': 'not-comparable',
  'ied-attacks-s2021-1117': 'above',
  'ied-wounded-s2021-1117': 'above',
  'ied-wounded-jul2020-may2021': 'above',
  'camp-attacks-2021': 'consistent',
  'camp-wounded-2021': 'above',
  'mass-casualty-events-2021': 'above',
  'largest-event-2020-2021': 'consistent',
  'wounded-s2020-1281': 'below',
  'attacks-s2020-1281': 'inside',
};
