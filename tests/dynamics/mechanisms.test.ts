/**
 * The mechanisms behind the plan's steps, each shown by a paired or exact test: responders
 * where the bases are, garrisons moving in and out, camps as capacity, forward surgical teams
 * with their task force, route clearance and ISR on IED detection, base defence against attacks
 * on camps, mass-casualty evacuation, day and night.
 */
import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import {
  buildMission,
  type CampAttacksDynamics,
  campAttacks,
  casevac,
  response,
  simulateMission,
} from '../../src/dynamics/index.js';
import { compare } from '../../src/experiment/index.js';
import { variant } from '../../src/scenario/variant.js';
import { checkNoWorse, recordMetric, withOneMoreHelicopter } from '../../src/testing/index.js';
import { smallScenario } from './fixtures.js';

const A = (value: number) => ({
  value,
  source: { kind: 'assumption' as const, rationale: 'test' },
});

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('threats placed in space: response time comes from the force', () => {
  it('ground travel time grows with the distance from the responder’s base (MINUSMA, one replication)', () => {
    const run = buildMission(minusma2020, { seed: 3, replication: 0, keepLogs: true });
    run.runtime.env.run({ until: run.runtime.horizonHours });
    const ground = run.part(response).records.filter((r) => r.mode === 'ground');
    expect(ground.length).toBeGreaterThan(300);
    const km = ground.map((r) => r.distanceKm);
    const hours = ground.map((r) => r.travelHours);
    expect(pearson(km, hours)).toBeGreaterThan(0.8);
    // Mean travel time by distance quartile rises strictly.
    const sorted = ground.slice().sort((a, b) => a.distanceKm - b.distanceKm);
    const q = Math.floor(sorted.length / 4);
    const means = [0, 1, 2, 3].map((k) => {
      const part = sorted.slice(k * q, (k + 1) * q);
      return part.reduce((a, r) => a + r.travelHours, 0) / part.length;
    });
    for (let k = 1; k < 4; k++) expect(means[k]!).toBeGreaterThan(means[k - 1]!);
    // And the response includes the warning and dispatch delays: never shorter than them.
    for (const r of ground) expect(r.responseHours).toBeGreaterThanOrEqual(r.noticeHours);
  });

  it('a threat not reached within its window is unanswered, by area and by month', () => {
    const s = smallScenario({
      threatsPerMonth: 20,
      threatWindowHours: { dist: 'constant', value: 1 },
      horizonDays: 90,
    });
    const rec = simulateMission(s, { seed: 2, replication: 0 });
    // 100 km at 50 km/h after 30 min notice: every threat is reached after its 1-hour window.
    expect(rec.scalars['response.threats']).toBeGreaterThan(30);
    expect(rec.scalars['response.unanswered']).toBe(rec.scalars['response.threats']);
    expect(rec.scalars['response.unanswered.area.town-area']).toBe(rec.scalars['response.threats']);
    const months = Object.keys(rec.scalars).filter((k) =>
      k.startsWith('response.unanswered.month.'),
    );
    expect(months.map((k) => rec.scalars[k]!).reduce((a, b) => a + b, 0)).toBe(
      rec.scalars['response.threats'],
    );
  });

  it('adding a helicopter never lengthens the median response (MINUSMA, paired)', () => {
    const more = withOneMoreHelicopter(minusma2020, 'pakistan-helicopter-unit');
    const r = checkNoWorse(minusma2020, more, {
      metric: recordMetric('response.time.p50Min', 'lower', 'min'),
      seed: 11,
      replications: 6,
      tolerance: 1,
    });
    expect(r.n).toBe(6);
    expect(r.meanWorsening).toBeLessThanOrEqual(1);
  });
});

