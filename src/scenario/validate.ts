/**
 * Validation of scenarios: structure first (the zod schema the capabilities compose: types,
 * required fields, domains, real dates, kebab ids, no unknown keys), then meaning, on the typed
 * parse — and every problem is reported at once, with its path.
 *
 * The semantic checks are declared where the data they check is declared (`model/checks.ts` for
 * the mission's geography and collections, each capability's `check` for its own part, each plan
 * action's `check` for its step, the plan's schedule in `model/plan.ts`), and composed by the
 * scenario format (`dynamics/format.ts`). When the structure has problems, each semantic check
 * still runs if the parts it reads parsed, so one pass reports as much as it can.
 *
 * Counts beyond what a run can hold in memory (vehicles, airframes, units, places, routes, days:
 * `limits.ts`) are reported with the path and the bound.
 *
 * The work is linear in the size of the input; no input makes the validator throw anything but
 * a {@link ScenarioValidationError}.
 *
 * @module
 */
import type { z } from 'zod';
import type { AnyCapability } from '../dynamics/capability.js';
import { formatFor, MISSION_CAPABILITIES, type ScenarioFor } from '../dynamics/format.js';
import { describeValue, ScenarioValidationError, type ValidationIssue } from '../errors.js';
import { formatPath } from '../model/paths.js';
import { deepFreeze } from './freeze.js';
import { checkLimits } from './limits.js';
import type { Scenario } from './types.js';

/** Most issues reported; beyond it one issue says how many were left out. */
export const MAX_ISSUES = 1000;

/** The result of {@link checkScenario}. */
export type CheckResult<S = Scenario> =
  | { readonly ok: true; readonly scenario: S }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Options of {@link checkScenario} and {@link validateScenario}. */
export interface ValidateOptions<C extends readonly AnyCapability[]> {
  /** The capabilities whose format the scenario follows (default: the embedded mission model's). */
  readonly capabilities?: C;
}

function field(x: unknown, key: string): unknown {
  return typeof x === 'object' && x !== null && Object.hasOwn(x, key)
    ? (x as Record<string, unknown>)[key]
    : undefined;
}

