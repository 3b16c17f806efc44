import { describe, expect, it } from 'vitest';
import { buildMission, response, simulateMission } from '../../src/dynamics/index.js';
import { smallScenario } from './fixtures.js';

describe('threats to civilians and response', () => {
  it('a single responder and a single area match the M/G/1 mean wait (Pollaczek–Khinchine)', () => {
    // Service of the responder = notice to move (0.5 h) + travel out (2 h) + on scene (Exp, mean 6 h) + travel back (2 h).
    const threatsPerMonth = 40;
    const scenario = smallScenario({
      threatsPerMonth,
      noticeToMoveMin: 30,
      onSceneHours: { dist: 'exponential', mean: 6 },
      horizonDays: 3 * 365,
    });
    const lambda = threatsPerMonth / (30.4375 * 24);
    const fixed = 0.5 + 2 + 2;
    const es = fixed + 6;
    const es2 = fixed * fixed + 2 * fixed * 6 + 2 * 36;
    const rho = lambda * es;
    const wq = (lambda * es2) / (2 * (1 - rho));
    const expectedResponse = wq + 0.5 + 2;
    const means: number[] = [];
    for (let r = 0; r < 24; r++) {
      const run = buildMission(scenario, { seed: 5, replication: r, keepLogs: true });
      run.runtime.env.run({ until: run.runtime.horizonHours });
      const recs = run.part(response).records.filter((x) => x.raisedAt > 60 * 24);
      means.push(recs.reduce((a, x) => a + x.responseHours, 0) / recs.length);
    }
    const m = means.reduce((a, b) => a + b, 0) / means.length;
    const se = Math.sqrt(
      means.reduce((a, b) => a + (b - m) ** 2, 0) / (means.length - 1) / means.length,
    );
    expect(rho).toBeGreaterThan(0.5);
    expect(Math.abs(m - expectedResponse)).toBeLessThan(4.5 * se);
  });

  it('response-time components add up to the response time in every record', () => {
    const scenario = smallScenario({ threatsPerMonth: 30, helicopters: 1, horizonDays: 120 });
    const run = buildMission(scenario, { seed: 9, replication: 0, keepLogs: true });
    run.runtime.env.run({ until: run.runtime.horizonHours });
    const recs = run.part(response).records;
    expect(recs.length).toBeGreaterThan(50);
    for (const r of recs) {
      expect(r.noticeHours + r.waitHours + r.mobiliseHours + r.travelHours).toBeCloseTo(
        r.responseHours,
        9,
      );
      expect(r.waitHours).toBeGreaterThanOrEqual(0);
      expect(r.mobiliseHours).toBeGreaterThanOrEqual(0);
      expect(r.travelHours).toBeGreaterThan(0);
    }
    // With a helicopter at the camp, air is faster: launch 0.5 h + boarding 0.25 h + 100 km at 200 km/h.
    const air = recs.filter((r) => r.mode === 'air');
    expect(air.length).toBeGreaterThan(recs.length / 2);
    for (const r of air) expect(r.travelHours).toBeCloseTo(0.5, 3);
  });

  it('a ground response is notice to move then road travel, exactly', () => {
    const scenario = smallScenario({ threatsPerMonth: 10, helicopters: 0, horizonDays: 120 });
    const run = buildMission(scenario, { seed: 4, replication: 0, keepLogs: true });
    run.runtime.env.run({ until: run.runtime.horizonHours });
    const recs = run.part(response).records;
    expect(recs.length).toBeGreaterThan(10);
    for (const r of recs) {
      expect(r.mode).toBe('ground');
      expect(r.mobiliseHours).toBeCloseTo(0.5, 12); // 30 min notice to move
      expect(r.travelHours).toBeCloseTo(2, 3); // 100 km at 50 km/h, road factor 1
      expect(r.noticeHours + r.waitHours + r.mobiliseHours + r.travelHours).toBeCloseTo(
        r.responseHours,
        9,
      );
    }
  });

  it('threats with casualties start evacuations, and with no helicopter none goes by air', () => {
    const base = { threatsPerMonth: 20, casualtyShare: 0.5, horizonDays: 365 };
    const withHelo = simulateMission(smallScenario({ ...base, helicopters: 2 }), {
      seed: 2,
      replication: 0,
    });
    const without = simulateMission(smallScenario({ ...base, helicopters: 0 }), {
      seed: 2,
      replication: 0,
    });
    expect(without.scalars['casevac.casualties']).toBeGreaterThan(0);
    expect(without.scalars['casevac.byAir.share']).toBe(0);
    expect(withHelo.scalars['casevac.byAir.share']).toBeGreaterThan(0.5);
    expect(without.scalars['casevac.toSurgery.p50Min']).toBeGreaterThan(
      withHelo.scalars['casevac.toSurgery.p50Min']!,
    );
  });
});
