/**
 * Parameter checks shared by the distributions. Each is a single comparison on the happy path so
 * that the plain sampling functions can afford to validate on every call; building the error is
 * kept out of line.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from '../../errors.js';

/** Throws `InvalidArgumentError` for `field` unless `x` is a finite number. */
export function checkFinite(field: string, x: number): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) fail(field, 'a finite number', x);
}

/** Throws unless `x` is a finite number > 0. */
export function checkPositive(field: string, x: number): void {
  if (typeof x !== 'number' || !(x > 0 && x < Number.POSITIVE_INFINITY)) {
    fail(field, 'a positive number', x);
  }
}

/** Throws unless `x` is a finite number ≥ 0. */
export function checkNonNegative(field: string, x: number): void {
  if (typeof x !== 'number' || !(x >= 0 && x < Number.POSITIVE_INFINITY)) {
    fail(field, 'a non-negative number', x);
  }
}

/** Throws unless `p` is a number in [0, 1]. */
export function checkProbability(field: string, p: number): void {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) fail(field, 'a probability in [0, 1]', p);
}

/** Throws unless `n` is a non-negative safe integer. */
export function checkCount(field: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) fail(field, 'a non-negative integer', n);
}

/**
 * What a number-valued parameter should have been, worded for the value received: a NaN or an
 * infinity given for a positive or non-negative parameter is told it should be finite, a finite
 * number of the wrong sign is told the sign.
 */
export function expectedFor(kind: string, x: unknown): string {
  const signed = kind === 'a positive number' || kind === 'a non-negative number';
  if (signed && typeof x === 'number' && !Number.isFinite(x)) {
    return `a finite ${kind.slice(2)}`;
  }
  return kind;
}

/** Throws the `InvalidArgumentError` for `field`. */
export function fail(field: string, kind: string, received: unknown): never {
  throw new InvalidArgumentError(field, expectedFor(kind, received), received);
}

/**
 * Checks a weight vector for a discrete distribution: non-empty, every weight a finite number
 * ≥ 0, at least one positive, finite total. Returns the total.
 */
export function checkWeights(field: string, weights: ArrayLike<number>): number {
  if (weights === null || typeof weights !== 'object' || typeof weights.length !== 'number') {
    fail(field, 'an array of non-negative numbers', weights);
  }
  const n = weights.length;
  if (n === 0) fail(field, 'a non-empty array of non-negative numbers', weights);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (typeof w !== 'number' || !(w >= 0 && w < Number.POSITIVE_INFINITY)) {
      fail(`${field}[${i}]`, 'a non-negative number', w);
    }
    total += w;
  }
  if (total === 0) fail(field, 'at least one positive weight', weights);
  if (total === Number.POSITIVE_INFINITY) fail(field, 'weights with a finite sum', weights);
  return total;
}

/** Checks a list of observed values: non-empty, every value a finite number. */
export function checkValues(field: string, values: ArrayLike<number>): void {
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
    fail(field, 'an array of finite numbers', values);
  }
  const n = values.length;
  if (n === 0) fail(field, 'a non-empty array of finite numbers', values);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${field}[${i}]`, 'a finite number', v);
  }
}
