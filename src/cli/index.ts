/**
 * The command-line interface as a library: {@link runCli} runs one invocation in-process, the
 * command functions can be called directly, and `writeFileAtomic` is the atomic writer the
 * CLI uses for `--out`.
 *
 * @module
 */

export { removePendingTempFiles, writeFileAtomic } from '../experiment/save.js';
export { BIN, commandLine, shellQuote } from './command-line.js';
export {
  DEFAULT_SENSITIVITY_PARAMETERS,
  defaultSensitivityParams,
  headlineMetricNames,
  isAssumption,
  type SensitivityCommandFlags,
  type SweepCommandFlags,
  sensitivityCommand,
  sweepCommand,
} from './commands/analysis.js';
export { backtestCommand, DEFAULT_BACKTEST_SCENARIO } from './commands/backtest.js';
export {
  type AssumptionsFlags,
  assumptionsCommand,
  type ListFlags,
  listCommand,
  schemaCommand,
  validateCommand,
} from './commands/info.js';
export { type MergeFlags, mergeCommand } from './commands/merge.js';
export { compareCommand, type RunCommandFlags, runCommand } from './commands/run.js';
export {
  type CliContext,
  DEFAULT_ANALYSIS_REPLICATIONS,
  DEFAULT_REPLICATIONS,
  DEFAULT_SEED,
  defaultWorkers,
  type RunFlags,
} from './context.js';
export { CliInterruptedError, CliUsageError, ExitCode, exitCodeOf } from './errors.js';
export { type CliIo, processIo } from './io.js';
export { buildProgram, type RunCliOptions, runCli } from './program.js';
export {
  EMBEDDED_SCENARIO_NAME,
  namedScenarios,
  resolveScenario,
  withHorizon,
} from './scenarios.js';