describe('bases and garrisons', () => {
  const base = smallScenario({ threatsPerMonth: 0, horizonDays: 30 });
  const withTob = variant(base, (d) => {
    d.mission.units.push({
      id: 'company',
      name: 'Company',
      kind: 'infantry',
      strength: A(120),
      base: 'camp',
      capabilities: ['civilian-protection'],
      noticeToMoveMin: A(45),
    });
    d.plan.push(
      {
        id: 'open-tob',
        title: 'Open a TOB near the town',
        date: '2020-07-05',
        status: 'planned',
        source: { kind: 'assumption', rationale: 'test' },
        action: {
          kind: 'open-base',
          place: {
            id: 'tob',
            name: 'TOB',
            kind: 'temporary-operating-base',
            sector: 'north',
            // At the town, 100 km from the camp.
            location: d.mission.places.find((p) => p.id === 'town')!.location,
            base: true,
            helipad: true,
          },
          garrison: { units: ['company'], movementDays: A(1) },
        },
      },
      {
        id: 'close-tob',
        title: 'Close it',
        date: '2020-07-20',
        status: 'planned',
        source: { kind: 'assumption', rationale: 'test' },
        action: { kind: 'close-base', place: 'tob', movementDays: A(2) },
      },
    );
  });

  it('opening a base moves its garrison in; closing it sends the garrison home (exact trace)', () => {
    const trace: string[] = [];
    simulateMission(withTob, {
      seed: 1,
      replication: 0,
      trace: (t, w) => {
        if (/company|tob/.test(w)) trace.push(`${t / 24} ${w}`);
      },
    });
    expect(trace).toEqual([
      '4 plan open-tob: open-base',
      '5 plan open-tob: company arrives at tob',
      '19 plan close-tob: close-base',
      '21 plan close-tob: company arrives at camp',
    ]);
  });

  it('the garrison answers threats near its base sooner than from its home camp (paired)', async () => {
    const threats = (s: typeof withTob) =>
      variant(s, (d) => {
        d.horizonDays = 120;
        d.plan = d.plan.filter((p) => p.id !== 'close-tob');
        d.mission.incidentAreas[0] = { ...d.mission.incidentAreas[0]!, threatsPerMonth: A(15) };
        // The qrf stays home: only the company responds.
        d.mission.units = d.mission.units.filter((u) => u.id !== 'qrf');
      });
    const without = variant(threats(withTob), (d) => {
      d.plan = [];
    });
    const c = await compare(without, threats(withTob), { replications: 6, seed: 4 });
    expect(c.scalars['response.time.meanMin']!.diffCiHigh).toBeLessThan(0);
  });
});

describe('camps as capacity', () => {
  it('a unit waits for room in a full camp and moves in when an expansion makes it', () => {
    const s = smallScenario({
      horizonDays: 60,
      camps: [{ place: 'camp', accommodation: A(150), aprons: A(0) }],
    });
    const withSteps = variant(s, (d) => {
      d.plan.push(
        {
          id: 'new-unit',
          title: 'A unit that needs room',
          date: '2020-07-03',
          status: 'planned',
          source: { kind: 'assumption', rationale: 'test' },
          action: {
            kind: 'deploy-unit',
            unit: {
              id: 'newcomer',
              name: 'Newcomer',
              kind: 'infantry',
              strength: A(100),
              base: 'camp',
              capabilities: ['civilian-protection'],
            },
          },
        },
        {
          id: 'expand',
          title: 'Room at the camp',
          date: '2020-07-21',
          status: 'planned',
          source: { kind: 'assumption', rationale: 'test' },
          action: { kind: 'expand-camp', place: 'camp', accommodation: A(100), aprons: A(0) },
        },
      );
    });
    const trace: string[] = [];
    const rec = simulateMission(withSteps, {
      seed: 1,
      replication: 0,
      trace: (t, w) => {
        if (/newcomer|expand/.test(w)) trace.push(`${t / 24} ${w}`);
      },
    });
    expect(trace).toEqual([
      '2 camps: newcomer waits for room at camp',
      '20 plan expand: expand-camp',
      '20 force: newcomer arrives at camp',
    ]);
    expect(rec.scalars['camps.waitDays']).toBe(18);
    expect(rec.scalars['camps.unitsWaitingAtHorizon']).toBe(0);
  });

  it('the Mopti camp on time (April 2021) or delayed: the helicopter unit follows it, and results differ', async () => {
    const onTime = variant(minusma2020, (d) => {
      const step = d.plan.find((s) => s.id === 'mopti-camp-expansion');
      if (step !== undefined) step.date = '2021-04-01';
    });
    const c = await compare(minusma2020, onTime, { replications: 6, seed: 2020 });
    const camp = c.scalars['plan.appliedDay.step.mopti-camp-expansion']!;
    const unit = c.scalars['plan.appliedDay.step.mopti-helicopter-unit']!;
    expect(camp.meanB).toBeLessThan(camp.meanA);
    // The helicopter step comes a month after the camp, wherever the camp's date goes.
    expect(unit.meanA - camp.meanA).toBe(30);
    expect(unit.meanB - camp.meanB).toBe(30);
    // The pledged unit flies sooner where it is honoured: fewer months short of helicopters.
    expect(c.scalars['rotations.gap.helicopterMonths']!.diffMean).toBeLessThan(0);
    expect(JSON.stringify(c.a.scalars)).not.toBe(JSON.stringify(c.b.scalars));
  });
});

