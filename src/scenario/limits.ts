/**
 * Upper bounds on the counts a scenario and an experiment may hold, derived from what each
 * entity costs in memory, so that a scenario that cannot run is refused when it is read rather
 * than after minutes of simulation and an out-of-memory abort.
 *
 * What an entity costs (measured on the MINUSMA scenario scaled up, compiled code, Node 20):
 *
 * | entity | memory per replication in flight | why |
 * |---|---|---|
 * | armoured vehicle | ~1.5 KB | a generator process, its state and its pending event |
 * | airframe | ~3 KB | a process, flying-hour state, scanned by every dispatch |
 * | unit | ~10 KB | responder state, its place in the dispatch lists |
 * | place | 8 B × places² | the place-to-place distance matrix |
 * | route | ~25 KB | convoy processes and four scalar metrics |
 * | day of horizon | ~1.7 KB (main thread) | per-day sums, squares and value tallies of ~11 daily series |
 * | replication × metric | ~56 B (main thread) | the kept value (8 B) and its copies while summarising and writing |
 *
 * A replication in flight is held once per worker thread. Each bound below keeps the entity's
 * share of one replication under about {@link REPLICATION_MEMORY_BUDGET_BYTES} on its own,
 * hundreds of times what the MINUSMA scenario needs (562 vehicles, 20 airframes, 56 units,
 * 26 places, 15 routes, 549 days). Rates (convoys per month, threats per month) bound time
 * rather than memory and are not limited here; the CLI prints an estimate of both before a run.
 *
 * {@link checkLimits} is a pure function of the raw scenario data (anything, even invalid):
 * it only counts, and reports each bound exceeded as a {@link ValidationIssue} with its path.
 *
 * @module
 */
import type { ValidationIssue } from '../errors.js';
import { MAX_HORIZON_DAYS as SCHEMA_MAX_HORIZON_DAYS } from '../model/scenario.js';

/** Memory one entity kind may take in one replication before its bound is reached (512 MiB). */
export const REPLICATION_MEMORY_BUDGET_BYTES = 512 * 2 ** 20;

/** Memory per armoured vehicle per replication in flight (measured ~1.4 KB). */
export const BYTES_PER_VEHICLE = 1_500;
/** Memory per airframe per replication in flight. */
export const BYTES_PER_AIRFRAME = 3_000;
/** Memory per unit per replication in flight. */
export const BYTES_PER_UNIT = 10_000;
/** Memory per ordered pair of places (one float64 of the distance matrix). */
export const BYTES_PER_PLACE_PAIR = 8;
/** Memory per route per replication in flight. */
export const BYTES_PER_ROUTE = 25_000;
/** Main-thread memory per day of horizon (the daily series' exact sums and tallies). */
export const BYTES_PER_HORIZON_DAY = 1_700;
/** Main-thread memory per replication and scalar metric (the value and its copies). */
export const BYTES_PER_REPLICATION_METRIC = 56;

/** Most armoured vehicles a scenario may hold, counting plan deliveries (~375 MB a replication). */
export const MAX_VEHICLES = 250_000;
/** Most airframes, over all helicopter units of the mission and the plan (~30 MB a replication). */
export const MAX_AIRFRAMES = 10_000;
/** Most units, those of the mission plus those the plan deploys (~200 MB a replication). */
export const MAX_UNITS = 20_000;
/** Most places, those of the mission plus bases the plan opens (a 128 MB distance matrix). */
export const MAX_PLACES = 4_000;
/** Most routes (~50 MB a replication, 8,000 route metrics). */
export const MAX_ROUTES = 2_000;
/** Longest horizon, in days (100 years; ~62 MB of daily series state). */
export const MAX_HORIZON_DAYS = SCHEMA_MAX_HORIZON_DAYS;
/**
 * Most replications of one experiment (at ~230 metrics and ~56 B a value, ~13 GB at the bound:
 * more needs shards, `--shard i/n`, merged afterwards).
 */
export const MAX_REPLICATIONS = 1_000_000;

type Rec = Record<string, unknown>;

