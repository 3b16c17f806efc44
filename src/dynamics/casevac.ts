/**
 * Casualty evacuation, measured against the 10-1-2 guideline: first aid within 10 minutes,
 * damage-control resuscitation within 1 hour, damage-control surgery within 2 hours of wounding.
 *
 * For each event that wounds peacekeepers (a detonation, an attack on a responding unit, an
 * attack on a camp):
 * - **triage**: each casualty is urgent with `urgentShare`; urgent casualties come first in
 *   every queue below;
 * - **first aid**: `firstAidersOnScene` comrades and combat life-savers (on the road) or
 *   `firstAidersInCamp` medics (in a camp, with its role 1) reach a casualty after `firstAidMin`
 *   and stay `firstAidCareMin` with it before the next: in a mass-casualty event the last
 *   casualties wait their turn;
 * - **evacuation**: the casualties go in groups of `littersPerFlight`, each group one
 *   casualty-evacuation helicopter task (priority 0: it pre-empts every other helicopter task)
 *   to the nearest facility with a surgical team; the helicopter's medical team starts
 *   resuscitation at the pick-up. A group with no helicopter assigned within `maxAirWaitMin` goes
 *   by road (slower at night: the response's `nightSpeedFactor`) to the nearest medical facility
 *   (resuscitation starts on arrival), then on to the nearest one with surgical teams if that one
 *   has none;
 * - **surgery**: at the surgical facility each casualty waits for a free surgical team (urgent
 *   first, then in order of arrival) and occupies it for `surgeryHours`.
 *
 * Surgical facilities are the mission's medical facilities with surgical teams and the units
 * with the `surgery` capability (a forward surgical team), wherever such a unit is based while it
 * is present and not moving: a team that follows the mobile task force operates where it does.
 * The 10-1-2 figures are counted by sector, by day and night (wounded in daylight or not), and
 * by month; mass-casualty events (at least `massCasualtyThreshold` wounded at once) are counted
 * apart.
 *
 * @module
 */

import { z } from 'zod';
import { PriorityResource } from '../engine/index.js';
import { knownPlaces } from '../model/checks.js';
import { distributionParameter, idSchema, parameter, sourcedNumber } from '../model/fields.js';
import { greatCircleKm, type LatLon } from '../model/geography.js';
import type { RandomStream } from '../random/streams.js';
import { type AviationApi, AviationPort } from './aviation.js';
import { HOURS_PER_DAY, horizonMonths, travelHours } from './calendar.js';
import { defineAction, defineCapability } from './capability.js';
import { type ForceApi, ForcePort, type ForceUnit, fitShare } from './force.js';
import { counter, family, histogram, type Scalar, type TimeHistogram, value } from './metrics.js';
import { type Ports, port } from './ports.js';
import type { ResponseParameters } from './response.js';
import { type Runtime, sampler } from './runtime.js';

