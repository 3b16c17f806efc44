import { describe, expect, it } from 'vitest';
import { Environment } from '../../src/engine/index.js';
import { InvalidArgumentError, SimulationError } from '../../src/errors.js';

describe('Condition', () => {
  it('env.anyOf() succeeds with the first event to fire and its value', () => {
    const env = new Environment();
    const log: [number, string[], unknown][] = [];
    env.process(function* () {
      const slow = env.timeout(5, 'slow');
      const fast = env.timeout(2, 'fast');
      const r = yield* env.anyOf([slow, fast]);
      log.push([env.now, r.events.map((e) => String(e.value)), r.get(fast)]);
      expect(r.has(slow)).toBe(false);
      expect(() => r.get(slow)).toThrow(InvalidArgumentError);
    });
    env.run();
    expect(log).toEqual([[2, ['fast'], 'fast']]);
  });

  it('env.allOf() succeeds when every event has fired, with values in operand order', () => {
    const env = new Environment();
    const log: [number, unknown[]][] = [];
    env.process(function* () {
      const a = env.timeout(3, 'a');
      const b = env.timeout(1, 'b');
      const r = yield* env.allOf([a, b]);
      log.push([env.now, r.events.map((e) => e.value)]);
    });
    env.run();
    expect(log).toEqual([[3, ['a', 'b']]]);
  });

  it('env.anyOf() includes every operand processed before the condition itself', () => {
    const env = new Environment();
    let size = 0;
    env.process(function* () {
      const r = yield* env.anyOf([env.timeout(1, 'x'), env.timeout(1, 'y')]);
      size = r.size;
    });
    env.run();
    expect(size).toBe(2);
  });

  it('env.anyOf([]) and env.allOf([]) succeed at once with no events', () => {
    const env = new Environment();
    const out: number[] = [];
    env.process(function* () {
      out.push((yield* env.anyOf([])).size, (yield* env.allOf([])).size, env.now);
    });
    env.run();
    expect(out).toEqual([0, 0, 0]);
  });

  it('env.allOf() fails with the error of a failing operand, thrown into the waiter', () => {
    const env = new Environment();
    const log: [number, string][] = [];
    const bad = env.process(function* () {
      yield* env.timeout(1);
      throw new Error('bad operand');
    });
    env.process(function* () {
      try {
        yield* env.allOf([env.timeout(5), bad]);
      } catch (e) {
        log.push([env.now, (e as Error).message]);
      }
    });
    env.run();
    expect(log).toEqual([[1, 'bad operand']]);
  });

  it('env.anyOf() with an already processed operand fires at the current time', () => {
    const env = new Environment();
    const log: number[] = [];
    env.process(function* () {
      const done = env.timeout(1);
      yield* done;
      yield* env.anyOf([done, env.timeout(10)]);
      log.push(env.now);
    });
    env.run();
    expect(log).toEqual([1]);
  });

  it('env.anyOf() rejects operands that are not events, naming the index', () => {
    const env = new Environment();
    expect(() => env.anyOf([env.timeout(1), 3 as never])).toThrow(/events\[1\]/);
    const other = new Environment();
    expect(() => env.allOf([other.timeout(1)])).toThrow(InvalidArgumentError);
  });

  it('a failed condition nobody waits on stops the run', () => {
    const env = new Environment();
    const ev = env.event();
    env.anyOf([ev]);
    ev.fail(new Error('nobody listens'));
    expect(() => env.run()).toThrow(SimulationError);
  });
});
