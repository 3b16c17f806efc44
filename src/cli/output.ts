/**
 * Where a command writes (`--out`), opened before any work so that a bad path fails at once:
 * `-` (or no `--out`) is standard output; a regular file is replaced atomically; a symbolic
 * link is followed and its target replaced; a character device, FIFO or socket is written
 * directly; the process's own stdout or stderr (e.g. `/dev/stdout`) is written through it, so
 * a file the shell redirected it to is appended to, not replaced; a directory
 * or a missing parent directory is a usage error naming the path and the fix. Nothing is ever
 * created but the file itself.
 *
 * @module
 */
import { fstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  type OutputTarget,
  openOutput,
  type PendingOutput,
  resolveOutputTarget,
} from '../experiment/save.js';
import { shellQuote } from './command-line.js';
import type { CliContext } from './context.js';
import { CliOutputError, CliUsageError } from './errors.js';

/** A command's output, opened: write it once (or not at all), then close it. */
export interface CliOutput {
  /** The path to name in messages, or undefined for standard output. */
  readonly path: string | undefined;
  /** Writes `text` whole; nothing is written in a dry run. */
  write(text: string): Promise<void>;
  /** Removes the temporary file of an output that was never written. */
  close(): Promise<void>;
}

/** What is wrong with `out`, and the fix, for a file-system error from checking it. */
function explain(out: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const dir = (error as { dir?: string } | undefined)?.dir ?? dirname(out);
  switch (code) {
    case 'EISDIR':
      return `it is a directory: name a file inside it, e.g. --out ${join(out, 'report.html')}`;
    case 'ENOENT':
      return `directory ${dir} does not exist: create it first (mkdir -p ${shellQuote(dir)}) or choose another path`;
    case 'ENOTDIR':
      return `${dir} is not a directory`;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: choose a path you can write to';
    case 'EROFS':
      return 'read-only file system: choose another path';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * True when `target` is the file, pipe or terminal this process's file descriptor `fd` (1 for
 * stdout, 2 for stderr) already is: written through it, never replaced or truncated.
 */
function isOwnStream(target: OutputTarget, fd: 1 | 2): boolean {
  if (target.id === undefined) return false;
  try {
    const own = fstatSync(fd);
    return own.dev === target.id.dev && own.ino === target.id.ino;
  } catch {
    return false;
  }
}

/**
 * Opens `out` for a command (see the module comment), before any work is done. In a dry run
 * the path is checked but nothing is created.
 *
 * @throws {@link CliUsageError} when the path cannot be written (exit code 1)
 */
export async function openCliOutput(ctx: CliContext, out: string | undefined): Promise<CliOutput> {
  const stdout: CliOutput = {
    path: undefined,
    write: async (text) => {
      if (!ctx.dryRun) ctx.io.stdout(text);
    },
    close: async () => {},
  };
  if (out === undefined || out === '-') return stdout;
  const path = resolve(ctx.io.cwd, out);
  let target: OutputTarget;
  try {
    target = await resolveOutputTarget(path);
  } catch (error) {
    throw new CliUsageError(`cannot write --out ${out}: ${explain(out, error)}`);
  }
  if (isOwnStream(target, 1)) return stdout;
  if (isOwnStream(target, 2)) {
    return {
      path: undefined,
      write: async (text) => {
        if (!ctx.dryRun) ctx.io.stderr(text);
      },
      close: async () => {},
    };
  }
  if (ctx.dryRun) return { path: out, write: async () => {}, close: async () => {} };
  let pending: PendingOutput;
  try {
    pending = await openOutput(target);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new CliUsageError(`cannot write --out ${out}: ${why}; choose another directory`);
  }
  return {
    path: out,
    write: async (text) => {
      try {
        await pending.write(text);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new CliOutputError(`cannot write ${out}: ${why}`, { cause: error });
      }
    },
    close: () => pending.discard(),
  };
}
