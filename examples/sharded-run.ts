/**
 * A sharded run: the experiment split into 3 shards (as 3 machines or 3 pods of a Kubernetes
 * indexed Job would run it), each shard's part saved as JSON and read back, then merged with
 * `mergeResults` into exactly the bytes of the same experiment run in one process.
 *
 * Shard i of n runs the replications r with r % n === i. Each replication draws only from
 * streams derived from (seed, replication, purpose), so where it runs does not matter, and the
 * parts hold exact integer sums and tallies, so merging them loses nothing.
 *
 * Run: `npx tsx examples/sharded-run.ts` (a few seconds). The CLI equivalent, one line per
 * machine, then the merge:
 *   npx peacekeeping-sim run baseline-2020 --replications 30 --shard 0/3 --out part-0.json
 *   npx peacekeeping-sim merge part-0.json part-1.json part-2.json --out result.json
 * See examples/k8s/ for a Kubernetes indexed Job.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { builtInScenarios } from '../scenarios/index.js';
import { type ExperimentPart, mergeResults, runExperiment, variant } from '../src/index.js';

/** Options of {@link main}. */
export interface ShardedRunOptions {
  readonly replications?: number;
  readonly shards?: number;
  /** Shorten the scenario (days). */
  readonly horizonDays?: number;
  readonly seed?: number | string;
  readonly log?: (line: string) => void;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Runs the shards and the single run; returns both serialisations. */
export async function main(options: ShardedRunOptions = {}) {
  const log = options.log ?? console.log;
  const base = builtInScenarios['baseline-2020'];
  if (base === undefined) throw new Error('no built-in scenario baseline-2020');
  const h = options.horizonDays;
  const scenario = h === undefined ? base : variant(base, (d) => void (d.horizonDays = h));
  const replications = options.replications ?? Number(process.env.REPLICATIONS ?? 30);
  const count = options.shards ?? 3;
  const seed = options.seed ?? 42;

  const parts: ExperimentPart[] = [];
  for (let index = 0; index < count; index++) {
    const part = await runExperiment(scenario, { replications, seed, shard: { index, count } });
    // What another machine would send back: the part as JSON text.
    const wire = JSON.stringify(part);
    log(
      `shard ${index}/${count}: replications ${part.replications.join(',')} (${wire.length} bytes)`,
    );
    parts.push(JSON.parse(wire) as ExperimentPart);
  }
  // Any order: merging is exact.
  const merged = JSON.stringify(mergeResults(parts.reverse()));
  const single = JSON.stringify(await runExperiment(scenario, { replications, seed }));
  log(`merged result: ${merged.length} bytes, sha256 ${sha256(merged)}`);
  log(`single run:    ${single.length} bytes, sha256 ${sha256(single)}`);
  log(merged === single ? 'identical, byte for byte' : 'DIFFERENT');
  if (merged !== single) process.exitCode = 1;
  return { merged, single };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