function toSegments(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

const ARTICLE: Record<string, string> = {
  number: 'a finite number',
  int: 'an integer',
  string: 'a string',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
};

function expectedMessage(issue: z.core.$ZodIssue): string {
  const own = issue.message.startsWith('expected ') ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return own ?? `expected ${ARTICLE[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      if (own) return own;
      const min = String(issue.minimum);
      if (issue.origin === 'string') return `expected at least ${min} characters`;
      if (issue.origin === 'array') return `expected at least ${min} items`;
      return `expected a number ${issue.inclusive ? '>=' : '>'} ${min}`;
    }
    case 'too_big': {
      if (own) return own;
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `expected at most ${max} characters`;
      if (issue.origin === 'array') return `expected at most ${max} items`;
      return `expected a number ${issue.inclusive ? '<=' : '<'} ${max}`;
    }
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union': {
      if (own) return own;
      if ('options' in issue && issue.options !== undefined && issue.discriminator !== undefined) {
        return `expected one of ${issue.options.map((v) => JSON.stringify(v)).join(', ')}`;
      }
      const alternatives = new Set<string>();
      for (const branch of issue.errors) {
        for (const sub of branch) {
          if (sub.message.startsWith('expected ')) alternatives.add(sub.message.slice(9));
        }
      }
      return alternatives.size > 0
        ? `expected ${[...alternatives].join(' or ')}`
        : 'expected a valid value';
    }
    default:
      return own ?? `expected a valid value (${issue.message})`;
  }
}

function structuralIssues<S>(
  schema: z.ZodType<S>,
  input: unknown,
): { issues: ValidationIssue[]; data?: S } {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { issues: [], data: result.data };
  const issues: ValidationIssue[] = [];
  for (const issue of result.error.issues) {
    const segments = toSegments(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({
          path: formatPath([...segments, key]),
          message: 'unknown key (not part of the scenario format)',
        });
      }
      continue;
    }
    let got: unknown = issue.input;
    if (issue.code === 'invalid_union' && issue.discriminator !== undefined) {
      got = field(issue.input, issue.discriminator);
    }
    const missing =
      got === undefined &&
      (issue.code === 'invalid_type' ||
        issue.code === 'invalid_value' ||
        issue.code === 'invalid_union');
    const expected = expectedMessage(issue);
    issues.push({
      path: formatPath(segments),
      message: missing
        ? `required field is missing (${expected})`
        : `${expected}, got ${describeValue(got)}`,
    });
  }
  return { issues };
}

// ------------------------------------------------------------------ entry points

/**
 * The semantic issues that concern no value a structural issue already reports (one problem per
 * value: its structural one), when the two kinds are reported together.
 */
function apart(
  semantic: readonly ValidationIssue[],
  structural: readonly ValidationIssue[],
): ValidationIssue[] {
  const taken = structural.map((i) => i.path);
  const related = (a: string, b: string) =>
    a === b ||
    a.startsWith(`${b}.`) ||
    a.startsWith(`${b}[`) ||
    b.startsWith(`${a}.`) ||
    b.startsWith(`${a}[`);
  return semantic.filter((i) => !taken.some((p) => related(i.path, p)));
}

function dedupe(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const i of issues) {
    const key = `${i.path}\u0000${i.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(i);
    }
  }
  if (out.length > MAX_ISSUES) {
    const more = out.length - MAX_ISSUES;
    return [...out.slice(0, MAX_ISSUES), { path: '', message: `${more} more issue(s) not shown` }];
  }
  return out;
}

/**
 * Checks `input` against the scenario format without throwing. On success the scenario is a
 * deep-frozen copy of the input; on failure `issues` lists every problem with its path.
 *
 * @example
 * ```ts
 * const result = checkScenario(JSON.parse(text));
 * if (!result.ok) for (const i of result.issues) console.error(`${i.path}: ${i.message}`);
 * ```
 */
export function checkScenario<
  const C extends readonly AnyCapability[] = typeof MISSION_CAPABILITIES,
>(input: unknown, options: ValidateOptions<C> = {}): CheckResult<ScenarioFor<C>> {
  try {
    const format = formatFor((options.capabilities ?? MISSION_CAPABILITIES) as C);
    const body = withoutSchemaKey(input);
    const structural = structuralIssues(format.schema, body);
    const semantic =
      structural.data !== undefined
        ? format.check(structural.data)
        : apart(format.checkLoosely(body), structural.issues);
    const found = [...structural.issues, ...semantic];
    const seen = new Set(found.map((i) => i.path));
    for (const issue of checkLimits(body)) if (!seen.has(issue.path)) found.push(issue);
    const issues = dedupe(found);
    if (issues.length > 0 || structural.data === undefined) {
      return {
        ok: false,
        issues: issues.length > 0 ? issues : [{ path: '', message: 'expected a scenario' }],
      };
    }
    return { ok: true, scenario: deepFreeze(structural.data) };
  } catch (error) {
    // A safety net: the checks above are written not to throw on any input.
    const why = error instanceof Error ? `${error.name}: ${error.message}` : describeValue(error);
    return {
      ok: false,
      issues: [
        { path: '', message: `expected a scenario the validator can read (${why.slice(0, 200)})` },
      ],
    };
  }
}

/**
 * Validates `input` as a {@link Scenario}: structure (types, domains, real dates, kebab ids, no
 * unknown keys), then meaning (references, sums, dates against the horizon, the plan replayed in
 * order, distribution specs), reporting every problem at once.
 *
 * @param input - anything, typically parsed JSON or a scenario object
 * @param source - where the input came from (a file path), shown in the error message
 * @param options - `capabilities`: validate against the format of these capabilities (a model
 *   with capabilities of your own) instead of the embedded mission model's
 * @returns a deep-frozen copy of the input, typed
 * @throws {@link ScenarioValidationError} listing every issue; never any other error
 * @example
 * ```ts
 * const scenario = validateScenario(JSON.parse(await readFile('my.json', 'utf8')), 'my.json');
 * ```
 */
export function validateScenario<
  const C extends readonly AnyCapability[] = typeof MISSION_CAPABILITIES,
>(input: unknown, source?: string, options: ValidateOptions<C> = {}): ScenarioFor<C> {
  const result = checkScenario(input, options);
  if (result.ok) return result.scenario;
  throw new ScenarioValidationError(result.issues, source);
}

/**
 * The input without a top-level `"$schema"` string (editors add it to get completion from the
 * shipped JSON Schema; it is not part of the scenario).
 */
function withoutSchemaKey(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  if (
    !Object.hasOwn(input, '$schema') ||
    typeof (input as { $schema: unknown }).$schema !== 'string'
  ) {
    return input;
  }
  const { $schema: _schema, ...rest } = input as Record<string, unknown>;
  return rest;
}
