/**
 * One replication of a mission scenario, composed from capability modules: declares the metrics,
 * builds the runtime, starts every capability in list order (each registers the ports it
 * provides; a capability looks up the ports it requires when it uses them), schedules the plan's
 * steps with the capabilities that carry them out, records the daily series, runs to the horizon,
 * lets each capability set its end-of-run values and returns the compact record.
 *
 * @module
 */
import { Environment, Priority, type SimEvent } from '../engine/index.js';
import { InvalidArgumentError } from '../errors.js';
import { streams } from '../random/streams.js';
import { Calendar, HOURS_PER_DAY } from './calendar.js';
import type { AnyCapability, AnyScenario, CapabilityModule } from './capability.js';
import { declareMetrics, formatFor, MISSION_CAPABILITIES, plannedForce } from './format.js';
import { Metrics } from './metrics.js';
import { type BoundAction, scheduleSteps } from './plan.js';
import { Ports } from './ports.js';
import type { ReplicationRecord } from './record.js';
import type { Runtime } from './runtime.js';
import { World } from './world.js';

/** Options of {@link simulateMission} and {@link buildMission}. */
export interface SimulateOptions {
  readonly seed: number | string;
  readonly replication: number;
  /** The capabilities to compose (default {@link MISSION_CAPABILITIES}). */
  readonly capabilities?: readonly AnyCapability[];
  /** Receives notable events (plan steps) with their time; for traces and debugging. */
  readonly trace?: (time: number, what: string) => void;
  /** Capabilities keep per-event logs (responses, casualties) for tests. */
  readonly keepLogs?: boolean;
}

/** The live parts of a replication, for tests and custom metrics. */
export interface MissionRun {
  readonly runtime: Runtime;
  /** The live state `start` returned for a capability of the run (by its module). */
  part<Live>(capability: CapabilityModule<string, unknown, Live>): Live;
  /** Records the daily series for day `d` (the state now). */
  takeSnapshot(day: number): void;
}

/**
 * `list` with `capability` in place of the one of the same id (appended if none has it): how a
 * run swaps in a configured capability, e.g. a response with another dispatch policy.
 */
export function withCapability(
  list: readonly AnyCapability[],
  capability: AnyCapability,
): AnyCapability[] {
  const i = list.findIndex((c) => c.id === capability.id);
  return i < 0 ? [...list, capability] : list.map((c, k) => (k === i ? capability : c));
}

/**
 * Builds a replication without running it: the environment is at time 0 with every capability
 * started and the plan scheduled. {@link simulateMission} is `buildMission` + run + record.
 */
export function buildMission(scenario: AnyScenario, options: SimulateOptions): MissionRun {
  const capabilities = options.capabilities ?? MISSION_CAPABILITIES;
  const env = new Environment();
  const calendar = new Calendar(scenario.startDate);
  const days = Math.round(scenario.horizonDays);
  const metrics = new Metrics(declareMetrics(scenario, capabilities), days);
  const runtime: Runtime = {
    env,
    scenario,
    calendar,
    world: new World(scenario),
    streams: streams(options.seed).replication(options.replication),
    metrics,
    params: scenario.parameters,
    horizonHours: days * HOURS_PER_DAY,
    trace: options.trace ?? null,
    keepLogs: options.keepLogs === true,
    plannedForce: () => plannedForce(scenario, capabilities),
  };
  const ports = new Ports();
  const live = new Map<AnyCapability, unknown>();
  for (const c of capabilities) live.set(c, c.start(runtime, ports));
  for (const c of capabilities) {
    for (const p of c.requires ?? []) {
      if (ports.find(p) === undefined) {
        throw new InvalidArgumentError(
          `capabilities (${c.id} requires '${p.id}')`,
          `a capability providing '${p.id}'`,
          capabilities.map((x) => x.id).join(', '),
        );
      }
    }
  }
  const actions = new Map<string, BoundAction>();
  for (const [kind, a] of formatFor(capabilities).actions) {
    actions.set(kind, {
      definition: a.definition,
      live: a.capability === undefined ? undefined : live.get(a.capability),
    });
  }
  scheduleSteps(runtime, actions);
  startDailySeries(runtime);
  return {
    runtime,
    part<Live>(capability: CapabilityModule<string, unknown, Live>): Live {
      const found = [...live.keys()].find((c) => c.id === capability.id);
      if (found === undefined) {
        throw new InvalidArgumentError('capability', 'a capability of this run', capability.id);
      }
      return live.get(found) as Live;
    },
    takeSnapshot: (day) => metrics.snapshot(day),
  };
}

/**
 * Runs one replication of `scenario` and returns its record. Deterministic: the same scenario,
 * seed and replication give the same record, in any process.
 */
export function simulateMission(
  scenario: AnyScenario,
  options: SimulateOptions,
): ReplicationRecord {
  const run = buildMission(scenario, options);
  const rt = run.runtime;
  rt.env.run({ until: rt.horizonHours });
  run.takeSnapshot(rt.metrics.days - 1);
  for (const c of options.capabilities ?? MISSION_CAPABILITIES) {
    c.finish?.(run.part(c), rt);
  }
  rt.metrics.set('engine.events', rt.env.eventsProcessed);
  return rt.metrics.toRecord(options.replication);
}

/**
 * Records the daily series: value `d` is the state at the end of day `d`, taken at midnight
 * before any event of the next day (an urgent event), so a plan step dated day `d + 1` shows
 * from value `d + 1` on. The last day's value is taken when the run reaches the horizon.
 */
function startDailySeries(rt: Runtime): void {
  const { env, metrics } = rt;
  // One callback for every day: the event carries its day index.
  const onMidnight = (ev: SimEvent<number>) => metrics.snapshot(ev.value);
  for (let d = 0; d < metrics.days - 1; d++) {
    const ev = env.event<number>();
    ev.addCallback(onMidnight);
    env.schedule(ev, { at: (d + 1) * HOURS_PER_DAY, priority: Priority.Urgent, value: d });
  }
}
