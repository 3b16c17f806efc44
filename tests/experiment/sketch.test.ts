import { quantileSorted } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { ExperimentError, InvalidArgumentError } from '../../src/errors.js';
import {
  compare,
  type ExperimentPart,
  mergeResults,
  PAIRED_CHUNK,
  runExperiment,
  summarize,
} from '../../src/experiment/index.js';
import {
  ScalarSketch,
  SKETCH_EXACT_VALUES,
  SKETCH_RELATIVE_ERROR,
} from '../../src/experiment/sketch.js';
import { Accumulator } from '../../src/experiment/state.js';
import { renderRun, runCsv } from '../../src/report/index.js';
import { model as poisson } from './fixtures/poisson-model.js';
import { fixtureScenario } from './fixtures/scenario.js';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const values = fc.array(
  fc.oneof(finite, fc.integer({ min: -50, max: 50 }), fc.integer({ min: -1e8, max: 1e8 })),
  {
    minLength: 1,
    maxLength: 300,
  },
);

function sketchOf(xs: readonly number[]): ScalarSketch {
  const s = new ScalarSketch();
  for (const x of xs) s.add(x);
  return s;
}

describe('ScalarSketch', () => {
  it('n, min and max are exact, and past 512 distinct values every quantile is within the stated bound', () => {
    const many = fc.uniqueArray(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
      minLength: SKETCH_EXACT_VALUES + 1,
      maxLength: 2000,
      comparator: (a, b) => a === b,
    });
    fc.assert(
      fc.property(many, fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const s = sketchOf(xs);
        expect(s.toState().tally).toBeNull();
        const sorted = Float64Array.from(xs).sort() as unknown as number[];
        expect(s.n).toBe(xs.length);
        // == here: −0 and 0 are the same extreme.
        expect(s.min() === sorted[0]).toBe(true);
        expect(s.max() === sorted[xs.length - 1]).toBe(true);
        const exact = quantileSorted(sorted, p) as number;
        const k = (xs.length - 1) * p;
        const j = Math.floor(k);
        const bound =
          SKETCH_RELATIVE_ERROR *
          Math.max(Math.abs(sorted[j]!), Math.abs(sorted[Math.min(j + 1, xs.length - 1)]!));
        expect(Math.abs(s.quantile(p) - exact)).toBeLessThanOrEqual(bound * (1 + 1e-12) + 1e-300);
      }),
      { numRuns: 60 },
    );
  });

  it('up to 512 distinct values, quantiles are the exact ones, to the bit', () => {
    fc.assert(
      fc.property(values, fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const s = sketchOf(xs);
        const sorted = Float64Array.from(xs).sort() as unknown as number[];
        expect(s.quantile(p) === (quantileSorted(sorted, p) as number)).toBe(true);
      }),
    );
    // 512 distinct values, repeated, keep the tally; one more drops it, whatever the order.
    const ramp = Array.from({ length: SKETCH_EXACT_VALUES }, (_, i) => i);
    expect(sketchOf([...ramp, ...ramp]).toState().tally).not.toBeNull();
    expect(sketchOf([...ramp, 0.5]).toState().tally).toBeNull();
    expect(sketchOf([0.5, ...ramp]).toState().tally).toBeNull();
  });

  it('the mean and sd agree with summing in order, to rounding', () => {
    fc.assert(
      fc.property(values, (xs) => {
        const s = sketchOf(xs);
        const exact = summarize(xs);
        const scale = Math.max(...xs.map(Math.abs), 1);
        expect(Math.abs(s.mean() - exact.mean)).toBeLessThanOrEqual(1e-12 * scale);
        if (xs.length > 1) {
          expect(Math.abs(s.sd() - exact.sd)).toBeLessThanOrEqual(1e-6 * scale);
        }
      }),
    );
  });

  it('the sums are exact: 0.1 added ten times has mean 0.1 and sd 0, where a running sum drifts', () => {
    const s = sketchOf(new Array(10).fill(0.1));
    expect(s.mean()).toBe(0.1);
    expect(s.sd()).toBe(0);
    // 1e16 + 1 − 1e16 loses the 1 in float64; the exact sums keep it.
    const t = sketchOf([1e16, 1, -1e16]);
    expect(t.mean()).toBe(1 / 3);
    // Counts whose squares overflow 2^53 in a running float64 sum stay exact.
    const u = sketchOf([94_906_265, 94_906_265, 94_906_266]);
    expect(u.mean()).toBe((3 * 94_906_265 + 1) / 3);
    expect(u.sd()).toBe(Math.sqrt(1 / 3));
  });

  it('merging states gives the same state whatever the split and order', () => {
    fc.assert(
      fc.property(values, fc.nat(), (xs, cut) => {
        const whole = JSON.stringify(sketchOf(xs).toState());
        const i = cut % (xs.length + 1);
        const a = sketchOf(xs.slice(0, i)).toState();
        const b = sketchOf(xs.slice(i)).toState();
        const ab = ScalarSketch.fromState(a);
        ab.merge(b);
        const ba = ScalarSketch.fromState(b);
        ba.merge(a);
        expect(JSON.stringify(ab.toState())).toBe(whole);
        expect(JSON.stringify(ba.toState())).toBe(whole);
      }),
    );
  });

  it('skips NaN (a metric undefined in a replication) and refuses infinities', () => {
    const s = sketchOf([1, Number.NaN, 3]);
    expect(s.n).toBe(2);
    expect(s.mean()).toBe(2);
    expect(() => s.add(Number.POSITIVE_INFINITY)).toThrow(ExperimentError);
    expect(new ScalarSketch().quantile(0.5)).toBeNaN();
  });
});

