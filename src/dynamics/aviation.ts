/**
 * Helicopters. Every airframe of every helicopter unit is tracked: serviceable or down for
 * maintenance (exponential time between failures, `maintenanceDays` down), idle or flying a task,
 * flying hours this calendar month against the monthly limit.
 *
 * Tasks come through one interface, {@link AviationDynamics.request}, with a priority:
 * casualty evacuation (0) pre-empts reaction-force lift (1), which comes before logistics (2).
 * Pending tasks are served in (priority, request time) order by the idle eligible airframe that
 * reaches the pickup first. An airframe is eligible when it is present, serviceable, not a
 * gunship (for carrying tasks), allowed for the task (military tasks only on aircraft the
 * military component may task: the letter's 25 %), able to launch now (daylight or night
 * capable) and under its monthly hours (casualty evacuation is exempt). A casualty evacuation
 * finding no idle airframe pre-empts the nearest airframe flying a lower-priority task. A task
 * not assigned within its maximum wait is refused.
 *
 * Simplification: an airframe starts every task from its base (a pre-empted airframe is assumed
 * to divert from its base position).
 *
 * @module
 */
import { z } from 'zod';
import {
  Interrupt,
  Pool,
  PoolPreempted,
  type PoolRequest,
  type Process,
  type SimEvent,
} from '../engine/index.js';
import { distributionParameter, parameter } from '../model/fields.js';
import type { LatLon } from '../model/geography.js';
import { greatCircleKm } from '../model/geography.js';
import type { Unit } from '../model/mission.js';
import { exponential } from '../random/distributions.js';
import { meanOf } from '../random/spec.js';
import type { RandomStream } from '../random/streams.js';
import { HOURS_PER_DAY, hoursUntilDaylight } from './calendar.js';
import { defineCapability } from './capability.js';
import { ForcePort, fitShare } from './force.js';
import { counter, family, type Scalar, series, value } from './metrics.js';
import { port } from './ports.js';
import { type Runtime, sampler } from './runtime.js';

/** Parameters of the helicopters (`scenario.parameters.aviation`). */
export const aviationParametersSchema = z
  .strictObject({
    /** Mean days an airframe flies between unscheduled maintenance. */
    mtbfDays: parameter('positive', {
      label: 'Mean time between helicopter failures',
      unit: 'days',
      plausible: [7, 28],
    }),
    /** Days an airframe is down for maintenance. */
    maintenanceDays: distributionParameter({
      label: 'Helicopter maintenance time',
      unit: 'days',
      plausible: [3, 12],
    }),
    /** Flying hours allowed per airframe per month (contract / letter of assist limit). */
    flyingHoursPerAirframeMonth: parameter('nonNegative', {
      label: 'Flying hours allowed per airframe',
      unit: 'hours per month',
      plausible: [15, 40],
    }),
    /** Minutes from a tasking to take-off. */
    launchDelayMin: distributionParameter({
      label: 'Helicopter launch delay',
      unit: 'min',
      plausible: [15, 60],
    }),
    /** Logistics and liaison sorties per day across the fleet (the lowest-priority tasks). */
    logisticsSortiesPerDay: parameter('nonNegative', {
      label: 'Helicopter logistics sorties',
      unit: 'per day',
      plausible: [3, 10],
    }),
    /** Flight hours of one logistics sortie. */
    logisticsSortieHours: distributionParameter({
      label: 'Flight time of a logistics sortie',
      unit: 'hours',
      plausible: [1, 4],
    }),
    /** Reaction-force lifts per month flown for the military component. */
    reactionLiftsPerMonth: parameter('nonNegative', {
      label: 'Reaction-force lifts',
      unit: 'per month',
      plausible: [2, 8],
    }),
    /** Flight hours of one reaction-force lift. */
    reactionLiftHours: distributionParameter({
      label: 'Flight time of a reaction-force lift',
      unit: 'hours',
      plausible: [1, 5],
    }),
    /** Hour of day (local = UTC in Mali) flying by day starts. */
    daylightStartHour: parameter('hourOfDay', {
      label: 'Start of day flying',
      unit: 'hour of day',
      plausible: [5.5, 7],
    }),
    /** Hour of day flying by day ends. */
    daylightEndHour: parameter('hourOfDay', {
      label: 'End of day flying',
      unit: 'hour of day',
      plausible: [17.5, 19],
    }),
  })
  .readonly();

