/**
 * Running the CLI in tests: in-process through `runCli` with captured output (fast), or as a
 * child process from the TypeScript sources (`node --import tsx src/cli/main.ts`).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type RunCliOptions, runCli } from '../../src/cli/index.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The CLI entry point, from the sources. */
export const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
/** tsx's loader, to run the CLI from its TypeScript sources. */
export const TSX_LOADER = pathToFileURL(
  join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs'),
).href;

/** What a CLI invocation produced. */
export interface CliRun {
  readonly code: number | null;
  readonly signal?: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI in-process with captured stdout/stderr and no progress bar; with `columns`, as on
 * a terminal that wide.
 */
export async function cli(
  args: readonly string[],
  options: { cwd?: string; dryRun?: boolean; signal?: AbortSignal; columns?: number } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const run: RunCliOptions = {
    io: {
      stdout: (s) => {
        stdout += s;
      },
      stderr: (s) => {
        stderr += s;
      },
      progressStream: undefined,
      cwd: options.cwd ?? ROOT,
      ...(options.columns === undefined ? {} : { columns: options.columns }),
    },
    dryRun: options.dryRun,
    signal: options.signal,
  };
  const code = await runCli(args, run);
  return { code, stdout, stderr };
}

/** A running child-process CLI and the promise of its outcome. */
export interface SpawnedCli {
  readonly pid: number | undefined;
  readonly kill: (signal: NodeJS.Signals) => void;
  /** Resolves once stderr matches `pattern` (rejects if the process ends first). */
  readonly waitForStderr: (pattern: RegExp) => Promise<void>;
  readonly done: Promise<CliRun>;
}

/** Starts the CLI as a child process (`node --import tsx src/cli/main.ts …`) in `cwd`. */
export function spawnCli(args: readonly string[], options: { cwd?: string } = {}): SpawnedCli {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN, ...args], {
    cwd: options.cwd ?? ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    stdout += s;
  });
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  let ended = false;
  void done.finally(() => {
    ended = true;
  });
  const waitForStderr = async (pattern: RegExp) => {
    while (!pattern.test(stderr)) {
      if (ended) throw new Error(`process ended before stderr matched ${pattern}: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { pid: child.pid, kill: (signal) => child.kill(signal), waitForStderr, done };
}

/** Runs the CLI as a child process to completion. */
export function runCliProcess(
  args: readonly string[],
  options: { cwd?: string } = {},
): Promise<CliRun> {
  return spawnCli(args, options).done;
}
