import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma } from '../../src/random/_internals/logGamma.js';
import { binomial, binomialSampler } from '../../src/random/binomial.js';
import { expectChiSquare, expectInvalid, expectMoments, testStream } from './_stats.js';

const N = 200_000;

const binomialPmf = (n: number, p: number) => (k: number) =>
  k > n
    ? 0
    : Math.exp(
        logGamma(n + 1) -
          logGamma(k + 1) -
          logGamma(n - k + 1) +
          k * Math.log(p) +
          (n - k) * Math.log1p(-p),
      );

describe('binomial', () => {
  it.each([
    [10, 0.3],
    [50, 0.9],
    [100, 0.5],
    [1000, 0.97],
    [1_000_000, 0.3],
    [1_000_000, 2e-6],
    [1_000_000, 0.999],
  ])('binomial(rng, %d, %d) has mean np and variance np(1 − p)', (n, p) => {
    const rng = testStream(`binomial-${n}-${p}`);
    const v = n * p * (1 - p);
    // μ₄ = 3(npq)² + npq(1 − 6pq)
    expectMoments(() => binomial(rng, n, p), N, {
      mean: n * p,
      variance: v,
      mu4: 3 * v * v + v * (1 - 6 * p * (1 - p)),
    });
  });

  it.each([
    [20, 0.3],
    [40, 0.25],
    [1000, 0.3],
    [200, 0.93],
  ])('binomial(rng, %d, %d) passes a chi-square test against the binomial pmf', (n, p) => {
    const rng = testStream(`binomial-chi2-${n}-${p}`);
    expectChiSquare(() => binomial(rng, n, p), 100_000, binomialPmf(n, p));
  });

  it('binomial(rng, n, p) handles n = 0, p = 0 and p = 1 without drawing', () => {
    const noDraw = () => Number.NaN;
    expect(binomial(noDraw, 0, 0.5)).toBe(0);
    expect(binomial(noDraw, 10, 0)).toBe(0);
    expect(binomial(noDraw, 10, 1)).toBe(10);
  });

  it('binomial(rng, n, p) returns an integer in [0, n]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer(),
        (n, p, seed) => {
          const rng = testStream('binomial-prop', seed);
          for (let i = 0; i < 10; i++) {
            const k = binomial(rng, n, p);
            if (!Number.isInteger(k) || k < 0 || k > n) return false;
          }
          return true;
        },
      ),
      { seed: 4, numRuns: 200 },
    );
  });

  it('binomialSampler(n, p) draws what binomial(rng, n, p) draws, for both methods and both sides', () => {
    for (const [n, p] of [
      [10, 0.3],
      [10, 0.8],
      [500, 0.3],
      [500, 0.7],
      [0, 0.5],
    ] as const) {
      const a = testStream(`binomial-eq-${n}-${p}`);
      const b = testStream(`binomial-eq-${n}-${p}`);
      const sampler = binomialSampler(n, p);
      for (let i = 0; i < 300; i++) expect(sampler(b)).toBe(binomial(a, n, p));
    }
  });

  it('binomial(rng, n, p) rejects a non-integer or negative n and p outside [0, 1]', () => {
    const rng = testStream('binomial-invalid');
    expectInvalid(() => binomial(rng, -1, 0.5), 'n');
    expectInvalid(() => binomial(rng, 2.5, 0.5), 'n');
    expectInvalid(() => binomial(rng, 10, 1.01), 'p');
    expectInvalid(() => binomial(rng, 10, Number.NaN), 'p');
    expectInvalid(() => binomialSampler(Number.POSITIVE_INFINITY, 0.5), 'n');
  });
});