/** Parameters of the helicopters. */
export type AviationParameters = z.infer<typeof aviationParametersSchema>;

/** Kinds of helicopter tasks, in priority order. */
export type TaskKind = 'casualty-evacuation' | 'reaction-lift' | 'logistics';

/** Priority of each task kind (lower first). */
export const TASK_PRIORITY: Readonly<Record<TaskKind, number>> = {
  'casualty-evacuation': 0,
  'reaction-lift': 1,
  logistics: 2,
};

/** What happens to tasks, counted per task kind. */
const TASK_OUTCOMES = ['tasksRequested', 'tasksFlown', 'tasksRefused', 'tasksPreempted'] as const;
type TaskCounters = Record<(typeof TASK_OUTCOMES)[number], Scalar>;

/** Task kinds with a name a person reads. */
const TASK_KINDS = [
  { id: 'casualty-evacuation', name: 'casualty evacuation' },
  { id: 'reaction-lift', name: 'reaction-force lift' },
  { id: 'logistics', name: 'logistics' },
] as const;

/** One airframe. */
export interface Airframe {
  readonly id: string;
  readonly unit: string;
  readonly type: string;
  readonly role: string;
  readonly speedKmh: number;
  readonly nightCapable: boolean;
  readonly military: boolean;
  base: string;
  present: boolean;
  serviceable: boolean;
  maintenanceDue: boolean;
  hoursThisMonth: number;
  task: TaskHandle | null;
  /** Its rank in its unit (0-based): crews fly the first airframes when some are away. */
  readonly index: number;
}

/** A request for a helicopter. */
export interface TaskRequest {
  readonly kind: TaskKind;
  /** Pick-up point; for block tasks (logistics) absent: the airframe flies `blockHours` from its base. */
  readonly pickup?: LatLon;
  /** Delivery point (geo tasks). */
  readonly destination?: LatLon;
  /** Flight hours of a block task. */
  readonly blockHours?: number;
  /** Whether only aircraft the military component may task can fly it. */
  readonly military: boolean;
  /** Longest wait for an airframe, in hours; then the task is refused. */
  readonly maxWaitHours: number;
  /** Minutes on the ground at the pick-up (loading, boarding). */
  readonly groundMin: number;
}

/** A task in the system: its request, milestones and events to wait on. */
export interface TaskHandle {
  readonly request: TaskRequest;
  readonly priority: number;
  readonly seq: number;
  airframe: Airframe | null;
  /** Succeeds with the airframe when assigned, or `null` when refused. */
  readonly assigned: SimEvent<Airframe | null>;
  /** Succeeds at the pick-up (geo tasks). */
  readonly atPickup: SimEvent<number>;
  /** Succeeds on delivery (geo) or at the end of the block; `false` if the task was pre-empted. */
  readonly done: SimEvent<boolean>;
  /** @internal the flight process. */
  flight: Process<void> | null;
}

/** What the lift estimate asks of an airframe: a military reaction-force lift. */
const LIFT_ESTIMATE = {
  priority: TASK_PRIORITY['reaction-lift'],
  request: { military: true },
} as Pick<TaskHandle, 'priority' | 'request'>;

/** The helicopters, as other capabilities use them (port {@link AviationPort}). */
export interface AviationApi {
  /** Asks for a helicopter; the handle's events tell what happens. */
  request(req: TaskRequest): TaskHandle;
  /**
   * The idle airframe the military component could task for a lift right now (any one: the
   * estimate uses the first eligible in fleet order), with the mean launch delay; `null` if none.
   */
  militaryLiftEstimate(): { base: string; speedKmh: number; launchHours: number } | null;
  /**
   * The hours of daylight, `[startHour, endHour)` of each day (local time = UTC in Mali): what
   * flying by day means, and what ground movement by day means too.
   */
  daylight(): { readonly startHour: number; readonly endHour: number };
}

