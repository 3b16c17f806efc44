/**
 * Merging the parts of a sharded experiment into the result a single run would have given,
 * after verifying each part: its shape against a schema (every problem with its path), its
 * digest (a SHA-256 of everything else in it, so a bit flip or an edited value is caught), its
 * scenario's recorded hash against the definition it carries, and its replication indices
 * (inside its shard, ascending, never in two parts).
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { freeze } from 'immer';
import { z } from 'zod';
import { describeValue, ExperimentError, InvalidArgumentError } from '../errors.js';
import { canonicalJson, scenarioHash } from '../scenario/hash.js';
import { Accumulator, summarizePart } from './state.js';
import type { ExperimentPart, ExperimentResult, PartMeta } from './types.js';

/** `format` of an {@link ExperimentPart}. */
export const PART_FORMAT = 'peacekeeping-sim/experiment-part';

/**
 * The digest of a part: SHA-256 (hex) of the canonical JSON (sorted keys, NaN as null) of
 * every member but `digest`, so it is the same before and after a JSON round trip.
 *
 * @example
 * ```ts
 * const sealed = sealPart(part);
 * sealed.digest === partDigest(JSON.parse(JSON.stringify(sealed))); // true
 * ```
 */
export function partDigest(part: ExperimentPart): string {
  const { digest: _, ...rest } = part;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

/** `part` with its {@link partDigest} in `digest`: the form to save, so a merge can verify it. */
export function sealPart(part: ExperimentPart): ExperimentPart {
  return freeze({ ...part, digest: partDigest(part) }, true);
}

const int = (what: string) =>
  z.number({ error: `expected ${what}` }).int({ error: `expected ${what}` });
const count = int('a non-negative integer').nonnegative({
  error: 'expected a non-negative integer',
});
const numbers = z.array(z.number({ error: 'expected a number' }), {
  error: 'expected an array of numbers',
});
const text = z.string({ error: 'expected a string' });

const seriesSchema = z.object({
  n: z.array(count, { error: 'expected an array of counts' }),
  sum: numbers,
  sumSq: numbers,
  tallies: z.array(numbers, { error: 'expected an array of [value, count, …] arrays' }),
});

const histogramSchema = z.object({
  binWidth: z
    .number({ error: 'expected a positive number' })
    .positive({ error: 'expected a positive number' }),
  counts: z.array(count, { error: 'expected an array of counts' }),
});

const metaSchema = z.object({
  package: z.object({ name: text, version: text }),
  model: text,
  seed: z.union([z.number().int().refine(Number.isSafeInteger), z.string()], {
    error: 'expected a safe integer or a string',
  }),
  scenario: z.object({
    name: text,
    title: text,
    hash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 hash (64 hex digits)' }),
    startDate: text,
    horizonDays: int('a positive integer').positive({ error: 'expected a positive integer' }),
    definition: z.record(z.string(), z.unknown(), { error: 'expected the scenario (an object)' }),
  }),
  assumptions: z.array(
    z.object({ path: text, value: text, rationale: text, fitted: z.boolean() }),
    { error: 'expected an array of assumptions' },
  ),
  replicationsRequested: int('a positive integer').positive({
    error: 'expected a positive integer',
  }),
  shard: z
    .object({
      index: count,
      count: int('a positive integer').positive({ error: 'expected a positive integer' }),
    })
    .nullable(),
});

const hex = z.string().regex(/^-?[0-9a-f]+$/, { error: 'expected a hexadecimal integer' });
const extreme = z.number({ error: 'expected a number or null' }).nullable();

const sketchSchema = z.object({
  n: count,
  min: extreme,
  max: extreme,
  sum: hex,
  sumSq: hex,
  zeros: count,
  positive: z.array(int('an integer'), { error: 'expected an array of [bucket, count, …]' }),
  negative: z.array(int('an integer'), { error: 'expected an array of [bucket, count, …]' }),
  tally: z.array(z.number(), { error: 'expected an array of [value, count, …]' }).nullable(),
});

const partSchema = z.object({
  format: z.literal(PART_FORMAT),
  formatVersion: z.literal(1),
  meta: metaSchema,
  replications: z.array(count, { error: 'expected an array of replication indices' }),
  scalars: z.record(
    z.string(),
    z.array(z.number({ error: 'expected a number or null' }).nullable(), {
      error: 'expected an array of numbers or nulls',
    }),
  ),
  sketches: z.record(z.string(), sketchSchema).optional(),
  series: z.record(z.string(), seriesSchema),
  histograms: z.record(z.string(), histogramSchema),
  digest: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 digest (64 hex digits)' })
    .optional(),
  cli: z
    .object({
      scenarioRef: text,
      horizonDays: int('a positive integer or null').positive().nullable(),
    })
    .optional(),
});

/** Most problems listed for one part. */
const MAX_LISTED = 20;

/** A path of keys and indices, with keys that are not identifiers quoted: `scalars['a.b'][3]`. */
function pathText(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += `['${String(s).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}']`;
  }
  return out === '' ? '(root)' : out;
}

