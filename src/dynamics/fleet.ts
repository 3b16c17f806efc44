/**
 * The armoured fleet. Each vehicle is a process that cycles between daily use and the workshop
 * of its sector:
 *
 * - in daily use it breaks down after an exponential time (`failuresPerVehicleYear`); a share of
 *   breakdowns (`beyondRepairShare`) is beyond the mission's repair;
 * - an IED strike interrupts it with the damage it took (repairable or beyond repair);
 * - repairable damage queues for one of the sector's workshop bays (a FIFO resource: capacity
 *   matters) and takes `repairDays`;
 * - a vehicle beyond repair waits for its replacement, which the contributing country delivers
 *   after `replacementLeadDays`, unless a plan delivery replaces it first.
 *
 * A unit with `armouredVehicles` that moves to another sector takes that many vehicles in daily
 * use from its old sector's fleet to its new one's.
 *
 * With IEDs off and nothing beyond repair this is exactly the finite-source repair model
 * (machine-repairman, N vehicles, k bays), which the tests check against its closed form.
 *
 * @module
 */
import { z } from 'zod';
import { type Environment, Interrupt, Resource } from '../engine/index.js';
import { distributionParameter, idSchema, parameter, sourcedNumber } from '../model/fields.js';
import { exponential } from '../random/distributions.js';
import { equilibriumResidual } from '../random/residual.js';
import type { RandomStream } from '../random/streams.js';
import { HOURS_PER_DAY } from './calendar.js';
import { defineAction, defineCapability } from './capability.js';
import { ForcePort } from './force.js';
import { counter, family, series, value } from './metrics.js';
import { port } from './ports.js';
import { type Runtime, sampler } from './runtime.js';

/** Parameters of the armoured fleet (`scenario.parameters.fleet`). */
export const fleetParametersSchema = z
  .strictObject({
    /**
     * The split at the scenario's start, mission-wide (the letter gives it only for December);
     * spread over sectors in proportion to their vehicles.
     */
    initial: z
      .strictObject({
        inDailyUse: parameter('count', {
          label: 'Vehicles in daily use at the start',
          unit: 'vehicles',
          plausible: [0, 600],
          startOnly: true,
        }),
        inMaintenance: parameter('count', {
          label: 'Vehicles in maintenance at the start',
          unit: 'vehicles',
          plausible: [0, 60],
          startOnly: true,
        }),
        awaitingReplacement: parameter('count', {
          label: 'Vehicles awaiting replacement at the start',
          unit: 'vehicles',
          plausible: [0, 60],
          startOnly: true,
        }),
      })
      .readonly(),
    /** Breakdowns needing workshop time, per vehicle in daily use per year. */
    failuresPerVehicleYear: parameter('nonNegative', {
      label: 'Armoured-vehicle breakdowns',
      unit: 'per vehicle-year',
      plausible: [1, 5],
    }),
    /** Workshop time for one repair, in days. */
    repairDays: distributionParameter({
      label: 'Workshop time per repair',
      unit: 'days',
      plausible: [5, 15],
    }),
    /** Share of breakdowns beyond the mission's repair capacity (the vehicle awaits replacement). */
    beyondRepairShare: parameter('fraction', {
      label: 'Share of breakdowns beyond the mission’s repair',
      unit: 'share',
      plausible: [0.02, 0.06],
    }),
    /** Days from a write-off to its replacement arriving from the contributing country. */
    replacementLeadDays: distributionParameter({
      label: 'Replacement lead time',
      unit: 'days',
      plausible: [180, 540],
    }),
    /**
     * Share of the fleet in daily use that counts as recovered readiness: runs report how many
     * days after the letter's date the fleet first reaches it.
     */
    readinessTargetShare: parameter('fraction', {
      label: 'Readiness target',
      unit: 'share',
      plausible: [0.85, 0.95],
    }),
  })
  .readonly();

/** Parameters of the armoured fleet. */
export type FleetParameters = z.infer<typeof fleetParametersSchema>;

const HOURS_PER_YEAR = 365.25 * HOURS_PER_DAY;

/** State of a vehicle. */
export type VehicleState = 'in-use' | 'maintenance' | 'awaiting-replacement' | 'replaced';