/** Parameters of casualty evacuation (`scenario.parameters.casevac`). */
export const casevacParametersSchema = z
  .strictObject({
    /** Minutes for a first-aider to reach a casualty and start care. */
    firstAidMin: distributionParameter({
      label: 'Time for a first-aider to reach a casualty',
      unit: 'min',
      plausible: [2, 10],
    }),
    /** Minutes a first-aider stays with one casualty before the next. */
    firstAidCareMin: parameter('nonNegative', {
      label: 'Time a first-aider stays with a casualty before the next',
      unit: 'min',
      plausible: [5, 15],
    }),
    /** First-aiders at an event on the road (comrades, combat life-savers). */
    firstAidersOnScene: parameter('positiveCount', {
      label: 'First-aiders at an event on the road',
      unit: 'people',
      plausible: [1, 4],
    }),
    /** First-aiders at an attack on a camp (its role 1 medics and life-savers). */
    firstAidersInCamp: parameter('positiveCount', {
      label: 'First-aiders at an attack on a camp',
      unit: 'people',
      plausible: [4, 12],
    }),
    /** Share of casualties triaged urgent (priority 1): first to fly, first into surgery. */
    urgentShare: parameter('fraction', {
      label: 'Share of casualties triaged urgent',
      unit: 'share',
      plausible: [0.2, 0.5],
    }),
    /** Casualties one casualty-evacuation helicopter carries. */
    littersPerFlight: parameter('positiveCount', {
      label: 'Casualties one evacuation helicopter carries',
      unit: 'casualties',
      plausible: [2, 6],
    }),
    /** Casualties at once from which an event counts as a mass-casualty event. */
    massCasualtyThreshold: parameter('positiveCount', {
      label: 'Casualties from which an event is a mass-casualty event',
      unit: 'casualties',
      plausible: [5, 10],
    }),
    /** Minutes to load a casualty into a helicopter or vehicle. */
    loadingMin: distributionParameter({
      label: 'Time to load a casualty',
      unit: 'min',
      plausible: [5, 20],
    }),
    /** Hours a surgical team is occupied by one casualty. */
    surgeryHours: distributionParameter({
      label: 'Surgery time per casualty',
      unit: 'hours',
      plausible: [1, 3],
    }),
    /** Longest wait for a helicopter before evacuating by ground, in minutes. */
    maxAirWaitMin: parameter('nonNegative', {
      label: 'Longest wait for a helicopter before evacuating by road',
      unit: 'min',
      plausible: [30, 90],
    }),
    /** Ground evacuation speed by day, km/h. */
    groundSpeedKmh: parameter('positive', {
      label: 'Road evacuation speed',
      unit: 'km/h',
      plausible: [20, 50],
    }),
    /** 10-1-2: minutes to first aid. */
    firstAidTargetMin: parameter('positive', {
      label: '10-1-2 target: first aid',
      unit: 'min',
      plausible: [10, 10],
    }),
    /** 10-1-2: minutes to damage-control resuscitation. */
    resuscitationTargetMin: parameter('positive', {
      label: '10-1-2 target: damage-control resuscitation',
      unit: 'min',
      plausible: [60, 60],
    }),
    /** 10-1-2: minutes to damage-control surgery. */
    surgeryTargetMin: parameter('positive', {
      label: '10-1-2 target: damage-control surgery',
      unit: 'min',
      plausible: [120, 120],
    }),
  })
  .readonly();

/** Parameters of casualty evacuation. */
export type CasevacParameters = z.infer<typeof casevacParametersSchema>;

/** What wounded the casualties: a detonation, an attack on a responding unit, an attack on a camp. */
export type CasualtyCause = 'ied' | 'attack' | 'camp';

/** Times of one casualty, in minutes after wounding. */
export interface CasualtyTimes {
  readonly cause: CasualtyCause;
  readonly byAir: boolean;
  /** Triaged urgent. */
  readonly urgent: boolean;
  /** Wounded at night. */
  readonly night: boolean;
  /** Casualties of the same event. */
  readonly eventSize: number;
  readonly firstAidMin: number;
  readonly resuscitationMin: number;
  readonly surgeryMin: number;
  readonly facility: string;
  /** Sector where the casualty was wounded. */
  readonly sector: string;
}

interface Facility {
  readonly id: string;
  /** Where it operates now; `null` while it cannot (a surgical unit moving or gone). */
  place(): string | null;
  /** Surgical teams: urgent casualties first; plans can raise the capacity. */
  readonly teams: PriorityResource;
  /** Teams it holds (the mission's and those plans added), staffed or not. */
  held: number;
  /** The unit that is the facility, for a forward surgical team that moves with its task force. */
  readonly unit?: ForceUnit;
}

/** Casualty evacuation, as other capabilities use it (port {@link CasevacPort}). */
export interface CasevacApi {
  /** Starts the evacuation of `count` casualties wounded now at `point`, in `sector`. */
  evacuate(point: LatLon, count: number, cause: CasualtyCause, sector: string): void;
}

/** The port of casualty evacuation. */
export const CasevacPort = port<CasevacApi>('casevac');

