/**
 * Deep freezing: validated scenarios are immutable all the way down, so they can be shared
 * between runs and variants without defensive copies.
 *
 * @module
 */

/** A type whose every property and element is readonly, recursively. */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Freezes `value` and everything reachable from it (objects and arrays), iteratively, so deep
 * structures cannot overflow the stack. Shared sub-objects are frozen once. Returns `value`.
 *
 * @example
 * ```ts
 * const s = deepFreeze({ a: { b: [1, 2] } });
 * Object.isFrozen(s.a.b); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    for (const key of Object.keys(node)) stack.push((node as Record<string, unknown>)[key]);
    Object.freeze(node);
  }
  return value;
}

/** True when `value` and everything reachable from it is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    if (!Object.isFrozen(node)) return false;
    seen.add(node);
    for (const key of Object.keys(node)) stack.push((node as Record<string, unknown>)[key]);
  }
  return true;
}
