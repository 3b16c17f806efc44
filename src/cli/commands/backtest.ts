/**
 * `backtest`: the out-of-sample validation — a scenario built on what was known by 23 December
 * 2020, run over 2021 and compared figure by figure with the public record.
 *
 * @module
 */
import { backtest, backtestSplits } from '../../experiment/index.js';
import { renderBacktest } from '../../report/index.js';
import { commandLine } from '../command-line.js';
import {
  type CliContext,
  emit,
  execute,
  loadOptions,
  outputFormat,
  type RunFlags,
  withOutput,
} from '../context.js';
import { checkRunFits } from '../estimate.js';
import { resolveScenario, withHorizon } from '../scenarios.js';
import { reportOptions, runFlagWords } from './run.js';

/** The scenario `backtest` runs when none is named: the model of December 2020, the plan as it unfolded. */
export const DEFAULT_BACKTEST_SCENARIO = 'as-it-happened-2021';

/**
 * `peacekeeping-sim backtest [scenario]`: runs the scenario (default
 * {@link DEFAULT_BACKTEST_SCENARIO}) and the same replications to each 1 January inside its
 * run, and compares every figure of the public record of 2021 with the model's 90 % interval of
 * the matching quantity: inside, above or below, and by how much.
 */
export async function backtestCommand(
  ctx: CliContext,
  scenarioRef: string | undefined,
  flags: RunFlags,
): Promise<void> {
  const ref = scenarioRef ?? DEFAULT_BACKTEST_SCENARIO;
  await withOutput(ctx, flags.out, async (output) => {
    const scenario = withHorizon(
      await resolveScenario(ref, ctx.io.cwd, loadOptions(ctx, flags)),
      flags.horizonDays,
    );
    const command = commandLine(['backtest', ref], runFlagWords(flags));
    const format = outputFormat(flags.format, flags.out);
    // The full run, and one as long or shorter to each split date.
    const runs = [scenario, ...backtestSplits(scenario).map(() => scenario)];
    checkRunFits(
      ctx,
      { scenarios: runs, replications: flags.replications, workers: flags.workers, format },
      flags,
    );
    if (ctx.dryRun) return;
    const result = await execute(ctx, flags, `backtest ${scenario.name}`, (hooks) =>
      backtest(scenario, { replications: flags.replications, seed: flags.seed, ...hooks }),
    );
    const text = renderBacktest(result, format, reportOptions(ctx, flags, command, ref));
    await emit(ctx, text, output, flags.quiet);
  });
}
