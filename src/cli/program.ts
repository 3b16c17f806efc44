/**
 * The `peacekeeping-sim` command line: argv → scenario → experiment → report, with commander.
 * {@link runCli} runs one invocation in-process and returns its exit code; `main.ts` is the
 * executable that calls it with the process's argv.
 *
 * @module
 */
import { Command, CommanderError, Option } from 'commander';
import { packageVersion, RANKING_REPLICATIONS } from '../experiment/index.js';
import { BIN } from './command-line.js';
import { sensitivityCommand, sweepCommand } from './commands/analysis.js';
import { backtestCommand, DEFAULT_BACKTEST_SCENARIO } from './commands/backtest.js';
import {
  assumptionsCommand,
  exportCommand,
  listCommand,
  metricsCommand,
  schemaCommand,
  validateCommand,
} from './commands/info.js';
import { mergeCommand } from './commands/merge.js';
import { compareCommand, runCommand } from './commands/run.js';
import {
  type CliContext,
  DEFAULT_ANALYSIS_REPLICATIONS,
  DEFAULT_REPLICATIONS,
  DEFAULT_SEED,
  defaultWorkers,
  type RunFlags,
} from './context.js';
import { describeError, exitCodeOf } from './errors.js';
import {
  addRunFlags,
  addScenarioFileFlags,
  debugOption,
  formatOption,
  noChartsOption,
  outOption,
  quietOption,
  type RawRunFlags,
  runFlags,
  scalarsOption,
} from './flags.js';
import { type CliIo, processIo } from './io.js';
import {
  collect,
  parseMetric,
  parseReplications,
  parseSeed,
  parseSensitivityParam,
  parseShard,
  parseSweepParam,
  parseWorkers,
  type SensitivityParamArg,
  type ShardArg,
  type SweepParamArg,
} from './parse.js';

/** Options of {@link runCli}. */
export interface RunCliOptions {
  /** Output channels (default: the process's stdout and stderr). */
  readonly io?: Partial<CliIo> | undefined;
  /** Parse and check the command line, resolve scenarios, but run and write nothing. */
  readonly dryRun?: boolean | undefined;
  /** Aborting it interrupts a run: nothing is written and the exit code is 130. */
  readonly signal?: AbortSignal | undefined;
}

const HELP_FOOTER = `
Exit codes: 0 ok, 1 usage (unknown command or flag, bad value, an --out path that cannot be
written, a run that would not fit in memory), 2 invalid scenario (or beyond a limit),
3 run, merge or write failed, 130/143 interrupted (nothing written).

A .ts or .js scenario file is a program: loading it (validate included) runs its code with
your privileges. Use --data-only for files from others.

Examples:
  $ ${BIN} list
  $ ${BIN} run adaptation-plan --against baseline-2020
  $ ${BIN} run helicopter-gap-closed --replications 400 --out report.html
  $ ${BIN} sweep adaptation-plan --param aviation.mtbfDays=10,14,20
  $ ${BIN} assumptions adaptation-plan            # what to challenge, ranked by effect
  $ ${BIN} backtest                               # the model of December 2020 against the record of 2021
  $ ${BIN} export adaptation-plan > my.json       # a scenario file to edit, then: run my.json
  $ ${BIN} run my-mission.ts --shard 0/4 --out part-0.json   # then: ${BIN} merge part-*.json --out result.json`;

