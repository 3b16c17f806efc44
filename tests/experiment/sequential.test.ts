import { describe, expect, it } from 'vitest';
import { ExperimentError, InvalidArgumentError } from '../../src/errors.js';
import { replicationsFor, runExperiment } from '../../src/experiment/index.js';
import { model as poisson } from './fixtures/poisson-model.js';
import { fixtureScenario } from './fixtures/scenario.js';

const scenario = fixtureScenario({ horizonDays: 5 });

describe('replicationsFor(scenario, { metric, halfWidth })', () => {
  it('stops once the half-width target is met, with the result of a plain run of that size', async () => {
    // normal.draw has sd 2: a half-width of 0.5 needs about (1.96·2/0.5)² ≈ 62 replications.
    const out = await replicationsFor(scenario, {
      seed: 13,
      model: poisson,
      metric: 'normal.draw',
      halfWidth: 0.5,
    });
    expect(out.met).toBe(true);
    expect(out.halfWidth).toBeLessThanOrEqual(0.5);
    expect(out.target).toBe(0.5);
    expect(out.replications % 10).toBe(0);
    expect(out.replications).toBeGreaterThanOrEqual(40);
    expect(out.replications).toBeLessThanOrEqual(100);
    expect(out.result.scalars['normal.draw']!.halfWidth).toBe(out.halfWidth);
    const plain = await runExperiment(scenario, {
      replications: out.replications,
      seed: 13,
      model: poisson,
    });
    expect(JSON.stringify(out.result)).toBe(JSON.stringify(plain));
    // One batch fewer would not have met the target.
    const fewer = await runExperiment(scenario, {
      replications: out.replications - 10,
      seed: 13,
      model: poisson,
    });
    expect(fewer.scalars['normal.draw']!.halfWidth).toBeGreaterThan(0.5);
  });

  it('a relative target is halfWidth × |mean|', async () => {
    const out = await replicationsFor(scenario, {
      seed: 13,
      model: poisson,
      metric: 'normal.draw',
      halfWidth: 0.05,
      relative: true,
    });
    expect(out.met).toBe(true);
    expect(out.target).toBeCloseTo(0.05 * out.result.scalars['normal.draw']!.mean, 12);
  });

  it('stops at max when the target is out of reach', async () => {
    const out = await replicationsFor(scenario, {
      seed: 13,
      model: poisson,
      metric: 'normal.draw',
      halfWidth: 0.01,
      min: 5,
      max: 23,
      batch: 7,
    });
    expect(out.met).toBe(false);
    expect(out.replications).toBe(23);
    expect(out.result.meta.replications).toEqual({ requested: 23, completed: 23, partial: false });
  });

  it('an unknown metric → ExperimentError; bad bounds → InvalidArgumentError', async () => {
    await expect(
      replicationsFor(scenario, { seed: 1, model: poisson, metric: 'nope', halfWidth: 1 }),
    ).rejects.toThrow(ExperimentError);
    await expect(
      replicationsFor(scenario, {
        seed: 1,
        model: poisson,
        metric: 'normal.draw',
        halfWidth: 1,
        min: 1,
      }),
    ).rejects.toThrow(/^min:/);
    await expect(
      replicationsFor(scenario, {
        seed: 1,
        model: poisson,
        metric: 'normal.draw',
        halfWidth: 1,
        max: 5,
      }),
    ).rejects.toThrow(/^max:/);
    await expect(
      replicationsFor(scenario, { seed: 1, model: poisson, metric: 'normal.draw', halfWidth: 0 }),
    ).rejects.toThrow(InvalidArgumentError);
  });
});
