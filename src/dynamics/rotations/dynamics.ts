/**
 * Rotations during a run: every unit's posts held by its outgoing contingent, its incoming
 * personnel (in quarantine, in isolation, fit) or vacant; rotation flights served one after
 * another by the mission's rotation airlift (an engine {@link Resource} of one departure slot,
 * which a suspension closes and a restriction slows); COVID-19 cases among incoming personnel;
 * pledges honoured or not. What the force can do follows through {@link ForceApi.setStrength}.
 *
 * Accounting (checked by the tests every day): for each unit,
 * `outgoing + settled + Σ cohorts holding posts + vacant = establishment`, and the personnel in
 * the mission area are `outgoing + settled + Σ cohorts` (cohorts not yet holding posts are the
 * handover overlap).
 *
 * @module
 */
import { Resource } from '../../engine/index.js';
import type { Request } from '../../engine/resource.js';
import type { Unit } from '../../model/mission.js';
import { schedulePlan } from '../../model/plan.js';
import { binomial } from '../../random/binomial.js';
import type { DistributionSpec } from '../../random/spec.js';
import { HOURS_PER_DAY } from '../calendar.js';
import type { AnyAction } from '../capability.js';
import type { ForceApi, ForceUnit } from '../force.js';
import { type Runtime, sampler } from '../runtime.js';
import type { RotationsParameters } from './parameters.js';
import { initialTour } from './tours.js';

/** Personnel of one flight, from landing until all are fit for duty. */
export interface Cohort {
  readonly size: number;
  quarantined: number;
  isolated: number;
  fit: number;
  /** The posts they fill are theirs (the outgoing have left, or the posts were vacant). */
  holdsPosts: boolean;
}

/** Personnel kinds counted against the Council's two ceilings. */
export type PersonnelKind = 'military' | 'police';

/** One unit's contingent, as rotations track it. */
export interface RotatingUnit {
  readonly force: ForceUnit;
  readonly id: string;
  readonly kind: PersonnelKind;
  readonly establishment: number;
  /** Whether the unit responds to threats to civilians (counted in `respondersAbsent`). */
  readonly protectsCivilians: boolean;
  /** Whether the unit staffs a surgical team (counted in `surgicalTeamsOut`). */
  readonly surgical: boolean;
  /** Outgoing (current) contingent holding posts, fit. */
  outgoing: number;
  /** Incoming personnel holding posts, fit (become the outgoing contingent when the rotation ends). */
  settled: number;
  /** Posts no one fills (a unit flying in). */
  vacant: number;
  readonly cohorts: Cohort[];
  /** Hours: end of the outgoing contingent's tour. */
  tourEnd: number;
  /** Hours: first landing of the rotation under way (NaN when none). */
  rotationStart: number;
  /** Personnel still to fly in for the rotation or deployment under way. */
  toFly: number;
  /** Whether a rotation or deployment is under way. */
  rotating: boolean;
  /** The airlift request waiting, if any. */
  pending: Request | null;
  present: boolean;
  readonly tourDays: number | undefined;
  readonly overlapDays: number | undefined;
}

/** A pledge's draws, made at the start so they do not depend on what else happens. */
export interface PledgeDraw {
  readonly honoured: boolean;
  /** Day (from the start) the pledged unit starts flying in, NaN when never. */
  readonly deployDay: number;
  /** Months from the replaced unit's departure to the pledged unit fit for duty, if it replaces one. */
  readonly gapMonths: number;
}

/** Totals of one day, by kind and sector (`''` = outside the sectors). */
export interface DayTotals {
  deployed: Record<PersonnelKind, number>;
  available: Record<PersonnelKind, number>;
  deployedBySector: Map<string, Record<PersonnelKind, number>>;
  availableBySector: Map<string, Record<PersonnelKind, number>>;
  quarantined: number;
  isolated: number;
  vacant: number;
  unitsAbsent: number;
  unitsOverdue: number;
  /** Posts of present units not fit for duty (quarantine, isolation, vacant, overdue fatigue). */
  postsUnavailable: number;
  establishment: number;
  militaryHelicoptersShort: number;
  surgicalTeamsOut: number;
  respondersAbsent: number;
  policeUnitsAbsent: number;
}

/** The pledge-unit action, as the dynamics read it. */
interface PledgeAction {
  readonly unit: Unit;
  readonly requestedOn: string;
  readonly leadDays: { readonly value: DistributionSpec };
  readonly probability: { readonly value: number };
  readonly replaces?: string;
}

