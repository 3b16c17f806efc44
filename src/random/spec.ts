/**
 * Serialisable distribution specs: the plain JSON objects that scenario files use to state an
 * uncertain quantity, e.g. `{ "dist": "lognormal", "mean": 5, "sd": 2 }` for a repair time in
 * days. Parameters are the ones a planner states (mean and standard deviation where that is
 * natural), not the sampler's internal ones.
 *
 * - {@link validateSpec} reports every problem with its path, for scenario validation;
 * - {@link samplerOf} turns a spec into a validated `(rng) => number`;
 * - {@link meanOf} and {@link varianceOf} give the analytic moments, {@link describeSpec} a label.
 *
 * @module
 */
import { describeValue, InvalidArgumentError, type ValidationIssue } from '../errors.js';
import { expectedFor } from './_internals/check.js';
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

/** Always `value`. */
export interface ConstantSpec {
  readonly dist: 'constant';
  /** The value, a finite number. */
  readonly value: number;
}
/** Uniform on [min, max). */
export interface UniformSpec {
  readonly dist: 'uniform';
  /** Lower bound, finite. */
  readonly min: number;
  /** Upper bound, finite, ≥ min. */
  readonly max: number;
}
/** Exponential with the given mean (rate 1/mean). */
export interface ExponentialSpec {
  readonly dist: 'exponential';
  /** Mean, > 0. */
  readonly mean: number;
}
/** Normal (unbounded: can be negative). */
export interface NormalSpec {
  readonly dist: 'normal';
  /** Mean, finite. */
  readonly mean: number;
  /** Standard deviation, ≥ 0. */
  readonly sd: number;
}
/** Lognormal, stated by the mean and standard deviation of the value itself. */
export interface LognormalSpec {
  readonly dist: 'lognormal';
  /** Mean of the value, > 0. */
  readonly mean: number;
  /** Standard deviation of the value, ≥ 0. */
  readonly sd: number;
}
/** Gamma with shape k and scale θ: mean kθ, variance kθ². */
export interface GammaSpec {
  readonly dist: 'gamma';
  /** Shape k, > 0. */
  readonly shape: number;
  /** Scale θ, > 0. */
  readonly scale: number;
}
/** Beta on [0, 1] with shapes a and b: mean a/(a + b). */
export interface BetaSpec {
  readonly dist: 'beta';
  /** First shape, > 0. */
  readonly a: number;
  /** Second shape, > 0. */
  readonly b: number;
}
/** Triangular on [min, max] peaking at mode. */
export interface TriangularSpec {
  readonly dist: 'triangular';
  /** Smallest value, finite. */
  readonly min: number;
  /** Most likely value, in [min, max]. */
  readonly mode: number;
  /** Largest value, ≥ min. */
  readonly max: number;
}
/** Weibull with shape k and scale λ: mean λΓ(1 + 1/k). */
export interface WeibullSpec {
  readonly dist: 'weibull';
  /** Shape k, > 0. */
  readonly shape: number;
  /** Scale λ, > 0. */
  readonly scale: number;
}
/** Poisson count with the given mean (integer values). */
export interface PoissonSpec {
  readonly dist: 'poisson';
  /** Mean count, ≥ 0. */
  readonly mean: number;
}
/** Uniform pick among observed values. */
export interface EmpiricalSpec {
  readonly dist: 'empirical';
  /** Observed values, non-empty, finite. */
  readonly values: readonly number[];
}

/**
 * A serialisable description of a probability distribution, discriminated on `dist`. Plain
 * JSON: it can sit in a scenario file and round-trip through `JSON.stringify`.
 *
 * @example
 * ```ts
 * const repairTimeDays: DistributionSpec = { dist: 'lognormal', mean: 5, sd: 2 };
 * const draw = samplerOf(repairTimeDays);
 * const days = draw(streams(42).replication(0).stream('repair', 'helicopter:mi-8-1'));
 * ```
 */
