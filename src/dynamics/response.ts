/**
 * Threats to civilians and the force's response.
 *
 * **Threats in space and time.** Each incident area raises threats day by day: the day's count
 * is Poisson (`threatsPerMonth`), each threat starts at an hour drawn from the time-of-day
 * profile (`threatStartHour`: attacks on villages mostly start before dawn) and at a point drawn
 * uniformly over a disc of `radiusKm` around the area's place. With `followUpProbability` a threat
 * is followed, after an exponential time of mean `followUpMeanHours`, by another in the same area
 * (clusters of mean size 1 / (1 − q)).
 *
 * **Warning, order, window.** The mission learns of a threat after a warning delay
 * (`warningDelayMin`; shorter inside ISR coverage and near an open base: `nearBaseKm`,
 * `nearBaseWarningFactor`), and orders a unit out after a dispatch delay (`dispatchDelayMin`;
 * shorter in a sector with a forward command post). A threat lasts `threatWindowHours`: one not
 * reached by then is **unanswered** — never dispatched, dropped from the queue when it ends, or
 * reached too late.
 *
 * **Dispatch.** A dispatch policy picks the responder among the units able to protect civilians
 * (capability `civilian-protection`) that the force has available (present, not moving, not
 * tasked, at its current base — a temporary operating base's garrison responds from there):
 * - by ground: notice to move, then driving the great-circle distance × road factor at
 *   `groundSpeedKmh` by day and `nightSpeedFactor` times that at night (0: no movement at night);
 * - by air, for a unit trained to fly in (capability `air-assault`: quick and rapid reaction
 *   forces, the mobile task force) when the military component has a helicopter it can task: a
 *   reaction-force lift (priority 1) from the helicopter's base to the unit's base, boarding,
 *   then to the threat.
 * The default policy takes the option with the earliest estimated arrival; if an air lift is
 * refused, the unit goes by road. With no responder available, threats queue first come, first
 * served. A responder stays on scene for `onSceneHours`, then drives back.
 *
 * Response time is measured from the threat's start: warning + dispatch + wait for a responder +
 * notice to move (or air launch, flight and boarding) + travel. A share of threats
 * (`casualtyShare`) are attacks that wound peacekeepers on arrival (`woundedPerAttack`), who are
 * then evacuated.
 *
 * @module
 */

import { z } from 'zod';
import type { SimEvent } from '../engine/index.js';
import { knownPlaces } from '../model/checks.js';
import { distributionParameter, parameter } from '../model/fields.js';
import type { LatLon } from '../model/geography.js';
import type { IncidentArea } from '../model/mission.js';
import { exponential } from '../random/distributions.js';
import { poisson } from '../random/poisson.js';
import { meanOf } from '../random/spec.js';
import type { RandomStream } from '../random/streams.js';
import { type AviationApi, AviationPort } from './aviation.js';
import { DAYS_PER_MONTH, HOURS_PER_DAY, horizonMonths, travelHours } from './calendar.js';
import { defineCapability } from './capability.js';
import { type CasevacApi, CasevacPort } from './casevac.js';
import { type CommandApi, CommandPort } from './command.js';
import { type ForceApi, ForcePort, type ForceUnit } from './force.js';
import { type IsrApi, IsrPort } from './isr.js';
import { counter, family, histogram, type Scalar, type TimeHistogram, value } from './metrics.js';
import type { Ports } from './ports.js';
import { everyMidnight, type Runtime, sampler } from './runtime.js';

