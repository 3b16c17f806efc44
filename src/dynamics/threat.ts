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
 *   drawn per replication from Beta(a + 19, b + 20): the letter's 19 neutralised of 39, the
 *   average over the letter period's routes with the clearance and ISR the force had then. On a
 *   route at a given time, detection is p × m / m̄ (capped at 0.99), where m is the route's
 *   multiplier from route clearance (EOD and engineer units, {@link ClearancePort}) and ISR
 *   watching it ({@link IsrPort}) now, and m̄ the exposure-weighted mean of m over the letter's
 *   period with the force in place then (the record's `observedWith`): so the letter's 19 of 39
 *   holds in its period whatever the clearance and ISR parameters, and a force with more (or
 *   less) clearance or ISR than the observed one finds more (or fewer) devices. Active
 *   mitigations multiply detection and convoy speed.
 * - **Detonation.** Strikes a vehicle in daily use of the route's sector; damages it with
 *   `damageGivenDetonation` (times the mine-protected factor when it is mine-protected, times
 *   mitigations); damage is beyond repair with `beyondRepairGivenDamage`; wounds peacekeepers
 *   (`casualtiesPerDetonation`), who are then evacuated.
 *
 * @module
 */
import { z } from 'zod';
import { checkUnique } from '../model/checks.js';
import {
  distributionParameter,
  idSchema,
  isoDateSchema,
  parameter,
  sourcedNumber,
} from '../model/fields.js';
import { sourceSchema, textSchema } from '../model/provenance.js';
import { exponential, uniform } from '../random/distributions.js';
import { beta, gamma } from '../random/gamma.js';
import { poisson } from '../random/poisson.js';
import type { RandomStream } from '../random/streams.js';
import { DAYS_PER_MONTH, HOURS_PER_MONTH, horizonMonths } from './calendar.js';
import { defineCapability } from './capability.js';
import { type CasevacApi, CasevacPort } from './casevac.js';
import { type ClearanceParameters, ClearancePort, clearanceMultiplier } from './clearance.js';
import { type FleetApi, FleetPort } from './fleet.js';
import { type IsrParameters, IsrPort, routeWatched, type Stationed } from './isr.js';
import { counter, family, type Scalar, value } from './metrics.js';
import type { Ports } from './ports.js';
import { type Runtime, sampler } from './runtime.js';
import { pointAlong, type WorldRoute } from './world.js';

/** A counter-IED measure: multipliers applied from a date on some or all routes. */
export const mitigationSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    /** ISO date it takes effect. */
    start: isoDateSchema,
    /** Routes it covers; absent means every route. */
    routes: z.array(idSchema).readonly().exactOptional(),
    /** Multiplier on the probability of detecting a device before it detonates. */
    detectionMultiplier: sourcedNumber('nonNegative'),
    /** Multiplier on the probability that a detonation damages a vehicle. */
    damageMultiplier: sourcedNumber('nonNegative'),
    /** Multiplier on convoy speed (route clearance slows convoys: < 1). */
    speedMultiplier: sourcedNumber('positive'),
    source: sourceSchema,
  })
  .readonly();
/** A counter-IED measure: multipliers applied from a date on some or all routes. */
export type Mitigation = z.infer<typeof mitigationSchema>;

