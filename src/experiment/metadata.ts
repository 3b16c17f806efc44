/**
 * What a result records about how it was made: the package version and the scenario identity.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import { listAssumptions, scenarioHash } from '../scenario/index.js';
import type { Model } from './model.js';
import type { RunInfo } from './types.js';

const PACKAGE_NAME = 'peacekeeping-sim';
let packageInfo: { name: string; version: string } | undefined;

/**
 * Name and version of this package, read once from its package.json, found by walking up from
 * this module (so it works from `src/` and from `dist/src/`).
 */
export function packageVersion(): { readonly name: string; readonly version: string } {
  if (packageInfo !== undefined) return packageInfo;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') {
        packageInfo = { name: PACKAGE_NAME, version: pkg.version };
        return packageInfo;
      }
    } catch {
      // no package.json here: keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) {
      packageInfo = { name: PACKAGE_NAME, version: 'unknown' };
      return packageInfo;
    }
    dir = parent;
  }
}

/** The reproducibility metadata of a run of `scenario` with `model` and `seed`. */
export function runInfo(scenario: Scenario, model: Model, seed: number | string): RunInfo {
  return {
    package: packageVersion(),
    model: model.name,
    seed,
    scenario: {
      name: scenario.name,
      title: scenario.title,
      hash: scenarioHash(scenario),
      startDate: scenario.startDate,
      horizonDays: scenario.horizonDays,
      definition: scenario,
    },
    assumptions: listAssumptions(scenario),
    metrics: model.metrics?.(scenario) ?? {},
  };
}
