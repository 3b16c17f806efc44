/**
 * The mission model replayed, for memory runs of 100,000 replications: replication r returns the
 * record of the mission's replication `r mod 64` (each simulated once per thread), relabelled r.
 * The records have the mission's shape (its scalar metrics, daily series and histograms, with
 * the mission's values), so the experiment layer keeps, sketches, merges and writes exactly what
 * it would for the mission, while a replication costs almost nothing to produce. What it does
 * not reproduce is the variety of 100,000 distinct replications: with 64 distinct values per
 * metric every sketch keeps its exact tally, where a real run keeps it only for metrics with at
 * most 512 distinct values (counts) and buckets for the rest (at most a few hundred per decade
 * of values, whatever the count): either way a few megabytes for the 285 metrics.
 */
import type { ReplicationRecord } from '../src/dynamics/record.js';
import { missionModel } from '../src/experiment/index.js';
import type { Model } from '../src/experiment/model.js';

/** Distinct mission replications replayed. */
export const REPLAY_CYCLE = 64;

const records = new Map<string, ReplicationRecord[]>();

export const model: Model = {
  name: 'bench/mission-replay',
  moduleUrl: import.meta.url,
  ...(missionModel.metrics === undefined ? {} : { metrics: missionModel.metrics }),
  run(scenario, ctx) {
    const key = `${scenario.name}/${scenario.horizonDays}/${ctx.seed}`;
    let cycle = records.get(key);
    if (cycle === undefined) {
      cycle = [];
      records.set(key, cycle);
    }
    const i = ctx.replication % REPLAY_CYCLE;
    let record = cycle[i];
    if (record === undefined) {
      record = missionModel.run(scenario, { seed: ctx.seed, replication: i });
      cycle[i] = record;
    }
    return { ...record, replication: ctx.replication };
  },
};
