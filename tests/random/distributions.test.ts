import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gammaFunction } from '../../src/random/_internals/logGamma.js';
import {
  bernoulli,
  bernoulliSampler,
  exponential,
  exponentialSampler,
  lognormal,
  lognormalFromMeanSd,
  lognormalFromMeanSdSampler,
  lognormalParameters,
  lognormalSampler,
  normal,
  normalSampler,
  standardNormal,
  triangular,
  triangularSampler,
  uniform,
  uniformSampler,
  weibull,
  weibullSampler,
} from '../../src/random/distributions.js';
import { streams } from '../../src/random/streams.js';
import {
  expectInvalid,
  expectKs,
  expectMoments,
  finiteMoments,
  fromRaw,
  type Moments,
  normalCdf,
  testStream,
} from './_stats.js';

const N = 200_000;
const KS_N = 20_000;

function lognormalMoments(mu: number, sigma: number): Moments {
  const raw = (k: number) => Math.exp(k * mu + (k * k * sigma * sigma) / 2);
  return fromRaw(raw(1), raw(2), raw(3), raw(4));
}

function weibullMoments(shape: number, scale: number): Moments {
  const raw = (k: number) => scale ** k * gammaFunction(1 + k / shape);
  return fromRaw(raw(1), raw(2), raw(3), raw(4));
}

describe('uniform', () => {
  it('uniform(rng, min, max) has mean (min + max)/2 and variance (max − min)²/12', () => {
    const rng = testStream('uniform');
    const w = 7;
    expectMoments(() => uniform(rng, -2, 5), N, {
      mean: 1.5,
      variance: (w * w) / 12,
      mu4: w ** 4 / 80,
    });
  });

  it('uniform(rng, min, max) passes Kolmogorov–Smirnov against the uniform CDF', () => {
    const rng = testStream('uniform-ks');
    expectKs(
      () => uniform(rng, 10, 12),
      KS_N,
      (x) => (x - 10) / 2,
    );
  });

  it('uniform(rng, min, min) returns min', () => {
    expect(uniform(testStream('u0'), 3, 3)).toBe(3);
  });

  it('uniform(rng, min, max) stays in [min, max] for any finite bounds', () => {
    const bound = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(bound, bound, fc.integer(), (a, b, seed) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const rng = testStream('uniform-prop', seed);
        for (let i = 0; i < 20; i++) {
          const x = uniform(rng, min, max);
          if (!(x >= min && x <= max)) return false;
        }
        return true;
      }),
      { seed: 1, numRuns: 200 },
    );
  });
});

describe('exponential', () => {
  it('exponential(rng, rate) has mean 1/rate, variance 1/rate² and μ₄ 9/rate⁴', () => {
    const rng = testStream('exponential');
    const rate = 0.25;
    expectMoments(() => exponential(rng, rate), N, {
      mean: 1 / rate,
      variance: 1 / rate ** 2,
      mu4: 9 / rate ** 4,
    });
  });

  it('exponential(rng, rate) passes Kolmogorov–Smirnov against 1 − e^(−rate·x)', () => {
    const rng = testStream('exponential-ks');
    expectKs(
      () => exponential(rng, 3),
      KS_N,
      (x) => 1 - Math.exp(-3 * x),
    );
  });

  it('exponential(rng, rate) is never negative and never −0', () => {
    const rng = () => 0;
    expect(Object.is(exponential(rng, 2), 0)).toBe(true);
  });
});

