/**
 * Short renderings of values for diffs and failure messages.
 *
 * @module
 */
import { describeSpec, isDistributionSpec } from '../../random/spec.js';

/** Renders a number compactly: integers as is, others with up to 6 significant digits. */
export function renderNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Infinity' : '-Infinity';
  if (Object.is(x, -0)) return '-0';
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(6)));
}

/** Renders any scenario value in one short line. */
export function renderValue(value: unknown): string {
  if (typeof value === 'number') return renderNumber(value);
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (value === undefined) return '(absent)';
  if (isDistributionSpec(value)) return describeSpec(value);
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
