/**
 * The package's declared shape: runtime dependencies in caret ranges (the lockfile pins what CI
 * tests), fast-check a peer dependency with a wide range, tsx an optional peer dependency, the
 * MIT licence shipped, and no source maps in the tarball (it ships no sources for them).
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ensureBuild, ROOT } from './pack/build.js';

interface PackageJson {
  license: string;
  files: string[];
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
}

async function json<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(join(ROOT, file), 'utf8')) as T;
}

describe('package.json', () => {
  it('declares runtime dependencies as caret ranges, each pinned by the lockfile within its range', async () => {
    const pkg = await json<PackageJson>('package.json');
    const lock = await json<{ packages: Record<string, { version: string }> }>('package-lock.json');
    for (const [name, range] of Object.entries(pkg.dependencies)) {
      expect(range, name).toMatch(/^\^\d+\.\d+\.\d+$/);
      const locked = lock.packages[`node_modules/${name}`]?.version;
      expect(locked, name).toBeDefined();
      expect(locked?.split('.')[0], name).toBe(range.slice(1).split('.')[0]);
    }
    // What the lockfile pins for CI: exact development versions.
    for (const [name, version] of Object.entries(pkg.devDependencies)) {
      expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('takes fast-check and tsx as peer dependencies, tsx optional, neither a runtime dependency', async () => {
    const pkg = await json<PackageJson>('package.json');
    expect(pkg.dependencies['fast-check']).toBeUndefined();
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.peerDependencies['fast-check']).toContain('^4.0.0');
    expect(pkg.peerDependencies.tsx).toMatch(/^\^4\./);
    expect(pkg.peerDependenciesMeta.tsx?.optional).toBe(true);
    expect(pkg.devDependencies['fast-check']).toBeDefined();
    expect(pkg.devDependencies.tsx).toBeDefined();
  });

  it('ships an MIT LICENSE, and no source maps', async () => {
    const pkg = await json<PackageJson>('package.json');
    expect(pkg.license).toBe('MIT');
    expect(await readFile(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    await ensureBuild();
    const { stdout } = await promisify(execFile)(
      process.platform === 'win32' ? 'npm.cmd' : 'npm',
      ['pack', '--dry-run', '--json', '--ignore-scripts'],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map(
      (f) => f.path,
    );
    expect(files).toContain('LICENSE');
    expect(files).toContain('dist/src/index.js');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });
});