const HOURS_PER_WEEK = 7 * HOURS_PER_DAY;

/** Rotations of one replication. */
export class RotationsDynamics {
  readonly units: RotatingUnit[] = [];
  private readonly byId = new Map<string, RotatingUnit>();
  /** The departure slot of rotation flights: capacity 1, 0 while suspended. */
  readonly airlift: Resource;
  private suspensions = 0;
  private readonly restrictions: number[] = [];
  private readonly contingents: Map<string, RotationsParameters['contingents'][number]>;
  /** Pledge draws by plan step id. */
  readonly pledges = new Map<string, PledgeDraw>();
  /** Incoming personnel landed, cases, and cases before the letter's date. */
  arrivals = 0;
  cases = 0;
  casesToLetter = 0;
  rotationsStarted = 0;
  /** Tour extensions (days beyond the tour) of rotations that started. */
  readonly extensions: number[] = [];
  /** Every rotation's tour end and first landing, in hours (only when the run keeps logs). */
  readonly rotationLog: { unit: string; tourEnd: number; firstLanding: number }[] | null;
  private readonly letterHours: number;

  private get p(): RotationsParameters {
    return this.rt.params.rotations as RotationsParameters;
  }

  constructor(
    private readonly rt: Runtime,
    private readonly force: ForceApi,
  ) {
    this.airlift = new Resource(rt.env, { capacity: 1 });
    this.rotationLog = rt.keepLogs ? [] : null;
    this.letterHours = rt.calendar.hoursAt(rt.scenario.mission.armouredFleet.asOf);
    this.contingents = new Map(this.p.contingents.map((c) => [c.unit, c]));
    this.drawPledges();
    const overdue: { u: RotatingUnit; since: number }[] = [];
    for (const fu of force.units) {
      const u = this.track(fu);
      const c = this.contingents.get(fu.unit.id);
      const tour = initialTour({
        startDate: rt.scenario.startDate,
        tourDays: u.tourDays ?? this.p.tourDays.value,
        lastRotation: c?.lastRotation?.value,
        phase: rt.streams.stream('rotations', `phase/${fu.unit.id}`)(),
        pastSuspensions: this.p.pastSuspensions,
      });
      u.outgoing = u.establishment;
      u.tourEnd = tour.endDay * HOURS_PER_DAY;
      if (tour.endDay <= 0) overdue.push({ u, since: tour.endDay });
      else this.scheduleDue(u);
    }
    // Units overdue at the start ask for flights first, longest overdue first.
    overdue.sort((a, b) => a.since - b.since);
    for (const { u } of overdue) this.startRotation(u);
    for (const u of this.units) this.report(u);
    force.onChange((fu, change) => {
      if (change === 'arrived') this.arrive(fu);
      else if (change === 'left') this.leave(fu);
    });
  }

  /** The unit's rotation state. */
  unit(id: string): RotatingUnit | undefined {
    return this.byId.get(id);
  }

  /** Whether rotation flights are suspended now. */
  get suspended(): boolean {
    return this.suspensions > 0;
  }

  /** Share of normal flight capacity now (product of the restrictions in force). */
  get flightShare(): number {
    return this.restrictions.reduce((a, b) => a * b, 1);
  }

  private track(fu: ForceUnit): RotatingUnit {
    const c = this.contingents.get(fu.unit.id);
    const u: RotatingUnit = {
      force: fu,
      id: fu.unit.id,
      kind: fu.unit.kind === 'formed-police-unit' ? 'police' : 'military',
      establishment: fu.unit.strength.value,
      protectsCivilians: fu.unit.capabilities.includes('civilian-protection'),
      surgical: fu.unit.capabilities.includes('surgery'),
      outgoing: 0,
      settled: 0,
      vacant: 0,
      cohorts: [],
      tourEnd: Number.POSITIVE_INFINITY,
      rotationStart: Number.NaN,
      toFly: 0,
      rotating: false,
      pending: null,
      present: true,
      tourDays: c?.tourDays?.value,
      overlapDays: c?.handoverOverlapDays?.value,
    };
    this.units.push(u);
    this.byId.set(u.id, u);
    return u;
  }

  /** A unit deployed by the plan (or a pledge honoured): its personnel fly in and quarantine. */
  private arrive(fu: ForceUnit): void {
    if (this.byId.has(fu.unit.id)) return;
    const u = this.track(fu);
    u.vacant = u.establishment;
    this.report(u);
    this.startRotation(u);
  }

