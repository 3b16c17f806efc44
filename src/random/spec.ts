/**
 * Serialisable distribution specs: the plain JSON objects that scenario files use to state an
 * uncertain quantity, e.g. `{ "dist": "lognormal", "mean": 5, "sd": 2 }` for a repair time in
 * days. Parameters are the ones a planner states (mean and standard deviation where that is
 * natural), not the sampler's internal ones.
 *
 * Everything here is derived from the one table of distributions (`distributions-table.ts`):
 *
 * - `distributionSpecSchema`, the zod schema, and {@link nonNegativeDistributionSpecSchema}
 *   for quantities that must not be negative (times, counts); their JSON Schema documents every
 *   parameter;
 * - the types {@link DistributionSpec}, {@link DistributionName} and one per distribution,
 *   inferred from the schema;
 * - `validateSpec` reports every problem with its path, for scenario validation;
 * - {@link samplerOf} turns a spec into a validated `(rng) => number`;
 * - {@link meanOf} and {@link varianceOf} give the analytic moments, {@link supportOf} the range
 *   of values, {@link describeSpec} a label.
 *
 * The schema is for documents; `samplerOf`, `meanOf`, `varianceOf`, `supportOf` and
 * {@link isDistributionSpec} check a spec with the table's own predicates (no zod: `meanOf` is
 * called inside simulation runs), and run the schema only to say what is wrong.
 *
 * @module
 */
import { z } from 'zod';
import { describeValue, InvalidArgumentError, type ValidationIssue } from '../errors.js';
import { expectedFor } from './_internals/check.js';
import type { Sampler } from './distributions.js';
import {
  type Bound,
  type DistributionEntry,
  distributionTable,
  type ParameterDomain,
  type ParameterEntries,
  type ParameterEntry,
  parameterDomains,
} from './distributions-table.js';

// ------------------------------------------------------------------------------- the schemas

// The types of the schemas, computed from the table's type. The helpers are `@inline` so that the
// API documentation shows the exported types without naming internal ones.

/** @inline */
type Table = typeof distributionTable;
/** @inline */
type Name = keyof Table & string;

/**
 * One option schema per name of `N` (distributing over the union): a readonly strict object of
 * `dist` and the entry's parameters, each a number or a readonly array of numbers.
 * @inline
 */
type OptionSchemas<N extends Name> = {
  [M in N]: z.ZodReadonly<
    z.ZodObject<
      { dist: z.ZodLiteral<M> } & {
        [K in keyof Table[M]['parameters']]: Table[M]['parameters'][K] extends {
          readonly domain: 'values';
        }
          ? z.ZodReadonly<z.ZodArray<z.ZodNumber>>
          : z.ZodNumber;
      },
      z.core.$strict
    >
  >;
}[N];

/**
 * Names of the families that can draw negative values whatever their parameters.
 * @inline
 */
type SignedName = {
  [N in Name]: Table[N] extends { readonly nonNegativeAlternative: string } ? N : never;
}[Name];

/** @inline */
type Options = OptionSchemas<Name>;
/** @inline */
type NonNegativeOptions = OptionSchemas<Exclude<Name, SignedName>>;

/** The type of `distributionSpecSchema`. */
export type DistributionSpecSchema = z.ZodDiscriminatedUnion<[Options, ...Options[]], 'dist'>;
/** The type of {@link nonNegativeDistributionSpecSchema}. */
export type NonNegativeDistributionSpecSchema = z.ZodDiscriminatedUnion<
  [NonNegativeOptions, ...NonNegativeOptions[]],
  'dist'
>;

type AnyEntry = DistributionEntry<ParameterEntries>;
type ParameterValuesOf = Parameters<AnyEntry['mean']>[0];

const entries: { readonly [N in Name]: AnyEntry } = distributionTable;
const names = Object.freeze(Object.keys(entries) as Name[]);

const NON_NEGATIVE = 'a distribution of non-negative values';

