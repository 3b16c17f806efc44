import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import {
  exponential,
  lognormalFromMeanSd,
  normal,
  triangular,
  uniform,
  weibull,
} from '../../src/random/distributions.js';
import { empirical } from '../../src/random/empirical.js';
import { beta, gamma } from '../../src/random/gamma.js';
import { poisson } from '../../src/random/poisson.js';
import {
  type DistributionSpec,
  describeSpec,
  distributionNames,
  isDistributionSpec,
  meanOf,
  samplerOf,
  validateSpec,
  varianceOf,
} from '../../src/random/spec.js';
import type { Rng } from '../../src/random/streams.js';
import { expectInvalid, sampleMoments, testStream } from './_stats.js';

const EXAMPLES: readonly [DistributionSpec, (rng: Rng) => number][] = [
  [{ dist: 'constant', value: 3 }, () => 3],
  [{ dist: 'uniform', min: 1, max: 4 }, (r) => uniform(r, 1, 4)],
  [{ dist: 'exponential', mean: 36 }, (r) => exponential(r, 1 / 36)],
  [{ dist: 'normal', mean: 35, sd: 5 }, (r) => normal(r, 35, 5)],
  [{ dist: 'lognormal', mean: 5, sd: 2 }, (r) => lognormalFromMeanSd(r, 5, 2)],
  [{ dist: 'gamma', shape: 0.6, scale: 6 }, (r) => gamma(r, 0.6, 6)],
  [{ dist: 'beta', a: 0.5, b: 2 }, (r) => beta(r, 0.5, 2)],
  [{ dist: 'triangular', min: 40, mode: 55, max: 90 }, (r) => triangular(r, 40, 55, 90)],
  [{ dist: 'weibull', shape: 1.5, scale: 400 }, (r) => weibull(r, 1.5, 400)],
  [{ dist: 'poisson', mean: 42 }, (r) => poisson(r, 42)],
  [{ dist: 'empirical', values: [1.5, 2, 2, 6] }, (r) => empirical(r, [1.5, 2, 2, 6])],
];

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true });

/** Valid specs with moderate parameters (skewness small enough for n = 2000 sample means). */
const specArb: fc.Arbitrary<DistributionSpec> = fc.oneof(
  num(-1e3, 1e3).map((value) => ({ dist: 'constant', value }) as const),
  fc
    .tuple(num(-1e3, 1e3), num(-1e3, 1e3))
    .map(([a, b]) => ({ dist: 'uniform', min: Math.min(a, b), max: Math.max(a, b) }) as const),
  num(0.01, 100).map((mean) => ({ dist: 'exponential', mean }) as const),
  fc.tuple(num(-100, 100), num(0, 50)).map(([mean, sd]) => ({ dist: 'normal', mean, sd }) as const),
  fc
    .tuple(num(0.1, 100), num(0, 1))
    .map(([mean, cv]) => ({ dist: 'lognormal', mean, sd: cv * mean }) as const),
  fc
    .tuple(num(0.3, 50), num(0.01, 10))
    .map(([shape, scale]) => ({ dist: 'gamma', shape, scale }) as const),
  fc.tuple(num(0.1, 10), num(0.1, 10)).map(([a, b]) => ({ dist: 'beta', a, b }) as const),
  fc.tuple(num(-1e3, 1e3), num(-1e3, 1e3), num(-1e3, 1e3)).map((xs) => {
    const [min, mode, max] = xs.sort((u, v) => u - v);
    return { dist: 'triangular', min, mode, max } as const;
  }),
  fc
    .tuple(num(0.5, 10), num(0.1, 100))
    .map(([shape, scale]) => ({ dist: 'weibull', shape, scale }) as const),
  num(0, 1e5).map((mean) => ({ dist: 'poisson', mean }) as const),
  fc
    .array(num(-100, 100), { minLength: 1, maxLength: 20 })
    .map((values) => ({ dist: 'empirical', values }) as const),
);