  private leave(fu: ForceUnit): void {
    const u = this.byId.get(fu.unit.id);
    if (u === undefined) return;
    u.present = false;
    u.pending?.cancel();
    u.pending = null;
  }

  private scheduleDue(u: RotatingUnit): void {
    const at = u.tourEnd;
    this.rt.env.timeout(Math.max(0, at - this.rt.env.now)).addCallback(() => {
      if (!u.present || u.tourEnd !== at) return;
      this.report(u); // now past its tour
      this.startRotation(u);
    });
  }

  /** Starts the rotation (or deployment) of `u`: all its posts, flight after flight. */
  private startRotation(u: RotatingUnit): void {
    if (!u.present || u.rotating) return;
    u.rotating = true;
    u.toFly = u.establishment;
    u.rotationStart = Number.NaN;
    this.rotationsStarted++;
    this.requestFlight(u);
  }

  private requestFlight(u: RotatingUnit): void {
    const req = this.airlift.request();
    u.pending = req;
    if (req.status === 'granted') this.fly(u, req);
    else req.addCallback(() => this.fly(u, req));
  }

  private fly(u: RotatingUnit, req: Request): void {
    if (u.pending !== req) return;
    u.pending = null;
    const p = this.p;
    const hold = HOURS_PER_WEEK / (p.flightsPerWeek.value * Math.max(this.flightShare, 1e-9));
    this.rt.env.timeout(hold).addCallback(() => this.airlift.release(req));
    if (!u.present) return;
    const flightsLeft = Math.ceil(u.toFly / p.flightSeats.value);
    const k = Math.ceil(u.toFly / Math.max(1, flightsLeft));
    u.toFly -= k;
    this.land(u, k);
    if (u.toFly > 0) this.requestFlight(u);
  }

  /** `k` incoming personnel land now. */
  private land(u: RotatingUnit, k: number): void {
    const env = this.rt.env;
    const now = env.now;
    const p = this.p;
    if (Number.isNaN(u.rotationStart)) {
      u.rotationStart = now;
      if (u.outgoing > 0) {
        this.extensions.push(Math.max(0, (now - u.tourEnd) / HOURS_PER_DAY));
        this.rotationLog?.push({ unit: u.id, tourEnd: u.tourEnd, firstLanding: now });
      }
    }
    this.arrivals += k;
    const cohort: Cohort = { size: k, quarantined: k, isolated: 0, fit: 0, holdsPosts: false };
    u.cohorts.push(cohort);
    if (u.vacant >= k) {
      u.vacant -= k;
      cohort.holdsPosts = true;
    } else {
      const overlap = (u.overlapDays ?? p.handoverOverlapDays.value) * HOURS_PER_DAY;
      const takeOver = () => {
        if (!u.present) return;
        u.outgoing = Math.max(0, u.outgoing - k);
        cohort.holdsPosts = true;
        this.settle(u, cohort);
      };
      if (overlap > 0) env.timeout(overlap).addCallback(takeOver);
      else takeOver();
    }
    // COVID-19: cases found during the quarantine, isolated; their contacts quarantined again.
    const covid = p.covid;
    const rng = this.rt.streams.stream('rotations', `covid/${u.id}`);
    const cases = binomial(rng, k, covid.caseProbability.value);
    this.cases += cases;
    if (now < this.letterHours) this.casesToLetter += cases;
    const contacts = Math.min(k - cases, Math.round(cases * covid.contactsPerCase.value));
    const q = p.quarantineDays.value * HOURS_PER_DAY;
    const d = covid.detectionDays.value * HOURS_PER_DAY;
    const iso = covid.isolationDays.value * HOURS_PER_DAY;
    this.releaseAfter(u, cohort, k - cases - contacts, q);
    this.releaseAfter(u, cohort, contacts, Math.max(q, d + q));
    if (cases > 0) {
      env.timeout(d).addCallback(() => {
        if (!u.present) return;
        cohort.quarantined -= cases;
        cohort.isolated += cases;
        this.report(u);
      });
      env.timeout(Math.max(q, d + iso)).addCallback(() => {
        if (!u.present) return;
        cohort.isolated -= cases;
        cohort.fit += cases;
        this.settle(u, cohort);
      });
    }
    this.settle(u, cohort);
  }

