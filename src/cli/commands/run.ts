/**
 * `run` (one scenario, or a paired comparison with `--against`, or one shard with `--shard`)
 * and `compare`.
 *
 * @module
 */
import { compare, runExperiment, sealPart } from '../../experiment/index.js';
import { scalarMode } from '../../experiment/options.js';
import { renderComparison, renderRun } from '../../report/index.js';
import type { Scenario } from '../../scenario/index.js';
import { commandLine, type FlagValue } from '../command-line.js';
import {
  type CliContext,
  emit,
  execute,
  loadOptions,
  outputFormat,
  type RunFlags,
  reportWidth,
  withOutput,
} from '../context.js';
import { CliUsageError } from '../errors.js';
import { checkRunFits } from '../estimate.js';
import type { CliOutput } from '../output.js';
import type { ShardArg } from '../parse.js';
import { resolveScenario, withHorizon } from '../scenarios.js';

/** Flags of `run`. */
export interface RunCommandFlags extends RunFlags {
  /** Compare with this scenario (a → the run's scenario). */
  readonly against?: string | undefined;
  /** Run only this shard and write its mergeable part. */
  readonly shard?: ShardArg | undefined;
}

/** The flags every simulation command records in its reproducing command line. */
export function runFlagWords(
  flags: Pick<
    RunFlags,
    'seed' | 'replications' | 'horizonDays' | 'format' | 'out' | 'charts' | 'detail' | 'scalars'
  >,
): Array<readonly [string, FlagValue | readonly string[]]> {
  return [
    ['--seed', flags.seed],
    ['--replications', flags.replications],
    ['--horizon-days', flags.horizonDays],
    ['--scalars', scalarsWord(flags.scalars, flags.replications)],
    ['--format', flags.format],
    ['--out', flags.out],
    ['--detail', flags.detail === true],
    ['--no-charts', !flags.charts],
  ];
}

/**
 * `--scalars` as the reproducing command writes it: the mode it chose, only when 'auto' would
 * have chosen another for this many replications (so equal runs print equal commands, and
 * `merge` can tell it from the result).
 */
export function scalarsWord(
  scalars: RunFlags['scalars'],
  replications: number,
): 'exact' | 'sketch' | undefined {
  const mode = scalarMode(scalars, replications);
  return mode === scalarMode('auto', replications) ? undefined : mode;
}

/** Whether a run or comparison with these flags keeps its scalars in sketches (flat memory). */
function keepsSketches(flags: Pick<RunFlags, 'scalars' | 'replications'>): boolean {
  return scalarMode(flags.scalars, flags.replications) === 'sketch';
}

/** The report options every simulation command passes. */
export function reportOptions(
  ctx: CliContext,
  flags: RunFlags,
  command: string,
  scenarioRef: string,
): { command: string; scenarioRef: string; charts: boolean; detail: boolean; width: number } {
  return {
    command,
    scenarioRef,
    charts: flags.charts,
    detail: flags.detail === true,
    width: reportWidth(ctx, flags.out),
  };
}

/**
 * `peacekeeping-sim run <scenario>`: runs the scenario and prints its report; with `--against`,
 * a paired comparison; with `--shard i/n`, the mergeable part of shard i (JSON).
 */
