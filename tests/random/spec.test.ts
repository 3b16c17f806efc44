import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { InvalidArgumentError } from '../../src/errors.js';
import {
  exponential,
  lognormalFromMeanSd,
  normal,
  triangular,
  uniform,
  weibull,
} from '../../src/random/distributions.js';
import {
  type DistributionEntry,
  distributionTable,
  type ParameterDomain,
  type ParameterEntries,
  parameterDomains,
} from '../../src/random/distributions-table.js';
import { empirical } from '../../src/random/empirical.js';
import { beta, gamma } from '../../src/random/gamma.js';
import { poisson } from '../../src/random/poisson.js';
import {
  type ConstantSpec,
  type DistributionName,
  type DistributionSpec,
  describeSpec,
  distributionNames,
  distributionSpecSchema,
  type EmpiricalSpec,
  isDistributionSpec,
  type LognormalSpec,
  meanOf,
  type NonNegativeDistributionSpec,
  type NormalSpec,
  nonNegativeDistributionSpecSchema,
  samplerOf,
  supportOf,
  type TriangularSpec,
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

type SpecOf<N extends DistributionName> = Extract<DistributionSpec, { dist: N }>;

/**
 * The plain function each distribution's sampler must match draw for draw, written out here
 * independently of the table (a missing distribution is a type error).
 */
const DIRECT: { readonly [N in DistributionName]: (spec: SpecOf<N>, rng: Rng) => number } = {
  constant: (s) => s.value,
  uniform: (s, r) => uniform(r, s.min, s.max),
  exponential: (s, r) => exponential(r, 1 / s.mean),
  normal: (s, r) => normal(r, s.mean, s.sd),
  lognormal: (s, r) => lognormalFromMeanSd(r, s.mean, s.sd),
  gamma: (s, r) => gamma(r, s.shape, s.scale),
  beta: (s, r) => beta(r, s.a, s.b),
  triangular: (s, r) => triangular(r, s.min, s.mode, s.max),
  weibull: (s, r) => weibull(r, s.shape, s.scale),
  poisson: (s, r) => poisson(r, s.mean),
  empirical: (s, r) => empirical(r, s.values),
};

function direct(spec: DistributionSpec, rng: Rng): number {
  return (DIRECT[spec.dist] as (s: DistributionSpec, r: Rng) => number)(spec, rng);
}

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true });

/**
 * Valid specs of each distribution with moderate parameters (skewness small enough for n = 2000
 * sample means). A missing distribution is a type error.
 */
const SPEC_ARBS: { readonly [N in DistributionName]: fc.Arbitrary<SpecOf<N>> } = {
  constant: num(-1e3, 1e3).map((value) => ({ dist: 'constant', value }) as const),
  uniform: fc
    .tuple(num(-1e3, 1e3), num(-1e3, 1e3))
    .map(([a, b]) => ({ dist: 'uniform', min: Math.min(a, b), max: Math.max(a, b) }) as const),
  exponential: num(0.01, 100).map((mean) => ({ dist: 'exponential', mean }) as const),
  normal: fc
    .tuple(num(-100, 100), num(0, 50))
    .map(([mean, sd]) => ({ dist: 'normal', mean, sd }) as const),
  lognormal: fc
    .tuple(num(0.1, 100), num(0, 1))
    .map(([mean, cv]) => ({ dist: 'lognormal', mean, sd: cv * mean }) as const),
  gamma: fc
    .tuple(num(0.3, 50), num(0.01, 10))
    .map(([shape, scale]) => ({ dist: 'gamma', shape, scale }) as const),
  beta: fc.tuple(num(0.1, 10), num(0.1, 10)).map(([a, b]) => ({ dist: 'beta', a, b }) as const),
  triangular: fc.tuple(num(-1e3, 1e3), num(-1e3, 1e3), num(-1e3, 1e3)).map((xs) => {
    const [min, mode, max] = xs.sort((u, v) => u - v);
    return { dist: 'triangular', min, mode, max } as const;
  }),
  weibull: fc
    .tuple(num(0.5, 10), num(0.1, 100))
    .map(([shape, scale]) => ({ dist: 'weibull', shape, scale }) as const),
  poisson: num(0, 1e5).map((mean) => ({ dist: 'poisson', mean }) as const),
  empirical: fc
    .array(num(-100, 100), { minLength: 1, maxLength: 20 })
    .map((values) => ({ dist: 'empirical', values }) as const),
};

