/**
 * The flags shared by several commands, and their typed view.
 *
 * @module
 */
import { type Command, Option } from 'commander';
import { DEFAULT_SEED, defaultWorkers, type RunFlags } from './context.js';
import {
  DEFAULT_SCENARIO_TIMEOUT_S,
  parseHorizonDays,
  parseReplications,
  parseScenarioTimeout,
  parseSeed,
  parseWorkers,
  REPORT_FORMATS,
} from './parse.js';

/** `--format`, with the five report formats. */
export function formatOption(
  description = "report format (default: table, or the one --out's extension names)",
): Option {
  return new Option('-f, --format <format>', description).choices(REPORT_FORMATS);
}

/** `--out`, the file written (atomically) instead of stdout. */
export function outOption(): Option {
  return new Option(
    '-o, --out <file>',
    'write to this file instead of stdout (- is stdout; a file is replaced atomically, a device or FIFO written directly; its directory must exist)',
  );
}

/** `--data-only`: scenario files must be JSON (a .ts/.js scenario is a program). */
export function dataOnlyOption(): Option {
  return new Option(
    '--data-only',
    'accept only .json scenario files: .ts/.js scenarios are programs, run with your privileges',
  );
}

/** `--scenario-timeout <seconds>`: the time limit of a .ts/.js scenario program. */
export function scenarioTimeoutOption(): Option {
  return new Option(
    '--scenario-timeout <seconds>',
    'stop a .ts/.js scenario program that takes longer than this to load (exit 2)',
  )
    .default(DEFAULT_SCENARIO_TIMEOUT_S)
    .argParser(parseScenarioTimeout);
}

/** Adds the flags of commands that read scenario files: `--data-only`, `--scenario-timeout`. */
export function addScenarioFileFlags(cmd: Command): Command {
  return cmd.addOption(dataOnlyOption()).addOption(scenarioTimeoutOption());
}

/** `--quiet`. */
export function quietOption(description = 'no messages'): Option {
  return new Option('-q, --quiet', description);
}

/** `--debug`, stack traces on errors (read from argv by `runCli`). */
export function debugOption(): Option {
  return new Option('--debug', 'stack traces on errors');
}

/** `--detail`: the whole report in the terminal. */
export function detailOption(): Option {
  return new Option(
    '--detail',
    'in the terminal, the whole report (every metric, the scenario, its assumptions) instead of one screen',
  );
}

/** `--scalars`, for `run` and `compare`: how scalar metrics are kept. */
export function scalarsOption(): Option {
  return new Option(
    '--scalars <mode>',
    "exact: every replication's value (exact quantiles, a CSV row per replication); sketch: exact means and intervals, quantiles within 0.5 %, memory that does not grow with the replications; auto: exact up to 10,000 replications",
  )
    .choices(['exact', 'sketch', 'auto'])
    .default('auto');
}

/** `--no-charts`, for the HTML report. */
export function noChartsOption(): Option {
  return new Option('--no-charts', 'HTML report without charts');
}

/** Adds the flags of the commands that run simulations. */
export function addRunFlags(cmd: Command, replications: number): Command {
  const workers = defaultWorkers();
  return cmd
    .addOption(
      new Option(
        '-s, --seed <seed>',
        'experiment seed, an integer or a string (printed in every report)',
      )
        .default(DEFAULT_SEED)
        .argParser(parseSeed),
    )
    .addOption(
      new Option('-n, --replications <n>', 'replications per scenario or point')
        .default(replications)
        .argParser(parseReplications),
    )
    .addOption(
      new Option('-w, --workers <n>', 'worker threads (results do not depend on it)')
        .default(workers, `${workers}: the cores, at most 2`)
        .argParser(parseWorkers),
    )
    .addOption(
      new Option(
        '--horizon-days <days>',
        "override the scenario's horizon (plan steps after it simply do not happen)",
      ).argParser(parseHorizonDays),
    )
    .addOption(formatOption())
    .addOption(outOption())
    .addOption(detailOption())
    .addOption(noChartsOption())
    .addOption(quietOption('no progress bar, no messages'))
    .addOption(
      new Option(
        '--progress',
        'progress lines on stderr even when it is not a terminal (logs), after an estimate of time and memory',
      ),
    )
    .addOption(
      new Option(
        '--no-memory-check',
        'run even when the estimate says the run will not fit in memory',
      ),
    )
    .addOption(dataOnlyOption())
    .addOption(scenarioTimeoutOption())
    .addOption(debugOption());
}

/** The typed view of a simulation command's parsed flags. */
export interface RawRunFlags {
  seed: number | string;
  replications: number;
  workers: number;
  horizonDays?: number;
  format?: RunFlags['format'];
  out?: string;
  charts: boolean;
  quiet?: boolean;
  progress?: boolean;
  detail?: boolean;
  memoryCheck?: boolean;
  dataOnly?: boolean;
  scenarioTimeout?: number;
  scalars?: 'exact' | 'sketch' | 'auto';
}

/** Commander's parsed flags → {@link RunFlags}. */
export function runFlags(raw: RawRunFlags): RunFlags {
  return {
    seed: raw.seed,
    replications: raw.replications,
    workers: raw.workers,
    horizonDays: raw.horizonDays,
    format: raw.format,
    out: raw.out,
    quiet: raw.quiet === true,
    charts: raw.charts !== false,
    progress: raw.progress === true,
    detail: raw.detail === true,
    memoryCheck: raw.memoryCheck !== false,
    dataOnly: raw.dataOnly === true,
    scenarioTimeout: raw.scenarioTimeout,
    scalars: raw.scalars,
  };
}
