/**
 * Mission-model benchmark: events per second of the MINUSMA baseline (one replication = the
 * whole 549-day mission: fleet, helicopters, IED threat, responses, evacuations) against the
 * raw engine's M/M/c events per second, measured in the same process. Target: ≥ 1/3.
 */
import { minusma2020 } from '../src/data/index.js';
import { simulateMission } from '../src/dynamics/index.js';
import { benchEngine } from './engine.js';
import type { BenchResult } from './run.js';

/** Options of {@link benchMission}. */
export interface MissionBenchOptions {
  /** Timed replications (default 60), after 10 untimed ones. */
  readonly replications?: number;
}

/** Runs the baseline replications and the engine's M/M/c, and reports the events/s ratio. */
export async function benchMission(options: MissionBenchOptions = {}): Promise<BenchResult> {
  const n = options.replications ?? 60;
  for (let r = 0; r < 10; r++) simulateMission(minusma2020, { seed: 1, replication: r });
  let events = 0;
  const t0 = performance.now();
  for (let r = 0; r < n; r++) {
    events += simulateMission(minusma2020, { seed: 1, replication: r }).scalars['engine.events']!;
  }
  const seconds = (performance.now() - t0) / 1000;
  const missionRate = events / seconds;
  const engine = await benchEngine({ customers: 300_000 });
  const engineRate = engine.metrics['engine events/s']!;
  return {
    name: 'mission: MINUSMA baseline vs raw engine',
    metrics: {
      replications: n,
      'ms per replication': (1000 * seconds) / n,
      'events per replication': events / n,
      'mission events/s': missionRate,
      'engine M/M/c events/s': engineRate,
      'events/s ratio': missionRate / engineRate,
    },
    lines: [
      `${n} replications of the 549-day baseline, after 10 untimed; M/M/c (c = 3, rho = 0.8, 300,000 customers) in the same process.`,
      'A mission event carries decisions (helicopter dispatch, responder choice, metrics); an M/M/c event only queues.',
    ],
  };
}
