import { describe, expect, it } from 'vitest';
import { buildMission, ied, simulateMission, threatPosterior } from '../../src/dynamics/index.js';
import { smallScenario } from './fixtures.js';

const busy = {
  vehicles: 60,
  failuresPerVehicleYear: 4,
  beyondRepairShare: 0.05,
  movementsPerMonth: 40,
  iedAgainst: 39,
  iedNeutralised: 19,
  threatsPerMonth: 15,
  casualtyShare: 0.3,
  helicopters: 2,
  horizonDays: 200,
};

describe('determinism and common random numbers', () => {
  it('simulateMission(scenario, { seed, replication }) gives identical records for the same inputs', () => {
    const s = smallScenario(busy);
    const a = simulateMission(s, { seed: 42, replication: 3 });
    const b = simulateMission(s, { seed: 42, replication: 3 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = simulateMission(s, { seed: 43, replication: 3 });
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('the IED posterior is Gamma(shape + 39, exposure) and Beta(a + 19, b + 20); draws have those moments', () => {
    const s = smallScenario(busy);
    const run0 = buildMission(s, { seed: 1, replication: 0 });
    const post = threatPosterior(run0.runtime);
    // 175 days of 40 movements a month over 100 km, weight 1.
    expect(post.exposureKm).toBeCloseTo(40 * (175 / 30.4375) * 100, 6);
    expect(post.rateShape).toBe(0.5 + 39);
    expect(post.detectionA).toBe(1 + 19);
    expect(post.detectionB).toBe(1 + 20);
    const n = 400;
    const rates: number[] = [];
    const dets: number[] = [];
    for (let r = 0; r < n; r++) {
      const run = buildMission(s, { seed: 7, replication: r });
      rates.push(run.part(ied).ratePerKm);
      dets.push(run.part(ied).detection);
    }
    const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
    const rateMean = post.rateShape / post.rateExposureKm;
    const rateSd = Math.sqrt(post.rateShape) / post.rateExposureKm;
    expect(Math.abs(mean(rates) - rateMean)).toBeLessThan((4.5 * rateSd) / Math.sqrt(n));
    const a = post.detectionA;
    const b = post.detectionB;
    const detSd = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
    expect(Math.abs(mean(dets) - a / (a + b))).toBeLessThan((4.5 * detSd) / Math.sqrt(n));
  });

  it('better detection (a mitigation) lowers detonations in paired replications and never changes encounters', () => {
    const base = smallScenario(busy);
    const mitigated = {
      ...base,
      parameters: {
        ...base.parameters,
        ied: {
          ...base.parameters.ied,
          mitigations: [
            {
              id: 'toolbox-plus',
              name: 'More detection',
              start: '2020-07-01',
              detectionMultiplier: {
                value: 1.6,
                source: { kind: 'assumption' as const, rationale: 'test' },
              },
              damageMultiplier: {
                value: 1,
                source: { kind: 'assumption' as const, rationale: 'test' },
              },
              speedMultiplier: {
                value: 1,
                source: { kind: 'assumption' as const, rationale: 'test' },
              },
              source: { kind: 'assumption' as const, rationale: 'test' },
            },
          ],
        },
      },
    };
    let fewer = 0;
    let sumDiff = 0;
    for (let r = 0; r < 20; r++) {
      const a = simulateMission(base, { seed: 5, replication: r }).scalars;
      const b = simulateMission(mitigated, { seed: 5, replication: r }).scalars;
      expect(b['ied.encounters']).toBe(a['ied.encounters']);
      sumDiff += a['ied.detonations']! - b['ied.detonations']!;
      if (b['ied.detonations']! <= a['ied.detonations']!) fewer++;
    }
    expect(fewer).toBe(20);
    expect(sumDiff).toBeGreaterThan(0);
  });
});

describe('route sectors', () => {
  it('a route from a place outside the sectors draws on the fleet of the sector it drives to', () => {
    const s = smallScenario();
    const hq = { ...s.mission.places[0]!, id: 'hq', name: 'HQ', kind: 'headquarters' as const };
    delete (hq as { sector?: string }).sector;
    const scenario = {
      ...s,
      mission: {
        ...s.mission,
        places: [...s.mission.places, hq],
        routes: [{ ...s.mission.routes[0]!, id: 'hq-town', from: 'hq' }],
      },
    };
    const run = buildMission(scenario, { seed: 1, replication: 0 });
    expect(run.runtime.world.routes[0]!.sector).toBe('north');
  });
});
