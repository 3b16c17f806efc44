/**
 * Exit codes of the command-line interface and the errors that lead to them.
 *
 * | code | meaning |
 * |---|---|
 * | 0 | success (also `--help` and `--version`) |
 * | 1 | usage: unknown command or flag, missing argument, bad flag value, unreadable or non-JSON part file |
 * | 2 | invalid scenario: unknown scenario name, file that cannot be loaded, failed validation |
 * | 3 | run failed: the experiment, a merge or the report could not be completed |
 * | 130, 143 | interrupted by SIGINT or SIGTERM: nothing was written |
 *
 * @module
 */
import { CommanderError } from 'commander';
import {
  ExperimentError,
  InvalidArgumentError,
  PeacekeepingSimError,
  ScenarioLoadError,
  ScenarioValidationError,
} from '../errors.js';

/** The exit codes of the CLI, by meaning. */
export const ExitCode = {
  ok: 0,
  usage: 1,
  invalidScenario: 2,
  runFailed: 3,
  interruptedSigint: 130,
  interruptedSigterm: 143,
} as const;

/** A bad command line: a flag value, a parameter path or an input file the CLI cannot use. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** The run was interrupted (Ctrl-C, SIGTERM or an aborted signal) before its result was complete. */
export class CliInterruptedError extends Error {
  constructor(message = 'interrupted before the result was complete: nothing was written') {
    super(message);
    this.name = 'CliInterruptedError';
  }
}

/**
 * Turns a bad argument found while preparing a run (building sweep or sensitivity variants,
 * setting a parameter) into a usage error; scenario validation errors pass through unchanged.
 */
export function asUsageError(error: unknown): unknown {
  if (error instanceof InvalidArgumentError || error instanceof ExperimentError) {
    return new CliUsageError(error.message);
  }
  return error;
}

/** The exit code for an error thrown by a command. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  if (error instanceof CliUsageError) return ExitCode.usage;
  if (error instanceof CliInterruptedError) return ExitCode.interruptedSigint;
  if (error instanceof ScenarioValidationError || error instanceof ScenarioLoadError) {
    return ExitCode.invalidScenario;
  }
  return ExitCode.runFailed;
}

/**
 * The message shown for an error: one or a few lines, the stack only with `debug`. Errors of
 * the library keep their message (which names the field or file); anything else is reported as
 * an internal error.
 */
export function describeError(error: unknown, debug: boolean): string {
  if (debug && error instanceof Error && error.stack !== undefined) {
    const cause =
      error.cause instanceof Error && error.cause.stack !== undefined
        ? `\ncaused by: ${error.cause.stack}`
        : '';
    return `${error.stack}${cause}`;
  }
  if (error instanceof CliUsageError || error instanceof CliInterruptedError) return error.message;
  if (error instanceof PeacekeepingSimError) return error.message;
  const why = error instanceof Error ? error.message : String(error);
  return `internal error: ${why} (run again with --debug for the stack trace)`;
}
