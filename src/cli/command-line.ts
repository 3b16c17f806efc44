/**
 * The command line that reproduces a report, printed in every report.
 *
 * @module
 */

/** Name of the CLI binary. */
export const BIN = 'peacekeeping-sim';

/** Quotes `arg` for a POSIX shell when it holds anything but safe characters. */
export function shellQuote(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_./:=,@%+-]+$/.test(arg)) return arg;
  return `'${arg.replaceAll("'", "'\\''")}'`;
}

/** One flag of a reproducing command: omitted when its value is undefined. */
export type FlagValue = string | number | boolean | undefined;

/**
 * The command `peacekeeping-sim <args…> <flags…>`, quoted for a shell. A flag with value `true`
 * is written alone; a flag with an array value is repeated.
 */
export function commandLine(
  args: readonly string[],
  flags: ReadonlyArray<readonly [string, FlagValue | readonly string[]]>,
): string {
  const words: string[] = [BIN, ...args];
  for (const [flag, value] of flags) {
    if (value === undefined || value === false) continue;
    if (value === true) words.push(flag);
    else if (Array.isArray(value)) for (const v of value) words.push(flag, String(v));
    else words.push(flag, String(value));
  }
  return words.map(shellQuote).join(' ');
}
