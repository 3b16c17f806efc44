import { describe, expect, it } from 'vitest';
import { erlangC, machineRepairman, mmc } from './closed-forms.js';
import { runMmc, runRepairman, summarise } from './models.js';

/** Replications per configuration; tolerances are 4 standard errors estimated from them. */
const R = 10;
const Z = 4;

describe('closed forms used as references', () => {
  it('erlangC(c, a) matches tabulated values', () => {
    expect(erlangC(1, 0.5)).toBeCloseTo(0.5, 12); // M/M/1: P(wait) = ρ
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    expect(erlangC(3, 2.4)).toBeCloseTo(0.6471910112, 9);
  });

  it('machineRepairman(n, k, λ, μ) sums to 1 and matches the one-machine case', () => {
    const { down, meanUp } = machineRepairman(1, 1, 1, 3);
    expect(down.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(meanUp).toBeCloseTo(3 / 4, 12); // availability μ / (λ + μ)
  });
});

describe('engine against closed forms', () => {
  const cases = [
    { c: 1, rho: 0.5 },
    { c: 2, rho: 0.8 },
    { c: 3, rho: 0.9 },
  ];
  for (const { c, rho } of cases) {
    it(`M/M/${c} at ρ = ${rho}: mean wait in queue Wq and utilisation match Erlang C within ${Z} SE`, () => {
      const mu = 1;
      const lambda = rho * c * mu;
      const results = Array.from({ length: R }, (_, r) =>
        runMmc({
          c,
          lambda,
          mu,
          seed: `mmc-${c}-${rho}`,
          replication: r,
          warmup: 1_000,
          horizon: 16_000,
        }),
      );
      const wq = summarise(results.map((x) => x.wq));
      const util = summarise(results.map((x) => x.utilisation));
      const expected = mmc(c, lambda, mu);
      expect(Math.abs(wq.mean - expected.wq)).toBeLessThanOrEqual(Z * wq.se);
      expect(Math.abs(util.mean - rho)).toBeLessThanOrEqual(Z * util.se);
      // The interval must be informative, not wide enough to accept anything.
      expect(wq.se / expected.wq).toBeLessThan(0.05);
    });
  }

  it(`machine-repairman: mean number of machines up matches the birth–death solution within ${Z} SE`, () => {
    const o = { machines: 10, repairers: 2, failureRate: 0.1, repairRate: 0.4 };
    const ups = Array.from({ length: R }, (_, r) =>
      runRepairman({ ...o, seed: 'repairman', replication: r, warmup: 500, horizon: 20_000 }),
    );
    const s = summarise(ups);
    const expected = machineRepairman(o.machines, o.repairers, o.failureRate, o.repairRate).meanUp;
    expect(Math.abs(s.mean - expected)).toBeLessThanOrEqual(Z * s.se);
    expect(s.se / expected).toBeLessThan(0.01);
  });

  it("Little's law L = λW holds exactly over runs that start and end empty", () => {
    for (let r = 0; r < 5; r++) {
      const res = runMmc({
        c: 2,
        lambda: 1.6,
        mu: 1,
        seed: 'little-exact',
        replication: r,
        warmup: 0,
        horizon: 2_000,
        drain: true,
      });
      expect(res.l).toBeCloseTo(res.arrivalRate * res.w, 9);
    }
  });

  it(`Little's law: time-weighted L and λ × mean sojourn both match the M/M/c value within ${Z} SE`, () => {
    const c = 2;
    const mu = 1;
    const lambda = 1.6;
    const results = Array.from({ length: R }, (_, r) =>
      runMmc({ c, lambda, mu, seed: 'little', replication: r, warmup: 1_000, horizon: 16_000 }),
    );
    const l = summarise(results.map((x) => x.l));
    const lw = summarise(results.map((x) => lambda * x.w));
    const expected = mmc(c, lambda, mu).l;
    expect(Math.abs(l.mean - expected)).toBeLessThanOrEqual(Z * l.se);
    expect(Math.abs(lw.mean - expected)).toBeLessThanOrEqual(Z * lw.se);
    // Paired per replication, L and λW differ by far less than their spread across replications.
    const diff = summarise(results.map((x) => x.l - lambda * x.w));
    expect(Math.abs(diff.mean)).toBeLessThanOrEqual(Z * Math.hypot(l.se, lw.se));
  });
});
