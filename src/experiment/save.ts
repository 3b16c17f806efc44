/**
 * Writing files atomically: a temporary file in the same directory, flushed, then renamed over
 * the target, so the target is either absent, the old file or the complete new one — never a
 * partial file (a crashed shard, an interrupted CLI run). Temporary files still pending when the
 * process is interrupted are removed by {@link removePendingTempFiles}.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const pending = new Set<string>();

/**
 * Writes `text` to `path` atomically (see the module comment). Creates the directory if needed.
 *
 * @example
 * ```ts
 * await writeFileAtomic('out/report.html', html);
 * ```
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  pending.add(temp);
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
  } finally {
    pending.delete(temp);
  }
}

/**
 * Removes, synchronously, every temporary file a {@link writeFileAtomic} call has not yet
 * renamed or removed: for a signal handler that is about to exit the process.
 */
export function removePendingTempFiles(): void {
  for (const temp of pending) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // best effort: the process is exiting
    }
  }
  pending.clear();
}

/** Options of {@link saveJson}. */
export interface SaveJsonOptions {
  /** Indentation passed to `JSON.stringify` (default: none, one line). */
  readonly space?: number | undefined;
}

/**
 * Writes `data` as JSON (plus a final newline) to `path` with {@link writeFileAtomic}. NaN is
 * written as `null`, as `JSON.stringify` does.
 *
 * @example
 * ```ts
 * await saveJson('out/shard-03.json', part);
 * ```
 */
export function saveJson(
  path: string,
  data: unknown,
  options: SaveJsonOptions = {},
): Promise<void> {
  return writeFileAtomic(path, `${JSON.stringify(data, null, options.space)}\n`);
}
