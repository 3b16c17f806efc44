/**
 * The CLI end to end, as a child process (`node --import tsx src/cli/main.ts`): output
 * channels, exit codes, determinism across processes and worker counts, and `--out` under
 * SIGTERM (no file, no temporary file left behind).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Draft } from 'immer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../scenarios/index.js';
import type { Scenario } from '../../src/index.js';
import { cli, runCliProcess, spawnCli } from './helpers.js';

const SMALL = ['--horizon-days', '60', '-n', '3'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pks-cli-process-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.concurrent('the CLI as a process', () => {
  it('gives identical JSON bytes across runs, processes and worker counts', async () => {
    // --out r.json implies --format json. Run in two directories with the same relative --out, so that even the
    // reproducing command printed in the report is the same.
    const args = [
      'run',
      'adaptation-plan',
      '--against',
      'baseline-2020',
      ...SMALL,
      '--out',
      'r.json',
    ];
    const d1 = join(dir, 'w1');
    const d2 = join(dir, 'w2');
    const d3 = join(dir, 'in-process');
    await Promise.all([d1, d2, d3].map((d) => mkdir(d)));
    const [w1, w2] = await Promise.all([
      runCliProcess([...args, '-w', '1'], { cwd: d1 }),
      runCliProcess([...args, '-w', '2'], { cwd: d2 }),
    ]);
    // stderr is not a TTY: no progress bar, only the note naming the file written.
    expect(w1.stderr).toBe('wrote r.json\n');
    expect(w1.stdout).toBe('');
    expect(w1.code).toBe(0);
    expect(w2.code).toBe(0);
    const bytes = await readFile(join(d1, 'r.json'), 'utf8');
    expect(bytes).toContain('"format": "peacekeeping-sim/report"');
    expect(await readFile(join(d2, 'r.json'), 'utf8')).toBe(bytes);
    const inProcess = await cli([...args, '-w', '1'], { cwd: d3 });
    expect(inProcess.code).toBe(0);
    expect(await readFile(join(d3, 'r.json'), 'utf8')).toBe(bytes);
  });

  it('exits 1 on a bad flag and 2 on an invalid scenario, with short messages', async () => {
    const bad = structuredClone(builtInScenarios['baseline-2020']) as unknown as Draft<Scenario>;
    bad.parameters.aviation.mtbfDays.value = -1;
    const file = join(dir, 'invalid.json');
    await writeFile(file, JSON.stringify(bad));
    const [flag, scenario] = await Promise.all([
      runCliProcess(['run', 'baseline-2020', '--workers', 'many']),
      runCliProcess(['run', file, ...SMALL]),
    ]);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toMatch(/--workers/);
    expect(flag.stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
    expect(scenario.code).toBe(2);
    expect(scenario.stderr).toContain('parameters.aviation.mtbfDays');
    expect(scenario.stderr).not.toMatch(/\n\s+at /);
    expect(scenario.stdout).toBe('');
  });

  it('on SIGTERM mid-run exits 143 and leaves neither the --out file nor a temporary file', async () => {
    const outDir = join(dir, 'sigterm');
    await mkdir(outDir);
    const out = join(outDir, 'report.json');
    // --progress prints progress lines although stderr is not a TTY: the first one says the
    // run is under way (5000 replications take minutes).
    const child = spawnCli([
      'run',
      'adaptation-plan',
      '-n',
      '5000',
      '-w',
      '1',
      '--progress',
      '--out',
      out,
    ]);
    await child.waitForStderr(/adaptation-plan: 1\/5000 replications/);
    child.kill('SIGTERM');
    const r = await child.done;
    expect(r.code).toBe(143);
    expect(r.stderr).toMatch(/interrupted \(SIGTERM\): nothing was written/);
    expect(existsSync(out)).toBe(false);
    expect(await readdir(outDir)).toEqual([]);
  });
});
