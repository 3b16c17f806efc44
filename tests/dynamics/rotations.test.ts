/**
 * Rotations: personnel conservation every day, closed forms of the available fraction, tours
 * extended by a suspension, pledges, determinism and common random numbers, and a paired test
 * that each new plan action changes what it claims.
 */
import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import type { AviationDynamics } from '../../src/dynamics/aviation.js';
import { aviation } from '../../src/dynamics/aviation.js';
import type { CasevacDynamics } from '../../src/dynamics/casevac.js';
import { casevac } from '../../src/dynamics/casevac.js';
import { force } from '../../src/dynamics/force.js';
import type { PlanStep, Scenario } from '../../src/dynamics/format.js';
import { buildMission, simulateMission } from '../../src/dynamics/index.js';
import {
  initialTour,
  type RotatingUnit,
  type RotationsDynamics,
  rotations,
} from '../../src/dynamics/rotations/index.js';
import type { Unit } from '../../src/model/mission.js';
import { assumed } from '../../src/model/provenance.js';
import { setValue } from '../../src/scenario/variant.js';
import { smallScenario } from './fixtures.js';

const A = (v: number) => assumed(v, 'test');
type Rot = Scenario['parameters']['rotations'];

/** The fixture with rotations switched on as `over` says. */
function withRotations(s: Scenario, over: Partial<Record<keyof Rot, unknown>>): Scenario {
  return {
    ...s,
    parameters: { ...s.parameters, rotations: { ...s.parameters.rotations, ...over } as Rot },
  };
}

function infantry(id: string, strength = 150): Unit {
  return {
    id,
    name: id,
    kind: 'infantry',
    strength: A(strength),
    base: 'camp',
    capabilities: ['civilian-protection'],
  };
}

function step(id: string, date: string, action: PlanStep['action']): PlanStep {
  return {
    id,
    title: id,
    date,
    status: 'planned',
    source: { kind: 'assumption', rationale: 'test' },
    action,
  };
}

/** Mean and 95 % (or `z`) interval of the mean. */
function interval(xs: readonly number[], z = 1.96): { mean: number; lo: number; hi: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1));
  const h = (z * sd) / Math.sqrt(n);
  return { mean, lo: mean - h, hi: mean + h };
}

/** Paired differences b − a of a scalar over `n` replications. */
function paired(a: Scenario, b: Scenario, metric: string, n: number) {
  const d: number[] = [];
  for (let r = 0; r < n; r++) {
    const x = simulateMission(a, { seed: 7, replication: r }).scalars[metric] as number;
    const y = simulateMission(b, { seed: 7, replication: r }).scalars[metric] as number;
    d.push(y - x);
  }
  return interval(d);
}

function checkConservation(live: RotationsDynamics, u: RotatingUnit, day: number): void {
  if (!u.present) return;
  const holding = u.cohorts.filter((c) => c.holdsPosts).reduce((a, c) => a + c.size, 0);
  const overlap = u.cohorts.filter((c) => !c.holdsPosts).reduce((a, c) => a + c.size, 0);
  const where = `${u.id} day ${day}`;
  expect(u.outgoing + u.settled + holding + u.vacant, where).toBe(u.establishment);
  for (const c of u.cohorts) {
    expect(c.quarantined + c.isolated + c.fit, where).toBe(c.size);
    expect(Math.min(c.quarantined, c.isolated, c.fit), where).toBeGreaterThanOrEqual(0);
  }
  // In the mission area: every post's holder, plus the overlap (explained), none in transit.
  expect(live.deployed(u), where).toBe(u.establishment - u.vacant + overlap);
  expect(live.available(u), where).toBeLessThanOrEqual(u.establishment);
}