/** The port of the helicopters. */
export const AviationPort = port<AviationApi>('aviation');

/** The helicopter fleet of one replication. */
export class AviationDynamics implements AviationApi {
  readonly airframes: Airframe[] = [];
  /** Airframes ever added, by unit (the count `airframes` holds for each). */
  private readonly airframesOfUnit = new Map<string, number>();
  private seq = 0;
  private readonly rng: RandomStream;
  private readonly taskCounters: Record<TaskKind, TaskCounters>;
  private readonly flightHours: Scalar;
  /**
   * The airframes as an engine pool: tasks request one by priority; casualty evacuation may
   * preempt a lower-priority task; maintenance asks for its own airframe ahead of every task
   * (`data` null) and gets it when the task in hand ends.
   */
  private readonly pool: Pool<Airframe, TaskHandle | null>;

  private get p(): AviationParameters {
    return this.rt.params.aviation as AviationParameters;
  }

  constructor(private readonly rt: Runtime) {
    this.rng = rt.streams.stream('aviation', 'tasking');
    this.flightHours = rt.metrics.scalar('aviation.flightHours');
    this.taskCounters = Object.fromEntries(
      TASK_KINDS.map((k) => [
        k.id,
        Object.fromEntries(
          TASK_OUTCOMES.map((o) => [o, rt.metrics.scalar(`aviation.${o}.task.${k.id}`)]),
        ),
      ]),
    ) as Record<TaskKind, TaskCounters>;
    this.pool = new Pool<Airframe, TaskHandle | null>(rt.env, {
      preemptive: true,
      eligible: (a, req) => this.eligible(a, req.data as TaskHandle),
      choose: (req, candidates) => this.closestOf(req.data as TaskHandle, candidates),
      chooseVictim: (req, holders) => this.closestHolder(req.data as TaskHandle, holders),
    });
    for (const u of rt.scenario.mission.units) if (u.aircraft) this.addUnit(u);
    this.startDaylightTicks();
    this.startMonthResets();
    this.startBackgroundTasks();
  }

  /**
   * Share of a unit's crews fit to fly (set from the force: crews in quarantine or away do not
   * fly); airframe `k` of a unit of `n` flies while `k < round(n × share)`.
   */
  crewShare: (unitId: string) => number = () => 1;

  /** Adds the airframes of a helicopter unit (at start, or deployed by plan) at `base`. */
  addUnit(unit: Unit, base: string = unit.base): void {
    const ac = unit.aircraft;
    if (ac === undefined) return;
    const n = Math.round(ac.count.value);
    for (let k = 0; k < n; k++) {
      const a: Airframe = {
        id: `${unit.id}#${k}`,
        unit: unit.id,
        type: ac.type,
        role: ac.role,
        speedKmh: ac.cruiseSpeedKmh.value,
        nightCapable: ac.nightCapable,
        military: ac.militaryTasking,
        base,
        present: true,
        serviceable: true,
        maintenanceDue: false,
        hoursThisMonth: 0,
        task: null,
        index: k,
      };
      this.airframes.push(a);
      this.airframesOfUnit.set(unit.id, (this.airframesOfUnit.get(unit.id) ?? 0) + 1);
      this.pool.add(a);
      this.rt.env.process(this.upkeep(a), { name: `airframe ${a.id}` });
    }
  }

  /** Crews came back or went away: pending tasks may find an airframe now. */
  crewsChanged(): void {
    this.pool.reconsider();
  }

  /** Removes a unit's airframes (repatriation); airframes in flight leave on landing. */
  removeUnit(unitId: string): void {
    for (const a of this.airframes) {
      if (a.unit !== unitId || !a.present) continue;
      a.present = false;
      this.pool.remove(a);
    }
  }

  /** Airframes of a unit. */
  private unitAirframes(unitId: string): number {
    return this.airframesOfUnit.get(unitId) ?? 0;
  }

  /** Moves a unit's airframes to another base. */
  moveUnit(unitId: string, base: string): void {
    for (const a of this.airframes) if (a.unit === unitId) a.base = base;
  }

