import { describe, expect, it } from 'vitest';
import { Container, Environment } from '../../src/engine/index.js';
import { InvalidArgumentError } from '../../src/errors.js';

describe('Container', () => {
  it('Container.get() waits until the amount is available; gets are served strictly in order', () => {
    const env = new Environment();
    const fuel = new Container(env, { capacity: 100, initial: 10 });
    const log: [number, string, number][] = [];
    env.process(function* () {
      const got = yield* fuel.get(30);
      log.push([env.now, 'big', got]);
    });
    env.process(function* () {
      yield* env.timeout(1);
      yield* fuel.get(5); // behind the big get: not served before it
      log.push([env.now, 'small', fuel.level]);
    });
    env.process(function* () {
      yield* env.timeout(2);
      yield* fuel.put(25);
      log.push([env.now, 'refill', fuel.level]);
    });
    env.run();
    expect(log).toEqual([
      [2, 'refill', 0],
      [2, 'big', 30],
      [2, 'small', 0],
    ]);
  });

  it('Container.put() waits for room below capacity', () => {
    const env = new Environment();
    const tank = new Container(env, { capacity: 10, initial: 8 });
    const log: [number, number][] = [];
    env.process(function* () {
      yield* tank.put(5);
      log.push([env.now, tank.level]);
    });
    env.process(function* () {
      yield* env.timeout(3);
      yield* tank.get(4);
    });
    env.run();
    expect(log).toEqual([[3, 9]]);
  });

  it('ContainerRequest.cancel() withdraws a waiting get so later ones are served', () => {
    const env = new Environment();
    const c = new Container(env, { initial: 3 });
    const big = c.get(10);
    const small = c.get(2);
    expect(small.triggered).toBe(false);
    big.cancel();
    expect(small.triggered).toBe(true);
    expect(c.level).toBe(1);
  });

  it('Container rejects negative, zero, NaN and over-capacity amounts and bad options', () => {
    const env = new Environment();
    const c = new Container(env, { capacity: 10 });
    for (const amount of [-1, 0, Number.NaN, 11, Number.POSITIVE_INFINITY]) {
      expect(() => c.put(amount)).toThrow(InvalidArgumentError);
      expect(() => c.get(amount)).toThrow(/^amount/);
    }
    expect(() => new Container(env, { capacity: 0 })).toThrow(/^capacity/);
    expect(() => new Container(env, { capacity: 5, initial: 6 })).toThrow(/^initial/);
  });
});