describe('rotations: personnel conservation', () => {
  it('deployed + quarantined + isolated + vacant = establishment (+ overlap) every day, embedded scenario', () => {
    const s = setValue(minusma2020, 'horizonDays', 150, 'test');
    const run = buildMission(s, { seed: 3, replication: 0 });
    const live = run.part(rotations);
    for (let d = 1; d <= 150; d++) {
      run.runtime.env.run({ until: d * 24 });
      for (const u of live.units) checkConservation(live, u, d);
    }
    expect(live.arrivals).toBeGreaterThan(3000);
  });

  it('holds with a handover overlap, COVID-19 cases and a deployment flying in', () => {
    const units = Array.from({ length: 8 }, (_, i) => infantry(`inf-${i}`, 400));
    let s = smallScenario({
      horizonDays: 200,
      extraUnits: units,
      plan: [
        step('deploy', '2020-08-01', { kind: 'deploy-unit', unit: infantry('newcomer', 600) }),
      ],
    });
    s = withRotations(s, {
      tourDays: A(60),
      quarantineDays: A(14),
      handoverOverlapDays: A(5),
      flightSeats: A(150),
      flightsPerWeek: A(3),
      minimumShareToTask: A(0.5),
      covid: {
        caseProbability: A(0.05),
        detectionDays: A(4),
        isolationDays: A(14),
        contactsPerCase: A(3),
      },
    });
    const run = buildMission(s, { seed: 5, replication: 1 });
    const live = run.part(rotations);
    for (let d = 1; d <= 200; d++) {
      run.runtime.env.run({ until: d * 24 });
      for (const u of live.units) checkConservation(live, u, d);
    }
    expect(live.cases).toBeGreaterThan(0);
    expect(live.unit('newcomer')?.vacant).toBe(0);
  });
});

describe('rotations: closed forms of the available fraction', () => {
  const T = 100;
  const q = 10;
  const horizon = 2000;
  /** Time-average available fraction of one unit of 150, per replication. */
  const fractions = (overlap: number, n: number) => {
    const s = withRotations(smallScenario({ horizonDays: horizon }), {
      tourDays: A(T),
      quarantineDays: A(q),
      handoverOverlapDays: A(overlap),
    });
    return Array.from({ length: n }, (_, r) => {
      const av = simulateMission(s, { seed: 11, replication: r }).series[
        'rotations.available.military'
      ] as number[];
      return av.reduce((a, b) => a + b, 0) / (av.length * 150);
    });
  };

  it('outgoing leave as the incoming land: 1 − q/T within its confidence interval', () => {
    // Sample sized from the tolerance: the phase moves the estimate by at most q/horizon =
    // 0.005; 40 replications give a 99 % interval of about ±0.001.
    const ci = interval(fractions(0, 40), 2.576);
    expect(ci.hi - ci.lo).toBeLessThan(0.004);
    expect(ci.lo).toBeLessThanOrEqual(1 - q / T);
    expect(ci.hi).toBeGreaterThanOrEqual(1 - q / T);
  });

  it('a handover overlap of at least q: 1 within its confidence interval', () => {
    const ci = interval(fractions(q, 10), 2.576);
    expect(ci.lo).toBeLessThanOrEqual(1);
    expect(ci.hi).toBeGreaterThanOrEqual(1);
    expect(ci.mean).toBe(1);
  });
});