/** One armoured vehicle. */
export interface Vehicle {
  readonly id: string;
  /** Sector whose fleet it belongs to (a unit moving between sectors takes its vehicles along). */
  sector: string;
  readonly mineProtected: boolean;
  state: VehicleState;
  /** @internal position in the sector's in-use list, -1 when not in use. */
  slot: number;
  /** @internal the vehicle's process (to deliver strikes). */
  proc: { interrupt(cause: unknown): void } | null;
}

/** Cause carried by the interrupt an IED strike sends to a vehicle in use. */
export class VehicleDamage {
  constructor(readonly beyondRepair: boolean) {}
}

/** Counts of one sector (or the mission) by state. */
export interface FleetCounts {
  inDailyUse: number;
  inMaintenance: number;
  awaitingReplacement: number;
}

interface SectorState {
  readonly id: string;
  readonly workshop: Resource;
  /** Vehicles in use, unordered (swap-remove), for uniform picks by IED strikes. */
  readonly inUse: Vehicle[];
  /** Vehicles awaiting replacement, oldest first. */
  readonly awaiting: Vehicle[];
  inMaintenance: number;
  nextId: number;
}

/**
 * Splits `total` over `weights` proportionally with whole numbers (largest remainder, ties to the
 * earlier index), so the parts always add up to `total`.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw
    .map((r, i) => ({ i, rem: r - Math.floor(r) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) parts[order[k % order.length]!.i]! += 1;
  return parts;
}

/** The armoured fleet, as other capabilities use it (port {@link FleetPort}). */
export interface FleetApi {
  /** A vehicle in daily use in `sector`, picked by the uniform draw `u` in [0, 1), or null if none is in use. */
  pickInUse(sector: string, u: number): Vehicle | null;
  /** Damages a vehicle in use (an IED strike): it goes to the workshop or is written off. */
  damage(vehicle: Vehicle, beyondRepair: boolean): void;
}

/** The port of the armoured fleet. */
export const FleetPort = port<FleetApi>('fleet');

/** The armoured fleet of one replication. */
export class FleetDynamics implements FleetApi {
  private readonly env: Environment;
  private readonly sectors = new Map<string, SectorState>();
  private readonly sectorOrder: string[] = [];
  private writtenOff = 0;
  private replaced = 0;
  private delivered = 0;

  private get p(): FleetParameters {
    return this.rt.params.fleet as FleetParameters;
  }

  constructor(private readonly rt: Runtime) {
    this.env = rt.env;
    const fleet = rt.scenario.mission.armouredFleet;
    const init = this.p.initial;
    const sizes = fleet.bySector.map((s) => s.vehicles.value);
    const maint = apportion(init.inMaintenance.value, sizes);
    const awaiting = apportion(init.awaitingReplacement.value, sizes);
    const mpShare = fleet.mineProtectedShare.value;
    fleet.bySector.forEach((sf, i) => {
      const state: SectorState = {
        id: sf.sector,
        workshop: new Resource(this.env, {
          capacity: Math.max(1, Math.round(sf.workshopBays.value)),
        }),
        inUse: [],
        awaiting: [],
        inMaintenance: 0,
        nextId: 0,
      };
      this.sectors.set(sf.sector, state);
      this.sectorOrder.push(sf.sector);
      const n = sizes[i]!;
      const m = maint[i]!;
      const a = awaiting[i]!;
      // Mine-protected vehicles are spread evenly through the list (deterministic, no draw).
      for (let k = 0; k < n; k++) {
        const mp = Math.floor((k + 1) * mpShare) > Math.floor(k * mpShare);
        const start: VehicleState =
          k < a ? 'awaiting-replacement' : k < a + m ? 'maintenance' : 'in-use';
        this.launch(state, mp, start, true);
      }
    });
  }

  /** Sector ids in scenario order. */
  get sectorIds(): readonly string[] {
    return this.sectorOrder;
  }

  /** Counts of one sector. */
  counts(sector: string): FleetCounts {
    const s = this.sector(sector);
    return {
      inDailyUse: s.inUse.length,
      inMaintenance: s.inMaintenance,
      awaitingReplacement: s.awaiting.length,
    };
  }

