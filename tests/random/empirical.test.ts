import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { empirical, empiricalCdfSampler, empiricalSampler } from '../../src/random/empirical.js';
import {
  expectInvalid,
  expectKs,
  expectMoments,
  finiteMoments,
  fromRaw,
  testStream,
} from './_stats.js';

const N = 200_000;
const VALUES = [1.5, 2, 2, 3.25, 6, 14];

describe('empirical', () => {
  it('empirical(rng, values) has the mean and (divisor n) variance of the values', () => {
    const rng = testStream('empirical');
    const m = finiteMoments(
      VALUES,
      VALUES.map(() => 1 / VALUES.length),
    );
    expectMoments(() => empirical(rng, VALUES), N, m);
  });

  it('empirical(rng, values) only returns observed values', () => {
    const rng = testStream('empirical-observed');
    for (let i = 0; i < 1000; i++) expect(VALUES).toContain(empirical(rng, VALUES));
  });

  it('empiricalSampler(values) draws what empirical(rng, values) draws', () => {
    const a = testStream('empirical-eq');
    const b = testStream('empirical-eq');
    const draw = empiricalSampler(VALUES);
    for (let i = 0; i < 500; i++) expect(draw(b)).toBe(empirical(a, VALUES));
  });

  it('empirical(rng, values) rejects empty arrays and non-finite values', () => {
    const rng = testStream('empirical-invalid');
    expectInvalid(() => empirical(rng, []), 'values');
    expectInvalid(() => empirical(rng, [1, Number.NaN]), 'values[1]');
    expectInvalid(() => empiricalSampler([Number.POSITIVE_INFINITY]), 'values[0]');
    expectInvalid(() => empiricalCdfSampler([]), 'values');
  });
});

describe('empiricalCdfSampler', () => {
  it('empiricalCdfSampler(values) follows the piecewise-linear interpolated CDF', () => {
    // Distinct values: a tie would put an atom in the CDF, which plain KS does not handle.
    const values = [6, 1.5, 14, 2, 3.25, 2.5];
    const sorted = [...values].sort((a, b) => a - b);
    const last = sorted.length - 1;
    const cdf = (x: number) => {
      if (x <= sorted[0]!) return 0;
      if (x >= sorted[last]!) return 1;
      let i = 0;
      while (sorted[i + 1]! < x) i++;
      const lo = sorted[i]!;
      const hi = sorted[i + 1]!;
      return (i + (x - lo) / (hi - lo)) / last;
    };
    const rng = testStream('empirical-cdf');
    const draw = empiricalCdfSampler(values);
    expectKs(() => draw(rng), 20_000, cdf);
  });

  it('empiricalCdfSampler(values) stays within [min, max] of the values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.integer(),
        (values, seed) => {
          const rng = testStream('empirical-cdf-prop', seed);
          const draw = empiricalCdfSampler(values);
          const lo = Math.min(...values);
          const hi = Math.max(...values);
          for (let i = 0; i < 20; i++) {
            const x = draw(rng);
            if (!(x >= lo && x <= hi)) return false;
          }
          return true;
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it('empiricalCdfSampler(values) has the trapezoid mean (x₀/2 + x₁ + … + xₙ₋₁/2)/(n − 1)', () => {
    const sorted = [...VALUES].sort((a, b) => a - b);
    const last = sorted.length - 1;
    // Mixture of uniforms on [xᵢ, xᵢ₊₁], each with weight 1/(n − 1): raw moments are averages
    // of (b^(k+1) − a^(k+1))/((k + 1)(b − a)), or a^k on a zero-length segment.
    const raw = (k: number) => {
      let sum = 0;
      for (let i = 0; i < last; i++) {
        const a = sorted[i]!;
        const b = sorted[i + 1]!;
        sum += b > a ? (b ** (k + 1) - a ** (k + 1)) / ((k + 1) * (b - a)) : a ** k;
      }
      return sum / last;
    };
    const m = fromRaw(raw(1), raw(2), raw(3), raw(4));
    const trapezoid =
      (sorted.reduce((a, b) => a + b, 0) - sorted[0]! / 2 - sorted[last]! / 2) / last;
    expect(m.mean).toBeCloseTo(trapezoid, 12);
    const rng = testStream('empirical-cdf-moments');
    const draw = empiricalCdfSampler(VALUES);
    expectMoments(() => draw(rng), N, m);
  });

  it('empiricalCdfSampler([x]) always returns x', () => {
    expect(empiricalCdfSampler([4])(testStream('one'))).toBe(4);
  });
});