describe('rotations: suspensions, restrictions, pledges', () => {
  it('a suspension of length s extends every tour that ends during it by up to s, and no other', () => {
    const a = 150;
    const sDays = 30;
    const units = Array.from({ length: 30 }, (_, i) => infantry(`inf-${i}`));
    const scenario = withRotations(
      smallScenario({
        horizonDays: 300,
        extraUnits: units,
        plan: [
          step('suspension', '2020-11-28', {
            kind: 'suspend-rotations',
            durationDays: A(sDays),
          }),
        ],
      }),
      { tourDays: A(100), quarantineDays: A(5) },
    );
    let during = 0;
    for (let r = 0; r < 3; r++) {
      const run = buildMission(scenario, { seed: 2, replication: r, keepLogs: true });
      run.runtime.env.run({ until: 300 * 24 });
      const log = run.part(rotations).rotationLog ?? [];
      for (const e of log) {
        const end = e.tourEnd / 24;
        const ext = (e.firstLanding - e.tourEnd) / 24;
        if (end >= a && end < a + sDays) {
          during++;
          expect(ext).toBeGreaterThan(0);
          // Flights leave one after another (a slot every 168/10⁶ h here): within a minute.
          expect(ext).toBeLessThanOrEqual(sDays + 1e-3);
          expect(e.firstLanding / 24).toBeCloseTo(a + sDays, 3);
        } else {
          expect(ext).toBeCloseTo(0, 3);
        }
      }
    }
    expect(during).toBeGreaterThan(3);
  });

  it('past suspensions: a rotation scheduled during one is due at the start', () => {
    const past = [{ from: '2020-03-16', until: '2020-06-30' }];
    expect(
      initialTour({ startDate: '2020-07-01', tourDays: 365, phase: 0.2, pastSuspensions: past }),
    ).toEqual({ endDay: -73, extendedDays: 73 });
    expect(
      initialTour({ startDate: '2020-07-01', tourDays: 365, phase: 0.5, pastSuspensions: past }),
    ).toEqual({ endDay: 365 - 182, extendedDays: 0 });
    expect(
      initialTour({
        startDate: '2020-07-01',
        tourDays: 365,
        phase: 0.9,
        lastRotation: '2019-10-01',
        pastSuspensions: past,
      }),
    ).toEqual({ endDay: 91, extendedDays: 0 });
  });

  const pledgeScenario = (probability: number) =>
    smallScenario({
      horizonDays: 120,
      plan: [
        step('pledge', '2020-07-15', {
          kind: 'pledge-unit',
          unit: infantry('pledged'),
          requestedOn: '2020-07-01',
          leadDays: assumed({ dist: 'uniform', min: 10, max: 60 }, 'test'),
          probability: A(probability),
        }),
      ],
    });

  it('a pledge with probability 0 never arrives; with probability 1 it arrives after its lead time', () => {
    for (let r = 0; r < 20; r++) {
      const never = buildMission(pledgeScenario(0), { seed: 4, replication: r });
      never.runtime.env.run({ until: 120 * 24 });
      expect(never.part(force).unit('pledged')).toBeUndefined();
      const rec = simulateMission(pledgeScenario(0), { seed: 4, replication: r });
      expect(rec.scalars['rotations.pledge.honoured.step.pledge']).toBe(0);
      expect(Number.isNaN(rec.scalars['rotations.pledge.deployDay.step.pledge'])).toBe(true);
      const sure = simulateMission(pledgeScenario(1), { seed: 4, replication: r });
      const day = sure.scalars['rotations.pledge.deployDay.step.pledge'] as number;
      expect(day).toBeGreaterThanOrEqual(14);
      expect(day).toBeLessThanOrEqual(60);
    }
  });
});

describe('rotations: effects through the force', () => {
  it('an absent unit cannot be tasked; its helicopters do not fly; its surgical team does not operate', () => {
    const surgeons: Unit = {
      id: 'surgeons',
      name: 'Role 2 staff',
      kind: 'surgical-team',
      strength: A(60),
      base: 'camp',
      capabilities: ['surgery'],
    };
    const s = smallScenario({ helicopters: 2, extraUnits: [surgeons], horizonDays: 10 });
    const run = buildMission(s, { seed: 1, replication: 0 });
    const f = run.part(force);
    const av = run.part(aviation) as AviationDynamics;
    const cv = run.part(casevac) as CasevacDynamics;
    const teams = () =>
      (cv as unknown as { facilities: { teams: { capacity: number } }[] }).facilities[0]?.teams
        .capacity;
    const qrf = f.unit('qrf')!;
    const helo = f.unit('helo')!;
    expect(f.isAvailable(qrf)).toBe(true);
    expect(av.militaryLiftEstimate()).not.toBeNull();
    expect(teams()).toBe(1);
    f.setStrength(qrf, 0, true);
    f.setStrength(helo, 0, true);
    f.setStrength(f.unit('surgeons')!, 0, true);
    expect(f.isAvailable(qrf)).toBe(false);
    expect(av.militaryLiftEstimate()).toBeNull();
    expect(teams()).toBe(0);
    f.setStrength(helo, 50, false);
    expect(av.militaryLiftEstimate()).not.toBeNull(); // one of the two airframes crewed
    f.setStrength(f.unit('surgeons')!, 60, false);
    expect(teams()).toBe(1);
  });
});

