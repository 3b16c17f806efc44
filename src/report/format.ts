/**
 * Number and text formatting shared by every report format: one rule for significant digits,
 * shares as percentages, units for headers, intervals, word wrapping.
 *
 * **The number rule.** A number is shown to 3 significant digits, fixed-point (`0.0341`, `9.31`,
 * `85.6`, `481`, `5389`); a number of 1,000 or more to the unit. Numbers shown together — a
 * value and its interval, the two ends of an interval — share the decimals of the largest of
 * them (`24.9 to 45.0`, `+9.31 (8.43 to 10.2)` is written `+9.3 (8.4 to 10.2)`), so that they
 * line up and read alike; a group of exact integers stays integer (`8 to 16`).
 *
 * @module
 */
import type { MetricUnit } from './metrics.js';

/** What reports print for an undefined value (NaN). */
export const MISSING = '–';

/** Significant digits of every number a report prints. */
export const SIGNIFICANT_DIGITS = 3;

/** True for units reports print as percentages. */
export function isShareUnit(unit: MetricUnit): boolean {
  return unit === 'share' || unit === 'probability';
}

/** The unit as a table header or suffix prints it (`%` for shares). */
export function unitLabel(unit: MetricUnit): string {
  if (isShareUnit(unit)) return '%';
  if (unit === 'per 1000 convoy-km') return 'per 1000 km';
  return unit;
}

/**
 * A label with its unit, as a heading writes it: `Median time to surgery (min)`, or after a comma
 * when the label ends with a parenthesis (`Fleet readiness (time average), %`); plain counts
 * without one.
 */
export function withUnit(label: string, unit: MetricUnit): string {
  if (unit === 'count') return label;
  return label.endsWith(')') ? `${label}, ${unitLabel(unit)}` : `${label} (${unitLabel(unit)})`;
}

/** The unit of a difference of two values (`pp`, percentage points, for shares). */
export function diffUnitLabel(unit: MetricUnit): string {
  return isShareUnit(unit) ? 'pp' : unitLabel(unit);
}

/** The factor from a metric's value to its display value (100 for shares, else 1). */
export function displayFactor(unit: MetricUnit): number {
  return isShareUnit(unit) ? 100 : 1;
}

/**
 * Decimals that show numbers up to magnitude `max` with {@link SIGNIFICANT_DIGITS} significant
 * digits (0 from 100 on; at most 6).
 */
export function decimalsFor(max: number): number {
  const a = Math.abs(max);
  if (!Number.isFinite(a) || a === 0) return 0;
  const d = Math.min(6, Math.max(0, SIGNIFICANT_DIGITS - 1 - Math.floor(Math.log10(a))));
  // 99.96 at 1 decimal rounds to 100.0: four digits; one decimal fewer.
  if (d > 0 && Math.abs(Number(a.toFixed(d))) >= 10 ** (SIGNIFICANT_DIGITS - d)) return d - 1;
  return d;
}

