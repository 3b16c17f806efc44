/**
 * Paths into scenarios: how issues name a value (`mission.routes[3].lengthKm.value`) and how a
 * dotted parameter path (`ied.damageGivenDetonation`, `ied.mitigations.toolbox.detectionMultiplier`)
 * resolves to a Sourced parameter.
 *
 * @module
 */
import { isSourced, type Sourced } from '../model/provenance.js';

/** A path as segments: property names and array indices. */
export type PathSegment = string | number;

/** Renders segments as `a.b[3].c` (the root is `''`). */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? s : `.${s}`;
  }
  return out;
}

/** Appends a property or index to a rendered path. */
export function joinPath(path: string, segment: PathSegment): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  return path === '' ? segment : `${path}.${segment}`;
}

/** Where a parameter path leads: the Sourced value and the concrete segments to it. */
export interface ResolvedParameter {
  /** The Sourced value the path ends at. */
  readonly sourced: Sourced<unknown>;
  /** Concrete segments under `parameters` (array elements as indices). */
  readonly segments: readonly PathSegment[];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** How far a dotted path got from a root: see {@link walkPath}. */
export interface PathWalk {
  /** The value reached (the target when `complete`). */
  readonly node: unknown;
  /** Concrete segments walked (array elements as indices). */
  readonly segments: readonly PathSegment[];
  /** Whether every part of the path was found. */
  readonly complete: boolean;
}

/**
 * Walks the dotted `path` from `root`. Array elements are addressed by index (`routes.3`) or by
 * their `id` (`units.gao-qrf`, `mitigations.toolbox`). Stops at the first part that leads
 * nowhere; `segments` then say how far it got.
 */
export function walkPath(root: unknown, path: string): PathWalk {
  let node: unknown = root;
  const segments: PathSegment[] = [];
  if (typeof path !== 'string' || path.length === 0 || path.length > 500) {
    return { node, segments, complete: false };
  }
  for (const part of path.split('.')) {
    if (part === '') return { node, segments, complete: false };
    if (Array.isArray(node)) {
      let index = /^\d+$/.test(part) ? Number(part) : -1;
      if (index < 0) index = node.findIndex((x) => isRecord(x) && x.id === part);
      if (index < 0 || index >= node.length) return { node, segments, complete: false };
      node = node[index];
      segments.push(index);
    } else if (isRecord(node) && Object.hasOwn(node, part)) {
      node = node[part];
      segments.push(part);
    } else {
      return { node, segments, complete: false };
    }
  }
  return { node, segments, complete: true };
}

/**
 * Resolves a dotted path under `parameters` to the Sourced value it names (see
 * {@link walkPath} for array elements). Returns `undefined` when the path does not lead to a
 * Sourced value. A leading `parameters.` is accepted.
 */
export function resolveParameterPath(
  parameters: unknown,
  path: string,
): ResolvedParameter | undefined {
  if (typeof path !== 'string') return undefined;
  const walk = walkPath(parameters, path.startsWith('parameters.') ? path.slice(11) : path);
  return walk.complete && isSourced(walk.node)
    ? { sourced: walk.node, segments: walk.segments }
    : undefined;
}