describe('rotations: determinism and common random numbers', () => {
  const s = setValue(minusma2020, 'horizonDays', 90, 'test');

  it('the same scenario, seed and replication give the same record', () => {
    expect(simulateMission(s, { seed: 9, replication: 2 })).toEqual(
      simulateMission(s, { seed: 9, replication: 2 }),
    );
  });

  it('adding a unit that rotates shifts no other stream: the others’ tours and the fleet are unchanged', () => {
    const extra: PlanStep = step('extra-battalion', '2020-07-10', {
      kind: 'deploy-unit',
      unit: { ...infantry('extra-battalion', 800), base: 'gao' },
    });
    const b = { ...s, plan: [...s.plan, extra] } as Scenario;
    for (let r = 0; r < 3; r++) {
      const runA = buildMission(s, { seed: 9, replication: r });
      const runB = buildMission(b, { seed: 9, replication: r });
      const ends = (run: typeof runA) =>
        run
          .part(rotations)
          .units.filter((u) => u.id !== 'extra-battalion')
          .map((u) => [u.id, u.tourEnd]);
      expect(ends(runB)).toEqual(ends(runA));
      const ra = simulateMission(s, { seed: 9, replication: r });
      const rb = simulateMission(b, { seed: 9, replication: r });
      expect(rb.series['fleet.inDailyUse']).toEqual(ra.series['fleet.inDailyUse']);
      expect(rb.scalars['ied.encounters']).toEqual(ra.scalars['ied.encounters']);
    }
  });
});

describe('rotations: each plan action changes what it claims (paired, 95 % interval excluding 0)', () => {
  const units = Array.from({ length: 12 }, (_, i) => infantry(`inf-${i}`, 300));
  const base = (plan: PlanStep[]) =>
    withRotations(smallScenario({ horizonDays: 240, extraUnits: units, plan }), {
      tourDays: A(90),
      quarantineDays: A(14),
      flightSeats: A(150),
      flightsPerWeek: A(4),
      minimumShareToTask: A(0.5),
      overdueUnfitShare: A(0.1),
    });

  it('suspend-rotations extends tours and delays a deployment: more unit-days past the tour and absent', () => {
    const deploy = step('deploy', '2020-09-01', {
      kind: 'deploy-unit',
      unit: infantry('newcomer', 300),
    });
    const suspend = step('suspend', '2020-08-15', {
      kind: 'suspend-rotations',
      durationDays: A(60),
    });
    const a = base([deploy]);
    const b = base([deploy, suspend]);
    const overdue = paired(a, b, 'rotations.unitDaysOverdue', 12);
    expect(overdue.lo).toBeGreaterThan(0);
    const absent = paired(a, b, 'rotations.unitDaysAbsent', 12);
    expect(absent.lo).toBeGreaterThan(0);
    const unavailable = paired(a, b, 'rotations.personDaysUnavailable', 12);
    expect(unavailable.lo).toBeGreaterThan(0);
  });

  it('restrict-rotations slows the flights: tours extended further', () => {
    const restrict = step('restrict', '2020-08-01', {
      kind: 'restrict-rotations',
      durationDays: A(90),
      flightShare: A(0.2),
    });
    const ext = paired(base([]), base([restrict]), 'rotations.unitDaysOverdue', 12);
    expect(ext.lo).toBeGreaterThan(0);
  });

  it('pledge-unit honoured brings a unit: more strength deployed at the horizon', () => {
    const pledge = (p: number) =>
      step('pledge', '2020-07-01', {
        kind: 'pledge-unit',
        unit: infantry('pledged', 300),
        requestedOn: '2020-07-01',
        leadDays: assumed({ dist: 'uniform', min: 30, max: 120 }, 'test'),
        probability: A(p),
      });
    const d: number[] = [];
    for (let r = 0; r < 12; r++) {
      const last = (p: number) => {
        const s = simulateMission(base([pledge(p)]), { seed: 7, replication: r }).series[
          'rotations.deployed.military'
        ] as number[];
        return s[s.length - 1] as number;
      };
      d.push(last(1) - last(0));
    }
    expect(interval(d).lo).toBeGreaterThan(0);
  });
});