/** Parameters of threats to civilians and the response (`scenario.parameters.response`). */
export const responseParametersSchema = z
  .strictObject({
    /** Notice to move of ground responders that do not state their own, in minutes. */
    noticeToMoveMin: distributionParameter({
      label: 'Notice to move of ground responders',
      unit: 'min',
      plausible: [30, 120],
    }),
    /** Hours a responder stays on scene. */
    onSceneHours: distributionParameter({
      label: 'Time a responder stays on scene',
      unit: 'hours',
      // The mean's range: a few hours for a patrol's show of presence to two days (Ogossagou-type crises).
      plausible: [6, 36],
    }),
    /** Road distance / great-circle distance off the named routes. */
    roadFactor: parameter('roadFactor', {
      label: 'Road distance over great-circle distance',
      unit: 'ratio',
      plausible: [1.2, 1.6],
    }),
    /** Ground speed of a reaction force off the main routes, km/h. */
    groundSpeedKmh: parameter('positive', {
      label: 'Ground speed of a reaction force',
      unit: 'km/h',
      plausible: [20, 45],
    }),
    /** Minutes for troops to board a helicopter at their base. */
    airBoardingMin: parameter('nonNegative', {
      label: 'Time for troops to board a helicopter',
      unit: 'min',
      plausible: [10, 30],
    }),
    /** Probability that a threat is followed by another in the same area (clustering). */
    followUpProbability: parameter('fraction', {
      label: 'Probability a threat is followed by another',
      unit: 'probability',
      plausible: [0.1, 0.4],
    }),
    /** Mean hours between a threat and its follow-up. */
    followUpMeanHours: parameter('positive', {
      label: 'Mean time to a follow-up threat',
      unit: 'hours',
      plausible: [6, 48],
    }),
    /** Hour of day (local) a threat starts: the time-of-day profile. */
    threatStartHour: distributionParameter({
      label: 'Hour of day a threat to civilians starts',
      unit: 'hour of day',
      plausible: [4, 12],
    }),
    /** Hours a threat lasts: a unit arriving later finds it over (unanswered). */
    threatWindowHours: distributionParameter({
      label: 'Time a threat to civilians lasts',
      unit: 'hours',
      plausible: [2, 8],
    }),
    /** Minutes from a threat's start to the mission knowing of it. */
    warningDelayMin: distributionParameter({
      label: 'Warning delay: from a threat’s start to the mission knowing',
      unit: 'min',
      plausible: [30, 120],
    }),
    /** Distance within which an open base shortens the warning. */
    nearBaseKm: parameter('nonNegative', {
      label: 'Distance within which a base shortens the warning',
      unit: 'km',
      plausible: [10, 30],
    }),
    /** Multiplier on the warning delay of a threat near an open base. */
    nearBaseWarningFactor: parameter('fraction', {
      label: 'Warning delay near a base, as a share of the delay elsewhere',
      unit: 'share',
      plausible: [0.3, 0.8],
    }),
    /** Minutes from knowing of a threat to ordering a unit out. */
    dispatchDelayMin: distributionParameter({
      label: 'Dispatch delay: from knowing of a threat to ordering a unit out',
      unit: 'min',
      plausible: [15, 60],
    }),
    /** Ground speed at night as a share of the speed by day (0: no movement at night). */
    nightSpeedFactor: parameter('fraction', {
      label: 'Ground speed at night, as a share of the speed by day',
      unit: 'share',
      plausible: [0.3, 0.8],
    }),
    /** Peacekeepers wounded by an attack on a responding unit that wounds some. */
    woundedPerAttack: distributionParameter({
      label: 'Peacekeepers wounded per attack on a responding unit',
      unit: 'casualties',
      plausible: [1, 3],
    }),
  })
  .readonly();

/** Parameters of threats to civilians and the response. */
export type ResponseParameters = z.infer<typeof responseParametersSchema>;

/** A unit able to respond: a unit of the force with the `civilian-protection` capability. */
export type Responder = ForceUnit;

/** A threat to civilians. Times are simulation hours. */
export interface Threat {
  readonly id: number;
  readonly area: IncidentArea;
  /** Where it happens: a point of the area's disc. */
  readonly point: LatLon;
  /** When it starts (response time is measured from here). */
  readonly raisedAt: number;
  /** When the mission orders a unit out (start + warning + dispatch delays). */
  readonly orderedAt: number;
  /** When it is over: a unit arriving later finds it unanswered. */
  readonly endsAt: number;
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
  /** Hours from the threat's start to the order (warning + dispatch delays). */
  readonly noticeHours: number;
  /** Hours from the order to a responder taking it (queueing). */
  readonly waitHours: number;
  /** Hours from dispatch to leaving (notice to move, or air tasking + launch + flight to the unit + boarding). */
  readonly mobiliseHours: number;
  /** Hours travelling to the area. */
  readonly travelHours: number;
  /** Total: notice + wait + mobilise + travel. */
  readonly responseHours: number;
  /** Great-circle km from the responder's base to the threat. */
  readonly distanceKm: number;
  /** Whether the unit arrived before the threat was over. */
  readonly inTime: boolean;
}

