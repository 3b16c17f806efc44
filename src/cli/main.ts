#!/usr/bin/env node
import { removePendingTempFiles } from '../experiment/save.js';
/**
 * The `peacekeeping-sim` executable: runs {@link runCli} with the process's arguments. On
 * SIGINT or SIGTERM it stops at once, removes any temporary output file and exits with 130 or
 * 143: an `--out` file is only ever written whole, after the result is complete.
 *
 * @module
 */
import { ExitCode } from './errors.js';
import { runCli } from './program.js';

const controller = new AbortController();
const signals = [
  ['SIGINT', ExitCode.interruptedSigint],
  ['SIGTERM', ExitCode.interruptedSigterm],
] as const;
for (const [signal, code] of signals) {
  process.on(signal, () => {
    controller.abort();
    removePendingTempFiles();
    // The progress bar hides the cursor while it runs: show it again.
    if (process.stderr.isTTY === true) process.stderr.write('\u001b[?25h');
    process.stderr.write(`\ninterrupted (${signal}): nothing was written\n`);
    process.exit(code);
  });
}
// `peacekeeping-sim list | head` closes stdout early: not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), { signal: controller.signal });
