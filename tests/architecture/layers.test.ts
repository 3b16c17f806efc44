/**
 * Layering you can check: every import in `src/` points down (or within its own layer), in the
 * order of docs/ARCHITECTURE.md, and nothing in `src/` imports a file outside `src/`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** The layers, bottom first. `errors.ts` is shared by all; `index.ts` is the package's face. */
const LAYERS = [
  'errors',
  'random',
  'engine',
  'model',
  'dynamics',
  'data',
  'scenario',
  'experiment',
  'report',
  'cli',
  'testing',
  'index',
] as const;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|mts)$/.test(name) ? [path] : [];
  });
}

function layerOf(file: string): string {
  const rel = relative(SRC, file);
  const top = rel.split(sep)[0] ?? '';
  return top.replace(/\.(ts|mts|js|mjs)$/, '');
}

/** Relative module specifiers of static imports and exports, and of literal dynamic imports. */
function specifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?\sfrom\s+['"]([^'"]+)['"]/g,
    /(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) {
    for (const m of source.matchAll(re)) out.push(m[1] as string);
  }
  return out;
}

describe('layering', () => {
  const all = files(SRC);

  it('knows the layer of every file in src/', () => {
    const unknown = all.filter((f) => !LAYERS.includes(layerOf(f) as (typeof LAYERS)[number]));
    expect(unknown.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('every import points to its own layer or a lower one, and stays inside src/', () => {
    const violations: string[] = [];
    for (const file of all) {
      const from = layerOf(file);
      const rank = LAYERS.indexOf(from as (typeof LAYERS)[number]);
      const text = readFileSync(file, 'utf8');
      for (const spec of specifiers(text)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        const rel = relative(SRC, target);
        if (rel.startsWith('..')) {
          violations.push(`${relative(SRC, file)} imports ${spec}, outside src/`);
          continue;
        }
        const to = layerOf(target);
        const toRank = LAYERS.indexOf(to as (typeof LAYERS)[number]);
        if (toRank > rank) {
          violations.push(
            `${relative(SRC, file)} (${from}) imports ${spec} (${to}, a higher layer)`,
          );
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('catches a violation (the check is not vacuous)', () => {
    expect(
      specifiers("import { x } from '../report/index.js';\nimport type { Y } from './y.js';"),
    ).toEqual(['../report/index.js', './y.js']);
    expect(specifiers("export { z } from '../cli/index.js';")).toEqual(['../cli/index.js']);
    expect(specifiers("const m = await import('../../scenarios/index.js');")).toEqual([
      '../../scenarios/index.js',
    ]);
    expect(specifiers(`import {\n  a,\n  type B,\n} from '../experiment/index.js';`)).toEqual([
      '../experiment/index.js',
    ]);
  });
});
