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
import { Interrupt, type Process, type SimEvent } from '../engine/index.js';
import type { LatLon } from '../model/geography.js';
import { greatCircleKm } from '../model/geography.js';
import type { Unit } from '../model/mission.js';
import { exponential } from '../random/distributions.js';
import { meanOf } from '../random/spec.js';
import type { RandomStream } from '../random/streams.js';
import { HOURS_PER_DAY, hourOfDay, hoursUntilDaylight } from './calendar.js';
import { type Runtime, sampler } from './runtime.js';

/** Kinds of helicopter tasks, in priority order. */
export type TaskKind = 'casualty-evacuation' | 'reaction-lift' | 'logistics';

/** Priority of each task kind (lower first). */
export const TASK_PRIORITY: Readonly<Record<TaskKind, number>> = {
  'casualty-evacuation': 0,
  'reaction-lift': 1,
  logistics: 2,
};

/** Metric names per task kind, built once (not per task on the hot path). */
const TASK_METRICS = Object.fromEntries(
  (Object.keys(TASK_PRIORITY) as TaskKind[]).map((kind) => [
    kind,
    {
      requested: `aviation.tasksRequested.${kind}`,
      flown: `aviation.tasksFlown.${kind}`,
      refused: `aviation.tasksRefused.${kind}`,
      preempted: `aviation.tasksPreempted.${kind}`,
    },
  ]),
) as Record<TaskKind, { requested: string; flown: string; refused: string; preempted: string }>;

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

/** The helicopter fleet of one replication. */
export class AviationDynamics {
  readonly airframes: Airframe[] = [];
  private readonly pending: TaskHandle[] = [];
  private seq = 0;
  private readonly rng: RandomStream;

  constructor(private readonly rt: Runtime) {
    this.rng = rt.streams.stream('aviation', 'tasking');
    rt.metrics.declare('aviation.flightHours');
    for (const names of Object.values(TASK_METRICS)) {
      for (const name of Object.values(names)) rt.metrics.declare(name);
    }
    for (const u of rt.scenario.mission.units) if (u.aircraft) this.addUnit(u);
    this.startDaylightTicks();
    this.startMonthResets();
    this.startBackgroundTasks();
  }

