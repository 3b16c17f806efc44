/**
 * Validation of scenarios: structure first (the zod schema: types, required fields, domains,
 * real dates, kebab ids, no unknown keys), then meaning, and every problem is reported at once.
 *
 * Semantic checks:
 * - ids unique within each collection (sectors, places, routes, units including those deployed
 *   by the plan, medical facilities, incident areas, operations, plan steps, mitigations);
 * - references exist: sector headquarters, place sectors, route endpoints and waypoints, unit
 *   bases (a mission place holding a base), facility places, incident-area places and sectors,
 *   operation areas (a place, route or incident area), fleet sectors, mitigation routes;
 * - a route has exactly one of `lengthKm` and `roadFactor`, and distinct endpoints;
 * - helicopter units carry `aircraft`, other units do not; role 1 facilities have no surgical team;
 * - the fleet split adds up: in daily use + in maintenance + awaiting replacement = total, the
 *   sectors' vehicles sum to the total, and so does `parameters.fleet.initial`;
 * - the IED record is consistent: neutralised + detonated ≤ against the mission ≤ total in
 *   Mali, and the period starts before it ends;
 * - flying by day starts before it ends;
 * - every distribution-valued parameter passes `validateSpec` and cannot draw negative values;
 * - plan steps are dated on or after `startDate` (a step done before the start belongs in the
 *   mission data, not in the plan); a step after the horizon is valid and never takes effect in
 *   the run, so a shorter horizon keeps the whole plan; `after` references exist and have no
 *   cycle; steps are replayed in the order they take effect (the later of their own date and
 *   their prerequisites'), so a unit deployed by an earlier step can be transferred by a later
 *   one, a transfer must go to an open base, a closed base must be empty, and a base cannot be
 *   opened twice;
 * - a `set-parameter` path resolves to a Sourced number under `parameters`, and its value is in
 *   that parameter's domain.
 *
 * The work is linear in the size of the input; no input makes the validator throw anything but
 * a {@link ScenarioValidationError}.
 *
 * @module
 */
import type { z } from 'zod';
import { describeValue, ScenarioValidationError, type ValidationIssue } from '../errors.js';
import { validateSpec } from '../random/spec.js';
import { parseIsoDate } from './dates.js';
import { deepFreeze } from './freeze.js';
import { formatPath, joinPath, resolveParameterPath } from './paths.js';
import { DISTRIBUTION_PARAMETER_PATHS, parametersSchema, scenarioSchema } from './schema.js';
import type { Scenario } from './types.js';

/** Most issues reported; beyond it one issue says how many were left out. */
export const MAX_ISSUES = 1000;

/** The result of {@link checkScenario}. */
export type CheckResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

type Rec = Record<string, unknown>;

