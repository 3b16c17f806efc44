/**
 * What every command gets: where to write, whether to actually run, the interruption signal;
 * and the steps commands share: running with a progress bar, writing the output.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import type { MetricInfo } from '../dynamics/index.js';
import { missionModel } from '../experiment/index.js';
import type { ReportFormat } from '../report/index.js';
import type { LoadScenarioOptions, Scenario } from '../scenario/index.js';
import { BIN } from './command-line.js';
import { CliInterruptedError, CliUsageError } from './errors.js';
import type { CliIo } from './io.js';
import { type CliOutput, openCliOutput } from './output.js';
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

/** Flags of the commands that read a scenario file. */
export interface ScenarioFileFlags {
  /** `--data-only`: refuse scenario files that are programs (.ts/.js); only JSON. */
  readonly dataOnly?: boolean | undefined;
  /** `--scenario-timeout`: seconds a .ts/.js scenario program may take to load. */
  readonly scenarioTimeout?: number | undefined;
}

/** How the commands load scenario files: the flags, and the context's interruption signal. */
export function loadOptions(ctx: CliContext, flags: ScenarioFileFlags): LoadScenarioOptions {
  return {
    dataOnly: flags.dataOnly === true,
    timeoutMs: flags.scenarioTimeout === undefined ? undefined : flags.scenarioTimeout * 1000,
    signal: ctx.signal,
  };
}

/** Flags shared by the commands that run simulations. */
export interface RunFlags extends ScenarioFileFlags {
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
  /** `--detail`: the whole report in the terminal, not the one-screen summary. */
  readonly detail?: boolean | undefined;
  /** False with `--no-memory-check`: run even when the estimate says it will not fit. */
  readonly memoryCheck?: boolean | undefined;
  /** `--scalars` (`run` and `compare`): how scalar metrics are kept; default 'auto'. */
  readonly scalars?: 'exact' | 'sketch' | 'auto' | undefined;
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

/** Narrowest and widest terminal report, in columns. */
export const REPORT_WIDTH_RANGE = [40, 120] as const;

/**
 * The width of a terminal report: the terminal's (`COLUMNS`, or stdout's when it is a terminal)
 * between 40 and 120 columns, or 100 when writing a file or not to a terminal.
 */
export function reportWidth(ctx: CliContext, out: string | undefined): number {
  const cols = ctx.io.columns;
  if ((out !== undefined && out !== '-') || cols === undefined) return 100;
  return Math.min(REPORT_WIDTH_RANGE[1], Math.max(REPORT_WIDTH_RANGE[0], cols));
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
 * Runs a command's work with its output (`--out`, see `output.ts`) opened first, so that a path
 * that cannot be written fails before any work; a temporary file the work never wrote is
 * removed.
 */
export async function withOutput<T>(
  ctx: CliContext,
  out: string | undefined,
  fn: (output: CliOutput) => Promise<T>,
): Promise<T> {
  const output = await openCliOutput(ctx, out);
  try {
    return await fn(output);
  } finally {
    await output.close();
  }
}

/**
 * Writes a command's output text to `output` (with a note on stderr naming the file unless
 * `quiet`). Nothing is written in a dry run.
 */
export async function emit(
  ctx: CliContext,
  text: string,
  output: CliOutput,
  quiet: boolean,
): Promise<void> {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (ctx.dryRun) return;
  await output.write(body);
  if (!quiet && output.path !== undefined) ctx.io.stderr(`wrote ${output.path}\n`);
}

/**
 * The scalar metrics (counters and values) runs of `scenarios` report, with what they mean, as the
 * mission model declares them before any run.
 */
export function scalarMetricsOf(scenarios: readonly Scenario[]): Map<string, MetricInfo> {
  const out = new Map<string, MetricInfo>();
  for (const s of scenarios) {
    for (const info of Object.values(missionModel.metrics?.(s) ?? {})) {
      if (info.kind === 'counter' || info.kind === 'value') out.set(info.name, info);
    }
  }
  return out;
}

/**
 * Throws a usage error for metrics runs of `scenarios` do not report, listing the valid names:
 * those close to each unknown one, the metrics that belong to no family, and one pattern per
 * family (`ied.encounters.route.<route>`).
 */
export function checkMetricNames(scenarios: readonly Scenario[], metrics: readonly string[]): void {
  if (metrics.length === 0) return;
  const known = scalarMetricsOf(scenarios);
  const unknown = metrics.filter((m) => !known.has(m));
  if (unknown.length === 0) return;
  const plain = [...known.values()].filter((i) => i.family === undefined).map((i) => i.name);
  const families = [
    ...new Set(
      [...known.values()]
        .filter((i) => i.family !== undefined)
        .map((i) => `${i.family?.base}.${i.family?.of}.<${i.family?.of}>`),
    ),
  ];
  const near = (m: string) => {
    const head = m.split('.')[0] ?? m;
    const close = plain.filter((k) => k.startsWith(`${head}.`));
    return close.length > 0 ? ` (did you mean one of: ${close.join(', ')}?)` : '';
  };
  throw new CliUsageError(
    `unknown metric${unknown.length > 1 ? 's' : ''} ${unknown.map((m) => `'${m}'${near(m)}`).join('; ')}.\n` +
      `Valid metrics: ${plain.sort().join(', ')}.\nFamilies: ${families.sort().join(', ')} ` +
      `(the ids are listed by '${BIN} metrics <scenario>').`,
  );
}