const COUNTS = [
  'casualties',
  'byAir',
  'firstAidWithinTarget',
  'resuscitationWithinTarget',
  'surgeryWithinTarget',
  'compliant',
] as const;
const SECTOR_COUNTS = ['casualties', 'surgeryWithinTarget', 'compliant'] as const;
/** Counted by day and night and by month. */
const SPLIT_COUNTS = ['casualties', 'compliant'] as const;
const HOURS = [
  { id: 'day', name: 'in daylight' },
  { id: 'night', name: 'at night' },
] as const;

type Counters<K extends string> = Readonly<Record<K, Scalar>>;

function counters<K extends string>(
  rt: Runtime,
  keys: readonly K[],
  name: (k: K) => string,
): Counters<K> {
  return Object.fromEntries(keys.map((k) => [k, rt.metrics.scalar(name(k))])) as Counters<K>;
}

/** One casualty on its way. */
interface Casualty {
  readonly urgent: boolean;
  readonly firstAidMin: number;
}

/** What an evacuation carries along for its records. */
interface Event {
  readonly t0: number;
  readonly cause: CasualtyCause;
  readonly sector: string;
  readonly night: boolean;
  readonly size: number;
}

/** Casualty evacuation of one replication. */
export class CasevacDynamics implements CasevacApi {
  private readonly facilities: Facility[] = [];
  private readonly byId = new Map<string, Facility>();
  private readonly rng: RandomStream;
  private seq = 0;
  private readonly log: CasualtyTimes[] | null;
  private readonly count: Counters<(typeof COUNTS)[number]>;
  private readonly bySector = new Map<string, Counters<(typeof SECTOR_COUNTS)[number]>>();
  private readonly byHours: Record<'day' | 'night', Counters<(typeof SPLIT_COUNTS)[number]>>;
  private readonly byMonth: Counters<(typeof SPLIT_COUNTS)[number]>[];
  private readonly events: Scalar;
  private readonly massEvents: Scalar;
  private readonly massCasualties: Scalar;
  private readonly toFirstAid: TimeHistogram;
  private readonly toResuscitation: TimeHistogram;
  private readonly toSurgery: TimeHistogram;
  private largest = 0;
  private aviationApi: AviationApi | undefined;

  private get p(): CasevacParameters {
    return this.rt.params.casevac as CasevacParameters;
  }

  private get aviation(): AviationApi {
    this.aviationApi ??= this.ports.get(AviationPort);
    return this.aviationApi;
  }

  constructor(
    private readonly rt: Runtime,
    private readonly ports: Ports,
  ) {
    this.rng = rt.streams.stream('casevac');
    this.log = rt.keepLogs ? [] : null;
    for (const f of rt.scenario.mission.medical) {
      this.addFacility({
        id: f.id,
        place: () => f.place,
        teams: new PriorityResource(rt.env, { capacity: Math.round(f.surgicalTeams.value) }),
        held: Math.round(f.surgicalTeams.value),
      });
    }
    const force: ForceApi = ports.get(ForcePort);
    for (const u of force.units) this.addSurgicalUnit(u);
    force.onChange((u, change) => {
      if (change === 'arrived') this.addSurgicalUnit(u);
    });
    const m = rt.metrics;
    this.count = counters(rt, COUNTS, (k) => `casevac.${k}`);
    for (const sector of rt.world.sectors) {
      this.bySector.set(
        sector,
        counters(rt, SECTOR_COUNTS, (k) => `casevac.${k}.sector.${sector}`),
      );
    }
    this.byHours = {
      day: counters(rt, SPLIT_COUNTS, (k) => `casevac.${k}.hours.day`),
      night: counters(rt, SPLIT_COUNTS, (k) => `casevac.${k}.hours.night`),
    };
    this.byMonth = horizonMonths(rt.calendar.startDate, m.days).map((month) =>
      counters(rt, SPLIT_COUNTS, (k) => `casevac.${k}.month.${month.id}`),
    );
    this.events = m.scalar('casevac.events');
    this.massEvents = m.scalar('casevac.massCasualtyEvents');
    this.massCasualties = m.scalar('casevac.massCasualties');
    this.toFirstAid = m.histogram('casevac.toFirstAid');
    this.toResuscitation = m.histogram('casevac.toResuscitation');
    this.toSurgery = m.histogram('casevac.toSurgery');
  }