function isRec(x: unknown): x is Rec {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function arr(x: unknown): readonly unknown[] {
  return Array.isArray(x) ? x : [];
}
function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}
function field(x: unknown, key: string): unknown {
  return isRec(x) && Object.hasOwn(x, key) ? x[key] : undefined;
}
/** The finite number inside a Sourced, if any. */
function sourcedNumber(x: unknown): number | undefined {
  const v = field(x, 'value');
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function q(s: string): string {
  return describeValue(s);
}

// ------------------------------------------------------------------ structural issues

const DIST_PREFIXES = DISTRIBUTION_PARAMETER_PATHS.map((p) => [
  'parameters',
  ...p.split('.'),
  'value',
]);

function underDistribution(path: readonly PropertyKey[]): boolean {
  return DIST_PREFIXES.some(
    (prefix) => path.length >= prefix.length && prefix.every((seg, i) => path[i] === seg),
  );
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

function structuralIssues(input: unknown): { issues: ValidationIssue[]; data?: Scenario } {
  const result = scenarioSchema.safeParse(input, { reportInput: true });
  if (result.success) return { issues: [], data: result.data };
  const issues: ValidationIssue[] = [];
  for (const issue of result.error.issues) {
    if (underDistribution(issue.path)) continue;
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

// ------------------------------------------------------------------ semantic issues

class Issues {
  readonly list: ValidationIssue[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
}

interface Indexed {
  readonly item: unknown;
  readonly path: string;
}

function indexed(x: unknown, path: string): Indexed[] {
  return arr(x).map((item, i) => ({ item, path: joinPath(path, i) }));
}

function checkUnique(out: Issues, items: readonly Indexed[], what: string): Set<string> {
  const seen = new Map<string, string>();
  for (const { item, path } of items) {
    const id = str(field(item, 'id'));
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first !== undefined)
      out.add(
        joinPath(path, 'id'),
        `expected a unique ${what} id, got ${q(id)} (also at ${first})`,
      );
    else seen.set(id, path);
  }
  return new Set(seen.keys());
}

function checkRef(
  out: Issues,
  path: string,
  value: unknown,
  known: ReadonlySet<string>,
  what: string,
): void {
  const id = str(value);
  if (id !== undefined && !known.has(id)) out.add(path, `expected the id of ${what}, got ${q(id)}`);
}

const NON_NEGATIVE_SPEC = 'a distribution of non-negative values';

function checkDistribution(out: Issues, value: unknown, path: string): void {
  const problems = validateSpec(value, path);
  for (const p of problems) out.add(p.path, p.message);
  if (problems.length > 0 || !isRec(value)) return;
  const dist = value.dist;
  const negative = (key: string): boolean => {
    const v = value[key];
    return typeof v === 'number' && v < 0;
  };
  if (dist === 'normal') {
    out.add(
      joinPath(path, 'dist'),
      `expected ${NON_NEGATIVE_SPEC} (a normal can draw negative values; use lognormal or gamma), got "normal"`,
    );
  } else if (dist === 'constant' && negative('value')) {
    out.add(
      joinPath(path, 'value'),
      `expected ${NON_NEGATIVE_SPEC}, got ${describeValue(value.value)}`,
    );
  } else if ((dist === 'uniform' || dist === 'triangular') && negative('min')) {
    out.add(
      joinPath(path, 'min'),
      `expected ${NON_NEGATIVE_SPEC}, got ${describeValue(value.min)}`,
    );
  } else if (dist === 'empirical') {
    arr(value.values).forEach((v, i) => {
      if (typeof v === 'number' && v < 0) {
        out.add(
          joinPath(joinPath(path, 'values'), i),
          `expected ${NON_NEGATIVE_SPEC}, got ${describeValue(v)}`,
        );
      }
    });
  }
}

function checkSum(
  out: Issues,
  path: string,
  parts: readonly [string, unknown][],
  total: number | undefined,
  what: string,
): void {
  if (total === undefined) return;
  const values = parts.map(([, v]) => sourcedNumber(v));
  if (values.some((v) => v === undefined)) return;
  const sum = (values as number[]).reduce((a, b) => a + b, 0);
  if (sum !== total) {
    out.add(path, `expected ${parts.map(([k]) => k).join(' + ')} = ${what} (${total}), got ${sum}`);
  }
}

interface PlanContext {
  readonly start?: number;
  readonly horizonDays?: number;
  readonly places: ReadonlyMap<string, { base: boolean; sector?: string }>;
  readonly sectors: ReadonlySet<string>;
  readonly units: ReadonlyMap<string, string>;
  readonly facilities: ReadonlyMap<string, number>;
  readonly parameters: unknown;
}

const DAY_MS = 86_400_000;

function checkPlan(out: Issues, plan: unknown, ctx: PlanContext): void {
  const steps = indexed(plan, 'plan');
  const ids = checkUnique(out, steps, 'plan step');
  const byId = new Map<string, number>();
  steps.forEach(({ item }, i) => {
    const id = str(field(item, 'id'));
    if (id !== undefined && !byId.has(id)) byId.set(id, i);
  });

  // Own dates, on or after the start (a step beyond the horizon simply never takes effect).
  const ownDay: (number | undefined)[] = steps.map(({ item, path }) => {
    const date = str(field(item, 'date'));
    const t = date === undefined ? undefined : parseIsoDate(date);
    if (t === undefined || ctx.start === undefined) return undefined;
    const day = Math.round((t - ctx.start) / DAY_MS);
    if (day < 0) {
      out.add(
        joinPath(path, 'date'),
        `expected a date on or after the scenario's startDate, got ${q(date as string)}`,
      );
    }
    return day;
  });

  // `after` references and cycles (Kahn's algorithm: linear).
  const deps: number[][] = steps.map(({ item, path }, i) => {
    const out2: number[] = [];
    const after = field(item, 'after');
    arr(after).forEach((ref, k) => {
      const id = str(ref);
      if (id === undefined) return;
      const at = joinPath(joinPath(path, 'after'), k);
      const j = byId.get(id);
      if (j === undefined || !ids.has(id))
        out.add(at, `expected the id of a plan step, got ${q(id)}`);
      else if (j === i) out.add(at, `expected another step's id, got the step's own id ${q(id)}`);
      else out2.push(j);
    });
    return out2;
  });
  const indegree = deps.map((d) => d.length);
  const dependants: number[][] = steps.map(() => []);
  deps.forEach((d, i) => {
    for (const j of d) dependants[j]?.push(i);
  });
  const order: number[] = [];
  const queue: number[] = [];
  indegree.forEach((n, i) => {
    if (n === 0) queue.push(i);
  });
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head] as number;
    order.push(i);
    for (const k of dependants[i] ?? []) {
      indegree[k] = (indegree[k] ?? 0) - 1;
      if (indegree[k] === 0) queue.push(k);
    }
  }
  const cyclic = new Set<number>();
  indegree.forEach((n, i) => {
    if (n > 0) cyclic.add(i);
  });
  for (const i of cyclic) {
    const names = (deps[i] ?? [])
      .filter((j) => cyclic.has(j))
      .map((j) => q(str(field(steps[j]?.item, 'id')) ?? String(j)));
    out.add(
      joinPath(steps[i]?.path ?? 'plan', 'after'),
      `expected no cycle of 'after' dependencies, got a cycle through ${names.join(', ')}`,
    );
  }

  // Effective day: the later of the own date and the prerequisites' effective days.
  const effective: number[] = steps.map((_, i) => ownDay[i] ?? 0);
  for (const i of order) {
    for (const j of deps[i] ?? []) effective[i] = Math.max(effective[i] ?? 0, effective[j] ?? 0);
  }
  const replay = steps
    .map((_, i) => i)
    .sort((a, b) => (effective[a] ?? 0) - (effective[b] ?? 0) || a - b);

  // Replay the plan against the mission's state.
  const places = new Map(ctx.places);
  const units = new Map(ctx.units);
  const everUnits = new Set(ctx.units.keys());
  for (const i of replay) {
    const { item, path } = steps[i] as Indexed;
    const action = field(item, 'action');
    const at = joinPath(path, 'action');
    const when = str(field(item, 'date')) ?? '?';
    switch (field(action, 'kind')) {
      case 'transfer-unit': {
        const unit = str(field(action, 'unit'));
        const to = str(field(action, 'to'));
        if (unit !== undefined && !units.has(unit)) {
          out.add(
            joinPath(at, 'unit'),
            `expected the id of a unit in the mission when the step takes effect (${when}), got ${q(unit)}`,
          );
        }
        if (to !== undefined && places.get(to)?.base !== true) {
          out.add(
            joinPath(at, 'to'),
            `expected the id of a place holding a base when the step takes effect (${when}), got ${q(to)}`,
          );
        }
        if (unit !== undefined && to !== undefined && units.has(unit)) units.set(unit, to);
        break;
      }
      case 'deploy-unit': {
        const unit = field(action, 'unit');
        const id = str(field(unit, 'id'));
        const base = str(field(unit, 'base'));
        const upath = joinPath(at, 'unit');
        if (id !== undefined && everUnits.has(id)) {
          out.add(joinPath(upath, 'id'), `expected a unit id not used before, got ${q(id)}`);
        }
        if (base !== undefined && places.get(base)?.base !== true) {
          out.add(
            joinPath(upath, 'base'),
            `expected the id of a place holding a base when the step takes effect (${when}), got ${q(base)}`,
          );
        }
        checkAircraft(out, unit, upath);
        if (id !== undefined) {
          everUnits.add(id);
          if (base !== undefined) units.set(id, base);
        }
        break;
      }
      case 'repatriate-unit': {
        const unit = str(field(action, 'unit'));
        if (unit !== undefined && !units.has(unit)) {
          out.add(
            joinPath(at, 'unit'),
            `expected the id of a unit in the mission when the step takes effect (${when}), got ${q(unit)}`,
          );
        }
        if (unit !== undefined) units.delete(unit);
        break;
      }
      case 'open-base': {
        const place = field(action, 'place');
        const id = str(field(place, 'id'));
        const sector = str(field(place, 'sector'));
        if (sector !== undefined && !ctx.sectors.has(sector)) {
          out.add(
            joinPath(joinPath(at, 'place'), 'sector'),
            `expected the id of a sector, got ${q(sector)}`,
          );
        }
        if (id === undefined) break;
        const known = places.get(id);
        if (known?.base === true) {
          out.add(
            joinPath(joinPath(at, 'place'), 'id'),
            `expected a place without a base when the step takes effect (${when}), got ${q(id)}`,
          );
        }
        places.set(id, sector === undefined ? { base: true } : { base: true, sector });
        break;
      }
      case 'close-base': {
        const id = str(field(action, 'place'));
        if (id === undefined) break;
        if (places.get(id)?.base !== true) {
          out.add(
            joinPath(at, 'place'),
            `expected the id of a place holding a base when the step takes effect (${when}), got ${q(id)}`,
          );
          break;
        }
        const left = [...units].filter(([, b]) => b === id).map(([u]) => u);
        if (left.length > 0) {
          const shown = left.slice(0, 5).map(q).join(', ');
          out.add(
            joinPath(at, 'place'),
            `expected an empty base (move or repatriate its units first), got ${left.length} unit(s) still based at ${q(id)}: ${shown}`,
          );
        }
        const prev = places.get(id);
        places.set(id, { ...prev, base: false });
        break;
      }
      case 'deliver-vehicles':
        checkRef(out, joinPath(at, 'sector'), field(action, 'sector'), ctx.sectors, 'a sector');
        break;
      case 'add-surgical-teams': {
        const facility = str(field(action, 'facility'));
        if (facility === undefined) break;
        const role = ctx.facilities.get(facility);
        if (role === undefined)
          out.add(
            joinPath(at, 'facility'),
            `expected the id of a medical facility, got ${q(facility)}`,
          );
        else if (role < 2)
          out.add(
            joinPath(at, 'facility'),
            `expected a role 2 or 3 facility (role 1 has no surgical team), got ${q(facility)}`,
          );
        break;
      }
      case 'set-parameter':
        checkSetParameter(out, action, at, ctx.parameters);
        break;
      default:
        break;
    }
  }
}

function checkAircraft(out: Issues, unit: unknown, path: string): void {
  const kind = field(unit, 'kind');
  const aircraft = field(unit, 'aircraft');
  if (typeof kind !== 'string') return;
  if (kind === 'helicopter-unit' && aircraft === undefined) {
    out.add(
      joinPath(path, 'aircraft'),
      'required field is missing (expected the aircraft of a helicopter unit)',
    );
  } else if (kind !== 'helicopter-unit' && aircraft !== undefined) {
    out.add(
      joinPath(path, 'aircraft'),
      `expected no aircraft on a unit of kind ${q(kind)}, got an object`,
    );
  }
}

function checkSetParameter(out: Issues, action: unknown, at: string, parameters: unknown): void {
  const path = str(field(action, 'path'));
  if (path === undefined) return;
  const resolved = resolveParameterPath(parameters, path);
  if (resolved === undefined || typeof resolved.sourced.value !== 'number') {
    out.add(
      joinPath(at, 'path'),
      `expected a dotted path under parameters ending at a Sourced number (e.g. "ied.damageGivenDetonation"), got ${q(path)}`,
    );
    return;
  }
  const value = field(action, 'value');
  if (typeof value !== 'number' || !Number.isFinite(value)) return;
  // The new value must lie in the parameter's domain: re-check the parameters with it set.
  const copy = setAt(parameters, [...resolved.segments, 'value'], value);
  const result = parametersSchema.safeParse(copy);
  if (!result.success) {
    const own = formatPath([...resolved.segments, 'value']);
    const hit = result.error.issues.find((i) => formatPath(toSegments(i.path)) === own);
    if (hit !== undefined) {
      out.add(
        joinPath(at, 'value'),
        `${expectedMessage(hit)} for ${path}, got ${describeValue(value)}`,
      );
    }
  }
}

function setAt(root: unknown, segments: readonly (string | number)[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) {
    const copy = root.slice();
    copy[head as number] = setAt(root[head as number], rest, value);
    return copy;
  }
  const rec = isRec(root) ? root : {};
  return { ...rec, [head]: setAt(rec[head as string], rest, value) };
}

function semanticIssues(input: unknown): ValidationIssue[] {
  const out = new Issues();
  if (!isRec(input)) return out.list;
  const mission = field(input, 'mission');
  const parameters = field(input, 'parameters');
  const plan = field(input, 'plan');

  // Collections and their ids.
  const sectors = indexed(field(mission, 'sectors'), 'mission.sectors');
  const places = indexed(field(mission, 'places'), 'mission.places');
  const routes = indexed(field(mission, 'routes'), 'mission.routes');
  const units = indexed(field(mission, 'units'), 'mission.units');
  const medical = indexed(field(mission, 'medical'), 'mission.medical');
  const areas = indexed(field(mission, 'incidentAreas'), 'mission.incidentAreas');
  const operations = indexed(field(mission, 'operations'), 'mission.operations');
  const mitigations = indexed(
    field(field(parameters, 'ied'), 'mitigations'),
    'parameters.ied.mitigations',
  );

  const sectorIds = checkUnique(out, sectors, 'sector');
  const placeIds = checkUnique(out, places, 'place');
  const routeIds = checkUnique(out, routes, 'route');
  checkUnique(out, units, 'unit');
  const facilityIds = checkUnique(out, medical, 'medical facility');
  const areaIds = checkUnique(out, areas, 'incident area');
  checkUnique(out, operations, 'operation');
  checkUnique(out, mitigations, 'mitigation');

  // Places known anywhere: the mission's and those the plan opens.
  const allPlaces = new Set(placeIds);
  for (const step of arr(plan)) {
    const action = field(step, 'action');
    if (field(action, 'kind') === 'open-base') {
      const id = str(field(field(action, 'place'), 'id'));
      if (id !== undefined) allPlaces.add(id);
    }
  }
  const basePlaces = new Map<string, { base: boolean; sector?: string }>();
  for (const { item } of places) {
    const id = str(field(item, 'id'));
    const sector = str(field(item, 'sector'));
    if (id !== undefined && !basePlaces.has(id)) {
      const base = field(item, 'base') === true;
      basePlaces.set(id, sector === undefined ? { base } : { base, sector });
    }
  }

  for (const { item, path } of sectors)
    checkRef(out, joinPath(path, 'hq'), field(item, 'hq'), placeIds, 'a place');
  for (const { item, path } of places)
    checkRef(out, joinPath(path, 'sector'), field(item, 'sector'), sectorIds, 'a sector');

  for (const { item, path } of routes) {
    checkRef(out, joinPath(path, 'from'), field(item, 'from'), allPlaces, 'a place');
    checkRef(out, joinPath(path, 'to'), field(item, 'to'), allPlaces, 'a place');
    arr(field(item, 'via')).forEach((v, i) => {
      checkRef(out, joinPath(joinPath(path, 'via'), i), v, allPlaces, 'a place');
    });
    const from = str(field(item, 'from'));
    const to = str(field(item, 'to'));
    if (
      from !== undefined &&
      to !== undefined &&
      basePlaces.has(from) &&
      basePlaces.has(to) &&
      basePlaces.get(from)?.sector === undefined &&
      basePlaces.get(to)?.sector === undefined
    ) {
      // Convoys draw on the fleet of the route's sector: the start's, else the end's.
      out.add(path, 'expected a route with its start or its end inside a sector, got neither');
    }
    if (from !== undefined && from === to) {
      out.add(
        joinPath(path, 'to'),
        `expected a place other than the route's start, got ${q(from)}`,
      );
    }
    const hasLength = field(item, 'lengthKm') !== undefined;
    const hasFactor = field(item, 'roadFactor') !== undefined;
    if (hasLength === hasFactor) {
      out.add(
        path,
        hasLength
          ? 'expected exactly one of lengthKm and roadFactor, got both'
          : 'expected exactly one of lengthKm and roadFactor, got neither',
      );
    }
  }

  const unitBases = new Map<string, string>();
  for (const { item, path } of units) {
    const base = str(field(item, 'base'));
    if (base !== undefined && basePlaces.get(base)?.base !== true) {
      out.add(
        joinPath(path, 'base'),
        `expected the id of a mission place holding a base, got ${q(base)}`,
      );
    }
    checkAircraft(out, item, path);
    const id = str(field(item, 'id'));
    if (id !== undefined && base !== undefined && !unitBases.has(id)) unitBases.set(id, base);
  }

  const facilityRoles = new Map<string, number>();
  for (const { item, path } of medical) {
    checkRef(out, joinPath(path, 'place'), field(item, 'place'), allPlaces, 'a place');
    const role = field(item, 'role');
    const id = str(field(item, 'id'));
    if (id !== undefined && typeof role === 'number' && !facilityRoles.has(id))
      facilityRoles.set(id, role);
    const teams = sourcedNumber(field(item, 'surgicalTeams'));
    if (role === 1 && teams !== undefined && teams !== 0) {
      out.add(
        joinPath(path, 'surgicalTeams.value'),
        `expected 0 surgical teams at a role 1 facility, got ${teams}`,
      );
    }
  }
  void facilityIds;

  for (const { item, path } of areas) {
    checkRef(out, joinPath(path, 'sector'), field(item, 'sector'), sectorIds, 'a sector');
    checkRef(out, joinPath(path, 'place'), field(item, 'place'), allPlaces, 'a place');
  }

  const areaTargets = new Set([...allPlaces, ...routeIds, ...areaIds]);
  for (const { item, path } of operations) {
    arr(field(item, 'areas')).forEach((a, i) => {
      checkRef(
        out,
        joinPath(joinPath(path, 'areas'), i),
        a,
        areaTargets,
        'a place, route or incident area',
      );
    });
  }

  // Armoured fleet.
  const fleet = field(mission, 'armouredFleet');
  const total = sourcedNumber(field(fleet, 'total'));
  checkSum(
    out,
    'mission.armouredFleet',
    [
      ['inDailyUse', field(fleet, 'inDailyUse')],
      ['inMaintenance', field(fleet, 'inMaintenance')],
      ['awaitingReplacement', field(fleet, 'awaitingReplacement')],
    ],
    total,
    'total',
  );
  const bySector = indexed(field(fleet, 'bySector'), 'mission.armouredFleet.bySector');
  const fleetSectors = new Set<string>();
  for (const { item, path } of bySector) {
    checkRef(out, joinPath(path, 'sector'), field(item, 'sector'), sectorIds, 'a sector');
    const s = str(field(item, 'sector'));
    if (s !== undefined) {
      if (fleetSectors.has(s))
        out.add(joinPath(path, 'sector'), `expected each sector once, got ${q(s)} again`);
      fleetSectors.add(s);
    }
  }
  const sectorVehicles = bySector.map(({ item }) => sourcedNumber(field(item, 'vehicles')));
  if (total !== undefined && bySector.length > 0 && sectorVehicles.every((v) => v !== undefined)) {
    const sum = (sectorVehicles as number[]).reduce((a, b) => a + b, 0);
    if (sum !== total) {
      out.add(
        'mission.armouredFleet.bySector',
        `expected the sectors' vehicles to sum to total (${total}), got ${sum}`,
      );
    }
  }
  const initial = field(field(parameters, 'fleet'), 'initial');
  checkSum(
    out,
    'parameters.fleet.initial',
    [
      ['inDailyUse', field(initial, 'inDailyUse')],
      ['inMaintenance', field(initial, 'inMaintenance')],
      ['awaitingReplacement', field(initial, 'awaitingReplacement')],
    ],
    total,
    'mission.armouredFleet.total',
  );

  // IED record.
  const ied = field(mission, 'ied');
  const against = sourcedNumber(field(ied, 'againstMission'));
  const totalMali = sourcedNumber(field(ied, 'totalMali'));
  const neutralised = sourcedNumber(field(ied, 'neutralised'));
  const detonated = sourcedNumber(field(ied, 'detonated'));
  if (
    against !== undefined &&
    neutralised !== undefined &&
    detonated !== undefined &&
    neutralised + detonated > against
  ) {
    out.add(
      'mission.ied',
      `expected neutralised + detonated <= againstMission (${against}), got ${neutralised + detonated}`,
    );
  }
  if (against !== undefined && totalMali !== undefined && against > totalMali) {
    out.add(
      'mission.ied.againstMission.value',
      `expected at most totalMali (${totalMali}), got ${against}`,
    );
  }
  const ps = str(field(ied, 'periodStart'));
  const pe = str(field(ied, 'periodEnd'));
  if (ps !== undefined && pe !== undefined) {
    const a = parseIsoDate(ps);
    const b = parseIsoDate(pe);
    if (a !== undefined && b !== undefined && a > b) {
      out.add(
        'mission.ied.periodEnd',
        `expected a date on or after periodStart (${ps}), got ${q(pe)}`,
      );
    }
  }

  // Parameters.
  for (const { item, path } of mitigations) {
    arr(field(item, 'routes')).forEach((r, i) => {
      checkRef(out, joinPath(joinPath(path, 'routes'), i), r, routeIds, 'a route');
    });
  }
  const aviation = field(parameters, 'aviation');
  const dayStart = sourcedNumber(field(aviation, 'daylightStartHour'));
  const dayEnd = sourcedNumber(field(aviation, 'daylightEndHour'));
  if (dayStart !== undefined && dayEnd !== undefined && dayStart >= dayEnd) {
    out.add(
      'parameters.aviation.daylightEndHour.value',
      `expected an hour after daylightStartHour (${dayStart}), got ${dayEnd}`,
    );
  }
  for (const p of DISTRIBUTION_PARAMETER_PATHS) {
    const [group, key] = p.split('.') as [string, string];
    const sourced = field(field(parameters, group), key);
    if (isRec(sourced) && Object.hasOwn(sourced, 'value')) {
      checkDistribution(out, sourced.value, `parameters.${p}.value`);
    }
  }

  // Plan.
  const startDate = str(field(input, 'startDate'));
  const start = startDate === undefined ? undefined : parseIsoDate(startDate);
  const horizon = field(input, 'horizonDays');
  const ctx: PlanContext = {
    ...(start === undefined ? {} : { start }),
    ...(typeof horizon === 'number' && Number.isFinite(horizon) ? { horizonDays: horizon } : {}),
    places: basePlaces,
    sectors: sectorIds,
    units: unitBases,
    facilities: facilityRoles,
    parameters,
  };
  checkPlan(out, plan, ctx);
  return out.list;
}

// ------------------------------------------------------------------ entry points

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
export function checkScenario(input: unknown): CheckResult {
  try {
    const structural = structuralIssues(input);
    const issues = dedupe([...structural.issues, ...semanticIssues(input)]);
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
 * @returns a deep-frozen copy of the input, typed
 * @throws {@link ScenarioValidationError} listing every issue; never any other error
 * @example
 * ```ts
 * const scenario = validateScenario(JSON.parse(await readFile('my.json', 'utf8')), 'my.json');
 * ```
 */
export function validateScenario(input: unknown, source?: string): Scenario {
  const result = checkScenario(input);
  if (result.ok) return result.scenario;
  throw new ScenarioValidationError(result.issues, source);
}
