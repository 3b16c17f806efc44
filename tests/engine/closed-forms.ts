/**
 * Closed-form results of queueing theory the engine is checked against.
 */

/** Erlang C: probability that an arrival waits in an M/M/c queue with offered load `a = λ/μ`. */
export function erlangC(c: number, a: number): number {
  const rho = a / c;
  if (!(rho < 1)) throw new RangeError(`unstable queue: rho = ${rho}`);
  let term = 1; // a^k / k!
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const tail = term / (1 - rho); // a^c / c! / (1 - ρ)
  return tail / (sum + tail);
}

/** Steady-state figures of an M/M/c queue with arrival rate `lambda` and service rate `mu`. */
export function mmc(
  c: number,
  lambda: number,
  mu: number,
): { wq: number; lq: number; w: number; l: number } {
  const wq = erlangC(c, lambda / mu) / (c * mu - lambda);
  const w = wq + 1 / mu;
  return { wq, lq: lambda * wq, w, l: lambda * w };
}

/**
 * Machine-repairman (finite-source) model: `n` machines, each failing at rate `lambda` while up,
 * `k` repairers each repairing at rate `mu`. Returns the stationary distribution of the number of
 * machines down and the mean number up.
 */
export function machineRepairman(
  n: number,
  k: number,
  lambda: number,
  mu: number,
): { down: number[]; meanUp: number } {
  const w = [1];
  for (let i = 0; i < n; i++) w.push(w[i]! * (((n - i) * lambda) / (Math.min(i + 1, k) * mu)));
  const total = w.reduce((a, b) => a + b, 0);
  const down = w.map((x) => x / total);
  const meanDown = down.reduce((acc, p, i) => acc + i * p, 0);
  return { down, meanUp: n - meanDown };
}

/**
 * Two-class M/M/1 queue with preemptive-resume priority, both classes served at rate `mu`:
 * mean times in system of the high-priority class (arrival rate `lambda1`) and of the low one
 * (`lambda2`). Class 1 does not see class 2, so it is an M/M/1 queue: T1 = 1/(μ − λ1). For
 * class 2, the M/G/1 preemptive-resume formula with exponential service,
 * T_k = E[S]/(1 − σ_{k−1}) + (Σ_{i≤k} λ_i E[S²]/2)/((1 − σ_{k−1})(1 − σ_k)) with σ_k = ρ1 + … + ρk,
 * reduces to T2 = (1/μ)/((1 − ρ1)(1 − ρ1 − ρ2)). Source: L. Kleinrock, Queueing Systems vol. 2
 * (1976), §3.7; M. Harchol-Balter, Performance Modeling and Design of Computer Systems (2013),
 * ch. 32.
 */
export function mm1PreemptivePriority(
  lambda1: number,
  lambda2: number,
  mu: number,
): { t1: number; t2: number } {
  const rho1 = lambda1 / mu;
  const rho2 = lambda2 / mu;
  if (!(rho1 + rho2 < 1)) throw new RangeError(`unstable queue: rho = ${rho1 + rho2}`);
  return { t1: 1 / (mu - lambda1), t2: 1 / mu / ((1 - rho1) * (1 - rho1 - rho2)) };
}

/**
 * Two-class M/M/c queue with preemptive priority, both classes served at rate `mu` (resume and
 * repeat coincide with exponential service). Class 1 does not see class 2: it is an M/M/c queue
 * with arrival rate λ1. With equal service rates the discipline is work-conserving and the total
 * number in system is the birth–death chain of an M/M/c queue with arrival rate λ1 + λ2, so by
 * Little's law λ1 T1 + λ2 T2 = L(M/M/c, λ1 + λ2), which gives T2 exactly. (For c = 1 this equals
 * {@link mm1PreemptivePriority}; a test checks it.)
 */
export function mmcPreemptivePriority(
  c: number,
  lambda1: number,
  lambda2: number,
  mu: number,
): { t1: number; t2: number } {
  const t1 = mmc(c, lambda1, mu).w;
  const l = mmc(c, lambda1 + lambda2, mu).l;
  return { t1, t2: (l - lambda1 * t1) / lambda2 };
}

/**
 * M/M/1 queue whose server breaks down at any time, busy or idle (up times exponential with
 * rate `alpha`, repairs exponential with rate `beta`), service preemptive-resume: mean time in
 * system
 *
 *   T = (1 + α(λ + β)/β²) / (μ − λ(1 + α/β)) + α/(β(α + β)),   stable when λ(1 + α/β) < μ.
 *
 * The model is Avi-Itzhak & Naor's "service station subject to breakdown" (Operations Research
 * 11(3), 1963, 303–320; White & Christie, Operations Research 6(1), 1958, 79–95 treat breakdowns
 * as a top-priority class). The formula is derived here for exponential service and repairs from
 * the generating functions U(z), D(z) of the number in system while up and down:
 * D(z) = αU(z)/(λ(1 − z) + β), U(z) = μ p₀ / (μ − λz − αλz/(λ(1 − z) + β)), L = U'(1) + D'(1),
 * T = L/λ. Its first term is the M/G/1 time with the completion time C = S + repairs during S
 * (Gaver, J. Royal Statistical Society B 24, 1962, 73–90); the second is the chance an arrival
 * finds the server down, α/(α + β), times the mean residual repair 1/β. A test checks it against
 * a numerical solution of the truncated Markov chain.
 */
export function mm1Breakdowns(lambda: number, mu: number, alpha: number, beta: number): number {
  const slowdown = 1 + alpha / beta;
  if (!(lambda * slowdown < mu)) throw new RangeError('unstable queue');
  return (
    (1 + (alpha * (lambda + beta)) / (beta * beta)) / (mu - lambda * slowdown) +
    alpha / (beta * (alpha + beta))
  );
}

/**
 * Mean time in system of the M/M/1 queue with breakdowns of {@link mm1Breakdowns}, by solving the
 * Markov chain on states (n in system, up or down), n < `cap`, with Gauss–Seidel sweeps: an
 * independent check of the formula.
 */
export function mm1BreakdownsNumeric(
  lambda: number,
  mu: number,
  alpha: number,
  beta: number,
  cap = 400,
): number {
  const up = new Float64Array(cap).fill(1);
  const down = new Float64Array(cap).fill(1);
  for (let sweep = 0; sweep < 20_000; sweep++) {
    let change = 0;
    for (let n = 0; n < cap; n++) {
      const a = n + 1 < cap ? lambda : 0; // arrivals blocked at the truncation
      // Up: out at λ + α + μ (n > 0); in from (n−1, up) by λ, (n+1, up) by μ, (n, down) by β.
      const inUp =
        (n > 0 ? lambda * up[n - 1]! : 0) + (n + 1 < cap ? mu * up[n + 1]! : 0) + beta * down[n]!;
      const u = inUp / (a + alpha + (n > 0 ? mu : 0));
      // Down: out at λ + β; in from (n−1, down) by λ, (n, up) by α.
      const inDown = (n > 0 ? lambda * down[n - 1]! : 0) + alpha * u;
      const d = inDown / (a + beta);
      change = Math.max(change, Math.abs(u - up[n]!) / u, Math.abs(d - down[n]!) / d);
      up[n] = u;
      down[n] = d;
    }
    if (change < 1e-13) break;
  }
  let total = 0;
  let mean = 0;
  for (let n = 0; n < cap; n++) {
    total += up[n]! + down[n]!;
    mean += n * (up[n]! + down[n]!);
  }
  return mean / total / lambda;
}
