/**
 * The building blocks of the scenario format: ids, dates, number domains, Sourced values and
 * declared parameters. Each is a zod schema; the types, the JSON Schema of scenario files and the
 * structural validation all derive from them.
 *
 * A **declared parameter** ({@link parameter}) is a Sourced value with what a person needs to
 * read it: a label, a unit, a plausible range for sensitivity analyses and generated scenarios,
 * and whether the dynamics read it only at the start of a run (then a `set-parameter` plan step
 * cannot change it, and validation says so).
 *
 * @module
 */
import { z } from 'zod';
import { distributionSpecSchema, nonNegativeDistributionSpecSchema } from '../random/spec.js';
import { sourcedSchema } from './provenance.js';

/** Kebab-case id, optionally namespaced with colons: `gao`, `gao-labbezanga`, `route:gao-kidal`. */
export const KEBAB_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?::[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Longest id accepted. */
export const MAX_ID = 120;

/** A kebab-case id. */
export const idSchema = z
  .string()
  .max(MAX_ID, { error: `expected an id of at most ${MAX_ID} characters` })
  .regex(KEBAB_ID_PATTERN, { error: 'expected a kebab-case id (e.g. "gao-labbezanga")' });

/** A real calendar date `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ error: 'expected a real date YYYY-MM-DD' });

/** A real calendar date `YYYY-MM-DD` or a month `YYYY-MM`. */
export const isoDateOrMonthSchema = z.union([
  isoDateSchema,
  z
    .string()
    .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, { error: 'expected a date YYYY-MM-DD or a month YYYY-MM' }),
]);

/** Number domains, each with the message a user reads when a value falls outside it. */
export const numbers = {
  finite: z.number(),
  positive: z.number().positive({ error: 'expected a positive number' }),
  nonNegative: z.number().nonnegative({ error: 'expected a non-negative number' }),
  fraction: z
    .number()
    .min(0, { error: 'expected a fraction in [0, 1]' })
    .max(1, { error: 'expected a fraction in [0, 1]' }),
  count: z
    .number()
    .int({ error: 'expected a non-negative integer' })
    .nonnegative({ error: 'expected a non-negative integer' }),
  positiveCount: z
    .number()
    .int({ error: 'expected a positive integer' })
    .positive({ error: 'expected a positive integer' }),
  roadFactor: z.number().min(1, { error: 'expected a road factor >= 1' }),
  hourOfDay: z
    .number()
    .min(0, { error: 'expected an hour of day in [0, 24]' })
    .max(24, { error: 'expected an hour of day in [0, 24]' }),
  multiplier: z.number().nonnegative({ error: 'expected a non-negative multiplier' }),
} as const;

/** Names of the number domains, for the JSON Schema's named definitions. */
export const NUMBER_DOMAIN_NAMES: Readonly<Record<keyof typeof numbers, string>> = {
  finite: 'SourcedNumber',
  positive: 'SourcedPositive',
  nonNegative: 'SourcedNonNegative',
  fraction: 'SourcedFraction',
  count: 'SourcedCount',
  positiveCount: 'SourcedPositiveCount',
  roadFactor: 'SourcedRoadFactor',
  hourOfDay: 'SourcedHourOfDay',
  multiplier: 'SourcedMultiplier',
};

/** A Sourced number in one of the `numbers` domains. */
export function sourcedNumber(domain: keyof typeof numbers) {
  return sourcedSchema(numbers[domain]);
}

/** A Sourced distribution (any distribution). */
export const sourcedDistributionSchema = sourcedSchema(distributionSpecSchema);

/** What a person needs to read a declared parameter. */
export interface ParameterInfo {
  /** Short label, capitalised, without the unit: "Mean time between helicopter failures". */
  readonly label: string;
  /** Unit of the value (of a distribution's draws): "days", "min", "per vehicle-year", "share". */
  readonly unit: string;
  /**
   * A plausible range of the value (of a distribution's mean), for sensitivity analyses and
   * generated scenarios. Not a validation bound: the domain is.
   */
  readonly plausible?: readonly [number, number];
  /**
   * The dynamics read it once, at the start of a run: a `set-parameter` plan step on it is
   * rejected by validation (it would silently do nothing).
   */
  readonly startOnly?: boolean;
  /** Whether the value is a distribution rather than a number. */
  readonly distribution?: boolean;
}

/** Registry of declared parameters: the schema of each carries its {@link ParameterInfo}. */
export const parameterRegistry = z.registry<ParameterInfo>();