/**
 * `schema` itself, with `description` in zod's global registry (where `.meta()` and
 * `z.toJSONSchema` look). Not `.meta()`: that registers a copy, and `z.toJSONSchema` with
 * `reused: 'ref'` then sees the wrapped schema twice and moves it to a `$defs` entry of its own.
 */
function documented<S extends z.ZodType>(schema: S, description: string): S {
  z.globalRegistry.add(schema as z.ZodType, { description });
  return schema;
}

/**
 * `schema` with `checks` added to its own definition. `.check()`, `.refine()` and `.min()` make a
 * copy linked to `schema` as its parent; `z.toJSONSchema` then walks both, sees every schema
 * inside twice and, with `reused: 'ref'`, moves each to a `$defs` entry of its own.
 */
function withChecks<S extends z.ZodType>(schema: S, checks: readonly z.core.$ZodCheck[]): S {
  if (checks.length === 0) return schema;
  const def = schema.def as z.core.$ZodTypeDef;
  return schema.clone({ ...def, checks: [...(def.checks ?? []), ...checks] } as S['def']);
}

/** A zod error callback: `expected <kind>`, worded for the value received (see `expectedFor`). */
function expecting(kind: string): (issue: { readonly input?: unknown }) => string {
  return (issue) => `expected ${expectedFor(kind, issue.input)}`;
}

/** A number in `domain`; with `atLeastZero`, also ≥ 0 (a lower bound of a non-negative spec). */
function numberSchema(domain: Exclude<ParameterDomain, 'values'>, atLeastZero: boolean) {
  const error = expecting(parameterDomains[domain].expected);
  const number = z.number({ error });
  if (domain === 'positive') return number.positive({ error });
  if (domain === 'nonNegative') return number.nonnegative({ error });
  return atLeastZero ? number.min(0, { error: `expected ${NON_NEGATIVE}` }) : number;
}

function parameterSchema(parameter: ParameterEntry, atLeastZero: boolean): z.ZodType {
  const { domain, description } = parameter;
  if (domain !== 'values') return documented(numberSchema(domain, atLeastZero), description);
  const error = expecting(parameterDomains.values.expected);
  const values = z.array(numberSchema('finite', atLeastZero), { error });
  return documented(withChecks(values, [z.minLength(1, { error })]).readonly(), description);
}

/** Relations are checked only when every parameter is in its domain (unknown keys aside). */
function parametersValid(payload: z.core.ParsePayload): boolean {
  return payload.issues.every((issue) => issue.code === 'unrecognized_keys');
}

function optionSchema(name: Name, nonNegative: boolean): z.ZodType {
  const entry = entries[name];
  const keys = Object.keys(entry.parameters);
  const shape: Record<string, z.ZodType> = { dist: z.literal(name) };
  for (const key of keys) {
    const atLeastZero = nonNegative && key === entry.support.lower;
    shape[key] = parameterSchema(entry.parameters[key]!, atLeastZero);
  }
  const unknownKey = `expected no such property (${name} takes ${keys.join(', ')})`;
  const object = z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKey : undefined),
  });
  const relations = entry.relations.map((relation) =>
    z.refine<ParameterValuesOf>((values) => relation.holds(values), {
      path: [relation.parameter],
      when: parametersValid,
      error: (issue) => `expected ${relation.expected(issue.input as ParameterValuesOf)}`,
    }),
  );
  return documented(withChecks(object, relations).readonly(), entry.description);
}