  /** Mission-wide counts. */
  totals(): FleetCounts {
    const t = { inDailyUse: 0, inMaintenance: 0, awaitingReplacement: 0 };
    for (const s of this.sectors.values()) {
      t.inDailyUse += s.inUse.length;
      t.inMaintenance += s.inMaintenance;
      t.awaitingReplacement += s.awaiting.length;
    }
    return t;
  }

  /** Vehicles written off, replaced by the pipeline or plan, and added by plan, so far. */
  get tallies(): { writtenOff: number; replaced: number; delivered: number } {
    return { writtenOff: this.writtenOff, replaced: this.replaced, delivered: this.delivered };
  }

  /** A vehicle in daily use in `sector`, picked by the uniform draw `u` in [0, 1), or null if none is in use. */
  pickInUse(sector: string, u: number): Vehicle | null {
    const s = this.sectors.get(sector);
    if (s === undefined || s.inUse.length === 0) return null;
    return s.inUse[Math.floor(u * s.inUse.length)]!;
  }

  /** Damages a vehicle in use (an IED strike): it goes to the workshop or is written off. */
  damage(vehicle: Vehicle, beyondRepair: boolean): void {
    if (vehicle.state !== 'in-use' || vehicle.slot < 0 || vehicle.proc === null) return;
    // Out of daily use at once, so a second strike in the same instant cannot pick it again.
    this.leaveInUse(this.sector(vehicle.sector), vehicle);
    vehicle.proc.interrupt(new VehicleDamage(beyondRepair));
  }

  /**
   * Vehicles arrive in `sector` (a plan step). With `replacesWrittenOff`, each replaces the oldest
   * vehicle awaiting replacement there (if any; extra vehicles add to the fleet).
   */
  deliver(
    sector: string,
    count: number,
    mineProtected: boolean,
    replacesWrittenOff: boolean,
  ): void {
    const s = this.sector(sector);
    for (let k = 0; k < count; k++) {
      const old = replacesWrittenOff ? s.awaiting.shift() : undefined;
      if (old !== undefined) {
        old.state = 'replaced';
        this.replaced++;
      } else {
        this.delivered++;
      }
      this.launch(s, mineProtected, 'in-use', false);
    }
  }

  /**
   * Moves up to `count` vehicles in daily use from `from`'s fleet to `to`'s (a unit transferred
   * between sectors with its vehicles): the most recently put in use first. Returns how many moved.
   */
  moveInUse(from: string, to: string, count: number): number {
    const a = this.sector(from);
    const b = this.sector(to);
    let moved = 0;
    while (moved < count && a.inUse.length > 0) {
      const v = a.inUse[a.inUse.length - 1] as Vehicle;
      this.leaveInUse(a, v);
      v.sector = to;
      this.toInUse(b, v);
      moved++;
    }
    return moved;
  }

  private sector(id: string): SectorState {
    const s = this.sectors.get(id);
    if (s === undefined) throw new Error(`unknown sector '${id}' in the armoured fleet`);
    return s;
  }

  private launch(
    s: SectorState,
    mineProtected: boolean,
    start: VehicleState,
    initial: boolean,
  ): void {
    const id = `${s.id}#${s.nextId++}`;
    const v: Vehicle = { id, sector: s.id, mineProtected, state: start, slot: -1, proc: null };
    const rng = this.rt.streams.stream('fleet', id);
    if (start === 'in-use') this.toInUse(s, v);
    v.proc = this.env.process(this.life(s, v, rng, initial), { name: `vehicle ${id}` });
  }

  private toInUse(s: SectorState, v: Vehicle): void {
    v.state = 'in-use';
    v.slot = s.inUse.length;
    s.inUse.push(v);
  }

  private leaveInUse(s: SectorState, v: Vehicle): void {
    if (v.slot < 0) return;
    const last = s.inUse.pop()!;
    if (last !== v) {
      s.inUse[v.slot] = last;
      last.slot = v.slot;
    }
    v.slot = -1;
  }

