/**
 * Casualty evacuation, measured against the 10-1-2 guideline: first aid within 10 minutes,
 * damage-control resuscitation within 1 hour, damage-control surgery within 2 hours of wounding.
 *
 * For each event that wounds peacekeepers (a detonation, an attack on a responding unit):
 * - every casualty gets first aid after `firstAidMin` (a comrade or combat life-saver);
 * - one casualty-evacuation helicopter task is requested (priority 0: it pre-empts every other
 *   helicopter task) to the nearest facility with surgical teams; the helicopter's medical team
 *   starts resuscitation at the pick-up;
 * - if no helicopter is assigned within `maxAirWaitMin`, evacuation goes by road: to the nearest
 *   medical facility (resuscitation starts on arrival), then on to the nearest one with surgical
 *   teams if that one has none;
 * - at the surgical facility each casualty waits for a free surgical team (FIFO) and occupies
 *   it for `surgeryHours`.
 *
 * @module
 */
import { z } from 'zod';
import { Resource } from '../engine/index.js';
import { distributionParameter, idSchema, parameter, sourcedNumber } from '../model/fields.js';
import { greatCircleKm, type LatLon } from '../model/geography.js';
import type { RandomStream } from '../random/streams.js';
import { type AviationApi, AviationPort } from './aviation.js';
import { defineAction, defineCapability } from './capability.js';
import { type ForceApi, ForcePort, fitShare } from './force.js';
import { counter, family, histogram, type Scalar, type TimeHistogram, value } from './metrics.js';
import { type Ports, port } from './ports.js';
import type { ResponseParameters } from './response.js';
import { type Runtime, sampler } from './runtime.js';

