/**
 * Writing results to disk atomically.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Options of {@link saveJson}. */
export interface SaveJsonOptions {
  /** Indentation passed to `JSON.stringify` (default: none, one line). */
  readonly space?: number | undefined;
}

/**
 * Writes `data` as JSON (plus a final newline) to `path` atomically: into a temporary file in
 * the same directory, flushed to disk, then renamed over `path`, so a reader (or a crashed
 * shard) never sees a half-written file. Creates the directory if needed. NaN is written as
 * `null`, as `JSON.stringify` does.
 *
 * @example
 * ```ts
 * await saveJson('out/shard-03.json', part);
 * ```
 */
export async function saveJson(
  path: string,
  data: unknown,
  options: SaveJsonOptions = {},
): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  const text = `${JSON.stringify(data, null, options.space)}\n`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