function unionSchema(nonNegative: boolean): z.ZodType {
  const kept = names.filter((n) => !nonNegative || entries[n].nonNegativeAlternative === undefined);
  const oneOf = `expected one of ${kept.map((n) => JSON.stringify(n)).join(', ')}`;
  const options = kept.map((n) => optionSchema(n, nonNegative));
  const union = z.discriminatedUnion('dist', options as unknown as [Options], {
    error: (issue) => {
      // The union also raises invalid_type (not an object), which zod's type leaves out.
      if ((issue as { readonly code: string }).code === 'invalid_type') {
        return 'expected a distribution spec (an object with a "dist" field)';
      }
      const dist = (issue.input as { readonly dist?: unknown } | undefined)?.dist;
      const alternative =
        typeof dist === 'string' && Object.hasOwn(entries, dist)
          ? entries[dist as Name].nonNegativeAlternative
          : undefined;
      if (nonNegative && alternative !== undefined) {
        return `expected ${NON_NEGATIVE} (a ${dist} can draw negative values; use ${alternative})`;
      }
      return oneOf;
    },
  });
  return documented(
    union,
    nonNegative
      ? 'A distribution that cannot draw negative values, discriminated on `dist`.'
      : 'A distribution, discriminated on `dist`.',
  );
}

/**
 * The zod schema of a {@link DistributionSpec}: a union discriminated on `dist`, one strict,
 * readonly object per distribution of the table, each parameter in its domain and documented (a
 * `description` in `z.globalRegistry`, so `z.toJSONSchema` documents it), the relations between
 * parameters (min ≤ max, min ≤ mode ≤ max) as refinements. Every issue's message says what was
 * expected (`expected a positive number`); `validateSpec` adds what was received.
 *
 * A JSON Schema generated with a registry of its own (`metadata: names`) does not see the global
 * registry; copy the descriptions in `override`:
 * `ctx.jsonSchema.description ??= z.globalRegistry.get(ctx.zodSchema)?.description`.
 *
 * @example
 * ```ts
 * distributionSpecSchema.parse({ dist: 'lognormal', mean: 5, sd: 2 });
 * z.toJSONSchema(distributionSpecSchema); // oneOf, one object per distribution
 * ```
 */
export const distributionSpecSchema = unionSchema(false) as DistributionSpecSchema;

/**
 * The zod schema of a {@link NonNegativeDistributionSpec}: a distribution that cannot draw
 * negative values, for times and counts. It is `distributionSpecSchema` without the
 * families that can always draw negative values (a `normal` is refused with `expected a
 * distribution of non-negative values (a normal can draw negative values; use lognormal or
 * gamma)` at `dist`), and with the parameter that gives the lower bound of the support at least 0
 * (`value` of a `constant`, `min` of a `uniform` or `triangular`, each of the `values` of an
 * `empirical`: `expected a distribution of non-negative values` at that parameter).
 */
export const nonNegativeDistributionSpecSchema = unionSchema(
  true,
) as NonNegativeDistributionSpecSchema;

// ------------------------------------------------------------------------------- the types

/**
 * A serialisable description of a probability distribution, discriminated on `dist`. Plain
 * JSON: it can sit in a scenario file and round-trip through `JSON.stringify`. Inferred from
 * `distributionSpecSchema`.
 *
 * @example
 * ```ts
 * const repairTimeDays: DistributionSpec = { dist: 'lognormal', mean: 5, sd: 2 };
 * const draw = samplerOf(repairTimeDays);
 * const days = draw(streams(42).replication(0).stream('repair', 'helicopter:mi-8-1'));
 * ```
 */
export type DistributionSpec = z.infer<DistributionSpecSchema>;

/** A {@link DistributionSpec} that cannot draw negative values (a time, a count). */
export type NonNegativeDistributionSpec = z.infer<NonNegativeDistributionSpecSchema>;

/** The `dist` tag of a {@link DistributionSpec}. */
export type DistributionName = DistributionSpec['dist'];

