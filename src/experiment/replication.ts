/**
 * One replication: the model run once for a scenario, seed and replication index.
 *
 * @module
 */

import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import type { ReplicationRecord } from '../dynamics/record.js';
import { ExperimentError, PeacekeepingSimError } from '../errors.js';
import type { Model } from './model.js';
import { checkExecution, checkInteger, checkSeed } from './options.js';

/** Options of {@link runReplication}. */
export interface ReplicationOptions {
  /** Experiment seed: a safe integer or a string. */
  readonly seed: number | string;
  /** Replication index, an integer ≥ 0. */
  readonly replication: number;
  /** The model to run. */
  readonly model: Model;
}

/**
 * Runs replication `replication` of `scenario` with `seed`: the record any experiment with
 * that seed holds for that index.
 *
 * @throws {@link InvalidArgumentError} for a bad seed, replication or model
 * @throws {@link ExperimentError} if the model fails or returns a record for another index
 * @example
 * ```ts
 * const rec = runReplication(scenario, { seed: 42, replication: 7, model });
 * rec.scalars['ied.encounters'];
 * ```
 */
export function runReplication(scenario: Scenario, options: ReplicationOptions): ReplicationRecord {
  const { model } = checkExecution(options);
  const seed = checkSeed('seed', options.seed);
  const r = checkInteger('replication', options.replication, 0);
  return runOne(model, scenario, seed, r);
}

/**
 * Runs one replication without validating options; wraps unexpected model failures in an
 * {@link ExperimentError} naming the model and replication.
 *
 * @internal
 */
export function runOne(
  model: Model,
  scenario: Scenario,
  seed: number | string,
  replication: number,
): ReplicationRecord {
  let record: ReplicationRecord;
  try {
    record = model.run(scenario, { seed, replication });
  } catch (error) {
    if (error instanceof PeacekeepingSimError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new ExperimentError(
      `model '${model.name}' failed in replication ${replication}: ${why}`,
      {
        cause: error,
      },
    );
  }
  if (record === null || typeof record !== 'object' || record.replication !== replication) {
    throw new ExperimentError(
      `model '${model.name}' returned a record for replication ${String(record?.replication)} when asked for ${replication}`,
    );
  }
  return record;
}