describe('forward surgical team with the mobile task force', () => {
  it('deploys to where its task force is and moves with it (exact trace)', () => {
    const s = variant(smallScenario({ horizonDays: 30 }), (d) => {
      d.plan.push(
        {
          id: 'team',
          title: 'Forward surgical team',
          date: '2020-07-03',
          status: 'planned',
          source: { kind: 'assumption', rationale: 'test' },
          action: {
            kind: 'deploy-unit',
            unit: {
              id: 'fst',
              name: 'Forward surgical team',
              kind: 'surgical-team',
              strength: A(20),
              base: 'camp',
              capabilities: ['surgery'],
              follows: 'qrf',
            },
          },
        },
        {
          id: 'move',
          title: 'The qrf moves to the town',
          date: '2020-07-10',
          status: 'planned',
          source: { kind: 'assumption', rationale: 'test' },
          action: { kind: 'transfer-unit', unit: 'qrf', to: 'town', movementDays: A(2) },
        },
      );
      const town = d.mission.places.find((p) => p.id === 'town');
      if (town !== undefined) Object.assign(town, { base: true });
    });
    const trace: string[] = [];
    const run = buildMission(s, {
      seed: 1,
      replication: 0,
      trace: (t, w) => {
        if (/fst|qrf/.test(w)) trace.push(`${t / 24} ${w}`);
      },
    });
    run.runtime.env.run({ until: run.runtime.horizonHours });
    expect(trace).toEqual([
      '2 force: fst arrives at camp',
      '11 plan move: qrf arrives at town',
      '11 plan move: fst arrives at town',
    ]);
  });
});

describe('IED detection: route clearance and ISR, calibrated to the letter period', () => {
  it('without its EOD teams and engineers the force finds fewer devices (paired)', async () => {
    const noClearance = variant(minusma2020, (d) => {
      d.mission.units = d.mission.units.filter((u) => !u.capabilities.includes('route-clearance'));
    });
    const c = await compare(minusma2020, noClearance, { replications: 8, seed: 5 });
    expect(c.scalars['ied.neutralised']!.diffCiHigh).toBeLessThan(0);
    expect(c.scalars['ied.detonations']!.diffCiLow).toBeGreaterThan(0);
    // Encounters do not depend on detection.
    expect(c.scalars['ied.encounters']!.diffMean).toBe(0);
  });
});

describe('attacks on camps', () => {
  it('a base-defence unit halves the wounded of an attack on the camp it guards (exact, paired draws)', () => {
    const s = smallScenario({
      horizonDays: 365,
      campAttacksPerMonth: 2,
      campWoundedIfAny: { dist: 'constant', value: 6 },
    });
    const guarded = variant(s, (d) => {
      d.mission.units.push({
        id: 'bdu',
        name: 'Base defence unit',
        kind: 'base-defence',
        strength: A(150),
        base: 'camp',
        capabilities: [],
      });
    });
    const records = (x: typeof s) => {
      const run = buildMission(x, { seed: 8, replication: 0, keepLogs: true });
      run.runtime.env.run({ until: run.runtime.horizonHours });
      return (run.part(campAttacks) as CampAttacksDynamics).records;
    };
    const open = records(s);
    const held = records(guarded);
    expect(open.length).toBeGreaterThan(10);
    expect(held.map((r) => r.at)).toEqual(open.map((r) => r.at));
    for (const [i, r] of held.entries()) {
      expect(r.guarded).toBe(true);
      expect(r.wounded).toBe(Math.round(open[i]!.wounded * 0.5));
    }
  });
});

describe('casualty evacuation of several casualties at once', () => {
  it('mass-casualty events show: first aid by turns, several flights, urgent first into surgery', () => {
    const s = smallScenario({
      horizonDays: 200,
      helicopters: 1,
      campAttacksPerMonth: 1,
      campWoundedIfAny: { dist: 'constant', value: 9 },
      firstAiders: 1,
      urgentShare: 0.3,
      littersPerFlight: 4,
    });
    const run = buildMission(s, { seed: 6, replication: 0, keepLogs: true });
    run.runtime.env.run({ until: run.runtime.horizonHours });
    const live = run.part(casevac);
    const camp = live.casualties.filter((c) => c.cause === 'camp');
    expect(camp.length).toBeGreaterThanOrEqual(18);
    for (const c of camp) expect(c.eventSize).toBe(9);
    // Camp attacks use the camp's first-aiders (6 in the fixture): the 7th to 9th wait a turn.
    const late = camp.filter((c) => c.firstAidMin > 10);
    expect(late.length).toBeGreaterThan(0);
    run.runtime.metrics.set('casevac.largestEvent', live.largestEvent);
    expect(live.largestEvent).toBe(9);
    expect(run.runtime.metrics.get('casevac.massCasualtyEvents')).toBeGreaterThanOrEqual(2);
  });

  it('MINUSMA: the 10-1-2 standard is met less often at night than by day', async () => {
    const rec = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((r) => simulateMission(minusma2020, { seed: 12, replication: r })),
    );
    const sum = (k: string) => rec.reduce((a, x) => a + (x.scalars[k] ?? 0), 0);
    const day = sum('casevac.compliant.hours.day') / sum('casevac.casualties.hours.day');
    const night = sum('casevac.compliant.hours.night') / sum('casevac.casualties.hours.night');
    expect(sum('casevac.casualties.hours.night')).toBeGreaterThan(50);
    expect(night).toBeLessThan(day);
    expect(Math.max(...rec.map((x) => x.scalars['casevac.largestEvent']!))).toBeGreaterThanOrEqual(
      5,
    );
  });
});
