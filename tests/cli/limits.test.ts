/**
 * Limits and the estimate before a run: a scenario beyond a limit is refused at validation
 * (exit 2, with the path and the bound) instead of crashing after minutes; a run that would not
 * fit in memory is refused (exit 1) unless `--no-memory-check`; output that could not be built
 * as one text is refused; `--workers` above the cores warns; `--progress` prints the estimate.
 * All in dry runs or on tiny horizons: nothing here simulates for long.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Draft } from 'immer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../scenarios/index.js';
import { estimateRun } from '../../src/cli/estimate.js';
import { MAX_REPLICATIONS } from '../../src/cli/parse.js';
import { minusma2020 } from '../../src/data/index.js';
import type { Scenario } from '../../src/index.js';
import { cli } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pks-limits-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('limits at validation', () => {
  it('a scenario with 10¹⁰ vehicles is refused at once (exit 2) with the path and the bound', async () => {
    const huge = structuredClone(minusma2020) as unknown as Draft<Scenario>;
    huge.mission.armouredFleet.total.value = 1e10;
    huge.mission.armouredFleet.inDailyUse.value = 1e10 - 79;
    for (const s of huge.mission.armouredFleet.bySector) s.vehicles.value = 0;
    huge.mission.armouredFleet.bySector[0]!.vehicles.value = 1e10;
    huge.parameters.fleet.initial.inDailyUse.value = 1e10 - 79;
    const file = join(dir, 'huge.json');
    await writeFile(file, JSON.stringify(huge));
    for (const command of [
      ['validate', file],
      ['run', file, '-n', '1', '--horizon-days', '1'],
    ]) {
      const t0 = performance.now();
      const r = await cli(command);
      expect(performance.now() - t0).toBeLessThan(5000);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        'mission.armouredFleet.total.value: expected at most 250,000 vehicles',
      );
      expect(r.stderr).toContain('mission.armouredFleet.bySector[0].vehicles.value');
      expect(r.stderr).not.toContain('internal error');
    }
  });

  it(`--replications above ${MAX_REPLICATIONS} is a usage error`, async () => {
    const r = await cli(['run', 'baseline-2020', '--replications', '10000000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--replications');
  });
});

describe('the estimate before a run', () => {
  // A sweep keeps every replication's values of every point; a run or a comparison above
  // 10,000 replications keeps sketches, in memory that does not grow with the replications.
  const sweepArgs = [
    'sweep',
    'baseline-2020',
    '--param',
    'parameters.aviation.mtbfDays=7,28',
    '--metric',
    'casevac.surgeryWithinTarget.share',
    '-n',
    String(MAX_REPLICATIONS),
  ];

  it('refuses a run that would clearly not fit in memory, unless --no-memory-check', async () => {
    const args = [...sweepArgs, '-f', 'table'];
    const refused = await cli(args, { dryRun: true });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('refusing to start: the run would need about');
    expect(refused.stderr).toContain('--no-memory-check');
    expect(refused.stderr).toContain('--shard');
    expect((await cli([...args, '--no-memory-check'], { dryRun: true })).code).toBe(0);
  });

  it('refuses JSON output too long to be built as one text, whatever the memory check', async () => {
    const r = await cli([...sweepArgs, '-f', 'json', '--no-memory-check'], { dryRun: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('more than Node can build as one text');
  });

  it('accepts a run or a comparison of the most replications: kept in sketch mode, they fit', async () => {
    for (const command of [
      ['run', 'baseline-2020'],
      ['compare', 'baseline-2020', 'adaptation-plan'],
    ]) {
      const r = await cli([...command, '-n', String(MAX_REPLICATIONS), '-f', 'json'], {
        dryRun: true,
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const plan = { scenarios: [minusma2020], workers: 1, format: 'json' } as const;
    const sketched = estimateRun({ ...plan, replications: MAX_REPLICATIONS, sketch: true });
    const small = estimateRun({ ...plan, replications: 1000 });
    expect(sketched.outputChars).toBe(0);
    expect(sketched.mainBytes).toBeLessThan(1.2 * small.mainBytes);
  });

  it('prints the estimate with --progress, and warns about more workers than cores', async () => {
    const workers = availableParallelism() + 2;
    const r = await cli(
      ['run', 'baseline-2020', '-n', '1000', '-w', String(workers), '--progress'],
      { dryRun: true },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: --workers ${workers} is more than the`);
    expect(r.stderr).toMatch(
      new RegExp(
        `estimate: 1000 replications of baseline-2020: ~\\d+ (s|min) on ${workers} threads, ~\\d+ MB of memory`,
      ),
    );
    const quiet = await cli(['run', 'baseline-2020', '-w', String(workers), '-q'], {
      dryRun: true,
    });
    expect(quiet.stderr).toBe('');
  });

  it('estimateRun(plan) grows with replications, horizon and vehicles, and stays modest for the embedded scenario', () => {
    const base = builtInScenarios['baseline-2020']!;
    const plan = { scenarios: [base], replications: 100, workers: 2, format: 'table' } as const;
    const e = estimateRun(plan);
    expect(e.seconds).toBeGreaterThan(0.5);
    expect(e.seconds).toBeLessThan(60);
    expect(e.totalBytes).toBeLessThan(1024 * 2 ** 20);
    expect(e.outputChars).toBe(0);
    const more = estimateRun({ ...plan, replications: 10_000, format: 'json' });
    expect(more.seconds).toBeCloseTo(e.seconds * 100, 6);
    expect(more.mainBytes).toBeGreaterThan(e.mainBytes);
    expect(more.outputChars).toBeGreaterThan(10_000 * 200 * 10);
    const bigFleet = structuredClone(base) as unknown as Draft<Scenario>;
    bigFleet.mission.armouredFleet.total.value *= 100;
    expect(
      estimateRun({ ...plan, scenarios: [bigFleet as Scenario] }).replicationBytes,
    ).toBeGreaterThan(e.replicationBytes + 50 * 2 ** 20);
  });
});
