/**
 * `sweep` (a grid of parameter values) and `sensitivity` (one-at-a-time low/high swings: the
 * data of a tornado chart).
 *
 * @module
 */
import {
  applyPoint,
  type Grid,
  gridPoints,
  type SensitivityParameter,
  sensitivity,
  sweep,
} from '../../experiment/index.js';
import { resolveParameterPath } from '../../model/paths.js';
import { renderSensitivity, renderSweep } from '../../report/index.js';
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
  withOutput,
} from '../context.js';
import { asUsageError, CliUsageError } from '../errors.js';
import { checkRunFits } from '../estimate.js';
import type { CliOutput } from '../output.js';
import type { SensitivityParamArg, SweepParamArg } from '../parse.js';
import { resolveScenario, withHorizon } from '../scenarios.js';
import { runFlagWords } from './run.js';

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
  /** `--metric`; the first orders the rows (empty: {@link DEFAULT_SENSITIVITY_METRICS}). */
  readonly metrics: readonly string[];
}

/** Parameters `sensitivity` varies by ±25 % when no `--param` is given. */
export const DEFAULT_SENSITIVITY_PATHS: readonly string[] = [
  'parameters.aviation.mtbfDays',
  'parameters.aviation.flyingHoursPerAirframeMonth',
  'parameters.fleet.failuresPerVehicleYear',
  'parameters.fleet.beyondRepairShare',
  'parameters.ied.damageGivenDetonation',
  'parameters.response.groundSpeedKmh',
];

/** Relative change of the default sensitivity parameters (±25 %). */
export const DEFAULT_SENSITIVITY_CHANGE = 0.25;

/** Metrics `sensitivity` reports when no `--metric` is given; the first orders the rows. */
export const DEFAULT_SENSITIVITY_METRICS: readonly string[] = [
  'casevac.surgeryWithinTarget.share',
  'response.time.p50Min',
  'fleet.readiness.mean',
  'ied.detonations',
];

/**
 * The default sensitivity parameters of `scenario`: each of {@link DEFAULT_SENSITIVITY_PATHS}
 * that holds a number, at ±{@link DEFAULT_SENSITIVITY_CHANGE} of its value (shares capped at 1).
 */
export function defaultSensitivityParams(scenario: Scenario): SensitivityParamArg[] {
  const out: SensitivityParamArg[] = [];
  for (const path of DEFAULT_SENSITIVITY_PATHS) {
    const value = resolveParameterPath(scenario.parameters, path.slice('parameters.'.length))
      ?.sourced.value;
    if (typeof value !== 'number') continue;
    const round = (x: number) => Number(x.toPrecision(6));
    const cap = /Share$|Detonation$/.test(path) ? 1 : Number.POSITIVE_INFINITY;
    out.push({
      path,
      low: round(value * (1 - DEFAULT_SENSITIVITY_CHANGE)),
      high: round(Math.min(cap, value * (1 + DEFAULT_SENSITIVITY_CHANGE))),
    });
  }
  return out;
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
    command,
    scenarioRef,
    charts: flags.charts,
    ...(flags.metrics.length > 0 ? { metrics: flags.metrics } : {}),
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
  const params = flags.params.length > 0 ? flags.params : defaultSensitivityParams(base);
  const seen = new Set<string>();
  const swings: Scenario[] = [base];
  for (const p of params) {
    if (seen.has(p.path)) throw new CliUsageError(`--param ${p.path} given twice`);
    seen.add(p.path);
    swings.push(checkValue(base, p.path, p.low, 'sensitivity (low)'));
    swings.push(checkValue(base, p.path, p.high, 'sensitivity (high)'));
  }
  const metrics = flags.metrics.length > 0 ? flags.metrics : DEFAULT_SENSITIVITY_METRICS;
  const command = commandLine(
    ['sensitivity', scenarioRef],
    [
      ['--param', flags.params.map((p) => `${p.path}=${String(p.low)}:${String(p.high)}`)],
      ['--metric', [...flags.metrics]],
      ...runFlagWords(flags),
    ],
  );
  checkMetricNames([base], metrics);
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
    command,
    scenarioRef,
    charts: flags.charts,
    metrics,
  });
  await emit(ctx, text, output, flags.quiet);
}
