/**
 * examples/use-the-package.ts, which imports the library by its package name. The name resolves
 * through the package's own `exports` to `dist/`, so the package is built first (once, shared
 * with the pack test; skipped when `dist/` is newer than the sources).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild, ROOT } from '../pack/build.js';

describe('examples/use-the-package.ts', () => {
  beforeAll(async () => {
    await ensureBuild();
  }, 240_000);

  it('runs against the built package', async () => {
    const { main } = await import('../../examples/use-the-package.js');
    const lines: string[] = [];
    const results = await main({ replications: 3, horizonDays: 60, log: (l) => lines.push(l) });
    expect(results).toHaveLength(2);
    expect(lines.join('\n')).toContain('fragile-helicopters: 3 replications');
    expect(lines.join('\n')).toMatch(/parameters\.aviation\.mtbfDays = 7/);
    // It really is the package: the name resolves to the compiled module in dist/.
    const pkg = await import('peacekeeping-sim');
    const dist = await import(pathToFileURL(join(ROOT, 'dist', 'src', 'index.js')).href);
    expect(pkg.minusma2020).toBe(dist.minusma2020);
  });
});
