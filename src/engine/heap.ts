/**
 * The event queue: a binary min-heap keyed by `(time, key)`, where `key` packs the priority and the
 * insertion sequence (see {@link queueKey}). Times and keys live in parallel `Float64Array`s so
 * comparisons touch contiguous memory; the payloads live in a plain array beside them.
 *
 * @module
 */

/** Keys are `priority * PRIORITY_SPAN + sequence`; sequences stay below 2^43. */
const PRIORITY_SPAN = 2 ** 43;

/** Largest priority accepted by {@link queueKey} (inclusive). */
export const MAX_PRIORITY = 1023;

/**
 * The total-order key of a scheduled entry: priority first, then insertion sequence. Both are
 * non-negative integers, `priority ≤ MAX_PRIORITY` and `sequence < 2^43`, so the key is an exact
 * float64 integer and comparing keys compares `(priority, sequence)` lexicographically.
 */
export function queueKey(priority: number, sequence: number): number {
  return priority * PRIORITY_SPAN + sequence;
}

/**
 * A binary min-heap of payloads ordered by `(time, key)`. Equal `(time, key)` pairs never occur
 * when keys come from {@link queueKey} with a strictly increasing sequence, so the order is total
 * and never depends on chance.
 */
export class EventHeap<T> {
  private times: Float64Array;
  private keys: Float64Array;
  private items: (T | undefined)[] = [];
  private count = 0;

  /** Creates an empty heap with room for `initialCapacity` entries before it grows. */
  constructor(initialCapacity = 256) {
    const n = Math.max(4, initialCapacity | 0);
    this.times = new Float64Array(n);
    this.keys = new Float64Array(n);
  }

  /** Number of entries in the heap. */
  get size(): number {
    return this.count;
  }

  /** Time of the first entry, or `Infinity` when the heap is empty. */
  peekTime(): number {
    return this.count === 0 ? Number.POSITIVE_INFINITY : this.times[0]!;
  }

  /** Key of the first entry (only when the heap is not empty). */
  peekKey(): number {
    return this.keys[0]!;
  }

  /** First payload without removing it, or `undefined` when the heap is empty. */
  peek(): T | undefined {
    return this.count === 0 ? undefined : this.items[0];
  }

  /** Inserts `item` at `(time, key)`. */
  push(time: number, key: number, item: T): void {
    if (this.count === this.times.length) this.grow();
    const times = this.times;
    const keys = this.keys;
    const items = this.items;
    let i = this.count++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p]!;
      if (pt < time || (pt === time && keys[p]! < key)) break;
      times[i] = pt;
      keys[i] = keys[p]!;
      items[i] = items[p];
      i = p;
    }
    times[i] = time;
    keys[i] = key;
    items[i] = item;
  }

  /** Removes and returns the first payload, or `undefined` when the heap is empty. */
  pop(): T | undefined {
    if (this.count === 0) return undefined;
    const times = this.times;
    const keys = this.keys;
    const items = this.items;
    const top = items[0];
    const n = --this.count;
    if (n === 0) {
      items[0] = undefined;
      return top;
    }
    const time = times[n]!;
    const key = keys[n]!;
    const item = items[n];
    items[n] = undefined;
    const half = n >> 1;
    let i = 0;
    while (i < half) {
      let c = 2 * i + 1;
      let ct = times[c]!;
      let ck = keys[c]!;
      const r = c + 1;
      if (r < n) {
        const rt = times[r]!;
        const rk = keys[r]!;
        if (rt < ct || (rt === ct && rk < ck)) {
          c = r;
          ct = rt;
          ck = rk;
        }
      }
      if (time < ct || (time === ct && key < ck)) break;
      times[i] = ct;
      keys[i] = ck;
      items[i] = items[c];
      i = c;
    }
    times[i] = time;
    keys[i] = key;
    items[i] = item;
    return top;
  }

  /** Replaces the payload `item` by `by`, keeping its place; returns whether it was found. */
  replace(item: T, by: T): boolean {
    const i = this.items.indexOf(item);
    if (i < 0 || i >= this.count) return false;
    this.items[i] = by;
    return true;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const times = new Float64Array(n);
    const keys = new Float64Array(n);
    times.set(this.times);
    keys.set(this.keys);
    this.times = times;
    this.keys = keys;
  }
}
