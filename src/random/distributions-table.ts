/**
 * The one description of every distribution a `DistributionSpec` can name: its parameters
 * (name, domain, what it means), the relations between them, its sampler, its analytic mean and
 * variance, its support and a one-line description. `spec.ts` derives everything else from this
 * table: the zod schemas (hence the JSON Schema of scenario files and the TypeScript types),
 * validation and its messages, `samplerOf`, `meanOf`, `varianceOf`, `supportOf`, `describeSpec`.
 *
 * Adding a distribution is adding an entry here (and its sampler function in its own module);
 * `tests/random/spec.test.ts` checks that the schema and the table agree.
 *
 * @module
 */
import { gammaFunction } from './_internals/logGamma.js';
import {
  exponentialSampler,
  lognormalFromMeanSdSampler,
  normalSampler,
  type Sampler,
  triangularSampler,
  uniformSampler,
  weibullSampler,
} from './distributions.js';
import { empiricalSampler } from './empirical.js';
import { betaSampler, gammaSampler } from './gamma.js';
import { poissonSampler } from './poisson.js';

/**
 * Where a parameter's value must lie: `finite` (any finite number), `positive` (finite, > 0),
 * `nonNegative` (finite, ≥ 0) or `values` (a non-empty array of finite numbers).
 */
export type ParameterDomain = 'finite' | 'positive' | 'nonNegative' | 'values';

