import { describe, expectTypeOf, it } from 'vitest';
import {
  type ConditionValue,
  Container,
  Environment,
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
});
