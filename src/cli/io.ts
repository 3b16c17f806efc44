/**
 * Where the CLI writes: stdout for reports, stderr for messages and the progress bar. Tests pass
 * their own {@link CliIo} to run commands in-process and capture the output.
 *
 * @module
 */

/** Output channels of the CLI. */
export interface CliIo {
  /** Writes report text (stdout). */
  readonly stdout: (text: string) => void;
  /** Writes messages (stderr). */
  readonly stderr: (text: string) => void;
  /** Stream for the progress bar, or undefined for none (the default when stderr is not a TTY). */
  readonly progressStream: NodeJS.WritableStream | undefined;
  /** Directory relative paths are resolved against (default: the process's). */
  readonly cwd: string;
  /**
   * Width of the terminal reports are printed on, in columns: `COLUMNS` when set, else the
   * terminal's when stdout is one; undefined for the default (100).
   */
  readonly columns?: number | undefined;
}

/** The width `COLUMNS` sets, else the terminal's when stdout is a terminal. */
export function terminalColumns(
  env: NodeJS.ProcessEnv = process.env,
  stdout: { readonly isTTY?: boolean; readonly columns?: number } = process.stdout,
): number | undefined {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return stdout.isTTY === true && typeof stdout.columns === 'number' && stdout.columns > 0
    ? stdout.columns
    : undefined;
}

/** The process's stdout and stderr; a progress bar only when stderr is a TTY. */
export function processIo(): CliIo {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    progressStream: process.stderr.isTTY === true ? process.stderr : undefined,
    cwd: process.cwd(),
    columns: terminalColumns(),
  };
}
