/**
 * Statistical helpers for the distribution tests: tolerances are derived from the sample size
 * and the analytic moments, never picked by hand.
 *
 * Moments. For n draws the sample mean has standard error √(σ²/n); the sample variance (divisor
 * n − 1) has standard error √((μ₄ − σ⁴·(n − 3)/(n − 1))/n) ≤ √((μ₄ − σ⁴ + 2σ⁴/(n − 1))/n), which we
 * use as the bound. Both estimators are asymptotically normal, so |estimate − truth| < z·se with
 * z = 4.5 fails for a correct sampler with probability about 6.8e-6 per assertion (two-sided),
 * under 1e-3 over all the moment assertions of the suite. The seeds are fixed, so a run is
 * reproducible; the rate says how unlikely a correct sampler is to fail for an arbitrary seed.
 *
 * Goodness of fit. Kolmogorov–Smirnov with the asymptotic critical value
 * √(−ln(α/2)/2)/√n, and Pearson's chi-square with bins merged until each expects ≥ 20 and the
 * critical value from the Wilson–Hilferty approximation of the chi-square quantile; both at
 * α = 1e-4.
 */
import { expect } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { type Rng, streams } from '../../src/random/streams.js';

/** z for the moment checks: two-sided false-alarm probability 6.8e-6 per assertion. */
export const Z = 4.5;
/** Significance level of the goodness-of-fit tests. */
export const ALPHA = 1e-4;
/** Upper-tail standard normal quantile for ALPHA (Φ⁻¹(1 − 1e-4)). */
const Z_ALPHA = 3.719016485455709;

/** The fixed test stream for `name`. */
export function testStream(name: string, seed: number | string = 20250101): Rng {
  return streams(seed).replication(0).stream('test', name);
}

/** Analytic mean, variance and fourth central moment. */
export interface Moments {
  readonly mean: number;
  readonly variance: number;
  readonly mu4: number;
}

/** Moments from the raw moments E[X], E[X²], E[X³], E[X⁴]. */
export function fromRaw(m1: number, m2: number, m3: number, m4: number): Moments {
  return {
    mean: m1,
    variance: m2 - m1 * m1,
    mu4: m4 - 4 * m1 * m3 + 6 * m1 * m1 * m2 - 3 * m1 ** 4,
  };
}

/** Moments of a finite distribution given as values and probabilities. */
export function finiteMoments(values: readonly number[], probs: readonly number[]): Moments {
  let mean = 0;
  values.forEach((v, i) => {
    mean += v * probs[i]!;
  });
  let variance = 0;
  let mu4 = 0;
  values.forEach((v, i) => {
    const d = v - mean;
    variance += d * d * probs[i]!;
    mu4 += d ** 4 * probs[i]!;
  });
  return { mean, variance, mu4 };
}

/** Sample mean and variance (divisor n − 1) by Welford's update. */
export function sampleMoments(draw: () => number, n: number): { mean: number; variance: number } {
  let mean = 0;
  let m2 = 0;
  for (let i = 1; i <= n; i++) {
    const x = draw();
    const delta = x - mean;
    mean += delta / i;
    m2 += delta * (x - mean);
  }
  return { mean, variance: m2 / (n - 1) };
}

/** Asserts the sample mean and variance of n draws are within Z standard errors of `m`. */
export function expectMoments(draw: () => number, n: number, m: Moments): void {
  const s = sampleMoments(draw, n);
  const seMean = Math.sqrt(m.variance / n);
  const sigma4 = m.variance * m.variance;
  const seVar = Math.sqrt((m.mu4 - sigma4 + (2 * sigma4) / (n - 1)) / n);
  const meanMsg = `sample mean ${s.mean} vs ${m.mean} (se ${seMean})`;
  expect(Math.abs(s.mean - m.mean), meanMsg).toBeLessThan(Z * seMean);
  const varMsg = `sample variance ${s.variance} vs ${m.variance} (se ${seVar})`;
  expect(Math.abs(s.variance - m.variance), varMsg).toBeLessThan(Z * seVar);
}

/** erfc(x), Chebyshev fit with relative error < 1.2e-7 (Numerical Recipes' erfcc). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Standard normal CDF. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Kolmogorov–Smirnov statistic D of `n` draws against `cdf`, and its critical value at ALPHA. */
export function ksTest(
  draw: () => number,
  n: number,
  cdf: (x: number) => number,
): { d: number; critical: number } {
  const xs = Float64Array.from({ length: n }, draw).sort();
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(xs[i]!);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return { d, critical: Math.sqrt(-Math.log(ALPHA / 2) / 2) / Math.sqrt(n) };
}

/** Asserts draws pass KS against `cdf` at ALPHA. */
export function expectKs(draw: () => number, n: number, cdf: (x: number) => number): void {
  const { d, critical } = ksTest(draw, n, cdf);
  expect(d, `KS D = ${d}, critical ${critical}`).toBeLessThan(critical);
}

/** Upper ALPHA quantile of chi-square with k degrees of freedom (Wilson–Hilferty). */
export function chiSquareCritical(k: number): number {
  const c = 2 / (9 * k);
  return k * (1 - c + Z_ALPHA * Math.sqrt(c)) ** 3;
}

/**
 * Pearson chi-square of `n` integer draws against `pmf` on 0, 1, 2, … (support ends where the
 * remaining mass does), bins merged until each expects ≥ 20; the last bin holds the upper tail.
 */
export function chiSquareTest(
  draw: () => number,
  n: number,
  pmf: (k: number) => number,
): { statistic: number; critical: number; bins: number } {
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const k = draw();
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const upper: number[] = []; // inclusive upper k of each bin but the last
  const expected: number[] = [];
  let acc = 0;
  let cdf = 0;
  for (let k = 0; 1 - cdf > 1e-12 && n * (1 - cdf) >= 40; k++) {
    const p = pmf(k);
    acc += n * p;
    cdf += p;
    if (acc >= 20 && n * (1 - cdf) >= 20) {
      upper.push(k);
      expected.push(acc);
      acc = 0;
    }
  }
  expected.push(n - expected.reduce((a, b) => a + b, 0));
  const observed = new Array<number>(expected.length).fill(0);
  for (const [k, c] of counts) {
    let b = upper.findIndex((u) => k <= u);
    if (b < 0) b = upper.length;
    observed[b]! += c;
  }
  let statistic = 0;
  expected.forEach((e, i) => {
    statistic += (observed[i]! - e) ** 2 / e;
  });
  const bins = expected.length;
  return { statistic, critical: chiSquareCritical(bins - 1), bins };
}

/** Asserts integer draws pass a chi-square test against `pmf` at ALPHA. */
export function expectChiSquare(draw: () => number, n: number, pmf: (k: number) => number): void {
  const { statistic, critical, bins } = chiSquareTest(draw, n, pmf);
  expect(bins).toBeGreaterThan(2);
  expect(statistic, `chi-square ${statistic} on ${bins - 1} df, critical ${critical}`).toBeLessThan(
    critical,
  );
}

/** Expects `f` to throw an InvalidArgumentError whose field is `field` and whose message starts with it. */
export function expectInvalid(f: () => unknown, field: string): void {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InvalidArgumentError);
  expect((error as InvalidArgumentError).field).toBe(field);
  expect((error as InvalidArgumentError).message.startsWith(`${field}: expected `)).toBe(true);
}
