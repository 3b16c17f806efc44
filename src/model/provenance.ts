/**
 * Provenance: where every number comes from. A value used by the model is either quoted from the
 * Secretary-General's letter, taken from a public source, or a stated assumption with its
 * rationale. Reports list the assumptions, so a reader sees what to challenge.
 *
 * @module
 */

/** A figure of the letter of 23 December 2020 (S/2020/1282), with the French words it rests on. */
export interface LetterSource {
  readonly kind: 'letter';
  /** The French quote, word for word. */
  readonly quote: string;
  /** The section heading or topic of the letter it sits under. */
  readonly section: string;
  /** Id of the figure in the structured extraction (FIGURES.md), when it has one. */
  readonly figureId?: string;
}

/** A public source outside the letter (report, article, manual), with a reference a reader can follow. */
export interface PublicSource {
  readonly kind: 'public';
  readonly reference: string;
  /** How the number was derived from the reference, when it is not quoted directly. */
  readonly note?: string;
}

/** A stated assumption: no source gives this number, so the rationale says why this value. */
export interface AssumptionSource {
  readonly kind: 'assumption';
  readonly rationale: string;
  /** True when the value was fitted so the model reproduces a figure of the letter. */
  readonly fitted?: boolean;
}

/** Where a number comes from. */
export type Source = LetterSource | PublicSource | AssumptionSource;

/** A value with its source. Every numeric parameter of a scenario is one of these. */
export interface Sourced<T = number> {
  readonly value: T;
  readonly source: Source;
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