/** Parameters of casualty evacuation (`scenario.parameters.casevac`). */
export const casevacParametersSchema = z
  .strictObject({
    /** Minutes to first aid by a comrade or a combat life-saver. */
    firstAidMin: distributionParameter({
      label: 'Time to first aid',
      unit: 'min',
      plausible: [2, 10],
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
    /** Ground evacuation speed, km/h. */
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

/** What wounded the casualties. */
export type CasualtyCause = 'ied' | 'attack';

/** Times of one casualty, in minutes after wounding. */
export interface CasualtyTimes {
  readonly cause: CasualtyCause;
  readonly byAir: boolean;
  readonly firstAidMin: number;
  readonly resuscitationMin: number;
  readonly surgeryMin: number;
  readonly facility: string;
  /** Sector where the casualty was wounded. */
  readonly sector: string;
}

interface Facility {
  readonly id: string;
  readonly place: string;
  /** Surgical teams: a FIFO resource whose capacity plans can raise. */
  readonly teams: Resource;
  /** Teams it holds (the mission's and those plans added), staffed or not. */
  held: number;
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

interface SectorCounters {
  readonly casualties: Scalar;
  readonly surgeryWithinTarget: Scalar;
  readonly compliant: Scalar;
}

/** Casualty evacuation of one replication. */
export class CasevacDynamics implements CasevacApi {
  private readonly facilities: Facility[] = [];
  private readonly rng: RandomStream;
  private seq = 0;
  private readonly log: CasualtyTimes[] | null;
  private readonly count: Record<(typeof COUNTS)[number], Scalar>;
  private readonly bySector = new Map<string, SectorCounters>();
  private readonly toFirstAid: TimeHistogram;
  private readonly toResuscitation: TimeHistogram;
  private readonly toSurgery: TimeHistogram;
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
      this.facilities.push({
        id: f.id,
        place: f.place,
        teams: new Resource(rt.env, { capacity: Math.round(f.surgicalTeams.value) }),
        held: Math.round(f.surgicalTeams.value),
      });
    }
    const m = rt.metrics;
    this.count = Object.fromEntries(COUNTS.map((k) => [k, m.scalar(`casevac.${k}`)])) as Record<
      (typeof COUNTS)[number],
      Scalar
    >;
    for (const sector of rt.world.sectors) {
      this.bySector.set(
        sector,
        Object.fromEntries(
          SECTOR_COUNTS.map((k) => [k, m.scalar(`casevac.${k}.sector.${sector}`)]),
        ) as unknown as SectorCounters,
      );
    }
    this.toFirstAid = m.histogram('casevac.toFirstAid');
    this.toResuscitation = m.histogram('casevac.toResuscitation');
    this.toSurgery = m.histogram('casevac.toSurgery');
  }

  /** Every casualty's times so far (only when the run keeps logs: `keepLogs`). */
  get casualties(): readonly CasualtyTimes[] {
    return this.log ?? [];
  }

  /** Adds surgical teams to a facility (plan step). */
  addTeams(facilityId: string, n: number): void {
    const f = this.facilities.find((x) => x.id === facilityId);
    if (f === undefined) throw new Error(`unknown medical facility '${facilityId}'`);
    f.held += n;
    f.teams.setCapacity(f.teams.capacity + n);
  }

  /**
   * Surgical teams operate in proportion to the staff fit for duty of the force's units with the
   * `surgery` capability based at their facility's place (a team in quarantine does not operate);
   * a facility with no such unit keeps all its teams.
   */
  followStaff(force: ForceApi): void {
    for (const f of this.facilities) {
      let est = 0;
      let fit = 0;
      for (const u of force.units) {
        if (u.base !== f.place || !u.unit.capabilities.includes('surgery')) continue;
        est += u.unit.strength.value;
        fit += fitShare(u) * u.unit.strength.value;
      }
      const staffed = est > 0 ? Math.round((f.held * fit) / est) : f.held;
      if (staffed !== f.teams.capacity) f.teams.setCapacity(staffed);
    }
  }

  /** Starts the evacuation of `count` casualties wounded now at `point`, in `sector`. */
  evacuate(point: LatLon, count: number, cause: CasualtyCause, sector: string): void {
    this.rt.env.process(this.evacuation(point, count, cause, sector), {
      name: `casevac #${this.seq++}`,
    });
  }

  private nearest(from: LatLon, surgical: boolean): Facility | null {
    let best: Facility | null = null;
    let bestKm = Number.POSITIVE_INFINITY;
    for (const f of this.facilities) {
      if (surgical && f.teams.capacity <= 0) continue;
      const km = greatCircleKm(this.rt.world.place(f.place), from);
      if (km < bestKm) {
        best = f;
        bestKm = km;
      }
    }
    return best;
  }

  private groundHours(from: LatLon, to: LatLon): number {
    const roadFactor = (this.rt.params.response as ResponseParameters).roadFactor.value;
    return (greatCircleKm(from, to) * roadFactor) / this.p.groundSpeedKmh.value;
  }

  private *evacuation(point: LatLon, count: number, cause: CasualtyCause, sector: string) {
    const env = this.rt.env;
    const p = this.p;
    const t0 = env.now;
    const firstAid: number[] = [];
    for (let i = 0; i < count; i++) firstAid.push(sampler(p.firstAidMin.value)(this.rng));
    const loadMin = sampler(p.loadingMin.value)(this.rng);
    const surgical = this.nearest(point, true);
    let resuscitationAt: number;
    let arrival: number;
    let facility: Facility | null = surgical;
    let byAir = false;
    if (surgical !== null) {
      const task = this.aviation.request({
        kind: 'casualty-evacuation',
        pickup: point,
        destination: this.rt.world.place(surgical.place),
        military: false,
        maxWaitHours: p.maxAirWaitMin.value / 60,
        groundMin: loadMin,
      });
      const airframe = yield* task.assigned;
      if (airframe !== null) {
        resuscitationAt = yield* task.atPickup;
        const delivered = yield* task.done;
        byAir = delivered;
        arrival = env.now;
      } else {
        resuscitationAt = Number.NaN;
        arrival = Number.NaN;
      }
    } else {
      resuscitationAt = Number.NaN;
      arrival = Number.NaN;
    }
    if (!byAir) {
      // By road: first to the nearest care, then on to surgery if that care has none.
      const first = this.nearest(point, false);
      if (first === null) return;
      const firstPlace = this.rt.world.place(first.place);
      yield* env.timeout(loadMin / 60 + this.groundHours(point, firstPlace));
      resuscitationAt = env.now;
      facility = first.teams.capacity > 0 ? first : this.nearest(firstPlace, true);
      if (facility === null) return;
      if (facility !== first)
        yield* env.timeout(this.groundHours(firstPlace, this.rt.world.place(facility.place)));
      arrival = env.now;
    }
    const fac = facility!;
    for (let i = 0; i < count; i++) {
      env.process(
        this.surgery(
          fac,
          t0,
          firstAid[i]!,
          (resuscitationAt - t0) * 60,
          arrival,
          cause,
          byAir,
          sector,
        ),
        {
          name: `surgery ${fac.id}`,
        },
      );
    }
  }

  private *surgery(
    fac: Facility,
    t0: number,
    firstAidMin: number,
    resuscitationMin: number,
    arrival: number,
    cause: CasualtyCause,
    byAir: boolean,
    sector: string,
  ) {
    const env = this.rt.env;
    if (env.now < arrival) yield* env.timeout(arrival - env.now);
    const team = yield* fac.teams.request();
    const surgeryMin = (env.now - t0) * 60;
    this.record({
      cause,
      byAir,
      firstAidMin,
      resuscitationMin,
      surgeryMin,
      facility: fac.id,
      sector,
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
    const sector = this.bySector.get(c.sector) as SectorCounters;
    count.casualties.add();
    sector.casualties.add();
    if (c.byAir) count.byAir.add();
    if (fa) count.firstAidWithinTarget.add();
    if (dcr) count.resuscitationWithinTarget.add();
    if (srg) {
      count.surgeryWithinTarget.add();
      sector.surgeryWithinTarget.add();
    }
    if (fa && dcr && srg) {
      count.compliant.add();
      sector.compliant.add();
    }
    this.toFirstAid.observe(c.firstAidMin);
    this.toResuscitation.observe(c.resuscitationMin);
    this.toSurgery.observe(c.surgeryMin);
    this.log?.push(c);
  }
}

const GROUP = 'Casualty evacuation (10-1-2)';
const BY_SECTOR = 'Casualty evacuation by sector';

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
    'Wounded peacekeepers (IEDs and attacks on responding units) over the horizon.',
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
  requires: [AviationPort],
  check({ scenario, issues }) {
    const places = new Set(scenario.mission.places.map((p) => p.id));
    for (const step of scenario.plan) {
      if (step.action.kind === 'open-base')
        places.add((step.action as unknown as { place: { id: string } }).place.id);
    }
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
  metrics({ scenario }) {
    const sectors = scenario.mission.sectors.map((s) => ({ id: s.id, name: s.name }));
    return [
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
});