describe('samplerOf', () => {
  it.each(EXAMPLES)(
    'samplerOf(%o) draws what the direct function draws on the same stream',
    (spec, direct) => {
      const a = testStream(`spec-${spec.dist}`);
      const b = testStream(`spec-${spec.dist}`);
      const draw = samplerOf(spec);
      for (let i = 0; i < 300; i++) expect(draw(b)).toBe(direct(a));
    },
  );

  it('samplerOf(spec) throws InvalidArgumentError naming the parameter, under the given path', () => {
    expectInvalid(() => samplerOf({ dist: 'normal', mean: 1, sd: -1 }), 'sd');
    expectInvalid(() => samplerOf({ dist: 'exponential', mean: 0 }), 'mean');
    expectInvalid(
      () => samplerOf({ dist: 'lognormal', mean: 5, sd: -1 }, 'fleet.repairTimeDays'),
      'fleet.repairTimeDays.sd',
    );
    expectInvalid(() => samplerOf({ dist: 'empirical', values: [1, Number.NaN] }), 'values[1]');
    expectInvalid(() => samplerOf({ dist: 'bogus' } as unknown as DistributionSpec), 'dist');
    expectInvalid(() => samplerOf(null as unknown as DistributionSpec), 'spec');
  });

  it('samplerOf({ dist: "constant", value }) returns value without drawing', () => {
    expect(samplerOf({ dist: 'constant', value: 7 })(() => Number.NaN)).toBe(7);
  });
});

describe('meanOf and varianceOf', () => {
  it.each([
    [{ dist: 'constant', value: 3 }, 3, 0],
    [{ dist: 'uniform', min: 1, max: 4 }, 2.5, 0.75],
    [{ dist: 'exponential', mean: 36 }, 36, 1296],
    [{ dist: 'normal', mean: 35, sd: 5 }, 35, 25],
    [{ dist: 'lognormal', mean: 5, sd: 2 }, 5, 4],
    [{ dist: 'gamma', shape: 4, scale: 6 }, 24, 144],
    [{ dist: 'beta', a: 2, b: 3 }, 0.4, 0.04],
    [{ dist: 'triangular', min: 1, mode: 2, max: 6 }, 3, 7 / 6],
    [{ dist: 'weibull', shape: 2, scale: 1 }, Math.sqrt(Math.PI) / 2, 1 - Math.PI / 4],
    [{ dist: 'weibull', shape: 1, scale: 3 }, 3, 9],
    [{ dist: 'poisson', mean: 42 }, 42, 42],
    [{ dist: 'empirical', values: [1, 2, 3, 6] }, 3, 3.5],
  ] as const)('meanOf(%o) and varianceOf(…) are the analytic moments', (spec, mean, variance) => {
    expect(meanOf(spec)).toBeCloseTo(mean, 12);
    expect(varianceOf(spec)).toBeCloseTo(variance, 12);
  });

  it('meanOf(spec) matches the sample mean of samplerOf(spec) within 5 standard errors', () => {
    // n = 2000 draws: the sample mean's standard error is √(varianceOf(spec)/n); z = 5 gives a
    // two-sided false-alarm rate of 5.7e-7 per spec. The parameter ranges of specArb keep the
    // skewness low enough for the normal approximation at this n. The 1e-9 relative slack
    // covers floating-point rounding when the variance is 0.
    const n = 2000;
    fc.assert(
      fc.property(specArb, fc.integer(), (spec, seed) => {
        expect(validateSpec(spec, 'spec')).toEqual([]);
        const rng = testStream('spec-prop', seed);
        const draw = samplerOf(spec);
        const { mean } = sampleMoments(() => draw(rng), n);
        const mu = meanOf(spec);
        const tolerance = 5 * Math.sqrt(varianceOf(spec) / n) + 1e-9 * Math.max(1, Math.abs(mu));
        expect(Math.abs(mean - mu), `${describeSpec(spec)}: ${mean} vs ${mu}`).toBeLessThanOrEqual(
          tolerance,
        );
      }),
      { seed: 8, numRuns: 150 },
    );
  });

  it('meanOf(spec) and varianceOf(spec) throw InvalidArgumentError on an invalid spec', () => {
    expectInvalid(() => meanOf({ dist: 'gamma', shape: -1, scale: 1 }), 'shape');
    expectInvalid(() => varianceOf({ dist: 'uniform', min: 2, max: 1 }), 'max');
  });
});

