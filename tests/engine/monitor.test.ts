import { mean as d3mean, quantileSorted } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Environment, Tally, TimeWeighted } from '../../src/engine/index.js';
import { InvalidArgumentError } from '../../src/errors.js';

describe('Tally', () => {
  it('Tally.add() streams count, mean, variance, min and max', () => {
    const t = new Tally();
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) t.add(x);
    expect(t.count).toBe(8);
    expect(t.mean).toBe(5);
    expect(t.variance).toBeCloseTo(32 / 7, 12);
    expect(t.min).toBe(2);
    expect(t.max).toBe(9);
    expect(t.sum).toBe(40);
    expect(t.stdError).toBeCloseTo(Math.sqrt(32 / 7 / 8), 12);
  });

  it('Tally keeps precision for large offsets (Welford)', () => {
    const t = new Tally();
    for (const x of [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]) t.add(x);
    expect(t.variance).toBeCloseTo(30, 9);
  });

  it('Tally.quantile(p) interpolates between order statistics with keepSamples', () => {
    const t = new Tally({ keepSamples: true });
    for (const x of [3, 1, 4, 1, 5, 9, 2, 6]) t.add(x);
    expect(t.quantile(0)).toBe(1);
    expect(t.quantile(1)).toBe(9);
    expect(t.quantile(0.5)).toBe(3.5);
    expect(t.quantile(0.25)).toBe(1.75);
  });

  it('Tally.quantile() without keepSamples, and add(NaN), throw InvalidArgumentError', () => {
    const t = new Tally();
    expect(() => t.quantile(0.5)).toThrow(InvalidArgumentError);
    expect(() => t.add(Number.NaN)).toThrow(/^x/);
    expect(() => t.shareAtMost(1)).toThrow(/^keepSamples/);
    expect(() => new Tally({ keepSamples: true }).quantile('0.5' as never)).toThrow(/^p/);
  });

  it('Tally.quantile(p) equals d3-array quantileSorted(sorted samples, p) exactly, for any p', () => {
    const samples = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 40 });
    const p = fc.oneof(fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.constantFrom(0, 1));
    fc.assert(
      fc.property(samples, fc.array(p, { minLength: 1, maxLength: 5 }), (xs, ps) => {
        const t = new Tally({ keepSamples: true });
        for (const x of xs) t.add(x);
        const sorted = [...xs].sort((a, b) => a - b);
        for (const q of ps) {
          const expected = quantileSorted(sorted, q) ?? Number.NaN;
          if (!Object.is(t.quantile(q), expected)) return false;
        }
        return true;
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('Tally.quantile(p) is NaN with no samples or p = NaN, and clamps p outside [0, 1]', () => {
    const t = new Tally({ keepSamples: true });
    expect(t.quantile(0.5)).toBeNaN();
    for (const x of [4, 2, 8]) t.add(x);
    expect(t.quantile(Number.NaN)).toBeNaN();
    expect([t.quantile(-1), t.quantile(2)]).toEqual([2, 8]);
    t.add(1); // samples added after a quantile are sorted in before the next one
    expect(t.quantile(0)).toBe(1);
  });

  it('Tally.shareAtMost(x) is the share of samples ≤ x, NaN with no samples', () => {
    const t = new Tally({ keepSamples: true });
    expect(t.shareAtMost(10)).toBeNaN();
    for (const x of [30, 10, 20, 10, 40]) t.add(x);
    expect([t.shareAtMost(5), t.shareAtMost(10), t.shareAtMost(25), t.shareAtMost(40)]).toEqual([
      0,
      2 / 5,
      3 / 5,
      1,
    ]);
  });

  it('Tally.mean equals the mean of the samples summed in order (d3-array mean) bit for bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1 }),
        (xs) => {
          const t = new Tally();
          for (const x of xs) t.add(x);
          return (
            Object.is(t.mean, d3mean(xs)) &&
            Object.is(
              t.sum,
              xs.reduce((a, b) => a + b, 0),
            )
          );
        },
      ),
      { seed: 12, numRuns: 300 },
    );
  });

  it('Tally with no data reports NaN; reset() forgets observations', () => {
    const t = new Tally();
    expect([t.mean, t.min, t.variance]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    t.add(1);
    t.reset();
    expect(t.count).toBe(0);
  });
});

describe('TimeWeighted', () => {
  it('TimeWeighted.mean() weights each level by how long it lasted', () => {
    const env = new Environment();
    const q = new TimeWeighted(env, 0);
    env.process(function* () {
      yield* env.timeout(2);
      q.update(3); // 0 over [0, 2]
      yield* env.timeout(1);
      q.add(-1); // 3 over [2, 3]
      yield* env.timeout(3); // 2 over [3, 6]
    });
    env.run();
    expect(q.integral).toBe(9);
    expect(q.mean()).toBe(1.5);
    expect([q.min, q.max, q.level]).toEqual([0, 3, 2]);
  });

  it('TimeWeighted.reset() starts a new window keeping the level (warm-up deletion)', () => {
    const env = new Environment();
    const q = new TimeWeighted(env, 5);
    env.run({ until: 10 });
    q.reset();
    q.update(1);
    env.run({ until: 14 });
    expect(q.mean()).toBe(1);
    expect(q.duration).toBe(4);
  });

  it('TimeWeighted rejects non-finite levels', () => {
    const env = new Environment();
    expect(() => new TimeWeighted(env, Number.NaN)).toThrow(/^initial/);
    expect(() => new TimeWeighted(env).update(Number.POSITIVE_INFINITY)).toThrow(/^level/);
  });
});