describe('runExperiment(…, { scalars })', () => {
  const scenario = fixtureScenario();
  const options = { replications: 300, seed: 5, model: poisson } as const;

  it("'sketch' keeps n, mean, min and max of the exact run, quantiles within the bound, and no per-replication values", async () => {
    const exact = await runExperiment(scenario, { ...options, scalars: 'exact' });
    const sketched = await runExperiment(scenario, { ...options, scalars: 'sketch' });
    expect(exact.meta.statistics.quantiles).toMatch(/quantileSorted/);
    expect(sketched.meta.statistics.quantiles).toMatch(/sketch.*0\.5 %/);
    expect(sketched.perReplication.scalars).toEqual({});
    expect(sketched.perReplication.replications).toEqual(exact.perReplication.replications);
    expect(Object.keys(sketched.scalars)).toEqual(Object.keys(exact.scalars));
    for (const [name, e] of Object.entries(exact.scalars)) {
      const k = sketched.scalars[name]!;
      expect(k.n).toBe(e.n);
      expect(k.min).toBe(e.min);
      expect(k.max).toBe(e.max);
      expect(k.mean).toBeCloseTo(e.mean, 10);
      for (const q of ['p5', 'p50', 'p90', 'p95'] as const) {
        expect(Math.abs(k[q] - e[q])).toBeLessThanOrEqual(
          SKETCH_RELATIVE_ERROR * Math.max(Math.abs(e.min), Math.abs(e.max)) + 1e-12,
        );
      }
    }
    // Series and histograms are kept exactly in both modes.
    expect(sketched.series).toEqual(exact.series);
    expect(sketched.histograms).toEqual(exact.histograms);
  });

  it("'auto' keeps scalars exactly up to 10,000 replications", async () => {
    const auto = await runExperiment(scenario, { ...options, replications: 20 });
    expect(Object.keys(auto.perReplication.scalars).length).toBeGreaterThan(0);
  });

  it('sketch mode gives the same bytes with 1 or 2 workers, and merged from shards in any order', async () => {
    const whole = JSON.stringify(
      await runExperiment(scenario, { ...options, scalars: 'sketch', workers: 1 }),
    );
    const two = await runExperiment(scenario, { ...options, scalars: 'sketch', workers: 2 });
    expect(JSON.stringify(two)).toBe(whole);
    const parts: ExperimentPart[] = [];
    for (let index = 0; index < 3; index++) {
      parts.push(
        await runExperiment(scenario, {
          ...options,
          scalars: 'sketch',
          shard: { index, count: 3 },
        }),
      );
    }
    expect(parts[0]!.scalars).toEqual({});
    const roundTripped = parts.map((p) => JSON.parse(JSON.stringify(p)) as ExperimentPart);
    expect(JSON.stringify(mergeResults([parts[2]!, parts[0]!, parts[1]!]))).toBe(whole);
    expect(JSON.stringify(mergeResults(roundTripped))).toBe(whole);
  });

  it('a merge refuses to mix parts kept exactly with parts kept in sketch mode', async () => {
    const a = await runExperiment(scenario, {
      ...options,
      scalars: 'sketch',
      shard: { index: 0, count: 2 },
    });
    const b = await runExperiment(scenario, {
      ...options,
      scalars: 'exact',
      shard: { index: 1, count: 2 },
    });
    expect(() => mergeResults([a, b])).toThrow(/parts\[1\] keeps scalars exactly/);
  });

  it('an infinite value in sketch mode is refused, naming the metric and the replication', () => {
    const acc = new Accumulator('sketch');
    const record = {
      replication: 4,
      scalars: { 'x.ratio': Number.POSITIVE_INFINITY },
      series: {},
      histograms: {},
    };
    expect(() => acc.add(record)).toThrow(
      /scalar 'x\.ratio' of replication 4: Infinity cannot be kept in sketch mode.*scalars: 'exact'/,
    );
  });

  it('a bad mode is refused, naming the field', async () => {
    await expect(
      runExperiment(scenario, { ...options, scalars: 'approximate' as never }),
    ).rejects.toThrow(InvalidArgumentError);
  });
});