  private addFacility(f: Facility): void {
    this.facilities.push(f);
    this.byId.set(f.id, f);
  }

  /**
   * A forward surgical team — a unit with the `surgery` capability that follows another — is a
   * one-team surgical facility wherever it is based (other surgery units staff the facility at
   * their place: see {@link followStaff}).
   */
  private addSurgicalUnit(u: ForceUnit): void {
    if (!u.unit.capabilities.includes('surgery') || u.unit.follows === undefined) return;
    this.addFacility({
      id: u.unit.id,
      place: () => (u.present && !u.moving ? u.base : null),
      teams: new PriorityResource(this.rt.env, { capacity: 1 }),
      held: 1,
      unit: u,
    });
  }

  /** Every casualty's times so far (only when the run keeps logs: `keepLogs`). */
  get casualties(): readonly CasualtyTimes[] {
    return this.log ?? [];
  }

  /** Adds surgical teams to a facility (plan step). */
  addTeams(facilityId: string, n: number): void {
    const f = this.byId.get(facilityId);
    if (f === undefined) throw new Error(`unknown medical facility '${facilityId}'`);
    f.held += n;
    f.teams.setCapacity(f.teams.capacity + n);
  }

  /** The largest number of casualties of one event so far. */
  get largestEvent(): number {
    return this.largest;
  }

  /**
   * Surgical teams operate in proportion to the staff fit for duty: a forward surgical team
   * (a unit that follows another) by its own fitness; a facility by that of the force's units
   * with the `surgery` capability based at its place (a team in quarantine does not operate); a
   * facility with no such unit keeps all its teams.
   */
  followStaff(force: ForceApi): void {
    for (const f of this.facilities) {
      let staffed: number;
      if (f.unit !== undefined) {
        staffed = Math.round(f.held * fitShare(f.unit));
      } else {
        const place = f.place();
        let est = 0;
        let fit = 0;
        for (const u of force.units) {
          if (u.base !== place || u.unit.follows !== undefined) continue;
          if (!u.unit.capabilities.includes('surgery')) continue;
          est += u.unit.strength.value;
          fit += fitShare(u) * u.unit.strength.value;
        }
        staffed = est > 0 ? Math.round((f.held * fit) / est) : f.held;
      }
      if (staffed !== f.teams.capacity) f.teams.setCapacity(staffed);
    }
  }

  /** Starts the evacuation of `count` casualties wounded now at `point`, in `sector`. */
  evacuate(point: LatLon, count: number, cause: CasualtyCause, sector: string): void {
    const p = this.p;
    const now = this.rt.env.now;
    const day = this.aviation.daylight();
    const hour = now % HOURS_PER_DAY;
    const event: Event = {
      t0: now,
      cause,
      sector,
      night: !(hour >= day.startHour && hour < day.endHour),
      size: count,
    };
    this.events.add();
    this.largest = Math.max(this.largest, count);
    if (count >= p.massCasualtyThreshold.value) {
      this.massEvents.add();
      this.massCasualties.add(count);
    }
    // Triage, urgent first (stable); first aid by turns of the first-aiders present.
    const urgent: boolean[] = [];
    for (let i = 0; i < count; i++) urgent.push(this.rng() < p.urgentShare.value);
    const order = urgent
      .map((u, i) => ({ u, i }))
      .sort((a, b) => Number(b.u) - Number(a.u) || a.i - b.i);
    const aiders = Math.max(
      1,
      Math.round(cause === 'camp' ? p.firstAidersInCamp.value : p.firstAidersOnScene.value),
    );
    const reach = sampler(p.firstAidMin.value);
    const casualties: Casualty[] = order.map(({ u }, j) => ({
      urgent: u,
      firstAidMin: reach(this.rng) + Math.floor(j / aiders) * p.firstAidCareMin.value,
    }));
    const litters = Math.max(1, Math.round(p.littersPerFlight.value));
    for (let k = 0; k < casualties.length; k += litters) {
      this.rt.env.process(this.evacuation(point, casualties.slice(k, k + litters), event), {
        name: `casevac #${this.seq++}`,
      });
    }
  }