  /** Airframes present / serviceable, all and military-taskable. */
  counts(): {
    present: number;
    serviceable: number;
    militaryPresent: number;
    militaryServiceable: number;
  } {
    const c = { present: 0, serviceable: 0, militaryPresent: 0, militaryServiceable: 0 };
    for (const a of this.airframes) {
      if (!a.present) continue;
      c.present++;
      if (a.military) c.militaryPresent++;
      if (a.serviceable) {
        c.serviceable++;
        if (a.military) c.militaryServiceable++;
      }
    }
    return c;
  }

  /** Asks for a helicopter; the handle's events tell what happens. */
  request(req: TaskRequest): TaskHandle {
    return this.launch(req, true);
  }

  /**
   * Starts the flight process of `req`. `watched`: whether the caller keeps the handle and may
   * wait on its events; the mission's own background sorties do not, so their events are never
   * triggered (nobody could wait on them, and each would be a queue entry that does nothing).
   */
  private launch(req: TaskRequest, watched: boolean): TaskHandle {
    const env = this.rt.env;
    const h: TaskHandle = {
      request: req,
      priority: TASK_PRIORITY[req.kind],
      seq: this.seq++,
      airframe: null,
      assigned: env.event<Airframe | null>(),
      atPickup: env.event<number>(),
      done: env.event<boolean>(),
      flight: null,
    };
    this.taskCounters[req.kind].tasksRequested.add();
    h.flight = env.process(this.task(h, watched), { name: `flight ${req.kind} #${h.seq}` });
    return h;
  }

  /**
   * The idle airframe the military component could task for a lift right now (any one: the
   * estimate uses the first eligible in fleet order), with the mean launch delay; `null` if none.
   */
  militaryLiftEstimate(): { base: string; speedKmh: number; launchHours: number } | null {
    for (const a of this.airframes) {
      if (!this.pool.has(a) || this.pool.holder(a) !== null) continue;
      if (this.eligible(a, LIFT_ESTIMATE)) {
        return {
          base: a.base,
          speedKmh: a.speedKmh,
          launchHours: meanOf(this.p.launchDelayMin.value) / 60,
        };
      }
    }
    return null;
  }

  daylight(): { readonly startHour: number; readonly endHour: number } {
    const p = this.p;
    return { startHour: p.daylightStartHour.value, endHour: p.daylightEndHour.value };
  }

  /** Flight hours for airframe `a` from its base to `point` (0 for a block task). */
  private hoursTo(a: Airframe, point: LatLon | undefined): number {
    return point === undefined ? 0 : this.rt.world.distanceToPointKm(a.base, point) / a.speedKmh;
  }

  /**
   * Whether airframe `a` may fly task `h` now (the pool has checked it is in service and free, or
   * held by a task `h` may preempt): it carries loads, the military component may task it if the
   * task is military, it can launch now (daylight or night capable), and it is under its monthly
   * hours (casualty evacuation is exempt).
   */
  private eligible(a: Airframe, h: Pick<TaskHandle, 'priority' | 'request'>): boolean {
    if (a.role === 'attack') return false;
    if (h.request.military && !a.military) return false;
    if (a.index >= Math.round(this.unitAirframes(a.unit) * this.crewShare(a.unit))) return false;
    const p = this.p;
    if (
      !a.nightCapable &&
      hoursUntilDaylight(this.rt.env.now, p.daylightStartHour.value, p.daylightEndHour.value) > 0
    ) {
      return false;
    }
    if (h.priority > 0 && a.hoursThisMonth >= p.flyingHoursPerAirframeMonth.value) return false;
    return true;
  }

  /** The candidate closest (in flight time) to the task's pick-up; ties: fleet order. */
  private closestOf(h: TaskHandle, candidates: readonly Airframe[]): Airframe {
    let best = candidates[0] as Airframe;
    let bestHours = this.hoursTo(best, h.request.pickup);
    for (let i = 1; i < candidates.length; i++) {
      const a = candidates[i] as Airframe;
      const hours = this.hoursTo(a, h.request.pickup);
      if (hours < bestHours) {
        best = a;
        bestHours = hours;
      }
    }
    return best;
  }

