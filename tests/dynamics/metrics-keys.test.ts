import { describe, expect, it } from 'vitest';
import { simulateMission } from '../../src/dynamics/index.js';
import { smallScenario } from './fixtures.js';

describe('replication records', () => {
  it('every replication reports the same metric names, whatever happened in it', () => {
    const quiet = smallScenario({ horizonDays: 30, helicopters: 1 });
    const busy = smallScenario({
      horizonDays: 30,
      helicopters: 1,
      threatsPerMonth: 60,
      casualtyShare: 0.5,
      movementsPerMonth: 60,
      iedAgainst: 39,
      iedNeutralised: 19,
    });
    const a = simulateMission(quiet, { seed: 1, replication: 0 });
    const b = simulateMission(busy, { seed: 1, replication: 0 });
    expect(Object.keys(a.scalars)).toEqual(Object.keys(b.scalars));
    expect(Object.keys(a.series)).toEqual(Object.keys(b.series));
    expect(Object.keys(a.histograms)).toEqual(Object.keys(b.histograms));
    expect(b.scalars['casevac.casualties']).toBeGreaterThan(0);
    expect(a.scalars['aviation.tasksRefused.casualty-evacuation']).toBe(0);
  });
});
