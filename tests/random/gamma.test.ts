import { describe, expect, it } from 'vitest';
import { beta, betaSampler, gamma, gammaSampler } from '../../src/random/gamma.js';
import { streams } from '../../src/random/streams.js';
import {
  erfc,
  expectInvalid,
  expectKs,
  expectMoments,
  type Moments,
  testStream,
} from './_stats.js';

const N = 200_000;
const KS_N = 20_000;

/** Gamma(k, θ): mean kθ, variance kθ², μ₄ = 3k(k + 2)θ⁴ (excess kurtosis 6/k). */
function gammaMoments(k: number, theta: number): Moments {
  return { mean: k * theta, variance: k * theta * theta, mu4: 3 * k * (k + 2) * theta ** 4 };
}

/** Beta(a, b): mean, variance and μ₄ from the excess kurtosis. */
function betaMoments(a: number, b: number): Moments {
  const s = a + b;
  const variance = (a * b) / (s * s * (s + 1));
  const excess = (6 * ((a - b) ** 2 * (s + 1) - a * b * (s + 2))) / (a * b * (s + 2) * (s + 3));
  return { mean: a / s, variance, mu4: variance * variance * (3 + excess) };
}

describe('gamma', () => {
  it.each([
    [0.2, 3],
    [0.5, 1],
    [1, 2],
    [4, 6],
    [50, 0.1],
  ])('gamma(rng, %d, %d) has mean shape·scale and variance shape·scale²', (shape, scale) => {
    const rng = testStream(`gamma-${shape}`);
    expectMoments(() => gamma(rng, shape, scale), N, gammaMoments(shape, scale));
  });

  it('gamma(rng, 3, scale) passes Kolmogorov–Smirnov against the Erlang CDF', () => {
    const rng = testStream('gamma-ks-3');
    const cdf = (x: number) => {
      const y = x / 2;
      return 1 - Math.exp(-y) * (1 + y + (y * y) / 2);
    };
    expectKs(() => gamma(rng, 3, 2), KS_N, cdf);
  });

  it('gamma(rng, 0.5, scale) passes Kolmogorov–Smirnov against erf(√(x/scale)) (shape < 1 boost)', () => {
    const rng = testStream('gamma-ks-half');
    expectKs(
      () => gamma(rng, 0.5, 3),
      KS_N,
      (x) => 1 - erfc(Math.sqrt(x / 3)),
    );
  });

  it('gamma(rng, shape, scale) is never negative, even for tiny shapes', () => {
    const rng = testStream('gamma-tiny');
    for (let i = 0; i < 10_000; i++) {
      const x = gamma(rng, 0.01, 1);
      expect(x >= 0 && Number.isFinite(x)).toBe(true);
    }
  });

  it('gammaSampler(shape, scale) draws what gamma(rng, shape, scale) draws', () => {
    for (const shape of [0.3, 1, 7.5]) {
      const a = testStream(`gamma-eq-${shape}`);
      const b = testStream(`gamma-eq-${shape}`);
      const sampler = gammaSampler(shape, 2);
      for (let i = 0; i < 500; i++) expect(sampler(b)).toBe(gamma(a, shape, 2));
    }
  });

  it('gamma(rng, shape, scale) gives the same sequence for the same seed', () => {
    const run = () => {
      const rng = streams(5).replication(0).stream('test', 'gamma');
      return Array.from({ length: 200 }, () => gamma(rng, 0.7, 1));
    };
    expect(run()).toEqual(run());
  });

  it('gamma(rng, shape, scale) rejects a non-positive or non-finite shape or scale', () => {
    const rng = testStream('gamma-invalid');
    expectInvalid(() => gamma(rng, 0, 1), 'shape');
    expectInvalid(() => gamma(rng, -1, 1), 'shape');
    expectInvalid(() => gamma(rng, 1, 0), 'scale');
    expectInvalid(() => gamma(rng, 1, Number.NaN), 'scale');
    expectInvalid(() => gammaSampler(Number.POSITIVE_INFINITY, 1), 'shape');
  });
});

describe('beta', () => {
  it.each([
    [2, 5],
    [8, 2],
    [0.5, 0.5],
    [0.3, 2],
    [0.1, 0.2],
  ])('beta(rng, %d, %d) has mean a/(a + b) and variance ab/((a + b)²(a + b + 1))', (a, b) => {
    const rng = testStream(`beta-${a}-${b}`);
    expectMoments(() => beta(rng, a, b), N, betaMoments(a, b));
  });

  it('beta(rng, 0.5, 0.5) passes Kolmogorov–Smirnov against the arcsine CDF (2/π)·asin(√x)', () => {
    const rng = testStream('beta-ks');
    expectKs(
      () => beta(rng, 0.5, 0.5),
      KS_N,
      (x) => (2 / Math.PI) * Math.asin(Math.sqrt(x)),
    );
  });

  it('beta(rng, a, b) stays in [0, 1] and is never NaN for small shapes', () => {
    const rng = testStream('beta-small');
    for (let i = 0; i < 10_000; i++) {
      const x = beta(rng, 0.01, 0.02);
      expect(x >= 0 && x <= 1).toBe(true);
    }
  });

  it('betaSampler(a, b) draws what beta(rng, a, b) draws', () => {
    for (const [a, b] of [
      [0.5, 3],
      [2, 2],
    ] as const) {
      const r1 = testStream(`beta-eq-${a}`);
      const r2 = testStream(`beta-eq-${a}`);
      const sampler = betaSampler(a, b);
      for (let i = 0; i < 500; i++) expect(sampler(r2)).toBe(beta(r1, a, b));
    }
  });

  it('beta(rng, a, b) rejects a non-positive or non-finite shape', () => {
    const rng = testStream('beta-invalid');
    expectInvalid(() => beta(rng, 0, 1), 'a');
    expectInvalid(() => beta(rng, 1, -2), 'b');
    expectInvalid(() => betaSampler(1, Number.NaN), 'b');
  });
});
