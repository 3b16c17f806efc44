import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { normalQuantile, studentTQuantile } from '../../src/experiment/student-t.js';

// t(0.975, df) to 9 decimals (standard tables; R qt(0.975, df)).
const TABLE_975: [number, number][] = [
  [1, 12.706204736],
  [2, 4.30265273],
  [3, 3.182446305],
  [4, 2.776445105],
  [5, 2.570581836],
  [10, 2.228138852],
  [29, 2.045229642],
  [30, 2.042272456],
  [100, 1.983971519],
  [1000, 1.962339081],
  [Number.POSITIVE_INFINITY, 1.959963985],
];

describe('studentTQuantile(p, df)', () => {
  it.each(TABLE_975)('studentTQuantile(0.975, %s) matches the table', (df, t) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 8);
  });

  it('studentTQuantile(0.995, df) and (0.95, df) match the table', () => {
    expect(studentTQuantile(0.995, 1)).toBeCloseTo(63.656741163, 8);
    expect(studentTQuantile(0.995, 5)).toBeCloseTo(4.032142984, 8);
    expect(studentTQuantile(0.995, 30)).toBeCloseTo(2.749995654, 8);
    expect(studentTQuantile(0.95, 2)).toBeCloseTo(2.91998558, 8);
    expect(studentTQuantile(0.95, 7)).toBeCloseTo(1.894578605, 8);
    expect(studentTQuantile(0.9, 12)).toBeCloseTo(1.356217334, 8);
  });

  it('studentTQuantile(p, df) is antisymmetric about p = 0.5', () => {
    for (const df of [1, 2, 3, 7.5, 40, 1e6]) {
      expect(studentTQuantile(0.5, df)).toBe(0);
      expect(studentTQuantile(0.025, df)).toBeCloseTo(-studentTQuantile(0.975, df), 12);
    }
  });

  it('studentTQuantile(p, df) decreases towards the normal quantile as df grows', () => {
    let previous = Number.POSITIVE_INFINITY;
    for (const df of [1, 2, 3, 5, 10, 100, 1e4, 99_999, 1e5, 1e7]) {
      const t = studentTQuantile(0.975, df);
      expect(t).toBeLessThan(previous);
      previous = t;
    }
    // t − z ≈ (z³ + z) / (4ν) ≈ 2.4e-7 at ν = 10⁷
    expect(previous - normalQuantile(0.975)).toBeCloseTo(2.372e-7, 9);
  });

  it('studentTQuantile(0 | 1, df) is ∓Infinity', () => {
    expect(studentTQuantile(0, 5)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(1, 5)).toBe(Number.POSITIVE_INFINITY);
  });

  it('studentTQuantile(p, df) rejects p outside [0, 1] and df ≤ 0', () => {
    expect(() => studentTQuantile(1.5, 3)).toThrow(InvalidArgumentError);
    expect(() => studentTQuantile(Number.NaN, 3)).toThrow(/^p:/);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/^df:/);
    expect(() => studentTQuantile(0.9, Number.NaN)).toThrow(InvalidArgumentError);
  });
});

describe('normalQuantile(p)', () => {
  it('normalQuantile(p) matches the table', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.841344746068543)).toBeCloseTo(1, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.644853626951472, 14);
  });

  it('normalQuantile(p) rejects p outside [0, 1]', () => {
    expect(() => normalQuantile(-0.1)).toThrow(InvalidArgumentError);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
  });
});