function fixed(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/**
 * Numbers shown together (a value and its interval), by the rule in this module's description:
 * the decimals of the largest, integers as integers when all are. NaN and infinities print as
 * {@link MISSING}.
 */
export function formatNumbers(xs: readonly number[]): string[] {
  const finite = xs.filter(Number.isFinite);
  const integers = finite.every((x) => Number.isInteger(x));
  const max = finite.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  const d = integers ? 0 : decimalsFor(max);
  return xs.map((x) => (Number.isFinite(x) ? fixed(x, d) : MISSING));
}

/** One number by the rule in this module's description (`0.0341`, `9.31`, `85.6`, `481`). */
export function formatNumber(x: number): string {
  return formatNumbers([x])[0] as string;
}

/** A difference with its sign (`+9.31`, `-0.45`, `0`). */
export function formatSigned(x: number, shown = formatNumber(x)): string {
  return x > 0 && shown !== MISSING && !/^0\.?0*$/.test(shown) ? `+${shown}` : shown;
}

/** A metric value in its display unit: shares as percentages (`85.6` for 0.856). */
export function formatValue(x: number, unit: MetricUnit): string {
  return formatNumber(x * displayFactor(unit));
}

/** A metric value with its unit, for sentences: `34.4 %`, `153 min`, `514 vehicles`. */
export function formatWithUnit(x: number, unit: MetricUnit): string {
  const v = formatValue(x, unit);
  if (v === MISSING) return v;
  return unit === 'count' ? v : `${v} ${unitLabel(unit)}`;
}

/** An interval `lo to hi` in the metric's display unit, both ends to the same decimals. */
export function formatInterval(lo: number, hi: number, unit: MetricUnit): string {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return MISSING;
  const k = displayFactor(unit);
  const [a, b] = formatNumbers([lo * k, hi * k]);
  return `${a} to ${b}`;
}

/**
 * A value with its interval in the metric's display unit, all to the same decimals:
 * `+9.3 (8.4 to 10.2)`; with `signed`, the value carries its sign.
 */
export function formatEstimate(
  x: number,
  lo: number,
  hi: number,
  unit: MetricUnit,
  options: { readonly signed?: boolean } = {},
): { readonly value: string; readonly interval: string } {
  const k = displayFactor(unit);
  const [v, a, b] = formatNumbers([x * k, lo * k, hi * k]) as [string, string, string];
  const value = options.signed === true ? formatSigned(x, v) : v;
  const interval = Number.isFinite(lo) && Number.isFinite(hi) ? `${a} to ${b}` : MISSING;
  return { value, interval };
}

/**
 * A word split where it may break when it does not fit a line: after `.`, `/` or `,`, and before
 * `[` or `(` — the joints of a path or a metric name, never inside a word of prose or a number.
 */
export function wordFragments(word: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i < word.length; i++) {
    const prev = word[i - 1] as string;
    const c = word[i] as string;
    if (prev === '.' || prev === '/' || prev === ',' || c === '[' || c === '(') {
      // Not inside a number (`0.25`, `1,000`).
      if ((prev === '.' || prev === ',') && /\d/.test(word[i - 2] ?? '') && /\d/.test(c)) continue;
      out.push(word.slice(start, i));
      start = i;
    }
  }
  out.push(word.slice(start));
  return out;
}

/** The longest piece of `text` that cannot be broken (see {@link wordFragments}). */
export function longestFragment(text: string): number {
  let max = 0;
  for (const word of text.split(/\s+/)) {
    for (const f of wordFragments(word)) max = Math.max(max, [...f].length);
  }
  return max;
}

/**
 * The words of `text`, a percent sign kept with its number (`95 %` never breaks between the two)
 * and a dash of a range with what follows it.
 */
function words(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(/\s+/)) {
    if (w === '') continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && /^%/.test(w) && /\d$/.test(prev))
      out[out.length - 1] = `${prev} ${w}`;
    else out.push(w);
  }
  return out;
}

/** `s` cut to `width` characters, ending with `…` when it was longer. */
export function truncate(s: string, width: number): string {
  const chars = [...s];
  if (chars.length <= width) return s;
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/**
 * Word-wraps `text` to lines of at most `width` characters, breaking only between words, or
 * inside a word too long for a line at the joints {@link wordFragments} finds; a piece longer
 * than a whole line is cut with `…` (never broken mid-word onto the next line).
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const len = (s: string) => [...s].length;
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line !== '') lines.push(line);
    line = '';
  };
  for (const word of words(text)) {
    const sep = line === '' ? '' : ' ';
    if (len(line) + len(sep) + len(word) <= w) {
      line += sep + word;
      continue;
    }
    if (len(word) <= w) {
      flush();
      line = word;
      continue;
    }
    // A word longer than a line: fill the current line with its first fragments, then go on.
    let first = true;
    for (const f of wordFragments(word)) {
      const joint = first ? (line === '' ? '' : ' ') : '';
      if (len(line) + len(joint) + len(f) <= w) line += joint + f;
      else {
        flush();
        line = truncate(f, w);
      }
      first = false;
    }
  }
  flush();
  return lines.length === 0 ? [''] : lines;
}

/** Lower-cases the first letter of a label for use inside a sentence, except acronyms (IED). */
export function inSentence(label: string): string {
  if (label.length > 1 && label[1] === label[1]?.toUpperCase() && /[A-Z]/.test(label[1] ?? '')) {
    return label;
  }
  return label.charAt(0).toLowerCase() + label.slice(1);
}
