import { describe, expect, it } from 'vitest';
import {
  Environment,
  PriorityResource,
  type ProcessGenerator,
  Resource,
} from '../../src/engine/index.js';
import { InvalidArgumentError } from '../../src/errors.js';

type Log = [number, string, string][];

function user(
  env: Environment,
  res: Resource,
  log: Log,
  name: string,
  arrive: number,
  hold: number,
  priority = 0,
): () => ProcessGenerator<void> {
  return function* () {
    yield* env.timeout(arrive);
    const req = yield* res.request({ priority });
    log.push([env.now, name, 'granted']);
    yield* env.timeout(hold);
    res.release(req);
    log.push([env.now, name, 'release']);
  };
}

describe('Resource capacity', () => {
  it('Resource.setCapacity(n) raising it grants waiting requests at once, in queue order', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1 });
    const log: Log = [];
    for (const n of ['a', 'b', 'c', 'd']) env.process(user(env, res, log, n, 0, 10));
    env.process(function* () {
      yield* env.timeout(2);
      res.setCapacity(3);
      log.push([env.now, 'setter', `capacity 3, ${res.count} in use, ${res.queueLength} waiting`]);
    });
    env.run();
    expect(log).toEqual([
      [0, 'a', 'granted'],
      [2, 'setter', 'capacity 3, 3 in use, 1 waiting'],
      [2, 'b', 'granted'],
      [2, 'c', 'granted'],
      [10, 'a', 'release'],
      [10, 'd', 'granted'],
      [12, 'b', 'release'],
      [12, 'c', 'release'],
      [20, 'd', 'release'],
    ]);
  });

  it('Resource.setCapacity(n) lowering it takes no unit away; nothing is granted until count < capacity', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 3 });
    const log: Log = [];
    env.process(user(env, res, log, 'a', 0, 4));
    env.process(user(env, res, log, 'b', 0, 6));
    env.process(user(env, res, log, 'c', 0, 8));
    env.process(user(env, res, log, 'd', 1, 1));
    env.process(function* () {
      yield* env.timeout(2);
      res.setCapacity(1);
      log.push([env.now, 'setter', `capacity 1, ${res.count} in use`]);
    });
    env.run();
    expect(log).toEqual([
      [0, 'a', 'granted'],
      [0, 'b', 'granted'],
      [0, 'c', 'granted'],
      [2, 'setter', 'capacity 1, 3 in use'],
      [4, 'a', 'release'], // 2 in use, capacity 1: d keeps waiting
      [6, 'b', 'release'], // 1 in use: still full
      [8, 'c', 'release'],
      [8, 'd', 'granted'],
      [9, 'd', 'release'],
    ]);
  });

  it('new Resource(env, { capacity: 0 }) queues every request until the capacity is raised', () => {
    const env = new Environment();
    const teams = new Resource(env, { capacity: 0 });
    const log: Log = [];
    env.process(user(env, teams, log, 'first', 1, 2));
    env.process(user(env, teams, log, 'second', 2, 2));
    env.process(function* () {
      yield* env.timeout(5);
      teams.setCapacity(1);
      yield* env.timeout(1);
      teams.setCapacity(0); // the team leaves: the casualty in surgery is finished first
    });
    env.run();
    expect(log).toEqual([
      [5, 'first', 'granted'],
      [7, 'first', 'release'],
    ]);
    expect([teams.count, teams.queueLength]).toEqual([0, 1]);
  });

  it('PriorityResource.setCapacity(n) serves the waiting requests by priority', () => {
    const env = new Environment();
    const res = new PriorityResource(env, { capacity: 0 });
    const log: Log = [];
    env.process(user(env, res, log, 'routine', 0, 1, 2));
    env.process(user(env, res, log, 'urgent', 1, 1, 0));
    env.process(user(env, res, log, 'priority', 2, 1, 1));
    env.process(function* () {
      yield* env.timeout(3);
      res.setCapacity(2);
    });
    env.run();
    expect(log.filter((e) => e[2] === 'granted')).toEqual([
      [3, 'urgent', 'granted'],
      [3, 'priority', 'granted'],
      [4, 'routine', 'granted'],
    ]);
  });

  it('Resource.setCapacity() rejects a negative or non-integer capacity, naming the field', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 0 });
    for (const bad of [-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, '2' as unknown as number]) {
      expect(() => res.setCapacity(bad)).toThrow(InvalidArgumentError);
      expect(() => res.setCapacity(bad)).toThrow(/^capacity/);
    }
    expect(res.capacity).toBe(0);
  });

  it('Resource.monitor() integrates a varying capacity: utilisation is ∫busy / ∫capacity', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1 });
    const mon = res.monitor();
    const log: Log = [];
    env.process(user(env, res, log, 'a', 0, 6)); // holds [0, 6]
    env.process(user(env, res, log, 'b', 0, 2)); // waits until capacity 2 at t=2, holds [2, 4]
    env.process(function* () {
      yield* env.timeout(2);
      res.setCapacity(2);
      yield* env.timeout(3);
      res.setCapacity(0); // at t=5, a still holds its unit until t=6
    });
    env.run({ until: 10 });
    // capacity: 1 on [0, 2], 2 on [2, 5], 0 on [5, 10] → ∫ = 8
    // busy: 1 on [0, 2], 2 on [2, 4], 1 on [4, 6], 0 after → ∫ = 8
    expect(mon.units.integral).toBe(8);
    expect(mon.busy.integral).toBe(8);
    expect(mon.utilisation()).toBe(1);
    expect(mon.capacity).toBe(0);
    expect(mon.queue.integral).toBe(2); // b waited on [0, 2]
    mon.reset();
    env.run({ until: 12 });
    expect(mon.utilisation()).toBeNaN(); // no capacity provided in the window
  });
});
