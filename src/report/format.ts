/**
 * Number and text formatting shared by every report format: numbers to a sensible precision,
 * shares as percentages, units for headers, intervals, word wrapping.
 *
 * @module
 */
import type { MetricUnit } from './metrics.js';

/** What reports print for an undefined value (NaN). */
export const MISSING = '–';

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

/** The unit of a difference of two values (`pp`, percentage points, for shares). */
export function diffUnitLabel(unit: MetricUnit): string {
  return isShareUnit(unit) ? 'pp' : unitLabel(unit);
}

/**
 * A number to a precision that suits its size: integers as integers, otherwise 3 to 4
 * significant digits (no exponent below 1e9). NaN and infinities print as {@link MISSING}.
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return MISSING;
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (Number.isInteger(x) && a < 1e9) return String(x);
  let digits: number;
  if (a >= 1000) digits = 0;
  else if (a >= 10) digits = 1;
  else if (a >= 1) digits = 2;
  else digits = Math.min(6, Math.max(2, 2 - Math.floor(Math.log10(a))));
  const s = x.toFixed(digits);
  return s === '-0' || /^-0\.?0*$/.test(s) ? '0' : s;
}

/** A metric value in its display unit: shares as percentages with one decimal. */
export function formatValue(x: number, unit: MetricUnit): string {
  if (!Number.isFinite(x)) return MISSING;
  if (isShareUnit(unit)) return (x * 100).toFixed(1);
  return formatNumber(x);
}

/** A metric value with its unit, for sentences: `34.4 %`, `152.8 min`, `513.7 vehicles`. */
export function formatWithUnit(x: number, unit: MetricUnit): string {
  const v = formatValue(x, unit);
  if (v === MISSING) return v;
  return unit === 'count' ? v : `${v} ${unitLabel(unit)}`;
}

/** An interval `lo–hi` in the metric's display unit. */
export function formatInterval(lo: number, hi: number, unit: MetricUnit): string {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return MISSING;
  return `${formatValue(lo, unit)} to ${formatValue(hi, unit)}`;
}

/** Word-wraps `text` to `width`; words longer than `width` break after `.`, `-` or `/`, else hard. */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= w) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  };
  for (const word of text.split(/\s+/).filter((s) => s !== '')) {
    let rest = word;
    while (rest.length > w) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      let cut = -1;
      for (let i = w - 1; i > 0; i--) {
        const c = rest[i - 1];
        if (c === '.' || c === '-' || c === '/' || c === '_') {
          cut = i;
          break;
        }
      }
      if (cut < Math.floor(w / 3)) cut = w;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    if (rest !== '') push(rest);
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Lower-cases the first letter of a label for use inside a sentence, except acronyms (IED). */
export function inSentence(label: string): string {
  if (label.length > 1 && label[1] === label[1]?.toUpperCase() && /[A-Z]/.test(label[1] ?? '')) {
    return label;
  }
  return label.charAt(0).toLowerCase() + label.slice(1);
}
