/**
 * Exit codes of the command-line interface and the errors that lead to them.
 *
 * | code | meaning |
 * |---|---|
 * | 0 | success (also `--help` and `--version`) |
 * | 1 | usage: unknown command or flag, missing argument, bad flag value, an `--out` path that cannot be written (checked before any work), a run refused because it would not fit in memory |
 * | 2 | invalid scenario: unknown scenario name, file that cannot be loaded (or not in time, or not data with `--data-only`), failed validation or a limit exceeded |
 * | 3 | run failed: the experiment, a merge (any problem with a part file: unreadable, not JSON, not a valid part, from another experiment) or the report could not be completed, or the output could not be written |
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

/**
 * Writing the output failed after the work was done (a full disk, a closed pipe): exit code 3.
 * A path that cannot be written at all is found before the work, as a {@link CliUsageError}.
 */
export class CliOutputError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliOutputError';
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
  if (
    error instanceof CliUsageError ||
    error instanceof CliInterruptedError ||
    error instanceof CliOutputError
  ) {
    return error.message;
  }
  if (error instanceof PeacekeepingSimError) return error.message;
  if (error instanceof RangeError && /Invalid string length/.test(error.message)) {
    return (
      'the output is too large to build as one text: use fewer replications, shards ' +
      '(--shard i/n), or a format without per-replication values (table, md, html)'
    );
  }
  const why = error instanceof Error ? error.message : String(error);
  return `internal error: ${why} (run again with --debug for the stack trace)`;
}