  /** The holder whose airframe is closest to the pick-up: the flight a casualty evacuation pre-empts. */
  private closestHolder(
    h: TaskHandle,
    holders: readonly PoolRequest<Airframe, TaskHandle | null>[],
  ): PoolRequest<Airframe, TaskHandle | null> {
    let best = holders[0] as PoolRequest<Airframe, TaskHandle | null>;
    let bestHours = this.hoursTo(best.item as Airframe, h.request.pickup);
    for (let i = 1; i < holders.length; i++) {
      const r = holders[i] as PoolRequest<Airframe, TaskHandle | null>;
      const hours = this.hoursTo(r.item as Airframe, h.request.pickup);
      if (hours < bestHours) {
        best = r;
        bestHours = hours;
      }
    }
    return best;
  }

  /**
   * One task, from request to landing: wait for an airframe (refused after the longest wait),
   * launch, fly the legs; a casualty evacuation may pre-empt it, and a pre-empted flight is
   * charged only the legs it flew.
   */
  private *task(h: TaskHandle, watched: boolean) {
    const env = this.rt.env;
    const signal = <T>(event: SimEvent<T>, value: T): void => {
      if (watched) event.succeed(value);
    };
    const r = h.request;
    const counters = this.taskCounters[r.kind];
    const req = this.pool.request({ priority: h.priority, preempt: h.priority === 0, data: h });
    // Flight hours so far, and when the current leg took off (NaN on the ground).
    const log = { flown: 0, since: Number.NaN };
    let completed = false;
    let a: Airframe | null = null;
    try {
      if (req.status === 'waiting') {
        yield* env.anyOf([req, env.timeout(Math.max(0, r.maxWaitHours))]);
        if ((req.status as string) !== 'granted') {
          req.cancel();
          counters.tasksRefused.add();
          signal(h.assigned, null);
          signal(h.done, false);
          return;
        }
      }
      a = req.item as Airframe;
      a.task = h;
      h.airframe = a;
      signal(h.assigned, a);
      yield* env.timeout(sampler(this.p.launchDelayMin.value)(this.rng) / 60);
      if (r.pickup === undefined) {
        yield* this.airborne(log, r.blockHours ?? 0);
      } else {
        const world = this.rt.world;
        const home = a.base;
        yield* this.airborne(log, world.distanceToPointKm(home, r.pickup) / a.speedKmh);
        signal(h.atPickup, env.now);
        yield* env.timeout(r.groundMin / 60);
        const to = r.destination ?? r.pickup;
        yield* this.airborne(log, greatCircleKm(r.pickup, to) / a.speedKmh);
        completed = true;
        signal(h.done, true);
        yield* this.airborne(log, world.distanceToPointKm(home, to) / a.speedKmh);
      }
      if (!completed) signal(h.done, true);
      counters.tasksFlown.add();
    } catch (e) {
      if (!(e instanceof Interrupt) || !(e.cause instanceof PoolPreempted)) throw e;
      // Pre-empted: count the leg in the air, if any; the airframe has been re-tasked.
      counters.tasksPreempted.add();
      if (!Number.isNaN(log.since)) log.flown += env.now - log.since;
      if (!completed) signal(h.done, false);
      if (a !== null) this.account(a, log.flown);
      return;
    }
    this.account(a, log.flown);
    if (a.task === h) a.task = null;
    this.pool.release(req);
  }

  /** One leg in the air: `hours` of flight, logged as it ends. */
  private *airborne(log: { flown: number; since: number }, hours: number) {
    const env = this.rt.env;
    log.since = env.now;
    yield* env.timeout(hours);
    log.flown += env.now - log.since;
    log.since = Number.NaN;
  }

  private account(a: Airframe, hours: number): void {
    a.hoursThisMonth += hours;
    this.flightHours.add(hours);
  }

