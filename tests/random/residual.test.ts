import { describe, expect, it } from 'vitest';
import type { DistributionSpec } from '../../src/random/index.js';
import { equilibriumResidual, equilibriumResidualMean, streams } from '../../src/random/index.js';

describe('equilibriumResidual(rng, spec)', () => {
  const cases: [string, DistributionSpec, number][] = [
    ['constant 10: uniform on [0, 10], mean 5', { dist: 'constant', value: 10 }, 5],
    ['exponential mean 4: memoryless, mean 4', { dist: 'exponential', mean: 4 }, 4],
    ['gamma(3, 2): mean (12 + 36) / 12 = 4', { dist: 'gamma', shape: 3, scale: 2 }, 4],
    [
      'lognormal(9.5, 6.65): mean (6.65² + 9.5²) / 19',
      { dist: 'lognormal', mean: 9.5, sd: 6.65 },
      (6.65 ** 2 + 9.5 ** 2) / 19,
    ],
  ];
  for (const [name, spec, expected] of cases) {
    it(`${name}`, () => {
      expect(equilibriumResidualMean(spec)).toBeCloseTo(expected, 10);
      const rng = streams(7).replication(0).stream('test', name);
      const n = 40_000;
      let sum = 0;
      let sumSq = 0;
      for (let i = 0; i < n; i++) {
        const x = equilibriumResidual(rng, spec);
        expect(x).toBeGreaterThanOrEqual(0);
        sum += x;
        sumSq += x * x;
      }
      const mean = sum / n;
      const se = Math.sqrt((sumSq / n - mean * mean) / n);
      // z = 4.5: a false alarm about once in 150,000 runs.
      expect(Math.abs(mean - expected)).toBeLessThan(4.5 * se);
    });
  }
});
