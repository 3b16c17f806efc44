import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { ScenarioLoadError, ScenarioValidationError } from '../../src/errors.js';
import { scenarioHash } from '../../src/scenario/hash.js';
import { MAX_VEHICLES } from '../../src/scenario/limits.js';
import { loadScenario } from '../../src/scenario/load.js';

const dir = mkdtempSync(join(tmpdir(), 'pks-load-'));
const data = fileURLToPath(new URL('../../src/data/index.ts', import.meta.url));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A folder with a package.json of the given module type (or none), for the same file in each. */
function folder(name: string, type: 'module' | 'commonjs' | undefined): string {
  const d = join(dir, name);
  mkdirSync(d);
  if (type !== undefined) writeFileSync(join(d, 'package.json'), JSON.stringify({ type }));
  return d;
}

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

describe('loadScenario(path, options): scenario programs', () => {
  it('gives the same message for a module without a default export, whatever the folder', async () => {
    const messages: string[] = [];
    for (const type of ['module', 'commonjs', undefined] as const) {
      const file = join(folder(`no-default-${type ?? 'none'}`, type), 'mission.ts');
      writeFileSync(file, 'export const other = 1;\n');
      const error = await loadScenario(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScenarioLoadError);
      messages.push((error as Error).message.replace(file, 'FILE'));
    }
    expect(new Set(messages).size).toBe(1);
    expect(messages[0]).toBe(
      'FILE: expected a default export or a named export `scenario` (exports found: other)',
    );
  });

  it('explains top-level await in a file compiled as CommonJS', async () => {
    const file = join(folder('tla-cjs', undefined), 'mission.ts');
    writeFileSync(file, 'const x = await Promise.resolve(1);\nexport default { x };\n');
    const error = await loadScenario(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScenarioLoadError);
    expect((error as Error).message).toContain('top-level await needs an ES module');
    expect((error as Error).message).toContain('"type": "module"');
    expect((error as Error).message).not.toContain('cjs" output format');
    const esm = join(folder('tla-esm', 'module'), 'mission.ts');
    writeFileSync(
      esm,
      `import { minusma2020 } from ${JSON.stringify(data)};\nconst s = await Promise.resolve(minusma2020);\nexport default s;\n`,
    );
    expect((await loadScenario(esm)).name).toBe('minusma-2020');
  });

  it('stops a program at timeoutMs and when the signal aborts', async () => {
    const file = join(dir, 'loop.ts');
    writeFileSync(file, 'while (true) {}\nexport default {};\n');
    const t0 = performance.now();
    await expect(loadScenario(file, { timeoutMs: 300 })).rejects.toThrow(
      /did not finish within 0.3 s/,
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    await expect(loadScenario(file, { signal: controller.signal })).rejects.toThrow(
      /loading was interrupted/,
    );
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('dataOnly refuses modules without running them, and accepts JSON', async () => {
    const effect = join(dir, 'ran.txt');
    const file = join(dir, 'effect.mjs');
    writeFileSync(
      file,
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(effect)}, 'x');\nexport default {};\n`,
    );
    await expect(loadScenario(file, { dataOnly: true })).rejects.toThrow(/it is a program/);
    expect(existsSync(effect)).toBe(false);
    const json = join(dir, 'data-only.json');
    writeFileSync(json, JSON.stringify(minusma2020));
    expect((await loadScenario(json, { dataOnly: true })).name).toBe('minusma-2020');
  });

  it('reports a module that is not data', async () => {
    const file = join(dir, 'function.mjs');
    writeFileSync(file, 'export default () => 1;\n');
    await expect(loadScenario(file)).rejects.toThrow(/not JSON-serialisable data/);
  });
});

describe('loadScenario(path): JSON details and limits', () => {
  it('ignores a top-level "$schema" key (editors add it for completion)', async () => {
    const file = join(dir, 'with-schema.json');
    writeFileSync(
      file,
      JSON.stringify({ $schema: './scenario.schema.json', ...minusma2020 }, null, 2),
    );
    const s = await loadScenario(file);
    expect(scenarioHash(s)).toBe(scenarioHash(minusma2020));
    expect(Object.hasOwn(s, '$schema')).toBe(false);
  });

  it('refuses counts beyond the limits, with their paths, together with validation issues', async () => {
    const huge = structuredClone(minusma2020) as unknown as {
      horizonDays: number;
      mission: { armouredFleet: { total: { value: number } } };
    };
    huge.mission.armouredFleet.total.value = 1e10;
    const file = join(dir, 'huge.json');
    writeFileSync(file, JSON.stringify(huge));
    const t0 = performance.now();
    const error = await loadScenario(file).catch((e: unknown) => e);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(error).toBeInstanceOf(ScenarioValidationError);
    const issues = (error as ScenarioValidationError).issues;
    const limit = issues.find((i) => i.path === 'mission.armouredFleet.total.value');
    expect(limit?.message).toContain(`at most ${MAX_VEHICLES.toLocaleString('en-GB')} vehicles`);
    expect(limit?.message).toContain('10,000,000,000');
    // The fleet no longer adds up either: validation's own issue is there too.
    expect(issues.length).toBeGreaterThan(1);
  });
});