  /**
   * An airframe's maintenance: after a flying spell it is due, finishes the task in hand (its
   * maintenance request for this airframe waits ahead of every task), then is down.
   */
  private *upkeep(a: Airframe) {
    const env = this.rt.env;
    const rng = this.rt.streams.stream('aviation', a.id);
    while (a.present) {
      yield* env.timeout(exponential(rng, 1 / (this.p.mtbfDays.value * HOURS_PER_DAY)));
      if (!a.present) return;
      a.maintenanceDue = true;
      const req = this.pool.request({ item: a, priority: -1, preempt: false, data: null });
      yield* req;
      a.serviceable = false;
      yield* env.timeout(sampler(this.p.maintenanceDays.value)(rng) * HOURS_PER_DAY);
      a.serviceable = true;
      a.maintenanceDue = false;
      this.pool.release(req);
    }
  }

  private startDaylightTicks(): void {
    const env = this.rt.env;
    const self = this;
    env.process(
      (function* daylight() {
        for (;;) {
          // Wake at every daylight start: aircraft that cannot fly at night take pending tasks.
          // The next start is computed as an absolute time: a wait computed from the hour of
          // day can round to a few 1e-15 h that no longer move the clock (an endless loop).
          let next =
            Math.floor(env.now / HOURS_PER_DAY) * HOURS_PER_DAY + self.p.daylightStartHour.value;
          if (next <= env.now + 1e-9) next += HOURS_PER_DAY;
          yield* env.timeout(next - env.now);
          self.pool.reconsider();
        }
      })(),
      { name: 'daylight' },
    );
  }

  private startMonthResets(): void {
    const env = this.rt.env;
    const self = this;
    const cal = this.rt.calendar;
    env.process(
      (function* months() {
        for (let m = 1; ; m++) {
          const start = cal.hoursAt(`${addMonths(cal.startDate, m)}`);
          if (start > env.now) yield* env.timeout(start - env.now);
          for (const a of self.airframes) a.hoursThisMonth = 0;
          self.pool.reconsider();
        }
      })(),
      { name: 'flying-hour month' },
    );
  }

  private startBackgroundTasks(): void {
    const env = this.rt.env;
    const self = this;
    const rng = this.rt.streams.stream('aviation', 'demand');
    const spawn = (
      kind: TaskKind,
      perHour: () => number,
      hours: () => number,
      military: boolean,
      maxWaitHours: number,
    ) =>
      env.process(
        (function* demand() {
          for (;;) {
            const rate = perHour();
            if (!(rate > 0)) return;
            yield* env.timeout(exponential(rng, rate));
            self.launch({ kind, blockHours: hours(), military, maxWaitHours, groundMin: 0 }, false);
          }
        })(),
        { name: `${kind} demand` },
      );
    const p = () => this.p;
    spawn(
      'logistics',
      () => p().logisticsSortiesPerDay.value / HOURS_PER_DAY,
      () => sampler(p().logisticsSortieHours.value)(rng),
      false,
      12,
    );
    spawn(
      'reaction-lift',
      () => p().reactionLiftsPerMonth.value / (30.4375 * HOURS_PER_DAY),
      () => sampler(p().reactionLiftHours.value)(rng),
      true,
      6,
    );
  }
}

/** ISO date `months` calendar months after the first of `date`'s month. */
function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = (m % 12) + 1;
  return `${yy}-${String(mm).padStart(2, '0')}-01`;
}

const GROUP = 'Aviation';

const OUTCOME_TEXT: Readonly<
  Record<(typeof TASK_OUTCOMES)[number], { label: string; better: 'lower' | null; what: string }>
> = {
  tasksRequested: { label: 'requested', better: null, what: 'requested' },
  tasksFlown: { label: 'flown', better: null, what: 'flown' },
  tasksRefused: {
    label: 'refused',
    better: 'lower',
    what: 'refused (no helicopter assigned within the task’s longest wait)',
  },
  tasksPreempted: {
    label: 'pre-empted',
    better: 'lower',
    what: 'pre-empted by a casualty evacuation',
  },
};

/** The daily counts of airframes, with their catalogue text. */
const FLEET_SERIES = [
  ['aviation.present', 'Helicopters present', 'Helicopters in the mission at the end of the day.'],
  [
    'aviation.serviceable',
    'Helicopters serviceable',
    'Helicopters present and not down for maintenance at the end of the day.',
  ],
  [
    'aviation.militaryPresent',
    'Military-tasked helicopters present',
    'Helicopters the military component may task, present at the end of the day.',
  ],
  [
    'aviation.militaryServiceable',
    'Military-tasked helicopters serviceable',
    'Helicopters the military component may task, present and serviceable at the end of the day.',
  ],
] as const;

