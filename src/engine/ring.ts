/**
 * A FIFO of queue entries scheduled for the current time: the event and its insertion sequence,
 * on a growable ring buffer (sequences in a `Float64Array`). The environment keeps one for
 * urgent and one for normal entries with no delay, so that process starts, grants and
 * `succeed()` calls, about half of a typical model's entries, skip the heap.
 *
 * @module
 */

/** @internal A first-in first-out ring of `(sequence, item)` pairs. */
export class EventRing<T> {
  private items: (T | undefined)[];
  private seqs: Float64Array;
  private head = 0;
  /** Number of entries. */
  length = 0;

  /** Creates an empty ring with room for `initialCapacity` (a power of two) entries. */
  constructor(initialCapacity = 64) {
    this.items = new Array<T | undefined>(initialCapacity);
    this.seqs = new Float64Array(initialCapacity);
  }

  /** Sequence of the first entry (only when `length > 0`). */
  peekSeq(): number {
    return this.seqs[this.head]!;
  }

  /** Appends `item` with sequence `seq`. */
  push(seq: number, item: T): void {
    if (this.length === this.seqs.length) this.grow();
    const i = (this.head + this.length) & (this.seqs.length - 1);
    this.items[i] = item;
    this.seqs[i] = seq;
    this.length++;
  }

  /** Removes and returns the first item (only when `length > 0`). */
  shift(): T {
    const h = this.head;
    const item = this.items[h] as T;
    this.items[h] = undefined;
    this.head = (h + 1) & (this.seqs.length - 1);
    this.length--;
    return item;
  }

  /** Replaces the entry holding `item` by `by`; returns whether one was found. */
  replace(item: T, by: T): boolean {
    const mask = this.seqs.length - 1;
    for (let k = 0; k < this.length; k++) {
      const i = (this.head + k) & mask;
      if (this.items[i] === item) {
        this.items[i] = by;
        return true;
      }
    }
    return false;
  }

  private grow(): void {
    const n = this.seqs.length;
    const items = new Array<T | undefined>(2 * n);
    const seqs = new Float64Array(2 * n);
    for (let k = 0; k < n; k++) {
      const i = (this.head + k) & (n - 1);
      items[k] = this.items[i];
      seqs[k] = this.seqs[i]!;
    }
    this.items = items;
    this.seqs = seqs;
    this.head = 0;
  }
}
