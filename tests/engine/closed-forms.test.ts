import { describe, expect, it } from 'vitest';
import {
  erlangC,
  machineRepairman,
  mm1Breakdowns,
  mm1BreakdownsNumeric,
  mm1PreemptivePriority,
  mmc,
  mmcPreemptivePriority,
} from './closed-forms.js';
import {
  runBreakdownMm1,
  runMmc,
  runPriorityQueue,
  runRepairman,
  runSwitchingMmc,
  summarise,
} from './models.js';

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

  it('mm1Breakdowns(λ, μ, α, β) matches the numerically solved chain, and M/M/1 without breakdowns', () => {
    for (const [lambda, mu, alpha, beta] of [
      [0.5, 1, 0.1, 0.5],
      [0.3, 1, 0.2, 0.4],
      [0.8, 2, 1, 3],
    ] as const) {
      const formula = mm1Breakdowns(lambda, mu, alpha, beta);
      expect(Math.abs(formula / mm1BreakdownsNumeric(lambda, mu, alpha, beta) - 1)).toBeLessThan(
        1e-9,
      );
    }
    expect(mm1Breakdowns(0.5, 1, 0, 1)).toBeCloseTo(2, 12); // 1/(μ − λ)
  });

  it('mmcPreemptivePriority(1, λ1, λ2, μ) equals the M/M/1 preemptive-resume formula', () => {
    const a = mmcPreemptivePriority(1, 0.3, 0.4, 1);
    const b = mm1PreemptivePriority(0.3, 0.4, 1);
    expect(a.t1).toBeCloseTo(b.t1, 12);
    expect(a.t2).toBeCloseTo(b.t2, 12);
    expect(b.t2).toBeCloseTo(1 / (0.7 * 0.3), 12);
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

/**
 * Non-preemptive priority M/M/c with equal service rates (Cobham 1954): mean time in system of
 * the high class, W0 / (1 − σ1) + 1/μ with W0 = C(c, a) / (cμ) and σ1 = λ1 / (cμ). The tests use
 * it only to show that they can tell preemption from its absence.
 */
function nonPreemptiveT1(c: number, lambda1: number, lambda2: number, mu: number): number {
  const w0 = erlangC(c, (lambda1 + lambda2) / mu) / (c * mu);
  return w0 / (1 - lambda1 / (c * mu)) + 1 / mu;
}

describe('engine against closed forms: preemption and varying capacity', () => {
  // Per server: ρ1 = 0.3 (high priority), ρ2 = 0.4 (low priority).
  for (const on of ['resource', 'pool'] as const) {
    for (const servers of [1, 2]) {
      const what = on === 'resource' ? 'PreemptiveResource' : 'Pool of identical items';
      it(`M/M/${servers} preemptive-resume priority on a ${what}: T1 and T2 match the closed form within ${Z} SE`, () => {
        const lambda1 = 0.3 * servers;
        const lambda2 = 0.4 * servers;
        const mu = 1;
        const results = Array.from({ length: R }, (_, r) =>
          runPriorityQueue({
            on,
            servers,
            lambda1,
            lambda2,
            mu,
            warmup: 1_000,
            horizon: 21_000,
            seed: `priority-${servers}`,
            replication: r,
          }),
        );
        const t1 = summarise(results.map((x) => x.t1));
        const t2 = summarise(results.map((x) => x.t2));
        const expected =
          servers === 1
            ? mm1PreemptivePriority(lambda1, lambda2, mu)
            : mmcPreemptivePriority(servers, lambda1, lambda2, mu);
        expect(Math.abs(t1.mean - expected.t1)).toBeLessThanOrEqual(Z * t1.se);
        expect(Math.abs(t2.mean - expected.t2)).toBeLessThanOrEqual(Z * t2.se);
        // Sharp: intervals a few per cent wide, narrow enough to reject the non-preemptive answer.
        expect(t1.se / expected.t1).toBeLessThan(0.02);
        expect(t2.se / expected.t2).toBeLessThan(0.05);
        const without = nonPreemptiveT1(servers, lambda1, lambda2, mu);
        expect(Math.abs(t1.mean - without)).toBeGreaterThan(Z * t1.se);
        expect(Math.min(...results.map((x) => x.preemptions))).toBeGreaterThan(1_000);
      });
    }
  }

  it('a Pool of identical items and a PreemptiveResource give the same trajectory for the same seed', () => {
    const o = { servers: 2, lambda1: 0.6, lambda2: 0.8, mu: 1, warmup: 0, horizon: 2_000 };
    const seed = 'same-trajectory';
    const a = runPriorityQueue({ ...o, on: 'resource', seed, replication: 0 });
    const b = runPriorityQueue({ ...o, on: 'pool', seed, replication: 0 });
    expect(b).toEqual(a);
  });

  it(`M/M/1 whose server breaks down (capacity 0 ↔ 1, preempting, resume): T matches Avi-Itzhak & Naor within ${Z} SE`, () => {
    const o = { lambda: 0.5, mu: 1, alpha: 0.1, beta: 0.5, warmup: 1_000, horizon: 41_000 };
    const results = Array.from({ length: R }, (_, r) =>
      runBreakdownMm1({ ...o, on: 'resource', seed: 'breakdowns', replication: r }),
    );
    const t = summarise(results.map((x) => x.t));
    const up = summarise(results.map((x) => x.availability));
    const expected = mm1Breakdowns(o.lambda, o.mu, o.alpha, o.beta);
    expect(Math.abs(t.mean - expected)).toBeLessThanOrEqual(Z * t.se);
    const availability = o.beta / (o.alpha + o.beta);
    expect(Math.abs(up.mean - availability)).toBeLessThanOrEqual(Z * up.se);
    expect(t.se / expected).toBeLessThan(0.03);
    // Sharp enough to reject breakdowns only while busy (the completion-time formula alone).
    const busyOnly = expected - o.alpha / (o.beta * (o.alpha + o.beta));
    expect(Math.abs(t.mean - busyOnly)).toBeGreaterThan(Z * t.se);
    // The same model on a Pool (the one item removed with preemption and added back).
    const onPool = runBreakdownMm1({ ...o, on: 'pool', seed: 'breakdowns', replication: 0 });
    expect(onPool).toEqual(results[0]);
  });

  it(`M/M/c switching between 2 and 3 servers by setCapacity: waits match Erlang C at the capacity in force within ${Z} SE`, () => {
    const o = {
      lambda: 1.4,
      mu: 1,
      capacities: [2, 3],
      period: 400,
      settle: 100, // ≈ 5 relaxation times of the M/M/2 queue at ρ = 0.7
      margin: 30, // P(wait > 30) < 1e-7: measured customers are served before the next switch
      cycles: 20,
    };
    const results = Array.from({ length: R }, (_, r) =>
      runSwitchingMmc({ ...o, seed: 'switching', replication: r }),
    );
    o.capacities.forEach((c, i) => {
      const wq = summarise(results.map((x) => x.wq[i]!));
      const pWait = summarise(results.map((x) => x.pWait[i]!));
      const expected = mmc(c, o.lambda, o.mu).wq;
      expect(Math.abs(wq.mean - expected)).toBeLessThanOrEqual(Z * wq.se);
      expect(Math.abs(pWait.mean - erlangC(c, o.lambda / o.mu))).toBeLessThanOrEqual(Z * pWait.se);
      expect(wq.se / expected).toBeLessThan(0.05);
    });
    // Throughput λ: busy servers average λ/μ, so ∫busy / ∫capacity = (λ/μ) / mean capacity.
    const util = summarise(results.map((x) => x.utilisation));
    expect(results[0]!.meanCapacity).toBe(2.5);
    expect(Math.abs(util.mean - o.lambda / o.mu / 2.5)).toBeLessThanOrEqual(Z * util.se);
    expect(util.se).toBeLessThan(0.01);
  });
});
