/**
 * `sweep` (a grid of parameter values) and `sensitivity` (one-at-a-time low/high swings: the
 * data of a tornado chart).
 *
 * @module
 */
import {
  applyPoint,
  type DeclaredParameterEntry,
  type Grid,
  gridPoints,
  type ParameterRanking,
  RANKING_REPLICATIONS,
  rankParameters,
  type SensitivityParameter,
  sensitivity,
  sweep,
} from '../../experiment/index.js';
import { renderSensitivity, renderSweep } from '../../report/index.js';
import { renderValue } from '../../scenario/assumptions.js';
import { type Scenario, setValue } from '../../scenario/index.js';
import { commandLine } from '../command-line.js';
import {
  type CliContext,
  checkMetricNames,
  emit,
  execute,
  loadOptions,
  outputFormat,
  type RunFlags,
  scalarMetricsOf,
  withOutput,
} from '../context.js';
import { asUsageError, CliUsageError } from '../errors.js';
import { checkRunFits } from '../estimate.js';
import type { CliOutput } from '../output.js';
import type { SensitivityParamArg, SweepParamArg } from '../parse.js';
import { resolveScenario, withHorizon } from '../scenarios.js';
import { reportOptions, runFlagWords } from './run.js';

/** Whether a declared parameter's value is a stated assumption (not the letter's, nor public). */
export function isAssumption(p: DeclaredParameterEntry): boolean {
  return p.source.kind === 'assumption';
}

/** The headline metrics (counters and values) runs of `scenario` report, in report order. */
export function headlineMetricNames(scenario: Scenario): string[] {
  return [...scalarMetricsOf([scenario]).values()]
    .filter((i) => i.headline === true)
    .sort((a, b) => a.order - b.order)
    .map((i) => i.name);
}

/** Flags of `sweep`. */
export interface SweepCommandFlags extends RunFlags {
  /** `--param path=v1,v2,…`, in order: the first varies slowest. */
  readonly params: readonly SweepParamArg[];
  /** `--metric`: the scalar metrics to keep (empty: all). */
  readonly metrics: readonly string[];
}

/** Flags of `sensitivity`. */
export interface SensitivityCommandFlags extends RunFlags {
  /** `--param path=low:high` (empty: {@link defaultSensitivityParams}). */
  readonly params: readonly SensitivityParamArg[];
  /** `--metric`; the first orders the rows (empty: the headline metrics). */
  readonly metrics: readonly string[];
}

/** Parameters `sensitivity` swings when no `--param` is given: the most influential this many. */
export const DEFAULT_SENSITIVITY_PARAMETERS = 8;

/**
 * The default sensitivity parameters of `scenario`: the {@link DEFAULT_SENSITIVITY_PARAMETERS}
 * stated assumptions that `ranking` finds most influential, each over its plausible range (a
 * distribution scaled so that its mean is each end).
 */
export function defaultSensitivityParams(ranking: ParameterRanking): SensitivityParamArg[] {
  return ranking.rows
    .filter((r) => r.influence > 0)
    .slice(0, DEFAULT_SENSITIVITY_PARAMETERS)
    .map((r) => ({ path: r.path, low: r.low, high: r.high }));
}

/**
 * Throws a usage error naming the flag when `value` cannot be set at `path` (no such path, a
 * value of the wrong kind); a value outside the parameter's domain stays a scenario validation
 * error (exit code 2), which names the field.
 */
function checkValue(base: Scenario, path: string, value: unknown, by: string): Scenario {
  try {
    return setValue(base, path, value, by);
  } catch (error) {
    const usage = asUsageError(error);
    if (usage instanceof CliUsageError) {
      throw new CliUsageError(`--param ${path}: value ${JSON.stringify(value)}: ${usage.message}`);
    }
    throw usage;
  }
}

/** `peacekeeping-sim sweep <scenario> --param path=v1,v2,… [--param …] [--metric …]`. */
export async function sweepCommand(
  ctx: CliContext,
  scenarioRef: string,
  flags: SweepCommandFlags,
): Promise<void> {
  await withOutput(ctx, flags.out, (output) => sweepTo(output, ctx, scenarioRef, flags));
}