  private nearest(from: LatLon, surgical: boolean): Facility | null {
    let best: Facility | null = null;
    let bestKm = Number.POSITIVE_INFINITY;
    for (const f of this.facilities) {
      const place = f.place();
      if (place === null || (surgical && f.teams.capacity <= 0)) continue;
      const km = greatCircleKm(this.rt.world.place(place), from);
      if (km < bestKm) {
        best = f;
        bestKm = km;
      }
    }
    return best;
  }

  /** Hours by road from `from` to `to` leaving now, slower at night. */
  private groundHours(from: LatLon, to: LatLon): number {
    const r = this.rt.params.response as ResponseParameters;
    const day = this.aviation.daylight();
    return travelHours(
      this.rt.env.now,
      (greatCircleKm(from, to) * r.roadFactor.value) / this.p.groundSpeedKmh.value,
      r.nightSpeedFactor.value,
      day.startHour,
      day.endHour,
    );
  }

  /** One group of casualties: a helicopter if one comes in time, else the road; then surgery. */
  private *evacuation(point: LatLon, group: readonly Casualty[], event: Event) {
    const env = this.rt.env;
    const p = this.p;
    const loadMin = sampler(p.loadingMin.value)(this.rng);
    const surgical = this.nearest(point, true);
    let resuscitationAt = Number.NaN;
    let arrival = Number.NaN;
    let facility: Facility | null = surgical;
    let byAir = false;
    const surgicalPlace = surgical?.place() ?? null;
    if (surgical !== null && surgicalPlace !== null) {
      const task = this.aviation.request({
        kind: 'casualty-evacuation',
        pickup: point,
        destination: this.rt.world.place(surgicalPlace),
        military: false,
        maxWaitHours: p.maxAirWaitMin.value / 60,
        groundMin: loadMin,
      });
      const airframe = yield* task.assigned;
      if (airframe !== null) {
        resuscitationAt = yield* task.atPickup;
        byAir = yield* task.done;
        arrival = env.now;
      }
    }
    if (!byAir) {
      // By road: first to the nearest care, then on to surgery if that care has none.
      const first = this.nearest(point, false);
      const firstPlaceId = first?.place() ?? null;
      if (first === null || firstPlaceId === null) return;
      const firstPlace = this.rt.world.place(firstPlaceId);
      yield* env.timeout(loadMin / 60);
      yield* env.timeout(this.groundHours(point, firstPlace));
      resuscitationAt = env.now;
      facility = first.teams.capacity > 0 ? first : this.nearest(firstPlace, true);
      const placeId = facility?.place() ?? null;
      if (facility === null || placeId === null) return;
      if (facility !== first) {
        yield* env.timeout(this.groundHours(firstPlace, this.rt.world.place(placeId)));
      }
      arrival = env.now;
    }
    const fac = facility as Facility;
    for (const c of group) {
      env.process(this.surgery(fac, c, (resuscitationAt - event.t0) * 60, arrival, byAir, event), {
        name: `surgery ${fac.id}`,
      });
    }
  }

  private *surgery(
    fac: Facility,
    c: Casualty,
    resuscitationMin: number,
    arrival: number,
    byAir: boolean,
    event: Event,
  ) {
    const env = this.rt.env;
    if (env.now < arrival) yield* env.timeout(arrival - env.now);
    const team = yield* fac.teams.request({ priority: c.urgent ? 0 : 1 });
    const surgeryMin = (env.now - event.t0) * 60;
    this.record({
      cause: event.cause,
      byAir,
      urgent: c.urgent,
      night: event.night,
      eventSize: event.size,
      firstAidMin: c.firstAidMin,
      resuscitationMin,
      surgeryMin,
      facility: fac.id,
      sector: event.sector,
    });
    yield* env.timeout(sampler(this.p.surgeryHours.value)(this.rng));
    fac.teams.release(team);
  }

