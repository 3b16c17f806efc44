/**
 * What a parameter path means, from the declarations: the label, unit, plausible range and
 * capability a capability module declared for it (`parameter`, `distributionParameter` in
 * `model/fields.ts`), so that sensitivity analyses, rankings and their reports name a parameter
 * as a person reads it ("Mean time between helicopter failures (days)") and swing it over the
 * range its capability says is plausible.
 *
 * @module
 */
import type { AnyCapability, AnyScenario as Scenario } from '../dynamics/capability.js';
import { MISSION_CAPABILITIES } from '../dynamics/format.js';
import {
  declaredParameters,
  type ParameterInfo,
  parameterInfo,
  schemaAt,
} from '../model/fields.js';
import { type PathSegment, walkPath } from '../model/paths.js';
import type { Source } from '../model/provenance.js';
import { type DistributionSpec, isDistributionSpec, meanOf } from '../random/spec.js';

/** What a parameter path names, as its capability declares it. */
export interface ParameterDescription {
  /**
   * The path in the form every command and `setValue` accept, array elements named as
   * `readablePath` names them (`parameters.aviation.mtbfDays`,
   * `parameters.fleet.repairDays.value.mean`, `mission.routes[gao-kidal].iedThreatWeight`); a
   * trailing `.value` of a Sourced number is left out.
   */
  readonly path: string;
  /** Human label ("Mean time between helicopter failures"); the path when nothing is declared. */
  readonly label: string;
  /** Unit of the value ("days"), or `''` when nothing is declared. */
  readonly unit: string;
  /** The capability whose parameters hold it. */
  readonly capability?: { readonly id: string; readonly title: string };
  /** Plausible range of the value (of a distribution's mean), when declared. */
  readonly plausible?: readonly [number, number];
  /** The value is a distribution (and the path names all of it). */
  readonly distribution?: boolean;
  /** For a path inside a distribution: the distribution's field (`mean`, `sd`). */
  readonly field?: string;
  /** Read only at the start of a run (a `set-parameter` step cannot change it). */
  readonly startOnly?: boolean;
}

/** A declared parameter of a scenario: its description, value and source. */
export interface DeclaredParameterEntry extends ParameterDescription {
  /** The value: a number or a distribution spec. */
  readonly value: unknown;
  /** Where the value comes from. */
  readonly source: Source;
}

/**
 * A path to `segments` of `root` as a person reads it, in the syntax every command accepts: an
 * array element by its `id` (`mission.units[north-quick-reaction-force]`), else by the first text field that
 * tells it from its siblings (`mission.armouredFleet.bySector[sector=centre]`), else by index.
 *
 * @example
 * ```ts
 * readablePath(minusma2020, ['mission', 'armouredFleet', 'bySector', 3, 'workshopBays']);
 * // 'mission.armouredFleet.bySector[sector=centre].workshopBays'
 * ```
 */
export function readablePath(root: unknown, segments: readonly PathSegment[]): string {
  let out = '';
  let node: unknown = root;
  for (const seg of segments) {
    if (typeof seg === 'number' && Array.isArray(node)) {
      out += `[${elementKey(node, seg)}]`;
      node = node[seg];
    } else {
      out += out === '' ? String(seg) : `.${String(seg)}`;
      node =
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[seg]
          : undefined;
    }
  }
  return out;
}

const SAFE_KEY = /^[A-Za-z0-9_:-]+$/;

