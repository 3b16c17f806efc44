import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { compare, compareMetric, runExperiment } from '../../src/experiment/index.js';
import { model as queue } from './fixtures/queue-model.js';
import { fixtureScenario } from './fixtures/scenario.js';

const a = fixtureScenario({ servicesPerDay: 10 });
const b = fixtureScenario({ name: 'faster-service', servicesPerDay: 10.5 });
const metric = 'queue.meanWaitDays';

describe('compare(a, b, { replications, seed, model })', () => {
  it('common random numbers narrow the interval of the difference (same budget)', async () => {
    const crn = await compare(a, b, { replications: 100, seed: 17, model: queue });
    const independent = await compare(a, b, {
      replications: 100,
      seed: 17,
      seedB: 18,
      model: queue,
    });
    expect(crn.meta.commonRandomNumbers).toBe(true);
    expect(independent.meta.commonRandomNumbers).toBe(false);
    const hwCrn = crn.scalars[metric]!.diffHalfWidth;
    const hwInd = independent.scalars[metric]!.diffHalfWidth;
    expect(hwCrn).toBeLessThan(0.5 * hwInd);
    // Faster service shortens waits: under CRN the paired interval excludes 0.
    expect(crn.scalars[metric]!.diffCiHigh).toBeLessThan(0);
  });

  it('reports means and the paired difference b − a', async () => {
    const c = await compare(a, b, { replications: 30, seed: 4, model: queue });
    const ra = await runExperiment(a, { replications: 30, seed: 4, model: queue });
    const rb = await runExperiment(b, { replications: 30, seed: 4, model: queue });
    const m = c.scalars[metric]!;
    expect(m.n).toBe(30);
    expect(m.meanA).toBe(ra.scalars[metric]!.mean);
    expect(m.meanB).toBe(rb.scalars[metric]!.mean);
    expect(m.diffMean).toBeCloseTo(m.meanB - m.meanA, 12);
    expect(JSON.stringify(c.a)).toBe(JSON.stringify(ra));
    expect(c.meta.a.hash).not.toBe(c.meta.b.hash);
  });

  it('shareBBetter follows the better direction of each metric', async () => {
    const c = await compare(a, b, {
      replications: 40,
      seed: 4,
      model: queue,
      better: { [metric]: 'lower' },
    });
    // Lindley waits are pathwise monotone in the service rate under CRN: b never waits longer.
    expect(c.scalars[metric]!.better).toBe('lower');
    expect(c.scalars[metric]!.shareBBetter + c.scalars[metric]!.shareTied).toBe(1);
    expect(c.scalars[metric]!.shareBBetter).toBeGreaterThan(0.9);
    expect(c.scalars['queue.maxWaitDays']!.better).toBe('higher');
    expect(c.scalars['queue.maxWaitDays']!.shareBBetter).toBe(0);
  });

  it('series differences per day are the mean paired differences (0 for untouched arrivals)', async () => {
    const c = await compare(a, b, { replications: 20, seed: 4, model: queue });
    const s = c.series['queue.arrivals.daily']!;
    expect(s.days).toBe(30);
    expect(s.meanDiff.every((d) => d === 0)).toBe(true);
  });

  it('compare rejects a bad better direction', async () => {
    await expect(
      compare(a, b, { replications: 5, seed: 1, model: queue, better: { x: 'up' as 'higher' } }),
    ).rejects.toThrow(InvalidArgumentError);
  });
});

describe('compareMetric(a, b, better)', () => {
  it('compareMetric drops pairs with NaN and counts ties', () => {
    const m = compareMetric([1, 2, Number.NaN, 4], [1, 3, 5, 2], 'higher');
    expect(m.n).toBe(3);
    expect(m.shareTied).toBeCloseTo(1 / 3, 15);
    expect(m.shareBBetter).toBeCloseTo(1 / 3, 15);
    expect(m.diffMean).toBeCloseTo(-1 / 3, 15);
  });
});