/** Parameters of the IED threat (`scenario.parameters.ied`). */
export const iedParametersSchema = z
  .strictObject({
    /** Gamma prior on the encounter rate per convoy-km (shape), updated with the letter's 39 devices. */
    ratePriorShape: parameter('positive', {
      label: 'Prior on the IED rate: shape',
      unit: 'devices',
      plausible: [0.5, 5],
      startOnly: true,
    }),
    /** Gamma prior rate, in convoy-km (pseudo-exposure). */
    ratePriorExposureKm: parameter('positive', {
      label: 'Prior on the IED rate: pseudo-exposure',
      unit: 'convoy-km',
      plausible: [1_000, 100_000],
      startOnly: true,
    }),
    /** Beta prior on detection before detonation (a), updated with 19 of 39. */
    detectionPriorA: parameter('positive', {
      label: 'Prior on IED detection: a',
      unit: 'devices',
      plausible: [0.5, 3],
      startOnly: true,
    }),
    /** Beta prior on detection before detonation (b). */
    detectionPriorB: parameter('positive', {
      label: 'Prior on IED detection: b',
      unit: 'devices',
      plausible: [0.5, 3],
      startOnly: true,
    }),
    /** Probability a detonation damages an armoured vehicle. */
    damageGivenDetonation: parameter('fraction', {
      label: 'Probability a detonation damages a vehicle',
      unit: 'probability',
      plausible: [0.3, 0.7],
    }),
    /** Probability a damaged vehicle is beyond the mission's repair. */
    beyondRepairGivenDamage: parameter('fraction', {
      label: 'Probability a damaged vehicle is beyond repair',
      unit: 'probability',
      plausible: [0.2, 0.6],
    }),
    /** Multiplier on damage probability when the struck vehicle is mine-protected. */
    mineProtectedDamageFactor: parameter('fraction', {
      label: 'Damage factor of a mine-protected vehicle',
      unit: 'multiplier',
      plausible: [0.3, 0.7],
    }),
    /** Peacekeepers wounded per detonation (a count distribution). */
    casualtiesPerDetonation: distributionParameter({
      label: 'Peacekeepers wounded per detonation',
      unit: 'casualties',
      plausible: [0.8, 1.6],
    }),
    /** Hours a convoy halts while a detected device is neutralised. */
    neutralisationHours: distributionParameter({
      label: 'Convoy halt to neutralise a device',
      unit: 'hours',
      plausible: [1, 4],
    }),
    mitigations: z.array(mitigationSchema).readonly(),
  })
  .readonly();

/** Parameters of the IED threat. */
export type IedParameters = z.infer<typeof iedParametersSchema>;

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
  const p = rt.scenario.parameters.ied as IedParameters;
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

/** What is counted of devices and their consequences, mission-wide and in the letter's period. */
const IED_COUNTS = [
  'encounters',
  'neutralised',
  'detonations',
  'vehiclesDamaged',
  'vehiclesWrittenOff',
  'casualties',
] as const;
type IedCount = (typeof IED_COUNTS)[number];
/** What is counted per route. */
const ROUTE_COUNTS = ['encounters', 'neutralised', 'detonations', 'convoyKm'] as const;
/** What is counted per calendar month. */
const MONTH_COUNTS = ['encounters', 'neutralised', 'detonations'] as const;

interface RouteCounters {
  readonly encounters: Scalar;
  readonly neutralised: Scalar;
  readonly detonations: Scalar;
  readonly convoyKm: Scalar;
}

/** IED dynamics of one replication. */
export class ThreatDynamics {
  /** This replication's encounter rate per weighted convoy-km. */
  readonly ratePerKm: number;
  /** This replication's detection probability before mitigations. */
  readonly detection: number;
  private readonly periodStartH: number;
  private readonly periodEndH: number;
  private readonly counts: Record<IedCount, { all: Scalar; period: Scalar }>;
  private readonly routeCounters = new Map<string, RouteCounters>();
  /** Per calendar month of the horizon (index = month since the start's month), its counters. */
  private readonly monthCounters: Record<(typeof MONTH_COUNTS)[number], Scalar>[];
  private fleetApi: FleetApi | undefined;
  private casevacApi: CasevacApi | undefined;
  private referenceM: number | undefined;

  private get fleet(): FleetApi {
    this.fleetApi ??= this.ports.get(FleetPort);
    return this.fleetApi;
  }

  private get casevac(): CasevacApi {
    this.casevacApi ??= this.ports.get(CasevacPort);
    return this.casevacApi;
  }

  private get p(): IedParameters {
    return this.rt.params.ied as IedParameters;
  }

  /** Detection multiplier of `route` from clearance and ISR, for `units` (the live force by default). */
  private forceMultiplier(
    route: WorldRoute,
    units: Iterable<Stationed> | null,
    params: Readonly<Record<string, unknown>>,
  ): number {
    const clearing = this.ports.find(ClearancePort);
    const watching = this.ports.find(IsrPort);
    let m = 1;
    if (clearing !== undefined) {
      m *=
        units === null
          ? clearing.detectionMultiplier(route)
          : clearanceMultiplier(
              params.clearance as ClearanceParameters,
              this.rt.world,
              units,
              route,
            );
    }
    if (watching !== undefined) {
      const isrP = params.isr as IsrParameters;
      const watched =
        units === null
          ? watching.watchesRoute(route)
          : routeWatched(isrP, this.rt.world, units, route);
      if (watched) m *= isrP.routeDetectionMultiplier.value;
    }
    return m;
  }

