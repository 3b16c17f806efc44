import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventHeap, queueKey } from '../../src/engine/heap.js';

describe('EventHeap', () => {
  it('EventHeap.pop() returns entries by time, then key', () => {
    const h = new EventHeap<string>(4);
    h.push(2, queueKey(1, 0), 'c');
    h.push(1, queueKey(1, 1), 'b');
    h.push(1, queueKey(0, 2), 'a');
    h.push(3, queueKey(1, 3), 'd');
    h.push(1, queueKey(1, 4), 'b2');
    const out: string[] = [];
    while (h.size > 0) out.push(h.pop()!);
    expect(out).toEqual(['a', 'b', 'b2', 'c', 'd']);
    expect(h.pop()).toBeUndefined();
    expect(h.peekTime()).toBe(Number.POSITIVE_INFINITY);
  });

  it('EventHeap pops any sequence of (time, priority) in sorted (time, priority, seq) order', () => {
    const entry = fc.record({
      time: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 20, noNaN: true })),
      priority: fc.integer({ min: 0, max: 3 }),
      popAfter: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 300 }), (entries) => {
        const h = new EventHeap<number>(2);
        const live: { time: number; priority: number; seq: number }[] = [];
        const byOrder = (
          a: { time: number; priority: number; seq: number },
          b: { time: number; priority: number; seq: number },
        ) => a.time - b.time || a.priority - b.priority || a.seq - b.seq;
        entries.forEach((e, seq) => {
          h.push(e.time, queueKey(e.priority, seq), seq);
          live.push({ time: e.time, priority: e.priority, seq });
          if (e.popAfter) {
            live.sort(byOrder);
            expect(h.pop()).toBe(live.shift()!.seq);
          }
        });
        live.sort(byOrder);
        const rest: number[] = [];
        while (h.size > 0) rest.push(h.pop()!);
        expect(rest).toEqual(live.map((e) => e.seq));
      }),
      { numRuns: 200 },
    );
  });
});