describe('compare(a, b, { scalars })', () => {
  const a = fixtureScenario({ horizonDays: 20, servicesPerDay: 10 });
  const b = fixtureScenario({ name: 'faster-service', horizonDays: 20, servicesPerDay: 10.5 });
  // More than one chunk of PAIRED_CHUNK replications, so chunks are folded together.
  const options = { replications: PAIRED_CHUNK + 500, seed: 3, model: poisson } as const;

  it("'sketch' pairs in chunks: the same n, shares and paired intervals as the exact comparison", async () => {
    const exact = await compare(a, b, { ...options, scalars: 'exact' });
    const sketched = await compare(a, b, { ...options, scalars: 'sketch' });
    expect(sketched.meta).toEqual(exact.meta);
    expect(sketched.a.perReplication.scalars).toEqual({});
    expect(Object.keys(sketched.scalars)).toEqual(Object.keys(exact.scalars));
    for (const [name, e] of Object.entries(exact.scalars)) {
      const k = sketched.scalars[name]!;
      expect(k.n).toBe(e.n);
      expect(k.better).toBe(e.better);
      expect(k.shareBBetter).toBe(e.shareBBetter);
      expect(k.shareTied).toBe(e.shareTied);
      for (const f of ['meanA', 'meanB', 'diffMean', 'diffCiLow', 'diffCiHigh'] as const) {
        expect(k[f]).toBeCloseTo(e[f], 9);
      }
      expect(k.diffSd).toBeCloseTo(e.diffSd, 9);
    }
    expect(sketched.series).toEqual(exact.series);
  });

  it('sketch mode gives the same bytes with 1 or 2 workers', async () => {
    const one = await compare(a, b, { ...options, scalars: 'sketch' });
    const two = await compare(a, b, { ...options, scalars: 'sketch', workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});

describe('reports of a run kept in sketch mode', () => {
  it('say the quantiles come from a sketch, and the CSV has one scalar row per metric', async () => {
    const scenario = { ...minusma2020, horizonDays: 5 };
    const opts = { replications: 3, seed: 2 } as const;
    const sketched = await runExperiment(scenario, { ...opts, scalars: 'sketch' });
    const exact = await runExperiment(scenario, { ...opts, scalars: 'exact' });
    expect(renderRun(sketched, 'md')).toContain(
      '**Quantiles:** from a sketch (exact for a metric with at most 512 distinct values, else each within 0.5 % of the value it estimates)',
    );
    expect(renderRun(sketched, 'table')).toMatch(
      /Quantiles from a sketch \(exact for a metric with at most 512/,
    );
    expect(renderRun(exact, 'md')).not.toMatch(/sketch/);
    const rows = runCsv(sketched).split('\r\n');
    const scalarRows = rows.filter((r) => r.startsWith('scalar,'));
    expect(scalarRows).toHaveLength(Object.keys(sketched.scalars).length);
    expect(rows.some((r) => r.startsWith('replication,'))).toBe(false);
    const [name, s] = Object.entries(sketched.scalars)[0]!;
    expect(scalarRows[0]).toBe(
      `scalar,${scenario.name},,${name},,,,,${s.mean},${s.p5},${s.p50},${s.p95}`,
    );
  });
});
