/**
 * Shared pieces of the fuzz tests: the run budget (FUZZ_RUNS, default 10 000 across all fuzz
 * tests, with a fixed seed), the per-input time bound, valid scenarios to start from, and
 * mutations of a scenario's JSON tree at random paths.
 */
import fc from 'fast-check';
import { minusma2020 } from '../../src/data/index.js';
import { ScenarioLoadError, ScenarioValidationError } from '../../src/errors.js';
import { validateScenario } from '../../src/scenario/index.js';
import { arbScenario } from '../../src/testing/index.js';
import { smallScenario } from '../dynamics/fixtures.js';

/** Total fuzz inputs across every fuzz test. */
export const FUZZ_RUNS = Math.max(100, Number(process.env.FUZZ_RUNS ?? 10_000) || 10_000);
/** Fixed seed: a failure is reproducible from the test output alone. */
export const FUZZ_SEED = 20201223;
/** Generous bound on the time one input may take, in ms. */
export const MAX_MS_PER_INPUT = 250;

/** Runs for a test that takes `share` of the budget. */
export function runsFor(share: number): number {
  return Math.max(10, Math.round(FUZZ_RUNS * share));
}

/** Tracks the slowest input of a test. */
export class Stopwatch {
  max = 0;
  count = 0;
  time<T>(f: () => T): T {
    const t0 = performance.now();
    try {
      return f();
    } finally {
      this.record(performance.now() - t0);
    }
  }
  async timeAsync<T>(f: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      this.record(performance.now() - t0);
    }
  }
  private record(ms: number): void {
    this.count++;
    if (ms > this.max) this.max = ms;
  }
  report(name: string): string {
    return `${name}: ${this.count} inputs, max ${this.max.toFixed(1)} ms per input (bound ${MAX_MS_PER_INPUT} ms)`;
  }
}

type Json = unknown;

/** Valid scenarios as plain JSON trees: the fixture, generated ones, and (optionally) minusma2020. */
export function baseTrees(withMinusma: boolean): Json[] {
  const generated = fc.sample(arbScenario({ maxPlanSteps: 8 }), { numRuns: 12, seed: FUZZ_SEED });
  const trees = [
    smallScenario({ helicopters: 2, iedAgainst: 10, iedNeutralised: 4 }),
    ...generated,
  ];
  if (withMinusma) trees.push(minusma2020);
  return trees.map((t) => JSON.parse(JSON.stringify(t)));
}

function deepNest(depth: number, asArray: boolean): Json {
  let x: Json = 1;
  for (let i = 0; i < depth; i++) x = asArray ? [x] : { a: x };
  return x;
}

/** Values that break assumptions: non-finite and extreme numbers, wrong dates, long strings, deep nesting. */
export const nastyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    -1,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER + 2,
    0.1 + 0.2,
    '',
    ' ',
    '2021-02-30',
    '2021-13-01',
    '2020-00-10',
    '2021-2-3',
    '0000-01-01',
    '9999-12-31',
    '2021-04-01T00:00:00Z',
    'NaN',
    '__proto__',
    'Gao',
    'gao--camp',
    'a'.repeat(121),
    'x'.repeat(100_000),
    null,
    true,
    false,
    [],
    {},
  ),
  fc.integer({ min: 0, max: 1000 }).map((d) => deepNest(d, d % 2 === 0)),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.anything({ maxDepth: 3 }),
);

/**
 * One mutation: where (a random walk from the root: each number picks a child, modulo the
 * node's size, until the numbers run out or a leaf is reached) and what.
 */
export const mutation = fc.record({
  walk: fc.array(fc.nat(), { maxLength: 8 }),
  op: fc.constantFrom('replace', 'replace', 'delete', 'add-key', 'duplicate', 'retype', 'wrap'),
  value: nastyValue,
  key: fc.oneof(
    fc.constantFrom(
      '__proto__',
      'constructor',
      'toString',
      'value',
      'id',
      'extra',
      'hasOwnProperty',
    ),
    fc.string({ maxLength: 12 }),
  ),
});

