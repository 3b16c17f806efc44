import { describe, expect, it } from 'vitest';
import {
  Environment,
  Interrupt,
  Preempted,
  PreemptiveResource,
  type ProcessGenerator,
  Resource,
} from '../../src/engine/index.js';

type Log = [number, string, string][];

interface JobOptions {
  readonly at: number;
  readonly priority: number;
  /** Time units of work; with requeue, a preempted job resumes the rest when granted again. */
  readonly work: number;
  readonly preempt?: boolean;
}

/** A job that logs its grant, preemptions (with the `Preempted` fields) and release. */
function job(
  env: Environment,
  res: PreemptiveResource,
  log: Log,
  name: string,
  o: JobOptions,
): void {
  env.process(
    function* (): ProcessGenerator<void> {
      if (o.at > 0) yield* env.timeout(o.at);
      const req = res.request({ priority: o.priority, preempt: o.preempt ?? true });
      yield* req;
      log.push([env.now, name, 'granted']);
      let remaining = o.work;
      while (remaining > 0) {
        const start = env.now;
        try {
          yield* env.timeout(remaining);
          remaining = 0;
        } catch (e) {
          if (!(e instanceof Interrupt) || !(e.cause instanceof Preempted)) throw e;
          const p = e.cause;
          expect(p.request).toBe(req);
          expect(p.resource).toBe(res);
          remaining -= env.now - start;
          log.push([
            env.now,
            name,
            `preempted by ${p.by?.name ?? 'nobody'} (held since ${p.usageSince})`,
          ]);
          if (!p.requeued) {
            expect(req.status).toBe('preempted');
            return;
          }
          expect(req.status).toBe('waiting');
          yield* req;
          log.push([env.now, name, 'granted again']);
        }
      }
      res.release(req);
      log.push([env.now, name, 'release']);
    },
    { name },
  );
}

describe('PreemptiveResource: who gets a freed unit, who may preempt', () => {
  it('a preempting request does not jump a better request waiting with preempt: false', () => {
    // The old behaviour: casevac preempted the holder at t=2 and took the unit ahead of polite.
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 1 });
    const log: Log = [];
    job(env, res, log, 'holder', { at: 0, priority: 5, work: 10 });
    job(env, res, log, 'polite', { at: 1, priority: 0, work: 1, preempt: false });
    job(env, res, log, 'casevac', { at: 2, priority: 1, work: 1 });
    env.run();
    expect(log).toEqual([
      [0, 'holder', 'granted'],
      [10, 'holder', 'release'],
      [10, 'polite', 'granted'],
      [11, 'polite', 'release'],
      [11, 'casevac', 'granted'],
      [12, 'casevac', 'release'],
    ]);
  });

  it('a freed unit goes to the first waiting request; the next one may then preempt at once', () => {
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 2 });
    const log: Log = [];
    job(env, res, log, 'A', { at: 0, priority: 5, work: 10 });
    job(env, res, log, 'B', { at: 0, priority: 0, work: 3 });
    job(env, res, log, 'polite', { at: 1, priority: 1, work: 1, preempt: false });
    job(env, res, log, 'casevac', { at: 2, priority: 2, work: 2 }); // blocked behind polite
    env.run();
    expect(log).toEqual([
      [0, 'A', 'granted'],
      [0, 'B', 'granted'],
      [3, 'B', 'release'], // the unit goes to polite; casevac heads the queue and preempts A
      [3, 'A', 'preempted by casevac (held since 0)'],
      [3, 'polite', 'granted'],
      [3, 'casevac', 'granted'],
      [4, 'polite', 'release'],
      [5, 'casevac', 'release'],
    ]);
  });

  it('a request that comes to the head because the one ahead was cancelled preempts at once', () => {
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 1 });
    const log: Log = [];
    job(env, res, log, 'holder', { at: 0, priority: 5, work: 10 });
    env.process(function* () {
      yield* env.timeout(1);
      const req = res.request({ priority: 1, preempt: false });
      const r = yield* env.anyOf([req, env.timeout(3)]);
      if (!r.has(req)) {
        req.cancel();
        log.push([env.now, 'polite', 'reneged']);
      }
    });
    job(env, res, log, 'casevac', { at: 2, priority: 2, work: 1 });
    env.run();
    expect(log).toEqual([
      [0, 'holder', 'granted'],
      [4, 'polite', 'reneged'],
      [4, 'holder', 'preempted by casevac (held since 0)'],
      [4, 'casevac', 'granted'],
      [5, 'casevac', 'release'],
    ]);
  });

  it('the victim is the worst user, the latest granted among equals, and only if strictly worse', () => {
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 3 });
    const log: Log = [];
    job(env, res, log, 'U1', { at: 0, priority: 3, work: 10 });
    job(env, res, log, 'U2', { at: 1, priority: 3, work: 10 });
    job(env, res, log, 'U3', { at: 2, priority: 1, work: 10 });
    job(env, res, log, 'X', { at: 3, priority: 2, work: 1 }); // preempts U2, not U1
    job(env, res, log, 'Y', { at: 3.5, priority: 3, work: 2 }); // equal to U1: waits
    job(env, res, log, 'Z', { at: 5, priority: 0, work: 1 }); // Y, granted at 4, is the latest
    env.run();
    expect(log).toEqual([
      [0, 'U1', 'granted'],
      [1, 'U2', 'granted'],
      [2, 'U3', 'granted'],
      [3, 'X', 'granted'],
      [3, 'U2', 'preempted by X (held since 1)'],
      [4, 'X', 'release'],
      [4, 'Y', 'granted'],
      [5, 'Z', 'granted'],
      [5, 'Y', 'preempted by Z (held since 4)'],
      [6, 'Z', 'release'],
      [10, 'U1', 'release'],
      [12, 'U3', 'release'],
    ]);
  });

  it('with a lowered capacity a request preempts only if enough strictly worse users free a unit', () => {
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 2 });
    const a = res.request({ priority: 5 });
    const b = res.request({ priority: 0 });
    res.setCapacity(1); // 2 in use, capacity 1
    const c = res.request({ priority: 0 }); // would need a and b: b is not strictly worse
    expect([a.status, b.status, c.status]).toEqual(['granted', 'granted', 'waiting']);
    res.release(b); // 1 in use, capacity 1: c heads the queue and preempts a
    expect([a.status, c.status, res.count]).toEqual(['preempted', 'granted', 1]);
    res.release(c);
    res.setCapacity(2);
    const d = res.request({ priority: 4 });
    const e = res.request({ priority: 4 });
    res.setCapacity(0);
    const f = res.request({ priority: 1 }); // needs three units freed, two strictly worse users
    expect([d.status, e.status, f.status]).toEqual(['granted', 'granted', 'waiting']);
    res.setCapacity(1); // now two suffice
    expect([d.status, e.status, f.status]).toEqual(['preempted', 'preempted', 'granted']);
  });
});

