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
 * With IEDs off and nothing beyond repair this is exactly the finite-source repair model
 * (machine-repairman, N vehicles, k bays), which the tests check against its closed form.
 *
 * @module
 */
import { type Environment, Interrupt, Resource } from '../engine/index.js';
import { exponential } from '../random/distributions.js';
import { equilibriumResidual } from '../random/residual.js';
import type { RandomStream } from '../random/streams.js';
import { HOURS_PER_DAY } from './calendar.js';
import { type Runtime, sampler } from './runtime.js';

const HOURS_PER_YEAR = 365.25 * HOURS_PER_DAY;

/** State of a vehicle. */
export type VehicleState = 'in-use' | 'maintenance' | 'awaiting-replacement' | 'replaced';

/** One armoured vehicle. */
export interface Vehicle {
  readonly id: string;
  readonly sector: string;
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

/** The armoured fleet of one replication. */
export class FleetDynamics {
  private readonly env: Environment;
  private readonly sectors = new Map<string, SectorState>();
  private readonly sectorOrder: string[] = [];
  private writtenOff = 0;
  private replaced = 0;
  private delivered = 0;

  constructor(private readonly rt: Runtime) {
    this.env = rt.env;
    const fleet = rt.scenario.mission.armouredFleet;
    const init = rt.params.fleet.initial;
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

  private *life(s: SectorState, v: Vehicle, rng: RandomStream, initial: boolean) {
    const env = this.env;
    let inWorkshopAtStart = initial && v.state === 'maintenance';
    if (v.state === 'awaiting-replacement') {
      s.awaiting.push(v);
      // Already waiting at the start: the time left is the equilibrium residual of a lead time.
      const spec = this.rt.params.fleet.replacementLeadDays.value;
      const lead = initial ? equilibriumResidual(rng, spec) : sampler(spec)(rng);
      yield* this.awaitReplacement(s, v, lead * HOURS_PER_DAY);
      return;
    }
    for (;;) {
      let beyondRepair = false;
      if (v.state === 'in-use') {
        const f = this.rt.params.fleet;
        try {
          const rate = f.failuresPerVehicleYear.value / HOURS_PER_YEAR;
          // A vehicle that never breaks down still waits, interruptibly, for a strike.
          yield* rate > 0 ? env.timeout(exponential(rng, rate)) : env.event<void>();
          beyondRepair = rng() < f.beyondRepairShare.value;
        } catch (e) {
          if (!(e instanceof Interrupt) || !(e.cause instanceof VehicleDamage)) throw e;
          beyondRepair = e.cause.beyondRepair;
        }
        this.leaveInUse(s, v);
        if (beyondRepair) {
          v.state = 'awaiting-replacement';
          s.awaiting.push(v);
          this.writtenOff++;
          const lead = sampler(this.rt.params.fleet.replacementLeadDays.value)(rng) * HOURS_PER_DAY;
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
      const spec = this.rt.params.fleet.repairDays.value;
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