/** Builds the commander program for one invocation in `ctx`. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command(BIN);
  program
    .description(
      'Deterministic, seeded Monte Carlo planning of UN peacekeeping operations: readiness and ' +
        'response times under a mission plan, calibrated on MINUSMA 2020.',
    )
    .version(packageVersion().version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => ctx.io.stderr(s),
    })
    .showHelpAfterError(`(${BIN} --help lists the commands; ${BIN} <command> --help their flags)`)
    .addOption(debugOption())
    .addHelpText('after', HELP_FOOTER);

  addRunFlags(
    program
      .command('run')
      .summary('run a scenario (or compare it --against another) and print its report')
      .description(
        'Runs <scenario> (a built-in name, see `list`, or a .ts/.json file) and prints its report. ' +
          'With --against <other>, a paired comparison <other> → <scenario> under common random ' +
          'numbers. With --shard i/n, only shard i (0-based) of n, written as a mergeable part (JSON).',
      )
      .argument('<scenario>', 'built-in scenario name or scenario file')
      .addOption(
        new Option('-a, --against <scenario>', 'compare with this scenario (the reference)'),
      )
      .addOption(
        new Option('--shard <i/n>', 'run only shard i of n (0-based) and write its part').argParser(
          parseShard,
        ),
      )
      .addOption(scalarsOption()),
    DEFAULT_REPLICATIONS,
  ).action(async (ref: string, raw: RawRunFlags & { against?: string; shard?: ShardArg }) => {
    await runCommand(ctx, ref, { ...runFlags(raw), against: raw.against, shard: raw.shard });
  });

  addRunFlags(
    program
      .command('compare')
      .summary('paired comparison of two scenarios (a → b)')
      .description(
        'Runs <a> and <b> with the same seed and replications (common random numbers) and reports ' +
          'the paired differences b − a with 95 % intervals. Same as `run <b> --against <a>`.',
      )
      .argument('<a>', 'reference scenario')
      .argument('<b>', 'scenario compared with it')
      .addOption(scalarsOption()),
    DEFAULT_REPLICATIONS,
  ).action(async (a: string, b: string, raw: RawRunFlags) => {
    await compareCommand(ctx, a, b, runFlags(raw));
  });

  addRunFlags(
    program
      .command('sweep')
      .summary('run a scenario at every point of a grid of parameter values')
      .description(
        'Runs <scenario> at every combination of the --param values (same seed and replications at ' +
          'every point: common random numbers). A path is any path `assumptions <scenario>` prints: ' +
          'aviation.mtbfDays, mission.routes[3].lengthKm (or .3.), an element by id ' +
          '(mission.units[north-quick-reaction-force].noticeToMoveMin) or by a field ' +
          '(mission.armouredFleet.bySector[sector=centre].workshopBays), a number inside a ' +
          'distribution (fleet.repairDays.value.mean).',
      )
      .argument('<scenario>', 'built-in scenario name or scenario file')
      .addOption(
        new Option('-p, --param <path=v1,v2,...>', 'a parameter and its values (repeatable)')
          .argParser(collect(parseSweepParam))
          .default([], 'none'),
      )
      .addOption(
        new Option('-m, --metric <name>', 'scalar metric to report (repeatable)')
          .argParser(collect(parseMetric))
          .default([], 'all'),
      ),
    DEFAULT_ANALYSIS_REPLICATIONS,
  ).action(async (ref: string, raw: RawRunFlags & { param: SweepParamArg[]; metric: string[] }) => {
    await sweepCommand(ctx, ref, { ...runFlags(raw), params: raw.param, metrics: raw.metric });
  });

  addRunFlags(
    program
      .command('sensitivity')
      .summary('one-at-a-time sensitivity of key metrics to parameters (tornado chart)')
      .description(
        'Runs <scenario>, then each --param at its low and at its high value (all else at base), and ' +
          'orders the parameters by the swing of the first --metric, with paired 95 % intervals. ' +
          'Without --param: the assumptions are ranked first (as `assumptions` does) and the 8 most ' +
          'influential are swung over their plausible ranges. Without --metric: the headline metrics.',
      )
      .argument('<scenario>', 'built-in scenario name or scenario file')
      .addOption(
        new Option(
          '-p, --param <path=low:high>',
          'a parameter and its low and high values (repeatable)',
        )
          .argParser(collect(parseSensitivityParam))
          .default([], 'the 8 most influential assumptions over their plausible ranges'),
      )
      .addOption(
        new Option(
          '-m, --metric <name>',
          'metric to report (repeatable; the first orders the rows)',
        )
          .argParser(collect(parseMetric))
          .default([], 'the headline metrics'),
      ),
    DEFAULT_ANALYSIS_REPLICATIONS,
  ).action(
    async (ref: string, raw: RawRunFlags & { param: SensitivityParamArg[]; metric: string[] }) => {
      await sensitivityCommand(ctx, ref, {
        ...runFlags(raw),
        params: raw.param,
        metrics: raw.metric,
      });
    },
  );

  addRunFlags(
    program
      .command('backtest')
      .summary('the model of December 2020 against the public record of 2021 (out of sample)')
      .description(
        `Runs [scenario] (default ${DEFAULT_BACKTEST_SCENARIO}: the embedded model as it stood on 23 ` +
          'December 2020, with the plan as it unfolded in 2021) and compares each figure of the ' +
          'public record of 2021 (wounded, attacks, IEDs, attacks on camps) with the 90 % interval ' +
          'of the model quantity that counts the same thing over the same window: inside, above or ' +
          'below, and by how much. Counters kept over the whole run are split at each 1 January by ' +
          'a second run of the same replications to that date. Nothing is fitted to the record.',
      )
      .argument(
        '[scenario]',
        `built-in scenario name or scenario file (default ${DEFAULT_BACKTEST_SCENARIO})`,
      ),
    DEFAULT_REPLICATIONS,
  ).action(async (ref: string | undefined, raw: RawRunFlags) => {
    await backtestCommand(ctx, ref, runFlags(raw));
  });

  program
    .command('list')
    .summary('list the built-in scenarios and the question each answers')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['table', 'md', 'json'])
        .default('table'),
    )
    .addOption(debugOption())
    .action(async (raw: { format: 'table' | 'md' | 'json' }) => {
      await listCommand(ctx, { format: raw.format });
    });

  addScenarioFileFlags(
    program
      .command('validate')
      .summary('validate a scenario file: every problem with its path (exit 2 if invalid)')
      .description(
        'Loads <file> and reports every problem with its path, including counts beyond the ' +
          'limits (exit 2 if invalid). A .json file is data. A .ts or .js file is a PROGRAM: ' +
          'validating it runs its code, with your privileges (in a child process stopped after ' +
          '--scenario-timeout); use --data-only for files from others. TypeScript is compiled, ' +
          'not type-checked: run `npx tsc --noEmit <file>` for that.',
      )
      .argument('<file>', 'scenario file (.json, or .ts/.js: code) or built-in name')
      .addOption(quietOption('print nothing when valid')),
  )
    .addOption(debugOption())
    .action(
      async (
        file: string,
        raw: { quiet?: boolean; dataOnly?: boolean; scenarioTimeout?: number },
      ) => {
        await validateCommand(ctx, file, {
          quiet: raw.quiet === true,
          dataOnly: raw.dataOnly === true,
          scenarioTimeout: raw.scenarioTimeout,
        });
      },
    );

  program
    .command('schema')
    .summary('print the JSON Schema of scenario files')
    .addOption(outOption())
    .addOption(quietOption())
    .addOption(debugOption())
    .action(async (raw: { out?: string; quiet?: boolean }) => {
      await schemaCommand(ctx, { out: raw.out, quiet: raw.quiet === true });
    });

  addScenarioFileFlags(
    program
      .command('assumptions')
      .summary("a scenario's stated assumptions, ranked by their effect on the headline metrics")
      .description(
        'Lists the stated assumptions of <scenario> (values no source gives) with their rationale, ' +
          'grouped by capability. The model parameters among them are first each swung over their ' +
          `plausible range (common random numbers, ${RANKING_REPLICATIONS} replications a run by default: ` +
          'about 8 s on 2 free cores for the embedded mission) and ranked by their largest effect on a ' +
          'headline metric; the top 20 are shown. Paths are what --param takes.',
      )
      .argument('<scenario>', 'built-in scenario name or scenario file')
      .addOption(new Option('--all', 'every assumption, with its rationale (default: the top 20)'))
      .addOption(new Option('--no-rank', 'skip the ranking: list them in a reading order, at once'))
      .addOption(
        new Option('-s, --seed <seed>', 'seed of the ranking')
          .default(DEFAULT_SEED)
          .argParser(parseSeed),
      )
      .addOption(
        new Option('-n, --replications <n>', 'replications per run of the ranking')
          .default(RANKING_REPLICATIONS)
          .argParser(parseReplications),
      )
      .addOption(
        new Option('-w, --workers <n>', 'worker threads (the ranking does not depend on it)')
          .default(defaultWorkers(), `${defaultWorkers()}: the cores, at most 2`)
          .argParser(parseWorkers),
      )
      .addOption(formatOption("output format (default: table, or the one --out's extension names)"))
      .addOption(outOption())
      .addOption(quietOption('no progress bar, no messages'))
      .addOption(
        new Option('--progress', 'progress lines on stderr even when it is not a terminal'),
      ),
  )
    .addOption(debugOption())
    .action(
      async (
        ref: string,
        raw: {
          format?: RunFlags['format'];
          out?: string;
          quiet?: boolean;
          dataOnly?: boolean;
          scenarioTimeout?: number;
          all?: boolean;
          rank: boolean;
          seed: number | string;
          replications: number;
          workers: number;
          progress?: boolean;
        },
      ) => {
        await assumptionsCommand(ctx, ref, {
          format: raw.format,
          out: raw.out,
          quiet: raw.quiet === true,
          dataOnly: raw.dataOnly === true,
          scenarioTimeout: raw.scenarioTimeout,
          all: raw.all === true,
          rank: raw.rank !== false,
          seed: raw.seed,
          replications: raw.replications,
          workers: raw.workers,
          progress: raw.progress === true,
        });
      },
    );

  addScenarioFileFlags(
    program
      .command('export')
      .summary('write a scenario as a JSON file to start from, with "$schema" for an editor')
      .description(
        'Writes <scenario> (a built-in name or a file) as a JSON scenario file whose "$schema" points ' +
          "to the package's JSON Schema (relative to where it is written), so an editor completes " +
          'and checks it as you edit. Run the edited file like any scenario: ' +
          `${BIN} run my.json.`,
      )
      .argument('<scenario>', 'built-in scenario name or scenario file')
      .addOption(outOption())
      .addOption(
        new Option(
          '--schema <ref>',
          'the "$schema" to write (default: the package\'s schema file)',
        ),
      )
      .addOption(quietOption()),
  )
    .addOption(debugOption())
    .action(
      async (
        ref: string,
        raw: {
          out?: string;
          quiet?: boolean;
          schema?: string;
          dataOnly?: boolean;
          scenarioTimeout?: number;
        },
      ) => {
        await exportCommand(ctx, ref, {
          out: raw.out,
          quiet: raw.quiet === true,
          schema: raw.schema,
          dataOnly: raw.dataOnly === true,
          scenarioTimeout: raw.scenarioTimeout,
        });
      },
    );

  addScenarioFileFlags(
    program
      .command('metrics')
      .summary('list every metric a scenario reports, with its kind, unit and label')
      .argument('<scenario>', 'built-in scenario name or scenario file')
      .addOption(
        new Option('-f, --format <format>', 'output format')
          .choices(['table', 'json'])
          .default('table'),
      ),
  )
    .addOption(debugOption())
    .action(
      async (
        ref: string,
        raw: { format: 'table' | 'json'; dataOnly?: boolean; scenarioTimeout?: number },
      ) => {
        await metricsCommand(ctx, ref, {
          format: raw.format,
          dataOnly: raw.dataOnly === true,
          scenarioTimeout: raw.scenarioTimeout,
        });
      },
    );

  program
    .command('merge')
    .summary('merge shard parts into the result of the whole run')
    .description(
      'Verifies the parts written by `run --shard i/n --out part.json` (schema, digest, scenario ' +
        'hash, replications) and merges them into the result a single run would have given: ' +
        'the same bytes the unsharded `run` writes (JSON by default, or --format). Any problem ' +
        'with a part exits 3.',
    )
    .argument('<parts...>', 'part files (JSON)')
    .addOption(outOption())
    .addOption(
      formatOption(
        'render a report in this format (default: write the merged result itself, as JSON)',
      ),
    )
    .addOption(new Option('--allow-partial', 'merge even if some replications are missing'))
    .addOption(noChartsOption())
    .addOption(quietOption())
    .addOption(debugOption())
    .action(
      async (
        files: string[],
        raw: {
          out?: string;
          format?: RunFlags['format'];
          allowPartial?: boolean;
          quiet?: boolean;
          charts: boolean;
        },
      ) => {
        await mergeCommand(ctx, files, {
          out: raw.out,
          format: raw.format,
          allowPartial: raw.allowPartial === true,
          quiet: raw.quiet === true,
          charts: raw.charts !== false,
        });
      },
    );

  return program;
}

/**
 * Runs the CLI once with `argv` (the arguments after the program name) and returns the exit
 * code: 0 ok, 1 usage, 2 invalid scenario, 3 run, merge or write failed, 130 interrupted. Never throws and
 * never exits the process: errors are written to `io.stderr` as one or a few lines (with the
 * stack trace when `--debug` is among the arguments).
 *
 * @example
 * ```ts
 * const code = await runCli(['run', 'adaptation-plan', '--replications', '10', '--format', 'json']);
 * ```
 */
export async function runCli(
  argv: readonly string[],
  options: RunCliOptions = {},
): Promise<number> {
  const io: CliIo = { ...processIo(), ...stripUndefined(options.io ?? {}) };
  const ctx: CliContext = { io, dryRun: options.dryRun === true, signal: options.signal };
  const debug = argv.includes('--debug');
  try {
    const program = buildProgram(ctx);
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    // commander has already printed its own message (and the help hint).
    if (!(error instanceof CommanderError)) io.stderr(`error: ${describeError(error, debug)}\n`);
    return exitCodeOf(error);
  }
}

function stripUndefined(io: Partial<CliIo>): Partial<CliIo> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(io))
    if (v !== undefined || k === 'progressStream') out[k] = v;
  return out as Partial<CliIo>;
}
