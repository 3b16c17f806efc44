// One shard of a sharded experiment, for a Kubernetes indexed Job (or a Slurm array):
// shard index from JOB_COMPLETION_INDEX (or SLURM_ARRAY_TASK_ID), shard count from SHARD_COUNT.
// Writes the shard's mergeable part atomically to $RESULTS_DIR/part-<index>.json.
//
// Environment:
//   SHARD_COUNT    number of shards (the Job's `completions`)
//   REPLICATIONS   replications of the whole experiment (default 1000)
//   SEED           experiment seed (default 42)
//   RESULTS_DIR    shared directory for the parts (default /results)
//   MODEL_MODULE   optional: path or file URL of a module exporting `model`; default: the
//                  library's mission model
import { pathToFileURL } from 'node:url';
import { minusma2020, runExperiment, saveJson } from 'peacekeeping-sim';

const index = Number(process.env.JOB_COMPLETION_INDEX ?? process.env.SLURM_ARRAY_TASK_ID);
const count = Number(process.env.SHARD_COUNT);
const replications = Number(process.env.REPLICATIONS ?? 1000);
// An integer seed stays a number, so the result's metadata matches a run given `seed: 42`.
const seedText = process.env.SEED ?? '42';
const seed = /^-?\d+$/.test(seedText) ? Number(seedText) : seedText;
const dir = process.env.RESULTS_DIR ?? '/results';

const options = { replications, seed, shard: { index, count } };
if (process.env.MODEL_MODULE) {
  const url = process.env.MODEL_MODULE.startsWith('file:')
    ? process.env.MODEL_MODULE
    : pathToFileURL(process.env.MODEL_MODULE).href;
  options.model = (await import(url)).model;
}

const part = await runExperiment(minusma2020, options);
const name = `part-${String(index).padStart(4, '0')}.json`;
await saveJson(`${dir}/${name}`, part);
console.log(`shard ${index}/${count}: ${part.replications.length} replications -> ${dir}/${name}`);
