/**
 * One replication of a mission scenario: builds the runtime, starts every dynamic, applies the
 * plan, records daily series, runs to the horizon and returns the compact record.
 *
 * @module
 */
import { Environment, Priority, type SimEvent } from '../engine/index.js';
import type { ReplicationRecord } from '../experiment/record.js';
import { streams } from '../random/streams.js';
import type { Scenario } from '../scenario/types.js';
import { AviationDynamics } from './aviation.js';
import { Calendar, HOURS_PER_DAY } from './calendar.js';
import { CasevacDynamics } from './casevac.js';
import { FleetDynamics } from './fleet.js';
import { Metrics } from './metrics.js';
import { schedulePlan } from './plan.js';
import { type DispatchPolicy, ResponseDynamics } from './response.js';
import type { Runtime } from './runtime.js';
import { ThreatDynamics } from './threat.js';
import { World } from './world.js';

/** Options of {@link simulateMission}. */
export interface SimulateOptions {
  readonly seed: number | string;
  readonly replication: number;
  /** Dispatch policy for threats to civilians (default: earliest estimated arrival). */
  readonly policy?: DispatchPolicy;
  /** Receives notable events (plan steps) with their time; for traces and debugging. */
  readonly trace?: (time: number, what: string) => void;
}

/** The live parts of a replication, for tests and custom metrics. */
export interface MissionRun {
  readonly runtime: Runtime;
  readonly fleet: FleetDynamics;
  readonly aviation: AviationDynamics;
  readonly casevac: CasevacDynamics;
  readonly response: ResponseDynamics;
  readonly threat: ThreatDynamics;
  /** Records the daily series for day `d` (the state now). */
  takeSnapshot: (day: number) => void;
}

/**
 * Builds a replication without running it: the environment is at time 0 with every process
 * started. {@link simulateMission} is `buildMission` + run + `recordOf`.
 */
export function buildMission(
  scenario: Scenario,
  options: SimulateOptions & { keepLogs?: boolean },
): MissionRun {
  const env = new Environment();
  const calendar = new Calendar(scenario.startDate);
  const days = Math.round(scenario.horizonDays);
  const runtime: Runtime = {
    env,
    scenario,
    calendar,
    world: new World(scenario),
    streams: streams(options.seed).replication(options.replication),
    metrics: new Metrics(days),
    params: scenario.parameters,
    horizonHours: days * HOURS_PER_DAY,
    trace: options.trace ?? null,
  };
  const keepLog = options.keepLogs === true;
  const fleet = new FleetDynamics(runtime);
  const aviation = new AviationDynamics(runtime);
  const casevac = new CasevacDynamics(runtime, aviation, { keepLog });
  const response = new ResponseDynamics(runtime, aviation, casevac, options.policy, { keepLog });
  const threat = new ThreatDynamics(runtime, fleet, casevac);
  const run: MissionRun = {
    runtime,
    fleet,
    aviation,
    casevac,
    response,
    threat,
    takeSnapshot: () => {},
  };
  schedulePlan(runtime, run);
  startDailySeries(run);
  return run;
}

/**
 * Runs one replication of `scenario` and returns its record. Deterministic: the same scenario,
 * seed and replication give the same record, in any process.
 */
export function simulateMission(scenario: Scenario, options: SimulateOptions): ReplicationRecord {
  const run = buildMission(scenario, options);
  run.runtime.env.run({ until: run.runtime.horizonHours });
  run.takeSnapshot(run.runtime.metrics.days - 1);
  return recordOf(run, options.replication);
}

/** Series names recorded every day. */
export const DAILY_SERIES = [
  'fleet.inDailyUse',
  'fleet.inMaintenance',
  'fleet.awaitingReplacement',
  'aviation.present',
  'aviation.serviceable',
  'aviation.militaryPresent',
  'aviation.militaryServiceable',
] as const;

/**
 * Records the daily series: value `d` is the state at the end of day `d`, taken at midnight
 * before any event of the next day (an urgent event), so a plan step dated day `d + 1` shows
 * from value `d + 1` on. The last day's value is taken when the run reaches the horizon.
 */
function startDailySeries(run: MissionRun): void {
  const { env, metrics } = run.runtime;
  const sectors = run.fleet.sectorIds;
  const s = Object.fromEntries(DAILY_SERIES.map((n) => [n, metrics.declareSeries(n)])) as Record<
    (typeof DAILY_SERIES)[number],
    number[]
  >;
  const bySector = sectors.map((id) => metrics.declareSeries(`fleet.inDailyUse.sector.${id}`));
  const snapshot = (d: number) => {
    const t = run.fleet.totals();
    s['fleet.inDailyUse'][d] = t.inDailyUse;
    s['fleet.inMaintenance'][d] = t.inMaintenance;
    s['fleet.awaitingReplacement'][d] = t.awaitingReplacement;
    const a = run.aviation.counts();
    s['aviation.present'][d] = a.present;
    s['aviation.serviceable'][d] = a.serviceable;
    s['aviation.militaryPresent'][d] = a.militaryPresent;
    s['aviation.militaryServiceable'][d] = a.militaryServiceable;
    sectors.forEach((id, i) => {
      bySector[i]![d] = run.fleet.counts(id).inDailyUse;
    });
  };
  run.takeSnapshot = snapshot;
  // One callback for every day: the event carries its day index.
  const onMidnight = (ev: SimEvent<number>) => snapshot(ev.value);
  for (let d = 0; d < metrics.days - 1; d++) {
    const ev = env.event<number>();
    ev.addCallback(onMidnight);
    env.schedule(ev, { at: (d + 1) * HOURS_PER_DAY, priority: Priority.Urgent, value: d });
  }
}