function rec(x: unknown): Rec | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Rec) : undefined;
}
function list(x: unknown): readonly unknown[] {
  return Array.isArray(x) ? x : [];
}
/** The number `x` holds directly or as a Sourced `{ value }`, when it is a finite number ≥ 0. */
function count(x: unknown): number {
  const v = typeof x === 'number' ? x : rec(x)?.value;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
}
function grouped(n: number): string {
  return Number.isSafeInteger(n) ? n.toLocaleString('en-GB') : String(n);
}
function size(bytes: number): string {
  if (bytes >= 2 ** 40) return `${(bytes / 2 ** 40).toPrecision(3)} TB`;
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toPrecision(3)} GB`;
  return `${Math.ceil(bytes / 2 ** 20)} MB`;
}

/** An issue for a count `got` above its bound `max`, each unit costing `bytesEach` (or a function). */
function issue(
  path: string,
  what: string,
  max: number,
  got: number,
  bytesEach: number | ((n: number) => number),
): ValidationIssue {
  const bytes = (n: number) => (typeof bytesEach === 'number' ? n * bytesEach : bytesEach(n));
  return {
    path,
    message: `expected at most ${grouped(max)} ${what}, got ${grouped(got)}: about ${size(bytes(got))} of memory, against ${size(bytes(max))} at the bound`,
  };
}

/**
 * The bounds `scenario` exceeds, each as an issue with the path of the count and the bound:
 * vehicles (the fleet's total, the sectors' vehicles, the initial split, and with the plan's
 * deliveries), airframes, units, places, routes and horizon days. Never throws; input that is
 * not a scenario simply counts as zero where it is not one.
 *
 * @example
 * ```ts
 * checkLimits(minusma2020); // []
 * checkLimits({ ...minusma2020, horizonDays: 1e6 });
 * // [{ path: 'horizonDays', message: 'expected at most 36,500 days …, got 1,000,000 …' }]
 * ```
 */
export function checkLimits(scenario: unknown): ValidationIssue[] {
  const s = rec(scenario);
  if (s === undefined) return [];
  const out: ValidationIssue[] = [];
  const mission = rec(s.mission);
  const plan = list(s.plan).map((step) => rec(rec(step)?.action));

  // Vehicles: every count that sizes the fleet, then the fleet with the plan's deliveries.
  const fleet = rec(mission?.armouredFleet);
  const initial = rec(rec(rec(s.parameters)?.fleet)?.initial);
  const fleetCounts: [string, number][] = [
    ['mission.armouredFleet.total.value', count(fleet?.total)],
    ...list(fleet?.bySector).map((sector, i): [string, number] => [
      `mission.armouredFleet.bySector[${i}].vehicles.value`,
      count(rec(sector)?.vehicles),
    ]),
    ...(['inDailyUse', 'inMaintenance', 'awaitingReplacement'] as const).map(
      (key): [string, number] => [`parameters.fleet.initial.${key}.value`, count(initial?.[key])],
    ),
  ];
  plan.forEach((action, i) => {
    if (action?.kind === 'deliver-vehicles') {
      fleetCounts.push([`plan[${i}].action.count.value`, count(action.count)]);
    }
  });
  const vehicleIssues = fleetCounts.filter(([, n]) => n > MAX_VEHICLES);
  for (const [path, n] of vehicleIssues) {
    out.push(issue(path, 'vehicles', MAX_VEHICLES, n, BYTES_PER_VEHICLE));
  }
  const delivered = fleetCounts
    .filter(([path]) => path.startsWith('plan['))
    .reduce((sum, [, n]) => sum + n, 0);
  const withDeliveries = count(fleet?.total) + delivered;
  if (vehicleIssues.length === 0 && withDeliveries > MAX_VEHICLES) {
    out.push(
      issue(
        'plan',
        'vehicles with the plan’s deliveries',
        MAX_VEHICLES,
        withDeliveries,
        BYTES_PER_VEHICLE,
      ),
    );
  }

  // Units and their airframes, including those the plan deploys.
  const units: [string, Rec | undefined][] = list(mission?.units).map((u, i) => [
    `mission.units[${i}]`,
    rec(u),
  ]);
  plan.forEach((action, i) => {
    if (action?.kind === 'deploy-unit') units.push([`plan[${i}].action.unit`, rec(action.unit)]);
  });
  if (units.length > MAX_UNITS) {
    out.push(issue('mission.units', 'units', MAX_UNITS, units.length, BYTES_PER_UNIT));
  }
  const airframes = units.map(([path, unit]): [string, number] => [
    `${path}.aircraft.count.value`,
    count(rec(unit?.aircraft)?.count),
  ]);
  const airframeIssues = airframes.filter(([, n]) => n > MAX_AIRFRAMES);
  for (const [path, n] of airframeIssues) {
    out.push(issue(path, 'airframes', MAX_AIRFRAMES, n, BYTES_PER_AIRFRAME));
  }
  const allAirframes = airframes.reduce((sum, [, n]) => sum + n, 0);
  if (airframeIssues.length === 0 && allAirframes > MAX_AIRFRAMES) {
    out.push(
      issue(
        'mission.units',
        'airframes in all units',
        MAX_AIRFRAMES,
        allAirframes,
        BYTES_PER_AIRFRAME,
      ),
    );
  }

  // Places (the distance matrix grows with their square) and routes.
  const places = list(mission?.places).length + plan.filter((a) => a?.kind === 'open-base').length;
  if (places > MAX_PLACES) {
    const matrix = (n: number) => n * n * BYTES_PER_PLACE_PAIR;
    out.push(issue('mission.places', 'places', MAX_PLACES, places, matrix));
  }
  const routes = list(mission?.routes).length;
  if (routes > MAX_ROUTES) {
    out.push(issue('mission.routes', 'routes', MAX_ROUTES, routes, BYTES_PER_ROUTE));
  }
  const days = count(s.horizonDays);
  if (days > MAX_HORIZON_DAYS) {
    out.push(issue('horizonDays', 'days', MAX_HORIZON_DAYS, days, BYTES_PER_HORIZON_DAY));
  }
  return out;
}