  private releaseAfter(u: RotatingUnit, cohort: Cohort, n: number, hours: number): void {
    if (n <= 0) return;
    const release = () => {
      if (!u.present) return;
      cohort.quarantined -= n;
      cohort.fit += n;
      this.settle(u, cohort);
    };
    if (hours > 0) this.rt.env.timeout(hours).addCallback(release);
    else release();
  }

  /** Merges a cohort holding its posts and all fit into the settled personnel; ends the rotation. */
  private settle(u: RotatingUnit, cohort: Cohort): void {
    if (cohort.holdsPosts && cohort.quarantined === 0 && cohort.isolated === 0) {
      const i = u.cohorts.indexOf(cohort);
      if (i >= 0) {
        u.cohorts.splice(i, 1);
        u.settled += cohort.size;
      }
    }
    if (u.rotating && u.toFly === 0 && u.cohorts.length === 0 && u.pending === null) {
      u.rotating = false;
      u.outgoing += u.settled;
      u.settled = 0;
      u.tourEnd = u.rotationStart + (u.tourDays ?? this.p.tourDays.value) * HOURS_PER_DAY;
      u.rotationStart = Number.NaN;
      this.scheduleDue(u);
    }
    this.report(u);
  }

  /** Whether the outgoing contingent is past its tour now. */
  overdue(u: RotatingUnit): boolean {
    return u.present && u.outgoing > 0 && this.rt.env.now >= u.tourEnd;
  }

  /** Personnel of `u` fit for duty in their posts now. */
  available(u: RotatingUnit): number {
    if (!u.present) return 0;
    const loss = this.overdue(u) ? this.p.overdueUnfitShare.value : 0;
    let fit = Math.floor(u.outgoing * (1 - loss)) + u.settled;
    for (const c of u.cohorts) if (c.holdsPosts) fit += c.fit;
    return fit;
  }

  /** Personnel of `u` in the mission area now. */
  deployed(u: RotatingUnit): number {
    if (!u.present) return 0;
    let n = u.outgoing + u.settled;
    for (const c of u.cohorts) n += c.size;
    return n;
  }

  /** Tells the force what `u` can do now. */
  report(u: RotatingUnit): void {
    if (!u.present) return;
    const fit = this.available(u);
    const absent = fit < this.p.minimumShareToTask.value * u.establishment;
    this.force.setStrength(u.force, fit, absent);
  }

  /** Rotation flights stop for `days` (nested suspensions hold until the last ends). */
  suspend(days: number): void {
    this.suspensions++;
    this.airlift.setCapacity(0);
    this.rt.env.timeout(days * HOURS_PER_DAY).addCallback(() => {
      this.suspensions--;
      if (this.suspensions === 0) this.airlift.setCapacity(1);
    });
  }

  /** Rotation flights run at `share` of their capacity for `days`. */
  restrict(days: number, share: number): void {
    this.restrictions.push(share);
    this.rt.env.timeout(days * HOURS_PER_DAY).addCallback(() => {
      const i = this.restrictions.indexOf(share);
      if (i >= 0) this.restrictions.splice(i, 1);
    });
  }

  /** Draws every pledge of the plan at the start (stream per step: common random numbers). */
  private drawPledges(): void {
    const scenario = this.rt.scenario;
    const plan = scenario.plan;
    const { effectiveDay } = schedulePlan(plan, scenario.startDate);
    const cal = this.rt.calendar;
    plan.forEach((step, i) => {
      if ((step.action as AnyAction).kind !== 'pledge-unit') return;
      const a = step.action as unknown as PledgeAction;
      const rng = this.rt.streams.stream('rotations', `pledge/${step.id}`);
      const honoured = rng() < a.probability.value;
      const lead = sampler(a.leadDays.value)(rng);
      const ready = cal.dayOf(a.requestedOn) + lead;
      const deployDay = honoured ? Math.max(effectiveDay[i] as number, ready) : Number.NaN;
      let gapMonths = Number.NaN;
      if (a.replaces !== undefined) {
        const j = plan.findIndex(
          (s) =>
            (s.action as AnyAction).kind === 'repatriate-unit' &&
            (s.action as unknown as { unit: string }).unit === a.replaces,
        );
        const left = j >= 0 ? (effectiveDay[j] as number) : Number.NaN;
        gapMonths = (deployDay + this.p.quarantineDays.value - left) / (365.25 / 12);
      }
      this.pledges.set(step.id, { honoured, deployDay, gapMonths });
    });
  }