describe('normal', () => {
  it('normal(rng, mean, sd) has mean, variance sd² and μ₄ 3sd⁴', () => {
    const rng = testStream('normal');
    expectMoments(() => normal(rng, 10, 3), N, { mean: 10, variance: 9, mu4: 3 * 81 });
  });

  it('normal(rng, mean, sd) passes Kolmogorov–Smirnov against Φ((x − mean)/sd)', () => {
    const rng = testStream('normal-ks');
    expectKs(
      () => normal(rng, -1, 2),
      KS_N,
      (x) => normalCdf((x + 1) / 2),
    );
  });

  it('normal(rng, mean, 0) returns mean', () => {
    expect(normal(testStream('n0'), 4, 0)).toBe(4);
  });

  it('standardNormal(rng) uses exactly two uniforms and keeps no state between calls', () => {
    let calls = 0;
    const counting = testStream('count');
    const rng = () => {
      calls++;
      return counting();
    };
    for (let i = 0; i < 100; i++) standardNormal(rng);
    expect(calls).toBe(200);
  });

  it('normal(rng, mean, sd) draws on one stream are unaffected by draws on another', () => {
    const alone = streams(7).replication(0);
    const a1 = alone.stream('a');
    const expected = Array.from({ length: 50 }, () => normal(a1, 0, 1));
    const mixed = streams(7).replication(0);
    const a2 = mixed.stream('a');
    const b = mixed.stream('b');
    const actual = Array.from({ length: 50 }, () => {
      normal(b, 0, 1);
      const x = normal(a2, 0, 1);
      normal(b, 0, 1);
      return x;
    });
    expect(actual).toEqual(expected);
  });
});

describe('lognormal', () => {
  it('lognormal(rng, mu, sigma) has mean exp(mu + sigma²/2) and the lognormal variance', () => {
    const rng = testStream('lognormal');
    expectMoments(() => lognormal(rng, 1, 0.5), N, lognormalMoments(1, 0.5));
  });

  it('lognormalFromMeanSd(rng, mean, sd) has mean `mean` and variance sd²', () => {
    const rng = testStream('lognormal-mean-sd');
    const { mu, sigma } = lognormalParameters(5, 2);
    const m = lognormalMoments(mu, sigma);
    expect(m.mean).toBeCloseTo(5, 12);
    expect(m.variance).toBeCloseTo(4, 11);
    expectMoments(() => lognormalFromMeanSd(rng, 5, 2), N, m);
  });

  it('lognormalFromMeanSd(rng, mean, sd) passes Kolmogorov–Smirnov against Φ((ln x − mu)/sigma)', () => {
    const rng = testStream('lognormal-ks');
    const { mu, sigma } = lognormalParameters(5, 2);
    expectKs(
      () => lognormalFromMeanSd(rng, 5, 2),
      KS_N,
      (x) => normalCdf((Math.log(x) - mu) / sigma),
    );
  });

  it('lognormalParameters(mean, sd) gives sigma² = ln(1 + sd²/mean²), mu = ln(mean) − sigma²/2', () => {
    const { mu, sigma } = lognormalParameters(5, 2);
    expect(sigma * sigma).toBeCloseTo(Math.log(1 + 4 / 25), 15);
    expect(mu).toBeCloseTo(Math.log(5) - Math.log(1 + 4 / 25) / 2, 15);
  });
});

describe('triangular', () => {
  it('triangular(rng, min, mode, max) has mean (min + mode + max)/3 and the triangular variance', () => {
    const rng = testStream('triangular');
    const [a, c, b] = [1, 2, 6];
    const variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    // Excess kurtosis of every triangular distribution is −3/5.
    expectMoments(() => triangular(rng, a, c, b), N, {
      mean: (a + b + c) / 3,
      variance,
      mu4: 2.4 * variance * variance,
    });
  });

  it('triangular(rng, min, mode, max) passes Kolmogorov–Smirnov against its CDF', () => {
    const rng = testStream('triangular-ks');
    const [a, c, b] = [0, 3, 4];
    const cdf = (x: number) =>
      x <= c
        ? ((x - a) * (x - a)) / ((b - a) * (c - a))
        : 1 - ((b - x) * (b - x)) / ((b - a) * (b - c));
    expectKs(() => triangular(rng, a, c, b), KS_N, cdf);
  });

  it('triangular(rng, min, mode, max) handles a mode at either end and min === max', () => {
    const rng = testStream('triangular-edges');
    for (let i = 0; i < 1000; i++) {
      const left = triangular(rng, 2, 2, 5);
      const right = triangular(rng, 2, 5, 5);
      expect(left >= 2 && left <= 5 && right >= 2 && right <= 5).toBe(true);
    }
    expect(triangular(rng, 3, 3, 3)).toBe(3);
  });

  it('triangular(rng, min, mode, max) always lies in [min, max]', () => {
    const x = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(x, x, x, fc.integer(), (p, q, r, seed) => {
        const [min, mode, max] = [p, q, r].sort((u, v) => u - v) as [number, number, number];
        const rng = testStream('triangular-prop', seed);
        for (let i = 0; i < 20; i++) {
          const t = triangular(rng, min, mode, max);
          if (!(t >= min && t <= max)) return false;
        }
        return true;
      }),
      { seed: 2, numRuns: 300 },
    );
  });
});

