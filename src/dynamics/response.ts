/**
 * Threats to civilians and the force's response.
 *
 * Threats arise in each incident area as a Poisson process (`threatsPerMonth`); with
 * `followUpProbability` a threat is followed, after an exponential time of mean
 * `followUpMeanHours`, by another in the same area (a branching process: clusters of mean size
 * 1 / (1 − q)).
 *
 * A dispatch policy picks the responder among the idle units able to protect civilians
 * (capability `civilian-protection`), from its camp or temporary operating base:
 * - by ground: notice to move + great-circle distance × road factor / ground speed;
 * - by air, when the military component has a helicopter it can task: a reaction-force lift
 *   (priority 1) from the helicopter's base to the unit's base, boarding, then to the area.
 * The default policy takes the option with the earliest estimated arrival; if an air lift is
 * refused, the unit goes by road. With no idle responder, threats queue first come, first
 * served. A responder stays on scene for `onSceneHours`, then returns by road.
 *
 * Response time = wait for a responder + notice to move (or air launch, flight and boarding) +
 * travel. A share of threats (`casualtyShare`) are attacks that wound peacekeepers on arrival,
 * who are then evacuated.
 *
 * @module
 */
import type { SimEvent } from '../engine/index.js';
import type { LatLon } from '../model/geography.js';
import type { IncidentArea, Unit } from '../model/mission.js';
import { exponential } from '../random/distributions.js';
import { meanOf } from '../random/spec.js';
import type { RandomStream } from '../random/streams.js';
import type { AviationDynamics } from './aviation.js';
import { HOURS_PER_MONTH } from './calendar.js';
import type { CasevacDynamics } from './casevac.js';
import { SampleSet } from './metrics.js';
import { type Runtime, sampler } from './runtime.js';

/** A unit able to respond, and where it stands. */
export interface Responder {
  readonly unit: Unit;
  base: string;
  /** Idle and present: can take a threat. */
  available: boolean;
  /** In transit between bases (plan step) or repatriated. */
  away: boolean;
}

/** A threat to civilians being handled. */
export interface Threat {
  readonly id: number;
  readonly area: IncidentArea;
  readonly point: LatLon;
  readonly raisedAt: number;
}

/** One way a responder could reach a threat, with its estimated arrival (hours from now). */
export interface ResponseOption {
  readonly responder: Responder;
  readonly mode: 'ground' | 'air';
  readonly etaHours: number;
}

/**
 * Chooses how to respond to a threat among the options of idle responders, or `null` to wait
 * for another to become free. The default is {@link earliestArrival}.
 */
export type DispatchPolicy = (
  threat: Threat,
  options: readonly ResponseOption[],
) => ResponseOption | null;

/** Default policy: the option with the earliest estimated arrival (ties: first listed). */
export const earliestArrival: DispatchPolicy = (_threat, options) => {
  let best: ResponseOption | null = null;
  for (const o of options) if (best === null || o.etaHours < best.etaHours) best = o;
  return best;
};

/** How one response went (for traces and tests): every component in hours. */
export interface ResponseRecord {
  readonly threat: number;
  readonly area: string;
  readonly unit: string;
  readonly mode: 'ground' | 'air';
  /** Simulation hour the threat arose. */
  readonly raisedAt: number;
  /** Hours waiting for an idle responder. */
  readonly waitHours: number;
  /** Hours from dispatch to leaving (notice to move, or air tasking + launch + flight to the unit + boarding). */
  readonly mobiliseHours: number;
  /** Hours travelling to the area. */
  readonly travelHours: number;
  /** Total: wait + mobilise + travel. */
  readonly responseHours: number;
}

/** A follow-up threat waiting to arise. */
interface FollowUp {
  readonly area: IncidentArea;
  readonly rng: RandomStream;
  readonly generation: number;
}

/** Threats to civilians and responses of one replication. */
export class ResponseDynamics {
  readonly responders: Responder[] = [];
  private readonly queue: Threat[] = [];
  private seq = 0;
  private readonly rng: RandomStream;
  readonly times = new SampleSet();
  private readonly areaTimes = new Map<string, SampleSet>();
  private readonly log: ResponseRecord[] | null;

  constructor(
    private readonly rt: Runtime,
    private readonly aviation: AviationDynamics,
    private readonly casevac: CasevacDynamics,
    private readonly policy: DispatchPolicy = earliestArrival,
    options: { keepLog?: boolean } = {},
  ) {
    this.rng = rt.streams.stream('response');
    this.log = options.keepLog ? [] : null;
    for (const u of rt.scenario.mission.units) this.addUnit(u);
    const m = rt.metrics;
    for (const k of ['threats', 'responses', 'byAir']) m.declare(`response.${k}`);
    m.declareHistogram('response.time');
    for (const a of rt.scenario.mission.incidentAreas) {
      m.declare(`response.threats.area.${a.id}`);
      m.declareHistogram(`response.time.area.${a.id}`);
      this.areaTimes.set(a.id, new SampleSet());
      this.startArea(a);
    }
  }

  /** Every response so far (only when built with `keepLog`). */
  get records(): readonly ResponseRecord[] {
    return this.log ?? [];
  }

  /** Response-time samples of one area (hours). */
  areaSamples(areaId: string): SampleSet | undefined {
    return this.areaTimes.get(areaId);
  }

  /** Adds a unit (at start or deployed by plan) if it can protect civilians. */
  addUnit(unit: Unit): void {
    if (!unit.capabilities.includes('civilian-protection')) return;
    this.responders.push({ unit, base: unit.base, available: true, away: false });
    this.serveQueue();
  }

  /** The responder for unit `id`, if it is one. */
  responder(id: string): Responder | undefined {
    return this.responders.find((r) => r.unit.id === id);
  }

