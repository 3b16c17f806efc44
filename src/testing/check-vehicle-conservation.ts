/**
 * Invariant: armoured vehicles are conserved.
 *
 * @module
 */
import { HOURS_PER_DAY } from '../dynamics/calendar.js';
import { fleet } from '../dynamics/fleet.js';
import { buildMission } from '../dynamics/simulate.js';
import type { Scenario } from '../scenario/types.js';
import { InvariantError } from './invariant-error.js';

/** Options of the single-replication invariants. */
export interface ReplicationCheckOptions {
  /** Experiment seed. */
  readonly seed: number | string;
  /** Replication index (default 0). */
  readonly replication?: number;
}

/** What {@link checkVehicleConservation} saw. */
export interface ConservationResult {
  /** Days checked (the horizon). */
  readonly days: number;
  /** Vehicles at the start. */
  readonly initial: number;
  /** Vehicles added to the fleet by plan deliveries over the horizon. */
  readonly delivered: number;
  /** Vehicles written off over the horizon (each is later replaced, or still awaits). */
  readonly writtenOff: number;
}

/**
 * Checks that no vehicle appears or vanishes: steps one replication day by day and checks, at
 * the end of every day up to the horizon, that in daily use + in maintenance + awaiting replacement
 * equals the fleet's total plus the vehicles plan deliveries added (those that did not replace a
 * written-off vehicle), and that no count is negative in any sector.
 *
 * @throws {@link InvariantError} naming the day, the sector counts and the reproduction seed
 * @example
 * ```ts
 * fc.assert(fc.property(arbScenario(), arbSeed(), (s, seed) => { checkVehicleConservation(s, { seed }); }));
 * ```
 */
export function checkVehicleConservation(
  scenario: Scenario,
  options: ReplicationCheckOptions,
): ConservationResult {
  const replication = options.replication ?? 0;
  const run = buildMission(scenario, { seed: options.seed, replication });
  const fleet$ = run.part(fleet);
  const initial = scenario.mission.armouredFleet.total.value;
  const days = run.runtime.metrics.days;
  // At the end of every day (the state before midnight's events), as the daily series sees it.
  for (let d = 1; d <= days; d++) {
    const until = Math.min(d * HOURS_PER_DAY, run.runtime.horizonHours);
    if (until > run.runtime.env.now) run.runtime.env.run({ until });
    const t = fleet$.totals();
    const expected = initial + fleet$.tallies.delivered;
    const sum = t.inDailyUse + t.inMaintenance + t.awaitingReplacement;
    const negative = fleet$.sectorIds.find((id) => {
      const c = fleet$.counts(id);
      return c.inDailyUse < 0 || c.inMaintenance < 0 || c.awaitingReplacement < 0;
    });
    if (sum !== expected || negative !== undefined) {
      throw new InvariantError(
        'vehicle conservation',
        `at the end of day ${d - 1} of scenario '${scenario.name}', in daily use ${t.inDailyUse} + in maintenance ${t.inMaintenance} + awaiting replacement ${t.awaitingReplacement} = ${sum}, expected fleet ${initial} + delivered ${fleet$.tallies.delivered} = ${expected}${negative === undefined ? '' : `; negative count in sector '${negative}'`} (seed ${JSON.stringify(options.seed)}, replication ${replication})`,
        { day: d - 1, totals: t, expected, seed: options.seed, replication },
      );
    }
  }
  return {
    days,
    initial,
    delivered: fleet$.tallies.delivered,
    writtenOff: fleet$.tallies.writtenOff,
  };
}