const specArb: fc.Arbitrary<DistributionSpec> = fc.oneof(
  ...distributionNames.map((name) => SPEC_ARBS[name] as fc.Arbitrary<DistributionSpec>),
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

  it.each(distributionNames)(
    'samplerOf(spec) draws what the direct function draws, for any %s parameters',
    (name) => {
      fc.assert(
        fc.property(
          SPEC_ARBS[name] as fc.Arbitrary<DistributionSpec>,
          fc.integer(),
          (spec, seed) => {
            const a = testStream(`same-${name}`, seed);
            const b = testStream(`same-${name}`, seed);
            const draw = samplerOf(spec);
            for (let i = 0; i < 50; i++) expect(draw(b)).toBe(direct(spec, a));
            // Same number of uniforms consumed: the streams are still in step.
            expect(b()).toBe(a());
          },
        ),
        { seed: 11, numRuns: 60 },
      );
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

  it('validateSpec(spec, path) reports only the first failing relation, and none while a parameter is bad', () => {
    // With max < min, "min <= mode <= max" means nothing: only max is blamed.
    expect(validateSpec({ dist: 'triangular', min: 5, mode: 9, max: 1 }, 't')).toEqual([
      { path: 't.max', message: 'expected a number >= min (5), got 1' },
    ]);
    expect(validateSpec({ dist: 'uniform', min: 3, max: 1, width: 2 }, 'u')).toEqual([
      { path: 'u.max', message: 'expected a number >= min (3), got 1' },
      { path: 'u.width', message: 'expected no such property (uniform takes min, max), got 2' },
    ]);
    expect(validateSpec({ dist: 'uniform', min: -2, max: -3 }, 'u', { nonNegative: true })).toEqual(
      [{ path: 'u.min', message: 'expected a distribution of non-negative values, got -2' }],
    );
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

// ------------------------------------------------------------------ schema, table and checks agree

const table = distributionTable as unknown as Readonly<
  Record<string, DistributionEntry<ParameterEntries>>
>;
const tableNames = Object.keys(table);

/** The `dist` literal of each alternative of a discriminated union built by spec.ts. */
function schemaNames(
  schema: typeof distributionSpecSchema | typeof nonNegativeDistributionSpecSchema,
) {
  return schema.options.map((option) => option.unwrap().shape.dist.value as string);
}

/**
 * The oracle: is `x` valid by the table alone (an object whose `dist` is in the table, each
 * parameter accepted by its domain's predicate, each relation holding, no other key)?
 */
function tableAccepts(x: unknown): boolean {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const record = x as Record<string, unknown>;
  const dist = record.dist;
  if (typeof dist !== 'string' || !Object.hasOwn(table, dist)) return false;
  const entry = table[dist]!;
  if (Object.keys(record).some((k) => k !== 'dist' && !Object.hasOwn(entry.parameters, k))) {
    return false;
  }
  for (const [key, { domain }] of Object.entries(entry.parameters)) {
    if (!parameterDomains[domain].accepts(record[key])) return false;
  }
  const values = record as Parameters<typeof entry.mean>[0];
  return entry.relations.every((relation) => relation.holds(values));
}

/** Anything at all, weighted towards the edges of the numeric domains. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, Number.NaN),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.constantFrom(undefined, null, true, '1', ''),
  fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double(), fc.constant(null)), {
    maxLength: 4,
  }),
  fc.constant({}),
);

/** A value of `domain`, mostly valid, often on its boundary or tied with another parameter. */
function nearly(domain: ParameterDomain): fc.Arbitrary<unknown> {
  const finite = fc.oneof(
    fc.integer({ min: -3, max: 3 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
  const valid =
    domain === 'values'
      ? fc.oneof(
          { weight: 6, arbitrary: fc.array(finite, { minLength: 1, maxLength: 5 }) },
          // A hole is a missing value, not a skipped one.
          fc.sparseArray(finite, { minNumElements: 1, maxLength: 5 }),
        )
      : domain === 'positive'
        ? fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant(Number.MIN_VALUE), finite)
        : domain === 'nonNegative'
          ? fc.oneof(fc.constantFrom(0, -0, 2), finite)
          : finite;
  return fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: anyValue });
}

const MISSING = Symbol('missing');
const allKeys = [...new Set(tableNames.flatMap((n) => Object.keys(table[n]!.parameters))), 'stdev'];

/** Spec-like values: mostly valid specs, otherwise wrong in one or several ways. */
const specLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: anyValue },
  {
    weight: 12,
    arbitrary: fc
      .oneof(
        { weight: 10, arbitrary: fc.constantFrom(...tableNames) },
        { weight: 1, arbitrary: fc.constantFrom('cauchy', 'toString', undefined, 3) },
      )
      .chain((dist) => {
        const own =
          typeof dist === 'string' && Object.hasOwn(table, dist) ? table[dist]! : undefined;
        const fields = allKeys.map((key) => {
          const parameter = own?.parameters[key];
          return parameter !== undefined
            ? fc.oneof({ weight: 15, arbitrary: nearly(parameter.domain) }, fc.constant(MISSING))
            : fc.oneof({ weight: 25, arbitrary: fc.constant(MISSING) }, anyValue);
        });
        return fc.tuple(...fields).map((values) => {
          const spec: Record<string, unknown> = { dist };
          values.forEach((v, i) => {
            if (v !== MISSING) spec[allKeys[i]!] = v;
          });
          return spec;
        });
      }),
  },
);

describe('the schema, the checks and the table agree', () => {
  it('distributionSpecSchema has one alternative per entry of the table, in its order', () => {
    expect(schemaNames(distributionSpecSchema)).toEqual(tableNames);
    expect([...distributionNames]).toEqual(tableNames);
  });

  it('each alternative of distributionSpecSchema has exactly dist and the parameters of its entry', () => {
    for (const option of distributionSpecSchema.options) {
      const shape = option.unwrap().shape;
      const entry = table[shape.dist.value]!;
      expect(Object.keys(shape)).toEqual(['dist', ...Object.keys(entry.parameters)]);
    }
  });

  it("distributionSpecSchema accepts a spec iff the table's domains and relations accept it", () => {
    let accepted = 0;
    fc.assert(
      fc.property(specLike, (x) => {
        const expected = tableAccepts(x);
        if (expected) accepted += 1;
        expect(distributionSpecSchema.safeParse(x).success).toBe(expected);
        expect(isDistributionSpec(x)).toBe(expected);
        const issues = validateSpec(x, 'p');
        expect(issues.length === 0).toBe(expected);
        for (const issue of issues) {
          expect(issue.message).toMatch(/^expected .+, got .+$/);
          expect(issue.path === 'p' || issue.path.startsWith('p.')).toBe(true);
        }
      }),
      { seed: 5, numRuns: 5000 },
    );
    // Both answers must be common, or the property says little.
    expect(accepted).toBeGreaterThan(500);
    expect(accepted).toBeLessThan(4500);
  });

  it('every parameter domain is enforced by the schema: one bad parameter is reported at its path', () => {
    fc.assert(
      fc.property(specArb, anyValue, fc.nat(), (spec, bad, which) => {
        const keys = Object.keys(table[spec.dist]!.parameters);
        const key = keys[which % keys.length]!;
        const { domain } = table[spec.dist]!.parameters[key]!;
        fc.pre(!parameterDomains[domain].accepts(bad));
        const broken = { ...spec, [key]: bad };
        expect(distributionSpecSchema.safeParse(broken).success).toBe(false);
        expect(validateSpec(broken, 'p')[0]?.path).toMatch(new RegExp(`^p\\.${key}(\\[\\d+\\])?$`));
      }),
      { seed: 6, numRuns: 1000 },
    );
  });

  it('nonNegativeDistributionSpecSchema accepts a spec iff it is valid and supportOf(spec).min >= 0', () => {
    let accepted = 0;
    fc.assert(
      fc.property(specLike, (x) => {
        const expected = tableAccepts(x) && supportOf(x as DistributionSpec).min >= 0;
        if (expected) accepted += 1;
        expect(nonNegativeDistributionSpecSchema.safeParse(x).success).toBe(expected);
        expect(isDistributionSpec(x, { nonNegative: true })).toBe(expected);
        expect(validateSpec(x, 'p', { nonNegative: true }).length === 0).toBe(expected);
      }),
      { seed: 7, numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('nonNegativeDistributionSpecSchema leaves out exactly the families with a negative constant lower bound', () => {
    const signed = tableNames.filter((n) => {
      const { lower } = table[n]!.support;
      return typeof lower === 'number' && lower < 0;
    });
    expect(signed).toEqual(['normal']);
    expect(schemaNames(nonNegativeDistributionSpecSchema)).toEqual(
      tableNames.filter((n) => !signed.includes(n)),
    );
  });
});

describe('supportOf', () => {
  it.each([
    [{ dist: 'constant', value: 3 }, 3, 3],
    [{ dist: 'uniform', min: 1, max: 4 }, 1, 4],
    [{ dist: 'exponential', mean: 36 }, 0, Number.POSITIVE_INFINITY],
    [{ dist: 'normal', mean: 35, sd: 5 }, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
    [{ dist: 'lognormal', mean: 5, sd: 2 }, 0, Number.POSITIVE_INFINITY],
    [{ dist: 'gamma', shape: 4, scale: 6 }, 0, Number.POSITIVE_INFINITY],
    [{ dist: 'beta', a: 2, b: 3 }, 0, 1],
    [{ dist: 'triangular', min: 1, mode: 2, max: 6 }, 1, 6],
    [{ dist: 'weibull', shape: 2, scale: 1 }, 0, Number.POSITIVE_INFINITY],
    [{ dist: 'poisson', mean: 42 }, 0, Number.POSITIVE_INFINITY],
    [{ dist: 'empirical', values: [3, -1, 6, 2] }, -1, 6],
  ] as const)('supportOf(%o) is [%d, %d]', (spec, min, max) => {
    expect(supportOf(spec)).toEqual({ min, max });
  });

  it('samplerOf(spec) draws only values inside supportOf(spec)', () => {
    fc.assert(
      fc.property(specArb, fc.integer(), (spec, seed) => {
        const { min, max } = supportOf(spec);
        const draw = samplerOf(spec);
        const rng = testStream('support', seed);
        for (let i = 0; i < 200; i++) {
          const x = draw(rng);
          expect(x >= min && x <= max, `${describeSpec(spec)} drew ${x}`).toBe(true);
        }
      }),
      { seed: 9, numRuns: 300 },
    );
  });

  it('supportOf(spec) throws InvalidArgumentError on an invalid spec', () => {
    expectInvalid(() => supportOf({ dist: 'empirical', values: [] }), 'values');
  });
});

describe('validateSpec(spec, path, { nonNegative: true })', () => {
  it('refuses a normal at dist, saying what to use instead', () => {
    expect(validateSpec({ dist: 'normal', mean: 5, sd: 1 }, 'p.x', { nonNegative: true })).toEqual([
      {
        path: 'p.x.dist',
        message:
          'expected a distribution of non-negative values (a normal can draw negative values; use lognormal or gamma), got "normal"',
      },
    ]);
  });

  it('names the negative value of a constant, uniform, triangular or empirical', () => {
    const negative = (path: string, got: number) => ({
      path,
      message: `expected a distribution of non-negative values, got ${got}`,
    });
    const check = (spec: unknown) => validateSpec(spec, 'p', { nonNegative: true });
    expect(check({ dist: 'constant', value: -1 })).toEqual([negative('p.value', -1)]);
    expect(check({ dist: 'uniform', min: -2, max: 1 })).toEqual([negative('p.min', -2)]);
    expect(check({ dist: 'triangular', min: -2, mode: 0, max: 1 })).toEqual([
      negative('p.min', -2),
    ]);
    expect(check({ dist: 'empirical', values: [1, -1, 2, -0.5] })).toEqual([
      negative('p.values[1]', -1),
      negative('p.values[3]', -0.5),
    ]);
  });

  it('accepts what can only draw non-negative values, and reports other problems as usual', () => {
    const check = (spec: unknown) => validateSpec(spec, 'p', { nonNegative: true });
    expect(check({ dist: 'constant', value: 0 })).toEqual([]);
    expect(check({ dist: 'uniform', min: 0, max: 3 })).toEqual([]);
    expect(check({ dist: 'lognormal', mean: 5, sd: 2 })).toEqual([]);
    expect(check({ dist: 'poisson', mean: 0 })).toEqual([]);
    expect(check({ dist: 'lognormal', mean: 5, sd: -2 })).toEqual([
      { path: 'p.sd', message: 'expected a non-negative number, got -2' },
    ]);
    expect(check({ dist: 'uniform', min: 3, max: 1 })).toEqual([
      { path: 'p.max', message: 'expected a number >= min (3), got 1' },
    ]);
    const [issue] = check({ dist: 'cauchy' });
    expect(issue?.message).not.toMatch(/"normal"/);
  });

  it("the schema's own messages say what was expected", () => {
    const result = nonNegativeDistributionSpecSchema.safeParse({ dist: 'normal', mean: 5, sd: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [
        ['dist'],
        'expected a distribution of non-negative values (a normal can draw negative values; use lognormal or gamma)',
      ],
    ]);
  });
});

describe('the JSON Schema of distributionSpecSchema', () => {
  interface Property {
    readonly const?: string;
    readonly description?: string;
    readonly minimum?: number;
    readonly exclusiveMinimum?: number;
    readonly minItems?: number;
    readonly items?: Property;
  }
  interface Alternative {
    readonly description?: string;
    readonly additionalProperties?: unknown;
    readonly required?: readonly string[];
    readonly properties: Readonly<Record<string, Property>>;
  }
  /** The alternatives of the JSON Schema of `schema`, keyed by `dist`, in order. */
  const alternatives = (schema: z.ZodType): Map<string, Alternative> =>
    new Map(
      (z.toJSONSchema(schema) as { oneOf: Alternative[] }).oneOf.map((a) => [
        a.properties.dist?.const ?? '',
        a,
      ]),
    );
  /** The JSON Schema of parameter `key` of `dist`. */
  const property = (schema: z.ZodType, dist: string, key: string): Property | undefined =>
    alternatives(schema).get(dist)?.properties[key];

  it("documents every distribution and every parameter with the table's descriptions", () => {
    const all = alternatives(distributionSpecSchema);
    expect([...all.keys()]).toEqual(tableNames);
    for (const [dist, alternative] of all) {
      const entry = table[dist]!;
      expect(alternative.description).toBe(entry.description);
      expect(alternative.additionalProperties).toBe(false);
      expect(alternative.required).toEqual(['dist', ...Object.keys(entry.parameters)]);
      for (const [key, parameter] of Object.entries(entry.parameters)) {
        expect(alternative.properties[key]?.description, `${dist}.${key}`).toBe(
          parameter.description,
        );
      }
    }
  });

  it('states the domains: exclusiveMinimum 0 for positive, minimum 0 for non-negative', () => {
    const s = distributionSpecSchema;
    expect(property(s, 'exponential', 'mean')?.exclusiveMinimum).toBe(0);
    expect(property(s, 'lognormal', 'sd')?.minimum).toBe(0);
    expect(property(s, 'empirical', 'values')?.minItems).toBe(1);
    expect(property(s, 'constant', 'value')?.minimum).toBeUndefined();
  });

  it("used twice with reused: 'ref', only the union itself becomes a $defs entry", () => {
    // Refinements made as copies of a parent schema would make z.toJSONSchema see every
    // parameter twice and move each to $defs of its own.
    for (const schema of [distributionSpecSchema, nonNegativeDistributionSpecSchema]) {
      const twice = z.strictObject({ a: schema, b: schema });
      const { $defs } = z.toJSONSchema(twice, { reused: 'ref' }) as { $defs?: object };
      expect(Object.keys($defs ?? {})).toHaveLength(1);
    }
  });

  it('for nonNegativeDistributionSpecSchema, puts minimum 0 on the parameter giving the lower bound', () => {
    const s = nonNegativeDistributionSpecSchema;
    expect([...alternatives(s).keys()]).not.toContain('normal');
    expect(property(s, 'constant', 'value')?.minimum).toBe(0);
    expect(property(s, 'uniform', 'min')?.minimum).toBe(0);
    expect(property(s, 'triangular', 'min')?.minimum).toBe(0);
    expect(property(s, 'empirical', 'values')?.items?.minimum).toBe(0);
  });
});

describe('types', () => {
  it('DistributionSpec and the per-distribution types are the readonly objects of the table', () => {
    expectTypeOf<DistributionName>().toEqualTypeOf<
      | 'constant'
      | 'uniform'
      | 'exponential'
      | 'normal'
      | 'lognormal'
      | 'gamma'
      | 'beta'
      | 'triangular'
      | 'weibull'
      | 'poisson'
      | 'empirical'
    >();
    expectTypeOf<DistributionName>().toEqualTypeOf<keyof typeof distributionTable>();
    expectTypeOf<ConstantSpec>().toEqualTypeOf<{
      readonly dist: 'constant';
      readonly value: number;
    }>();
    expectTypeOf<LognormalSpec>().toEqualTypeOf<{
      readonly dist: 'lognormal';
      readonly mean: number;
      readonly sd: number;
    }>();
    expectTypeOf<TriangularSpec>().toEqualTypeOf<{
      readonly dist: 'triangular';
      readonly min: number;
      readonly mode: number;
      readonly max: number;
    }>();
    expectTypeOf<EmpiricalSpec>().toEqualTypeOf<{
      readonly dist: 'empirical';
      readonly values: readonly number[];
    }>();
    expectTypeOf<z.infer<typeof distributionSpecSchema>>().toEqualTypeOf<DistributionSpec>();
  });

  it('NonNegativeDistributionSpec is DistributionSpec without the normal', () => {
    expectTypeOf<NonNegativeDistributionSpec>().toEqualTypeOf<
      Exclude<DistributionSpec, NormalSpec>
    >();
    expectTypeOf<NonNegativeDistributionSpec>().toExtend<DistributionSpec>();
    const x: unknown = { dist: 'poisson', mean: 2 };
    if (isDistributionSpec(x, { nonNegative: true })) {
      expectTypeOf(x).toEqualTypeOf<NonNegativeDistributionSpec>();
    }
  });
});