/** Always `value` (finite). */
export type ConstantSpec = Extract<DistributionSpec, { dist: 'constant' }>;
/** Uniform on [min, max): both finite, min ≤ max. */
export type UniformSpec = Extract<DistributionSpec, { dist: 'uniform' }>;
/** Exponential with the given mean > 0 (rate 1/mean). */
export type ExponentialSpec = Extract<DistributionSpec, { dist: 'exponential' }>;
/** Normal with a finite mean and sd ≥ 0 (unbounded: can draw negative values). */
export type NormalSpec = Extract<DistributionSpec, { dist: 'normal' }>;
/** Lognormal, stated by the mean (> 0) and standard deviation (≥ 0) of the value itself. */
export type LognormalSpec = Extract<DistributionSpec, { dist: 'lognormal' }>;
/** Gamma with shape k > 0 and scale θ > 0: mean kθ, variance kθ². */
export type GammaSpec = Extract<DistributionSpec, { dist: 'gamma' }>;
/** Beta on [0, 1] with shapes a > 0 and b > 0: mean a/(a + b). */
export type BetaSpec = Extract<DistributionSpec, { dist: 'beta' }>;
/** Triangular on [min, max] peaking at mode: all finite, min ≤ mode ≤ max. */
export type TriangularSpec = Extract<DistributionSpec, { dist: 'triangular' }>;
/** Weibull with shape k > 0 and scale λ > 0: mean λΓ(1 + 1/k). */
export type WeibullSpec = Extract<DistributionSpec, { dist: 'weibull' }>;
/** Poisson count with the given mean ≥ 0 (integer values). */
export type PoissonSpec = Extract<DistributionSpec, { dist: 'poisson' }>;
/** Uniform pick among observed values (a non-empty array of finite numbers). */
export type EmpiricalSpec = Extract<DistributionSpec, { dist: 'empirical' }>;

/** Every `dist` tag a {@link DistributionSpec} can carry, in declaration order. */
export const distributionNames: readonly DistributionName[] = names;

// ------------------------------------------------------------------------------- checking

/** Options of `validateSpec` and {@link isDistributionSpec}. */
export interface SpecCheckOptions {
  /**
   * Also require that the distribution cannot draw negative values (a time, a count): check
   * against {@link nonNegativeDistributionSpecSchema}. Default `false`.
   */
  readonly nonNegative?: boolean;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** The table's entry for `spec`, if `spec` is an object with a known `dist`. */
function entryOf(spec: unknown): AnyEntry | undefined {
  if (!isRecord(spec)) return undefined;
  const dist = spec.dist;
  return typeof dist === 'string' && Object.hasOwn(entries, dist)
    ? entries[dist as Name]
    : undefined;
}

/**
 * `true` if `spec` is valid by the table's predicates: a known `dist`, each parameter in its
 * domain, every relation holding, no other key. Agrees with `distributionSpecSchema`
 * (checked by property tests) at a fraction of its cost.
 */
function accepts(spec: unknown): spec is DistributionSpec {
  const entry = entryOf(spec);
  if (entry === undefined) return false;
  const record = spec as Record<string, unknown>;
  const { parameters } = entry;
  for (const key in parameters) {
    if (!parameterDomains[parameters[key]!.domain].accepts(record[key])) return false;
  }
  const values = record as ParameterValuesOf;
  for (const relation of entry.relations) if (!relation.holds(values)) return false;
  for (const key in record) if (key !== 'dist' && !Object.hasOwn(parameters, key)) return false;
  return true;
}

interface Problem {
  readonly path: string;
  readonly expected: string;
  readonly received: unknown;
}

/** `path` extended by zod path segments: `a.b`, `a.values[2]`. */
function extend(path: string, segments: readonly PropertyKey[]): string {
  let out = path;
  for (const segment of segments) {
    if (typeof segment === 'number') out = `${out}[${segment}]`;
    else out = out === '' ? String(segment) : `${out}.${String(segment)}`;
  }
  return out;
}

function valueAt(value: unknown, segments: readonly PropertyKey[]): unknown {
  let at = value;
  for (const segment of segments) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[segment];
  }
  return at;
}

/**
 * Every problem with `spec` by the schema, in a stable order: `dist`, parameters in the order
 * they are written (elements of an array in order), the first failing relation, unknown keys.
 */
