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
import { z } from 'zod';
import type { SimEvent } from '../engine/index.js';
import { distributionParameter, parameter } from '../model/fields.js';
import type { LatLon } from '../model/geography.js';
import type { IncidentArea } from '../model/mission.js';
import { exponential } from '../random/distributions.js';
import { meanOf } from '../random/spec.js';
import type { RandomStream } from '../random/streams.js';
import { type AviationApi, AviationPort } from './aviation.js';
import { HOURS_PER_MONTH } from './calendar.js';
import { defineCapability } from './capability.js';
import { type CasevacApi, CasevacPort } from './casevac.js';
import { type ForceApi, ForcePort, type ForceUnit } from './force.js';
import { counter, family, histogram, type Scalar, type TimeHistogram, value } from './metrics.js';
import type { Ports } from './ports.js';
import { type Runtime, sampler } from './runtime.js';
import type { IedParameters } from './threat.js';

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
      plausible: [2, 12],
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
  })
  .readonly();

/** Parameters of threats to civilians and the response. */
export type ResponseParameters = z.infer<typeof responseParametersSchema>;

/** A unit able to respond: a unit of the force with the `civilian-protection` capability. */
export type Responder = ForceUnit;

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

interface AreaMetrics {
  readonly threats: Scalar;
  readonly time: TimeHistogram;
}

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
  private readonly count: { threats: Scalar; responses: Scalar; byAir: Scalar };
  private readonly times: TimeHistogram;
  private readonly areas = new Map<string, AreaMetrics>();

  private get aviation(): AviationApi {
    this.aviationApi ??= this.ports.get(AviationPort);
    return this.aviationApi;
  }

  private get casevac(): CasevacApi {
    this.casevacApi ??= this.ports.get(CasevacPort);
    return this.casevacApi;
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
    };
    this.times = m.histogram('response.time');
    for (const a of rt.scenario.mission.incidentAreas) {
      this.areas.set(a.id, {
        threats: m.scalar(`response.threats.area.${a.id}`),
        time: m.histogram(`response.time.area.${a.id}`),
      });
      this.startArea(a);
    }
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
    this.count.threats.add();
    (this.areas.get(area.id) as AreaMetrics).threats.add();
    this.queue.push(threat);
    this.serveQueue();
    const p = this.rt.params.response as ResponseParameters;
    // Clustering: a follow-up threat in the same area (bounded depth keeps a run finite).
    if (generation < 50 && rng() < p.followUpProbability.value) {
      const delay = exponential(rng, 1 / p.followUpMeanHours.value);
      env.timeout(delay, { area, rng, generation: generation + 1 }).addCallback(this.onFollowUp);
    }
  }

  /** Options of every idle responder for a threat. */
  options(threat: Threat): ResponseOption[] {
    const out: ResponseOption[] = [];
    const p = this.rt.params.response as ResponseParameters;
    const avail = this.aviation.militaryLiftEstimate();
    for (const r of this.responders) {
      if (!this.force.isAvailable(r)) continue;
      const km = this.rt.world.distanceKm(r.base, threat.area.place);
      const ntm = r.unit.noticeToMoveMin?.value ?? meanOf(p.noticeToMoveMin.value);
      out.push({
        responder: r,
        mode: 'ground',
        etaHours: ntm / 60 + (km * p.roadFactor.value) / p.groundSpeedKmh.value,
      });
      if (avail !== null) {
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
    const p = this.rt.params.response as ResponseParameters;
    const r = choice.responder;
    const dispatchedAt = env.now;
    const base = this.rt.world.place(r.base);
    const km = this.rt.world.distanceKm(r.base, threat.area.place);
    const groundTravel = (km * p.roadFactor.value) / p.groundSpeedKmh.value;
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
        Math.round(
          sampler((this.rt.params.ied as IedParameters).casualtiesPerDetonation.value)(this.rng),
        ),
      );
      this.casevac.evacuate(threat.point, wounded, 'attack', threat.area.sector);
    }
    yield* env.timeout(sampler(p.onSceneHours.value)(this.rng) + groundTravel);
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

const GROUP = 'Response to threats against civilians';
const BY_AREA = 'Response by area';

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
      const places = new Set(scenario.mission.places.map((p) => p.id));
      for (const step of scenario.plan) {
        if (step.action.kind === 'open-base') {
          places.add((step.action as unknown as { place: { id: string } }).place.id);
        }
      }
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
    metrics({ scenario }) {
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