  private *life(home: SectorState, v: Vehicle, rng: RandomStream, initial: boolean) {
    const env = this.env;
    let s = home;
    let inWorkshopAtStart = initial && v.state === 'maintenance';
    if (v.state === 'awaiting-replacement') {
      s.awaiting.push(v);
      // Already waiting at the start: the time left is the equilibrium residual of a lead time.
      const spec = this.p.replacementLeadDays.value;
      const lead = initial ? equilibriumResidual(rng, spec) : sampler(spec)(rng);
      yield* this.awaitReplacement(s, v, lead * HOURS_PER_DAY);
      return;
    }
    for (;;) {
      let beyondRepair = false;
      if (v.state === 'in-use') {
        s = this.sector(v.sector);
        const f = this.p;
        try {
          const rate = f.failuresPerVehicleYear.value / HOURS_PER_YEAR;
          // A vehicle that never breaks down still waits, interruptibly, for a strike.
          yield* rate > 0 ? env.timeout(exponential(rng, rate)) : env.event<void>();
          beyondRepair = rng() < f.beyondRepairShare.value;
        } catch (e) {
          if (!(e instanceof Interrupt) || !(e.cause instanceof VehicleDamage)) throw e;
          beyondRepair = e.cause.beyondRepair;
        }
        s = this.sector(v.sector);
        this.leaveInUse(s, v);
        if (beyondRepair) {
          v.state = 'awaiting-replacement';
          s.awaiting.push(v);
          this.writtenOff++;
          const lead = sampler(this.p.replacementLeadDays.value)(rng) * HOURS_PER_DAY;
          yield* this.awaitReplacement(s, v, lead);
          v.proc = null;
          return;
        }
        v.state = 'maintenance';
      }
      // In maintenance: queue for a bay, then repair. A vehicle already in the workshop at the
      // start has done part of its repair: what is left is the equilibrium residual of a repair
      // time (length-biased), so readiness starts in its steady state instead of dipping.
      s.inMaintenance++;
      const req = yield* s.workshop.request();
      const spec = this.p.repairDays.value;
      const repairDays = inWorkshopAtStart ? equilibriumResidual(rng, spec) : sampler(spec)(rng);
      inWorkshopAtStart = false;
      yield* env.timeout(repairDays * HOURS_PER_DAY);
      s.workshop.release(req);
      s.inMaintenance--;
      this.toInUse(s, v);
    }
  }

  private *awaitReplacement(s: SectorState, v: Vehicle, leadHours: number) {
    yield* this.env.timeout(Math.max(0, leadHours));
    if (v.state !== 'awaiting-replacement') return; // a plan delivery replaced it first
    const i = s.awaiting.indexOf(v);
    if (i >= 0) s.awaiting.splice(i, 1);
    v.state = 'replaced';
    this.replaced++;
    this.launch(s, v.mineProtected, 'in-use', false);
  }
}

const GROUP = 'Armoured fleet';

/** The three states of the fleet's daily series, with their catalogue text. */
const STATES = [
  {
    name: 'fleet.inDailyUse',
    label: 'Armoured vehicles in daily use',
    better: 'higher',
    description: 'Armoured vehicles serviceable and in daily use at the end of the day.',
  },
  {
    name: 'fleet.inMaintenance',
    label: 'Armoured vehicles in maintenance',
    better: 'lower',
    description: 'Armoured vehicles in or waiting for the sector workshops at the end of the day.',
  },
  {
    name: 'fleet.awaitingReplacement',
    label: 'Armoured vehicles awaiting replacement',
    better: 'lower',
    description:
      'Armoured vehicles beyond the mission’s repair, waiting for a replacement from the contributing country.',
  },
] as const;

const deliverVehicles = defineAction<FleetDynamics>()({
  kind: 'deliver-vehicles',
  summary: 'Replacement or additional armoured vehicles arrive in a sector.',
  schema: z
    .strictObject({
      kind: z.literal('deliver-vehicles'),
      sector: idSchema,
      count: sourcedNumber('positiveCount'),
      /** Delivered vehicles are mine-protected. */
      mineProtected: z.boolean(),
      /** Delivered vehicles replace written-off ones (true) or add to the fleet (false). */
      replacesWrittenOff: z.boolean(),
    })
    .readonly(),
  check(a, ctx) {
    if (!ctx.scenario.mission.sectors.some((s) => s.id === a.sector)) {
      ctx.issues.add(
        `${ctx.path}.sector`,
        `expected the id of a sector, got ${JSON.stringify(a.sector)}`,
      );
    }
  },
  apply(a, fleet) {
    fleet.deliver(a.sector, Math.round(a.count.value), a.mineProtected, a.replacesWrittenOff);
  },
});

