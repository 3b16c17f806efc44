/**
 * Merging the parts of a sharded experiment into the result a single run would have given.
 *
 * @module
 */
import { freeze } from 'immer';
import { ExperimentError, InvalidArgumentError } from '../errors.js';
import { Accumulator, summarizePart } from './state.js';
import type { ExperimentPart, ExperimentResult, PartMeta } from './types.js';

/** Options of {@link mergeResults}. */
export interface MergeOptions {
  /**
   * Accept parts that together lack some replications (e.g. a cancelled shard); the result is
   * then marked `partial`. Default false: missing replications are an error.
   */
  readonly allowPartial?: boolean | undefined;
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
  parts.forEach((part, i) => {
    checkFormat(part, i);
  });
  const first = (parts[0] as ExperimentPart).meta;
  const requested = first.replicationsRequested;
  const owner = new Map<number, number>();
  parts.forEach((part, i) => {
    checkSameExperiment(first, part.meta, i);
    const shard = part.meta.shard;
    for (const r of part.replications) {
      if (!Number.isSafeInteger(r) || r < 0 || r >= requested) {
        throw new ExperimentError(
          `parts[${i}] holds replication ${r}, outside 0 … ${requested - 1}`,
        );
      }
      if (shard !== null && r % shard.count !== shard.index) {
        throw new ExperimentError(
          `parts[${i}] holds replication ${r}, which is not in its shard ${shard.index}/${shard.count}`,
        );
      }
      const other = owner.get(r);
      if (other !== undefined) {
        throw new ExperimentError(
          `replication ${r} appears in parts[${other}] and parts[${i}]: parts must be disjoint`,
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
        `(first: ${missing.join(', ')}); pass { allowPartial: true } to merge them anyway`,
    );
  }
  const acc = new Accumulator();
  for (const part of parts) acc.absorb(part);
  const merged = acc.toPart({ ...first, shard: null });
  return freeze(summarizePart(merged, requested), true);
}

function checkFormat(part: ExperimentPart, i: number): void {
  if (
    part === null ||
    typeof part !== 'object' ||
    part.format !== 'peacekeeping-sim/experiment-part' ||
    part.formatVersion !== 1
  ) {
    throw new ExperimentError(
      `parts[${i}] is not an experiment part (format 'peacekeeping-sim/experiment-part', version 1)`,
    );
  }
}

function checkSameExperiment(first: PartMeta, meta: PartMeta, i: number): void {
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
        `parts[${i}] ${name} ${JSON.stringify(b)} differs from parts[0] ${JSON.stringify(a)}`,
      );
    }
  }
}