  private record(c: CasualtyTimes): void {
    const p = this.p;
    const fa = c.firstAidMin <= p.firstAidTargetMin.value;
    const dcr = c.resuscitationMin <= p.resuscitationTargetMin.value;
    const srg = c.surgeryMin <= p.surgeryTargetMin.value;
    const count = this.count;
    const sector = this.bySector.get(c.sector);
    const hours = this.byHours[c.night ? 'night' : 'day'];
    const month = this.byMonth[this.rt.calendar.monthIndex(this.rt.env.now - c.surgeryMin / 60)];
    count.casualties.add();
    sector?.casualties.add();
    hours.casualties.add();
    month?.casualties.add();
    if (c.byAir) count.byAir.add();
    if (fa) count.firstAidWithinTarget.add();
    if (dcr) count.resuscitationWithinTarget.add();
    if (srg) {
      count.surgeryWithinTarget.add();
      sector?.surgeryWithinTarget.add();
    }
    if (fa && dcr && srg) {
      count.compliant.add();
      sector?.compliant.add();
      hours.compliant.add();
      month?.compliant.add();
    }
    this.toFirstAid.observe(c.firstAidMin);
    this.toResuscitation.observe(c.resuscitationMin);
    this.toSurgery.observe(c.surgeryMin);
    this.log?.push(c);
  }
}

const GROUP = 'Casualty evacuation (10-1-2)';
const BY_SECTOR = 'Casualty evacuation by sector';
const BY_HOURS = 'Casualty evacuation by day and night';
const BY_MONTH = 'Casualty evacuation by month';

const addSurgicalTeams = defineAction<CasevacDynamics>()({
  kind: 'add-surgical-teams',
  summary: 'Add surgical teams to a medical facility (closing the surgical-team gap).',
  schema: z
    .strictObject({
      kind: z.literal('add-surgical-teams'),
      facility: idSchema,
      teams: sourcedNumber('positiveCount'),
    })
    .readonly(),
  check(a, ctx) {
    const f = ctx.scenario.mission.medical.find((x) => x.id === a.facility);
    if (f === undefined) {
      ctx.issues.add(
        `${ctx.path}.facility`,
        `expected the id of a medical facility, got ${JSON.stringify(a.facility)}`,
      );
    } else if (f.role < 2) {
      ctx.issues.add(
        `${ctx.path}.facility`,
        `expected a role 2 or 3 facility (role 1 has no surgical team), got ${JSON.stringify(a.facility)}`,
      );
    }
  },
  apply(a, casevac) {
    casevac.addTeams(a.facility, Math.round(a.teams.value));
  },
});

/** Catalogue text of the casualty counts. */
const COUNT_TEXT: Readonly<Record<(typeof COUNTS)[number], [string, string]>> = {
  casualties: [
    'Casualties evacuated',
    'Wounded peacekeepers (IEDs, attacks on responding units and on camps) over the horizon.',
  ],
  byAir: ['Casualties evacuated by air', 'Casualties evacuated by helicopter over the horizon.'],
  firstAidWithinTarget: [
    'Casualties with first aid within target',
    'Casualties given first aid within the 10-1-2 target (10 min).',
  ],
  resuscitationWithinTarget: [
    'Casualties resuscitated within target',
    'Casualties given damage-control resuscitation within the 10-1-2 target (60 min).',
  ],
  surgeryWithinTarget: [
    'Casualties in surgery within target',
    'Casualties in damage-control surgery within the 10-1-2 target (120 min).',
  ],
  compliant: [
    'Casualties meeting all of 10-1-2',
    'Casualties whose first aid, resuscitation and surgery were all within target.',
  ],
};