/** The streams of one area: separate purposes keep draws aligned across scenarios. */
interface AreaStreams {
  /** Daily counts and follow-ups. */
  readonly times: RandomStream;
  /** Start hours. */
  readonly hours: RandomStream;
  /** Points in the disc. */
  readonly points: RandomStream;
  /** Warning, dispatch and window draws. */
  readonly delays: RandomStream;
}

/** A threat waiting to start (a day's threats, or a follow-up). */
interface Pending {
  readonly area: IncidentArea;
  readonly streams: AreaStreams;
  readonly generation: number;
}

interface AreaMetrics {
  readonly threats: Scalar;
  readonly unanswered: Scalar;
  readonly time: TimeHistogram;
}

interface MonthMetrics {
  readonly threats: Scalar;
  readonly unanswered: Scalar;
}

const KM_PER_DEGREE = 111.195;

/** Threats to civilians and responses of one replication. */
export class ResponseDynamics {
  /** Units able to protect civilians, in order of arrival in the force. */
  readonly responders: Responder[] = [];
  private readonly queue: Threat[] = [];
  private seq = 0;
  private readonly rng: RandomStream;
  private readonly log: ResponseRecord[] | null;
  private readonly force: ForceApi;
  private aviationApi: AviationApi | undefined;
  private casevacApi: CasevacApi | undefined;
  private readonly count: {
    threats: Scalar;
    responses: Scalar;
    byAir: Scalar;
    unanswered: Scalar;
    covered: Scalar;
  };
  private readonly times: TimeHistogram;
  private readonly areas = new Map<string, AreaMetrics>();
  private readonly months: MonthMetrics[];

  private get aviation(): AviationApi {
    this.aviationApi ??= this.ports.get(AviationPort);
    return this.aviationApi;
  }

  private get casevac(): CasevacApi {
    this.casevacApi ??= this.ports.get(CasevacPort);
    return this.casevacApi;
  }

  /** ISR coverage, when the run has that capability. */
  private get isr(): IsrApi | undefined {
    return this.ports.find(IsrPort);
  }

  /** Command (forward command posts), when the run has that capability. */
  private get command(): CommandApi | undefined {
    return this.ports.find(CommandPort);
  }

  private get p(): ResponseParameters {
    return this.rt.params.response as ResponseParameters;
  }

  constructor(
    private readonly rt: Runtime,
    private readonly ports: Ports,
    private readonly policy: DispatchPolicy = earliestArrival,
  ) {
    this.rng = rt.streams.stream('response');
    this.log = rt.keepLogs ? [] : null;
    this.force = ports.get(ForcePort);
    for (const u of this.force.units) this.addResponder(u);
    this.force.onChange((u, change) => {
      if (change === 'arrived') this.addResponder(u);
      else if (
        (change === 'moved' || change === 'freed' || change === 'strength') &&
        this.isResponder(u)
      )
        this.serveQueue();
    });
    const m = rt.metrics;
    this.count = {
      threats: m.scalar('response.threats'),
      responses: m.scalar('response.responses'),
      byAir: m.scalar('response.byAir'),
      unanswered: m.scalar('response.unanswered'),
      covered: m.scalar('response.threats.isrCovered'),
    };
    this.times = m.histogram('response.time');
    this.months = horizonMonthIds(rt).map((id) => ({
      threats: m.scalar(`response.threats.month.${id}`),
      unanswered: m.scalar(`response.unanswered.month.${id}`),
    }));
    for (const a of rt.scenario.mission.incidentAreas) {
      this.areas.set(a.id, {
        threats: m.scalar(`response.threats.area.${a.id}`),
        unanswered: m.scalar(`response.unanswered.area.${a.id}`),
        time: m.histogram(`response.time.area.${a.id}`),
      });
    }
    this.startDays(rt.scenario.mission.incidentAreas);
  }

  /** Every response so far (only when the run keeps logs: `keepLogs`). */
  get records(): readonly ResponseRecord[] {
    return this.log ?? [];
  }

  private isResponder(u: ForceUnit): boolean {
    return u.unit.capabilities.includes('civilian-protection');
  }

