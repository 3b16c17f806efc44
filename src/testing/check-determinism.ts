/**
 * Invariant: a replication is a pure function of (scenario, seed, replication).
 *
 * @module
 */

import type { ReplicationRecord } from '../dynamics/record.js';
import { simulateMission } from '../dynamics/simulate.js';
import type { Scenario } from '../scenario/types.js';
import { validateScenario } from '../scenario/validate.js';
import type { ReplicationCheckOptions } from './check-vehicle-conservation.js';
import { InvariantError } from './invariant-error.js';

/** What {@link checkDeterminism} compared. */
export interface DeterminismResult {
  /** Bytes of the record's JSON. */
  readonly bytes: number;
  /** The record (of the first run). */
  readonly record: ReplicationRecord;
}

function firstDifference(a: ReplicationRecord, b: ReplicationRecord): string {
  for (const part of ['scalars', 'series', 'histograms'] as const) {
    const x = a[part] as Record<string, unknown>;
    const y = b[part] as Record<string, unknown>;
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const jx = JSON.stringify(x[k]);
      const jy = JSON.stringify(y[k]);
      if (jx !== jy) return `${part}['${k}']: ${jx?.slice(0, 80)} vs ${jy?.slice(0, 80)}`;
    }
  }
  return 'key order';
}

/**
 * Runs the replication twice, the second time on a copy of the scenario round-tripped through
 * JSON and revalidated (scenarios are data), and checks that both records serialise to the same
 * JSON bytes.
 *
 * @throws {@link InvariantError} naming the first metric that differs
 */
export function checkDeterminism(
  scenario: Scenario,
  options: ReplicationCheckOptions,
): DeterminismResult {
  const replication = options.replication ?? 0;
  const a = simulateMission(scenario, { seed: options.seed, replication });
  const copy = validateScenario(JSON.parse(JSON.stringify(scenario)));
  const b = simulateMission(copy, { seed: options.seed, replication });
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  if (ja !== jb) {
    throw new InvariantError(
      'determinism',
      `two runs of scenario '${scenario.name}' (seed ${JSON.stringify(options.seed)}, replication ${replication}) differ at ${firstDifference(a, b)}`,
      { seed: options.seed, replication },
    );
  }
  return { bytes: ja.length, record: a };
}