/** How to name element `i` of `list` inside brackets: its id, a distinguishing field, or `i`. */
function elementKey(list: readonly unknown[], i: number): string {
  const el = list[i];
  if (el === null || typeof el !== 'object') return String(i);
  const rec = el as Record<string, unknown>;
  if (typeof rec.id === 'string' && SAFE_KEY.test(rec.id) && !/^\d+$/.test(rec.id)) {
    const same = list.filter((x) => (x as Record<string, unknown> | null)?.id === rec.id);
    if (same.length === 1) return rec.id;
  }
  for (const [k, v] of Object.entries(rec)) {
    if (typeof v !== 'string' || !SAFE_KEY.test(v) || !SAFE_KEY.test(k)) continue;
    const first = list.findIndex(
      (x) => x !== null && typeof x === 'object' && (x as Record<string, unknown>)[k] === v,
    );
    const count = list.filter(
      (x) => x !== null && typeof x === 'object' && (x as Record<string, unknown>)[k] === v,
    ).length;
    if (first === i && count === 1) return `${k}=${v}`;
  }
  return String(i);
}

/** The path's walk from the scenario's root, or from `parameters` when it leaves that out. */
function walk(scenario: unknown, path: string) {
  const direct = walkPath(scenario, path);
  if (direct.complete) return direct;
  const under = walkPath(scenario, `parameters.${path}`);
  return under.complete ? under : undefined;
}

function describeSegments(
  root: unknown,
  segments: readonly PathSegment[],
  capabilities: readonly AnyCapability[],
): ParameterDescription {
  const formatPath = (segs: readonly PathSegment[]) => readablePath(root, segs);
  const fallback = { path: formatPath(segments), label: formatPath(segments), unit: '' };
  if (segments[0] !== 'parameters') return fallback;
  const capability = capabilities.find((c) => c.id === segments[1]);
  if (capability?.parameters === undefined) return fallback;
  // The longest prefix that is a declared parameter, and what follows it.
  for (let k = segments.length; k >= 2; k--) {
    const node = schemaAt(capability.parameters, segments.slice(2, k));
    const info: ParameterInfo | undefined = node === undefined ? undefined : parameterInfo(node);
    if (info === undefined) continue;
    const rest = segments.slice(k);
    const own = rest.length === 0 || (rest.length === 1 && rest[0] === 'value');
    const field = !own && rest[0] === 'value' && rest.length === 2 ? String(rest[1]) : undefined;
    const base = {
      path: formatPath(own ? segments.slice(0, k) : segments),
      unit: info.unit,
      capability: { id: capability.id, title: capability.title },
      ...(info.startOnly === true ? { startOnly: true } : {}),
    };
    if (own) {
      return {
        ...base,
        label: info.label,
        ...(info.plausible === undefined ? {} : { plausible: info.plausible }),
        ...(info.distribution === true ? { distribution: true } : {}),
      };
    }
    if (field !== undefined && info.distribution === true) {
      return {
        ...base,
        label: `${info.label}, ${field}`,
        field,
        ...(field === 'mean' && info.plausible !== undefined ? { plausible: info.plausible } : {}),
      };
    }
    return { ...fallback, capability: base.capability };
  }
  return fallback;
}

/**
 * What `path` names in `scenario`: its declared label, unit, plausible range and capability
 * (see {@link ParameterDescription}), or, for a value no capability declares (a route's
 * length), the path itself as its label. Undefined when the path leads nowhere. The path may
 * use any form `setValue` accepts (`aviation.mtbfDays`, `…bySector[sector=centre]…`,
 * `fleet.repairDays.value.mean`).
 *
 * @param capabilities - the capabilities whose format the scenario follows (default: the
 *   embedded mission model's)
 * @example
 * ```ts
 * describeParameter(minusma2020, 'aviation.mtbfDays');
 * // { path: 'parameters.aviation.mtbfDays', label: 'Mean time between helicopter failures', unit: 'days', … }
 * ```
 */
export function describeParameter(
  scenario: Scenario,
  path: string,
  capabilities: readonly AnyCapability[] = MISSION_CAPABILITIES,
): ParameterDescription | undefined {
  const w = walk(scenario, path);
  if (w === undefined) return undefined;
  return describeSegments(scenario, w.segments, capabilities);
}

/**
 * Every declared parameter of `scenario` (the numbers and distributions its capabilities
 * declare with a label, a unit and a plausible range), in capability order, then document order.
 *
 * @param capabilities - the capabilities whose format the scenario follows (default: the
 *   embedded mission model's)
 */