function problems(spec: unknown, path: string, nonNegative: boolean): Problem[] {
  const schema = nonNegative ? nonNegativeDistributionSpecSchema : distributionSpecSchema;
  const result = schema.safeParse(spec);
  if (result.success) return [];
  const found: Problem[] = [];
  const unknownKeys: Problem[] = [];
  for (const issue of result.error.issues) {
    const expected = issue.message.replace(/^expected /, '');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = [...issue.path, key];
        unknownKeys.push({ path: extend(path, at), expected, received: valueAt(spec, at) });
      }
    } else {
      found.push({ path: extend(path, issue.path), expected, received: valueAt(spec, issue.path) });
    }
  }
  return [...found, ...unknownKeys];
}

/**
 * Checks that `spec` is a valid {@link DistributionSpec} and returns every problem found (an
 * empty array when it is valid), each with the path of the offending value under `path`, so a
 * scenario validator can report them all at once. It runs `distributionSpecSchema` (or,
 * with `nonNegative`, {@link nonNegativeDistributionSpecSchema}) and adds what was received to
 * each message.
 *
 * Checks: an object with a known `dist`; each parameter present and in its domain (finite,
 * positive or non-negative as the table says); `min ≤ max` and `min ≤ mode ≤ max`; every
 * empirical value finite; no unknown properties. With `nonNegative`: not a family that can
 * always draw negative values (a `normal`), and the parameter giving the lowest value ≥ 0.
 *
 * @param spec - the value to check (typically parsed JSON, hence `unknown`)
 * @param path - where `spec` sits in the enclosing document, e.g.
 *   `'parameters.fleet.repairTimeDays'`; `''` for the root
 * @param options - `{ nonNegative: true }` for a time or a count
 * @returns the issues, in the shape of {@link ValidationIssue}: `dist` first, then parameters in
 *   the order they are written, the first failing relation, unknown properties
 * @example
 * ```ts
 * validateSpec({ dist: 'lognormal', mean: 5, sd: -1 }, 'parameters.fleet.repairTimeDays');
 * // [{ path: 'parameters.fleet.repairTimeDays.sd',
 * //    message: 'expected a non-negative number, got -1' }]
 * validateSpec({ dist: 'normal', mean: 5, sd: 1 }, 'p', { nonNegative: true });
 * // [{ path: 'p.dist', message: 'expected a distribution of non-negative values (a normal can
 * //    draw negative values; use lognormal or gamma), got "normal"' }]
 * ```
 */
export function validateSpec(
  spec: unknown,
  path: string,
  options: SpecCheckOptions = {},
): ValidationIssue[] {
  return problems(spec, path, options.nonNegative === true).map((p) => ({
    path: p.path,
    message: `expected ${p.expected}, got ${describeValue(p.received)}`,
  }));
}

/**
 * `true` if `spec` is a valid {@link DistributionSpec} (no issues from `validateSpec`);
 * with `nonNegative`, a valid {@link NonNegativeDistributionSpec}. Checked with the table's
 * predicates, without running the schema.
 */
export function isDistributionSpec(spec: unknown): spec is DistributionSpec;
export function isDistributionSpec(
  spec: unknown,
  options: SpecCheckOptions & { readonly nonNegative: true },
): spec is NonNegativeDistributionSpec;
export function isDistributionSpec(spec: unknown, options?: SpecCheckOptions): boolean;
export function isDistributionSpec(spec: unknown, options: SpecCheckOptions = {}): boolean {
  if (!accepts(spec)) return false;
  return options.nonNegative !== true || supportOfValid(spec).min >= 0;
}

/** Throws the first problem of `spec` as an `InvalidArgumentError`. */
function assertSpec(spec: unknown, path: string): asserts spec is DistributionSpec {
  if (accepts(spec)) return;
  const first = problems(spec, path, false)[0] ?? {
    path,
    expected: 'a valid distribution spec',
    received: spec,
  };
  throw new InvalidArgumentError(first.path || 'spec', first.expected, first.received);
}