/**
 * A declared numeric parameter: a Sourced number in `domain` carrying `info`.
 *
 * @example
 * ```ts
 * const mtbfDays = parameter('positive', { label: 'Mean time between helicopter failures', unit: 'days', plausible: [7, 28] });
 * ```
 */
export function parameter(domain: keyof typeof numbers, info: Omit<ParameterInfo, 'distribution'>) {
  const schema = sourcedSchema(numbers[domain]).meta({
    description: `${info.label} (${info.unit}).`,
  });
  parameterRegistry.add(schema, info);
  return schema;
}

/**
 * A declared distribution-valued parameter (a time or a count: its schema refuses a
 * distribution that can draw negative values).
 */
export function distributionParameter(info: Omit<ParameterInfo, 'distribution'>) {
  const schema = sourcedSchema(nonNegativeDistributionSpecSchema).meta({
    description: `${info.label} (${info.unit}): a distribution of non-negative values.`,
  });
  parameterRegistry.add(schema, { ...info, distribution: true });
  return schema;
}

/** The {@link ParameterInfo} of a schema declared with {@link parameter}, if any. */
export function parameterInfo(schema: z.ZodType): ParameterInfo | undefined {
  return parameterRegistry.get(schema);
}

/** The zod schema at `segments` inside `schema` (through objects, arrays and readonly/optional wrappers). */
export function schemaAt(
  schema: z.ZodType,
  segments: readonly (string | number)[],
): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  for (const seg of segments) {
    node = unwrap(node);
    if (node === undefined) return undefined;
    const def = node._zod.def as {
      type: string;
      shape?: Record<string, z.ZodType>;
      element?: z.ZodType;
    };
    if (def.type === 'object' && typeof seg === 'string') node = def.shape?.[seg];
    else if (def.type === 'array' && typeof seg === 'number') node = def.element;
    else return undefined;
  }
  return node;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let node = schema;
  for (;;) {
    if (node === undefined || parameterRegistry.has(node)) return node;
    const def = node._zod.def as { type: string; innerType?: z.ZodType };
    if (
      (def.type === 'readonly' || def.type === 'optional' || def.type === 'nullable') &&
      def.innerType !== undefined
    ) {
      node = def.innerType;
    } else {
      return node;
    }
  }
}

/** A declared parameter found in a value, with its path and what it means. */
export interface DeclaredParameter {
  /** Segments from the root of the walk (array elements as indices). */
  readonly segments: readonly (string | number)[];
  readonly info: ParameterInfo;
  /** The Sourced value. */
  readonly sourced: { readonly value: unknown; readonly source: unknown };
}

/**
 * Every declared parameter (see {@link parameter}) in `value`, which follows `schema`, in
 * document order.
 */
export function declaredParameters(schema: z.ZodType, value: unknown): DeclaredParameter[] {
  const out: DeclaredParameter[] = [];
  const visit = (node: z.ZodType | undefined, v: unknown, segments: (string | number)[]) => {
    if (node === undefined || v === undefined || v === null) return;
    const info = parameterRegistry.get(node);
    if (info !== undefined) {
      out.push({ segments, info, sourced: v as DeclaredParameter['sourced'] });
      return;
    }
    const inner = unwrap(node);
    if (inner !== node) return visit(inner, v, segments);
    const def = node._zod.def as {
      type: string;
      shape?: Record<string, z.ZodType>;
      element?: z.ZodType;
    };
    if (def.type === 'object' && typeof v === 'object') {
      for (const [k, child] of Object.entries(def.shape ?? {})) {
        visit(child, (v as Record<string, unknown>)[k], [...segments, k]);
      }
    } else if (def.type === 'array' && Array.isArray(v)) {
      v.forEach((x, i) => {
        visit(def.element, x, [...segments, i]);
      });
    }
  };
  visit(schema, value, []);
  return out;
}

/**
 * Calls `visit` on `schema` and every schema inside it (object fields, array elements, union
 * options, readonly/optional wrappers), each once.
 */
export function visitSchemas(schema: z.ZodType, visit: (node: z.ZodType) => void): void {
  const seen = new Set<z.ZodType>();
  const stack: z.ZodType[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop() as z.ZodType;
    if (seen.has(node)) continue;
    seen.add(node);
    visit(node);
    const def = node._zod.def as {
      shape?: Record<string, z.ZodType>;
      element?: z.ZodType;
      innerType?: z.ZodType;
      options?: readonly z.ZodType[];
    };
    if (def.shape !== undefined) stack.push(...Object.values(def.shape));
    if (def.element !== undefined) stack.push(def.element);
    if (def.innerType !== undefined) stack.push(def.innerType);
    if (def.options !== undefined) stack.push(...def.options);
  }
}