  /** Adds a unit of the force (at start or deployed by plan) if it can protect civilians. */
  private addResponder(u: ForceUnit): void {
    if (!this.isResponder(u)) return;
    this.responders.push(u);
    this.serveQueue();
  }

  /** Each midnight, area by area: the Poisson count of the day's threats and their start hours. */
  private startDays(incidentAreas: readonly IncidentArea[]): void {
    const env = this.rt.env;
    const s = this.rt.streams;
    const areas: Array<{ pending: Pending; perDay: number }> = [];
    for (const area of incidentAreas) {
      const perDay = area.threatsPerMonth.value / DAYS_PER_MONTH;
      if (!(perDay > 0)) continue;
      const streams: AreaStreams = {
        times: s.stream('threats', area.id),
        hours: s.stream('threat-hours', area.id),
        points: s.stream('threat-points', area.id),
        delays: s.stream('threat-delays', area.id),
      };
      areas.push({ pending: { area, streams, generation: 0 }, perDay });
    }
    if (areas.length === 0) return;
    everyMidnight(this.rt, 'threats', (day) => {
      for (const { pending, perDay } of areas) {
        const { streams } = pending;
        const n = poisson(streams.times, perDay);
        const hours: number[] = [];
        for (let i = 0; i < n; i++) {
          hours.push(sampler(this.p.threatStartHour.value)(streams.hours) % HOURS_PER_DAY);
        }
        hours.sort((x, y) => x - y);
        for (const h of hours) {
          env.timeout(day * HOURS_PER_DAY + h - env.now, pending).addCallback(this.onStart);
        }
      }
    });
  }

  private readonly onStart = (ev: SimEvent<Pending>): void => this.raise(ev.value);

  /** A threat starts now: where, when it will be known and ordered, how long it lasts. */
  private raise(pending: Pending): void {
    const env = this.rt.env;
    const { area, streams } = pending;
    const p = this.p;
    const point = this.pointIn(area, streams.points);
    const covered = this.isr?.covers(point) === true;
    let warning = sampler(p.warningDelayMin.value)(streams.delays);
    if (covered) warning *= (this.isr as IsrApi).parameters.warningFactor.value;
    if (this.nearOpenBase(point)) warning *= p.nearBaseWarningFactor.value;
    const dispatch =
      sampler(p.dispatchDelayMin.value)(streams.delays) *
      (this.command?.dispatchFactor(area.sector) ?? 1);
    const window = sampler(p.threatWindowHours.value)(streams.delays);
    const threat: Threat = {
      id: this.seq++,
      area,
      point,
      raisedAt: env.now,
      orderedAt: env.now + (warning + dispatch) / 60,
      endsAt: env.now + window,
    };
    this.count.threats.add();
    if (covered) this.count.covered.add();
    (this.areas.get(area.id) as AreaMetrics).threats.add();
    this.month(env.now).threats.add();
    env.timeout(threat.orderedAt - env.now, threat).addCallback(this.onOrder);
    // Clustering: a follow-up threat in the same area (bounded depth keeps a run finite).
    if (pending.generation < 50 && streams.times() < p.followUpProbability.value) {
      const delay = exponential(streams.times, 1 / p.followUpMeanHours.value);
      env
        .timeout(delay, { area, streams, generation: pending.generation + 1 })
        .addCallback(this.onStart);
    }
  }

  /** A uniform point of the area's disc (two draws, whatever the radius). */
  private pointIn(area: IncidentArea, rng: RandomStream): LatLon {
    const centre = this.rt.world.place(area.place);
    const r = area.radiusKm.value * Math.sqrt(rng());
    const angle = 2 * Math.PI * rng();
    const dLat = (r * Math.sin(angle)) / KM_PER_DEGREE;
    const dLon =
      (r * Math.cos(angle)) / (KM_PER_DEGREE * Math.cos((centre.latDeg * Math.PI) / 180));
    return { latDeg: centre.latDeg + dLat, lonDeg: centre.lonDeg + dLon };
  }

  /** Whether an open base lies within `nearBaseKm` of `point`. */
  private nearOpenBase(point: LatLon): boolean {
    return this.rt.world.hasOpenBaseWithin(point, this.p.nearBaseKm.value);
  }

  private month(hours: number): MonthMetrics {
    return this.months[this.rt.calendar.monthIndex(hours)] as MonthMetrics;
  }

