import { describe, expectTypeOf, it } from 'vitest';
import {
  type ConditionValue,
  Container,
  Environment,
  Pool,
  type PoolRequest,
  type Process,
  type Request,
  Resource,
  Store,
} from '../../src/engine/index.js';

describe('types seen by models', () => {
  it('yield* on engine events evaluates to their value types', () => {
    const env = new Environment();
    const res = new Resource(env);
    const store = new Store<{ id: number }>(env);
    const tank = new Container(env);
    const child = env.process(function* () {
      yield* env.timeout(1);
      return 'done' as const;
    });
    expectTypeOf(child).toEqualTypeOf<Process<'done'>>();
    env.process(function* () {
      const nothing = yield* env.timeout(1);
      expectTypeOf(nothing).toEqualTypeOf<void>();
      const n = yield* env.timeout(1, 42);
      expectTypeOf(n).toEqualTypeOf<number>();
      const req = yield* res.request();
      expectTypeOf(req).toEqualTypeOf<Request>();
      const item = yield* store.get();
      expectTypeOf(item).toEqualTypeOf<{ id: number }>();
      const amount = yield* tank.get(1);
      expectTypeOf(amount).toEqualTypeOf<number>();
      const cond = yield* env.anyOf([req, env.timeout(1)]);
      expectTypeOf(cond).toEqualTypeOf<ConditionValue>();
      expectTypeOf(cond.get(env.timeout(1, 'x'))).toEqualTypeOf<string>();
      const r = yield* child;
      expectTypeOf(r).toEqualTypeOf<'done'>();
      res.release(req);
    });
  });

  it('Pool<T, D>: yield* req evaluates to the item; data is required unless D admits undefined', () => {
    const env = new Environment();
    const plain = new Pool<string>(env, { items: ['h1'] });
    const tasked = new Pool<{ id: string }, { pickup: number }>(env, {
      eligible: (item, req) => {
        expectTypeOf(item).toEqualTypeOf<{ id: string }>();
        expectTypeOf(req.data).toEqualTypeOf<{ pickup: number }>();
        return true;
      },
      choose: (_req, candidates) => candidates[0]!,
    });
    env.process(function* () {
      const a = plain.request();
      expectTypeOf(a).toEqualTypeOf<PoolRequest<string, undefined>>();
      expectTypeOf(yield* a).toEqualTypeOf<string>();
      const b = tasked.request({ priority: 1, data: { pickup: 3 } });
      expectTypeOf(yield* b).toEqualTypeOf<{ id: string }>();
      expectTypeOf(b.item).toEqualTypeOf<{ id: string } | undefined>();
      // @ts-expect-error: the payload is required
      tasked.request({ priority: 1 });
      // @ts-expect-error: and so is the options object
      tasked.request();
    });
  });

  it('env.run({ until: event }) evaluates to the value type of the event', () => {
    const env = new Environment();
    expectTypeOf(env.run({ until: env.timeout(1, 'x') })).toEqualTypeOf<string>();
    expectTypeOf(env.run({ until: 5 })).toEqualTypeOf<void>();
  });
});
