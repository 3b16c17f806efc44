/**
 * IED threat on routes. Convoys and patrols are processes travelling routes at convoy speed.
 *
 * - **Encounter rate.** Devices are met at a rate λ per convoy-km, weighted per route
 *   (`iedThreatWeight`, mission average 1). λ carries its uncertainty: with a gamma prior
 *   (shape `ratePriorShape`, pseudo-exposure `ratePriorExposureKm`) and the letter's 39 devices
 *   against the mission over the exposure E the routes produce in the letter's period, the
 *   posterior is Gamma(shape + 39, rate = prior exposure + E). Each replication draws its own λ,
 *   so results carry parameter uncertainty as well as chance.
 * - **Detection.** A device is found and neutralised before it detonates with probability p,
 *   drawn per replication from Beta(a + 19, b + 20): the letter's 19 neutralised of 39. Active
 *   mitigations multiply p (capped at 0.99) and convoy speed.
 * - **Detonation.** Strikes a vehicle in daily use of the route's sector; damages it with
 *   `damageGivenDetonation` (times the mine-protected factor when it is mine-protected, times
 *   mitigations); damage is beyond repair with `beyondRepairGivenDamage`; wounds peacekeepers
 *   (`casualtiesPerDetonation`), who are then evacuated.
 *
 * @module
 */
import type { Mitigation } from '../model/parameters.js';
import { exponential, uniform } from '../random/distributions.js';
import { beta, gamma } from '../random/gamma.js';
import { poisson } from '../random/poisson.js';
import type { RandomStream } from '../random/streams.js';
import { DAYS_PER_MONTH, HOURS_PER_DAY, HOURS_PER_MONTH } from './calendar.js';
import type { CasevacDynamics } from './casevac.js';
import type { FleetDynamics } from './fleet.js';
import { type Runtime, sampler } from './runtime.js';
import { pointAlong, type WorldRoute } from './world.js';

/** Posterior parameters of the IED threat, and one replication's draw from them. */
export interface ThreatPosterior {
  /** Weighted convoy-km of exposure in the letter's period (E). */
  readonly exposureKm: number;
  readonly rateShape: number;
  readonly rateExposureKm: number;
  readonly detectionA: number;
  readonly detectionB: number;
}

/** The posterior of the IED threat for a scenario (deterministic: no draws). */
export function threatPosterior(
  rt: Pick<Runtime, 'scenario' | 'world' | 'calendar'>,
): ThreatPosterior {
  const rec = rt.scenario.mission.ied;
  const p = rt.scenario.parameters.ied;
  const periodDays = rt.calendar.dayOf(rec.periodEnd) - rt.calendar.dayOf(rec.periodStart);
  let exposureKm = 0;
  for (const r of rt.world.routes) {
    exposureKm += r.movementsPerMonth * (periodDays / DAYS_PER_MONTH) * r.lengthKm * r.threatWeight;
  }
  return {
    exposureKm,
    rateShape: p.ratePriorShape.value + rec.againstMission.value,
    rateExposureKm: p.ratePriorExposureKm.value + exposureKm,
    detectionA: p.detectionPriorA.value + rec.neutralised.value,
    detectionB: p.detectionPriorB.value + rec.detonated.value,
  };
}

/** IED dynamics of one replication. */
export class ThreatDynamics {
  /** This replication's encounter rate per weighted convoy-km. */
  readonly ratePerKm: number;
  /** This replication's detection probability before mitigations. */
  readonly detection: number;
  private readonly periodStartH: number;
  private readonly periodEndH: number;

  constructor(
    private readonly rt: Runtime,
    private readonly fleet: FleetDynamics,
    private readonly casevac: CasevacDynamics,
  ) {
    const post = threatPosterior(rt);
    const draw = rt.streams.stream('ied', 'posterior');
    this.ratePerKm = gamma(draw, post.rateShape, 1 / post.rateExposureKm);
    this.detection = beta(draw, post.detectionA, post.detectionB);
    const m = rt.metrics;
    m.set('ied.ratePer1000ConvoyKm', this.ratePerKm * 1000);
    m.set('ied.detectionProbability', this.detection);
    const rec = rt.scenario.mission.ied;
    this.periodStartH = rt.calendar.hoursAt(rec.periodStart);
    this.periodEndH = rt.calendar.hoursAt(rec.periodEnd);
    for (const k of [
      'encounters',
      'neutralised',
      'detonations',
      'vehiclesDamaged',
      'vehiclesWrittenOff',
      'casualties',
    ]) {
      m.declare(`ied.${k}`);
      m.declare(`ied.${k}.letterPeriod`);
    }
    for (const r of rt.world.routes) {
      const keys = {
        encounters: `ied.encounters.route.${r.id}`,
        neutralised: `ied.neutralised.route.${r.id}`,
        detonations: `ied.detonations.route.${r.id}`,
        convoyKm: `ied.convoyKm.route.${r.id}`,
      };
      this.routeKeys.set(r.id, keys);
      for (const k of Object.values(keys)) m.declare(k);
    }
    const days = Math.ceil(rt.horizonHours / HOURS_PER_DAY);
    for (let d = 0; d < days; d += 28) {
      const month = rt.calendar.monthOf(d * HOURS_PER_DAY);
      for (const k of ['encounters', 'neutralised', 'detonations'])
        m.declare(`ied.${k}.month.${month}`);
    }
    for (const r of rt.world.routes) this.startRoute(r);
  }

  private readonly starts = new WeakMap<Mitigation, number>();
  /** Metric names per route, built once. */
  private readonly routeKeys = new Map<
    string,
    { encounters: string; neutralised: string; detonations: string; convoyKm: string }
  >();

