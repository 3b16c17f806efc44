/**
 * Calibrates the armoured-fleet rates of the embedded MINUSMA scenario to the letter's split on
 * 23 December 2020 (483 in daily use, 33 in maintenance, 46 awaiting replacement), by a grid
 * search under common random numbers: every grid point runs the same replications.
 *
 *   npx tsx scripts/calibrate.ts [replications=60] [seed=2020]
 *
 * Fitted: the mean repair time (drives the number in maintenance) and the share of breakdowns
 * beyond the mission's repair (drives the number awaiting replacement). Everything else is held
 * at its stated assumption. The objective is the sum over the three states of
 * ((simulated mean − letter) / letter)². Prints every grid point and the best one; the values
 * are then written into src/data/parameters.ts by hand with this script named as their source.
 */
import { minusma2020 } from '../src/data/index.js';
import { runExperiment } from '../src/experiment/index.js';
import { variant } from '../src/scenario/index.js';

const replications = Number(process.argv[2] ?? 60);
const seed = Number(process.argv[3] ?? 2020);
const targets = { inDailyUse: 483, inMaintenance: 33, awaitingReplacement: 46 };
const date = minusma2020.mission.armouredFleet.asOf;

const repairMeans = [9, 9.5, 10];
const beyondShares = [0.03, 0.0325, 0.035];

interface Row {
  repairMeanDays: number;
  beyondRepairShare: number;
  means: Record<keyof typeof targets, number>;
  intervals: Record<keyof typeof targets, [number, number]>;
  objective: number;
}

const rows: Row[] = [];
for (const repairMeanDays of repairMeans) {
  for (const beyondRepairShare of beyondShares) {
    const s = variant(minusma2020, (d) => {
      const f = d.parameters.fleet;
      const spec = f.repairDays.value;
      if (spec.dist !== 'lognormal') throw new Error('expected a lognormal repair time');
      f.repairDays = {
        ...f.repairDays,
        value: { ...spec, mean: repairMeanDays, sd: (spec.sd / spec.mean) * repairMeanDays },
      };
      f.beyondRepairShare = { ...f.beyondRepairShare, value: beyondRepairShare };
    });
    const r = await runExperiment(s, { replications, seed, workers: 2 });
    const means = {} as Row['means'];
    const intervals = {} as Row['intervals'];
    let objective = 0;
    for (const k of Object.keys(targets) as (keyof typeof targets)[]) {
      const m = r.scalars[`fleet.${k}@${date}`]!;
      means[k] = m.mean;
      intervals[k] = [m.p5, m.p95];
      objective += ((m.mean - targets[k]) / targets[k]) ** 2;
    }
    rows.push({ repairMeanDays, beyondRepairShare, means, intervals, objective });
    console.log(
      `repair ${repairMeanDays} d, beyond ${beyondRepairShare}: ` +
        `use ${means.inDailyUse.toFixed(1)} [${intervals.inDailyUse.join('–')}], ` +
        `maint ${means.inMaintenance.toFixed(1)} [${intervals.inMaintenance.join('–')}], ` +
        `awaiting ${means.awaitingReplacement.toFixed(1)} [${intervals.awaitingReplacement.join('–')}], ` +
        `objective ${objective.toFixed(4)}`,
    );
  }
}
rows.sort((a, b) => a.objective - b.objective);
console.log('\nbest:', JSON.stringify(rows[0], null, 2));
