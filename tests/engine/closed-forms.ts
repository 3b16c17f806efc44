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
