/**
 * The provenance check: every number in a scenario must carry its source. A number passes when
 * it sits inside the `value` of a Sourced, or directly in an object that carries its own
 * `source` (a Location's coordinates). A few structural numbers are exempt, listed in
 * {@link STRUCTURAL_NUMBER_PATHS}.
 *
 * @module
 */

import { joinPath } from '../model/paths.js';
import { isSourced } from '../model/provenance.js';

/**
 * Numbers that are structure, not data, and so carry no source:
 * - `schemaVersion`: the format version;
 * - `horizonDays`: the length of the run the user chose;
 * - `mission.medical[i].role`: a care level (1, 2, 3), a category not a quantity;
 * - `plan[i].action.value` of a set-parameter step: covered by the step's own `source`.
 */
export const STRUCTURAL_NUMBER_PATHS: readonly RegExp[] = [
  /^schemaVersion$/,
  /^horizonDays$/,
  /^mission\.medical\[\d+\]\.role$/,
  /^plan\[\d+\]\.action\.value$/,
];

/**
 * Paths of the numbers in `value` that carry no source (see the module doc for the rule). Empty
 * for a fully sourced scenario.
 *
 * @example
 * ```ts
 * findUnsourcedNumbers(minusma2020); // []
 * ```
 */
export function findUnsourcedNumbers(value: unknown): string[] {
  const found: string[] = [];
  const stack: {
    node: unknown;
    path: string;
    covered: boolean;
    parentHasSource: boolean;
    depth: number;
  }[] = [{ node: value, path: '', covered: false, parentHasSource: false, depth: 0 }];
  while (stack.length > 0) {
    const { node, path, covered, parentHasSource, depth } = stack.pop() as (typeof stack)[number];
    if (typeof node === 'number') {
      if (!covered && !parentHasSource && !STRUCTURAL_NUMBER_PATHS.some((re) => re.test(path)))
        found.push(path);
      continue;
    }
    if (typeof node !== 'object' || node === null || depth > 200) continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        stack.push({
          node: node[i],
          path: joinPath(path, i),
          covered,
          parentHasSource: false,
          depth: depth + 1,
        });
      }
      continue;
    }
    const rec = node as Record<string, unknown>;
    const sourced = isSourced(rec);
    const hasSource = typeof rec.source === 'object' && rec.source !== null;
    const keys = Object.keys(rec);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (key === 'source' || key === 'dateSource') continue;
      stack.push({
        node: rec[key],
        path: joinPath(path, key),
        covered: covered || (sourced && key === 'value'),
        parentHasSource: hasSource,
        depth: depth + 1,
      });
    }
  }
  return found.sort();
}