  private readonly onOrder = (ev: SimEvent<Threat>): void => {
    const threat = ev.value;
    if (this.rt.env.now >= threat.endsAt) {
      // Over before a unit could even be ordered out.
      this.unanswered(threat);
      return;
    }
    this.queue.push(threat);
    this.rt.env.timeout(threat.endsAt - this.rt.env.now, threat).addCallback(this.onEnd);
    this.serveQueue();
  };

  /** A threat ends: if it is still waiting for a responder, it is unanswered. */
  private readonly onEnd = (ev: SimEvent<Threat>): void => {
    const i = this.queue.indexOf(ev.value);
    if (i < 0) return;
    this.queue.splice(i, 1);
    this.unanswered(ev.value);
  };

  private unanswered(threat: Threat): void {
    this.count.unanswered.add();
    (this.areas.get(threat.area.id) as AreaMetrics).unanswered.add();
    this.month(threat.raisedAt).unanswered.add();
  }

  /** Hours to drive `km` by road (× road factor) leaving at `at`, by day and by night. */
  private driveHours(km: number, at: number): number {
    const p = this.p;
    const day = this.aviation.daylight();
    return travelHours(
      at,
      (km * p.roadFactor.value) / p.groundSpeedKmh.value,
      p.nightSpeedFactor.value,
      day.startHour,
      day.endHour,
    );
  }