export type DistributionSpec =
  | ConstantSpec
  | UniformSpec
  | ExponentialSpec
  | NormalSpec
  | LognormalSpec
  | GammaSpec
  | BetaSpec
  | TriangularSpec
  | WeibullSpec
  | PoissonSpec
  | EmpiricalSpec;

/** The `dist` tag of a {@link DistributionSpec}. */
export type DistributionName = DistributionSpec['dist'];

type Kind = 'finite' | 'positive' | 'nonNegative' | 'values';

const EXPECTED: Record<Kind, string> = {
  finite: 'a finite number',
  positive: 'a positive number',
  nonNegative: 'a non-negative number',
  values: 'a non-empty array of finite numbers',
};

/** The parameters of each distribution, in the order they are written, with their domain. */
const PARAMETERS: { readonly [D in DistributionName]: readonly (readonly [string, Kind])[] } = {
  constant: [['value', 'finite']],
  uniform: [
    ['min', 'finite'],
    ['max', 'finite'],
  ],
  exponential: [['mean', 'positive']],
  normal: [
    ['mean', 'finite'],
    ['sd', 'nonNegative'],
  ],
  lognormal: [
    ['mean', 'positive'],
    ['sd', 'nonNegative'],
  ],
  gamma: [
    ['shape', 'positive'],
    ['scale', 'positive'],
  ],
  beta: [
    ['a', 'positive'],
    ['b', 'positive'],
  ],
  triangular: [
    ['min', 'finite'],
    ['mode', 'finite'],
    ['max', 'finite'],
  ],
  weibull: [
    ['shape', 'positive'],
    ['scale', 'positive'],
  ],
  poisson: [['mean', 'nonNegative']],
  empirical: [['values', 'values']],
};

/** Every `dist` tag a {@link DistributionSpec} can carry, in declaration order. */
export const distributionNames: readonly DistributionName[] = Object.freeze(
  Object.keys(PARAMETERS) as DistributionName[],
);

interface Problem {
  readonly path: string;
  readonly expected: string;
  readonly received: unknown;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function accepts(kind: Exclude<Kind, 'values'>, x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  return kind === 'finite' || (kind === 'positive' ? x > 0 : x >= 0);
}

/** Every problem with `spec`, in a stable order (dist, parameters, relations, extra keys). */
function problems(spec: unknown, path: string): Problem[] {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    return [
      { path, expected: 'a distribution spec (an object with a "dist" field)', received: spec },
    ];
  }
  const record = spec as Record<string, unknown>;
  const dist = record.dist;
  if (typeof dist !== 'string' || !Object.hasOwn(PARAMETERS, dist)) {
    const names = distributionNames.map((d) => `"${d}"`).join(', ');
    return [{ path: join(path, 'dist'), expected: `one of ${names}`, received: dist }];
  }
  const parameters = PARAMETERS[dist as DistributionName];
  const found: Problem[] = [];
  for (const [key, kind] of parameters) {
    const value = record[key];
    const at = join(path, key);
    if (kind === 'values') {
      if (!Array.isArray(value) || value.length === 0) {
        found.push({ path: at, expected: EXPECTED.values, received: value });
        continue;
      }
      value.forEach((v: unknown, i) => {
        if (!accepts('finite', v)) {
          found.push({ path: `${at}[${i}]`, expected: EXPECTED.finite, received: v });
        }
      });
    } else if (!accepts(kind, value)) {
      found.push({ path: at, expected: expectedFor(EXPECTED[kind], value), received: value });
    }
  }
  if (found.length === 0 && (dist === 'uniform' || dist === 'triangular')) {
    const { min, max } = record as { min: number; max: number };
    if (min > max) {
      found.push({ path: join(path, 'max'), expected: `a number >= min (${min})`, received: max });
    } else if (dist === 'triangular') {
      const mode = record.mode as number;
      if (mode < min || mode > max) {
        const expected = `a number in [min, max] = [${min}, ${max}]`;
        found.push({ path: join(path, 'mode'), expected, received: mode });
      }
    }
  }
  const allowed = parameters.map(([key]) => key);
  for (const key of Object.keys(record)) {
    if (key !== 'dist' && !allowed.includes(key)) {
      const takes = allowed.join(', ');
      found.push({
        path: join(path, key),
        expected: `no such property (${dist} takes ${takes})`,
        received: record[key],
      });
    }
  }
  return found;
}