export async function runCommand(
  ctx: CliContext,
  scenarioRef: string,
  flags: RunCommandFlags,
): Promise<void> {
  if (flags.shard !== undefined && flags.against !== undefined) {
    throw new CliUsageError(
      '--shard and --against cannot be combined: shard each scenario separately',
    );
  }
  if (flags.shard !== undefined && flags.format !== undefined && flags.format !== 'json') {
    throw new CliUsageError(
      '--shard writes an experiment part, which is JSON: drop --format or use --format json',
    );
  }
  await withOutput(ctx, flags.out, async (output) => {
    const load = loadOptions(ctx, flags);
    const scenario = withHorizon(
      await resolveScenario(scenarioRef, ctx.io.cwd, load),
      flags.horizonDays,
    );
    if (flags.against !== undefined) {
      const against = withHorizon(
        await resolveScenario(flags.against, ctx.io.cwd, load),
        flags.horizonDays,
      );
      const command = commandLine(
        ['run', scenarioRef],
        [['--against', flags.against], ...runFlagWords(flags)],
      );
      await comparison(ctx, against, scenario, flags, command, scenarioRef, output);
      return;
    }
    const shard = flags.shard;
    const command = commandLine(
      ['run', scenarioRef],
      [
        ...runFlagWords(flags).slice(0, 3),
        ['--shard', shard === undefined ? undefined : `${shard.index}/${shard.count}`],
        ...runFlagWords(flags).slice(3),
      ],
    );
    if (shard !== undefined) {
      const inShard = Math.ceil((flags.replications - shard.index) / shard.count);
      const plan = {
        scenarios: [scenario],
        replications: inShard,
        format: 'json',
        sketch: keepsSketches(flags),
      } as const;
      checkRunFits(ctx, { ...plan, workers: flags.workers }, flags);
      if (ctx.dryRun) return;
      const part = await execute(ctx, flags, `shard ${shard.index}/${shard.count}`, (hooks) =>
        runExperiment(scenario, {
          replications: flags.replications,
          seed: flags.seed,
          scalars: flags.scalars,
          shard: { index: shard.index, count: shard.count },
          ...hooks,
        }),
      );
      // What merge needs to write exactly what the unsharded run would have, sealed with the
      // digest merge verifies.
      const sealed = sealPart({
        ...part,
        cli: { scenarioRef, horizonDays: flags.horizonDays ?? null },
      });
      await emit(ctx, `${JSON.stringify(sealed)}\n`, output, flags.quiet);
      return;
    }
    const format = outputFormat(flags.format, flags.out);
    checkRunFits(
      ctx,
      {
        scenarios: [scenario],
        replications: flags.replications,
        workers: flags.workers,
        format,
        sketch: keepsSketches(flags),
      },
      flags,
    );
    if (ctx.dryRun) return;
    const result = await execute(ctx, flags, scenario.name, (hooks) =>
      runExperiment(scenario, {
        replications: flags.replications,
        seed: flags.seed,
        scalars: flags.scalars,
        ...hooks,
      }),
    );
    const text = renderRun(result, format, reportOptions(ctx, flags, command, scenarioRef));
    await emit(ctx, text, output, flags.quiet);
  });
}

/** `peacekeeping-sim compare <a> <b>`: the paired comparison a → b. */
export async function compareCommand(
  ctx: CliContext,
  refA: string,
  refB: string,
  flags: RunFlags,
): Promise<void> {
  await withOutput(ctx, flags.out, async (output) => {
    const load = loadOptions(ctx, flags);
    const a = withHorizon(await resolveScenario(refA, ctx.io.cwd, load), flags.horizonDays);
    const b = withHorizon(await resolveScenario(refB, ctx.io.cwd, load), flags.horizonDays);
    const command = commandLine(['compare', refA, refB], runFlagWords(flags));
    await comparison(ctx, a, b, flags, command, refB, output);
  });
}

async function comparison(
  ctx: CliContext,
  a: Scenario,
  b: Scenario,
  flags: RunFlags,
  command: string,
  scenarioRef: string,
  output: CliOutput,
): Promise<void> {
  const format = outputFormat(flags.format, flags.out);
  checkRunFits(
    ctx,
    {
      scenarios: [a, b],
      replications: flags.replications,
      workers: flags.workers,
      format,
      sketch: keepsSketches(flags),
    },
    flags,
  );
  if (ctx.dryRun) return;
  const result = await execute(ctx, flags, `${a.name} → ${b.name}`, (hooks) =>
    compare(a, b, {
      replications: flags.replications,
      seed: flags.seed,
      scalars: flags.scalars,
      ...hooks,
    }),
  );
  const text = renderComparison(result, format, reportOptions(ctx, flags, command, scenarioRef));
  await emit(ctx, text, output, flags.quiet);
}