/** A {@link ParameterDomain}: what it is called in messages and the test of a value. */
export interface DomainRule {
  /** What a value should have been, as messages say it: `a positive number`. */
  readonly expected: string;
  /** `true` if `x` lies in the domain. */
  accepts(x: unknown): boolean;
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** The rule of each {@link ParameterDomain}. */
export const parameterDomains: { readonly [D in ParameterDomain]: DomainRule } = Object.freeze({
  finite: { expected: 'a finite number', accepts: isFiniteNumber },
  positive: { expected: 'a positive number', accepts: (x) => isFiniteNumber(x) && x > 0 },
  nonNegative: { expected: 'a non-negative number', accepts: (x) => isFiniteNumber(x) && x >= 0 },
  values: {
    expected: 'a non-empty array of finite numbers',
    accepts: (x) => {
      if (!Array.isArray(x) || x.length === 0) return false;
      // An index loop, not every(): a hole in a sparse array is a missing value.
      for (let i = 0; i < x.length; i++) if (!isFiniteNumber(x[i])) return false;
      return true;
    },
  },
});

/** One parameter of a distribution. */
export interface ParameterEntry {
  /** Where its value must lie. */
  readonly domain: ParameterDomain;
  /** One line for documentation (it becomes the parameter's JSON Schema `description`). */
  readonly description: string;
  /** Shown without its name by `describeSpec`: `constant(3)`, not `constant(value 3)`. */
  readonly bare?: boolean;
}

/** The parameters of a distribution, in the order they are written. */
export type ParameterEntries = { readonly [name: string]: ParameterEntry };

/** The value a parameter in domain `D` takes. */
export type DomainValue<D extends ParameterDomain> = D extends 'values'
  ? readonly number[]
  : number;

/** The parameter values of a distribution with parameters `P`, each in its domain. */
export type ParameterValues<P extends ParameterEntries> = {
  readonly [K in keyof P]: DomainValue<P[K]['domain']>;
};

/**
 * A relation between parameters that their domains alone do not express, such as min ≤ max.
 * Relations are checked in order once every parameter is in its domain, and only the first that
 * fails is reported: a later relation may presuppose an earlier one (min ≤ mode ≤ max means
 * nothing when max < min).
 */
export interface Relation<P extends ParameterEntries> {
  /** The parameter blamed when the relation fails. */
  readonly parameter: keyof P & string;
  /** `true` if the relation holds. */
  holds(values: ParameterValues<P>): boolean;
  /** What the blamed parameter should have been: `a number >= min (3)`. */
  expected(values: ParameterValues<P>): string;
}

/**
 * A bound of the support: a constant, or the name of the parameter that gives it (for a
 * parameter in the `values` domain, the least or greatest of its values).
 */
export type Bound<P extends ParameterEntries> = number | (keyof P & string);

/** One distribution of the table. Its callbacks receive values already checked. */
export interface DistributionEntry<P extends ParameterEntries = ParameterEntries> {
  /** One line for documentation (the JSON Schema `description` of the spec). */
  readonly description: string;
  /** Its parameters, in the order they are written. */
  readonly parameters: P;
  /** Relations between parameters, in the order they are checked. */
  readonly relations: readonly Relation<P>[];
  /**
   * The smallest closed interval holding every value it can draw, for every valid choice of
   * parameters: normal (-∞, ∞), lognormal [0, ∞) (0 is approached, and reached only by
   * underflow), constant [value, value], empirical [least value, greatest value]. Bounds are
   * the family's, not narrowed for degenerate parameters (a normal with sd 0 still has
   * (-∞, ∞)).
   */
  readonly support: { readonly lower: Bound<P>; readonly upper: Bound<P> };
  /**
   * Only for a family that can draw negative values whatever its parameters (its lower bound is
   * a negative constant): what to use instead where values must be non-negative, e.g.
   * `lognormal or gamma`. Such a family is left out of the non-negative schema.
   */
  readonly nonNegativeAlternative?: string | undefined;
  /** Its sampler: must draw exactly what the corresponding plain function draws. */
  sampler(values: ParameterValues<P>): Sampler;
  /** Its analytic mean. */
  mean(values: ParameterValues<P>): number;
  /** Its analytic variance. */
  variance(values: ParameterValues<P>): number;
}

/**
 * An entry, with its parameters' literal names and domains kept in its type (and whether it
 * names a non-negative alternative), so the schema's inferred types follow the table.
 */
function distribution<
  const P extends ParameterEntries,
  const A extends string | undefined = undefined,
>(
  entry: DistributionEntry<P> & { readonly nonNegativeAlternative?: A },
): DistributionEntry<P> & { readonly nonNegativeAlternative: A } {
  return Object.freeze(entry) as DistributionEntry<P> & { readonly nonNegativeAlternative: A };
}

/** Mean and variance (divisor n) of a list of numbers, by Welford's update. */
function moments(values: readonly number[]): { mean: number; variance: number } {
  let mean = 0;
  let m2 = 0;
  let n = 0;
  for (const x of values) {
    n += 1;
    const delta = x - mean;
    mean += delta / n;
    m2 += delta * (x - mean);
  }
  return { mean, variance: m2 / n };
}

const minNotAboveMax = {
  parameter: 'max',
  holds: ({ min, max }: { readonly min: number; readonly max: number }) => min <= max,
  expected: ({ min }: { readonly min: number }) => `a number >= min (${min})`,
} as const;

/**
 * Every distribution, keyed by its `dist` tag, in declaration order (the order of
 * `distributionNames` and of the schema's alternatives).
 */
export const distributionTable = Object.freeze({
  constant: distribution({
    description: 'Always `value`.',
    parameters: { value: { domain: 'finite', description: 'The value.', bare: true } },
    relations: [],
    support: { lower: 'value', upper: 'value' },
    sampler:
      ({ value }) =>
      () =>
        value,
    mean: ({ value }) => value,
    variance: () => 0,
  }),
  uniform: distribution({
    description: 'Uniform on [min, max).',
    parameters: {
      min: { domain: 'finite', description: 'Lower bound.' },
      max: { domain: 'finite', description: 'Upper bound, ≥ min.' },
    },
    relations: [minNotAboveMax],
    support: { lower: 'min', upper: 'max' },
    sampler: ({ min, max }) => uniformSampler(min, max),
    mean: ({ min, max }) => min + (max - min) / 2,
    variance: ({ min, max }) => ((max - min) * (max - min)) / 12,
  }),
  exponential: distribution({
    description: 'Exponential with the given mean (rate 1/mean).',
    parameters: { mean: { domain: 'positive', description: 'Mean, > 0.' } },
    relations: [],
    support: { lower: 0, upper: Number.POSITIVE_INFINITY },
    sampler: ({ mean }) => exponentialSampler(1 / mean),
    mean: ({ mean }) => mean,
    variance: ({ mean }) => mean * mean,
  }),
  normal: distribution({
    description: 'Normal (unbounded: can draw negative values).',
    parameters: {
      mean: { domain: 'finite', description: 'Mean.' },
      sd: { domain: 'nonNegative', description: 'Standard deviation, ≥ 0.' },
    },
    relations: [],
    support: { lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY },
    nonNegativeAlternative: 'lognormal or gamma',
    sampler: ({ mean, sd }) => normalSampler(mean, sd),
    mean: ({ mean }) => mean,
    variance: ({ sd }) => sd * sd,
  }),
  lognormal: distribution({
    description: 'Lognormal, stated by the mean and standard deviation of the value itself.',
    parameters: {
      mean: { domain: 'positive', description: 'Mean of the value, > 0.' },
      sd: { domain: 'nonNegative', description: 'Standard deviation of the value, ≥ 0.' },
    },
    relations: [],
    support: { lower: 0, upper: Number.POSITIVE_INFINITY },
    sampler: ({ mean, sd }) => lognormalFromMeanSdSampler(mean, sd),
    mean: ({ mean }) => mean,
    variance: ({ sd }) => sd * sd,
  }),
  gamma: distribution({
    description: 'Gamma with shape k and scale θ: mean kθ, variance kθ².',
    parameters: {
      shape: { domain: 'positive', description: 'Shape k, > 0.' },
      scale: { domain: 'positive', description: 'Scale θ, > 0.' },
    },
    relations: [],
    support: { lower: 0, upper: Number.POSITIVE_INFINITY },
    sampler: ({ shape, scale }) => gammaSampler(shape, scale),
    mean: ({ shape, scale }) => shape * scale,
    variance: ({ shape, scale }) => shape * scale * scale,
  }),
  beta: distribution({
    description: 'Beta on [0, 1] with shapes a and b: mean a/(a + b).',
    parameters: {
      a: { domain: 'positive', description: 'First shape, > 0.' },
      b: { domain: 'positive', description: 'Second shape, > 0.' },
    },
    relations: [],
    support: { lower: 0, upper: 1 },
    sampler: ({ a, b }) => betaSampler(a, b),
    mean: ({ a, b }) => a / (a + b),
    variance: ({ a, b }) => (a * b) / ((a + b) * (a + b) * (a + b + 1)),
  }),
  triangular: distribution({
    description: 'Triangular on [min, max] peaking at mode.',
    parameters: {
      min: { domain: 'finite', description: 'Smallest value.' },
      mode: { domain: 'finite', description: 'Most likely value, in [min, max].' },
      max: { domain: 'finite', description: 'Largest value, ≥ min.' },
    },
    relations: [
      minNotAboveMax,
      {
        parameter: 'mode',
        holds: ({ min, mode, max }) => min <= mode && mode <= max,
        expected: ({ min, max }) => `a number in [min, max] = [${min}, ${max}]`,
      },
    ],
    support: { lower: 'min', upper: 'max' },
    sampler: ({ min, mode, max }) => triangularSampler(min, mode, max),
    mean: ({ min, mode, max }) => (min + mode + max) / 3,
    variance: ({ min: a, mode: c, max: b }) => (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
  }),
  weibull: distribution({
    description: 'Weibull with shape k and scale λ: mean λΓ(1 + 1/k).',
    parameters: {
      shape: { domain: 'positive', description: 'Shape k, > 0.' },
      scale: { domain: 'positive', description: 'Scale λ, > 0.' },
    },
    relations: [],
    support: { lower: 0, upper: Number.POSITIVE_INFINITY },
    sampler: ({ shape, scale }) => weibullSampler(shape, scale),
    mean: ({ shape, scale }) => scale * gammaFunction(1 + 1 / shape),
    variance: ({ shape, scale }) => {
      const g1 = gammaFunction(1 + 1 / shape);
      const g2 = gammaFunction(1 + 2 / shape);
      return scale * scale * (g2 - g1 * g1);
    },
  }),
  poisson: distribution({
    description: 'Poisson count with the given mean (integer values).',
    parameters: { mean: { domain: 'nonNegative', description: 'Mean count, ≥ 0.' } },
    relations: [],
    support: { lower: 0, upper: Number.POSITIVE_INFINITY },
    sampler: ({ mean }) => poissonSampler(mean),
    mean: ({ mean }) => mean,
    variance: ({ mean }) => mean,
  }),
  empirical: distribution({
    description: 'Uniform pick among observed values.',
    parameters: { values: { domain: 'values', description: 'Observed values, non-empty.' } },
    relations: [],
    support: { lower: 'values', upper: 'values' },
    sampler: ({ values }) => empiricalSampler(values),
    mean: ({ values }) => moments(values).mean,
    variance: ({ values }) => moments(values).variance,
  }),
});