/**
 * Checks that `spec` is a valid {@link DistributionSpec} and returns every problem found (an
 * empty array when it is valid), each with the path of the offending value under `path`, so a
 * scenario validator can report them all at once.
 *
 * Checks: an object with a known `dist`; each parameter present and in its domain (finite,
 * positive or non-negative as documented on each spec type); `min ≤ max` and
 * `min ≤ mode ≤ max`; every empirical value finite; no unknown properties.
 *
 * @param spec - the value to check (typically parsed JSON, hence `unknown`)
 * @param path - where `spec` sits in the enclosing document, e.g.
 *   `'parameters.fleet.repairTimeDays'`; `''` for the root
 * @returns the issues, in the shape of {@link ValidationIssue}
 * @example
 * ```ts
 * validateSpec({ dist: 'lognormal', mean: 5, sd: -1 }, 'parameters.fleet.repairTimeDays');
 * // [{ path: 'parameters.fleet.repairTimeDays.sd',
 * //    message: 'expected a non-negative number, got -1' }]
 * ```
 */
export function validateSpec(spec: unknown, path: string): ValidationIssue[] {
  return problems(spec, path).map((p) => ({
    path: p.path,
    message: `expected ${p.expected}, got ${describeValue(p.received)}`,
  }));
}

/** `true` if `spec` is a valid {@link DistributionSpec} (no issues from {@link validateSpec}). */
export function isDistributionSpec(spec: unknown): spec is DistributionSpec {
  return problems(spec, '').length === 0;
}

/** Throws the first problem of `spec` as an `InvalidArgumentError`. */
function assertSpec(spec: unknown, path: string): asserts spec is DistributionSpec {
  const first = problems(spec, path)[0];
  if (first !== undefined) {
    throw new InvalidArgumentError(first.path || 'spec', first.expected, first.received);
  }
}

/**
 * A validated sampler for `spec`. It draws exactly what the corresponding function draws for the
 * same stream: `exponential` with rate 1/mean, `lognormalFromMeanSd`, `normal`, `gamma`, `beta`,
 * `triangular`, `weibull`, `poisson`, `empirical`, `uniform`. A `constant` draws nothing.
 *
 * @param spec - the distribution
 * @param path - where `spec` sits, used as the prefix of the `field` of the error (default `''`,
 *   so the field is the parameter name, e.g. `sd`)
 * @throws {@link InvalidArgumentError} for the first problem {@link validateSpec} would report
 * @example
 * ```ts
 * const repairDays = samplerOf({ dist: 'lognormal', mean: 5, sd: 2 });
 * const rng = streams(42).replication(0).stream('repair', 'helicopter:mi-8-1');
 * const days = repairDays(rng);
 * ```
 */
