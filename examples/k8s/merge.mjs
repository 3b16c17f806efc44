// Merges every part-*.json in RESULTS_DIR into result.json: byte-identical to the same
// experiment run in one process. Fails, naming the problem, if parts are missing, overlap or
// come from different experiments (scenario, seed, model, version, replication count).
import { readdir, readFile } from 'node:fs/promises';
import { mergeResults, saveJson } from 'peacekeeping-sim';

const dir = process.env.RESULTS_DIR ?? '/results';
const files = (await readdir(dir)).filter((f) => /^part-\d+\.json$/.test(f)).sort();
const parts = await Promise.all(
  files.map(async (f) => JSON.parse(await readFile(`${dir}/${f}`, 'utf8'))),
);
const result = mergeResults(parts);
await saveJson(`${dir}/result.json`, result, { space: 2 });
const { requested, completed } = result.meta.replications;
console.log(
  `merged ${files.length} parts: ${completed}/${requested} replications -> ${dir}/result.json`,
);
