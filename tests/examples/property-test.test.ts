import { describe, expect, it } from 'vitest';
import { property, run } from '../../examples/property-test.js';
import { checkAssumption } from '../../src/testing/index.js';

describe('examples/property-test.ts', () => {
  it('run({ runs: 4, replications: 4 }) holds and reports its closest call', () => {
    const report = run({ runs: 4, replications: 4 });
    expect(report.closest.holds).toBe(true);
    expect(report.closest.mean).toBeGreaterThanOrEqual(0.25);
  });

  it('the unrealistic "≥ 90 %" version fails with a readable counterexample', () => {
    expect(() =>
      checkAssumption(
        { ...property, claim: '≥ 90 % reach surgery within 2 h', require: { atLeast: 0.9 } },
        { runs: 2, replications: 2, seed: 7 },
      ),
    ).toThrow(
      /"≥ 90 % reach surgery within 2 h" does not hold[\s\S]*IED rate per 1000 convoy-km = [\s\S]*required ≥ 0.9/,
    );
  });
});
