/**
 * Before a run: the scenarios checked against the limits, an estimate of the memory and time
 * the run will take (printed with `--progress`), a refusal when it would clearly not fit in
 * this machine's memory (`--no-memory-check` overrides it) or when its JSON or CSV output
 * could not be built at all, and a warning when `--workers` exceeds the cores.
 *
 * The estimate is a sum of per-entity costs: memory from `scenario/limits.ts` (measured), time
 * from the constants below (measured on a 2-core machine running the compiled package; a
 * slower machine takes longer). It is meant to tell a minute from an hour and a megabyte from
 * a gigabyte, no more.
 *
 * @module
 */
import { availableParallelism, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import type { ReportFormat } from '../report/index.js';
import {
  BYTES_PER_AIRFRAME,
  BYTES_PER_HORIZON_DAY,
  BYTES_PER_PLACE_PAIR,
  BYTES_PER_REPLICATION_METRIC,
  BYTES_PER_ROUTE,
  BYTES_PER_UNIT,
  BYTES_PER_VEHICLE,
  type Scenario,
} from '../scenario/index.js';
import type { CliContext } from './context.js';
import { CliUsageError } from './errors.js';

/** Memory of one replication apart from its entities (the model, its engine, its records). */
const BYTES_PER_REPLICATION_BASE = 8 * 2 ** 20;
/** Memory of the main thread apart from the experiment state (Node, the package, a report). */
const BYTES_MAIN_BASE = 120 * 2 ** 20;
/** Memory of a worker thread apart from its replication in flight. */
const BYTES_PER_WORKER = 40 * 2 ** 20;
/** Characters per replication and metric of a JSON result (measured 13). */
const JSON_CHARS_PER_REPLICATION_METRIC = 13;
/** Characters per replication and metric of a tidy CSV (measured 72). */
const CSV_CHARS_PER_REPLICATION_METRIC = 72;
/** Memory of one metric's sketch in sketch mode (buckets and exact sums; generous). */
const BYTES_PER_SKETCH = 64 * 1024;
/** Copies of the output text alive while it is built and written (pieces, joined, buffer). */
const OUTPUT_COPIES = 3;
/** Longest string V8 builds (2²⁹ − 24 characters): a report longer than this cannot exist. */
export const MAX_OUTPUT_CHARS = 2 ** 29 - 24;
/**
 * Milliseconds a replication takes, per day of horizon: fixed work, then per vehicle, airframe,
 * unit and route (measured: the MINUSMA baseline, 549 days, ~35 ms).
 */
const MS_PER_DAY = {
  base: 0.055,
  vehicle: 23e-6,
  airframe: 0.37e-3,
  unit: 0.09e-3,
  route: 0.55e-3,
};
/** Milliseconds to set up a replication, per vehicle and per pair of places. */
const MS_SETUP = { vehicle: 7e-3, placePair: 2e-5 };
/** Speed-up per extra worker thread, measured (two threads ran 1.39× one). */
const WORKER_EFFICIENCY = 0.7;

/** The counts of a scenario that size a run. */
function sizeOf(s: Scenario) {
  const actions = s.plan.map((step) => step.action);
  let vehicles = s.mission.armouredFleet.total.value;
  let airframes = 0;
  let units = s.mission.units.length;
  let places = s.mission.places.length;
  for (const u of s.mission.units) airframes += u.aircraft?.count.value ?? 0;
  for (const a of actions) {
    if (a.kind === 'deliver-vehicles') vehicles += a.count.value;
    if (a.kind === 'deploy-unit') {
      units += 1;
      airframes += a.unit.aircraft?.count.value ?? 0;
    }
    if (a.kind === 'open-base') places += 1;
  }
  const routes = s.mission.routes.length;
  const sectors = s.mission.sectors.length;
  const days = s.horizonDays;
  const months = Math.ceil(days / 30.44) + 1;
  const metrics =
    60 + 4 * routes + 2 * s.mission.incidentAreas.length + 5 * sectors + 3 * months + s.plan.length;
  const series = 7 + sectors;
  return { vehicles, airframes, units, places, routes, days, metrics, series };
}

/** What a run is made of, for {@link estimateRun}. */
export interface RunPlan {
  /** Every scenario the run simulates (a comparison's two, a sweep's points …). */
  readonly scenarios: readonly Scenario[];
  /** Replications of each scenario. */
  readonly replications: number;
  readonly workers: number;
  /** The output format; json and csv hold a value per replication and metric. */
  readonly format: ReportFormat;
  /**
   * Whether scalar metrics are kept in sketch mode (`runExperiment`'s `scalars`): then the state
   * and the output hold no value per replication.
   */
  readonly sketch?: boolean;
}

/** The estimate of a run (bytes and seconds). */
export interface RunEstimate {
  /** Memory of the largest replication in flight. */
  readonly replicationBytes: number;
  /** Memory of the main thread: the experiment state and the output. */
  readonly mainBytes: number;
  /** Memory of the whole process. */
  readonly totalBytes: number;
  /** Characters of the output (0 for formats without per-replication values). */
  readonly outputChars: number;
  /** Wall-clock seconds on this machine's cores. */
  readonly seconds: number;
}

/** The estimate of `plan` (see the module comment). */
export function estimateRun(plan: RunPlan): RunEstimate {
  let replicationBytes = 0;
  let stateBytes = 0;
  let outputChars = 0;
  let ms = 0;
  const perReplication =
    plan.sketch === true
      ? 0
      : plan.format === 'json'
        ? JSON_CHARS_PER_REPLICATION_METRIC
        : plan.format === 'csv'
          ? CSV_CHARS_PER_REPLICATION_METRIC
          : 0;
  for (const s of plan.scenarios) {
    const z = sizeOf(s);
    replicationBytes = Math.max(
      replicationBytes,
      BYTES_PER_REPLICATION_BASE +
        z.vehicles * BYTES_PER_VEHICLE +
        z.airframes * BYTES_PER_AIRFRAME +
        z.units * BYTES_PER_UNIT +
        z.places * z.places * BYTES_PER_PLACE_PAIR +
        z.routes * BYTES_PER_ROUTE +
        z.days * z.series * 8,
    );
    const perMetric =
      plan.sketch === true ? BYTES_PER_SKETCH : plan.replications * BYTES_PER_REPLICATION_METRIC;
    stateBytes += z.metrics * perMetric + z.days * BYTES_PER_HORIZON_DAY;
    outputChars += plan.replications * z.metrics * perReplication;
    const perDay =
      MS_PER_DAY.base +
      MS_PER_DAY.vehicle * z.vehicles +
      MS_PER_DAY.airframe * z.airframes +
      MS_PER_DAY.unit * z.units +
      MS_PER_DAY.route * z.routes;
    const setup = MS_SETUP.vehicle * z.vehicles + MS_SETUP.placePair * z.places * z.places;
    ms += plan.replications * (z.days * perDay + setup);
  }
  const cores = availableParallelism();
  const threads =
    plan.workers === 1 ? 1 : 1 + WORKER_EFFICIENCY * (Math.min(plan.workers, cores) - 1);
  const mainBytes = BYTES_MAIN_BASE + stateBytes + OUTPUT_COPIES * outputChars;
  const workerBytes =
    plan.workers === 1 ? replicationBytes : plan.workers * (BYTES_PER_WORKER + replicationBytes);
  return {
    replicationBytes,
    mainBytes,
    totalBytes: mainBytes + workerBytes,
    outputChars,
    seconds: ms / 1000 / threads,
  };
}

/** The memory this process may use: the machine's, or its container's limit when lower. */
export function availableMemory(): number {
  const constrained = (
    process as { constrainedMemory?: () => number | undefined }
  ).constrainedMemory?.();
  const total = totalmem();
  return constrained !== undefined && constrained > 0 && constrained < total ? constrained : total;
}

function megabytes(bytes: number): string {
  if (bytes >= 10 * 2 ** 30) return `${Math.round(bytes / 2 ** 30)} GB`;
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GB`;
  return `${Math.max(1, Math.round(bytes / 2 ** 20))} MB`;
}

function duration(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${(seconds / 3600).toFixed(1)} h`;
  return `${Math.round(seconds / 86_400)} days`;
}

/** Flags {@link checkRunFits} reads. */
export interface FitFlags {
  readonly workers: number;
  readonly quiet: boolean;
  readonly progress?: boolean | undefined;
  /** False with `--no-memory-check`. */
  readonly memoryCheck?: boolean | undefined;
}

/**
 * Checks a run before it starts (see the module comment; the scenarios, validated, are within
 * the limits already): throws a {@link CliUsageError} for a run that would not fit in memory or whose output could not be
 * built (exit 1); warns about more workers than cores; prints the estimate with `--progress`.
 */
export function checkRunFits(ctx: CliContext, plan: RunPlan, flags: FitFlags): RunEstimate {
  const e = estimateRun(plan);
  const cores = availableParallelism();
  const talk = !flags.quiet;
  if (talk && flags.workers > cores) {
    ctx.io.stderr(
      `warning: --workers ${flags.workers} is more than the ${cores} cores: the extra threads add memory (~${megabytes(BYTES_PER_WORKER + e.replicationBytes)} each) and no speed\n`,
    );
  }
  const available = availableMemory();
  const heapLimit = getHeapStatistics().heap_size_limit;
  if (talk && flags.progress === true) {
    const what =
      plan.scenarios.length === 1
        ? `${plan.replications} replications of ${plan.scenarios[0]?.name}`
        : `${plan.scenarios.length} scenarios × ${plan.replications} replications`;
    ctx.io.stderr(
      `estimate: ${what}: ~${duration(e.seconds)} on ${flags.workers} thread${flags.workers === 1 ? '' : 's'}, ~${megabytes(e.totalBytes)} of memory (this machine: ${megabytes(available)})\n`,
    );
  }
  if (e.outputChars > MAX_OUTPUT_CHARS) {
    throw new CliUsageError(
      `refusing to start: the ${plan.format} output would hold about ${Math.round(e.outputChars / 1e6)} million characters, more than Node can build as one text (${Math.round(MAX_OUTPUT_CHARS / 1e6)} million): use --format table, md or html, fewer replications, or shards (--shard i/n)`,
    );
  }
  if (flags.memoryCheck === false) return e;
  const reasons: string[] = [];
  if (e.totalBytes > available) {
    reasons.push(
      `about ${megabytes(e.totalBytes)} in all, and this machine has ${megabytes(available)}`,
    );
  }
  if (e.replicationBytes > heapLimit) {
    reasons.push(
      `about ${megabytes(e.replicationBytes)} for one replication, above a thread's heap limit of ${megabytes(heapLimit)}`,
    );
  }
  if (e.mainBytes > heapLimit) {
    reasons.push(
      `about ${megabytes(e.mainBytes)} for the results of ${plan.replications} replications, above the heap limit of ${megabytes(heapLimit)}`,
    );
  }
  if (reasons.length > 0) {
    throw new CliUsageError(
      `refusing to start: the run would need ${reasons.join('; ')}. Use fewer replications or workers, split it into shards (--shard i/n, then merge), or pass --no-memory-check to run anyway`,
    );
  }
  return e;
}
