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
import type { SimEvent } from '../engine/index.js';
import { greatCircleKm, type LatLon } from '../model/geography.js';
import type { RandomStream } from '../random/streams.js';
import type { AviationDynamics } from './aviation.js';
import { SampleSet } from './metrics.js';
import { type Runtime, sampler } from './runtime.js';

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

/** Surgical teams of one facility: a counting pool whose capacity plans can raise. */
class SurgicalTeams {
  busy = 0;
  private readonly waiting: SimEvent<void>[] = [];
  constructor(
    private readonly rt: Runtime,
    public capacity: number,
  ) {}

  acquire(): SimEvent<void> {
    const ev = this.rt.env.event<void>();
    if (this.busy < this.capacity) {
      this.busy++;
      ev.succeed();
    } else {
      this.waiting.push(ev);
    }
    return ev;
  }

  release(): void {
    this.busy--;
    this.serve();
  }

  grow(n: number): void {
    this.capacity += n;
    this.serve();
  }

  private serve(): void {
    while (this.busy < this.capacity && this.waiting.length > 0) {
      this.busy++;
      this.waiting.shift()!.succeed();
    }
  }
}

interface Facility {
  readonly id: string;
  readonly place: string;
  readonly teams: SurgicalTeams;
}

/** Casualty evacuation of one replication. */
export class CasevacDynamics {
  private readonly facilities: Facility[] = [];
  private readonly rng: RandomStream;
  private seq = 0;
  readonly toSurgery = new SampleSet();
  private readonly log: CasualtyTimes[] | null;

  constructor(
    private readonly rt: Runtime,
    private readonly aviation: AviationDynamics,
    options: { keepLog?: boolean } = {},
  ) {
    this.rng = rt.streams.stream('casevac');
    this.log = options.keepLog ? [] : null;
    for (const f of rt.scenario.mission.medical) {
      this.facilities.push({
        id: f.id,
        place: f.place,
        teams: new SurgicalTeams(rt, Math.round(f.surgicalTeams.value)),
      });
    }
    const m = rt.metrics;
    for (const k of [
      'casualties',
      'byAir',
      'firstAidWithinTarget',
      'resuscitationWithinTarget',
      'surgeryWithinTarget',
      'compliant',
    ]) {
      m.declare(`casevac.${k}`);
    }
    for (const h of ['toFirstAid', 'toResuscitation', 'toSurgery'])
      m.declareHistogram(`casevac.${h}`);
    for (const sector of rt.world.sectors) {
      m.declare(`casevac.casualties.sector.${sector}`);
      m.declare(`casevac.surgeryWithinTarget.sector.${sector}`);
      m.declare(`casevac.compliant.sector.${sector}`);
    }
  }

  /** Every casualty's times so far (only when built with `keepLog`). */
  get casualties(): readonly CasualtyTimes[] {
    return this.log ?? [];
  }

  /** Adds surgical teams to a facility (plan step). */
  addTeams(facilityId: string, n: number): void {
    const f = this.facilities.find((x) => x.id === facilityId);
    if (f === undefined) throw new Error(`unknown medical facility '${facilityId}'`);
    f.teams.grow(n);
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
    const p = this.rt.params;
    return (greatCircleKm(from, to) * p.response.roadFactor.value) / p.casevac.groundSpeedKmh.value;
  }

  private *evacuation(point: LatLon, count: number, cause: CasualtyCause, sector: string) {
    const env = this.rt.env;
    const p = this.rt.params.casevac;
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
    const m = this.rt.metrics;
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
    if (byAir) m.add('casevac.byAir', count);
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
    yield* fac.teams.acquire();
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
    yield* env.timeout(sampler(this.rt.params.casevac.surgeryHours.value)(this.rng));
    fac.teams.release();
  }

  private record(c: CasualtyTimes): void {
    const m = this.rt.metrics;
    const p = this.rt.params.casevac;
    const fa = c.firstAidMin <= p.firstAidTargetMin.value;
    const dcr = c.resuscitationMin <= p.resuscitationTargetMin.value;
    const srg = c.surgeryMin <= p.surgeryTargetMin.value;
    m.add('casevac.casualties');
    m.add(`casevac.casualties.sector.${c.sector}`);
    if (fa) m.add('casevac.firstAidWithinTarget');
    if (dcr) m.add('casevac.resuscitationWithinTarget');
    if (srg) {
      m.add('casevac.surgeryWithinTarget');
      m.add(`casevac.surgeryWithinTarget.sector.${c.sector}`);
    }
    if (fa && dcr && srg) {
      m.add('casevac.compliant');
      m.add(`casevac.compliant.sector.${c.sector}`);
    }
    m.observe('casevac.toFirstAid', c.firstAidMin);
    m.observe('casevac.toResuscitation', c.resuscitationMin);
    m.observe('casevac.toSurgery', c.surgeryMin);
    this.toSurgery.add(c.surgeryMin);
    this.log?.push(c);
  }
}
