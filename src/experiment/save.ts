/**
 * Writing output files as Unix tools do, never leaving a partial file:
 *
 * - an existing regular file is replaced atomically: a temporary file in the same directory,
 *   flushed (fsync), then renamed over it, so the file is either the old one or the complete
 *   new one (a crashed shard, an interrupted CLI run); its permission bits are kept;
 * - a symbolic link is followed, and its target replaced (or created) the same way; the link
 *   itself stays;
 * - a character device, FIFO or socket (`/dev/null`, a named pipe, `/dev/stdout`) is written
 *   to directly, never renamed over;
 * - a directory is an error, and so is a missing parent directory unless the caller asks for it
 *   to be created.
 *
 * {@link resolveOutputTarget} checks a path (without writing anything) and
 * {@link openOutput} creates the temporary file, so that a command can find a bad path before
 * it does any work. Temporary files still pending when the process is interrupted are removed
 * by {@link removePendingTempFiles}. Errors are Node's file-system errors (with `code`, `path`
 * and a message that names the path), as `fs.writeFile` throws.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { constants, rmSync } from 'node:fs';
import {
  access,
  type FileHandle,
  lstat,
  mkdir,
  open,
  readlink,
  realpath,
  rename,
  rm,
  stat,
} from 'node:fs/promises';
import { createConnection } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { PART_FORMAT, sealPart } from './merge.js';
import type { ExperimentPart } from './types.js';

const pending = new Set<string>();

/** Where an output path leads, once symbolic links are followed. */
export interface OutputTarget {
  /** The path as given. */
  readonly path: string;
  /** Where the bytes go: the absolute path with symbolic links followed. */
  readonly target: string;
  /**
   * `file`: an existing regular file, replaced atomically; `new`: a file to create, atomically;
   * `device`: a character or block device or a FIFO, written directly; `socket`: a Unix socket,
   * connected to and written.
   */
  readonly kind: 'file' | 'new' | 'device' | 'socket';
  /** Device and inode of an existing target (to recognise, e.g., the process's own stdout). */
  readonly id?: { readonly dev: number; readonly ino: number } | undefined;
}

/** Options of {@link resolveOutputTarget} and `writeFileAtomic`. */
export interface OutputOptions {
  /** Create a missing parent directory (and its parents) instead of failing. Default false. */
  readonly createDirectory?: boolean | undefined;
}

/**
 * A Node-style file-system error: `code`, `path`, a message naming the path, and for a missing
 * or unusable parent directory the directory as `dir`.
 */
function fsError(
  code: string,
  message: string,
  path: string,
  cause?: unknown,
  dir?: string,
): Error {
  const error = new Error(`${code}: ${message}, '${path}'`, { cause });
  return Object.assign(error, { code, path }, dir === undefined ? {} : { dir });
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Follows the symbolic links of `path` as far as they lead, to a path that does not exist. */
async function followDanglingLinks(path: string): Promise<string> {
  let p = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!(await lstat(p)).isSymbolicLink()) return p;
      link = await readlink(p);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return p;
      throw error;
    }
    p = resolve(dirname(p), link);
  }
  throw fsError('ELOOP', 'too many levels of symbolic links', path);
}

/**
 * What writing to `path` would do, checked without writing anything: the kind of target (see
 * {@link OutputTarget}) and that it can be written (the file or device is writable, or the
 * directory a new file goes into exists and is writable).
 *
 * @throws a file-system error: `EISDIR` for a directory, `ENOENT` for a missing parent directory
 *   (unless `createDirectory`), `ENOTDIR` when a parent is not a directory, `EACCES`, `ELOOP`…
 */
export async function resolveOutputTarget(
  path: string,
  options: OutputOptions = {},
): Promise<OutputTarget> {
  let stats: Awaited<ReturnType<typeof stat>>;
  try {
    stats = await stat(path);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw error;
    // Nothing there, or a symbolic link to nothing: a new file where the links lead.
    const target = await followDanglingLinks(path);
    const dir = dirname(target);
    if (options.createDirectory === true) await mkdir(dir, { recursive: true });
    let dirStats: Awaited<ReturnType<typeof stat>>;
    try {
      dirStats = await stat(dir);
    } catch (dirError) {
      const code = codeOf(dirError) ?? 'ENOENT';
      throw fsError(code, `directory '${dir}' does not exist`, path, dirError, dir);
    }
    if (!dirStats.isDirectory()) {
      throw fsError('ENOTDIR', `'${dir}' is not a directory`, path, undefined, dir);
    }
    await access(dir, constants.W_OK);
    return { path, target, kind: 'new' };
  }
  const id = { dev: stats.dev, ino: stats.ino };
  if (stats.isDirectory()) throw fsError('EISDIR', 'is a directory', path);
  await access(path, constants.W_OK);
  if (stats.isFile()) {
    const target = await realpath(path);
    await access(dirname(target), constants.W_OK);
    return { path, target, kind: 'file', id };
  }
  return { path, target: resolve(path), kind: stats.isSocket() ? 'socket' : 'device', id };
}

