/**
 * `merge` verifies its parts: a part missing a member, truncated, bit-flipped, with a tampered
 * value, with an edited scenario under the old hash, without a digest, or overlapping another
 * is refused with exit 3 and a message naming the file and the field; never an internal error.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partDigest } from '../../src/experiment/index.js';
import type { ExperimentPart } from '../../src/experiment/types.js';
import { scenarioHash } from '../../src/scenario/hash.js';
import { cli } from './helpers.js';

let dir: string;
let parts: string[];
let texts: string[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pks-merge-'));
  parts = [0, 1].map((i) => join(dir, `part-${i}.json`));
  for (const [i, part] of parts.entries()) {
    const r = await cli([
      'run',
      'baseline-2020',
      '--horizon-days',
      '3',
      '-n',
      '4',
      '-w',
      '1',
      '-q',
      '--shard',
      `${i}/2`,
      '--out',
      part,
    ]);
    expect(r.code).toBe(0);
  }
  texts = await Promise.all(parts.map((p) => readFile(p, 'utf8')));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a changed copy of part 0 and merges it with part 1 (or with `others`). */
async function mergeChanged(
  name: string,
  change: (text: string) => string,
  others: readonly string[] = [parts[1]!],
) {
  const file = join(dir, name);
  await writeFile(file, change(texts[0]!));
  const r = await cli(['merge', file, ...others]);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { ...r, file };
}

function edit(change: (part: Record<string, unknown> & ExperimentPart) => void) {
  return (text: string) => {
    const part = JSON.parse(text) as Record<string, unknown> & ExperimentPart;
    change(part);
    return JSON.stringify(part);
  };
}

describe('merge verifies its parts (exit 3)', () => {
  it('the parts as written merge (exit 0)', async () => {
    expect((await cli(['merge', ...parts])).code).toBe(0);
  });

  it('a part missing `series`: a typed error naming the field, not an internal error', async () => {
    const r = await mergeChanged(
      'no-series.json',
      edit((p) => {
        delete (p as Record<string, unknown>).series;
      }),
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${r.file} is not a valid experiment part`);
    expect(r.stderr).toContain('series: required field is missing');
  });

  it('a truncated part', async () => {
    const r = await mergeChanged('truncated.json', (t) => t.slice(0, Math.floor(t.length / 2)));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`part ${r.file} is not JSON`);
  });

  it('a bit flip inside a value (the JSON stays valid): the digest catches it', async () => {
    const r = await mergeChanged('flipped.json', (t) => {
      // Flip the lowest bit of the first digit after `"scalars":{…[` : 0 ↔ 1, 2 ↔ 3 …
      const at = t.indexOf('[', t.indexOf('"scalars":')) + 1;
      const code = t.charCodeAt(at);
      expect(code >= 48 && code <= 57).toBe(true);
      return `${t.slice(0, at)}${String.fromCharCode(code ^ 1)}${t.slice(at + 1)}`;
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('digest: the content does not match its digest');
  });

  it('a tampered value', async () => {
    const r = await mergeChanged(
      'tampered.json',
      edit((p) => {
        (p.scalars['fleet.readiness.mean'] as number[])[0] = 0.788;
      }),
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('does not match its digest');
  });

  it('an edited scenario under the old hash, even with a recomputed digest', async () => {
    const r = await mergeChanged(
      'edited-scenario.json',
      edit((p) => {
        const def = p.meta.scenario.definition as unknown as {
          parameters: { fleet: { beyondRepairShare: { value: number } } };
        };
        def.parameters.fleet.beyondRepairShare.value = 0.2;
        (p as { digest?: string }).digest = partDigest(p);
      }),
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('meta.scenario.hash: the definition hashes to');
    expect(r.stderr).toContain('the scenario was edited after the run');
  });

  it('an edited scenario rehashed and resealed, but no longer a valid scenario', async () => {
    const r = await mergeChanged(
      'invalid-scenario.json',
      edit((p) => {
        const def = p.meta.scenario.definition as unknown as {
          parameters: { fleet: { beyondRepairShare: { value: number } } };
        };
        def.parameters.fleet.beyondRepairShare.value = 7;
        (p.meta.scenario as { hash: string }).hash = scenarioHash(def);
        (p as { digest?: string }).digest = partDigest(p);
      }),
      ['--allow-partial'],
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('is not a valid scenario');
    expect(r.stderr).toContain('parameters.fleet.beyondRepairShare');
  });

  it('a part without a digest', async () => {
    const r = await mergeChanged(
      'no-digest.json',
      edit((p) => {
        delete (p as { digest?: string }).digest;
      }),
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('digest: required field is missing');
  });

  it('a part whose replications overlap another’s', async () => {
    const r = await cli(['merge', parts[0]!, parts[1]!, parts[0]!]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`replication 0 appears in ${parts[0]} and ${parts[0]}`);
  });

  it('speaks CLI about missing replications', async () => {
    const r = await cli(['merge', parts[0]!]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('pass --allow-partial to merge them anyway');
    expect(r.stderr).not.toContain('allowPartial');
  });
});
