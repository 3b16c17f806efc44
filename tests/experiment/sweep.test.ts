import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { InvalidArgumentError } from '../../src/errors.js';
import {
  applyPoint,
  gridPoints,
  runExperiment,
  sensitivity,
  sweep,
} from '../../src/experiment/index.js';
import { model as poisson } from './fixtures/poisson-model.js';
import { model as queue } from './fixtures/queue-model.js';

// Sweeps build validated variants, so they start from the embedded scenario; the fixture models
// read aviation.mtbfDays as queue services per day and fleet.failuresPerVehicleYear as failures
// per day (see the fixtures).
const base = minusma2020;
const SERVICE = 'parameters.aviation.mtbfDays.value';
const FAILURES = 'parameters.fleet.failuresPerVehicleYear';

describe('gridPoints(grid)', () => {
  it('gridPoints is the Cartesian product, first path slowest', () => {
    expect(gridPoints({ a: [1, 2], b: ['x', 'y', 'z'] })).toEqual([
      { a: 1, b: 'x' },
      { a: 1, b: 'y' },
      { a: 1, b: 'z' },
      { a: 2, b: 'x' },
      { a: 2, b: 'y' },
      { a: 2, b: 'z' },
    ]);
  });

  it('gridPoints rejects an empty grid or a path without values', () => {
    expect(() => gridPoints({})).toThrow(InvalidArgumentError);
    expect(() => gridPoints({ a: [] })).toThrow(/grid\['a'\]/);
  });
});

describe('sweep(base, grid, { replications, seed, model })', () => {
  it('runs every grid point with the same seed (common random numbers)', async () => {
    const result = await sweep(
      base,
      { [SERVICE]: [9, 10, 11], [FAILURES]: [2, 3] },
      { replications: 20, seed: 8, model: queue, metrics: ['queue.meanWaitDays'] },
    );
    expect(result.meta.points).toBe(6);
    expect(result.rows).toHaveLength(6);
    expect(result.rows.map((r) => r.point)).toEqual(
      gridPoints({ [SERVICE]: [9, 10, 11], [FAILURES]: [2, 3] }),
    );
    expect(Object.keys(result.rows[0]!.scalars)).toEqual(['queue.meanWaitDays']);
    const wait = result.rows.map((r) => r.scalars['queue.meanWaitDays']!.mean);
    // The queue ignores failuresPerDay: with the same seed, those pairs are identical.
    expect(wait[0]).toBe(wait[1]);
    expect(wait[2]).toBe(wait[3]);
    // Faster service, shorter waits, point by point.
    expect(wait[0]).toBeGreaterThan(wait[2]!);
    expect(wait[2]).toBeGreaterThan(wait[4]!);
    // Each point equals a plain run of its variant.
    const direct = await runExperiment(applyPoint(base, { [SERVICE]: 11, [FAILURES]: 3 }), {
      replications: 20,
      seed: 8,
      model: queue,
    });
    expect(result.rows[5]!.scalars['queue.meanWaitDays']).toEqual(
      direct.scalars['queue.meanWaitDays'],
    );
    expect(result.rows[5]!.scenarioHash).toBe(direct.meta.scenario.hash);
  });

  it('keepResults keeps each point’s full result', async () => {
    const result = await sweep(
      base,
      { [SERVICE]: [12] },
      {
        replications: 3,
        seed: 1,
        model: queue,
        keepResults: true,
      },
    );
    expect(result.rows[0]!.result?.meta.replications.completed).toBe(3);
  });

  it('a path that does not exist → InvalidArgumentError naming it, before anything runs', async () => {
    let runs = 0;
    const counting = {
      ...queue,
      run: (...args: Parameters<typeof queue.run>) => {
        runs++;
        return queue.run(...args);
      },
    };
    await expect(
      sweep(
        base,
        { [SERVICE]: [10], 'parameters.aviation.nope.value': [1] },
        { replications: 2, seed: 1, model: counting },
      ),
    ).rejects.toThrow(/'nope' leads nowhere from parameters\.aviation/);
    expect(runs).toBe(0);
  });
});

describe('sensitivity(base, parameters, { metrics })', () => {
  it('rows are sorted by swing, largest first (tornado order)', async () => {
    const result = await sensitivity(
      base,
      [
        { path: 'parameters.casevac.maxAirWaitMin', low: 30, high: 90 },
        { path: FAILURES, low: 1, high: 3 },
        { path: 'parameters.aviation.reactionLiftsPerMonth', low: 0, high: 2 },
      ],
      { replications: 20, seed: 6, model: poisson, metrics: ['failures.total', 'normal.draw'] },
    );
    expect(result.rows.map((r) => r.path)).toEqual([
      FAILURES,
      'parameters.aviation.reactionLiftsPerMonth',
      'parameters.casevac.maxAirWaitMin',
    ]);
    const top = result.rows[0]!;
    // λ from 1 to 3 failures per day over the horizon: a swing of about 2 · horizonDays.
    expect(top.swing).toBeGreaterThan(1.8 * base.horizonDays);
    expect(top.swing).toBeLessThan(2.2 * base.horizonDays);
    expect(top.metrics['failures.total']!.lowDelta).toBeLessThan(0);
    expect(top.metrics['failures.total']!.highDelta).toBeGreaterThan(0);
    // Parameters that do not touch the failures stream have no effect at all under CRN.
    expect(result.rows[1]!.swing).toBe(0);
    expect(result.rows[2]!.swing).toBe(0);
    expect(result.base['failures.total']!.n).toBe(20);
    expect(result.meta.complete).toBe(true);
  });

  it('sensitivity rejects missing metrics and a sortBy outside them', async () => {
    const p = [{ path: FAILURES, low: 2, high: 4 }];
    await expect(
      sensitivity(base, p, { replications: 2, seed: 1, model: poisson, metrics: [] }),
    ).rejects.toThrow(/^metrics:/);
    await expect(
      sensitivity(base, p, {
        replications: 2,
        seed: 1,
        model: poisson,
        metrics: ['a'],
        sortBy: 'b',
      }),
    ).rejects.toThrow(/^sortBy:/);
    await expect(
      sensitivity(base, [], { replications: 2, seed: 1, model: poisson, metrics: ['a'] }),
    ).rejects.toThrow(/^parameters:/);
  });
});