/** The structural problems of a part (schema) and, if there are none, of its content. */
function partIssues(part: unknown): string[] {
  const parsed = partSchema.safeParse(part, { reportInput: true });
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const got = (issue as { input?: unknown }).input;
      const missing = got === undefined && issue.code !== 'unrecognized_keys';
      return `${pathText(issue.path)}: ${missing ? 'required field is missing' : `${issue.message}, got ${describeValue(got)}`}`;
    });
  }
  const p = part as ExperimentPart;
  const issues: string[] = [];
  const reps = p.replications;
  for (let i = 1; i < reps.length; i++) {
    if ((reps[i] as number) <= (reps[i - 1] as number)) {
      issues.push(
        `replications[${i}]: expected ascending indices, got ${reps[i]} after ${reps[i - 1]}`,
      );
      break;
    }
  }
  const shard = p.meta.shard;
  if (shard !== null && shard.index >= shard.count) {
    issues.push(
      `meta.shard.index: expected less than meta.shard.count ${shard.count}, got ${shard.index}`,
    );
  }
  for (const [name, k] of Object.entries(p.sketches ?? {})) {
    let counted = k.zeros;
    for (const flat of [k.positive, k.negative]) {
      for (let i = 1; i < flat.length; i += 2) counted += flat[i] as number;
    }
    let tallied = 0;
    for (let i = 1; i < (k.tally?.length ?? 0); i += 2) tallied += k.tally?.[i] as number;
    if (
      counted !== k.n ||
      (k.tally !== null && tallied !== k.n) ||
      k.n > 0 !== (k.min !== null && k.max !== null)
    ) {
      issues.push(
        `${pathText(['sketches', name])}: expected n (${k.n}) values in its buckets (and its tally), and extremes when n > 0`,
      );
    }
  }
  if (p.sketches !== undefined && Object.keys(p.scalars).length > 0) {
    issues.push('scalars: expected none in a part kept in sketch mode (it has sketches)');
  }
  for (const [name, column] of Object.entries(p.scalars)) {
    if (column.length !== reps.length) {
      issues.push(
        `${pathText(['scalars', name])}: expected ${reps.length} values (one per replication), got ${column.length}`,
      );
    }
  }
  for (const [name, s] of Object.entries(p.series)) {
    const days = s.n.length;
    for (const key of ['sum', 'sumSq', 'tallies'] as const) {
      if (s[key].length !== days) {
        issues.push(
          `${pathText(['series', name, key])}: expected ${days} days like n, got ${s[key].length}`,
        );
      }
    }
    s.tallies.forEach((flat, d) => {
      let total = 0;
      let ok = flat.length % 2 === 0;
      for (let i = 1; i < flat.length; i += 2) {
        const c = flat[i] as number;
        if (!Number.isInteger(c) || c <= 0) ok = false;
        total += c;
      }
      if (!ok || total !== s.n[d]) {
        issues.push(
          `${pathText(['series', name, 'tallies', d])}: expected [value, count, …] pairs counting n[${d}] = ${s.n[d]} values`,
        );
      }
    });
  }
  const sc = p.meta.scenario;
  const def = sc.definition;
  for (const key of ['name', 'title', 'startDate', 'horizonDays'] as const) {
    if (def[key] !== sc[key]) {
      issues.push(
        `meta.scenario.${key}: ${describeValue(sc[key])} differs from the definition's ${describeValue(def[key])}`,
      );
    }
  }
  const rehash = scenarioHash(def);
  if (rehash !== sc.hash) {
    issues.push(
      `meta.scenario.hash: the definition hashes to ${rehash}, not the recorded ${sc.hash} (the scenario was edited after the run)`,
    );
  }
  if (p.digest !== undefined && partDigest(p) !== p.digest) {
    issues.push(
      'digest: the content does not match its digest (the part was changed or damaged after it was written)',
    );
  }
  return issues;
}

/** Options of {@link mergeResults}. */
export interface MergeOptions {
  /**
   * Accept parts that together lack some replications (e.g. a cancelled shard); the result is
   * then marked `partial`. Default false: missing replications are an error.
   */
  readonly allowPartial?: boolean | undefined;
  /** Refuse a part without a `digest` (see `sealPart`). Default false. */
  readonly requireDigest?: boolean | undefined;
  /** Names of the parts in messages (e.g. their files), instead of `parts[i]`. */
  readonly labels?: readonly string[] | undefined;
  /**
   * What the message about missing replications tells the caller to do (default: pass
   * `{ allowPartial: true }`).
   */
  readonly partialHint?: string | undefined;
}

