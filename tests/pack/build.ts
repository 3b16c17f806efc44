/**
 * Builds `dist/` once for the tests that need the compiled package (the pack test, the
 * use-the-package example), even when vitest runs them in parallel: a lock directory serialises
 * the builds, and a stamp file skips the build when `dist/` is newer than every source file.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STAMP = join(ROOT, 'dist', '.build-stamp');
const LOCK = join(ROOT, 'node_modules', '.cache', 'peacekeeping-sim-build.lock');
const STALE_LOCK_MS = 240_000;

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when `dist/` is missing or older than a source file, package.json or a tsconfig. */
export function buildIsStale(): boolean {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  const inputs = ['src', 'scenarios', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];
  return inputs.some((p) => newestMtime(join(ROOT, p)) > built);
}

async function acquire(): Promise<void> {
  await mkdir(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(LOCK).then(
        (s) => performance.timeOrigin + performance.now() - s.mtimeMs,
        () => 0,
      );
      if (age > STALE_LOCK_MS) await rm(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Builds the package (`tsc -p tsconfig.build.json`) unless `dist/` is up to date. */
export async function ensureBuild(): Promise<{ built: boolean; ms: number }> {
  const t0 = performance.now();
  await acquire();
  try {
    if (!buildIsStale()) return { built: false, ms: performance.now() - t0 };
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    await writeFile(STAMP, 'built by tests/pack/build.ts\n');
    return { built: true, ms: performance.now() - t0 };
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}
