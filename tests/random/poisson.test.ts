import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma } from '../../src/random/_internals/logGamma.js';
import { poisson, poissonSampler } from '../../src/random/poisson.js';
import { streams } from '../../src/random/streams.js';
import { expectChiSquare, expectInvalid, expectMoments, testStream } from './_stats.js';

const N = 200_000;

const poissonPmf = (mean: number) => (k: number) =>
  Math.exp(-mean + k * Math.log(mean) - logGamma(k + 1));

describe('poisson', () => {
  it.each([0.5, 3, 9.99, 10, 45, 10_000, 1e7])(
    'poisson(rng, %d) has mean and variance `mean` (μ₄ = mean(1 + 3·mean))',
    (mean) => {
      const rng = testStream(`poisson-${mean}`);
      expectMoments(() => poisson(rng, mean), N, {
        mean,
        variance: mean,
        mu4: mean * (1 + 3 * mean),
      });
    },
  );

  it.each([2.5, 9.5, 10, 30, 1000])(
    'poisson(rng, %d) passes a chi-square test against the Poisson pmf',
    (mean) => {
      const rng = testStream(`poisson-chi2-${mean}`);
      expectChiSquare(() => poisson(rng, mean), 100_000, poissonPmf(mean));
    },
  );

  it('poisson(rng, 0) returns 0 without drawing', () => {
    expect(poisson(() => Number.NaN, 0)).toBe(0);
  });

  it('poisson(rng, mean) returns non-negative integers', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer(), (mean, seed) => {
        const rng = testStream('poisson-prop', seed);
        for (let i = 0; i < 20; i++) {
          const k = poisson(rng, mean);
          if (!Number.isInteger(k) || k < 0) return false;
        }
        return true;
      }),
      { seed: 3, numRuns: 200 },
    );
  });

  it('poissonSampler(mean) draws what poisson(rng, mean) draws, for both methods', () => {
    for (const mean of [0, 4, 10, 250]) {
      const a = testStream(`poisson-eq-${mean}`);
      const b = testStream(`poisson-eq-${mean}`);
      const sampler = poissonSampler(mean);
      for (let i = 0; i < 500; i++) expect(sampler(b)).toBe(poisson(a, mean));
    }
  });

  it('poisson(rng, mean) gives the same sequence for the same seed', () => {
    const run = () => {
      const rng = streams(9).replication(3).stream('test', 'poisson');
      return Array.from({ length: 200 }, (_, i) => poisson(rng, i % 2 ? 3 : 300));
    };
    expect(run()).toEqual(run());
  });

  it('poisson(rng, mean) rejects a negative or non-finite mean', () => {
    const rng = testStream('poisson-invalid');
    expectInvalid(() => poisson(rng, -1), 'mean');
    expectInvalid(() => poisson(rng, Number.NaN), 'mean');
    expectInvalid(() => poissonSampler(Number.POSITIVE_INFINITY), 'mean');
  });
});
