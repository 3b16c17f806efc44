/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`, midnight UTC), as scenarios use them: the day
 * offset of a date from a scenario's start, and the date a day offset stands for.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds since the epoch of a real ISO date, or `undefined` if `date` is not one. */
export function parseIsoDate(date: string): number | undefined {
  const m = ISO_DATE.exec(date);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return undefined;
  }
  return t;
}

function must(date: string, field: string): number {
  const t = typeof date === 'string' ? parseIsoDate(date) : undefined;
  if (t === undefined) throw new InvalidArgumentError(field, 'a real date YYYY-MM-DD', date);
  return t;
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @throws {@link InvalidArgumentError} if either is not a real ISO date
 * @example
 * ```ts
 * daysBetween('2020-07-01', '2020-12-23'); // 175
 * ```
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((must(to, 'to') - must(from, 'from')) / DAY_MS);
}

/**
 * The ISO date `days` whole days after `date`.
 *
 * @throws {@link InvalidArgumentError} if `date` is not a real ISO date or `days` not an integer
 * @example
 * ```ts
 * addDays('2020-07-01', 175); // '2020-12-23'
 * ```
 */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new InvalidArgumentError('days', 'an integer', days);
  return new Date(must(date, 'date') + days * DAY_MS).toISOString().slice(0, 10);
}

/** The months' names in English, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** An ISO date as the scenarios' prose writes it: `2021-12-31` → `31 December 2021`. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTH_NAMES[(m ?? 1) - 1]} ${y}`;
}