export function declaredParametersOf(
  scenario: Scenario,
  capabilities: readonly AnyCapability[] = MISSION_CAPABILITIES,
): DeclaredParameterEntry[] {
  const out: DeclaredParameterEntry[] = [];
  const parameters = scenario.parameters as Readonly<Record<string, unknown>>;
  for (const c of capabilities) {
    if (c.parameters === undefined || parameters[c.id] === undefined) continue;
    for (const p of declaredParameters(c.parameters, parameters[c.id])) {
      const segments = ['parameters', c.id, ...p.segments];
      out.push({
        ...describeSegments(scenario, segments, capabilities),
        value: p.sourced.value,
        source: p.sourced.source as Source,
      });
    }
  }
  return out;
}

/**
 * The fields of each distribution that scale with its values (location and scale, not shape):
 * multiplying them by k multiplies every draw, and so the mean, by k.
 */
const SCALED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  constant: ['value'],
  uniform: ['min', 'max'],
  exponential: ['mean'],
  normal: ['mean', 'sd'],
  lognormal: ['mean', 'sd'],
  gamma: ['scale'],
  triangular: ['min', 'mode', 'max'],
  weibull: ['scale'],
  poisson: ['mean'],
  empirical: ['values'],
};

/**
 * `spec` with every draw multiplied by `factor` (its location and scale fields, not its shape):
 * the same shape with a mean `factor` times as large. Undefined for a distribution that cannot be
 * scaled so (a beta, bound to [0, 1]).
 */
export function scaleSpec(spec: DistributionSpec, factor: number): DistributionSpec | undefined {
  const fields = SCALED_FIELDS[spec.dist];
  if (fields === undefined || !(factor >= 0) || !Number.isFinite(factor)) return undefined;
  const round = (x: number) => Number(x.toPrecision(6));
  const out: Record<string, unknown> = { ...spec };
  for (const f of fields) {
    const v = out[f];
    if (typeof v === 'number') out[f] = round(v * factor);
    else if (Array.isArray(v)) out[f] = v.map((x: number) => round(x * factor));
  }
  return out as unknown as DistributionSpec;
}

/** The number a value stands for in a label: itself, or a distribution's mean. */
export function shownValue(value: unknown): number {
  if (typeof value === 'number') return value;
  if (isDistributionSpec(value)) return meanOf(value);
  return Number.NaN;
}

/**
 * The low and high values of a declared parameter over its plausible range: the range's ends
 * for a number (integers for a count), and for a distribution the same distribution scaled so
 * that its mean is each end. Undefined when the parameter declares no plausible range, or its
 * distribution cannot be scaled (a beta, or a mean of 0). `lowShown` and `highShown` are the
 * numbers the swing stands for: the range's ends (a scaled distribution's parameters are rounded
 * to 6 digits, so its own mean may differ from the end in the sixth digit).
 */
export function plausibleSwing(p: Pick<DeclaredParameterEntry, 'plausible' | 'value'>):
  | {
      readonly low: unknown;
      readonly high: unknown;
      readonly lowShown: number;
      readonly highShown: number;
    }
  | undefined {
  if (p.plausible === undefined) return undefined;
  const [lo, hi] = p.plausible;
  if (typeof p.value === 'number') {
    const integer = Number.isInteger(p.value) && Number.isInteger(lo) && Number.isInteger(hi);
    const [l, h] = integer ? [Math.round(lo), Math.round(hi)] : [lo, hi];
    return { low: l, high: h, lowShown: l, highShown: h };
  }
  if (!isDistributionSpec(p.value)) return undefined;
  const mean = meanOf(p.value);
  if (!(mean > 0)) return undefined;
  const low = scaleSpec(p.value, lo / mean);
  const high = scaleSpec(p.value, hi / mean);
  return low === undefined || high === undefined
    ? undefined
    : { low, high, lowShown: lo, highShown: hi };
}
