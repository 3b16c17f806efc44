/**
 * `merge`: the parts written by `run --shard i/n` (or saved by the library's `saveJson`)
 * verified and merged into the result a single run would have given, written exactly as the
 * unsharded `run` would have written it (the JSON report, `report` block included).
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ExperimentError, ScenarioValidationError } from '../../errors.js';
import {
  type ExperimentPart,
  type ExperimentResult,
  mergeResults,
  missionModel,
} from '../../experiment/index.js';
import { keptInSketch } from '../../experiment/state.js';
import { type ReportFormat, renderRun } from '../../report/index.js';
import { validateScenario } from '../../scenario/index.js';
import { commandLine } from '../command-line.js';
import { type CliContext, emit, withOutput } from '../context.js';
import { formatFromExtension } from '../parse.js';
import { runFlagWords } from './run.js';

/** Flags of `merge`. */
export interface MergeFlags {
  readonly out?: string | undefined;
  /** Render a report in this format (default: JSON, or the one `--out`'s extension names). */
  readonly format?: ReportFormat | undefined;
  readonly allowPartial: boolean;
  readonly quiet: boolean;
  readonly charts: boolean;
}

/** Reads and parses the part files; any problem is a merge failure (exit code 3). */
async function readParts(ctx: CliContext, files: readonly string[]): Promise<unknown[]> {
  const parts: unknown[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(resolve(ctx.io.cwd, file), 'utf8');
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new ExperimentError(`cannot merge: cannot read part ${file}: ${why}`, {
        cause: error,
      });
    }
    try {
      parts.push(JSON.parse(text));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new ExperimentError(
        `cannot merge: part ${file} is not JSON (truncated or damaged?): ${why}`,
        { cause: error },
      );
    }
  }
  return parts;
}

/**
 * The scenario reference and `--horizon-days` of the unsharded run, when every part recorded
 * the same (parts written by `run --shard`).
 */
function unshardedRun(parts: readonly ExperimentPart[]): ExperimentPart['cli'] {
  const first = parts[0]?.cli;
  if (first === undefined) return undefined;
  const same = parts.every(
    (p) => p.cli?.scenarioRef === first.scenarioRef && p.cli.horizonDays === first.horizonDays,
  );
  return same ? first : undefined;
}

/** Checks that the merged result's scenario is one the reports can read. */
function checkScenario(result: ExperimentResult, format: ReportFormat, first: string): void {
  if (result.meta.model !== missionModel.name) {
    if (format === 'json') return;
    throw new ExperimentError(
      `cannot merge: ${first} was run with model '${result.meta.model}', and only a result of ` +
        `'${missionModel.name}' can be rendered as ${format}: merge to JSON`,
    );
  }
  try {
    validateScenario(result.meta.scenario.definition);
  } catch (error) {
    if (!(error instanceof ScenarioValidationError)) throw error;
    throw new ExperimentError(
      `cannot merge: the scenario recorded in ${first} is not a valid scenario: ${error.message}`,
      { cause: error },
    );
  }
}

/**
 * `peacekeeping-sim merge <part.json…> [--out result.json]`: verifies and merges shard parts.
 * The output is what `run` would have written for the whole experiment: the JSON report by
 * default (or in the format `--format` or `--out`'s extension names), with the reproducing
 * command of the unsharded run when the parts recorded it (else the merge command). Every
 * problem with the parts (unreadable, not JSON, not a valid part, damaged, from another
 * experiment, overlapping, incomplete) is a merge failure, exit code 3.
 */
export async function mergeCommand(
  ctx: CliContext,
  files: readonly string[],
  flags: MergeFlags,
): Promise<void> {
  await withOutput(ctx, flags.out, async (output) => {
    const parts = (await readParts(ctx, files)) as ExperimentPart[];
    let result: ExperimentResult;
    try {
      result = mergeResults(parts, {
        allowPartial: flags.allowPartial,
        requireDigest: true,
        labels: files,
        partialHint: 'pass --allow-partial to merge them anyway (the result is marked partial)',
      });
    } catch (error) {
      if (!(error instanceof ExperimentError)) throw error;
      throw new ExperimentError(`cannot merge: ${error.message}`, { cause: error });
    }
    const implied = flags.out === undefined ? undefined : formatFromExtension(flags.out);
    const format: ReportFormat = flags.format ?? implied ?? 'json';
    checkScenario(result, format, files[0] ?? 'the first part');
    if (ctx.dryRun) return;
    const { requested, completed, partial } = result.meta.replications;
    if (partial && !flags.quiet) {
      ctx.io.stderr(`warning: partial result, ${completed} of ${requested} replications\n`);
    }
    // A partial result is not what the whole run gives: it is reproduced by the merge itself.
    const run = partial ? undefined : unshardedRun(parts);
    // The flags the unsharded run would have had to write these same bytes: --format unless
    // --out's extension implies it, as `run` does.
    const formatWord = flags.format ?? (implied === undefined ? format : undefined);
    const command =
      run === undefined
        ? commandLine(
            ['merge', ...files],
            [
              ['--allow-partial', flags.allowPartial],
              ['--format', flags.format],
              ['--out', flags.out],
              ['--no-charts', !flags.charts],
            ],
          )
        : commandLine(
            ['run', run.scenarioRef],
            runFlagWords({
              seed: result.meta.seed,
              replications: requested,
              horizonDays: run.horizonDays ?? undefined,
              scalars: keptInSketch(result.meta) ? 'sketch' : 'exact',
              format: formatWord,
              out: flags.out,
              charts: flags.charts,
            }),
          );
    const text = renderRun(result, format, {
      command,
      ...(run === undefined ? {} : { scenarioRef: run.scenarioRef }),
      charts: flags.charts,
    });
    await emit(ctx, text, output, flags.quiet);
    if (!flags.quiet && flags.out !== undefined) {
      ctx.io.stderr(`merged ${files.length} parts: ${completed}/${requested} replications\n`);
    }
  });
}
