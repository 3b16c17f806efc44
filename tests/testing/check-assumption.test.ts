import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/index.js';
import {
  checkAssumption,
  InvariantError,
  type PlanningProperty,
  recordMetric,
  surgeryWithinTargetShare,
} from '../../src/testing/index.js';
import { smallScenario } from '../dynamics/fixtures.js';

const base = validateScenario(
  smallScenario({
    horizonDays: 120,
    helicopters: 2,
    threatsPerMonth: 20,
    casualtyShare: 0.5,
    movementsPerMonth: 20,
    iedAgainst: 10,
    iedNeutralised: 5,
  }),
);

const property = (atLeast: number): PlanningProperty => ({
  claim: `at least ${atLeast * 100} % of casualties reach surgery within 2 h`,
  base,
  ranges: { 'casevac.maxAirWaitMin': [10, 60], 'aviation.mtbfDays': [5, 60] },
  metric: surgeryWithinTargetShare(),
  require: { atLeast },
});

describe('checkAssumption(property, options)', () => {
  it('returns the closest call when the assumption holds', () => {
    const report = checkAssumption(property(0.3), { runs: 10, replications: 3, seed: 1 });
    expect(report.closest.holds).toBe(true);
    expect(report.closest.margin).toBeGreaterThanOrEqual(0);
    expect(Object.keys(report.closest.inputs)).toEqual([
      'parameters.casevac.maxAirWaitMin',
      'parameters.aviation.mtbfDays',
    ]);
  });

  it('throws a readable counterexample with the metric, the bound and how to reproduce it', () => {
    let error: unknown;
    try {
      checkAssumption(property(0.99), {
        runs: 10,
        replications: 3,
        seed: 7,
        command: 'npx vitest run tests/testing',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvariantError);
    const message = (error as Error).message;
    expect(message).toContain(
      '"at least 99 % of casualties reach surgery within 2 h" does not hold',
    );
    expect(message).toContain("counterexample (diff against the base scenario 'small-fixture')");
    // Shrinking leads as close to the base as the ranges allow: maxAirWaitMin keeps its base
    // value (30, not listed) and mtbfDays, whose base (1e9) is outside its range, goes to 60.
    expect(message).toContain('      parameters.aviation.mtbfDays: 1000000000 → 60\n  inputs:');
    expect(message).toContain('parameters.casevac.maxAirWaitMin = 30');
    expect(message).toMatch(/mean [0-9.]+ share over 3 of 3 replications \(95 % CI/);
    expect(message).toContain('required ≥ 0.99 (rule: mean)');
    expect(message).toMatch(
      /reproduce: checkAssumption\(property, \{ runs: 10, replications: 3, seed: 7, path: "[0-9:]+" \}\)/,
    );
    expect(message).toMatch(
      /PKS_CHECK_SEED=7 PKS_CHECK_PATH=[0-9:]+ npx vitest run tests\/testing/,
    );
    // The printed path replays the same counterexample.
    const path = (error as InvariantError).details.path as string;
    expect(() =>
      checkAssumption(property(0.99), { runs: 10, replications: 3, seed: 7, path }),
    ).toThrow(/does not hold/);
  });

  it('shrinks a counterexample that needs a change towards the base value', () => {
    // Holds at the base (mtbf 1e9 days is outside the range, so the range's top end is the target);
    // fails for frequent maintenance.
    const p: PlanningProperty = {
      claim: 'helicopters fly at least 1 hour',
      base,
      ranges: { 'aviation.mtbfDays': [0.5, 60] },
      metric: recordMetric('aviation.flightHours', 'higher', 'h'),
      require: { atLeast: 1e9 },
    };
    expect(() => checkAssumption(p, { runs: 5, replications: 1, seed: 3 })).toThrow(
      /parameters\.aviation\.mtbfDays: 1000000000 → 60/,
    );
  });

  it('rejects bad options', () => {
    expect(() => checkAssumption(property(0.3), { runs: 0, replications: 1, seed: 1 })).toThrow(
      /runs/,
    );
    expect(() => checkAssumption(property(0.3), { runs: 1, replications: 1, seed: 1.5 })).toThrow(
      /seed/,
    );
  });
});