  /** Adds the airframes of a helicopter unit (at start, or deployed by plan). */
  addUnit(unit: Unit): void {
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
        base: unit.base,
        present: true,
        serviceable: true,
        maintenanceDue: false,
        hoursThisMonth: 0,
        task: null,
      };
      this.airframes.push(a);
      this.rt.env.process(this.upkeep(a), { name: `airframe ${a.id}` });
    }
    this.dispatch();
  }

  /** Removes a unit's airframes (repatriation); airframes in flight leave on landing. */
  removeUnit(unitId: string): void {
    for (const a of this.airframes) if (a.unit === unitId) a.present = false;
  }

  /** Moves a unit's airframes to another base. */
  moveUnit(unitId: string, base: string): void {
    for (const a of this.airframes) if (a.unit === unitId) a.base = base;
    this.dispatch();
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
    this.rt.metrics.add(TASK_METRICS[req.kind].requested);
    // Keep the queue in (priority, request order): insert after the last task of equal or higher priority.
    let at = this.pending.length;
    while (at > 0 && this.pending[at - 1]!.priority > h.priority) at--;
    this.pending.splice(at, 0, h);
    env.timeout(Math.max(0, req.maxWaitHours), h).addCallback(this.onExpire);
    this.dispatch();
    return h;
  }

  /**
   * The idle airframe the military component could task for a lift right now (any one: the
   * estimate uses the first eligible in fleet order), with the mean launch delay; `null` if none.
   */
  militaryLiftEstimate(): { base: string; speedKmh: number; launchHours: number } | null {
    for (const a of this.airframes) {
      if (this.eligible(a, TASK_PRIORITY['reaction-lift'], true, true)) {
        return {
          base: a.base,
          speedKmh: a.speedKmh,
          launchHours: meanOf(this.rt.params.aviation.launchDelayMin.value) / 60,
        };
      }
    }
    return null;
  }

  /** Flight hours for airframe `a` from its base to `point` (0 for a block task). */
  private hoursTo(a: Airframe, point: LatLon | undefined): number {
    return point === undefined ? 0 : greatCircleKm(this.rt.world.place(a.base), point) / a.speedKmh;
  }

  /** One callback for every request's deadline (no closure per request on the hot path). */
  private readonly onExpire = (ev: SimEvent<TaskHandle>): void => this.expire(ev.value);

  private expire(h: TaskHandle): void {
    const i = this.pending.indexOf(h);
    if (i < 0) return;
    this.pending.splice(i, 1);
    this.rt.metrics.add(TASK_METRICS[h.request.kind].refused);
    h.assigned.succeed(null);
    h.done.succeed(false);
  }

  /**
   * Whether airframe `a` may take a task of `priority` (military-only or not): idle, or with
   * `idleOnly` false, flying a task it may be pre-empted from.
   */
  private eligible(a: Airframe, priority: number, military: boolean, idleOnly: boolean): boolean {
    if (!a.present || !a.serviceable || a.maintenanceDue) return false;
    if (idleOnly ? a.task !== null : a.task === null || a.task.priority <= priority) return false;
    if (a.role === 'attack') return false;
    if (military && !a.military) return false;
    const p = this.rt.params.aviation;
    if (
      !a.nightCapable &&
      hoursUntilDaylight(this.rt.env.now, p.daylightStartHour.value, p.daylightEndHour.value) > 0
    ) {
      return false;
    }
    if (priority > 0 && a.hoursThisMonth >= p.flyingHoursPerAirframeMonth.value) return false;
    return true;
  }

  /** The eligible airframe closest (in flight time) to the task's pick-up, or null. */
  private closest(h: TaskHandle, idleOnly: boolean): Airframe | null {
    let best: Airframe | null = null;
    let bestHours = Number.POSITIVE_INFINITY;
    for (const a of this.airframes) {
      if (!this.eligible(a, h.priority, h.request.military, idleOnly)) continue;
      const hours = this.hoursTo(a, h.request.pickup);
      if (hours < bestHours) {
        best = a;
        bestHours = hours;
      }
    }
    return best;
  }

  /** Assigns pending tasks to airframes, highest priority first. */
  private dispatch(): void {
    const pending = this.pending;
    if (pending.length === 0) return;
    // Most calls find every airframe busy or down: then only a casualty evacuation (which may
    // pre-empt) can be served, and it heads the queue.
    if (pending[0]!.priority > 0 && !this.anyIdle()) return;
    let kept = 0;
    // Eligibility depends on the task only through (military, priority > 0); once a task of a
    // class finds no idle airframe, later tasks of that class in this pass cannot either.
    let blocked = 0;
    for (let i = 0; i < pending.length; i++) {
      const h = pending[i]!;
      const cls = 1 << ((h.request.military ? 1 : 0) | (h.priority > 0 ? 2 : 0));
      if (h.priority > 0 && (blocked & cls) !== 0) {
        pending[kept++] = h;
        continue;
      }
      let best = this.closest(h, true);
      if (best === null && h.priority === 0) {
        best = this.closest(h, false);
        if (best !== null) this.preempt(best);
      }
      if (best === null) {
        pending[kept++] = h;
        blocked |= cls;
      } else {
        this.assign(best, h);
      }
    }
    pending.length = kept;
  }

  /** Whether some present, serviceable airframe that can carry loads is idle. */
  private anyIdle(): boolean {
    for (const a of this.airframes) {
      if (a.task === null && a.present && a.serviceable && !a.maintenanceDue && a.role !== 'attack')
        return true;
    }
    return false;
  }

  private preempt(a: Airframe): void {
    const victim = a.task;
    if (victim === null) return;
    this.rt.metrics.add(TASK_METRICS[victim.request.kind].preempted);
    a.task = null;
    victim.flight?.interrupt('pre-empted by casualty evacuation');
  }

  private assign(a: Airframe, h: TaskHandle): void {
    a.task = h;
    h.airframe = a;
    h.flight = this.rt.env.process(this.fly(a, h), { name: `flight ${h.request.kind} #${h.seq}` });
    h.assigned.succeed(a);
  }

  private *fly(a: Airframe, h: TaskHandle) {
    const env = this.rt.env;
    const r = h.request;
    // Flight hours so far, and when the current leg took off (NaN on the ground).
    const log = { flown: 0, since: Number.NaN };
    let completed = false;
    try {
      yield* env.timeout(sampler(this.rt.params.aviation.launchDelayMin.value)(this.rng) / 60);
      if (r.pickup === undefined) {
        yield* this.airborne(log, r.blockHours ?? 0);
      } else {
        const home = this.rt.world.place(a.base);
        yield* this.airborne(log, greatCircleKm(home, r.pickup) / a.speedKmh);
        h.atPickup.succeed(env.now);
        yield* env.timeout(r.groundMin / 60);
        const to = r.destination ?? r.pickup;
        yield* this.airborne(log, greatCircleKm(r.pickup, to) / a.speedKmh);
        completed = true;
        h.done.succeed(true);
        yield* this.airborne(log, greatCircleKm(to, home) / a.speedKmh);
      }
      if (!completed) h.done.succeed(true);
      this.rt.metrics.add(TASK_METRICS[r.kind].flown);
    } catch (e) {
      if (!(e instanceof Interrupt)) throw e;
      // Pre-empted: count the leg in the air, if any; the airframe has been re-tasked.
      if (!Number.isNaN(log.since)) log.flown += env.now - log.since;
      if (!completed) h.done.succeed(false);
      this.account(a, log.flown);
      return;
    }
    this.account(a, log.flown);
    if (a.task === h) a.task = null;
    this.dispatch();
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
    this.rt.metrics.add('aviation.flightHours', hours);
  }

  private *upkeep(a: Airframe) {
    const env = this.rt.env;
    const rng = this.rt.streams.stream('aviation', a.id);
    while (a.present) {
      const p = this.rt.params.aviation;
      yield* env.timeout(exponential(rng, 1 / (p.mtbfDays.value * HOURS_PER_DAY)));
      a.maintenanceDue = true;
      // Finish the task in hand first: wait for the whole flight, return leg included.
      while (a.task !== null && a.task.flight !== null) yield* a.task.flight;
      a.serviceable = false;
      yield* env.timeout(
        sampler(this.rt.params.aviation.maintenanceDays.value)(rng) * HOURS_PER_DAY,
      );
      a.serviceable = true;
      a.maintenanceDue = false;
      this.dispatch();
    }
  }

  private startDaylightTicks(): void {
    const env = this.rt.env;
    const self = this;
    env.process(
      (function* daylight() {
        for (;;) {
          // Wake at every daylight start: aircraft that cannot fly at night take pending tasks.
          let wait = self.rt.params.aviation.daylightStartHour.value - hourOfDay(env.now);
          if (wait <= 0) wait += HOURS_PER_DAY;
          yield* env.timeout(wait);
          self.dispatch();
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
          self.dispatch();
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
            self.request({ kind, blockHours: hours(), military, maxWaitHours, groundMin: 0 });
          }
        })(),
        { name: `${kind} demand` },
      );
    const p = () => this.rt.params.aviation;
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