/**
 * The helicopter capability: every airframe tracked (serviceability, monthly flying hours, day or
 * night), tasks served by priority with casualty evacuation pre-empting; helicopter units arrive,
 * leave and move with the force.
 */
export const aviation = defineCapability({
  id: 'aviation',
  title: GROUP,
  summary:
    'Helicopters: serviceability, flying hours, day and night, and tasking by priority (casualty evacuation pre-empts reaction-force lift and logistics).',
  parameters: aviationParametersSchema,
  provides: [AviationPort],
  requires: [ForcePort],
  check({ parameters, issues }) {
    const start = parameters.daylightStartHour.value;
    const end = parameters.daylightEndHour.value;
    if (start >= end) {
      issues.add(
        'parameters.aviation.daylightEndHour.value',
        `expected an hour after daylightStartHour (${start}), got ${end}`,
      );
    }
  },
  metrics({ scenario }) {
    const asOf = scenario.mission.armouredFleet.asOf;
    return [
      counter('aviation.flightHours', {
        label: 'Helicopter flight hours',
        unit: 'hours',
        better: null,
        description: 'Hours flown by all helicopters over the horizon.',
        group: GROUP,
      }),
      ...TASK_OUTCOMES.flatMap((o) =>
        family('counter', `aviation.${o}`, 'task', TASK_KINDS, (k) => ({
          label: `Helicopter tasks ${OUTCOME_TEXT[o].label}: ${k.name}`,
          unit: 'count',
          better: OUTCOME_TEXT[o].better,
          description: `Helicopter tasks of kind ${k.id} ${OUTCOME_TEXT[o].what} over the horizon.`,
          group: GROUP,
        })),
      ),
      ...FLEET_SERIES.map(([name, label, description]) =>
        series(name, { label, unit: 'aircraft', better: 'higher', description, group: GROUP }),
      ),
      value(`aviation.militaryShare@${asOf}`, {
        label: `Helicopter share the military can task on ${asOf}`,
        unit: 'share',
        better: 'higher',
        description: `Military-tasked helicopters present ÷ helicopters present, on ${asOf} (the letter’s 25 %).`,
        group: GROUP,
      }),
    ];
  },
  start(rt, ports) {
    const live = new AviationDynamics(rt);
    ports.provide(AviationPort, live);
    const force = ports.get(ForcePort);
    force.onChange((u, change) => {
      if (change === 'arrived') live.addUnit(u.unit, u.base);
      else if (change === 'left') live.removeUnit(u.unit.id);
      else if (change === 'moved') live.moveUnit(u.unit.id, u.base);
      else if (change === 'strength' && u.unit.aircraft !== undefined) live.crewsChanged();
    });
    live.crewShare = (id) => {
      const u = force.unit(id);
      return u === undefined ? 1 : fitShare(u);
    };
    const m = rt.metrics;
    let counts = live.counts();
    let countedAt = Number.NaN;
    const now = () => {
      if (countedAt !== rt.env.now) {
        counts = live.counts();
        countedAt = rt.env.now;
      }
      return counts;
    };
    m.daily('aviation.present', () => now().present);
    m.daily('aviation.serviceable', () => now().serviceable);
    m.daily('aviation.militaryPresent', () => now().militaryPresent);
    m.daily('aviation.militaryServiceable', () => now().militaryServiceable);
    return live;
  },
  finish(_live, rt) {
    const asOf = rt.scenario.mission.armouredFleet.asOf;
    const day = rt.calendar.dayOf(asOf);
    const m = rt.metrics;
    const inRange = day >= 0 && day < m.days;
    const present = inRange ? (m.series('aviation.present')[day] as number) : 0;
    m.set(
      `aviation.militaryShare@${asOf}`,
      present > 0 ? (m.series('aviation.militaryPresent')[day] as number) / present : Number.NaN,
    );
  },
});
