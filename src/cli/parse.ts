/**
 * Parsers of flag values. Each throws commander's `InvalidArgumentError`, which commander turns
 * into a one-line usage error naming the flag (exit code 1).
 *
 * @module
 */
import { InvalidArgumentError as FlagValueError } from 'commander';
import { MAX_HORIZON_DAYS } from '../model/index.js';
import type { ReportFormat } from '../report/index.js';
import { DEFAULT_MODULE_TIMEOUT_MS, MAX_REPLICATIONS } from '../scenario/index.js';

/** The report formats, in the order help shows them. */
export { REPORT_FORMATS } from '../report/types.js';

/** Largest replication count the CLI accepts (`scenario/limits.ts`; more needs shards). */
export { MAX_REPLICATIONS };
/** Largest worker count the CLI accepts. */
export const MAX_WORKERS = 256;

function integer(text: string, min: number, max: number, what: string): number {
  if (!/^\s*[+]?\d+\s*$/.test(text)) throw new FlagValueError(`expected ${what}`);
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new FlagValueError(`expected ${what}`);
  return n;
}

/** `--replications`: an integer in [1, {@link MAX_REPLICATIONS}]. */
export function parseReplications(text: string): number {
  return integer(text, 1, MAX_REPLICATIONS, `an integer from 1 to ${MAX_REPLICATIONS}`);
}

/** `--workers`: an integer in [1, {@link MAX_WORKERS}]. */
export function parseWorkers(text: string): number {
  return integer(text, 1, MAX_WORKERS, `an integer from 1 to ${MAX_WORKERS}`);
}

/** `--horizon-days`: an integer in [1, MAX_HORIZON_DAYS]. */
export function parseHorizonDays(text: string): number {
  return integer(
    text,
    1,
    MAX_HORIZON_DAYS,
    `an integer number of days from 1 to ${MAX_HORIZON_DAYS}`,
  );
}

/** Default of `--scenario-timeout`, in seconds. */
export const DEFAULT_SCENARIO_TIMEOUT_S = DEFAULT_MODULE_TIMEOUT_MS / 1000;
/** Longest `--scenario-timeout`, in seconds (a day). */
export const MAX_SCENARIO_TIMEOUT_S = 86_400;

/** `--scenario-timeout`: seconds, a positive number up to {@link MAX_SCENARIO_TIMEOUT_S}. */
export function parseScenarioTimeout(text: string): number {
  const t = text.trim();
  const n = /^\+?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
  if (!(n > 0 && n <= MAX_SCENARIO_TIMEOUT_S)) {
    throw new FlagValueError(
      `expected a number of seconds above 0, at most ${MAX_SCENARIO_TIMEOUT_S}`,
    );
  }
  return n;
}

/**
 * `--seed`: an integer (kept as a number, so `--seed 42` matches a library run with `seed: 42`)
 * or any other non-empty string.
 */
export function parseSeed(text: string): number | string {
  if (text.length === 0) throw new FlagValueError('expected an integer or a non-empty string');
  if (/^-?\d+$/.test(text)) {
    const n = Number(text);
    if (!Number.isSafeInteger(n)) throw new FlagValueError('integer seeds must be safe integers');
    return n;
  }
  return text;
}

/** A shard `i/n`: 0 ≤ i < n (0-based, like a Kubernetes JOB_COMPLETION_INDEX). */
export interface ShardArg {
  readonly index: number;
  readonly count: number;
}

/** `--shard i/n`. */
export function parseShard(text: string): ShardArg {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m === null ? Number.NaN : Number(m[1]);
  const count = m === null ? Number.NaN : Number(m[2]);
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index >= count) {
    throw new FlagValueError('expected i/n with 0 <= i < n, e.g. 0/4 (shard indices start at 0)');
  }
  return { index, count };
}

/**
 * A scalar value written on the command line: a number when it reads as one, `true`/`false`,
 * `null`, otherwise the string itself (a date, an id).
 */
export function parseValue(text: string): unknown {
  const t = text.trim();
  if (t === 'true') return true;
  if (t === 'false') return false;
  if (t === 'null') return null;
  if (t !== '' && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  return t;
}

/**
 * Where a `path=values` argument splits: the first `=` outside brackets, so that a path may
 * name an array element by a field (`bySector[sector=centre].workshopBays=8,12`); -1 when none.
 */
export function assignmentIndex(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '=' && depth === 0) return i;
  }
  return -1;
}

/** One `--param path=v1,v2,…` of a sweep. */
export interface SweepParamArg {
  readonly path: string;
  readonly values: readonly unknown[];
}

/**
 * `--param path=v1,v2,…` (sweep). The path takes every form `assumptions` prints and `setValue`
 * accepts: `aviation.mtbfDays`, `mission.routes[3].lengthKm` or `mission.routes.3.lengthKm`,
 * elements by id (`mission.units[north-quick-reaction-force].noticeToMoveMin`) or by a field
 * (`mission.armouredFleet.bySector[sector=centre].workshopBays`), and numbers inside a
 * distribution (`fleet.repairDays.value.mean`).
 */
export function parseSweepParam(text: string): SweepParamArg {
  const eq = assignmentIndex(text);
  const path = eq < 0 ? '' : text.slice(0, eq).trim();
  const list = eq < 0 ? '' : text.slice(eq + 1);
  const parts = list.split(',').map((v) => v.trim());
  if (path === '' || list.trim() === '' || parts.some((v) => v === '')) {
    throw new FlagValueError(
      'expected path=v1,v2,… e.g. aviation.mtbfDays=10,14,20 or mission.armouredFleet.bySector[sector=centre].workshopBays=8,12',
    );
  }
  return { path, values: parts.map(parseValue) };
}

/** One `--param path=low:high` of a sensitivity analysis. */
export interface SensitivityParamArg {
  readonly path: string;
  readonly low: unknown;
  readonly high: unknown;
}

/** `--param path=low:high` (sensitivity); the path as for {@link parseSweepParam}. */
export function parseSensitivityParam(text: string): SensitivityParamArg {
  const eq = assignmentIndex(text);
  const path = eq < 0 ? '' : text.slice(0, eq).trim();
  const range = eq < 0 ? [] : text.slice(eq + 1).split(':');
  const [low, high] = range.map((v) => v.trim());
  if (
    path === '' ||
    range.length !== 2 ||
    low === undefined ||
    high === undefined ||
    low === '' ||
    high === ''
  ) {
    throw new FlagValueError('expected path=low:high e.g. aviation.mtbfDays=10:20');
  }
  return { path, low: parseValue(low), high: parseValue(high) };
}

/** Appends a repeated flag's value to the list so far (commander's reducer signature). */
export function collect<T>(parse: (text: string) => T): (text: string, previous: T[]) => T[] {
  return (text, previous) => [...previous, parse(text)];
}

/** `--metric name`: a non-empty metric name. */
export function parseMetric(text: string): string {
  const t = text.trim();
  if (t === '')
    throw new FlagValueError('expected a metric name, e.g. casevac.surgeryWithinTarget.share');
  return t;
}

/** The format an output file's extension implies, if any. */
export function formatFromExtension(path: string): ReportFormat | undefined {
  const m = /\.([A-Za-z]+)$/.exec(path);
  switch (m?.[1]?.toLowerCase()) {
    case 'html':
    case 'htm':
      return 'html';
    case 'md':
    case 'markdown':
      return 'md';
    case 'json':
      return 'json';
    case 'csv':
      return 'csv';
    case 'txt':
      return 'table';
    default:
      return undefined;
  }
}
