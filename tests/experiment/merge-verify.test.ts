import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExperimentError } from '../../src/errors.js';
import {
  type ExperimentPart,
  mergeResults,
  partDigest,
  runExperiment,
  saveJson,
  sealPart,
} from '../../src/experiment/index.js';
import { model as poisson } from './fixtures/poisson-model.js';
import { fixtureScenario } from './fixtures/scenario.js';

const options = { replications: 9, seed: 5, model: poisson } as const;
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function shards(count: number): Promise<ExperimentPart[]> {
  const out: ExperimentPart[] = [];
  for (let index = 0; index < count; index++) {
    out.push(await runExperiment(fixtureScenario(), { ...options, shard: { index, count } }));
  }
  return out;
}

/** A JSON copy of `part` that can be edited. */
function plain(part: ExperimentPart): Record<string, unknown> & ExperimentPart {
  return JSON.parse(JSON.stringify(part)) as Record<string, unknown> & ExperimentPart;
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ExperimentError);
    return (error as Error).message;
  }
  throw new Error('expected an ExperimentError');
}

describe('partDigest(part), sealPart(part)', () => {
  it('partDigest(part) is the same after a JSON round trip, and changes with any value', async () => {
    const [a] = await shards(2);
    const sealed = sealPart(a!);
    expect(sealed.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(partDigest(plain(sealed))).toBe(sealed.digest);
    const changed = plain(sealed);
    (changed.scalars['failures.total'] as number[])[0] = 1e6;
    expect(partDigest(changed)).not.toBe(sealed.digest);
  });

  it('saveJson(path, part) saves the part sealed, and the saved parts merge with requireDigest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pks-merge-verify-'));
    dirs.push(dir);
    const whole = JSON.stringify(await runExperiment(fixtureScenario(), options));
    const parts = await shards(3);
    const read: ExperimentPart[] = [];
    for (const [i, part] of parts.entries()) {
      const file = join(dir, `part-${i}.json`);
      await saveJson(file, part);
      read.push(JSON.parse(await readFile(file, 'utf8')) as ExperimentPart);
    }
    expect(read.every((p) => p.digest === partDigest(p))).toBe(true);
    expect(JSON.stringify(mergeResults(read, { requireDigest: true }))).toBe(whole);
  });
});

describe('mergeResults(parts) verifies every part', () => {
  it('lists every structural problem of a part with its path', async () => {
    const [a, b] = await shards(2);
    const bad = plain(a!);
    (bad.meta as unknown as Record<string, unknown>).seed = { not: 'a seed' };
    delete (bad as Record<string, unknown>).histograms;
    (bad.replications as unknown[])[0] = -1;
    const message = messageOf(() => mergeResults([bad, b!]));
    expect(message).toMatch(/^parts\[0\] is not a valid experiment part \(3 problems\):/);
    expect(message).toContain('meta.seed: expected a safe integer or a string');
    expect(message).toContain('histograms: required field is missing');
    expect(message).toContain('replications[0]: expected a non-negative integer, got -1');
  });

  it('checks what the schema cannot: columns, tallies, order, shard, scenario, digest', async () => {
    const [a, b] = await shards(2);
    const cases: [string, (p: Record<string, unknown> & ExperimentPart) => void, RegExp][] = [
      [
        'a scalar column of the wrong length',
        (p) => (p.scalars['failures.total'] as number[]).push(1),
        /scalars\['failures\.total'\]: expected \d+ values \(one per replication\), got \d+/,
      ],
      [
        'replications out of order',
        (p) => p.replications.reverse(),
        /replications\[1\]: expected ascending indices/,
      ],
      [
        'a shard index beyond the count',
        (p) => {
          (p.meta as { shard: unknown }).shard = { index: 2, count: 2 };
        },
        /meta\.shard\.index: expected less than meta\.shard\.count 2, got 2/,
      ],
      [
        'an edited scenario under the old hash',
        (p) => {
          (p.meta.scenario.definition as unknown as { title: string }).title = 'edited';
        },
        /meta\.scenario\.title: "Experiment-layer test fixture" differs from the definition's "edited"[\s\S]*meta\.scenario\.hash: the definition hashes to/,
      ],
      [
        'a sealed part changed afterwards',
        (p) => {
          (p as { digest?: string }).digest = partDigest(p);
          (p.scalars['failures.total'] as number[])[0] = 123_456;
        },
        /digest: the content does not match its digest/,
      ],
    ];
    for (const [what, change, message] of cases) {
      const bad = plain(a!);
      change(bad);
      expect(
        messageOf(() => mergeResults([bad, b!])),
        what,
      ).toMatch(message);
    }
    const series = Object.keys(a!.series)[0];
    if (series !== undefined) {
      const bad = plain(a!);
      (bad.series[series]!.n as number[])[0]! += 1;
      expect(messageOf(() => mergeResults([bad, b!]))).toMatch(
        /tallies\[0\]: expected \[value, count, …\] pairs counting n\[0\]/,
      );
    }
  });

  it('names parts by their labels, requires a digest when asked, and words the partial hint as told', async () => {
    const [a, b] = await shards(2);
    expect(messageOf(() => mergeResults([a!, b!], { requireDigest: true }))).toContain(
      'digest: required field is missing',
    );
    expect(messageOf(() => mergeResults([a!, a!], { labels: ['one.json', 'two.json'] }))).toContain(
      'replication 0 appears in one.json and two.json',
    );
    expect(
      messageOf(() =>
        mergeResults([a!], { partialHint: 'pass --allow-partial to merge them anyway' }),
      ),
    ).toMatch(/replications missing \(first: 1, 3, 5, 7\); pass --allow-partial/);
  });
});
