/**
 * What every command gets: where to write, whether to actually run, the interruption signal;
 * and the steps commands share: running with a progress bar, writing the output.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { missionModel, runReplication } from '../experiment/index.js';
import { writeFileAtomic } from '../experiment/save.js';
import type { ReportFormat } from '../report/index.js';
import type { Scenario } from '../scenario/index.js';
import { CliInterruptedError } from './errors.js';
import type { CliIo } from './io.js';
import { formatFromExtension } from './parse.js';
import { createProgress, createProgressLines } from './progress.js';

/** Seed used when `--seed` is not given; printed in every report. */
export const DEFAULT_SEED = 2020;
/** Replications of `run` and `compare` when `--replications` is not given. */
export const DEFAULT_REPLICATIONS = 100;
/** Replications per point of `sweep` and per run of `sensitivity` when not given. */
export const DEFAULT_ANALYSIS_REPLICATIONS = 40;

/** Worker threads when `--workers` is not given: 2 when the machine has 2 cores or more. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/** The environment of one CLI invocation. */
export interface CliContext {
  readonly io: CliIo;
  /** Parse and check everything, resolve scenarios, but run no simulation and write no file. */
  readonly dryRun: boolean;
  /** Aborting it stops the run; nothing is written. */
  readonly signal: AbortSignal | undefined;
}

/** Flags shared by the commands that run simulations. */
export interface RunFlags {
  /** `--seed`: experiment seed (integer or string). */
  readonly seed: number | string;
  /** `--replications`: per scenario, grid point or sensitivity run. */
  readonly replications: number;
  /** `--workers`: worker threads; the result does not depend on it. */
  readonly workers: number;
  /** `--horizon-days`: replaces every scenario's horizon. */
  readonly horizonDays?: number | undefined;
  /** `--format`; when absent, `--out`'s extension or `table`. */
  readonly format?: ReportFormat | undefined;
  /** `--out`: file written atomically instead of stdout. */
  readonly out?: string | undefined;
  /** `--quiet`: no progress bar and no messages. */
  readonly quiet: boolean;
  /** False with `--no-charts`. */
  readonly charts: boolean;
  /** `--progress`: progress lines on stderr even when it is not a TTY (for logs). */
  readonly progress?: boolean | undefined;
}

/** The execution options a command passes to the experiment functions. */
export interface ExecutionHooks {
  readonly workers: number;
  readonly onProgress: ((done: number, total: number) => void) | undefined;
  readonly signal: AbortSignal;
}

/**
 * Runs `fn` with a progress bar (when stderr is a TTY and not `quiet`; progress lines instead
 * when stderr is not a TTY and `progress` is set) and an abort signal that
 * follows the context's; throws {@link CliInterruptedError} if the run was interrupted, so that
 * nothing partial is ever rendered or written.
 */
export async function execute<T>(
  ctx: CliContext,
  flags: Pick<RunFlags, 'quiet' | 'workers' | 'progress'>,
  label: string,
  fn: (hooks: ExecutionHooks) => Promise<T>,
): Promise<T> {
  // Always pass a signal: the single-thread runner then yields between replications, which
  // lets a SIGINT/SIGTERM handler run.
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  ctx.signal?.addEventListener('abort', onAbort, { once: true });
  if (ctx.signal?.aborted === true) controller.abort();
  const progress =
    createProgress(ctx.io.progressStream, flags.quiet, label) ??
    (flags.progress === true && !flags.quiet
      ? createProgressLines(ctx.io.stderr, label)
      : undefined);
  try {
    const value = await fn({
      workers: flags.workers,
      onProgress: progress?.update,
      signal: controller.signal,
    });
    if (controller.signal.aborted) throw new CliInterruptedError();
    return value;
  } finally {
    progress?.stop();
    ctx.signal?.removeEventListener('abort', onAbort);
  }
}

/** The format to render: `--format`, else the one `--out`'s extension implies, else `fallback`. */
export function outputFormat(
  format: ReportFormat | undefined,
  out: string | undefined,
  fallback: ReportFormat = 'table',
): ReportFormat {
  if (format !== undefined) return format;
  if (out !== undefined) return formatFromExtension(out) ?? fallback;
  return fallback;
}

/**
 * Writes a command's output: atomically to `out` (with a note on stderr unless `quiet`), or to
 * stdout. Nothing is written in a dry run.
 */
export async function emit(
  ctx: CliContext,
  text: string,
  out: string | undefined,
  quiet: boolean,
): Promise<void> {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (ctx.dryRun) return;
  if (out === undefined) {
    ctx.io.stdout(body);
    return;
  }
  const path = resolve(ctx.io.cwd, out);
  await writeFileAtomic(path, body);
  if (!quiet) ctx.io.stderr(`wrote ${out}\n`);
}

/**
 * The scalar metric names the scenarios report, from replication 0 of each (one replication,
 * about a tenth of a second): what `compare` needs to know which direction is better.
 */
export function metricNamesOf(scenarios: readonly Scenario[], seed: number | string): string[] {
  const names = new Set<string>();
  for (const s of scenarios) {
    const record = runReplication(s, { seed, replication: 0, model: missionModel });
    for (const name of Object.keys(record.scalars)) names.add(name);
  }
  return [...names].sort();
}
