import { describe, expect, it } from 'vitest';
import { runMmc } from './models.js';

const base = { c: 2, lambda: 1.6, mu: 1, warmup: 0, horizon: 200, traceCustomers: 40 } as const;

describe('determinism', () => {
  it('an M/M/c model gives an identical trace for the same seed and replication', () => {
    const a = runMmc({ ...base, seed: 2020, replication: 3 });
    const b = runMmc({ ...base, seed: 2020, replication: 3 });
    expect(a.trace.length).toBe(120);
    expect(b.trace).toEqual(a.trace);
    expect(b.wq).toBe(a.wq);
    expect(b.l).toBe(a.l);
  });

  it('an M/M/c model gives a different trace for another seed or another replication', () => {
    const a = runMmc({ ...base, seed: 2020, replication: 3 });
    const otherSeed = runMmc({ ...base, seed: 2021, replication: 3 });
    const otherRep = runMmc({ ...base, seed: 2020, replication: 4 });
    expect(otherSeed.trace).not.toEqual(a.trace);
    expect(otherRep.trace).not.toEqual(a.trace);
  });

  it('the trace is ordered in time and every customer arrives, is served, then leaves', () => {
    const { trace } = runMmc({ ...base, seed: 7, replication: 0 });
    for (let i = 1; i < trace.length; i++)
      expect(trace[i]![0]).toBeGreaterThanOrEqual(trace[i - 1]![0]);
    for (let id = 0; id < 40; id++) {
      expect(trace.filter((e) => e[1] === id).map((e) => e[2])).toEqual([
        'arrive',
        'serve',
        'leave',
      ]);
    }
  });
});
