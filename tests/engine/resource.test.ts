import { describe, expect, it } from 'vitest';
import {
  Environment,
  Interrupt,
  Preempted,
  PreemptiveResource,
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
    log.push([env.now, name, 'request']);
    const req = yield* res.request({ priority });
    log.push([env.now, name, 'granted']);
    yield* env.timeout(hold);
    res.release(req);
    log.push([env.now, name, 'release']);
  };
}

describe('Resource', () => {
  it('Resource.request() grants in FIFO order at equal priority', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1 });
    const log: Log = [];
    env.process(user(env, res, log, 'a', 0, 2));
    env.process(user(env, res, log, 'b', 0, 2));
    env.process(user(env, res, log, 'c', 1, 2));
    env.run();
    expect(log).toEqual([
      [0, 'a', 'request'],
      [0, 'a', 'granted'],
      [0, 'b', 'request'],
      [1, 'c', 'request'],
      [2, 'a', 'release'],
      [2, 'b', 'granted'],
      [4, 'b', 'release'],
      [4, 'c', 'granted'],
      [6, 'c', 'release'],
    ]);
  });

  it('Resource.request() on a resource with capacity 2 serves two at once', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 2 });
    const log: Log = [];
    for (const n of ['a', 'b', 'c']) env.process(user(env, res, log, n, 0, 1));
    env.run();
    expect(log.filter((e) => e[2] === 'granted')).toEqual([
      [0, 'a', 'granted'],
      [0, 'b', 'granted'],
      [1, 'c', 'granted'],
    ]);
    expect(res.count).toBe(0);
  });

  it('Resource.count and queueLength follow requests, grants and releases', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1 });
    const r1 = res.request();
    const r2 = res.request();
    expect([res.count, res.queueLength, r1.status, r2.status]).toEqual([
      1,
      1,
      'granted',
      'waiting',
    ]);
    res.release(r1);
    expect([res.count, res.queueLength, r1.status, r2.status]).toEqual([
      1,
      0,
      'released',
      'granted',
    ]);
  });

  it('PriorityResource.request() serves lower priority numbers first, FIFO within a priority', () => {
    const env = new Environment();
    const res = new PriorityResource(env, { capacity: 1 });
    const log: Log = [];
    env.process(user(env, res, log, 'holder', 0, 5, 0));
    env.process(user(env, res, log, 'low-1', 1, 1, 3));
    env.process(user(env, res, log, 'high', 2, 1, 1));
    env.process(user(env, res, log, 'low-2', 3, 1, 3));
    env.process(user(env, res, log, 'mid', 4, 1, 2));
    env.run();
    expect(log.filter((e) => e[2] === 'granted').map((e) => [e[0], e[1]])).toEqual([
      [0, 'holder'],
      [5, 'high'],
      [6, 'mid'],
      [7, 'low-1'],
      [8, 'low-2'],
    ]);
  });

  it('PreemptiveResource.request() preempts the lowest-priority user, who gets Interrupt(Preempted)', () => {
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 1 });
    const log: [number, string, unknown][] = [];
    const routine = env.process(
      function* () {
        const req = yield* res.request({ priority: 5 });
        log.push([env.now, 'routine', 'granted']);
        try {
          yield* env.timeout(10);
          res.release(req);
        } catch (e) {
          if (!(e instanceof Interrupt) || !(e.cause instanceof Preempted)) throw e;
          const p = e.cause;
          log.push([env.now, 'routine', `preempted by ${p.by?.name} (held since ${p.usageSince})`]);
          expect(p.resource).toBe(res);
          expect(req.status).toBe('preempted');
          res.release(req); // no-op for a preempted request
        }
      },
      { name: 'routine' },
    );
    env.process(
      function* () {
        yield* env.timeout(3);
        const req = yield* res.request({ priority: 0 });
        log.push([env.now, 'casevac', 'granted']);
        yield* env.timeout(1);
        res.release(req);
        log.push([env.now, 'casevac', 'release']);
      },
      { name: 'casevac' },
    );
    env.run();
    expect(log).toEqual([
      [0, 'routine', 'granted'],
      [3, 'casevac', 'granted'],
      [3, 'routine', 'preempted by casevac (held since 0)'],
      [4, 'casevac', 'release'],
    ]);
    expect(routine.ok).toBe(true);
    expect(res.count).toBe(0);
  });

  it('PreemptiveResource.request() does not preempt an equal or higher priority, nor with preempt: false', () => {
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 1 });
    const holder = res.request({ priority: 1 });
    const same = res.request({ priority: 1 });
    const polite = res.request({ priority: 0, preempt: false });
    expect([holder.status, same.status, polite.status]).toEqual(['granted', 'waiting', 'waiting']);
    res.release(holder);
    expect([same.status, polite.status]).toEqual(['waiting', 'granted']);
  });

  it('env.anyOf([request, timeout]) lets a customer renege; the cancelled request leaves the queue', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1 });
    const log: [number, string, string][] = [];
    env.process(user(env, res, log, 'holder', 0, 5));
    env.process(function* () {
      yield* env.timeout(1);
      const req = res.request();
      const patience = env.timeout(2);
      const r = yield* env.anyOf([req, patience]);
      if (r.has(req)) {
        log.push([env.now, 'impatient', 'granted']);
        res.release(req);
      } else {
        req.cancel();
        log.push([env.now, 'impatient', `reneged, queue ${res.queueLength}`]);
      }
    });
    env.process(user(env, res, log, 'patient', 2, 1));
    env.run();
    expect(log).toEqual([
      [0, 'holder', 'request'],
      [0, 'holder', 'granted'],
      [2, 'patient', 'request'],
      [3, 'impatient', 'reneged, queue 1'],
      [5, 'holder', 'release'],
      [5, 'patient', 'granted'],
      [6, 'patient', 'release'],
    ]);
  });

  it('Request.cancel() on a granted request releases it', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1 });
    const a = res.request();
    const b = res.request();
    a.cancel();
    expect([a.status, b.status, res.count]).toEqual(['released', 'granted', 1]);
    a.cancel(); // no-op
    expect(res.count).toBe(1);
  });

  it('Resource.release() twice, of a waiting request or of another resource throws InvalidArgumentError', () => {
    const env = new Environment();
    const res = new Resource(env);
    const other = new Resource(env);
    const a = res.request();
    const b = res.request();
    expect(() => res.release(b)).toThrow(InvalidArgumentError);
    res.release(a);
    expect(() => res.release(a)).toThrow(/already released/);
    expect(() => other.release(b)).toThrow(InvalidArgumentError);
    b.cancel();
    b.cancel();
  });

  it('new Resource() rejects a negative or non-integer capacity, naming the field', () => {
    const env = new Environment();
    for (const capacity of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new Resource(env, { capacity })).toThrow(InvalidArgumentError);
      expect(() => new PriorityResource(env, { capacity })).toThrow(/^capacity/);
    }
    const res = new Resource(env);
    expect(() => res.request({ priority: Number.NaN })).toThrow(/^priority/);
  });

  it('Resource.monitor() gives time-weighted busy units, queue length and utilisation', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 2 });
    const mon = res.monitor();
    const log: Log = [];
    env.process(user(env, res, log, 'a', 0, 4)); // busy 0–4
    env.process(user(env, res, log, 'b', 0, 2)); // busy 0–2
    env.process(user(env, res, log, 'c', 1, 2)); // waits 1–2, busy 2–4
    env.run({ until: 8 });
    // busy: 2 units over [0, 4], 0 over [4, 8] → mean 1; queue: 1 over [1, 2] → mean 1/8.
    expect(mon.busy.mean()).toBeCloseTo(1, 12);
    expect(mon.queue.mean()).toBeCloseTo(1 / 8, 12);
    expect(mon.utilisation()).toBeCloseTo(0.5, 12);
    expect(mon.busy.max).toBe(2);
  });
});
