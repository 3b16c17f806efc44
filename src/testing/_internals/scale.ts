/**
 * Integer scales that map a fast-check integer onto a range so that shrinking (towards 0) leads
 * to the base value when it lies inside the range, or else to the end of the range nearest it.
 *
 * @module
 */

/** An integer scale: `k` in [`kMin`, `kMax`] maps to a value in the range. */
export interface IntegerScale {
  readonly kMin: number;
  readonly kMax: number;
  valueOf(k: number): number;
}

/** Steps of a continuous scale on each side of the base. */
export const CONTINUOUS_STEPS = 1000;

/**
 * A continuous range [low, high] with `CONTINUOUS_STEPS` steps on each side of `base`. `k = 0`
 * is the base value (inside the range) or the end nearest it (outside); the ends are hit exactly.
 */
export function continuousScale(low: number, high: number, base: number): IntegerScale {
  const n = CONTINUOUS_STEPS;
  if (base >= low && base <= high) {
    return {
      kMin: base === low ? 0 : -n,
      kMax: base === high ? 0 : n,
      valueOf: (k) =>
        k === 0
          ? base
          : k < 0
            ? k === -n
              ? low
              : base + (k / n) * (base - low)
            : k === n
              ? high
              : base + (k / n) * (high - base),
    };
  }
  const towardsHigh = base < low;
  return {
    kMin: 0,
    kMax: n,
    valueOf: (k) => {
      if (k === 0) return towardsHigh ? low : high;
      if (k === n) return towardsHigh ? high : low;
      return towardsHigh ? low + (k / n) * (high - low) : high - (k / n) * (high - low);
    },
  };
}

/** An integer range [low, high] (e.g. day offsets), one step per unit, anchored at `base`. */
export function integerScale(low: number, high: number, base: number): IntegerScale {
  if (base >= low && base <= high) {
    return { kMin: low - base, kMax: high - base, valueOf: (k) => base + k };
  }
  if (base < low) return { kMin: 0, kMax: high - low, valueOf: (k) => low + k };
  return { kMin: 0, kMax: high - low, valueOf: (k) => high - k };
}