  /** A pledge step takes effect: the unit deploys when ready, if the pledge is honoured. */
  pledge(stepId: string, unit: Unit): void {
    const draw = this.pledges.get(stepId);
    if (draw === undefined || !draw.honoured) return;
    const at = draw.deployDay * HOURS_PER_DAY;
    const deploy = () => {
      this.rt.trace?.(this.rt.env.now, `pledge ${stepId}: ${unit.id} deploys`);
      this.force.deploy(unit);
    };
    if (at > this.rt.env.now) this.rt.env.timeout(at - this.rt.env.now).addCallback(deploy);
    else deploy();
  }

  /** Totals of the force now, for the daily series. */
  totals(): DayTotals {
    const deployed: Record<PersonnelKind, number> = { military: 0, police: 0 };
    const available: Record<PersonnelKind, number> = { military: 0, police: 0 };
    const deployedBySector = new Map<string, Record<PersonnelKind, number>>();
    const availableBySector = new Map<string, Record<PersonnelKind, number>>();
    let quarantined = 0;
    let isolated = 0;
    let vacant = 0;
    let unitsAbsent = 0;
    let unitsOverdue = 0;
    let postsUnavailable = 0;
    let establishment = 0;
    let respondersAbsent = 0;
    let policeUnitsAbsent = 0;
    let crewedMilitary = 0;
    const world = this.rt.world;
    for (const u of this.units) {
      if (!u.present) continue;
      const sector = world.place(u.force.base).sector ?? '';
      const dep = this.deployed(u);
      const av = this.available(u);
      let ds = deployedBySector.get(sector);
      let as = availableBySector.get(sector);
      if (ds === undefined || as === undefined) {
        ds = { military: 0, police: 0 };
        as = { military: 0, police: 0 };
        deployedBySector.set(sector, ds);
        availableBySector.set(sector, as);
      }
      deployed[u.kind] += dep;
      available[u.kind] += av;
      ds[u.kind] += dep;
      as[u.kind] += av;
      for (const c of u.cohorts) {
        quarantined += c.quarantined;
        isolated += c.isolated;
      }
      vacant += u.vacant;
      establishment += u.establishment;
      postsUnavailable += u.establishment - av;
      const fu = u.force;
      if (fu.absent) {
        unitsAbsent++;
        if (u.protectsCivilians) {
          if (u.kind === 'police') policeUnitsAbsent++;
          else respondersAbsent++;
        }
      }
      if (this.overdue(u)) unitsOverdue++;
      const ac = fu.unit.aircraft;
      if (ac?.militaryTasking === true) {
        const share = fu.absent ? 0 : Math.min(1, fu.strength / u.establishment);
        crewedMilitary += Math.round(ac.count.value * share);
      }
    }
    const req = this.p.requirements.militaryHelicopters.value;
    return {
      deployed,
      available,
      deployedBySector,
      availableBySector,
      quarantined,
      isolated,
      vacant,
      unitsAbsent,
      unitsOverdue,
      postsUnavailable,
      establishment,
      militaryHelicoptersShort: Math.max(0, req - crewedMilitary),
      surgicalTeamsOut: this.surgicalTeamsOut(),
      respondersAbsent,
      policeUnitsAbsent,
    };
  }

  /**
   * Surgical teams of the mission's facilities not operating because their staff are away: at
   * each facility, the share of its surgical units' posts filled by personnel present and fit.
   */
  private surgicalTeamsOut(): number {
    // Establishment and fit personnel of the surgical units, by base (one pass over the units).
    const est = new Map<string, number>();
    const fit = new Map<string, number>();
    for (const u of this.units) {
      if (!u.surgical) continue;
      const fu = u.force;
      est.set(fu.base, (est.get(fu.base) ?? 0) + u.establishment);
      const f = fu.present && !fu.absent ? Math.min(fu.strength, u.establishment) : 0;
      fit.set(fu.base, (fit.get(fu.base) ?? 0) + f);
    }
    let out = 0;
    for (const f of this.rt.scenario.mission.medical) {
      const teams = f.surgicalTeams.value;
      if (teams <= 0) continue;
      const e = est.get(f.place) ?? 0;
      if (e > 0) out += teams - Math.round((teams * (fit.get(f.place) ?? 0)) / e);
    }
    return out;
  }
}