// ------------------------------------------------------------------------------- derived

/**
 * A validated sampler for `spec`. It draws exactly what the corresponding function draws for the
 * same stream: `exponential` with rate 1/mean, `lognormalFromMeanSd`, `normal`, `gamma`, `beta`,
 * `triangular`, `weibull`, `poisson`, `empirical`, `uniform`. A `constant` draws nothing.
 * Validation happens here, once; the returned function is the plain sampler.
 *
 * @param spec - the distribution
 * @param path - where `spec` sits, used as the prefix of the `field` of the error (default `''`,
 *   so the field is the parameter name, e.g. `sd`)
 * @throws {@link InvalidArgumentError} for the first problem `validateSpec` would report
 * @example
 * ```ts
 * const repairDays = samplerOf({ dist: 'lognormal', mean: 5, sd: 2 });
 * const rng = streams(42).replication(0).stream('repair', 'helicopter:mi-8-1');
 * const days = repairDays(rng);
 * ```
 */
export function samplerOf(spec: DistributionSpec, path = ''): Sampler {
  assertSpec(spec, path);
  return entries[spec.dist].sampler(spec as unknown as ParameterValuesOf);
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
  return entries[spec.dist].mean(spec as unknown as ParameterValuesOf);
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
  return entries[spec.dist].variance(spec as unknown as ParameterValuesOf);
}

/**
 * The range of values of a distribution: the smallest closed interval holding every value it
 * can draw. Bounds may be infinite.
 */
export interface DistributionSupport {
  /** Lowest value it can draw (or the infimum: 0 for a lognormal); `-Infinity` if unbounded. */
  readonly min: number;
  /** Highest value it can draw (or the supremum); `Infinity` if unbounded. */
  readonly max: number;
}

function boundOf(spec: DistributionSpec, bound: Bound<ParameterEntries>, lowest: boolean): number {
  if (typeof bound === 'number') return bound;
  const value = (spec as unknown as Record<string, number | readonly number[]>)[bound]!;
  if (typeof value === 'number') return value;
  let out = value[0]!;
  for (const x of value) out = lowest ? Math.min(out, x) : Math.max(out, x);
  return out;
}

function supportOfValid(spec: DistributionSpec): DistributionSupport {
  const { lower, upper } = entries[spec.dist].support;
  return { min: boundOf(spec, lower, true), max: boundOf(spec, upper, false) };
}

/**
 * The support of `spec`: the smallest closed interval holding every value it can draw, as the
 * table states it for the family: normal (-∞, ∞), lognormal, exponential, gamma, Weibull and
 * Poisson [0, ∞), beta [0, 1], constant [value, value], uniform and triangular [min, max],
 * empirical [least value, greatest value]. Not narrowed for degenerate parameters (a normal
 * with sd 0 still gives (-∞, ∞)).
 *
 * @throws {@link InvalidArgumentError} if `spec` is invalid
 * @example
 * ```ts
 * supportOf({ dist: 'empirical', values: [3, 1, 2] }); // { min: 1, max: 3 }
 * supportOf({ dist: 'normal', mean: 5, sd: 1 }); // { min: -Infinity, max: Infinity }
 * ```
 */
export function supportOf(spec: DistributionSpec): DistributionSupport {
  assertSpec(spec, '');
  return supportOfValid(spec);
}

/** A number as up to 6 significant digits, without trailing zeros. */
function fmt(x: unknown): string {
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
  const parameters = Object.entries(entryOf(spec)?.parameters ?? {});
  const parts = parameters.map(([key, parameter]) => {
    const value = record[key];
    if (parameter.domain === 'values') {
      const n = Array.isArray(value) ? value.length : 0;
      return `${n} value${n === 1 ? '' : 's'}`;
    }
    return parameter.bare === true ? fmt(value) : `${key} ${fmt(value)}`;
  });
  return `${String(record.dist)}(${parts.join(', ')})`;
}