  /** Marks a responder away (moving or repatriated) or back, at `base`. */
  setAway(id: string, away: boolean, base?: string): void {
    const r = this.responder(id);
    if (r === undefined) return;
    r.away = away;
    if (base !== undefined) r.base = base;
    if (!away) this.serveQueue();
  }

  private startArea(area: IncidentArea): void {
    const env = this.rt.env;
    const rng = this.rt.streams.stream('threats', area.id);
    const self = this;
    if (!(area.threatsPerMonth.value > 0)) return;
    env.process(
      (function* threats() {
        for (;;) {
          yield* env.timeout(exponential(rng, area.threatsPerMonth.value / HOURS_PER_MONTH));
          self.raise(area, rng, 0);
        }
      })(),
      { name: `threats ${area.id}` },
    );
  }

  private readonly onFollowUp = (ev: SimEvent<FollowUp>): void => {
    const f = ev.value;
    this.raise(f.area, f.rng, f.generation);
  };

  private raise(area: IncidentArea, rng: RandomStream, generation: number): void {
    const env = this.rt.env;
    const place = this.rt.world.place(area.place);
    const threat: Threat = { id: this.seq++, area, point: place, raisedAt: env.now };
    this.rt.metrics.add('response.threats');
    this.rt.metrics.add(`response.threats.area.${area.id}`);
    this.queue.push(threat);
    this.serveQueue();
    const p = this.rt.params.response;
    // Clustering: a follow-up threat in the same area (bounded depth keeps a run finite).
    if (generation < 50 && rng() < p.followUpProbability.value) {
      const delay = exponential(rng, 1 / p.followUpMeanHours.value);
      env.timeout(delay, { area, rng, generation: generation + 1 }).addCallback(this.onFollowUp);
    }
  }

  /** Options of every idle responder for a threat. */
  options(threat: Threat): ResponseOption[] {
    const out: ResponseOption[] = [];
    const p = this.rt.params;
    const avail = this.aviation.militaryLiftEstimate();
    for (const r of this.responders) {
      if (!r.available || r.away) continue;
      const km = this.rt.world.distanceKm(r.base, threat.area.place);
      const ntm = r.unit.noticeToMoveMin?.value ?? meanOf(p.response.noticeToMoveMin.value);
      out.push({
        responder: r,
        mode: 'ground',
        etaHours: ntm / 60 + (km * p.response.roadFactor.value) / p.response.groundSpeedKmh.value,
      });
      if (avail !== null) {
        const toUnit = this.rt.world.distanceKm(avail.base, r.base) / avail.speedKmh;
        out.push({
          responder: r,
          mode: 'air',
          etaHours:
            avail.launchHours + toUnit + p.response.airBoardingMin.value / 60 + km / avail.speedKmh,
        });
      }
    }
    return out;
  }

  private serveQueue(): void {
    while (this.queue.length > 0) {
      const threat = this.queue[0]!;
      const choice = this.policy(threat, this.options(threat));
      if (choice === null) return;
      this.queue.shift();
      choice.responder.available = false;
      this.rt.env.process(this.respond(threat, choice), { name: `response #${threat.id}` });
    }
  }

  private *respond(threat: Threat, choice: ResponseOption) {
    const env = this.rt.env;
    const p = this.rt.params;
    const r = choice.responder;
    const dispatchedAt = env.now;
    const base = this.rt.world.place(r.base);
    const km = this.rt.world.distanceKm(r.base, threat.area.place);
    const groundTravel = (km * p.response.roadFactor.value) / p.response.groundSpeedKmh.value;
    let mode: 'ground' | 'air' = 'ground';
    let departedAt = Number.NaN;
    if (choice.mode === 'air') {
      const task = this.aviation.request({
        kind: 'reaction-lift',
        pickup: base,
        destination: threat.point,
        military: true,
        maxWaitHours: 1,
        groundMin: p.response.airBoardingMin.value,
      });
      const airframe = yield* task.assigned;
      if (airframe !== null) {
        yield* task.atPickup;
        departedAt = env.now + p.response.airBoardingMin.value / 60;
        const ok = yield* task.done;
        if (ok) mode = 'air';
      }
    }
    if (mode === 'ground') {
      const ntm =
        r.unit.noticeToMoveMin?.value ?? sampler(p.response.noticeToMoveMin.value)(this.rng);
      yield* env.timeout(ntm / 60);
      departedAt = env.now;
      yield* env.timeout(groundTravel);
    }
    const arrivedAt = env.now;
    const rec: ResponseRecord = {
      threat: threat.id,
      area: threat.area.id,
      unit: r.unit.id,
      mode,
      raisedAt: threat.raisedAt,
      waitHours: dispatchedAt - threat.raisedAt,
      mobiliseHours: departedAt - dispatchedAt,
      travelHours: arrivedAt - departedAt,
      responseHours: arrivedAt - threat.raisedAt,
    };
    this.record(rec);
    if (this.rng() < threat.area.casualtyShare.value) {
      const wounded = Math.max(
        1,
        Math.round(sampler(p.ied.casualtiesPerDetonation.value)(this.rng)),
      );
      this.casevac.evacuate(threat.point, wounded, 'attack', threat.area.sector);
    }
    yield* env.timeout(sampler(p.response.onSceneHours.value)(this.rng) + groundTravel);
    r.available = true;
    this.serveQueue();
  }

  private record(rec: ResponseRecord): void {
    const m = this.rt.metrics;
    const minutes = rec.responseHours * 60;
    m.add('response.responses');
    if (rec.mode === 'air') m.add('response.byAir');
    m.observe('response.time', minutes);
    m.observe(`response.time.area.${rec.area}`, minutes);
    this.times.add(minutes);
    this.areaTimes.get(rec.area)?.add(minutes);
    this.log?.push(rec);
  }
}