  /**
   * m̄: the mean detection multiplier over the letter's IED period, weighted by each route's
   * exposure, with the force that was in place then: the record's `observedWith` units (else the
   * force as the scenario's plan places it day by day). The multiplier uses this scenario's
   * clearance and ISR parameters, so the letter's 19 of 39 holds whatever they are; a force
   * other than the observed one finds more or fewer devices. A scenario starting after the period
   * takes the force of its first day.
   */
  get referenceMultiplier(): number {
    if (this.referenceM !== undefined) return this.referenceM;
    const rec = this.rt.scenario.mission.ied;
    const cal = this.rt.calendar;
    const from = Math.max(0, cal.dayOf(rec.periodStart));
    const to = Math.max(from, cal.dayOf(rec.periodEnd));
    const states: { fromDay: number; units: readonly Stationed[] }[] = [];
    if (rec.observedWith !== undefined) {
      const cuts = new Set([0, from, to]);
      for (const o of rec.observedWith) {
        cuts.add(Math.max(0, cal.dayOf(o.from)));
        cuts.add(Math.max(0, cal.dayOf(o.to)));
      }
      for (const day of [...cuts].sort((a, b) => a - b)) {
        const units = rec.observedWith
          .filter((o) => cal.dayOf(o.from) <= day && day < cal.dayOf(o.to))
          .map((o) => ({
            unit: o,
            base: o.base,
            at: { latDeg: o.location.latDeg, lonDeg: o.location.lonDeg, sector: o.sector },
          }));
        states.push({ fromDay: day, units });
      }
    } else {
      states.push(...this.rt.plannedForce());
    }
    const params = this.rt.scenario.parameters as Readonly<Record<string, unknown>>;
    let num = 0;
    let den = 0;
    states.forEach((st, k) => {
      const end = states[k + 1]?.fromDay ?? Number.POSITIVE_INFINITY;
      const days = from === to ? (k === 0 ? 1 : 0) : Math.min(end, to) - Math.max(st.fromDay, from);
      if (!(days > 0)) return;
      for (const r of this.rt.world.routes) {
        const w = r.movementsPerMonth * r.lengthKm * r.threatWeight;
        num += days * w * this.forceMultiplier(r, st.units, params);
        den += days * w;
      }
    });
    this.referenceM = den > 0 ? num / den : 1;
    return this.referenceM;
  }

  /** Detection on `route` now, before mitigations: p × m / m̄. */
  detectionOn(route: WorldRoute): number {
    return (
      (this.detection * this.forceMultiplier(route, null, this.rt.params)) /
      this.referenceMultiplier
    );
  }

  constructor(
    private readonly rt: Runtime,
    private readonly ports: Ports,
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
    this.counts = Object.fromEntries(
      IED_COUNTS.map((k) => [
        k,
        { all: m.scalar(`ied.${k}`), period: m.scalar(`ied.${k}.letterPeriod`) },
      ]),
    ) as Record<IedCount, { all: Scalar; period: Scalar }>;
    for (const r of rt.world.routes) {
      this.routeCounters.set(
        r.id,
        Object.fromEntries(
          ROUTE_COUNTS.map((k) => [k, m.scalar(`ied.${k}.route.${r.id}`)]),
        ) as unknown as RouteCounters,
      );
    }
    this.monthCounters = horizonMonths(rt.calendar.startDate, m.days).map(
      (month) =>
        Object.fromEntries(
          MONTH_COUNTS.map((k) => [k, m.scalar(`ied.${k}.month.${month.id}`)]),
        ) as Record<(typeof MONTH_COUNTS)[number], Scalar>,
    );
    for (const r of rt.world.routes) this.startRoute(r);
  }

  private readonly starts = new WeakMap<Mitigation, number>();