/** Reduces a finished run to its record: end-of-run scalars from the live parts. */
export function recordOf(run: MissionRun, replication: number): ReplicationRecord {
  const { metrics: m, calendar, scenario } = run.runtime;
  const seriesAt = (name: string, day: number) => m.declareSeries(name)[day] ?? Number.NaN;
  const asOf = scenario.mission.armouredFleet.asOf;
  const letterDay = calendar.dayOf(asOf);
  const inRange = letterDay >= 0 && letterDay < m.days;
  for (const n of ['fleet.inDailyUse', 'fleet.inMaintenance', 'fleet.awaitingReplacement']) {
    m.set(`${n}@${asOf}`, inRange ? seriesAt(n, letterDay) : Number.NaN);
    m.set(`${n}@end`, seriesAt(n, m.days - 1));
  }
  const present = seriesAt('aviation.present', letterDay);
  m.set(
    `aviation.militaryShare@${asOf}`,
    inRange && present > 0 ? seriesAt('aviation.militaryPresent', letterDay) / present : Number.NaN,
  );
  // Time-averaged readiness of the armoured fleet over the horizon.
  const use = m.declareSeries('fleet.inDailyUse');
  const maint = m.declareSeries('fleet.inMaintenance');
  const wait = m.declareSeries('fleet.awaitingReplacement');
  let share = 0;
  let daysWithFleet = 0;
  for (let d = 0; d < m.days; d++) {
    const total = use[d]! + maint[d]! + wait[d]!;
    if (total === 0) continue;
    share += use[d]! / total;
    daysWithFleet++;
  }
  // Undefined (NaN, skipped by summaries) for a mission without armoured vehicles.
  m.set('fleet.readiness.mean', daysWithFleet > 0 ? share / daysWithFleet : Number.NaN);
  // Days after the letter's date until the fleet first reaches the readiness target (NaN: not
  // within the horizon; `fleet.readinessTargetReached` says which).
  const target = run.runtime.params.fleet.readinessTargetShare.value;
  let recovered = Number.NaN;
  for (let d = Math.max(letterDay, 0); inRange && d < m.days; d++) {
    const total = use[d]! + maint[d]! + wait[d]!;
    if (total > 0 && use[d]! / total >= target) {
      recovered = d - letterDay;
      break;
    }
  }
  m.set('fleet.daysToReadinessTarget', recovered);
  m.set('fleet.readinessTargetReached', Number.isNaN(recovered) ? 0 : 1);
  const tallies = run.fleet.tallies;
  m.set('fleet.writtenOff', tallies.writtenOff);
  m.set('fleet.replaced', tallies.replaced);
  m.set('fleet.delivered', tallies.delivered);
  // Response and evacuation summaries of this replication.
  const rt = run.response.times;
  m.set('response.time.p50Min', rt.quantile(0.5));
  m.set('response.time.p90Min', rt.quantile(0.9));
  m.set('response.time.meanMin', rt.mean());
  for (const a of scenario.mission.incidentAreas) {
    m.set(
      `response.time.p50Min.area.${a.id}`,
      run.response.areaSamples(a.id)?.quantile(0.5) ?? Number.NaN,
    );
  }
  const n = m.get('casevac.casualties');
  const share0 = (k: string) => (n > 0 ? m.get(k) / n : Number.NaN);
  m.set('casevac.firstAidWithinTarget.share', share0('casevac.firstAidWithinTarget'));
  m.set('casevac.resuscitationWithinTarget.share', share0('casevac.resuscitationWithinTarget'));
  m.set('casevac.surgeryWithinTarget.share', share0('casevac.surgeryWithinTarget'));
  m.set('casevac.compliant.share', share0('casevac.compliant'));
  m.set('casevac.byAir.share', share0('casevac.byAir'));
  for (const sector of run.runtime.world.sectors) {
    const ns = m.get(`casevac.casualties.sector.${sector}`);
    const bySector = (k: string) => (ns > 0 ? m.get(`${k}.sector.${sector}`) / ns : Number.NaN);
    m.set(
      `casevac.surgeryWithinTarget.share.sector.${sector}`,
      bySector('casevac.surgeryWithinTarget'),
    );
    m.set(`casevac.compliant.share.sector.${sector}`, bySector('casevac.compliant'));
  }
  m.set('casevac.toSurgery.p50Min', run.casevac.toSurgery.quantile(0.5));
  const responses = m.get('response.responses');
  m.set('response.byAir.share', responses > 0 ? m.get('response.byAir') / responses : Number.NaN);
  m.set('engine.events', run.runtime.env.eventsProcessed);
  return m.toRecord(replication);
}
