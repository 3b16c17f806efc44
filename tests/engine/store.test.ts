import { describe, expect, it } from 'vitest';
import { Environment, FilterStore, Store } from '../../src/engine/index.js';
import { InvalidArgumentError } from '../../src/errors.js';

describe('Store', () => {
  it('Store.get() waits for items and receives them in FIFO order, typed', () => {
    const env = new Environment();
    const store = new Store<{ id: number }>(env);
    const log: [number, string, number][] = [];
    for (const name of ['g1', 'g2']) {
      env.process(function* () {
        const item = yield* store.get();
        log.push([env.now, name, item.id]);
      });
    }
    env.process(function* () {
      yield* env.timeout(1);
      yield* store.put({ id: 10 });
      yield* env.timeout(1);
      yield* store.put({ id: 20 });
    });
    env.run();
    expect(log).toEqual([
      [1, 'g1', 10],
      [2, 'g2', 20],
    ]);
  });

  it('Store.put() waits for room when the store is full', () => {
    const env = new Environment();
    const store = new Store<string>(env, { capacity: 1 });
    const log: [number, string][] = [];
    env.process(function* () {
      yield* store.put('a');
      log.push([env.now, 'put a']);
      yield* store.put('b');
      log.push([env.now, 'put b']);
    });
    env.process(function* () {
      yield* env.timeout(5);
      const x = yield* store.get();
      log.push([env.now, `got ${x}`]);
    });
    env.run();
    expect(log).toEqual([
      [0, 'put a'],
      [5, 'got a'],
      [5, 'put b'],
    ]);
    expect(store.items).toEqual(['b']);
  });

  it('StoreGet.cancel() withdraws a waiting get', () => {
    const env = new Environment();
    const store = new Store<number>(env);
    const g1 = store.get();
    const g2 = store.get();
    g1.cancel();
    expect(store.getQueueLength).toBe(1);
    store.put(7);
    env.run();
    expect(g2.value).toBe(7);
    expect(g1.triggered).toBe(false);
  });

  it('FilterStore.get(filter) takes the oldest matching item; waiting gets are served in order', () => {
    const env = new Environment();
    const store = new FilterStore<{ kind: string; id: number }>(env);
    const log: [number, string, number][] = [];
    env.process(function* () {
      const v = yield* store.get((x) => x.kind === 'truck');
      log.push([env.now, 'truck taker', v.id]);
    });
    env.process(function* () {
      const v = yield* store.get((x) => x.kind === 'apc');
      log.push([env.now, 'apc taker', v.id]);
    });
    env.process(function* () {
      yield* env.timeout(1);
      store.put({ kind: 'apc', id: 1 });
      yield* env.timeout(1);
      store.put({ kind: 'truck', id: 2 });
      store.put({ kind: 'truck', id: 3 });
    });
    env.run();
    expect(log).toEqual([
      [1, 'apc taker', 1],
      [2, 'truck taker', 2],
    ]);
    expect(store.items.map((x) => x.id)).toEqual([3]);
  });

  it('new Store() rejects a capacity below 1 or not an integer', () => {
    const env = new Environment();
    expect(() => new Store(env, { capacity: 0 })).toThrow(InvalidArgumentError);
    expect(() => new Store(env, { capacity: 2.5 })).toThrow(/^capacity/);
    expect(() => new FilterStore<number>(env).get(3 as never)).toThrow(/^filter/);
  });
});