/** The shares of casualties, with their catalogue text. */
const SHARES = [
  ['byAir', 'Share evacuated by air', null, 'Share of casualties evacuated by helicopter.'],
  [
    'firstAidWithinTarget',
    'Share with first aid within 10 min',
    'higher',
    'Share of casualties given first aid within the 10-1-2 target (10 min after wounding).',
  ],
  [
    'resuscitationWithinTarget',
    'Share resuscitated within 60 min',
    'higher',
    'Share of casualties given damage-control resuscitation within the 10-1-2 target (1 h).',
  ],
  [
    'surgeryWithinTarget',
    'Share in surgery within 120 min',
    'higher',
    'Share of casualties in damage-control surgery within the 10-1-2 target (2 h).',
  ],
  [
    'compliant',
    'Share meeting all of 10-1-2',
    'higher',
    'Share of casualties for whom first aid, resuscitation and surgery were all within target.',
  ],
] as const;

const SECTOR_TEXT = {
  casualties: 'Casualties',
  surgeryWithinTarget: 'Casualties in surgery within 2 h',
  compliant: 'Casualties meeting all of 10-1-2',
} as const;

/**
 * The casualty-evacuation capability: first aid, a casualty-evacuation flight (or the road), and
 * a surgical team at the nearest facility that has one, measured against 10-1-2.
 */
