import { minusma2020 } from '../../src/data/index.js';
import type { Comparison, ExperimentResult } from '../../src/experiment/index.js';
import { compare, runExperiment } from '../../src/experiment/index.js';
import { variant } from '../../src/scenario/index.js';

/** Days simulated by the fixtures: past the letter's date (day 175), short enough to be quick. */
export const FIXTURE_HORIZON_DAYS = 190;

let cached: Promise<{ run: ExperimentResult; comparison: Comparison }> | undefined;

/**
 * A small run (3 replications) and comparison (2 paired replications) of the embedded scenario
 * cut to {@link FIXTURE_HORIZON_DAYS}, built once per test file.
 */
export function fixtures(): Promise<{ run: ExperimentResult; comparison: Comparison }> {
  cached ??= (async () => {
    const short = variant(minusma2020, (d) => {
      d.horizonDays = FIXTURE_HORIZON_DAYS;
    });
    const run = await runExperiment(short, { replications: 3, seed: 1 });
    const baseline = variant(short, (d) => {
      d.name = 'baseline-2020';
      d.plan = d.plan.filter((s) => s.status === 'done');
    });
    const comparison = await compare(baseline, short, { replications: 2, seed: 1 });
    return { run, comparison };
  })();
  return cached;
}
