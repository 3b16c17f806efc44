/**
 * A stable content hash of a scenario: the same data give the same hash, whatever the order of
 * their keys, so a result can name exactly the scenario it came from.
 *
 * @module
 */
import { createHash } from 'node:crypto';

/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` properties left out (as
 * `JSON.stringify` does), `-0` written as `0`.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value);
    return s === undefined ? 'null' : s;
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const rec = value as Record<string, unknown>;
  const keys = Object.keys(rec)
    .filter((k) => rec[k] !== undefined && typeof rec[k] !== 'function')
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(rec[k])}`).join(',')}}`;
}

/**
 * SHA-256 (hex) of the canonical JSON of `scenario`.
 *
 * @example
 * ```ts
 * scenarioHash(minusma2020) === scenarioHash(JSON.parse(JSON.stringify(minusma2020))); // true
 * ```
 */
export function scenarioHash(scenario: unknown): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex');
}