describe('PreemptiveResource with requeuePreempted (preemptive resume)', () => {
  it('a preempted request waits again at the head of its class and resumes its remaining work', () => {
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 1, requeuePreempted: true });
    const log: Log = [];
    job(env, res, log, 'L1', { at: 0, priority: 1, work: 5 });
    job(env, res, log, 'L2', { at: 1, priority: 1, work: 1 });
    job(env, res, log, 'H', { at: 2, priority: 0, work: 2 });
    env.run();
    expect(log).toEqual([
      [0, 'L1', 'granted'],
      [2, 'H', 'granted'],
      [2, 'L1', 'preempted by H (held since 0)'],
      [4, 'H', 'release'],
      [4, 'L1', 'granted again'], // ahead of L2, which arrived before L1 was preempted
      [7, 'L1', 'release'],
      [7, 'L2', 'granted'],
      [8, 'L2', 'release'],
    ]);
  });

  it('requeued requests of a class are served in their arrival order, ahead of the others', () => {
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 2, requeuePreempted: true });
    const log: Log = [];
    job(env, res, log, 'A', { at: 0, priority: 1, work: 10 });
    job(env, res, log, 'B', { at: 1, priority: 1, work: 10 });
    job(env, res, log, 'E', { at: 1.5, priority: 1, work: 1 });
    job(env, res, log, 'C', { at: 2, priority: 0, work: 2 }); // preempts B (latest granted)
    job(env, res, log, 'D', { at: 3, priority: 0, work: 2 }); // preempts A
    env.run();
    expect(log).toEqual([
      [0, 'A', 'granted'],
      [1, 'B', 'granted'],
      [2, 'C', 'granted'],
      [2, 'B', 'preempted by C (held since 1)'],
      [3, 'D', 'granted'],
      [3, 'A', 'preempted by D (held since 0)'],
      [4, 'C', 'release'],
      [4, 'A', 'granted again'],
      [5, 'D', 'release'],
      [5, 'B', 'granted again'],
      [11, 'A', 'release'],
      [11, 'E', 'granted'],
      [12, 'E', 'release'],
      [14, 'B', 'release'],
    ]);
  });

  it('a grant withdrawn by a preemption before it was processed does not resume the process', () => {
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 1, requeuePreempted: true });
    const log: Log = [];
    env.process(
      function* boss() {
        const first = yield* res.request({ priority: 1 });
        yield* env.timeout(1);
        res.release(first); // W is granted, but has not run yet…
        const urgent = yield* res.request({ priority: 0 }); // …when this preempts it
        log.push([env.now, 'boss', 'granted urgent']);
        yield* env.timeout(2);
        res.release(urgent);
        log.push([env.now, 'boss', 'release']);
      },
      { name: 'boss' },
    );
    env.process(function* () {
      yield* env.timeout(0.5);
      const req = res.request({ priority: 1 });
      try {
        yield* req;
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        log.push([env.now, 'W', `preempted before use, ${req.status}`]);
        yield* req;
      }
      log.push([env.now, 'W', 'granted']);
      res.release(req);
    });
    env.run();
    expect(log).toEqual([
      [1, 'boss', 'granted urgent'],
      [1, 'W', 'preempted before use, waiting'],
      [3, 'boss', 'release'],
      [3, 'W', 'granted'],
    ]);
  });

  it('setCapacity(0, { preempt: true }) preempts the users; requeued ones resume after setCapacity(1)', () => {
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 1, requeuePreempted: true });
    const log: Log = [];
    job(env, res, log, 'job', { at: 0, priority: 0, work: 5 });
    job(env, res, log, 'next', { at: 1, priority: 0, work: 1 });
    env.process(function* () {
      yield* env.timeout(2);
      res.setCapacity(0, { preempt: true });
      yield* env.timeout(2);
      res.setCapacity(1);
    });
    env.run();
    expect(log).toEqual([
      [0, 'job', 'granted'],
      [2, 'job', 'preempted by nobody (held since 0)'],
      [4, 'job', 'granted again'],
      [7, 'job', 'release'],
      [7, 'next', 'granted'],
      [8, 'next', 'release'],
    ]);
  });

  it('setCapacity(n, { preempt: true }) without requeue drops the worst users', () => {
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 3 });
    const log: Log = [];
    job(env, res, log, 'a', { at: 0, priority: 1, work: 5 });
    job(env, res, log, 'b', { at: 0, priority: 2, work: 5 });
    job(env, res, log, 'c', { at: 0, priority: 1, work: 5 });
    env.process(function* () {
      yield* env.timeout(1);
      res.setCapacity(1, { preempt: true });
    });
    env.run();
    expect(log).toEqual([
      [0, 'a', 'granted'],
      [0, 'b', 'granted'],
      [0, 'c', 'granted'],
      [1, 'b', 'preempted by nobody (held since 0)'],
      [1, 'c', 'preempted by nobody (held since 0)'],
      [5, 'a', 'release'],
    ]);
  });

  it('a process that gives up after a preemption withdraws its requeued request by leaving a using block', () => {
    const env = new Environment();
    const res = new PreemptiveResource(env, { capacity: 1, requeuePreempted: true });
    const log: Log = [];
    let requeued: Preempted | null = null;
    env.process(function* () {
      try {
        using req = res.request({ priority: 1 });
        yield* req;
        yield* env.timeout(10);
      } catch (e) {
        if (!(e instanceof Interrupt) || !(e.cause instanceof Preempted)) throw e;
        requeued = e.cause;
        log.push([env.now, 'low', `gave up, request ${e.cause.request.status}`]);
      }
    });
    job(env, res, log, 'high', { at: 1, priority: 0, work: 1 });
    env.run();
    expect(log).toEqual([
      [1, 'high', 'granted'],
      [1, 'low', 'gave up, request cancelled'],
      [2, 'high', 'release'],
    ]);
    expect(requeued!.requeued).toBe(true);
    expect([res.count, res.queueLength]).toEqual([0, 0]);
  });
});