/**
 * The armoured-fleet capability: every vehicle a process cycling between daily use, the sector
 * workshop (a FIFO resource of bays) and replacement; IED strikes come through {@link FleetPort}.
 */
export const fleet = defineCapability({
  id: 'fleet',
  title: GROUP,
  summary:
    'Armoured vehicles in daily use, in the sector workshops, and awaiting replacement: breakdowns, repairs, write-offs, replacements and deliveries.',
  parameters: fleetParametersSchema,
  actions: [deliverVehicles],
  provides: [FleetPort],
  requires: [ForcePort],
  check({ scenario, parameters, issues }) {
    const f = scenario.mission.armouredFleet;
    const sum = (xs: readonly { value: number }[]) => xs.reduce((a, x) => a + x.value, 0);
    const split = sum([f.inDailyUse, f.inMaintenance, f.awaitingReplacement]);
    if (split !== f.total.value) {
      issues.add(
        'mission.armouredFleet',
        `expected inDailyUse + inMaintenance + awaitingReplacement = total (${f.total.value}), got ${split}`,
      );
    }
    const sectors = new Set(scenario.mission.sectors.map((s) => s.id));
    const seen = new Set<string>();
    f.bySector.forEach((s, i) => {
      const path = `mission.armouredFleet.bySector[${i}].sector`;
      if (!sectors.has(s.sector))
        issues.add(path, `expected the id of a sector, got ${JSON.stringify(s.sector)}`);
      if (seen.has(s.sector))
        issues.add(path, `expected each sector once, got ${JSON.stringify(s.sector)} again`);
      seen.add(s.sector);
    });
    if (f.bySector.length > 0) {
      const vehicles = sum(f.bySector.map((s) => s.vehicles));
      if (vehicles !== f.total.value) {
        issues.add(
          'mission.armouredFleet.bySector',
          `expected the sectors' vehicles to sum to total (${f.total.value}), got ${vehicles}`,
        );
      }
    }
    const init = parameters.initial;
    const initial = sum([init.inDailyUse, init.inMaintenance, init.awaitingReplacement]);
    if (initial !== f.total.value) {
      issues.add(
        'parameters.fleet.initial',
        `expected inDailyUse + inMaintenance + awaitingReplacement = mission.armouredFleet.total (${f.total.value}), got ${initial}`,
      );
    }
  },
  metrics({ scenario, dayOf }) {
    const asOf = scenario.mission.armouredFleet.asOf;
    const letterDay = dayOf(asOf);
    const text = (s: (typeof STATES)[number], unit = 'vehicles') => ({
      label: s.label,
      unit,
      better: s.better,
      description: s.description,
      group: GROUP,
    });
    const sectors = scenario.mission.armouredFleet.bySector.map((s) => ({
      id: s.sector,
      name: scenario.mission.sectors.find((x) => x.id === s.sector)?.name ?? s.sector,
    }));
    return [
      ...STATES.map((s) => series(s.name, text(s))),
      ...family('series', 'fleet.inDailyUse', 'sector', sectors, (k) => ({
        label: `Armoured vehicles in daily use, ${k.name}`,
        unit: 'vehicles',
        better: 'higher',
        description: `Armoured vehicles of sector ${k.id} in daily use at the end of the day.`,
        group: GROUP,
      })),
      ...family('value', 'fleet.inDailyUse.mean', 'sector', sectors, (k) => ({
        label: `Mean armoured vehicles in daily use, ${k.name}`,
        unit: 'vehicles',
        better: 'higher',
        description: `Armoured vehicles of sector ${k.id} in daily use, averaged over the days of the horizon (units moving between sectors take theirs along).`,
        group: GROUP,
      })),
      ...STATES.flatMap((s) => [
        value(
          `${s.name}@${asOf}`,
          {
            ...text(s),
            label: `${s.label} on ${asOf}`,
            description: `${s.description} Read on ${asOf}.`,
          },
          { series: s.name, day: letterDay },
        ),
        value(
          `${s.name}@end`,
          {
            ...text(s),
            label: `${s.label} at the horizon`,
            description: `${s.description} Read on the last day.`,
            headline: s.name === 'fleet.inDailyUse',
          },
          { series: s.name, day: 'last' },
        ),
      ]),
      value('fleet.readiness.mean', {
        label: 'Fleet readiness (time average)',
        unit: 'share',
        better: 'higher',
        description:
          'Share of the armoured fleet in daily use, averaged over every day of the horizon.',
        group: GROUP,
        headline: true,
      }),
      value('fleet.daysToReadinessTarget', {
        label: 'Days to readiness target',
        unit: 'days',
        better: 'lower',
        description:
          'Days after the letter’s date until the share of the fleet in daily use first reaches the readiness target (parameters.fleet.readinessTargetShare); undefined in replications that never reach it.',
        group: GROUP,
      }),
      value('fleet.readinessTargetReached', {
        label: 'Share of runs reaching the readiness target',
        unit: 'share',
        better: 'higher',
        description:
          'Whether the fleet reaches the readiness target within the horizon (1) or not (0); its mean is the share of replications that do.',
        group: GROUP,
      }),
      counter('fleet.writtenOff', {
        label: 'Vehicles written off',
        unit: 'vehicles',
        better: 'lower',
        description:
          'Armoured vehicles damaged beyond the mission’s repair (breakdowns and IEDs) over the horizon.',
        group: GROUP,
        headline: true,
      }),
      counter('fleet.replaced', {
        label: 'Vehicles replaced',
        unit: 'vehicles',
        better: null,
        description:
          'Written-off vehicles replaced (by the contributing country or a plan delivery) over the horizon.',
        group: GROUP,
      }),
      counter('fleet.delivered', {
        label: 'Vehicles delivered by the plan',
        unit: 'vehicles',
        better: null,
        description: 'Armoured vehicles delivered by plan steps over the horizon.',
        group: GROUP,
      }),
    ];
  },
  start(rt, ports) {
    const live = new FleetDynamics(rt);
    ports.provide(FleetPort, live);
    // A unit moving to another sector takes its armoured vehicles to that sector's fleet.
    const sectorOf = (place: string) => rt.world.place(place).sector;
    const at = new Map<string, string | undefined>();
    const force = ports.get(ForcePort);
    for (const u of force.units) at.set(u.unit.id, sectorOf(u.base));
    force.onChange((u, change) => {
      if (change === 'arrived') at.set(u.unit.id, sectorOf(u.base));
      if (change !== 'departed') return;
      const from = at.get(u.unit.id);
      const to = sectorOf(u.base);
      at.set(u.unit.id, to);
      const n = Math.round(u.unit.armouredVehicles?.value ?? 0);
      if (n > 0 && from !== undefined && to !== undefined && from !== to) {
        live.moveInUse(from, to, n);
      }
    });
    const m = rt.metrics;
    m.daily('fleet.inDailyUse', () => live.totals().inDailyUse);
    m.daily('fleet.inMaintenance', () => live.totals().inMaintenance);
    m.daily('fleet.awaitingReplacement', () => live.totals().awaitingReplacement);
    for (const id of live.sectorIds) {
      m.daily(`fleet.inDailyUse.sector.${id}`, () => live.counts(id).inDailyUse);
    }
    return live;
  },
  finish(live, rt) {
    const m = rt.metrics;
    const use = m.series('fleet.inDailyUse');
    const maint = m.series('fleet.inMaintenance');
    const wait = m.series('fleet.awaitingReplacement');
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
    for (const id of live.sectorIds) {
      const inUse = m.series(`fleet.inDailyUse.sector.${id}`);
      let sum = 0;
      for (let d = 0; d < m.days; d++) sum += inUse[d]!;
      m.set(`fleet.inDailyUse.mean.sector.${id}`, m.days > 0 ? sum / m.days : Number.NaN);
    }
    // Days after the letter's date until the fleet first reaches the readiness target (NaN: not
    // within the horizon; `fleet.readinessTargetReached` says which).
    const letterDay = rt.calendar.dayOf(rt.scenario.mission.armouredFleet.asOf);
    const inRange = letterDay >= 0 && letterDay < m.days;
    const target = (rt.params.fleet as FleetParameters).readinessTargetShare.value;
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
    const t = live.tallies;
    m.set('fleet.writtenOff', t.writtenOff);
    m.set('fleet.replaced', t.replaced);
    m.set('fleet.delivered', t.delivered);
  },
});
