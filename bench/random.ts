/**
 * Throughput of the random layer: raw uniform draws of the three seedrandom generators
 * considered for the streams (to document the choice of Alea), and draws per second of the main
 * distributions, both through the plain validating functions and the validated factories (the
 * difference is the cost of per-call validation and, for Poisson and binomial, set-up).
 *
 * Each figure is the best of a few timed runs after a warm-up, in millions of draws per second.
 */
import seedrandom from 'seedrandom';
import { binomial, binomialSampler } from '../src/random/binomial.js';
import {
  exponential,
  exponentialSampler,
  normal,
  normalSampler,
} from '../src/random/distributions.js';
import { gamma, gammaSampler } from '../src/random/gamma.js';
import { poisson, poissonSampler } from '../src/random/poisson.js';
import { type Rng, streams } from '../src/random/streams.js';

const DRAWS = 1_000_000;
const RUNS = 7;

/** Seconds for `draws` calls of `draw`; the sum goes to `sink` so the loop is not optimised away. */
function time(draw: () => number, draws: number, sink: { value: number }): number {
  let sum = 0;
  const start = performance.now();
  for (let i = 0; i < draws; i++) sum += draw();
  const seconds = (performance.now() - start) / 1000;
  sink.value += sum;
  return seconds;
}

/**
 * Best-of-RUNS draws per second of each function (one call = one draw). The functions are timed
 * in alternation, round after round, so drift in machine load affects them alike.
 */
function rates(draws: number, ...fns: (() => number)[]): number[] {
  const sink = { value: 0 };
  for (const f of fns) time(f, draws / 10, sink); // warm-up: let the JIT settle
  const best = fns.map(() => 0);
  for (let r = 0; r < RUNS; r++) {
    fns.forEach((f, i) => {
      best[i] = Math.max(best[i] ?? 0, draws / time(f, draws, sink));
    });
  }
  if (Number.isNaN(sink.value)) throw new Error('unreachable');
  return best;
}

/** Runs the random-layer benchmarks. */
export async function benchRandom(): Promise<{
  name: string;
  lines: string[];
  metrics: Record<string, number>;
}> {
  const metrics: Record<string, number> = {};
  const lines: string[] = [];
  const mps = (x: number) => `${(x / 1e6).toFixed(1)} M/s`;

  // Generators
  const generators: [string, Rng][] = [
    ['alea', seedrandom.alea('bench/0/generator')],
    ['arc4', seedrandom('bench/0/generator')],
    ['xor128', seedrandom.xor128('bench/0/generator')],
  ];
  const generatorRates = rates(4 * DRAWS, ...generators.map(([, g]) => g));
  generators.forEach(([name], i) => {
    metrics[`generator_${name}_draws_per_s`] = generatorRates[i] ?? 0;
  });
  const alea = metrics.generator_alea_draws_per_s ?? 0;
  lines.push(
    `uniform draws: ${generators
      .map(([name]) => `${name} ${mps(metrics[`generator_${name}_draws_per_s`] ?? 0)}`)
      .join(', ')} (alea/arc4 ${(alea / (metrics.generator_arc4_draws_per_s ?? 1)).toFixed(1)}x)`,
  );

  // Distributions on a library stream
  const rng = streams('bench').replication(0).stream('bench', 'distributions');
  const expS = exponentialSampler(0.25);
  const normS = normalSampler(10, 3);
  const gamS = gammaSampler(2.5, 2);
  const gamSmallS = gammaSampler(0.5, 2);
  const poiS = poissonSampler(4);
  const poiLargeS = poissonSampler(1e4);
  const binS = binomialSampler(1_000_000, 0.3);
  const cases: [string, () => number, () => number][] = [
    ['exponential', () => exponential(rng, 0.25), () => expS(rng)],
    ['normal', () => normal(rng, 10, 3), () => normS(rng)],
    ['gamma_2_5', () => gamma(rng, 2.5, 2), () => gamS(rng)],
    ['gamma_0_5', () => gamma(rng, 0.5, 2), () => gamSmallS(rng)],
    ['poisson_4', () => poisson(rng, 4), () => poiS(rng)],
    ['poisson_1e4', () => poisson(rng, 1e4), () => poiLargeS(rng)],
    ['binomial_1e6_0_3', () => binomial(rng, 1_000_000, 0.3), () => binS(rng)],
  ];
  for (const [name, plain, factory] of cases) {
    const [p = 0, f = 0] = rates(DRAWS, plain, factory);
    metrics[`${name}_draws_per_s`] = p;
    metrics[`${name}_sampler_draws_per_s`] = f;
    // Time per draw of the plain function over the factory's, minus 1: what per-call validation
    // and set-up cost (negative values are timing noise).
    const overhead = (f / p - 1) * 100;
    metrics[`${name}_plain_overhead_pct`] = overhead;
    lines.push(
      `${name}: ${mps(p)} plain, ${mps(f)} factory (per-call validation and set-up ${overhead >= 0 ? '+' : ''}${overhead.toFixed(0)} %)`,
    );
  }
  return { name: 'random', lines, metrics };
}
