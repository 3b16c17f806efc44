/**
 * The calibrated baseline against the letter of 23 December 2020: each figure must fall inside
 * the model's 90 % prediction interval (5th–95th percentile over replications) on the letter's
 * date or over its period.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { runExperiment } from '../../src/experiment/index.js';
import type { ExperimentResult } from '../../src/experiment/types.js';

let result: ExperimentResult;

beforeAll(async () => {
  // The letter's date is day 175: no need to simulate past it.
  const toLetter = { ...minusma2020, horizonDays: 176 };
  result = await runExperiment(toLetter, { replications: 80, seed: 2020 });
});

function within(metric: string, target: number): void {
  const s = result.scalars[metric];
  expect(s, metric).toBeDefined();
  expect(target, `${metric}: ${target} outside [${s!.p5}, ${s!.p95}]`).toBeGreaterThanOrEqual(
    s!.p5,
  );
  expect(target, `${metric}: ${target} outside [${s!.p5}, ${s!.p95}]`).toBeLessThanOrEqual(s!.p95);
}

describe('the calibrated baseline reproduces the letter', () => {
  it('armoured fleet on 23 December 2020: 483 in daily use, 33 in maintenance, 46 awaiting replacement', () => {
    within('fleet.inDailyUse@2020-12-23', 483);
    within('fleet.inMaintenance@2020-12-23', 33);
    within('fleet.awaitingReplacement@2020-12-23', 46);
    // And the means are close, not just inside a wide band.
    expect(Math.abs(result.scalars['fleet.inDailyUse@2020-12-23']!.mean - 483)).toBeLessThan(8);
  });

  it('IEDs against the mission from July to December 2020: 39 met, 19 neutralised, 20 detonated', () => {
    within('ied.encounters.letterPeriod', 39);
    within('ied.neutralised.letterPeriod', 19);
    within('ied.detonations.letterPeriod', 20);
    const n = result.scalars['ied.neutralised.letterPeriod']!.mean;
    const e = result.scalars['ied.encounters.letterPeriod']!.mean;
    expect(n / e).toBeGreaterThan(0.4);
    expect(n / e).toBeLessThan(0.6);
  });

  it('the military component can task 25 % of the helicopter fleet after the repatriation', () => {
    const s = result.scalars['aviation.militaryShare@2020-12-23']!;
    expect(s.min).toBe(0.25);
    expect(s.max).toBe(0.25);
  });
});