export function samplerOf(spec: DistributionSpec, path = ''): Sampler {
  assertSpec(spec, path);
  switch (spec.dist) {
    case 'constant': {
      const value = spec.value;
      return () => value;
    }
    case 'uniform':
      return uniformSampler(spec.min, spec.max);
    case 'exponential':
      return exponentialSampler(1 / spec.mean);
    case 'normal':
      return normalSampler(spec.mean, spec.sd);
    case 'lognormal':
      return lognormalFromMeanSdSampler(spec.mean, spec.sd);
    case 'gamma':
      return gammaSampler(spec.shape, spec.scale);
    case 'beta':
      return betaSampler(spec.a, spec.b);
    case 'triangular':
      return triangularSampler(spec.min, spec.mode, spec.max);
    case 'weibull':
      return weibullSampler(spec.shape, spec.scale);
    case 'poisson':
      return poissonSampler(spec.mean);
    case 'empirical':
      return empiricalSampler(spec.values);
  }
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

/**
 * The analytic mean of `spec`, in the unit of its values. For `empirical`, the mean of the
 * values; for `weibull`, scale·Γ(1 + 1/shape).
 *
 * @throws {@link InvalidArgumentError} if `spec` is invalid
 * @example
 * ```ts
 * meanOf({ dist: 'triangular', min: 1, mode: 2, max: 6 }); // 3
 * ```
 */
export function meanOf(spec: DistributionSpec): number {
  assertSpec(spec, '');
  switch (spec.dist) {
    case 'constant':
      return spec.value;
    case 'uniform':
      return spec.min + (spec.max - spec.min) / 2;
    case 'exponential':
    case 'normal':
    case 'lognormal':
    case 'poisson':
      return spec.mean;
    case 'gamma':
      return spec.shape * spec.scale;
    case 'beta':
      return spec.a / (spec.a + spec.b);
    case 'triangular':
      return (spec.min + spec.mode + spec.max) / 3;
    case 'weibull':
      return spec.scale * gammaFunction(1 + 1 / spec.shape);
    case 'empirical':
      return moments(spec.values).mean;
  }
}

/**
 * The analytic variance of `spec`, in the unit of its values squared. For `empirical`, the
 * variance of the values with divisor n (the variance of a uniform pick among them). For a
 * `weibull` with a very small shape (< ~0.006) Γ overflows and the result is `Infinity`.
 *
 * @throws {@link InvalidArgumentError} if `spec` is invalid
 * @example
 * ```ts
 * varianceOf({ dist: 'gamma', shape: 4, scale: 6 }); // 144
 * ```
 */
export function varianceOf(spec: DistributionSpec): number {
  assertSpec(spec, '');
  switch (spec.dist) {
    case 'constant':
      return 0;
    case 'uniform': {
      const range = spec.max - spec.min;
      return (range * range) / 12;
    }
    case 'exponential':
      return spec.mean * spec.mean;
    case 'normal':
    case 'lognormal':
      return spec.sd * spec.sd;
    case 'gamma':
      return spec.shape * spec.scale * spec.scale;
    case 'beta': {
      const { a, b } = spec;
      return (a * b) / ((a + b) * (a + b) * (a + b + 1));
    }
    case 'triangular': {
      const { min: a, mode: c, max: b } = spec;
      return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }
    case 'weibull': {
      const g1 = gammaFunction(1 + 1 / spec.shape);
      const g2 = gammaFunction(1 + 2 / spec.shape);
      return spec.scale * spec.scale * (g2 - g1 * g1);
    }
    case 'poisson':
      return spec.mean;
    case 'empirical':
      return moments(spec.values).variance;
  }
}

/** A number as up to 6 significant digits, without trailing zeros. */
function fmt(x: number): string {
  return typeof x === 'number' ? String(Number(x.toPrecision(6))) : describeValue(x);
}

/**
 * A short human label for `spec`, for reports and logs: `lognormal(mean 5, sd 2)`,
 * `constant(3)`, `empirical(12 values)`. Numbers are shown to 6 significant digits. Does not
 * validate; an invalid spec is still described as far as possible.
 *
 * @example
 * ```ts
 * describeSpec({ dist: 'lognormal', mean: 5, sd: 2 }); // 'lognormal(mean 5, sd 2)'
 * ```
 */
export function describeSpec(spec: DistributionSpec): string {
  if (spec === null || typeof spec !== 'object') return describeValue(spec);
  const record = spec as unknown as Record<string, unknown>;
  const dist = String(record.dist);
  if (dist === 'constant') return `constant(${fmt(record.value as number)})`;
  if (dist === 'empirical') {
    const values = record.values;
    const n = Array.isArray(values) ? values.length : 0;
    return `empirical(${n} value${n === 1 ? '' : 's'})`;
  }
  const parameters = Object.hasOwn(PARAMETERS, dist) ? PARAMETERS[dist as DistributionName] : [];
  const parts = parameters.map(([key]) => `${key} ${fmt(record[key] as number)}`);
  return `${dist}(${parts.join(', ')})`;
}
