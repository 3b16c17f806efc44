/**
 * Paths into scenarios: one syntax everywhere (validation issues, the assumption list, the CLI's
 * `--param`, the API's `setValue`), so a path printed by one is accepted by the others.
 *
 * A path is property names and array elements joined by dots, with array elements written any of
 * these ways:
 * - by index: `bySector[0]` or `bySector.0`;
 * - by id: `units[east-quick-reaction-force]` or `units.east-quick-reaction-force` (the element whose `id` is that);
 * - by any field: `bySector[sector=centre]` (the first element whose `sector` is `centre`).
 *
 * Issues and listings print the canonical form, `mission.armouredFleet.bySector[0].workshopBays`.
 *
 * @module
 */
import { isSourced, type Sourced } from './provenance.js';

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

/** One step of a parsed path. */
type Token =
  | { readonly key: string }
  | { readonly index: number }
  | { readonly field: string; readonly equals: string };

/** Longest path accepted. */
const MAX_PATH = 500;

/** Parses a path into tokens, or `undefined` when it is malformed. */
function tokenize(path: string): Token[] | undefined {
  if (typeof path !== 'string' || path.length === 0 || path.length > MAX_PATH) return undefined;
  const tokens: Token[] = [];
  let i = 0;
  let expectName = true;
  while (i < path.length) {
    const c = path[i];
    if (c === '[') {
      const close = path.indexOf(']', i);
      if (close < 0) return undefined;
      const inner = path.slice(i + 1, close);
      if (inner === '') return undefined;
      const eq = inner.indexOf('=');
      if (/^\d+$/.test(inner)) tokens.push({ index: Number(inner) });
      else if (eq > 0) tokens.push({ field: inner.slice(0, eq), equals: inner.slice(eq + 1) });
      else tokens.push({ field: 'id', equals: inner });
      i = close + 1;
      expectName = false;
    } else if (c === '.') {
      if (expectName) return undefined;
      i++;
      expectName = true;
    } else {
      if (!expectName) return undefined;
      let j = i;
      while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
      tokens.push({ key: path.slice(i, j) });
      i = j;
      expectName = false;
    }
  }
  return expectName ? undefined : tokens;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** How far a path got from a root: see {@link walkPath}. */
export interface PathWalk {
  /** The value reached (the target when `complete`). */
  readonly node: unknown;
  /** Concrete segments walked (array elements as indices). */
  readonly segments: readonly PathSegment[];
  /** Whether every part of the path was found. */
  readonly complete: boolean;
  /** The part of the path where the walk stopped, when incomplete. */
  readonly stoppedAt?: string;
}

function tokenText(t: Token): string {
  if ('key' in t) return t.key;
  if ('index' in t) return `[${t.index}]`;
  return t.field === 'id' ? `[${t.equals}]` : `[${t.field}=${t.equals}]`;
}

/**
 * Walks `path` from `root` (see the module doc for the syntax). Stops at the first part that
 * leads nowhere; `segments` then say how far it got and `stoppedAt` which part failed.
 */
export function walkPath(root: unknown, path: string): PathWalk {
  const tokens = tokenize(path);
  if (tokens === undefined) return { node: root, segments: [], complete: false, stoppedAt: path };
  let node: unknown = root;
  const segments: PathSegment[] = [];
  for (const t of tokens) {
    const stop = { node, segments, complete: false, stoppedAt: tokenText(t) };
    if (Array.isArray(node)) {
      let index = -1;
      if ('index' in t) index = t.index;
      else if ('key' in t) {
        index = /^\d+$/.test(t.key)
          ? Number(t.key)
          : node.findIndex((x) => isRecord(x) && x.id === t.key);
      } else {
        index = node.findIndex((x) => isRecord(x) && String(x[t.field]) === t.equals);
      }
      if (index < 0 || index >= node.length) return stop;
      node = node[index];
      segments.push(index);
    } else if ('key' in t && isRecord(node) && Object.hasOwn(node, t.key)) {
      node = node[t.key];
      segments.push(t.key);
    } else {
      return stop;
    }
  }
  return { node, segments, complete: true };
}

/** Where a parameter path leads: the Sourced value and the concrete segments to it. */
export interface ResolvedParameter {
  /** The Sourced value the path ends at. */
  readonly sourced: Sourced<unknown>;
  /** Concrete segments under `parameters` (array elements as indices). */
  readonly segments: readonly PathSegment[];
}

/**
 * Resolves a path under `parameters` to the Sourced value it names (see {@link walkPath} for the
 * syntax). Returns `undefined` when the path does not lead to a Sourced value. A leading
 * `parameters.` is accepted.
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
