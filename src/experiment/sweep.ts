/**
 * Parameter sweeps: a scenario run at every point of a grid of parameter values.
 *
 * @module
 */
import { freeze } from 'immer';
import type { AnyCapability, AnyScenario as Scenario } from '../dynamics/capability.js';
import type { MetricInfo } from '../dynamics/metrics.js';
import { InvalidArgumentError } from '../errors.js';
import { scenarioHash } from '../scenario/index.js';
import { setValue } from '../scenario/variant.js';
import { runSummarized } from './experiment.js';
import { checkExecution, checkInteger, checkSeed, type ExecutionOptions } from './options.js';
import { withPool } from './pool.js';
import { Progress } from './runner.js';
import type { ExperimentResult, ScalarSummary } from './types.js';

/**
 * A grid: for each dotted path into the scenario (e.g.
 * `'parameters.aviation.mtbfDays.value'`), the values to try.
 */
export type Grid = Readonly<Record<string, readonly unknown[]>>;

/** Options of {@link sweep}. */
export interface SweepOptions extends ExecutionOptions {
  /** Replications per grid point, an integer ≥ 1. */
  readonly replications: number;
  /** Seed of every point (common random numbers across points). */
  readonly seed: number | string;
  /** Scalar metrics to keep in each row (default: all). */
  readonly metrics?: readonly string[] | undefined;
  /** Also keep each point's full {@link ExperimentResult} in its row (default false). */
  readonly keepResults?: boolean | undefined;
}

/** One grid point of a {@link sweep}. */
export interface SweepRow {
  /** The value of each grid path at this point. */
  readonly point: Readonly<Record<string, unknown>>;
  /** Content hash of the variant scenario. */
  readonly scenarioHash: string;
  readonly replications: ExperimentResult['meta']['replications'];
  /** Summaries of the scalar metrics. */
  readonly scalars: Record<string, ScalarSummary>;
  /** The full result, when `keepResults` is set. */
  readonly result?: ExperimentResult;
}

/** The result of {@link sweep}. */
export interface SweepResult {
  readonly meta: {
    readonly model: string;
    readonly seed: number | string;
    readonly replications: number;
    readonly base: { readonly name: string; readonly hash: string };
    readonly grid: Grid;
    /** Number of grid points (the product of the value counts). */
    readonly points: number;
    /** What each metric means, as the model declares it for the base scenario. */
    readonly metrics: Readonly<Record<string, MetricInfo>>;
  };
  /** One row per point, in grid order (the first path varies slowest). */
  readonly rows: SweepRow[];
}

/**
 * The Cartesian product of a grid, in order: the first path varies slowest, the last fastest.
 *
 * @throws {@link InvalidArgumentError} if the grid is empty or a path has no values
 * @example
 * ```ts
 * gridPoints({ a: [1, 2], b: ['x', 'y'] });
 * // [{ a: 1, b: 'x' }, { a: 1, b: 'y' }, { a: 2, b: 'x' }, { a: 2, b: 'y' }]
 * ```
 */
export function gridPoints(grid: Grid): Record<string, unknown>[] {
  if (grid === null || typeof grid !== 'object' || Object.keys(grid).length === 0) {
    throw new InvalidArgumentError('grid', 'an object mapping parameter paths to values', grid);
  }
  let points: Record<string, unknown>[] = [{}];
  for (const [path, values] of Object.entries(grid)) {
    if (!Array.isArray(values) || values.length === 0) {
      throw new InvalidArgumentError(`grid['${path}']`, 'a non-empty array of values', values);
    }
    const next: Record<string, unknown>[] = [];
    for (const p of points) for (const v of values) next.push({ ...p, [path]: v });
    points = next;
  }
  return points;
}

/**
 * Runs `base` at every point of `grid`: each point is a variant with the grid's values set at
 * their paths (see {@link setValue}: a parameter path such as
 * `parameters.aviation.mtbfDays`, with or without a trailing `.value`, or any other existing
 * path into the scenario; each variant is validated), and every point runs with the same seed and replication indices, so differences between points are not blurred by
 * different random draws (common random numbers). All variants are built before any runs, so a
 * bad path fails at once.
 *
 * @throws {@link InvalidArgumentError} for bad options or an empty grid
 * @throws {@link ExperimentError} for a path that does not exist in the scenario
 * @throws {@link ScenarioValidationError} for a value outside the parameter's domain
 * @example
 * ```ts
 * const s = await sweep(minusma2020, {
 *   'parameters.aviation.mtbfDays.value': [10, 20, 40],
 *   'parameters.fleet.failuresPerVehicleYear': [1.5, 2, 3],
 * }, { replications: 100, seed: 7, model });
 * s.rows.map((row) => [row.point, row.scalars['casevac.surgeryWithinTarget.share']?.mean]);
 * ```
 */
export async function sweep(
  base: Scenario,
  grid: Grid,
  options: SweepOptions,
): Promise<SweepResult> {
  const exec = checkExecution(options);
  const replications = checkInteger('replications', options.replications, 1);
  const seed = checkSeed('seed', options.seed);
  const points = gridPoints(grid);
  const variants = points.map((point) => applyPoint(base, point, exec.model.capabilities));
  const progress = new Progress(points.length * replications, exec.onProgress);
  const rows = await withPool(exec, async (pool) => {
    const out: SweepRow[] = [];
    for (let i = 0; i < variants.length; i++) {
      const scenario = variants[i] as Scenario;
      const result = await runSummarized(scenario, seed, replications, exec, pool, progress);
      out.push(row(points[i] as Record<string, unknown>, result, options));
      if (result.meta.replications.partial) break;
    }
    return out;
  });
  return freeze(
    {
      meta: {
        model: exec.model.name,
        seed,
        replications,
        base: { name: base.name, hash: scenarioHash(base) },
        grid,
        points: points.length,
        metrics: exec.model.metrics?.(base) ?? {},
      },
      rows,
    },
    true,
  );
}

/**
 * The variant of `base` at one grid point: every path of the point set to its value (with
 * `setValue`, validated against the format of `capabilities`, default the embedded mission's).
 */
export function applyPoint(
  base: Scenario,
  point: Readonly<Record<string, unknown>>,
  capabilities?: readonly AnyCapability[],
): Scenario {
  let s = base;
  for (const [path, value] of Object.entries(point))
    s = setIn(s, path, value, 'sweep', capabilities);
  return s;
}

/** `setValue` on a scenario of any model's format. @internal */
export function setIn(
  scenario: Scenario,
  path: string,
  value: unknown,
  by: string,
  capabilities: readonly AnyCapability[] | undefined,
): Scenario {
  return setValue(
    scenario as never,
    path,
    value,
    by,
    capabilities === undefined ? {} : { capabilities: capabilities as never },
  ) as Scenario;
}

function row(
  point: Record<string, unknown>,
  result: ExperimentResult,
  options: SweepOptions,
): SweepRow {
  const keep = options.metrics;
  const scalars: Record<string, ScalarSummary> = {};
  for (const name of Object.keys(result.scalars)) {
    if (keep === undefined || keep.includes(name)) {
      scalars[name] = result.scalars[name] as ScalarSummary;
    }
  }
  const base = {
    point,
    scenarioHash: result.meta.scenario.hash,
    replications: result.meta.replications,
    scalars,
  };
  return options.keepResults === true ? { ...base, result } : base;
}
