/**
 * Every example in examples/ (but use-the-package.ts, which needs the build, and
 * property-test.ts, tested on its own) executed through its exported `main`, with small
 * replication counts and short horizons; one of them also as a script, as a reader runs it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as compareTwoPlans } from '../../examples/compare-two-plans.js';
import { main as customCapability, withGuards } from '../../examples/custom-capability.js';
import { buildScenario, main as customMission } from '../../examples/custom-mission.js';
import { main as exportCsv } from '../../examples/export-csv.js';
import { erlangCWait, main as mmcKernel } from '../../examples/mmc-kernel.js';
import { main as shardedRun } from '../../examples/sharded-run.js';
import { ROOT } from '../pack/build.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pks-examples-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function collect() {
  const lines: string[] = [];
  return { lines, log: (l: string) => void lines.push(l), text: () => lines.join('\n') };
}

describe('examples', () => {
  it('compare-two-plans prints paired and unpaired intervals', async () => {
    const out = collect();
    // 300 days reach past March 2021, when the two plans start to differ.
    const c = await compareTwoPlans({ replications: 4, horizonDays: 300, log: out.log });
    expect(c.meta.replications.paired).toBe(4);
    expect(c.meta.commonRandomNumbers).toBe(true);
    expect(out.text()).toContain('paired 95 % CI');
    expect(out.text()).toContain('wounded in surgery within 2 h');
  });

  it('custom-mission builds a valid mission from scratch, shows validation errors and runs it', async () => {
    const scenario = buildScenario();
    expect(scenario.mission.id).toBe('example-mission');
    const out = collect();
    await customMission({ replications: 3, log: out.log });
    expect(out.text()).toContain('valid: Example mission');
    expect(out.text()).toMatch(/mission\.units\[0\]\.base/);
    expect(out.text()).toContain('casevac.surgeryWithinTarget.share');
  });

  it('custom-capability adds a module of its own: validated parameters, declared metrics, an effect', async () => {
    expect(() => withGuards(['nowhere'], 10)).toThrow(/parameters\.guards\.sites\[0\]\.place/);
    expect(() => withGuards(['tob-bankass'], 20)).toThrow(
      /parameters\.guards\.sites\[0\]\.toHour\.value/,
    );
    const out = collect();
    const c = await customCapability({ replications: 3, horizonDays: 60, log: out.log });
    expect(c.scalars['guards.unitHours']?.meanA).toBe(0);
    // Two sites, 10 hours a day, 60 days, less the days a site found no idle unit.
    const unguarded = c.scalars['guards.unguardedDays']?.meanB ?? Number.NaN;
    expect(c.scalars['guards.unitHours']?.meanB).toBeCloseTo((2 * 60 - unguarded) * 10, 6);
    expect(unguarded).toBeLessThan(120);
    expect(c.b.meta.metrics['guards.unitHours']?.label).toBe('Unit-hours on guard');
    expect(out.text()).toContain('Unit-hours on guard');
  });

  it('mmc-kernel runs an M/M/3 queue on the kernel alone and matches Erlang C', () => {
    expect(erlangCWait(2.4, 1, 3)).toBeCloseTo(1.0787, 4);
    const out = collect();
    const r = mmcKernel({ until: 50_000, log: out.log });
    // Within 10 %: c = 2 or 4 would give 3.7 h or 0.2 h.
    expect(Math.abs(r.simulated / r.expected - 1)).toBeLessThan(0.1);
    expect(out.text()).toContain('by Erlang C');
  });

  it('export-csv writes two tidy CSV files atomically', async () => {
    const out = collect();
    const files = await exportCsv({
      outDir: join(dir, 'csv'),
      replications: 2,
      horizonDays: 30,
      log: out.log,
    });
    expect((await readdir(join(dir, 'csv'))).sort()).toEqual(['daily.csv', 'replications.csv']);
    const reps = (await readFile(files.replications, 'utf8')).trimEnd().split('\n');
    expect(reps[0]).toBe('scenario,replication,metric,value');
    expect(reps.some((l) => l.startsWith('adaptation-plan,1,fleet.readiness.mean,'))).toBe(true);
    const daily = (await readFile(files.daily, 'utf8')).trimEnd().split('\n');
    expect(daily[0]).toBe('scenario,day,date,series,mean,p5,p50,p95');
    expect(daily).toContain(
      daily.find((l) => l.startsWith('baseline-2020,29,2020-07-30,fleet.inDailyUse,')),
    );
    // Tidy: every row has as many fields as its header.
    for (const l of reps) expect(l.split(',')).toHaveLength(4);
    for (const l of daily) expect(l.split(',')).toHaveLength(8);
  });

  it('sharded-run merges three shards into the bytes of the single run', async () => {
    const out = collect();
    const { merged, single } = await shardedRun({ replications: 5, horizonDays: 45, log: out.log });
    expect(merged).toBe(single);
    expect(out.text()).toContain('identical, byte for byte');
  });

  it('runs as a script, as its header says', async () => {
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [tsx, 'examples/custom-mission.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, REPLICATIONS: '2' },
      },
    );
    expect(stdout).toContain('2 replications, seed 2021');
  });
});