export const casevac = defineCapability({
  id: 'casevac',
  title: GROUP,
  summary:
    'Casualty evacuation against 10-1-2: first aid, evacuation by helicopter (pre-empting other tasks) or by road, and surgical teams at the facilities.',
  parameters: casevacParametersSchema,
  actions: [addSurgicalTeams],
  provides: [CasevacPort],
  requires: [AviationPort, ForcePort],
  check({ scenario, issues }) {
    const places = knownPlaces(scenario.mission, scenario.plan);
    scenario.mission.medical.forEach((f, i) => {
      const path = `mission.medical[${i}]`;
      if (!places.has(f.place))
        issues.add(`${path}.place`, `expected the id of a place, got ${JSON.stringify(f.place)}`);
      if (f.role === 1 && f.surgicalTeams.value !== 0) {
        issues.add(
          `${path}.surgicalTeams.value`,
          `expected 0 surgical teams at a role 1 facility, got ${f.surgicalTeams.value}`,
        );
      }
    });
  },
  metrics({ scenario, months }) {
    const sectors = scenario.mission.sectors.map((s) => ({ id: s.id, name: s.name }));
    const split = (of: 'hours' | 'month', keys: readonly { id: string; name: string }[]) => [
      ...SPLIT_COUNTS.flatMap((k) =>
        family('counter', `casevac.${k}`, of, keys, (x) => ({
          label: `${COUNT_TEXT[k][0]}, ${x.name}`,
          unit: 'count',
          better: k === 'casualties' ? 'lower' : null,
          description: `${COUNT_TEXT[k][0]} wounded ${of === 'hours' ? x.name : `in ${x.name}`} over the horizon${of === 'month' ? ' (the first and last months may be partial)' : ''}.`,
          group: of === 'hours' ? BY_HOURS : BY_MONTH,
        })),
      ),
      ...family(
        'value',
        'casevac.compliant.share',
        of,
        keys,
        (x) => ({
          label: `Share meeting all of 10-1-2, ${x.name}`,
          unit: 'share',
          better: 'higher',
          description: `Casualties wounded ${of === 'hours' ? x.name : `in ${x.name}`} whose first aid, resuscitation and surgery were all within target, as a share of those casualties.`,
          group: of === 'hours' ? BY_HOURS : BY_MONTH,
        }),
        (x) => ({ ratio: [`casevac.compliant.${of}.${x.id}`, `casevac.casualties.${of}.${x.id}`] }),
      ),
    ];
    return [
      counter('casevac.events', {
        label: 'Events with casualties',
        unit: 'count',
        better: 'lower',
        description:
          'Detonations, attacks on responding units and attacks on camps that wounded peacekeepers.',
        group: GROUP,
      }),
      counter('casevac.massCasualtyEvents', {
        label: 'Mass-casualty events',
        unit: 'count',
        better: 'lower',
        description:
          'Events that wounded at least the mass-casualty threshold of peacekeepers at once (parameters.casevac.massCasualtyThreshold).',
        group: GROUP,
      }),
      counter('casevac.massCasualties', {
        label: 'Casualties of mass-casualty events',
        unit: 'count',
        better: 'lower',
        description: 'Peacekeepers wounded in mass-casualty events.',
        group: GROUP,
      }),
      value('casevac.largestEvent', {
        label: 'Largest event',
        unit: 'casualties',
        better: 'lower',
        description: 'The most peacekeepers wounded at once in a replication.',
        group: GROUP,
      }),
      ...COUNTS.map((k) =>
        counter(`casevac.${k}`, {
          label: COUNT_TEXT[k][0],
          unit: 'count',
          better: k === 'casualties' ? 'lower' : null,
          description: COUNT_TEXT[k][1],
          group: GROUP,
        }),
      ),
      ...SHARES.map(([k, label, better, description]) =>
        value(
          `casevac.${k}.share`,
          { label, unit: 'share', better, description, group: GROUP, headline: k !== 'byAir' },
          { ratio: [`casevac.${k}`, 'casevac.casualties'] },
        ),
      ),
      ...(
        [
          ['toFirstAid', 'Time to first aid', 'first aid'],
          ['toResuscitation', 'Time to resuscitation', 'damage-control resuscitation'],
          ['toSurgery', 'Time to surgery', 'damage-control surgery'],
        ] as const
      ).map(([k, label, what]) =>
        histogram(`casevac.${k}`, {
          label,
          unit: 'min',
          better: 'lower',
          description: `Minutes from wounding to ${what}, every casualty of every replication.`,
          group: GROUP,
        }),
      ),
      value(
        'casevac.toSurgery.p50Min',
        {
          label: 'Median time to surgery',
          unit: 'min',
          better: 'lower',
          description:
            'Median over a replication’s casualties of the minutes from wounding to surgery.',
          group: GROUP,
          headline: true,
        },
        { quantile: 'casevac.toSurgery', p: 0.5 },
      ),
      ...SECTOR_COUNTS.flatMap((k) =>
        family('counter', `casevac.${k}`, 'sector', sectors, (s) => ({
          label: `${SECTOR_TEXT[k]}, ${s.name}`,
          unit: 'count',
          better: k === 'casualties' ? 'lower' : null,
          description: `${SECTOR_TEXT[k]} wounded in sector ${s.id} over the horizon.`,
          group: BY_SECTOR,
        })),
      ),
      ...(['surgeryWithinTarget', 'compliant'] as const).flatMap((k) =>
        family(
          'value',
          `casevac.${k}.share`,
          'sector',
          sectors,
          (s) => ({
            label: `Share: ${SECTOR_TEXT[k].toLowerCase()}, ${s.name}`,
            unit: 'share',
            better: 'higher',
            description: `${SECTOR_TEXT[k]} wounded in sector ${s.id}, as a share of that sector’s casualties over the horizon.`,
            group: BY_SECTOR,
          }),
          (s) => ({ ratio: [`casevac.${k}.sector.${s.id}`, `casevac.casualties.sector.${s.id}`] }),
        ),
      ),
      ...split('hours', HOURS),
      ...split('month', months),
    ];
  },
  start(rt, ports) {
    const live = new CasevacDynamics(rt, ports);
    ports.provide(CasevacPort, live);
    const force = ports.find(ForcePort);
    if (force !== undefined) {
      live.followStaff(force);
      force.onChange((u, change) => {
        if (u.unit.capabilities.includes('surgery') && change !== 'freed') live.followStaff(force);
      });
    }
    return live;
  },
  finish(live, rt) {
    rt.metrics.set('casevac.largestEvent', live.largestEvent);
  },
});
