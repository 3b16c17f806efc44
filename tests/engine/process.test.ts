import { describe, expect, it } from 'vitest';
import { Environment, Interrupt, type ProcessGenerator } from '../../src/engine/index.js';
import { InvalidArgumentError, SimulationError } from '../../src/errors.js';

describe('Process', () => {
  it('env.process() runs generators that wait on timeouts, interleaved by time', () => {
    const env = new Environment();
    const log: [string, number][] = [];
    const clock = (name: string, tick: number) =>
      function* (): ProcessGenerator<void> {
        for (let i = 0; i < 3; i++) {
          log.push([name, env.now]);
          yield* env.timeout(tick);
        }
      };
    env.process(clock('fast', 0.5), { name: 'fast' });
    env.process(clock('slow', 1), { name: 'slow' });
    env.run();
    expect(log).toEqual([
      ['fast', 0],
      ['slow', 0],
      ['fast', 0.5],
      ['slow', 1], // both wait for t=1; slow's timeout was scheduled first (at t=0)
      ['fast', 1],
      ['slow', 2],
    ]);
  });

  it('yield* process returns the return value of the awaited process', () => {
    const env = new Environment();
    const log: [string, number, unknown][] = [];
    const child = env.process(function* child() {
      yield* env.timeout(3);
      return 'parts';
    });
    env.process(function* parent() {
      const got = yield* child;
      log.push(['parent got', env.now, got]);
      const again = yield* child; // already processed: returns at once
      log.push(['again', env.now, again]);
    });
    env.run();
    expect(log).toEqual([
      ['parent got', 3, 'parts'],
      ['again', 3, 'parts'],
    ]);
    expect(child.value).toBe('parts');
    expect(child.isAlive).toBe(false);
  });

  it('yield* process throws the error of a failed process into the waiter', () => {
    const env = new Environment();
    const log: [string, number, string][] = [];
    const child = env.process(function* child() {
      yield* env.timeout(2);
      throw new Error('engine seized');
    });
    env.process(function* parent() {
      try {
        yield* child;
      } catch (e) {
        log.push(['caught', env.now, (e as Error).message]);
      }
      yield* env.timeout(1);
      log.push(['carried on', env.now, '']);
    });
    env.run();
    expect(log).toEqual([
      ['caught', 2, 'engine seized'],
      ['carried on', 3, ''],
    ]);
  });

  it('env.run() throws SimulationError with process name and time when a failure is unhandled', () => {
    const env = new Environment();
    env.process(
      function* () {
        yield* env.timeout(7.5);
        throw new Error('out of fuel');
      },
      { name: 'convoy-3' },
    );
    let error: unknown;
    try {
      env.run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SimulationError);
    const se = error as SimulationError;
    expect(se.processName).toBe('convoy-3');
    expect(se.time).toBe(7.5);
    expect((se.cause as Error).message).toBe('out of fuel');
    expect(se.message).toBe("process 'convoy-3' failed at t=7.5 h: out of fuel");
  });

  it('a failure rethrown by the waiter stops the run naming the waiter', () => {
    const env = new Environment();
    const child = env.process(function* child() {
      yield* env.timeout(1);
      throw new Error('boom');
    });
    env.process(function* parent() {
      yield* child;
    });
    expect(() => env.run()).toThrow("process 'parent' failed at t=1 h: boom");
  });

  it('Process.interrupt() throws Interrupt with its cause at the current yield; the process can resume', () => {
    const env = new Environment();
    const log: [string, number, unknown][] = [];
    const worker = env.process(function* worker() {
      let remaining = 10;
      while (remaining > 0) {
        const start = env.now;
        try {
          yield* env.timeout(remaining);
          remaining = 0;
        } catch (e) {
          if (!(e instanceof Interrupt)) throw e;
          remaining -= env.now - start;
          log.push(['interrupted', env.now, e.cause]);
          yield* env.timeout(2); // deal with it
          log.push(['back to work', env.now, remaining]);
        }
      }
      log.push(['done', env.now, null]);
    });
    env.process(function* boss() {
      yield* env.timeout(4);
      worker.interrupt('urgent call');
    });
    env.run();
    expect(log).toEqual([
      ['interrupted', 4, 'urgent call'],
      ['back to work', 6, 6],
      ['done', 12, null],
    ]);
  });

  it('Process.interrupt() is delivered before normal events at the same time', () => {
    const env = new Environment();
    const log: string[] = [];
    const victim = env.process(function* victim() {
      try {
        yield* env.timeout(10);
      } catch (e) {
        log.push(`victim interrupted at ${env.now}: ${(e as Interrupt).cause}`);
      }
    });
    env.process(function* interrupter() {
      yield* env.timeout(3);
      victim.interrupt('now');
      log.push('interrupt sent');
    });
    env.process(function* bystander() {
      yield* env.timeout(3); // scheduled after the interrupter's timeout, before the interrupt
      log.push('bystander at 3');
    });
    env.run();
    expect(log).toEqual(['interrupt sent', 'victim interrupted at 3: now', 'bystander at 3']);
  });

  it('an uncaught Interrupt fails the process and stops the run', () => {
    const env = new Environment();
    const victim = env.process(
      function* () {
        yield* env.timeout(5);
      },
      { name: 'victim' },
    );
    env.process(function* () {
      yield* env.timeout(1);
      victim.interrupt('stop');
    });
    expect(() => env.run()).toThrow(SimulationError);
    expect(env.now).toBe(1);
  });

  it('Process.interrupt() of a finished process throws InvalidArgumentError', () => {
    const env = new Environment();
    const p = env.process(function* () {
      yield* env.timeout(1);
    });
    env.run();
    expect(() => p.interrupt()).toThrow(InvalidArgumentError);
  });

  it('a process yielding something other than an event gets an InvalidArgumentError thrown in', () => {
    const env = new Environment();
    let caught: unknown;
    env.process(function* () {
      try {
        yield 42 as never;
      } catch (e) {
        caught = e;
      }
    });
    env.run();
    expect(caught).toBeInstanceOf(InvalidArgumentError);
    expect((caught as InvalidArgumentError).field).toBe('yield');
  });

  it('Process.name defaults to the generator function name, then to process-<n>', () => {
    const env = new Environment();
    const a = env.process(function* named() {});
    const b = env.process((function* () {})());
    const c = env.process(function* () {}, { name: 'given' });
    expect([a.name, b.name, c.name]).toEqual(['named', 'process-1', 'given']);
  });

  it('SimEvent.fail() on an event nobody waits on stops the run', () => {
    const env = new Environment();
    env.event().fail(new Error('lost'));
    expect(() => env.run()).toThrow(SimulationError);
  });

  it('SimEvent.addCallback() that defuses a failure keeps the run going', () => {
    const env = new Environment();
    const ev = env.event();
    ev.addCallback((e) => e.defuse());
    ev.fail(new Error('handled'));
    env.run();
    expect(ev.ok).toBe(false);
  });
});