/** A mutation as generated. */
export type MutationOp = { walk: number[]; op: string; value: Json; key: string };

type Container = Record<string | number, Json>;

function isContainer(x: Json): x is Container {
  return x !== null && typeof x === 'object';
}

function childKeys(x: Container): (string | number)[] {
  return Array.isArray(x) ? x.map((_, i) => i) : Object.keys(x);
}

function shallowCopy(x: Container): Container {
  return (Array.isArray(x) ? [...x] : { ...x }) as Container;
}

function retype(current: Json): Json {
  if (typeof current === 'number') return String(current);
  if (typeof current === 'string') return Number(current);
  if (typeof current === 'boolean') return Number(current);
  return JSON.stringify(current ?? null);
}

/**
 * Applies one mutation, copying only the containers on the path (the base is never changed,
 * and the cost is proportional to the path, not to the tree).
 */
function applyOne(root: Json, m: MutationOp): Json {
  if (!isContainer(root)) return m.op === 'replace' ? m.value : root;
  const copyRoot = shallowCopy(root);
  let parent: Container = copyRoot;
  let keys = childKeys(parent);
  if (keys.length === 0) return m.value;
  let key = keys[(m.walk[0] ?? 0) % keys.length] as string | number;
  for (const step of m.walk.slice(1)) {
    const child = parent[key];
    if (!isContainer(child)) break;
    const ck = childKeys(child);
    if (ck.length === 0) break;
    const copy = shallowCopy(child);
    parent[key] = copy;
    parent = copy;
    keys = ck;
    key = ck[step % ck.length] as string | number;
  }
  const current = parent[key];
  switch (m.op) {
    case 'replace':
      parent[key] = m.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'add-key':
      if (isContainer(current) && !Array.isArray(current)) {
        const copy = shallowCopy(current);
        Object.defineProperty(copy, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        parent[key] = copy;
      } else parent[key] = { [m.key]: m.value };
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, current);
      else parent[key] = [current, current];
      break;
    case 'retype':
      parent[key] = retype(current);
      break;
    case 'wrap':
      parent[key] = Array.isArray(current) ? { items: current } : [current];
      break;
  }
  return copyRoot;
}

/** Applies mutations in turn; `tree` is left untouched. */
export function mutate(tree: Json, mutations: readonly MutationOp[]): Json {
  let root = tree;
  for (const m of mutations) root = applyOne(root, m);
  return root;
}

/**
 * The validator's contract on any input: `validateScenario` (which runs `checkScenario`)
 * returns a scenario or throws a ScenarioValidationError and nothing else; its issues each have
 * a path and a message, and none is the validator's internal safety net (which would mean a
 * check threw).
 */
export function assertValidatorContract(input: Json): 'valid' | 'invalid' {
  try {
    validateScenario(input, 'fuzz');
    return 'valid';
  } catch (error) {
    if (!(error instanceof ScenarioValidationError)) throw error;
    if (error.issues.length === 0) throw new Error('a ScenarioValidationError without issues');
    for (const i of error.issues) {
      if (typeof i.path !== 'string' || typeof i.message !== 'string' || i.message.length === 0) {
        throw new Error(`malformed issue ${JSON.stringify(i)}`);
      }
      if (i.message.startsWith('expected a scenario the validator can read')) {
        throw new Error(`the validator threw internally: ${i.message}`);
      }
    }
    return 'invalid';
  }
}

/** A few validations before timing, so the first timed input does not pay for compilation. */
export function warmUp(trees: readonly Json[]): void {
  for (let i = 0; i < 20; i++) for (const t of trees) assertValidatorContract(t);
}

/** True for the two typed errors a loader may throw. */
export function isTypedError(error: unknown): boolean {
  return error instanceof ScenarioValidationError || error instanceof ScenarioLoadError;
}