  /** Adds to a mission-wide IED counter and, inside the letter's period, to its period twin. */
  private count(kind: string, n: number, inPeriod: boolean): void {
    const m = this.rt.metrics;
    m.add(`ied.${kind}`, n);
    if (inPeriod) m.add(`ied.${kind}.letterPeriod`, n);
  }

  /** Simulation hour a mitigation starts (parsed once per mitigation object). */
  private startHours(mit: Mitigation): number {
    let h = this.starts.get(mit);
    if (h === undefined) {
      h = this.rt.calendar.hoursAt(mit.start);
      this.starts.set(mit, h);
    }
    return h;
  }

  /** Product of the active mitigations' multipliers on a route at the current time. */
  private multipliers(route: WorldRoute): { detection: number; damage: number; speed: number } {
    const out = { detection: 1, damage: 1, speed: 1 };
    const now = this.rt.env.now;
    for (const mit of this.rt.params.ied.mitigations) {
      if (!applies(mit, route.id) || this.startHours(mit) > now) continue;
      out.detection *= mit.detectionMultiplier.value;
      out.damage *= mit.damageMultiplier.value;
      out.speed *= mit.speedMultiplier.value;
    }
    return out;
  }

  private startRoute(route: WorldRoute): void {
    const env = this.rt.env;
    // Separate streams per purpose keep draws synchronised across scenarios (common random
    // numbers): a change in detection does not shift when convoys leave or where devices lie.
    const s = this.rt.streams;
    const streams: RouteStreams = {
      departures: s.stream('ied-departures', route.id),
      devices: s.stream('ied-devices', route.id),
      outcomes: s.stream('ied-outcomes', route.id),
      consequences: s.stream('ied-consequences', route.id),
    };
    const self = this;
    if (!(route.movementsPerMonth > 0)) return;
    env.process(
      (function* movements() {
        for (;;) {
          yield* env.timeout(
            exponential(streams.departures, route.movementsPerMonth / HOURS_PER_MONTH),
          );
          env.process(self.convoy(route, streams), { name: `convoy ${route.id}` });
        }
      })(),
      { name: `movements ${route.id}` },
    );
  }

  private *convoy(route: WorldRoute, streams: RouteStreams) {
    const rng = streams.devices;
    const env = this.rt.env;
    const m = this.rt.metrics;
    const speed = route.speedKmh * this.multipliers(route).speed;
    m.add(this.routeKeys.get(route.id)!.convoyKm, route.lengthKm);
    const n = poisson(rng, this.ratePerKm * route.threatWeight * route.lengthKm);
    if (n === 0) return;
    const at: number[] = [];
    for (let i = 0; i < n; i++) at.push(uniform(rng, 0, 1));
    at.sort((a, b) => a - b);
    let pos = 0;
    for (const f of at) {
      yield* env.timeout(((f - pos) * route.lengthKm) / speed);
      pos = f;
      const halt = this.encounter(route, f, streams);
      if (halt > 0) yield* env.timeout(halt);
    }
  }

  /** One device met at fraction `f` of the route; returns hours the convoy halts. */
  private encounter(route: WorldRoute, f: number, streams: RouteStreams): number {
    // Four outcome draws per device, used or not, so every device consumes the same amount.
    const o = streams.outcomes;
    const uDetect = o();
    const uVehicle = o();
    const uDamage = o();
    const uBeyond = o();
    const rng = streams.consequences;
    const m = this.rt.metrics;
    const p = this.rt.params.ied;
    const now = this.rt.env.now;
    const inPeriod = now >= this.periodStartH && now < this.periodEndH;
    const keys = this.routeKeys.get(route.id)!;
    this.count('encounters', 1, inPeriod);
    m.add(keys.encounters);
    const month = this.rt.calendar.monthOf(now);
    m.add(`ied.encounters.month.${month}`);
    const mult = this.multipliers(route);
    if (uDetect < Math.min(0.99, this.detection * mult.detection)) {
      this.count('neutralised', 1, inPeriod);
      m.add(keys.neutralised);
      m.add(`ied.neutralised.month.${month}`);
      return sampler(p.neutralisationHours.value)(rng);
    }
    this.count('detonations', 1, inPeriod);
    m.add(keys.detonations);
    m.add(`ied.detonations.month.${month}`);
    const v = this.fleet.pickInUse(route.sector, uVehicle);
    if (v !== null) {
      const pDamage =
        p.damageGivenDetonation.value *
        mult.damage *
        (v.mineProtected ? p.mineProtectedDamageFactor.value : 1);
      if (uDamage < pDamage) {
        const beyond = uBeyond < p.beyondRepairGivenDamage.value;
        this.count('vehiclesDamaged', 1, inPeriod);
        if (beyond) this.count('vehiclesWrittenOff', 1, inPeriod);
        this.fleet.damage(v, beyond);
      }
    }
    const wounded = Math.round(sampler(p.casualtiesPerDetonation.value)(rng));
    if (wounded > 0) {
      this.count('casualties', wounded, inPeriod);
      this.casevac.evacuate(pointAlong(route, f), wounded, 'ied', route.sector);
    }
    return 0;
  }
}

interface RouteStreams {
  readonly departures: RandomStream;
  readonly devices: RandomStream;
  readonly outcomes: RandomStream;
  readonly consequences: RandomStream;
}

function applies(mit: Mitigation, routeId: string): boolean {
  return mit.routes === undefined || mit.routes.includes(routeId);
}