describe('weibull', () => {
  it('weibull(rng, shape, scale) has mean scale·Γ(1 + 1/shape) and variance scale²(Γ(1 + 2/shape) − Γ(1 + 1/shape)²)', () => {
    for (const [shape, scale] of [
      [0.7, 3],
      [1.5, 400],
      [4, 1],
    ] as const) {
      const rng = testStream(`weibull-${shape}`);
      expectMoments(() => weibull(rng, shape, scale), N, weibullMoments(shape, scale));
    }
  });

  it('weibull(rng, shape, scale) passes Kolmogorov–Smirnov against 1 − exp(−(x/scale)^shape)', () => {
    const rng = testStream('weibull-ks');
    expectKs(
      () => weibull(rng, 2.5, 10),
      KS_N,
      (x) => 1 - Math.exp(-((x / 10) ** 2.5)),
    );
  });

  it('weibull(rng, 1, scale) draws equal exponential(rng, 1/scale) up to rounding', () => {
    const r1 = testStream('weibull-exp');
    const r2 = testStream('weibull-exp');
    for (let i = 0; i < 100; i++) {
      expect(weibull(r1, 1, 4)).toBeCloseTo(exponential(r2, 1 / 4), 12);
    }
  });
});

describe('bernoulli', () => {
  it('bernoulli(rng, p) is true with probability p (variance p(1 − p))', () => {
    const rng = testStream('bernoulli');
    const p = 0.3;
    expectMoments(() => (bernoulli(rng, p) ? 1 : 0), N, finiteMoments([0, 1], [1 - p, p]));
  });

  it('bernoulli(rng, 0) is always false and bernoulli(rng, 1) always true', () => {
    const rng = testStream('bernoulli-edges');
    for (let i = 0; i < 1000; i++) {
      expect(bernoulli(rng, 0)).toBe(false);
      expect(bernoulli(rng, 1)).toBe(true);
    }
    expect(bernoulli(() => 0, 0)).toBe(false);
  });
});

describe('determinism and factories', () => {
  const cases: [
    string,
    (rng: () => number) => number | boolean,
    (rng: () => number) => number | boolean,
  ][] = [
    ['uniform', (r) => uniform(r, 1, 3), uniformSampler(1, 3)],
    ['exponential', (r) => exponential(r, 0.5), exponentialSampler(0.5)],
    ['normal', (r) => normal(r, 1, 2), normalSampler(1, 2)],
    ['lognormal', (r) => lognormal(r, 0.2, 0.7), lognormalSampler(0.2, 0.7)],
    ['lognormalFromMeanSd', (r) => lognormalFromMeanSd(r, 5, 2), lognormalFromMeanSdSampler(5, 2)],
    ['triangular', (r) => triangular(r, 1, 2, 6), triangularSampler(1, 2, 6)],
    ['weibull', (r) => weibull(r, 1.5, 3), weibullSampler(1.5, 3)],
    ['bernoulli', (r) => bernoulli(r, 0.4), bernoulliSampler(0.4)],
  ];

  it.each(cases)(
    '%s: the same seed gives the same sequence, another seed another',
    (name, plain) => {
      const run = (seed: number) => {
        const rng = streams(seed).replication(0).stream('test', name);
        return Array.from({ length: 200 }, () => plain(rng));
      };
      expect(run(11)).toEqual(run(11));
      if (name !== 'bernoulli') expect(run(11)).not.toEqual(run(12));
    },
  );

  it.each(cases)(
    '%sSampler(…) draws what the plain function draws on the same stream',
    (name, plain, sampler) => {
      const a = testStream(name);
      const b = testStream(name);
      for (let i = 0; i < 500; i++) expect(sampler(b)).toBe(plain(a));
    },
  );
});