  /** Adds to a mission-wide IED counter and, inside the letter's period, to its period twin. */
  private count(kind: IedCount, n: number, inPeriod: boolean): void {
    const c = this.counts[kind];
    c.all.add(n);
    if (inPeriod) c.period.add(n);
  }

  /** The counters of the calendar month holding simulation time `hours`. */
  private month(hours: number) {
    return this.monthCounters[this.rt.calendar.monthIndex(hours)] as Record<
      (typeof MONTH_COUNTS)[number],
      Scalar
    >;
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
    for (const mit of this.p.mitigations) {
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
    const speed = route.speedKmh * this.multipliers(route).speed;
    (this.routeCounters.get(route.id) as RouteCounters).convoyKm.add(route.lengthKm);
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
    const p = this.p;
    const now = this.rt.env.now;
    const inPeriod = now >= this.periodStartH && now < this.periodEndH;
    const route$ = this.routeCounters.get(route.id) as RouteCounters;
    const month = this.month(now);
    this.count('encounters', 1, inPeriod);
    route$.encounters.add();
    month.encounters.add();
    const mult = this.multipliers(route);
    if (uDetect < Math.min(0.99, this.detectionOn(route) * mult.detection)) {
      this.count('neutralised', 1, inPeriod);
      route$.neutralised.add();
      month.neutralised.add();
      return sampler(p.neutralisationHours.value)(rng);
    }
    this.count('detonations', 1, inPeriod);
    route$.detonations.add();
    month.detonations.add();
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

const GROUP = 'IED threat';

/** Catalogue text of the IED counts. */
const COUNT_TEXT: Readonly<
  Record<IedCount, { label: string; unit: string; better: 'lower' | null; what: string }>
> = {
  encounters: {
    label: 'IED encounters',
    unit: 'count',
    better: 'lower',
    what: 'Devices met by convoys and patrols (found or detonated)',
  },
  neutralised: {
    label: 'IEDs found and neutralised',
    unit: 'count',
    better: null,
    what: 'Devices found and neutralised before detonating (grows with encounters)',
  },
  detonations: {
    label: 'IED detonations',
    unit: 'count',
    better: 'lower',
    what: 'Devices that detonated against the mission',
  },
  vehiclesDamaged: {
    label: 'Vehicles damaged by IEDs',
    unit: 'vehicles',
    better: 'lower',
    what: 'Armoured vehicles damaged by detonations',
  },
  vehiclesWrittenOff: {
    label: 'Vehicles written off by IEDs',
    unit: 'vehicles',
    better: 'lower',
    what: 'Armoured vehicles damaged beyond repair by detonations',
  },
  casualties: {
    label: 'Peacekeepers wounded by IEDs',
    unit: 'count',
    better: 'lower',
    what: 'Peacekeepers wounded by detonations',
  },
};

const ROUTE_TEXT: Readonly<
  Record<(typeof ROUTE_COUNTS)[number], { label: string; unit: string; better: 'lower' | null }>
> = {
  encounters: { label: 'IED encounters', unit: 'count', better: 'lower' },
  neutralised: { label: 'IEDs neutralised', unit: 'count', better: null },
  detonations: { label: 'IED detonations', unit: 'count', better: 'lower' },
  convoyKm: { label: 'Convoy-km driven', unit: 'km', better: null },
};

const MONTH_VERB = {
  encounters: 'met',
  neutralised: 'neutralised',
  detonations: 'detonated',
} as const;

/**
 * The IED-threat capability: convoys on the routes meet devices at a rate drawn from its
 * posterior on the letter's 39 devices; a device is found (posterior on 19 of 39) or detonates,
 * striking a vehicle through the fleet and wounding peacekeepers, who are evacuated.
 */
export const ied = defineCapability({
  id: 'ied',
  title: GROUP,
  summary:
    'Convoys meet IEDs on the routes at a rate with its uncertainty (posterior on the letter’s 39 devices); devices are found or detonate, damaging vehicles and wounding peacekeepers; mitigations change detection, damage and speed.',
  parameters: iedParametersSchema,
  requires: [FleetPort, CasevacPort],
  check({ scenario, parameters, issues }) {
    const rec = scenario.mission.ied;
    const { againstMission: a, totalMali, neutralised: n, detonated: d } = rec;
    if (n.value + d.value > a.value) {
      issues.add(
        'mission.ied',
        `expected neutralised + detonated <= againstMission (${a.value}), got ${n.value + d.value}`,
      );
    }
    if (a.value > totalMali.value) {
      issues.add(
        'mission.ied.againstMission.value',
        `expected at most totalMali (${totalMali.value}), got ${a.value}`,
      );
    }
    if (rec.periodStart > rec.periodEnd) {
      issues.add(
        'mission.ied.periodEnd',
        `expected a date on or after periodStart (${rec.periodStart}), got ${JSON.stringify(rec.periodEnd)}`,
      );
    }
    const sectors = new Set(scenario.mission.sectors.map((s) => s.id));
    (rec.observedWith ?? []).forEach((o, i) => {
      const path = `mission.ied.observedWith[${i}]`;
      if (o.sector !== undefined && !sectors.has(o.sector)) {
        issues.add(
          `${path}.sector`,
          `expected the id of a sector, got ${JSON.stringify(o.sector)}`,
        );
      }
      if (o.to < o.from) {
        issues.add(
          `${path}.to`,
          `expected a date on or after from (${o.from}), got ${JSON.stringify(o.to)}`,
        );
      }
    });
    checkUnique(parameters.mitigations, 'parameters.ied.mitigations', 'mitigation', issues);
    const routes = new Set(scenario.mission.routes.map((r) => r.id));
    parameters.mitigations.forEach((m, i) => {
      (m.routes ?? []).forEach((r, k) => {
        if (!routes.has(r)) {
          issues.add(
            `parameters.ied.mitigations[${i}].routes[${k}]`,
            `expected the id of a route, got ${JSON.stringify(r)}`,
          );
        }
      });
    });
  },
  metrics({ scenario, months }) {
    const routes = scenario.mission.routes.map((r) => ({ id: r.id, name: r.name }));
    return [
      ...IED_COUNTS.flatMap((k) => {
        const t = COUNT_TEXT[k];
        return [
          counter(`ied.${k}`, {
            label: t.label,
            unit: t.unit,
            better: t.better,
            description: `${t.what} over the horizon.`,
            group: GROUP,
            headline: k === 'detonations' || k === 'casualties',
          }),
          counter(`ied.${k}.letterPeriod`, {
            label: `${t.label}, letter period`,
            unit: t.unit,
            better: t.better,
            description: `${t.what} in the letter’s period (from its start to the letter’s date).`,
            group: GROUP,
          }),
        ];
      }),
      value('ied.ratePer1000ConvoyKm', {
        label: 'IED encounter rate',
        unit: 'per 1000 convoy-km',
        better: 'lower',
        description:
          'This replication’s draw of the encounter rate per 1000 weighted convoy-km (posterior on the letter’s 39 devices).',
        group: GROUP,
      }),
      value('ied.detectionProbability', {
        label: 'IED detection probability',
        unit: 'probability',
        better: 'higher',
        description:
          'This replication’s draw of the probability a device is found before it detonates, before mitigations (posterior on the letter’s 19 of 39).',
        group: GROUP,
      }),
      ...ROUTE_COUNTS.flatMap((k) =>
        family('counter', `ied.${k}`, 'route', routes, (r) => ({
          label: `${ROUTE_TEXT[k].label}, ${r.name}`,
          unit: ROUTE_TEXT[k].unit,
          better: ROUTE_TEXT[k].better,
          description: `${ROUTE_TEXT[k].label} on route ${r.id} over the horizon.`,
          group: 'IED by route',
        })),
      ),
      ...MONTH_COUNTS.flatMap((k) =>
        family('counter', `ied.${k}`, 'month', months, (m) => ({
          label: `IEDs ${MONTH_VERB[k]} in ${m.id}`,
          unit: 'count',
          better: k === 'neutralised' ? null : 'lower',
          description: `Devices ${MONTH_VERB[k]} on convoys and patrols in ${m.name} (the first and last months of the horizon may be partial).`,
          group: 'IED by month',
        })),
      ),
    ];
  },
  start: (rt, ports) => new ThreatDynamics(rt, ports),
});
