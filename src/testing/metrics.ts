/**
 * Planning metrics: what a property or a monotonicity check measures in one replication of a
 * scenario. Built-in metrics read the replication record of the mission model, or run the
 * replication themselves to measure only from a date on.
 *
 * @module
 */

import type { ReplicationRecord } from '../dynamics/record.js';
import { response } from '../dynamics/response.js';
import { buildMission, type MissionRun, simulateMission } from '../dynamics/simulate.js';
import { InvalidArgumentError } from '../errors.js';
import type { ModelContext } from '../experiment/model.js';
import { parseIsoDate } from '../model/dates.js';
import type { Scenario } from '../scenario/types.js';

/** A number measured in one replication of a scenario, with the direction that is better. */
export interface PlanningMetric {
  /** What is measured, in words (shown in failure messages). */
  readonly name: string;
  /** Whether higher or lower values are better. */
  readonly better: 'higher' | 'lower';
  /** Unit of the value (`'min'`, `'share'`, `'vehicles'`). */
  readonly unit: string;
  /** The value in replication `ctx.replication` with seed `ctx.seed`; NaN when undefined (e.g. no casualties). */
  measure(scenario: Scenario, ctx: ModelContext): number;
}

const records = new WeakMap<Scenario, Map<string, ReplicationRecord>>();

/** The mission model's record of one replication, cached per scenario object. */
function recordOf(scenario: Scenario, ctx: ModelContext): ReplicationRecord {
  let byRun = records.get(scenario);
  if (byRun === undefined) {
    byRun = new Map();
    records.set(scenario, byRun);
  }
  const key = `${typeof ctx.seed}:${String(ctx.seed)}#${ctx.replication}`;
  let rec = byRun.get(key);
  if (rec === undefined) {
    rec = simulateMission(scenario, { seed: ctx.seed, replication: ctx.replication });
    byRun.set(key, rec);
  }
  return rec;
}

/**
 * A scalar of the mission model's replication record (`'casevac.toSurgery.p50Min'`,
 * `'response.time.p90Min'`, `'fleet.readiness.mean'`…). Records are cached per scenario
 * object, so several record metrics of one scenario cost one run.
 */
export function recordMetric(
  scalar: string,
  better: 'higher' | 'lower',
  unit = '',
): PlanningMetric {
  return {
    name: scalar,
    better,
    unit,
    measure: (s, ctx) => recordOf(s, ctx).scalars[scalar] ?? Number.NaN,
  };
}

/** Median minutes from wounding to the start of surgery over a replication (lower is better). */
export function medianTimeToSurgery(): PlanningMetric {
  return recordMetric('casevac.toSurgery.p50Min', 'lower', 'min');
}

/** Options of the windowed metrics. */
export interface WindowOptions {
  /** Count only what is recorded on or after this ISO date (default: the whole horizon). */
  readonly from?: string;
}

function fromHours(run: MissionRun, from: string | undefined): number {
  if (from === undefined) return 0;
  if (typeof from !== 'string' || parseIsoDate(from) === undefined) {
    throw new InvalidArgumentError('from', 'a real ISO date', from);
  }
  const { calendar, horizonHours } = run.runtime;
  return Math.min(horizonHours, Math.max(0, calendar.hoursAt(from)));
}

/**
 * Share of casualties whose damage-control surgery starts within the scenario's 10-1-2 surgery
 * target (`casevac.surgeryTargetMin`, 2 h in the letter's standard), counting casualties whose
 * surgery starts on or after `options.from` (higher is better; NaN with no such casualty).
 */
export function surgeryWithinTargetShare(options: WindowOptions = {}): PlanningMetric {
  return {
    name: `share of casualties reaching surgery within the target${options.from ? ` (from ${options.from})` : ''}`,
    better: 'higher',
    unit: 'share',
    measure: (scenario, ctx) => {
      const run = buildMission(scenario, { seed: ctx.seed, replication: ctx.replication });
      const { env, metrics, horizonHours } = run.runtime;
      const t = fromHours(run, options.from);
      if (t > 0) env.run({ until: t });
      const n0 = metrics.get('casevac.casualties');
      const w0 = metrics.get('casevac.surgeryWithinTarget');
      env.run({ until: horizonHours });
      const n = metrics.get('casevac.casualties') - n0;
      return n > 0 ? (metrics.get('casevac.surgeryWithinTarget') - w0) / n : Number.NaN;
    },
  };
}

/**
 * Mean response time in minutes to threats against civilians in the incident areas of `sector`,
 * over responses arriving on or after `options.from` (lower is better; NaN with none).
 */
export function sectorResponseMeanMin(sector: string, options: WindowOptions = {}): PlanningMetric {
  return {
    name: `mean response time in sector ${sector}${options.from ? ` (from ${options.from})` : ''}`,
    better: 'lower',
    unit: 'min',
    measure: (scenario, ctx) => {
      const areas = new Set(
        scenario.mission.incidentAreas.filter((a) => a.sector === sector).map((a) => a.id),
      );
      const run = buildMission(scenario, {
        seed: ctx.seed,
        replication: ctx.replication,
        keepLogs: true,
      });
      const { env, horizonHours } = run.runtime;
      const t = fromHours(run, options.from);
      env.run({ until: horizonHours });
      let n = 0;
      let sum = 0;
      for (const r of run.part(response).records) {
        if (!areas.has(r.area) || r.raisedAt + r.responseHours < t) continue;
        n++;
        sum += r.responseHours * 60;
      }
      return n > 0 ? sum / n : Number.NaN;
    },
  };
}

/** Mean over the horizon of the armoured vehicles in daily use in `sector` (higher is better). */
export function sectorReadiness(sector: string): PlanningMetric {
  return {
    name: `mean vehicles in daily use in sector ${sector}`,
    better: 'higher',
    unit: 'vehicles',
    measure: (s, ctx) => {
      const series = recordOf(s, ctx).series[`fleet.inDailyUse.sector.${sector}`];
      if (series === undefined || series.length === 0) return Number.NaN;
      let sum = 0;
      for (const v of series) sum += v;
      return sum / series.length;
    },
  };
}