describe('parameter validation', () => {
  const rng = testStream('invalid');
  it.each([
    ['uniform min NaN', () => uniform(rng, Number.NaN, 1), 'min'],
    ['uniform max Infinity', () => uniform(rng, 0, Number.POSITIVE_INFINITY), 'max'],
    ['uniform min > max', () => uniform(rng, 2, 1), 'max'],
    ['uniformSampler min > max', () => uniformSampler(2, 1), 'max'],
    ['exponential rate 0', () => exponential(rng, 0), 'rate'],
    ['exponential rate < 0', () => exponential(rng, -1), 'rate'],
    ['exponential rate NaN', () => exponential(rng, Number.NaN), 'rate'],
    [
      'exponentialSampler rate Infinity',
      () => exponentialSampler(Number.POSITIVE_INFINITY),
      'rate',
    ],
    ['normal mean NaN', () => normal(rng, Number.NaN, 1), 'mean'],
    ['normal sd < 0', () => normal(rng, 0, -1), 'sd'],
    ['normalSampler sd NaN', () => normalSampler(0, Number.NaN), 'sd'],
    ['lognormal sigma < 0', () => lognormal(rng, 0, -0.1), 'sigma'],
    ['lognormal mu Infinity', () => lognormal(rng, Number.POSITIVE_INFINITY, 1), 'mu'],
    ['lognormalFromMeanSd mean 0', () => lognormalFromMeanSd(rng, 0, 1), 'mean'],
    ['lognormalFromMeanSd sd < 0', () => lognormalFromMeanSd(rng, 1, -1), 'sd'],
    ['lognormalFromMeanSdSampler mean < 0', () => lognormalFromMeanSdSampler(-5, 1), 'mean'],
    ['triangular mode < min', () => triangular(rng, 1, 0, 2), 'mode'],
    ['triangular mode > max', () => triangular(rng, 1, 3, 2), 'mode'],
    ['triangular min > max', () => triangular(rng, 3, 2, 1), 'max'],
    ['triangularSampler min NaN', () => triangularSampler(Number.NaN, 1, 2), 'min'],
    ['weibull shape 0', () => weibull(rng, 0, 1), 'shape'],
    ['weibull scale < 0', () => weibull(rng, 1, -1), 'scale'],
    ['weibullSampler scale NaN', () => weibullSampler(1, Number.NaN), 'scale'],
    ['bernoulli p > 1', () => bernoulli(rng, 1.5), 'p'],
    ['bernoulli p < 0', () => bernoulli(rng, -0.1), 'p'],
    ['bernoulliSampler p NaN', () => bernoulliSampler(Number.NaN), 'p'],
    ['normal mean given as a string', () => normal(rng, '3' as unknown as number, 1), 'mean'],
  ] as const)('%s throws InvalidArgumentError naming the parameter', (_, f, field) => {
    expectInvalid(f, field);
  });

  it('the message says what was expected and what came', () => {
    expect(() => normal(rng, 0, -1)).toThrow('sd: expected a non-negative number, got -1');
    expect(() => exponential(rng, Number.NaN)).toThrow(
      'rate: expected a finite positive number, got NaN',
    );
    expect(() => uniform(rng, 2, 1)).toThrow('max: expected a number >= min (2), got 1');
  });
});
