/**
 * Provenance: where every number comes from. A value used by the model is either quoted from the
 * Secretary-General's letter, taken from a public source, or a stated assumption with its
 * rationale. Reports list the assumptions, so a reader sees what to challenge.
 *
 * The zod schemas here are the single description of the format: the TypeScript types are
 * inferred from them, the JSON Schema of scenario files is generated from them.
 *
 * @module
 */
import { z } from 'zod';

/** Longest free text accepted (quotes, rationales, descriptions). */
export const MAX_TEXT = 20_000;

/** A non-empty free text. */
export const textSchema = z
  .string()
  .min(1, { error: 'expected a non-empty string' })
  .max(MAX_TEXT, { error: `expected at most ${MAX_TEXT} characters` });

/** A free text that may be empty. */
export const labelSchema = z
  .string()
  .max(MAX_TEXT, { error: `expected at most ${MAX_TEXT} characters` });

const letterSourceSchema = z
  .strictObject({
    kind: z.literal('letter'),
    /** The French quote, word for word. */
    quote: textSchema.meta({ description: 'The French quote of the letter, word for word.' }),
    /** The section heading or topic of the letter it sits under. */
    section: textSchema.meta({ description: 'The section or topic of the letter.' }),
    /** Id of the figure in the structured extraction (FIGURES.md), when it has one. */
    figureId: textSchema.exactOptional(),
  })
  .readonly()
  .meta({
    description: 'A figure of the letter of 23 December 2020 (S/2020/1282), with its quote.',
  });

const publicSourceSchema = z
  .strictObject({
    kind: z.literal('public'),
    /** A reference a reader can follow. */
    reference: textSchema.meta({ description: 'A reference a reader can follow.' }),
    /** How the number was derived from the reference, when it is not quoted directly. */
    note: textSchema.exactOptional(),
  })
  .readonly()
  .meta({ description: 'A public source outside the letter (report, article, manual).' });

const assumptionSourceSchema = z
  .strictObject({
    kind: z.literal('assumption'),
    /** Why this value: no source gives it. */
    rationale: textSchema.meta({ description: 'Why this value, since no source gives it.' }),
    /** True when the value was fitted so the model reproduces a figure of the letter. */
    fitted: z.boolean().exactOptional(),
  })
  .readonly()
  .meta({ description: 'A stated assumption with its rationale.' });

/** Where a number comes from: the letter, a public source, or a stated assumption. */
export const sourceSchema = z.discriminatedUnion('kind', [
  letterSourceSchema,
  publicSourceSchema,
  assumptionSourceSchema,
]);

/** A figure of the letter of 23 December 2020 (S/2020/1282), with the French words it rests on. */
export type LetterSource = z.infer<typeof letterSourceSchema>;
/** A public source outside the letter (report, article, manual), with a reference a reader can follow. */
export type PublicSource = z.infer<typeof publicSourceSchema>;
/** A stated assumption: no source gives this number, so the rationale says why this value. */
export type AssumptionSource = z.infer<typeof assumptionSourceSchema>;
/** Where a number comes from. */
export type Source = z.infer<typeof sourceSchema>;

/** A value with its source. Every numeric parameter of a scenario is one of these. */
export interface Sourced<T = number> {
  readonly value: T;
  readonly source: Source;
}

const sourcedCache = new Map<z.ZodType, z.ZodType>();

/**
 * The schema of a {@link Sourced} value whose `value` follows `value`. The same value schema
 * always gives the same Sourced schema (so the JSON Schema can name it once).
 */
export function sourcedSchema<T extends z.ZodType>(value: T) {
  const make = () => z.strictObject({ value, source: sourceSchema }).readonly();
  const cached = sourcedCache.get(value) as ReturnType<typeof make> | undefined;
  if (cached !== undefined) return cached;
  const schema = make();
  sourcedCache.set(value, schema);
  return schema;
}

/** The Sourced schemas made so far, by value schema (for naming them in the JSON Schema). */
export function sourcedSchemas(): ReadonlyMap<z.ZodType, z.ZodType> {
  return sourcedCache;
}

/** A {@link LetterSource} for a quote of the letter. */
export function letterSource(quote: string, section: string, figureId?: string): LetterSource {
  return figureId === undefined
    ? { kind: 'letter', quote, section }
    : { kind: 'letter', quote, section, figureId };
}

/** A {@link PublicSource}. */
export function publicSource(reference: string, note?: string): PublicSource {
  return note === undefined ? { kind: 'public', reference } : { kind: 'public', reference, note };
}

/** An {@link AssumptionSource}; `fitted` marks values calibrated to the letter. */
export function assumptionSource(rationale: string, fitted?: boolean): AssumptionSource {
  return fitted === undefined
    ? { kind: 'assumption', rationale }
    : { kind: 'assumption', rationale, fitted };
}

/** A figure quoted from the letter. */
export function fromLetter<T>(
  value: T,
  quote: string,
  section: string,
  figureId?: string,
): Sourced<T> {
  return { value, source: letterSource(quote, section, figureId) };
}

/** A figure from a public source. */
export function fromPublic<T>(value: T, reference: string, note?: string): Sourced<T> {
  return { value, source: publicSource(reference, note) };
}

/** A stated assumption with its rationale; `fitted` marks values calibrated to the letter. */
export function assumed<T>(value: T, rationale: string, fitted?: boolean): Sourced<T> {
  return { value, source: assumptionSource(rationale, fitted) };
}

/** True when `x` has the shape of a {@link Sourced} value. */
export function isSourced(x: unknown): x is Sourced<unknown> {
  return (
    typeof x === 'object' &&
    x !== null &&
    'value' in x &&
    'source' in x &&
    typeof (x as { source: unknown }).source === 'object'
  );
}
