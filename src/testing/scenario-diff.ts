/**
 * `scenarioDiff`: what a variant changed in a scenario, as readable lines.
 *
 * @module
 */
import type { PlanStep } from '../dynamics/format.js';
import { daysBetween, parseIsoDate } from '../model/dates.js';
import type { Scenario } from '../scenario/types.js';
import { renderValue } from './_internals/render.js';

/** Options of {@link scenarioDiff}. */
export interface ScenarioDiffOptions {
  /**
   * Also list changes of provenance (`source` objects). Default false: a value set by
   * `setValue` changes its source too, and listing both would double every line.
   */
  readonly sources?: boolean;
  /** Most lines listed; the rest are counted in a last line (default 50). */
  readonly maxLines?: number;
}

type Rec = Record<string, unknown>;

function isRec(x: unknown): x is Rec {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isSourcedLike(x: unknown): x is { value: unknown; source: unknown } {
  return isRec(x) && 'value' in x && 'source' in x && Object.keys(x).length === 2;
}

function idOf(x: unknown): string | undefined {
  return isRec(x) && typeof x.id === 'string' ? x.id : undefined;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  return JSON.stringify(a) === JSON.stringify(b);
}

function walk(a: unknown, b: unknown, path: string, out: string[], o: ScenarioDiffOptions): void {
  if (a === b) return;
  if (isSourcedLike(a) && isSourcedLike(b)) {
    walk(a.value, b.value, path, out, o);
    if (o.sources === true && !sameJson(a.source, b.source)) {
      out.push(`  ${path} (source): ${renderValue(a.source)} → ${renderValue(b.source)}`);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const byId = a.every((x) => idOf(x) !== undefined) && b.every((x) => idOf(x) !== undefined);
    if (byId) {
      const ia = new Map(a.map((x) => [idOf(x) as string, x]));
      const ib = new Map(b.map((x) => [idOf(x) as string, x]));
      for (const [id, x] of ia) {
        if (!ib.has(id)) out.push(`- ${path}[${id}] removed: ${renderValue(x)}`);
        else walk(x, ib.get(id), `${path}[${id}]`, out, o);
      }
      for (const [id, x] of ib)
        if (!ia.has(id)) out.push(`+ ${path}[${id}] added: ${renderValue(x)}`);
      return;
    }
    if (sameJson(a, b)) return;
    const n = Math.max(a.length, b.length);
    if (a.length !== b.length && n > 20) {
      out.push(`  ${path}: ${renderValue(a)} → ${renderValue(b)}`);
      return;
    }
    for (let i = 0; i < n; i++) {
      if (i >= a.length) out.push(`+ ${path}[${i}] added: ${renderValue(b[i])}`);
      else if (i >= b.length) out.push(`- ${path}[${i}] removed: ${renderValue(a[i])}`);
      else walk(a[i], b[i], `${path}[${i}]`, out, o);
    }
    return;
  }
  if (isRec(a) && isRec(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      if (k === 'source' && o.sources !== true && isRec(a[k]) && isRec(b[k])) continue;
      if (k === 'source' && o.sources !== true && (a[k] === undefined) !== (b[k] === undefined))
        continue;
      walk(a[k], b[k], path === '' ? k : `${path}.${k}`, out, o);
    }
    return;
  }
  if (sameJson(a, b)) return;
  let ra = renderValue(a);
  let rb = renderValue(b);
  if (ra === rb && typeof a === 'number' && typeof b === 'number') {
    ra = String(a);
    rb = String(b);
  }
  out.push(`  ${path}: ${ra} → ${rb}`);
}

function planLines(
  a: readonly PlanStep[],
  b: readonly PlanStep[],
  out: string[],
  o: ScenarioDiffOptions,
): void {
  const ia = new Map(a.map((s, i) => [s.id, { s, i }]));
  const ib = new Map(b.map((s, i) => [s.id, { s, i }]));
  for (const [id, { s }] of ia) {
    if (!ib.has(id)) out.push(`- plan step '${id}' removed (${s.date}, ${s.action.kind})`);
  }
  for (const [id, { s }] of ib) {
    if (!ia.has(id))
      out.push(`+ plan step '${id}' added (${s.date}, ${s.action.kind}): ${s.title}`);
  }
  for (const [id, { s: sa, i }] of ia) {
    const hit = ib.get(id);
    if (hit === undefined) continue;
    const sb = hit.s;
    if (sa.date !== sb.date) {
      const shift =
        parseIsoDate(sa.date) !== undefined && parseIsoDate(sb.date) !== undefined
          ? daysBetween(sa.date, sb.date)
          : Number.NaN;
      const sign = shift > 0 ? `+${shift}` : String(shift);
      out.push(
        `~ plan step '${id}' moved: ${sa.date} → ${sb.date}${Number.isNaN(shift) ? '' : ` (${sign} days)`}`,
      );
    }
    if (hit.i !== i && b.length === a.length) {
      out.push(`~ plan step '${id}' reordered: position ${i} → ${hit.i}`);
    }
    const rest = (s: PlanStep) => ({ ...s, date: '' });
    walk(rest(sa), rest(sb), `plan[${id}]`, out, o);
  }
}

/**
 * Lists what `changed` changes in `base`, one line per change:
 * - `  path: old → new` for a changed value (Sourced values are compared by value; arrays of
 *   objects with ids are matched by id and shown as `mission.units[east-quick-reaction-force].strength`);
 * - `+ path added: …` and `- path removed: …` for array elements;
 * - `~ plan step 'id' moved: 2021-10-01 → 2022-01-15 (+106 days)`, `+ plan step … added`,
 *   `- plan step … removed` for the plan.
 *
 * Returns `'(no differences)'` when the two are equal. Provenance changes are left out unless
 * `options.sources` is set.
 *
 * @example
 * ```ts
 * scenarioDiff(minusma2020, setValue(minusma2020, 'plan[mopti-camp-expansion].date', '2022-01-01'));
 * // "~ plan step 'mopti-camp-expansion' moved: 2021-10-01 → 2022-01-01 (+92 days)"
 * ```
 */
export function scenarioDiff(
  base: Scenario,
  changed: Scenario,
  options: ScenarioDiffOptions = {},
): string {
  const out: string[] = [];
  const a = base as unknown as Rec;
  const b = changed as unknown as Rec;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const k of keys) {
    if (k === 'plan' && Array.isArray(a.plan) && Array.isArray(b.plan)) {
      planLines(a.plan as PlanStep[], b.plan as PlanStep[], out, options);
    } else {
      walk(a[k], b[k], k, out, options);
    }
  }
  if (out.length === 0) return '(no differences)';
  const max = Math.max(1, options.maxLines ?? 50);
  if (out.length > max) {
    return [...out.slice(0, max), `  … and ${out.length - max} more change(s)`].join('\n');
  }
  return out.join('\n');
}
