/**
 * ln Γ(x) and Γ(x) for x > 0.
 *
 * Stirling's series with ten terms, evaluated at x + n ≥ 7 and shifted back down with
 * ln Γ(x) = ln Γ(x + n) − Σ ln(x + i); absolute error about 1e-15 over (0, 1e300). This is the
 * routine the transformed-rejection Poisson and binomial samplers were published with.
 *
 * @internal
 * @module
 */

const STIRLING = [
  8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4,
  8.417508417508418e-4, -1.917526917526918e-3, 6.41025641025641e-3, -2.955065359477124e-2,
  1.796443723688307e-1, -1.3924322169059,
] as const;
const HALF_LN_2PI = 0.9189385332046728;

/** ln Γ(x) for x > 0 (ln((x − 1)!) for a positive integer x). */
export function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  let x0 = x;
  let n = 0;
  if (x < 7) {
    n = Math.floor(7 - x);
    x0 = x + n;
  }
  const x2 = 1 / (x0 * x0);
  let series = STIRLING[9];
  for (let k = 8; k >= 0; k--) series = series * x2 + (STIRLING[k] as number);
  let lg = series / x0 + HALF_LN_2PI + (x0 - 0.5) * Math.log(x0) - x0;
  for (let k = 1; k <= n; k++) {
    x0 -= 1;
    lg -= Math.log(x0);
  }
  return lg;
}

/** Γ(x) for x > 0; `Infinity` once it overflows (x > 171.6). */
export function gammaFunction(x: number): number {
  return Math.exp(logGamma(x));
}
