import { describe, expect, it } from 'vitest';
import { gammaFunction, logGamma } from '../../src/random/_internals/logGamma.js';

describe('logGamma', () => {
  it.each([
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [1, 0],
    [2, 0],
    [3.5, Math.log(3.323350970447843)],
    [10, Math.log(362880)],
    [171, 706.5730622457874],
    [1_000_001, 12815518.384658169],
  ])('logGamma(%d) is ln Γ to within 1e-14 relative', (x, expected) => {
    expect(Math.abs(logGamma(x) - expected)).toBeLessThanOrEqual(
      1e-14 * Math.max(1, Math.abs(expected)),
    );
  });

  it('gammaFunction(n + 1) is n! and gammaFunction(x + 1) = x·gammaFunction(x)', () => {
    let factorial = 1;
    for (let n = 1; n <= 20; n++) {
      factorial *= n;
      expect(gammaFunction(n + 1) / factorial).toBeCloseTo(1, 13);
    }
    for (const x of [0.1, 0.7, 1.3, 4.2, 9.9]) {
      expect(gammaFunction(x + 1) / (x * gammaFunction(x))).toBeCloseTo(1, 13);
    }
  });
});
