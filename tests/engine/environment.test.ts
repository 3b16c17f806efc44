import { describe, expect, it } from 'vitest';
import { Environment, Priority } from '../../src/engine/index.js';
import { InvalidArgumentError, SimulationError } from '../../src/errors.js';

describe('Environment', () => {
  it('Environment.run() processes simultaneous events in insertion order', () => {
    const env = new Environment();
    const log: [string, number][] = [];
    for (const name of ['a', 'b', 'c']) {
      env.timeout(1).addCallback(() => log.push([name, env.now]));
    }
    env.timeout(0).addCallback(() => log.push(['zero', env.now]));
    env.run();
    expect(log).toEqual([
      ['zero', 0],
      ['a', 1],
      ['b', 1],
      ['c', 1],
    ]);
  });

  it('Environment.schedule() orders urgent before normal at equal times, then by priority number', () => {
    const env = new Environment();
    const log: string[] = [];
    const mk = (name: string, priority: number) => {
      const ev = env.event<string>();
      ev.addCallback((e) => log.push(e.value));
      env.schedule(ev, { delay: 2, priority, value: name });
    };
    mk('normal-1', Priority.Normal);
    mk('urgent-1', Priority.Urgent);
    mk('low', 5);
    mk('normal-2', Priority.Normal);
    mk('urgent-2', Priority.Urgent);
    env.run();
    expect(log).toEqual(['urgent-1', 'urgent-2', 'normal-1', 'normal-2', 'low']);
  });

  it('Environment.process() starts processes before normal events scheduled earlier at the same time', () => {
    const env = new Environment();
    const log: string[] = [];
    env.timeout(0).addCallback(() => log.push('timeout'));
    env.process(function* p() {
      log.push('process started');
      yield* env.timeout(0);
      log.push('process resumed');
    });
    env.run();
    expect(log).toEqual(['process started', 'timeout', 'process resumed']);
  });

  it('Environment.run({ until }) stops before events at exactly until and sets now to until', () => {
    const env = new Environment();
    const log: number[] = [];
    env.process(function* ticker() {
      for (;;) {
        log.push(env.now);
        yield* env.timeout(1);
      }
    });
    env.run({ until: 3 });
    expect(log).toEqual([0, 1, 2]);
    expect(env.now).toBe(3);
    env.run({ until: 4.5 });
    expect(log).toEqual([0, 1, 2, 3, 4]);
    expect(env.now).toBe(4.5);
  });

  it('Environment.run({ until }) advances the clock to until when the queue empties earlier', () => {
    const env = new Environment();
    env.timeout(1);
    env.run({ until: 10 });
    expect(env.now).toBe(10);
    expect(env.queueSize).toBe(0);
  });

  it('Environment.run({ until: event }) stops once the event is processed and returns its value', () => {
    const env = new Environment();
    const log: [number, string][] = [];
    const convoy = env.process(function* () {
      yield* env.timeout(6);
      return 'arrived';
    });
    env.process(function* () {
      yield* convoy; // registered before run(): resumed before run() returns
      log.push([env.now, 'escort saw the arrival']);
    });
    env.process(function* () {
      yield* env.timeout(6);
      yield* env.timeout(0);
      log.push([env.now, 'later at the same time']);
    });
    expect(env.run({ until: convoy })).toBe('arrived');
    expect(log).toEqual([[6, 'escort saw the arrival']]);
    expect(env.now).toBe(6);
    expect(env.run({ until: convoy })).toBe('arrived'); // already processed: at once
    expect(env.run({ until: env.timeout(2, 42) })).toBe(42);
    expect(log).toEqual([
      [6, 'escort saw the arrival'],
      [6, 'later at the same time'],
    ]);
    expect(env.now).toBe(8);
  });

  it('Environment.run({ until: event }) throws when no events remain before the event is processed', () => {
    const env = new Environment();
    const never = env.event();
    env.timeout(3);
    expect(() => env.run({ until: never })).toThrow(InvalidArgumentError);
    expect(env.now).toBe(3);
    expect(() => env.run({ until: never })).toThrow(
      /^until: .*still pending when the queue emptied at t=3/,
    );
    expect(() => env.run({ until: new Environment().event() })).toThrow(/^until/);
  });

  it('Environment.run({ until: event }) throws SimulationError when the event fails, handled or not', () => {
    const env = new Environment();
    const failing = env.process(
      function* () {
        yield* env.timeout(1);
        throw new Error('ambush');
      },
      { name: 'patrol' },
    );
    expect(() => env.run({ until: failing })).toThrow("process 'patrol' failed at t=1 h: ambush");
    const env2 = new Environment();
    const ev = env2.event();
    ev.addCallback((e) => e.defuse());
    ev.fail(new Error('handled'));
    expect(() => env2.run({ until: ev })).toThrow(SimulationError);
  });

  it('Environment.run() without until ends when no events remain', () => {
    const env = new Environment({ initialTime: 100 });
    env.timeout(2.5);
    env.timeout(1);
    env.run();
    expect(env.now).toBe(102.5);
    expect(env.eventsProcessed).toBe(2);
  });

  it('Environment.step() processes one entry and peek() shows the next time', () => {
    const env = new Environment();
    env.timeout(3);
    env.timeout(1);
    expect(env.peek()).toBe(1);
    expect(env.step()).toBe(true);
    expect(env.now).toBe(1);
    expect(env.peek()).toBe(3);
    expect(env.step()).toBe(true);
    expect(env.step()).toBe(false);
    expect(env.peek()).toBe(Number.POSITIVE_INFINITY);
  });

  it('Environment.timeout(delay, value) succeeds with value', () => {
    const env = new Environment();
    let got: string | undefined;
    env.process(function* () {
      got = yield* env.timeout(2, 'done');
    });
    env.run();
    expect(got).toBe('done');
  });

  it('Environment.timeout() rejects negative, NaN and infinite delays naming the field', () => {
    const env = new Environment();
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, '1' as unknown as number]) {
      expect(() => env.timeout(bad)).toThrow(InvalidArgumentError);
      try {
        env.timeout(bad);
      } catch (e) {
        expect((e as InvalidArgumentError).field).toBe('delay');
      }
    }
  });

  it('Environment.schedule() rejects a time in the past, a bad priority and a triggered event', () => {
    const env = new Environment({ initialTime: 5 });
    const field = (f: () => void) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidArgumentError);
        return (e as InvalidArgumentError).field;
      }
      return 'no error';
    };
    expect(field(() => env.schedule(env.event(), { at: 4 }))).toBe('at');
    expect(field(() => env.schedule(env.event(), { delay: -1 }))).toBe('delay');
    expect(field(() => env.schedule(env.event(), { priority: 0.5 }))).toBe('priority');
    expect(field(() => env.schedule(env.event(), { priority: -1 }))).toBe('priority');
    expect(field(() => env.schedule(env.event(), { delay: 1, at: 6 }))).toBe('options');
    expect(field(() => env.schedule(env.timeout(1)))).toBe('event');
    expect(field(() => env.run({ until: 4 }))).toBe('until');
    expect(field(() => new Environment({ initialTime: Number.NaN }))).toBe('initialTime');
  });

  it('SimEvent.succeed() twice throws InvalidArgumentError', () => {
    const env = new Environment();
    const ev = env.event<number>();
    ev.succeed(1);
    expect(() => ev.succeed(2)).toThrow(InvalidArgumentError);
    expect(() => ev.fail(new Error('x'))).toThrow(InvalidArgumentError);
  });
});