/** An output opened by {@link openOutput}: write it once, or discard it. */
export interface PendingOutput {
  readonly target: OutputTarget;
  /** Writes `text` whole: renames the temporary file over the target, or writes the device. */
  write(text: string): Promise<void>;
  /** Removes the temporary file (after a failure); harmless after `write`. */
  discard(): Promise<void>;
}

async function writeSocket(path: string, text: string): Promise<void> {
  await new Promise<void>((resolvePromise, reject) => {
    const socket = createConnection({ path });
    socket.once('error', reject);
    socket.end(text, 'utf8', () => resolvePromise());
  });
}

async function writeDevice(path: string, text: string): Promise<void> {
  // No O_CREAT, no O_TRUNC: a device or FIFO is written as it is.
  const handle = await open(path, constants.O_WRONLY);
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}

/** Best-effort fsync of a directory, so a rename in it survives a crash. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // not supported everywhere: the file itself was synced
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Prepares writing to `target`: for a file, creates the temporary file beside it now (so a
 * directory that does not accept files fails before any work); for a device or socket, nothing
 * until `write`.
 */
export async function openOutput(target: OutputTarget): Promise<PendingOutput> {
  if (target.kind === 'device' || target.kind === 'socket') {
    const write = target.kind === 'socket' ? writeSocket : writeDevice;
    return { target, write: (text) => write(target.target, text), discard: async () => {} };
  }
  const dir = dirname(target.target);
  const temp = join(dir, `.${basename(target.target)}.${process.pid}.${randomUUID()}.tmp`);
  let mode = 0o666;
  if (target.kind === 'file') mode = (await stat(target.target)).mode & 0o7777;
  pending.add(temp);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', mode);
    if (target.kind === 'file') await handle.chmod(mode);
  } catch (error) {
    pending.delete(temp);
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    const why = error instanceof Error ? error.message : String(error);
    throw fsError(
      codeOf(error) ?? 'EIO',
      `cannot create a file in directory '${dir}' (${why})`,
      target.path,
      error,
    );
  }
  const file = handle;
  let state: 'open' | 'written' | 'discarded' = 'open';
  const discard = async (): Promise<void> => {
    if (state !== 'open') return;
    state = 'discarded';
    await file.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    pending.delete(temp);
  };
  const write = async (text: string): Promise<void> => {
    if (state !== 'open')
      throw fsError('EBADF', 'output already written or discarded', target.path);
    try {
      await file.writeFile(text, 'utf8');
      await file.sync();
      await file.close();
      state = 'written';
      await rename(temp, target.target);
      pending.delete(temp);
    } catch (error) {
      state = 'open';
      await discard();
      throw error;
    }
    await syncDirectory(dir);
  };
  return { target, write, discard };
}

/**
 * Writes `text` to `path` (see the module comment): atomically to a regular file or through
 * a symbolic link, directly to a device, FIFO or socket. Creates a missing parent directory
 * unless `createDirectory` is false.
 *
 * @example
 * ```ts
 * await writeFileAtomic('out/report.html', html);
 * ```
 */
export async function writeFileAtomic(
  path: string,
  text: string,
  options: OutputOptions = { createDirectory: true },
): Promise<void> {
  const output = await openOutput(await resolveOutputTarget(path, options));
  try {
    await output.write(text);
  } finally {
    await output.discard();
  }
}

/**
 * Removes, synchronously, every temporary file a `writeFileAtomic` call has not yet
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
 * Writes `data` as JSON (plus a final newline) to `path` with `writeFileAtomic`. NaN is
 * written as `null`, as `JSON.stringify` does. An experiment part without a digest is saved
 * with one (`sealPart`), so that a merge can verify it.
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
  const part = data as Partial<ExperimentPart> | null;
  const sealed =
    typeof part === 'object' && part?.format === PART_FORMAT && part.digest === undefined
      ? sealPart(part as ExperimentPart)
      : data;
  return writeFileAtomic(path, `${JSON.stringify(sealed, null, options.space)}\n`);
}
