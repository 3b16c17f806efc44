import { deviation, mean, quantileSorted } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../src/experiment/student-t.js';
import { histogramQuantile, summarize, tallyQuantile } from '../../src/experiment/summary.js';

const DATA = [12, 7, 3, 15, 9, 11, 4, 8, 10, 13, 6, 5];

describe('summarize(values)', () => {
  it('summarize(values) agrees with d3-array on known data', () => {
    const s = summarize(DATA);
    const sorted = [...DATA].sort((a, b) => a - b);
    expect(s.n).toBe(12);
    expect(s.mean).toBe(mean(DATA));
    expect(s.mean).toBe(8.583333333333334);
    expect(s.sd).toBe(deviation(DATA));
    expect(s.min).toBe(3);
    expect(s.max).toBe(15);
    expect(s.p5).toBe(quantileSorted(sorted, 0.05));
    expect(s.p50).toBe(quantileSorted(sorted, 0.5));
    expect(s.p90).toBe(quantileSorted(sorted, 0.9));
    expect(s.p95).toBe(quantileSorted(sorted, 0.95));
    const hw = (studentTQuantile(0.975, 11) * (deviation(DATA) as number)) / Math.sqrt(12);
    expect(s.halfWidth).toBe(hw);
    expect(s.ciLow).toBe(s.mean - hw);
    expect(s.ciHigh).toBe(s.mean + hw);
  });

  it('summarize(values) skips NaN', () => {
    const s = summarize([1, Number.NaN, 3, Number.NaN]);
    expect(s.n).toBe(2);
    expect(s.mean).toBe(2);
    expect(s.p50).toBe(2);
  });

  it('summarize(values) gives NaN for statistics undefined at n = 0 and n = 1', () => {
    const none = summarize([Number.NaN]);
    expect(none.n).toBe(0);
    expect(none.mean).toBeNaN();
    expect(none.p95).toBeNaN();
    const one = summarize([4]);
    expect(one.mean).toBe(4);
    expect(one.sd).toBeNaN();
    expect(one.halfWidth).toBeNaN();
    expect(one.p5).toBe(4);
  });
});

describe('tallyQuantile(tally, n, p)', () => {
  it('tallyQuantile(tally, n, p) equals d3 quantileSorted over the expanded values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 60 }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const counts = new Map<number, number>();
          for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
          const tally: number[] = [];
          for (const v of [...counts.keys()].sort((a, b) => a - b))
            tally.push(v, counts.get(v) as number);
          const sorted = [...values].sort((a, b) => a - b);
          expect(tallyQuantile(tally, values.length, p)).toBe(quantileSorted(sorted, p));
        },
      ),
    );
  });

  it('tallyQuantile([], 0, p) is NaN', () => {
    expect(tallyQuantile([], 0, 0.5)).toBeNaN();
  });
});

describe('histogramQuantile(counts, binWidth, p)', () => {
  it('histogramQuantile interpolates within the bin holding the quantile', () => {
    // 10 samples in [0,10), 10 in [10,20): the median is the edge 10, p90 at 18.
    expect(histogramQuantile([10, 10, 0], 10, 0.5)).toBe(10);
    expect(histogramQuantile([10, 10, 0], 10, 0.9)).toBe(18);
    expect(histogramQuantile([0, 4, 0], 5, 0.25)).toBe(6.25);
  });

  it('histogramQuantile reports the lower edge of the open-ended last bin', () => {
    expect(histogramQuantile([1, 0, 9], 10, 0.95)).toBe(20);
  });

  it('histogramQuantile of an empty histogram is NaN', () => {
    expect(histogramQuantile([0, 0], 10, 0.5)).toBeNaN();
  });
});
