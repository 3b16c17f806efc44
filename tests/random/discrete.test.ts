import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discrete, discreteSampler } from '../../src/random/discrete.js';
import { streams } from '../../src/random/streams.js';
import {
  expectChiSquare,
  expectInvalid,
  expectMoments,
  finiteMoments,
  testStream,
} from './_stats.js';

const N = 200_000;
const WEIGHTS = [5, 0, 3, 2, 0.5, 0, 9.5];
const total = WEIGHTS.reduce((a, b) => a + b, 0);
const pmf = (k: number) => (WEIGHTS[k] ?? 0) / total;
const indexMoments = finiteMoments(
  WEIGHTS.map((_, i) => i),
  WEIGHTS.map((w) => w / total),
);

const weightsArb = fc
  .array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })), {
    minLength: 1,
    maxLength: 30,
  })
  .filter((ws) => ws.some((w) => w > 0));

describe('discrete', () => {
  it('discrete(rng, weights) picks index i with probability weights[i]/Σweights', () => {
    const rng = testStream('discrete');
    expectMoments(() => discrete(rng, WEIGHTS), N, indexMoments);
  });

  it('discrete(rng, weights) passes a chi-square test against the normalised weights', () => {
    const rng = testStream('discrete-chi2');
    expectChiSquare(() => discrete(rng, WEIGHTS), 100_000, pmf);
  });

  it('discrete(rng, weights) returns an index in range and never one with zero weight', () => {
    fc.assert(
      fc.property(weightsArb, fc.integer(), (weights, seed) => {
        const rng = testStream('discrete-prop', seed);
        for (let i = 0; i < 50; i++) {
          const k = discrete(rng, weights);
          if (!(k >= 0 && k < weights.length && weights[k]! > 0)) return false;
        }
        return true;
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('discrete(rng, weights) never picks a zero weight even when the uniform is at its extremes', () => {
    expect(discrete(() => 0, [0, 0, 1, 0])).toBe(2);
    expect(discrete(() => 1 - 2 ** -32, [0, 1, 1, 0])).toBe(2);
  });

  it('discrete(rng, weights) rejects empty, negative, non-finite and all-zero weights', () => {
    const rng = testStream('discrete-invalid');
    expectInvalid(() => discrete(rng, []), 'weights');
    expectInvalid(() => discrete(rng, [1, -1]), 'weights[1]');
    expectInvalid(() => discrete(rng, [1, Number.NaN]), 'weights[1]');
    expectInvalid(() => discrete(rng, [Number.POSITIVE_INFINITY]), 'weights[0]');
    expectInvalid(() => discrete(rng, [0, 0]), 'weights');
    expectInvalid(() => discrete(rng, [Number.MAX_VALUE, Number.MAX_VALUE]), 'weights');
    expectInvalid(() => discreteSampler([0]), 'weights');
    expectInvalid(() => discreteSampler([2, -0.5]), 'weights[1]');
  });
});

describe('discreteSampler', () => {
  it('discreteSampler(weights) picks index i with probability weights[i]/Σweights', () => {
    const rng = testStream('alias');
    const draw = discreteSampler(WEIGHTS);
    expectMoments(() => draw(rng), N, indexMoments);
  });

  it('discreteSampler(weights) passes a chi-square test against the normalised weights', () => {
    const rng = testStream('alias-chi2');
    const draw = discreteSampler(WEIGHTS);
    expectChiSquare(() => draw(rng), 100_000, pmf);
  });

  it('discreteSampler(weights) passes a chi-square test over 1000 uneven categories', () => {
    const weights = Array.from({ length: 1000 }, (_, i) => (i % 7 === 0 ? 0 : 1 + (i % 13)));
    const sum = weights.reduce((a, b) => a + b, 0);
    const rng = testStream('alias-chi2-1000');
    const draw = discreteSampler(weights);
    expectChiSquare(
      () => draw(rng),
      200_000,
      (k) => (weights[k] ?? 0) / sum,
    );
  });

  it('discreteSampler(weights) returns an index in range and never one with zero weight', () => {
    fc.assert(
      fc.property(weightsArb, fc.integer(), (weights, seed) => {
        const rng = testStream('alias-prop', seed);
        const draw = discreteSampler(weights);
        for (let i = 0; i < 50; i++) {
          const k = draw(rng);
          if (!(k >= 0 && k < weights.length && weights[k]! > 0)) return false;
        }
        return true;
      }),
      { seed: 6, numRuns: 300 },
    );
  });

  it('discreteSampler(weights) copies the weights and is deterministic per seed', () => {
    const weights = [1, 2, 3];
    const draw = discreteSampler(weights);
    const run = () => {
      const rng = streams(3).replication(0).stream('test', 'alias');
      return Array.from({ length: 100 }, () => draw(rng));
    };
    const first = run();
    weights[0] = 1000;
    expect(run()).toEqual(first);
  });
});
