/**
 * A FIFO queue on a growable ring buffer: O(1) push and shift, used by the resources and stores.
 *
 * @module
 */

/** @internal A first-in first-out queue with O(1) `push` and `shift`. */
export class Deque<T> {
  private buf: (T | undefined)[] = new Array<T | undefined>(16);
  private head = 0;
  private len = 0;

  /** Number of items. */
  get length(): number {
    return this.len;
  }

  /** Appends `item` at the back. */
  push(item: T): void {
    if (this.len === this.buf.length) this.grow();
    this.buf[(this.head + this.len) & (this.buf.length - 1)] = item;
    this.len++;
  }

  /** Removes and returns the front item, or `undefined` if empty. */
  shift(): T | undefined {
    if (this.len === 0) return undefined;
    const item = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.len--;
    return item;
  }

  /** Front item without removing it, or `undefined` if empty. */
  peek(): T | undefined {
    return this.len === 0 ? undefined : this.buf[this.head];
  }

  /** Item at position `i` from the front (0-based); `undefined` out of range. */
  at(i: number): T | undefined {
    if (i < 0 || i >= this.len) return undefined;
    return this.buf[(this.head + i) & (this.buf.length - 1)];
  }

  /** Removes and returns the item at position `i` (O(n)). */
  removeAt(i: number): T | undefined {
    if (i < 0 || i >= this.len) return undefined;
    const mask = this.buf.length - 1;
    const item = this.buf[(this.head + i) & mask];
    for (let k = i; k < this.len - 1; k++) {
      this.buf[(this.head + k) & mask] = this.buf[(this.head + k + 1) & mask];
    }
    this.buf[(this.head + this.len - 1) & mask] = undefined;
    this.len--;
    return item;
  }

  /** The items front to back, as a new array. */
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.len; i++)
      out.push(this.buf[(this.head + i) & (this.buf.length - 1)] as T);
    return out;
  }

  private grow(): void {
    const next = new Array<T | undefined>(this.buf.length * 2);
    for (let i = 0; i < this.len; i++) next[i] = this.buf[(this.head + i) & (this.buf.length - 1)];
    this.buf = next;
    this.head = 0;
  }
}
