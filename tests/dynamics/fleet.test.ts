import { describe, expect, it } from 'vitest';
import { apportion } from '../../src/dynamics/fleet.js';
import { buildMission, fleet, simulateMission } from '../../src/dynamics/index.js';
import { smallScenario } from './fixtures.js';

/** Stationary distribution of the finite-source repair model (N machines, k repairers). */
function machineRepairmanMeanUp(N: number, k: number, lambda: number, mu: number): number {
  const p = [1];
  for (let n = 1; n <= N; n++) p.push((p[n - 1]! * (N - n + 1) * lambda) / (Math.min(n, k) * mu));
  const z = p.reduce((a, b) => a + b, 0);
  let meanDown = 0;
  for (let n = 0; n <= N; n++) meanDown += (n * p[n]!) / z;
  return N - meanDown;
}

describe('fleet dynamics', () => {
  it('apportion(total, weights) splits exactly and proportionally', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(562, [200, 150, 120, 92]).reduce((a, b) => a + b, 0)).toBe(562);
    expect(apportion(0, [3, 4])).toEqual([0, 0]);
  });

  it('with IEDs off and nothing beyond repair, mean vehicles in use match the finite-source repair closed form', () => {
    const N = 20;
    const k = 2;
    const perYear = 12;
    const repairMean = 5;
    const scenario = smallScenario({
      vehicles: N,
      bays: k,
      failuresPerVehicleYear: perYear,
      repairDays: { dist: 'exponential', mean: repairMean },
      horizonDays: 730,
    });
    const expected = machineRepairmanMeanUp(N, k, perYear / 365.25, 1 / repairMean);
    const warmup = 60;
    const means: number[] = [];
    for (let r = 0; r < 30; r++) {
      const rec = simulateMission(scenario, { seed: 11, replication: r });
      const s = rec.series['fleet.inDailyUse']!.slice(warmup);
      means.push(s.reduce((a, b) => a + b, 0) / s.length);
    }
    const m = means.reduce((a, b) => a + b, 0) / means.length;
    const sd = Math.sqrt(means.reduce((a, b) => a + (b - m) ** 2, 0) / (means.length - 1));
    const se = sd / Math.sqrt(means.length);
    // 4.5 standard errors: a false alarm about once in 150,000 runs.
    expect(Math.abs(m - expected)).toBeLessThan(4.5 * se);
    expect(se).toBeLessThan(0.3); // the check is sharp enough to mean something
  });

  it('conserves vehicles every day: in use + maintenance + awaiting = fleet + additions', () => {
    const scenario = smallScenario({
      vehicles: 40,
      bays: 1,
      failuresPerVehicleYear: 6,
      beyondRepairShare: 0.2,
      initialMaintenance: 3,
      initialAwaiting: 4,
      replacementLeadDays: { dist: 'exponential', mean: 60 },
      movementsPerMonth: 30,
      iedAgainst: 30,
      iedNeutralised: 10,
      plan: [
        {
          id: 'delivery',
          title: 'Ten vehicles',
          date: '2020-09-01',
          status: 'planned',
          source: { kind: 'assumption', rationale: 'test' },
          action: {
            kind: 'deliver-vehicles',
            sector: 'north',
            count: { value: 10, source: { kind: 'assumption', rationale: 'test' } },
            mineProtected: true,
            replacesWrittenOff: false,
          },
        },
      ],
    });
    const run = buildMission(scenario, { seed: 3, replication: 0 });
    const env = run.runtime.env;
    let checked = 0;
    for (let day = 1; day <= 365; day++) {
      env.run({ until: day * 24 });
      const t = run.part(fleet).totals();
      expect(t.inDailyUse + t.inMaintenance + t.awaitingReplacement).toBe(
        40 + run.part(fleet).tallies.delivered,
      );
      checked++;
    }
    expect(checked).toBe(365);
    expect(run.part(fleet).tallies.delivered).toBe(10);
    expect(run.part(fleet).tallies.writtenOff).toBeGreaterThan(0);
    expect(run.part(fleet).tallies.replaced).toBeGreaterThan(0);
  });

  it('a delivery that replaces written-off vehicles empties the awaiting pool on its day', () => {
    const scenario = smallScenario({
      vehicles: 30,
      initialAwaiting: 6,
      replacementLeadDays: { dist: 'constant', value: 10_000 },
      horizonDays: 60,
      plan: [
        {
          id: 'replace',
          title: 'Replace the six',
          date: '2020-07-11',
          status: 'planned',
          source: { kind: 'assumption', rationale: 'test' },
          action: {
            kind: 'deliver-vehicles',
            sector: 'north',
            count: { value: 6, source: { kind: 'assumption', rationale: 'test' } },
            mineProtected: false,
            replacesWrittenOff: true,
          },
        },
      ],
    });
    const rec = simulateMission(scenario, { seed: 1, replication: 0 });
    const awaiting = rec.series['fleet.awaitingReplacement']!;
    const inUse = rec.series['fleet.inDailyUse']!;
    // Day 10 is 11 July: the delivery applies at its start, so the end-of-day value shows it.
    expect(awaiting.slice(0, 10)).toEqual(new Array(10).fill(6));
    expect(awaiting[10]).toBe(0);
    expect(inUse[9]).toBe(24);
    expect(inUse[10]).toBe(30);
    expect(rec.scalars['fleet.replaced']).toBe(6);
  });
});

describe('readiness recovery', () => {
  const replace = (date: string) => ({
    id: 'replace',
    title: 'Replace the six',
    date,
    status: 'planned' as const,
    source: { kind: 'assumption' as const, rationale: 'test' },
    action: {
      kind: 'deliver-vehicles' as const,
      sector: 'north',
      count: { value: 6, source: { kind: 'assumption' as const, rationale: 'test' } },
      mineProtected: false,
      replacesWrittenOff: true,
    },
  });
  // 24 of 30 in daily use (80 %) until the six awaiting replacement are replaced; target 90 %.
  const base = {
    vehicles: 30,
    initialAwaiting: 6,
    replacementLeadDays: { dist: 'constant' as const, value: 10_000 },
  };

  it('counts the days from the letter date (2020-12-23) to the first day at the readiness target', () => {
    const rec = simulateMission(smallScenario({ ...base, plan: [replace('2021-01-02')] }), {
      seed: 1,
      replication: 0,
    });
    expect(rec.scalars['fleet.daysToReadinessTarget']).toBe(10);
    expect(rec.scalars['fleet.readinessTargetReached']).toBe(1);
  });

  it('is undefined, and reached 0, when the fleet never gets there within the horizon', () => {
    const rec = simulateMission(smallScenario(base), { seed: 1, replication: 0 });
    expect(rec.scalars['fleet.daysToReadinessTarget']).toBeNaN();
    expect(rec.scalars['fleet.readinessTargetReached']).toBe(0);
  });
});
