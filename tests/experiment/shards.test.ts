import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExperimentError, InvalidArgumentError } from '../../src/errors.js';
import {
  type ExperimentPart,
  mergeResults,
  runExperiment,
  runExperimentPart,
  saveJson,
} from '../../src/experiment/index.js';
import { model as poisson } from './fixtures/poisson-model.js';
import { model as queue } from './fixtures/queue-model.js';
import { fixtureScenario } from './fixtures/scenario.js';

const scenario = fixtureScenario();
const options = { replications: 31, seed: 21, model: poisson } as const;

async function shards(count: number, extra: object = {}): Promise<ExperimentPart[]> {
  const parts: ExperimentPart[] = [];
  for (let index = 0; index < count; index++) {
    parts.push(await runExperiment(scenario, { ...options, ...extra, shard: { index, count } }));
  }
  return parts;
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) =>
    permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]),
  );
}

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('runExperiment(scenario, { shard })', () => {
  it('shard { index, count } runs the replications r with r % count === index', async () => {
    const part = await runExperiment(scenario, { ...options, shard: { index: 1, count: 3 } });
    expect(part.replications).toEqual([1, 4, 7, 10, 13, 16, 19, 22, 25, 28]);
    expect(part.meta.shard).toEqual({ index: 1, count: 3 });
    expect(part.meta.replicationsRequested).toBe(31);
  });

  it('a part survives a JSON round trip (NaN as null)', async () => {
    const part = await runExperimentPart(fixtureScenario({ failuresPerDay: 0.05 }), options);
    expect(JSON.parse(JSON.stringify(part))).toEqual(part);
    expect(part.scalars['failures.firstDay']).toContain(null);
  });
});

describe('mergeResults(parts)', () => {
  it('3 shards merged are byte-identical to the unsharded run, in any order', async () => {
    const whole = JSON.stringify(await runExperiment(scenario, options));
    const parts = await shards(3);
    for (const order of permutations(parts)) {
      expect(JSON.stringify(mergeResults(order))).toBe(whole);
    }
  });

  it('parts read back from JSON files merge to the same bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pks-shards-'));
    dirs.push(dir);
    const whole = JSON.stringify(await runExperiment(scenario, options));
    const parts = await shards(4);
    for (const [i, part] of parts.entries()) await saveJson(join(dir, `part-${i}.json`), part);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(['part-0.json', 'part-1.json', 'part-2.json', 'part-3.json']);
    const read = await Promise.all(
      files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as ExperimentPart),
    );
    expect(JSON.stringify(mergeResults(read.reverse()))).toBe(whole);
  });

  it('shards of different counts merge when disjoint and complete', async () => {
    const whole = JSON.stringify(await runExperiment(scenario, options));
    const [even] = await shards(2);
    const fourths = await shards(4);
    expect(JSON.stringify(mergeResults([fourths[3]!, even!, fourths[1]!]))).toBe(whole);
  });

  it.each([
    ['seed', { seed: 22 }, /parts\[1\] seed 22 differs from parts\[0\] 21/],
    ['model', { model: queue }, /parts\[1\] model "fixture-mm1" differs/],
    ['replications requested', { replications: 32 }, /replications requested 32 differs/],
  ])('mismatched %s → ExperimentError naming it', async (_field, change, message) => {
    const [a] = await shards(2);
    const b = await runExperiment(scenario, {
      ...options,
      ...change,
      shard: { index: 1, count: 2 },
    });
    expect(() => mergeResults([a!, b])).toThrow(message);
  });

  it('a different scenario → ExperimentError naming the scenario hash', async () => {
    const [a] = await shards(2);
    const b = await runExperiment(fixtureScenario({ failuresPerDay: 4 }), {
      ...options,
      shard: { index: 1, count: 2 },
    });
    expect(() => mergeResults([a!, b])).toThrow(/parts\[1\] scenario hash/);
  });

  it('overlapping parts → ExperimentError', async () => {
    const [a, b] = await shards(2);
    expect(() => mergeResults([a!, b!, a!])).toThrow(
      /replication 0 appears in parts\[0\] and parts\[2\]/,
    );
  });

  it('missing replications → ExperimentError, or a partial result with allowPartial', async () => {
    const [a, , c] = await shards(3);
    expect(() => mergeResults([a!, c!])).toThrow(/10 of 31 replications missing \(first: 1, 4, 7/);
    const partial = mergeResults([a!, c!], { allowPartial: true });
    expect(partial.meta.replications).toEqual({ requested: 31, completed: 21, partial: true });
  });

  it('a part holding a replication outside its shard → ExperimentError', async () => {
    const [a, b] = await shards(2);
    const forged = { ...b!, meta: { ...b!.meta, shard: { index: 0, count: 2 } } };
    expect(() => mergeResults([a!, forged])).toThrow(ExperimentError);
  });

  it('mergeResults([]) → InvalidArgumentError; a non-part → ExperimentError', () => {
    expect(() => mergeResults([])).toThrow(InvalidArgumentError);
    expect(() => mergeResults([{} as ExperimentPart])).toThrow(
      /parts\[0\] is not an experiment part/,
    );
  });
});

describe('saveJson(path, data)', () => {
  it('saveJson writes atomically, leaving no temporary file, and replaces an existing file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pks-save-'));
    dirs.push(dir);
    const path = join(dir, 'nested', 'result.json');
    await saveJson(path, { a: 1, b: Number.NaN });
    await saveJson(path, { a: 2 }, { space: 2 });
    expect(await readFile(path, 'utf8')).toBe('{\n  "a": 2\n}\n');
    expect(await readdir(join(dir, 'nested'))).toEqual(['result.json']);
  });
});