describe('validateSpec', () => {
  it('validateSpec(spec, path) returns no issues for valid specs', () => {
    for (const [spec] of EXAMPLES) expect(validateSpec(spec, 'x')).toEqual([]);
  });

  it('validateSpec(spec, path) reports the path and what was expected', () => {
    expect(
      validateSpec({ dist: 'lognormal', mean: 5, sd: -1 }, 'parameters.fleet.repairTimeDays'),
    ).toEqual([
      {
        path: 'parameters.fleet.repairTimeDays.sd',
        message: 'expected a non-negative number, got -1',
      },
    ]);
  });

  it('validateSpec(spec, path) reports every problem at once', () => {
    const issues = validateSpec({ dist: 'gamma', shape: 0, scale: 'big', stdev: 2 }, 'p');
    expect(issues).toEqual([
      { path: 'p.shape', message: 'expected a positive number, got 0' },
      { path: 'p.scale', message: 'expected a positive number, got "big"' },
      { path: 'p.stdev', message: 'expected no such property (gamma takes shape, scale), got 2' },
    ]);
  });

  it('validateSpec(spec, path) checks relations between parameters', () => {
    expect(validateSpec({ dist: 'uniform', min: 3, max: 1 }, 'u')).toEqual([
      { path: 'u.max', message: 'expected a number >= min (3), got 1' },
    ]);
    expect(validateSpec({ dist: 'triangular', min: 1, mode: 9, max: 5 }, 't')).toEqual([
      { path: 't.mode', message: 'expected a number in [min, max] = [1, 5], got 9' },
    ]);
  });

  it('validateSpec(spec, path) reports missing, non-finite and wrongly typed parameters', () => {
    expect(validateSpec({ dist: 'normal', mean: Number.NaN }, '')).toEqual([
      { path: 'mean', message: 'expected a finite number, got NaN' },
      { path: 'sd', message: 'expected a non-negative number, got undefined' },
    ]);
    expect(validateSpec({ dist: 'exponential', mean: Number.POSITIVE_INFINITY }, 'e')).toEqual([
      { path: 'e.mean', message: 'expected a finite positive number, got Infinity' },
    ]);
  });

  it('validateSpec(spec, path) names the bad element of an empirical spec', () => {
    expect(validateSpec({ dist: 'empirical', values: [1, null, 3] }, 'v')).toEqual([
      { path: 'v.values[1]', message: 'expected a finite number, got null' },
    ]);
    expect(validateSpec({ dist: 'empirical', values: [] }, 'v')).toEqual([
      {
        path: 'v.values',
        message: 'expected a non-empty array of finite numbers, got an array of length 0',
      },
    ]);
  });

  it('validateSpec(spec, path) rejects non-objects and unknown dist tags', () => {
    expect(validateSpec(5, 'a.b')).toEqual([
      {
        path: 'a.b',
        message: 'expected a distribution spec (an object with a "dist" field), got 5',
      },
    ]);
    const [issue] = validateSpec({ dist: 'cauchy' }, 'a.b');
    expect(issue?.path).toBe('a.b.dist');
    expect(issue?.message).toMatch(/^expected one of "constant", "uniform", .*, got "cauchy"$/);
    expect(isDistributionSpec({ dist: 'cauchy' })).toBe(false);
    expect(isDistributionSpec({ dist: 'poisson', mean: 2 })).toBe(true);
  });

  it('distributionNames lists every dist tag', () => {
    expect([...distributionNames].sort()).toEqual(EXAMPLES.map(([s]) => s.dist).sort());
  });
});

describe('describeSpec', () => {
  it.each([
    [{ dist: 'lognormal', mean: 5, sd: 2 }, 'lognormal(mean 5, sd 2)'],
    [{ dist: 'constant', value: 3 }, 'constant(3)'],
    [{ dist: 'triangular', min: 40, mode: 55, max: 90 }, 'triangular(min 40, mode 55, max 90)'],
    [{ dist: 'exponential', mean: 1 / 3 }, 'exponential(mean 0.333333)'],
    [{ dist: 'empirical', values: [1, 2, 3] }, 'empirical(3 values)'],
    [{ dist: 'empirical', values: [1] }, 'empirical(1 value)'],
  ] as const)('describeSpec(%o) is %s', (spec, text) => {
    expect(describeSpec(spec)).toBe(text);
  });
});

describe('specs are plain JSON', () => {
  it('a spec survives JSON.stringify/parse and samples the same', () => {
    for (const [spec] of EXAMPLES) {
      const copy = JSON.parse(JSON.stringify(spec)) as DistributionSpec;
      expect(copy).toEqual(spec);
      const a = testStream('json');
      const b = testStream('json');
      expect(samplerOf(copy)(a)).toBe(samplerOf(spec)(b));
    }
  });

  it('InvalidArgumentError from samplerOf carries the received value', () => {
    try {
      samplerOf({ dist: 'poisson', mean: -3 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).received).toBe(-3);
      expect((e as InvalidArgumentError).message).toBe(
        'mean: expected a non-negative number, got -3',
      );
    }
  });
});