describe('Request and Symbol.dispose', () => {
  it('using req = res.request() releases a granted request on every path out of the block', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1 });
    const log: Log = [];
    const worker = env.process(function* () {
      try {
        using req = res.request();
        yield* req;
        log.push([env.now, 'worker', 'granted']);
        yield* env.timeout(10);
      } catch (e) {
        log.push([env.now, 'worker', `${(e as Interrupt).message}, count ${res.count}`]);
      }
    });
    env.process(function* () {
      using req = res.request();
      yield* req;
      log.push([env.now, 'second', 'granted']);
      yield* env.timeout(2);
    });
    env.process(function* () {
      yield* env.timeout(3);
      worker.interrupt('recalled');
    });
    env.run();
    expect(log).toEqual([
      [0, 'worker', 'granted'],
      [3, 'worker', 'interrupted: recalled, count 1'], // released: the second user has it
      [3, 'second', 'granted'],
    ]);
    expect([res.count, res.queueLength]).toEqual([0, 0]);
  });

  it('using req = res.request() withdraws a request still waiting when the block is left', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1 });
    const holder = res.request();
    let waiting: ReturnType<Resource['request']> | null = null;
    const p = env.process(function* () {
      using req = res.request();
      waiting = req;
      yield* req;
    });
    env.process(function* () {
      yield* env.timeout(1);
      p.interrupt('stop waiting');
    });
    p.addCallback((ev) => ev.defuse());
    env.run();
    expect(waiting!.status).toBe('cancelled');
    expect(res.queueLength).toBe(0);
    res.release(holder);
    expect(res.count).toBe(0);
  });
});