/**
 * Merges experiment parts (from {@link runExperiment} with `shard`, possibly saved to JSON and
 * read back) into an {@link ExperimentResult} byte-identical (`JSON.stringify`) to the
 * unsharded run, whatever the order of `parts`.
 *
 * The parts must come from the same experiment: same scenario hash, seed, model, package
 * version and requested replication count; their replication sets must be disjoint, lie in
 * their shards, and together cover 0 … requested − 1 (unless `allowPartial`).
 *
 * @throws {@link InvalidArgumentError} if `parts` is not a non-empty array
 * @throws {@link ExperimentError} naming the part and field that do not match, a replication
 *   held twice, or the replications missing
 * @example
 * ```ts
 * const parts = await Promise.all([0, 1, 2].map((index) =>
 *   runExperiment(scenario, { replications: 300, seed: 42, model, shard: { index, count: 3 } })));
 * const result = mergeResults(parts); // same bytes as the unsharded run
 * ```
 */
export function mergeResults(
  parts: readonly ExperimentPart[],
  options: MergeOptions = {},
): ExperimentResult {
  if (!Array.isArray(parts) || parts.length === 0) {
    throw new InvalidArgumentError('parts', 'a non-empty array of experiment parts', parts);
  }
  const label = (i: number) => options.labels?.[i] ?? `parts[${i}]`;
  parts.forEach((part, i) => {
    checkFormat(part, label(i));
    const issues = partIssues(part);
    if (options.requireDigest === true && part.digest === undefined) {
      issues.push(
        'digest: required field is missing (parts written by `run --shard`, saveJson or sealPart carry one)',
      );
    }
    if (issues.length > 0) {
      const listed = issues.slice(0, MAX_LISTED).map((issue) => `  ${issue}`);
      if (issues.length > MAX_LISTED) listed.push(`  … ${issues.length - MAX_LISTED} more`);
      throw new ExperimentError(
        `${label(i)} is not a valid experiment part (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${listed.join('\n')}`,
      );
    }
  });
  const first = (parts[0] as ExperimentPart).meta;
  const requested = first.replicationsRequested;
  const owner = new Map<number, number>();
  parts.forEach((part, i) => {
    checkSameExperiment(first, part.meta, label(i), label(0));
    const shard = part.meta.shard;
    for (const r of part.replications) {
      if (r >= requested) {
        throw new ExperimentError(
          `${label(i)} holds replication ${r}, outside 0 … ${requested - 1}`,
        );
      }
      if (shard !== null && r % shard.count !== shard.index) {
        throw new ExperimentError(
          `${label(i)} holds replication ${r}, which is not in its shard ${shard.index}/${shard.count}`,
        );
      }
      const other = owner.get(r);
      if (other !== undefined) {
        throw new ExperimentError(
          `replication ${r} appears in ${label(other)} and ${label(i)}: parts must be disjoint`,
        );
      }
      owner.set(r, i);
    }
  });
  if (owner.size < requested && options.allowPartial !== true) {
    const missing: number[] = [];
    for (let r = 0; r < requested && missing.length < 10; r++) if (!owner.has(r)) missing.push(r);
    throw new ExperimentError(
      `parts are incomplete: ${requested - owner.size} of ${requested} replications missing ` +
        `(first: ${missing.join(', ')}); ${options.partialHint ?? 'pass { allowPartial: true } to merge them anyway'}`,
    );
  }
  const sketched = (parts[0] as ExperimentPart).sketches !== undefined;
  parts.forEach((part, i) => {
    if ((part.sketches !== undefined) !== sketched) {
      throw new ExperimentError(
        `${label(i)} keeps scalars ${sketched ? 'exactly' : 'in sketch mode'} but ${label(0)} ` +
          `${sketched ? 'in sketch mode' : 'exactly'}: parts of one run keep them alike`,
      );
    }
  });
  const acc = new Accumulator(sketched ? 'sketch' : 'exact');
  for (const part of parts) acc.absorb(part);
  const merged = acc.toPart({ ...first, shard: null });
  return freeze(summarizePart(merged, requested), true);
}

function checkFormat(part: ExperimentPart, label: string): void {
  if (
    part === null ||
    typeof part !== 'object' ||
    Array.isArray(part) ||
    part.format !== PART_FORMAT ||
    part.formatVersion !== 1
  ) {
    throw new ExperimentError(
      `${label} is not an experiment part (format '${PART_FORMAT}', version 1)`,
    );
  }
}

function checkSameExperiment(
  first: PartMeta,
  meta: PartMeta,
  label: string,
  firstLabel: string,
): void {
  const fields: [string, unknown, unknown][] = [
    ['scenario hash', first.scenario.hash, meta.scenario.hash],
    ['seed', first.seed, meta.seed],
    ['model', first.model, meta.model],
    ['package version', first.package.version, meta.package.version],
    ['replications requested', first.replicationsRequested, meta.replicationsRequested],
  ];
  for (const [name, a, b] of fields) {
    if (a !== b) {
      throw new ExperimentError(
        `${label} ${name} ${JSON.stringify(b)} differs from ${firstLabel} ${JSON.stringify(a)}`,
      );
    }
  }
}
