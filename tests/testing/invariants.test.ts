import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import type { ReplicationRecord } from '../../src/dynamics/index.js';
import { simulateMission } from '../../src/dynamics/index.js';
import {
  arbScenario,
  arbSeed,
  checkDelayNeverHelps,
  checkDeterminism,
  checkFiniteTimes,
  checkHelicopterMonotonicity,
  checkNoWorse,
  checkRouteScaleInvariance,
  checkVehicleConservation,
  InvariantError,
  medianTimeToSurgery,
  withAddedHelicopterUnit,
  withOneMoreHelicopter,
  withRoutesScaled,
} from '../../src/testing/index.js';

describe('invariants on generated scenarios', () => {
  it('checkVehicleConservation(scenario, { seed }) holds on arbScenario()', () => {
    fc.assert(
      fc.property(arbScenario(), arbSeed(), (s, seed) => {
        const r = checkVehicleConservation(s, { seed });
        expect(r.days).toBe(s.horizonDays);
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it('checkDeterminism(scenario, { seed }) and checkFiniteTimes(record) hold on arbScenario()', () => {
    fc.assert(
      fc.property(arbScenario(), arbSeed(), fc.nat({ max: 50 }), (s, seed, replication) => {
        checkFiniteTimes(checkDeterminism(s, { seed, replication }).record);
      }),
      { numRuns: 40, seed: 12 },
    );
  });

  it('checkRouteScaleInvariance(scenario, { factor: 2 }) holds on arbScenario()', () => {
    fc.assert(
      fc.property(arbScenario({ maxHorizonDays: 90 }), (s) => {
        checkRouteScaleInvariance(s, { seed: 3, replications: 1 });
      }),
      { numRuns: 25, seed: 13 },
    );
  });

  it('checkNoWorse(s, withOneMoreHelicopter(s)) holds on arbScenario() with helicopters (tolerance 15 min)', () => {
    fc.assert(
      fc.property(arbScenario({ mission: { helicopters: 'always' }, maxHorizonDays: 120 }), (s) => {
        checkNoWorse(s, withOneMoreHelicopter(s), {
          metric: medianTimeToSurgery(),
          seed: 4,
          replications: 4,
          tolerance: 15,
        });
      }),
      { numRuns: 15, seed: 14 },
    );
  });
});

describe('invariants on minusma2020', () => {
  it('checkVehicleConservation(minusma2020) holds every day of the horizon', () => {
    const r = checkVehicleConservation(minusma2020, { seed: 1 });
    expect(r.days).toBe(549);
    expect(r.delivered).toBeGreaterThanOrEqual(0);
  });

  it('checkRouteScaleInvariance(minusma2020) gives identical IED encounters', () => {
    const r = checkRouteScaleInvariance(minusma2020, { seed: 1, replications: 2 });
    expect(r.encounters.every((n) => n > 0)).toBe(true);
  });

  it('checkHelicopterMonotonicity(minusma2020) holds for the Mopti contracted helicopters (8 replications)', () => {
    const r = checkHelicopterMonotonicity(minusma2020, {
      seed: 1,
      replications: 8,
      unit: 'mopti-contracted-helicopters',
    });
    expect(r.n).toBe(8);
    expect(r.ciLow).toBeLessThanOrEqual(5);
  });

  it('checkDelayNeverHelps(minusma2020) holds for a 90-day longer Mopti delay (6 replications)', () => {
    const r = checkDelayNeverHelps(minusma2020, { seed: 1, replications: 6 });
    expect(r.response.n).toBe(6);
    expect(r.surgery.n).toBe(6);
  });
});

describe('invariant failures are clear', () => {
  const s = minusma2020;
  it('checkNoWorse throws an InvariantError with the diff, the interval and the seed', () => {
    // Removing helicopters (the reverse change) must fail the check with a zero tolerance.
    const fewer = withAddedHelicopterUnit(s, 'mopti', 4);
    let error: unknown;
    try {
      checkNoWorse(fewer, s, {
        metric: medianTimeToSurgery(),
        seed: 1,
        replications: 4,
        tolerance: 0,
        rule: 'mean',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvariantError);
    const message = (error as Error).message;
    expect(message).toContain('- mission.units[added-helicopter-unit] removed');
    expect(message).toContain('95 % CI');
    expect(message).toContain('reproduce: seed 1');
  });

  it('checkFiniteTimes rejects a negative time and an undefined median', () => {
    const rec = simulateMission(s, { seed: 1, replication: 0 });
    const broken: ReplicationRecord = {
      ...rec,
      scalars: { ...rec.scalars, 'casevac.toSurgery.p50Min': Number.NaN },
    };
    expect(() => checkFiniteTimes(broken)).toThrow(/casevac.toSurgery.p50Min is NaN although/);
    const negative: ReplicationRecord = {
      ...rec,
      scalars: { ...rec.scalars, 'response.time.p50Min': -1 },
    };
    expect(() => checkFiniteTimes(negative)).toThrow(/negative/);
  });

  it('withRoutesScaled(s, 2) doubles lengths, speeds and the prior exposure', () => {
    const scaled = withRoutesScaled(s, 2);
    expect(scaled.parameters.ied.ratePriorExposureKm.value).toBe(
      2 * s.parameters.ied.ratePriorExposureKm.value,
    );
    expect(scaled.mission.routes[0]?.convoySpeedKmh.value).toBe(
      2 * (s.mission.routes[0]?.convoySpeedKmh.value ?? 0),
    );
    expect(() => checkRouteScaleInvariance(s, { seed: 1, replications: 1, factor: 3 })).toThrow(
      /power of two/,
    );
  });
});