async function sweepTo(
  output: CliOutput,
  ctx: CliContext,
  scenarioRef: string,
  flags: SweepCommandFlags,
): Promise<void> {
  if (flags.params.length === 0) {
    throw new CliUsageError(
      'sweep needs at least one --param path=v1,v2,… e.g. --param parameters.aviation.mtbfDays=10,14,20',
    );
  }
  const grid: Record<string, readonly unknown[]> = {};
  for (const p of flags.params) {
    if (Object.hasOwn(grid, p.path)) throw new CliUsageError(`--param ${p.path} given twice`);
    grid[p.path] = p.values;
  }
  const base = withHorizon(
    await resolveScenario(scenarioRef, ctx.io.cwd, loadOptions(ctx, flags)),
    flags.horizonDays,
  );
  for (const p of flags.params) {
    for (const value of p.values) checkValue(base, p.path, value, 'sweep');
  }
  // Every combination, so that a pair of values invalid together fails before any run.
  const points = gridPoints(grid as Grid).map((point) => applyPoint(base, point) as Scenario);
  const command = commandLine(
    ['sweep', scenarioRef],
    [
      ['--param', flags.params.map((p) => `${p.path}=${p.values.map(String).join(',')}`)],
      ['--metric', [...flags.metrics]],
      ...runFlagWords(flags),
    ],
  );
  checkMetricNames([base], flags.metrics);
  checkRunFits(
    ctx,
    {
      scenarios: points,
      replications: flags.replications,
      workers: flags.workers,
      format: outputFormat(flags.format, flags.out),
    },
    flags,
  );
  if (ctx.dryRun) return;
  const result = await execute(ctx, flags, `sweep ${base.name}`, (hooks) =>
    sweep(base, grid as Grid, {
      replications: flags.replications,
      seed: flags.seed,
      metrics: flags.metrics.length > 0 ? flags.metrics : undefined,
      ...hooks,
    }),
  );
  const format = outputFormat(flags.format, flags.out);
  const text = renderSweep(result, format, {
    ...reportOptions(ctx, flags, command, scenarioRef),
    ...(flags.metrics.length > 0 ? { metrics: flags.metrics } : {}),
    scenario: base,
  });
  await emit(ctx, text, output, flags.quiet);
}

/** `peacekeeping-sim sensitivity <scenario> [--param path=low:high …] [--metric …]`. */
export async function sensitivityCommand(
  ctx: CliContext,
  scenarioRef: string,
  flags: SensitivityCommandFlags,
): Promise<void> {
  await withOutput(ctx, flags.out, (output) => sensitivityTo(output, ctx, scenarioRef, flags));
}

async function sensitivityTo(
  output: CliOutput,
  ctx: CliContext,
  scenarioRef: string,
  flags: SensitivityCommandFlags,
): Promise<void> {
  const base = withHorizon(
    await resolveScenario(scenarioRef, ctx.io.cwd, loadOptions(ctx, flags)),
    flags.horizonDays,
  );
  const metrics = flags.metrics.length > 0 ? flags.metrics : headlineMetricNames(base);
  checkMetricNames([base], metrics);
  let params: readonly SensitivityParamArg[] = flags.params;
  if (params.length === 0) {
    // No --param: rank the assumptions first, and swing the most influential.
    if (ctx.dryRun) return;
    const ranking = await execute(ctx, flags, `ranking the parameters of ${base.name}`, (hooks) =>
      rankParameters(base, {
        seed: flags.seed,
        replications: Math.min(RANKING_REPLICATIONS, Math.max(2, flags.replications)),
        include: isAssumption,
        ...hooks,
      }),
    );
    params = defaultSensitivityParams(ranking);
  }
  const seen = new Set<string>();
  const swings: Scenario[] = [base];
  for (const p of params) {
    if (seen.has(p.path)) throw new CliUsageError(`--param ${p.path} given twice`);
    seen.add(p.path);
    swings.push(checkValue(base, p.path, p.low, 'sensitivity (low)'));
    swings.push(checkValue(base, p.path, p.high, 'sensitivity (high)'));
  }
  const command = commandLine(
    ['sensitivity', scenarioRef],
    [
      [
        '--param',
        flags.params.map((p) => `${p.path}=${renderValue(p.low)}:${renderValue(p.high)}`),
      ],
      ['--metric', [...flags.metrics]],
      ...runFlagWords(flags),
    ],
  );
  checkRunFits(
    ctx,
    {
      scenarios: swings,
      replications: flags.replications,
      workers: flags.workers,
      format: outputFormat(flags.format, flags.out),
    },
    flags,
  );
  if (ctx.dryRun) return;
  const parameters: SensitivityParameter[] = params.map((p) => ({
    path: p.path,
    low: p.low,
    high: p.high,
  }));
  const result = await execute(ctx, flags, `sensitivity ${base.name}`, (hooks) =>
    sensitivity(base, parameters, {
      replications: flags.replications,
      seed: flags.seed,
      metrics,
      ...hooks,
    }),
  );
  const format = outputFormat(flags.format, flags.out);
  const text = renderSensitivity(result, format, {
    ...reportOptions(ctx, flags, command, scenarioRef),
    metrics,
    scenario: base,
  });
  await emit(ctx, text, output, flags.quiet);
}