  /** Options of every available responder for a threat. */
  options(threat: Threat): ResponseOption[] {
    const out: ResponseOption[] = [];
    const p = this.p;
    const now = this.rt.env.now;
    const avail = this.aviation.militaryLiftEstimate();
    for (const r of this.responders) {
      if (!this.force.isAvailable(r)) continue;
      const km = this.rt.world.distanceToPointKm(r.base, threat.point);
      const ntm = (r.unit.noticeToMoveMin?.value ?? meanOf(p.noticeToMoveMin.value)) / 60;
      out.push({ responder: r, mode: 'ground', etaHours: ntm + this.driveHours(km, now + ntm) });
      if (avail !== null && r.unit.capabilities.includes('air-assault')) {
        const toUnit = this.rt.world.distanceKm(avail.base, r.base) / avail.speedKmh;
        out.push({
          responder: r,
          mode: 'air',
          etaHours: avail.launchHours + toUnit + p.airBoardingMin.value / 60 + km / avail.speedKmh,
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
      this.force.claim(choice.responder, 'response');
      this.rt.env.process(this.respond(threat, choice), { name: `response #${threat.id}` });
    }
  }

  private *respond(threat: Threat, choice: ResponseOption) {
    const env = this.rt.env;
    const p = this.p;
    const r = choice.responder;
    const dispatchedAt = env.now;
    const home = r.base;
    const base = this.rt.world.place(home);
    const km = this.rt.world.distanceToPointKm(home, threat.point);
    let mode: 'ground' | 'air' = 'ground';
    let departedAt = Number.NaN;
    if (choice.mode === 'air') {
      const task = this.aviation.request({
        kind: 'reaction-lift',
        pickup: base,
        destination: threat.point,
        military: true,
        maxWaitHours: 1,
        groundMin: p.airBoardingMin.value,
      });
      const airframe = yield* task.assigned;
      if (airframe !== null) {
        yield* task.atPickup;
        departedAt = env.now + p.airBoardingMin.value / 60;
        const ok = yield* task.done;
        if (ok) mode = 'air';
      }
    }
    if (mode === 'ground') {
      const ntm = r.unit.noticeToMoveMin?.value ?? sampler(p.noticeToMoveMin.value)(this.rng);
      yield* env.timeout(ntm / 60);
      departedAt = env.now;
      yield* env.timeout(this.driveHours(km, env.now));
    }
    const arrivedAt = env.now;
    const rec: ResponseRecord = {
      threat: threat.id,
      area: threat.area.id,
      unit: r.unit.id,
      mode,
      raisedAt: threat.raisedAt,
      noticeHours: threat.orderedAt - threat.raisedAt,
      waitHours: dispatchedAt - threat.orderedAt,
      mobiliseHours: departedAt - dispatchedAt,
      travelHours: arrivedAt - departedAt,
      responseHours: arrivedAt - threat.raisedAt,
      distanceKm: km,
      inTime: arrivedAt <= threat.endsAt,
    };
    this.record(rec);
    if (!rec.inTime) this.unanswered(threat);
    if (this.rng() < threat.area.casualtyShare.value) {
      const wounded = Math.max(1, Math.round(sampler(p.woundedPerAttack.value)(this.rng)));
      this.casevac.evacuate(threat.point, wounded, 'attack', threat.area.sector);
    }
    yield* env.timeout(sampler(p.onSceneHours.value)(this.rng));
    yield* env.timeout(this.driveHours(km, env.now));
    this.force.release(r);
  }

  private record(rec: ResponseRecord): void {
    const minutes = rec.responseHours * 60;
    this.count.responses.add();
    if (rec.mode === 'air') this.count.byAir.add();
    this.times.observe(minutes);
    (this.areas.get(rec.area) as AreaMetrics).time.observe(minutes);
    this.log?.push(rec);
  }
}

/** `YYYY-MM` of every calendar month of the run's horizon. */
function horizonMonthIds(rt: Runtime): string[] {
  return horizonMonths(rt.calendar.startDate, rt.metrics.days).map((m) => m.id);
}

const GROUP = 'Response to threats against civilians';
const BY_AREA = 'Response by area';
const BY_MONTH = 'Response by month';

/** Options of {@link responseCapability}. */
export interface ResponseOptions {
  /** How to choose among the options of idle responders (default {@link earliestArrival}). */
  readonly policy?: DispatchPolicy;
}

/**
 * The capability of threats to civilians and the force's response, with a dispatch policy of
 * your own (the default export {@link response} uses {@link earliestArrival}).
 *
 * @example
 * ```ts
 * const groundOnly: DispatchPolicy = (_t, options) =>
 *   earliestArrival(_t, options.filter((o) => o.mode === 'ground'));
 * simulateMission(scenario, { seed: 1, replication: 0, capabilities: withCapability(MISSION_CAPABILITIES, responseCapability({ policy: groundOnly })) });
 * ```
 */
export function responseCapability(options: ResponseOptions = {}) {
  return defineCapability({
    id: 'response',
    title: GROUP,
    summary:
      'Threats to civilians arise in incident areas; the dispatch policy sends an idle responder by road or by helicopter lift; response time = wait + mobilisation + travel.',
    parameters: responseParametersSchema,
    requires: [ForcePort, AviationPort, CasevacPort],
    check({ scenario, issues }) {
      const sectors = new Set(scenario.mission.sectors.map((s) => s.id));
      const places = knownPlaces(scenario.mission, scenario.plan);
      scenario.mission.incidentAreas.forEach((a, i) => {
        const path = `mission.incidentAreas[${i}]`;
        if (!sectors.has(a.sector))
          issues.add(
            `${path}.sector`,
            `expected the id of a sector, got ${JSON.stringify(a.sector)}`,
          );
        if (!places.has(a.place))
          issues.add(`${path}.place`, `expected the id of a place, got ${JSON.stringify(a.place)}`);
      });
    },
    metrics({ scenario, months }) {
      const areas = scenario.mission.incidentAreas.map((a) => ({ id: a.id, name: a.name }));
      return [
        counter('response.threats', {
          label: 'Threats against civilians',
          unit: 'count',
          better: null,
          description: 'Threats against civilians needing a force response over the horizon.',
          group: GROUP,
        }),
        counter('response.responses', {
          label: 'Responses',
          unit: 'count',
          better: null,
          description: 'Threats a unit reached over the horizon.',
          group: GROUP,
        }),
        counter('response.byAir', {
          label: 'Responses by air',
          unit: 'count',
          better: null,
          description: 'Responses carried by a helicopter lift over the horizon.',
          group: GROUP,
        }),
        counter('response.unanswered', {
          label: 'Unanswered threats',
          unit: 'count',
          better: 'lower',
          description:
            'Threats no unit reached before they were over: never ordered out in time, still waiting for a responder when over, or reached too late.',
          group: GROUP,
        }),
        value(
          'response.unanswered.share',
          {
            label: 'Share of threats unanswered',
            unit: 'share',
            better: 'lower',
            description:
              'Share of threats against civilians no unit reached before they were over.',
            group: GROUP,
            headline: true,
          },
          { ratio: ['response.unanswered', 'response.threats'] },
        ),
        counter('response.threats.isrCovered', {
          label: 'Threats inside ISR coverage',
          unit: 'count',
          better: null,
          description:
            'Threats that started inside the coverage of a unit able to watch (shorter warning).',
          group: GROUP,
        }),
        value(
          'response.byAir.share',
          {
            label: 'Share of responses by air',
            unit: 'share',
            better: null,
            description: 'Share of responses carried by a helicopter lift.',
            group: GROUP,
            headline: true,
          },
          { ratio: ['response.byAir', 'response.responses'] },
        ),
        histogram('response.time', {
          label: 'Response time',
          unit: 'min',
          better: 'lower',
          description:
            'Minutes from a threat to the first responding unit on scene, every threat of every replication.',
          group: GROUP,
        }),
        value(
          'response.time.p50Min',
          {
            label: 'Median response time',
            unit: 'min',
            better: 'lower',
            description:
              'Median over a replication’s threats of the minutes from threat to a unit on scene.',
            group: GROUP,
            headline: true,
          },
          { quantile: 'response.time', p: 0.5 },
        ),
        value(
          'response.time.p90Min',
          {
            label: '90th-percentile response time',
            unit: 'min',
            better: 'lower',
            description:
              '90th percentile over a replication’s threats of the minutes from threat to a unit on scene.',
            group: GROUP,
            headline: true,
          },
          { quantile: 'response.time', p: 0.9 },
        ),
        value(
          'response.time.meanMin',
          {
            label: 'Mean response time',
            unit: 'min',
            better: 'lower',
            description:
              'Mean over a replication’s threats of the minutes from threat to a unit on scene.',
            group: GROUP,
          },
          { mean: 'response.time' },
        ),
        ...family('counter', 'response.threats', 'area', areas, (a) => ({
          label: `Threats against civilians, ${a.name}`,
          unit: 'count',
          better: null,
          description: `Threats against civilians in area ${a.id} over the horizon.`,
          group: BY_AREA,
        })),
        ...family('counter', 'response.unanswered', 'area', areas, (a) => ({
          label: `Unanswered threats, ${a.name}`,
          unit: 'count',
          better: 'lower',
          description: `Threats in area ${a.id} no unit reached before they were over.`,
          group: BY_AREA,
        })),
        ...family(
          'value',
          'response.unanswered.share',
          'area',
          areas,
          (a) => ({
            label: `Share of threats unanswered, ${a.name}`,
            unit: 'share',
            better: 'lower',
            description: `Share of threats in area ${a.id} no unit reached before they were over.`,
            group: BY_AREA,
          }),
          (a) => ({ ratio: [`response.unanswered.area.${a.id}`, `response.threats.area.${a.id}`] }),
        ),
        ...family('counter', 'response.threats', 'month', months, (m) => ({
          label: `Threats against civilians, ${m.name}`,
          unit: 'count',
          better: null,
          description: `Threats against civilians that started in ${m.name} (the first and last months of the horizon may be partial).`,
          group: BY_MONTH,
        })),
        ...family('counter', 'response.unanswered', 'month', months, (m) => ({
          label: `Unanswered threats, ${m.name}`,
          unit: 'count',
          better: 'lower',
          description: `Threats that started in ${m.name} and that no unit reached before they were over.`,
          group: BY_MONTH,
        })),
        ...family('histogram', 'response.time', 'area', areas, (a) => ({
          label: `Response time, ${a.name}`,
          unit: 'min',
          better: 'lower',
          description: `Minutes from a threat in area ${a.id} to a unit on scene, every threat of every replication.`,
          group: BY_AREA,
        })),
        ...family(
          'value',
          'response.time.p50Min',
          'area',
          areas,
          (a) => ({
            label: `Median response time, ${a.name}`,
            unit: 'min',
            better: 'lower',
            description: `Median over a replication’s threats in area ${a.id} of the minutes from threat to a unit on scene.`,
            group: BY_AREA,
          }),
          (a) => ({ quantile: `response.time.area.${a.id}`, p: 0.5 }),
        ),
      ];
    },
    start: (rt, ports) => new ResponseDynamics(rt, ports, options.policy),
  });
}

/** The capability of threats to civilians and the force's response, with the default dispatch policy. */
export const response = responseCapability();
