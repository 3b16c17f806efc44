/**
 * `merge`: the parts written by `run --shard i/n` (or by the library's `runExperiment` with
 * `shard`) merged into the result a single run would have given.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ExperimentError } from '../../errors.js';
import { type ExperimentPart, mergeResults } from '../../experiment/index.js';
import { type ReportFormat, renderRun } from '../../report/index.js';
import { commandLine } from '../command-line.js';
import { type CliContext, emit } from '../context.js';
import { CliUsageError } from '../errors.js';
import { formatFromExtension } from '../parse.js';

/** Flags of `merge`. */
export interface MergeFlags {
  readonly out?: string | undefined;
  /** Render a report instead of writing the raw merged result. */
  readonly format?: ReportFormat | undefined;
  readonly allowPartial: boolean;
  readonly quiet: boolean;
  readonly charts: boolean;
}

/**
 * `peacekeeping-sim merge <part.json…> [--out result.json]`: merges shard parts. Without
 * `--format` (and unless `--out`'s extension names a report format other than JSON) it writes
 * the merged ExperimentResult as indented JSON, the same bytes as `examples/k8s/merge.mjs`.
 */
export async function mergeCommand(
  ctx: CliContext,
  files: readonly string[],
  flags: MergeFlags,
): Promise<void> {
  const parts: ExperimentPart[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(resolve(ctx.io.cwd, file), 'utf8');
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new CliUsageError(`cannot read part ${file}: ${why}`);
    }
    try {
      parts.push(JSON.parse(text) as ExperimentPart);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new CliUsageError(`part ${file} is not valid JSON: ${why}`);
    }
  }
  if (ctx.dryRun) return;
  let result: ReturnType<typeof mergeResults>;
  try {
    result = mergeResults(parts, { allowPartial: flags.allowPartial });
  } catch (error) {
    if (!(error instanceof ExperimentError)) throw error;
    // Name the files rather than the positions.
    const message = error.message.replace(
      /parts\[(\d+)\]/g,
      (_, i: string) => files[Number(i)] ?? `parts[${i}]`,
    );
    throw new ExperimentError(`cannot merge: ${message}`, { cause: error });
  }
  const { requested, completed, partial } = result.meta.replications;
  if (partial && !flags.quiet) {
    ctx.io.stderr(`warning: partial result, ${completed} of ${requested} replications\n`);
  }
  const implied = flags.out === undefined ? undefined : formatFromExtension(flags.out);
  const format = flags.format ?? (implied === 'json' ? undefined : implied);
  const text =
    format === undefined
      ? `${JSON.stringify(result, null, 2)}\n`
      : renderRun(result, format, {
          command: commandLine(
            ['merge', ...files],
            [
              ['--allow-partial', flags.allowPartial],
              ['--format', flags.format],
              ['--out', flags.out],
              ['--no-charts', !flags.charts],
            ],
          ),
          charts: flags.charts,
        });
  await emit(ctx, text, flags.out, flags.quiet);
  if (!flags.quiet && flags.out !== undefined) {
    ctx.io.stderr(`merged ${files.length} parts: ${completed}/${requested} replications\n`);
  }
}
