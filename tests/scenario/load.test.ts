import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { ScenarioLoadError, ScenarioValidationError } from '../../src/errors.js';
import { scenarioHash } from '../../src/scenario/hash.js';
import { loadScenario } from '../../src/scenario/load.js';

const dir = mkdtempSync(join(tmpdir(), 'pks-load-'));
const data = fileURLToPath(new URL('../../src/data/index.ts', import.meta.url));

describe('loadScenario(path)', () => {
  it('loads a .json file', async () => {
    const file = join(dir, 'minusma.json');
    writeFileSync(file, JSON.stringify(minusma2020, null, 2));
    const s = await loadScenario(file);
    expect(scenarioHash(s)).toBe(scenarioHash(minusma2020));
    expect(Object.isFrozen(s)).toBe(true);
  });

  it('loads a .ts file with a default export', async () => {
    const file = join(dir, 'variant.ts');
    writeFileSync(
      file,
      `import { minusma2020 } from ${JSON.stringify(data)};\nconst horizon: number = 600;\nexport default { ...minusma2020, name: 'short', horizonDays: horizon };\n`,
    );
    const s = await loadScenario(file);
    expect(s.name).toBe('short');
    expect(s.horizonDays).toBe(600);
  });

  it('loads a .mjs file with a named export `scenario`', async () => {
    const file = join(dir, 'named.mjs');
    writeFileSync(
      file,
      `export const scenario = ${JSON.stringify({ ...minusma2020, name: 'named' })};\n`,
    );
    expect((await loadScenario(file)).name).toBe('named');
  });

  it('bad JSON gives ScenarioLoadError with file and position', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "name": oops\n}\n');
    const error = await loadScenario(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScenarioLoadError);
    expect((error as ScenarioLoadError).file).toBe(file);
    expect((error as Error).message).toContain('line 3, column 11');
  });

  it('a valid file with invalid content gives ScenarioValidationError naming the file', async () => {
    const file = join(dir, 'invalid.json');
    writeFileSync(file, JSON.stringify({ ...minusma2020, horizonDays: -1 }));
    const error = await loadScenario(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScenarioValidationError);
    expect((error as Error).message).toContain(file);
    expect((error as ScenarioValidationError).issues.map((i) => i.path)).toContain('horizonDays');
  });

  it('missing files, throwing modules, missing exports and other extensions give ScenarioLoadError', async () => {
    await expect(loadScenario(join(dir, 'nope.json'))).rejects.toBeInstanceOf(ScenarioLoadError);
    const throwing = join(dir, 'throws.ts');
    writeFileSync(throwing, "throw new Error('boom');\nexport default {};\n");
    await expect(loadScenario(throwing)).rejects.toThrow(/boom/);
    await expect(loadScenario(throwing)).rejects.toBeInstanceOf(ScenarioLoadError);
    const empty = join(dir, 'empty.mjs');
    writeFileSync(empty, 'export const other = 1;\n');
    await expect(loadScenario(empty)).rejects.toBeInstanceOf(ScenarioLoadError);
    const yaml = join(dir, 'x.yaml');
    writeFileSync(yaml, 'a: 1');
    await expect(loadScenario(yaml)).rejects.toBeInstanceOf(ScenarioLoadError);
  });
});

describe('jsonErrorOffset(text)', () => {
  it('finds the offset of the first syntax error', async () => {
    const { jsonErrorOffset } = await import('../../src/scenario/load.js');
    expect(jsonErrorOffset('{"a": 1}')).toBe(-1);
    expect(jsonErrorOffset('[1, 2, {"b": [true, null, "x\\n"]}]')).toBe(-1);
    expect(jsonErrorOffset('{"a": oops}')).toBe(6);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": [1, 2}')).toBe(11);
    expect(jsonErrorOffset('{"a": 1')).toBe(7);
    expect(jsonErrorOffset('{} x')).toBe(3);
    expect(jsonErrorOffset('{"a\u0001": 1}')).toBe(3);
    expect(jsonErrorOffset('[]')).toBe(-1);
    expect(jsonErrorOffset('{}')).toBe(-1);
    expect(jsonErrorOffset('')).toBe(0);
  });
});
