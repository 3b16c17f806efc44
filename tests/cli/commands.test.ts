/**
 * Every CLI command in-process (through `runCli`, with captured output): formats, `--out`,
 * exit codes and messages, shards and merge, determinism, interruption.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Draft } from 'immer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../scenarios/index.js';
import { runExperiment, type Scenario, variant } from '../../src/index.js';
import { cli, ROOT } from './helpers.js';

/** Small, fast runs: 60 days, a few replications, one thread, no messages. */
const SMALL = ['--horizon-days', '60', '-n', '3', '-w', '1', '-q'];
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pks-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('list, schema, assumptions, validate', () => {
  it('lists every built-in scenario with its question', async () => {
    const r = await cli(['list']);
    expect(r.code).toBe(0);
    for (const [name, s] of Object.entries(builtInScenarios)) {
      expect(r.stdout).toContain(name);
      expect(oneLine(r.stdout)).toContain(oneLine(s.question));
    }
    const json = JSON.parse((await cli(['list', '--format', 'json'])).stdout) as { name: string }[];
    expect(json.map((s) => s.name)).toEqual([...Object.keys(builtInScenarios), 'minusma-2020']);
    expect((await cli(['list', '--format', 'md'])).stdout).toMatch(
      /^\| scenario \| title \| question \|/,
    );
  });

  it('prints the JSON Schema, the same as schema/scenario.schema.json', async () => {
    const r = await cli(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(await readFile(join(ROOT, 'schema', 'scenario.schema.json'), 'utf8'));
  });

  it.each(['table', 'md', 'csv', 'json'])('prints the assumptions as %s', async (format) => {
    const r = await cli(['assumptions', 'adaptation-plan', '--no-rank', '--format', format]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('parameters.');
    if (format === 'json')
      expect(Array.isArray(JSON.parse(r.stdout)) || typeof JSON.parse(r.stdout) === 'object').toBe(
        true,
      );
  });

  it('validates a valid file, and lists every problem of an invalid one with its path (exit 2)', async () => {
    const good = join(dir, 'good.json');
    await writeFile(good, JSON.stringify(builtInScenarios['baseline-2020']));
    const ok = await cli(['validate', good]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^valid: .*baseline-2020/);

    const bad = structuredClone(builtInScenarios['baseline-2020']) as unknown as Draft<Scenario>;
    bad.horizonDays = -5;
    (bad.mission.routes[0] as unknown as Record<string, unknown>).lengthKm = {
      value: 'far',
      source: { kind: 'assumption', rationale: 'x' },
    };
    bad.mission.units[0]!.base = 'nowhere';
    const badFile = join(dir, 'bad.json');
    await writeFile(badFile, JSON.stringify(bad));
    const r = await cli(['validate', badFile]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('horizonDays');
    expect(r.stderr).toContain('mission.routes[0].lengthKm');
    expect(r.stderr).toContain('mission.units[0].base');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a JSON syntax error with its line (exit 2)', async () => {
    const file = join(dir, 'broken.json');
    await writeFile(file, '{\n  "name": "x",\n  "horizonDays": ,\n}\n');
    const r = await cli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 3/);
  });

  it('rejects an unknown scenario and a missing file (exit 2)', async () => {
    const unknown = await cli(['run', 'no-such-scenario', ...SMALL]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown scenario');
    expect(unknown.stderr).toContain('baseline-2020');
    const missing = await cli(['validate', 'nowhere/mission.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it("rejects an existing file with an unsupported extension, with the loader's message (exit 2)", async () => {
    const file = join(dir, 'mission.yaml');
    await writeFile(file, 'name: x\n');
    const r = await cli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unsupported extension ".yaml"');
  });

  it('loads a .ts scenario file', async () => {
    const r = await cli(['validate', 'scenarios/transition-18m.ts']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('transition-18m');
  });
});

describe('run', () => {
  it.each(['table', 'md', 'json', 'csv', 'html'] as const)(
    'renders a run as %s, with the seed and the reproducing command',
    async (format) => {
      const r = await cli(['run', 'baseline-2020', ...SMALL, '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const command = `peacekeeping-sim run baseline-2020 --seed 2020 --replications 3 --horizon-days 60 --format ${format}`;
      if (format === 'json') {
        const json = JSON.parse(r.stdout) as { meta: { seed: number } };
        expect(json.meta.seed).toBe(2020);
        expect(r.stdout).toContain(command);
      } else if (format === 'csv') {
        expect(r.stdout.split('\n')[0]).toMatch(/^kind,scenario,replication,metric,value/);
      } else {
        expect(oneLine(r.stdout)).toContain(command);
        expect(r.stdout).toMatch(/2020/);
      }
      if (format === 'html') expect(r.stdout.trimStart().toLowerCase()).toMatch(/^<!doctype html>/);
    },
  );

  it('writes --out atomically, in the format its extension implies, leaving no temporary file', async () => {
    const out = join(dir, 'out-run', 'report.html');
    await mkdir(join(dir, 'out-run'));
    const r = await cli(['run', 'baseline-2020', ...SMALL.filter((a) => a !== '-q'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`wrote ${out}\n`);
    expect((await readFile(out, 'utf8')).toLowerCase()).toContain('<!doctype html>');
    expect(await readdir(join(dir, 'out-run'))).toEqual(['report.html']);
  });

  it('compares with --against, and `compare a b` is the same comparison', async () => {
    const a = await cli([
      'run',
      'adaptation-plan',
      '--against',
      'baseline-2020',
      ...SMALL,
      '-f',
      'md',
    ]);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('baseline-2020');
    expect(a.stdout).toContain('adaptation-plan');
    expect(oneLine(a.stdout)).toContain(
      'peacekeeping-sim run adaptation-plan --against baseline-2020 --seed 2020',
    );
    const b = await cli(['compare', 'baseline-2020', 'adaptation-plan', ...SMALL, '-f', 'md']);
    expect(b.code).toBe(0);
    const strip = (s: string) => oneLine(s).replace(/peacekeeping-sim (run|compare) [^`\n]*/g, '');
    expect(strip(b.stdout)).toBe(strip(a.stdout));
  });

  it('is deterministic: the same command gives the same bytes, whatever the workers', async () => {
    const args = [
      'run',
      'helicopter-gap-closed',
      '--horizon-days',
      '90',
      '-n',
      '4',
      '-q',
      '-f',
      'json',
    ];
    const one = await cli([...args, '-w', '1']);
    const again = await cli([...args, '-w', '1']);
    const two = await cli([...args, '-w', '2']);
    expect(one.code).toBe(0);
    expect(again.stdout).toBe(one.stdout);
    // The command line omits --workers, so even the report metadata is the same.
    expect(two.stdout).toBe(one.stdout);
  });

  it('prints progress lines with --progress when stderr is not a TTY, and nothing otherwise', async () => {
    const args = [
      'run',
      'baseline-2020',
      '--horizon-days',
      '30',
      '-n',
      '3',
      '-w',
      '1',
      '-f',
      'csv',
    ];
    const silent = await cli(args);
    expect(silent.stderr).toBe('');
    const lines = await cli([...args, '--progress']);
    expect(lines.code).toBe(0);
    // First the estimate of time and memory, then the progress lines.
    expect(lines.stderr).toMatch(
      /^estimate: 3 replications of baseline-2020: ~\d+ (s|min) on 1 thread, ~\d+ MB of memory \(this machine: [\d.]+ [MG]B\)\n/,
    );
    expect(lines.stderr).toMatch(/\nbaseline-2020: 1\/3 replications \(/);
    expect(lines.stderr).toMatch(/baseline-2020: 3\/3 replications/);
    expect((await cli([...args, '--progress', '-q'])).stderr).toBe('');
  });

  it('uses a string seed and reports it', async () => {
    const r = await cli(['run', 'baseline-2020', ...SMALL, '--seed', 'alpha', '-f', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { meta: { seed: unknown } }).meta.seed).toBe('alpha');
  });

  it('stops on an aborted signal with exit 130 and writes nothing, not even a temporary file', async () => {
    const controller = new AbortController();
    await mkdir(join(dir, 'out-abort'));
    const out = join(dir, 'out-abort', 'r.json');
    setTimeout(() => controller.abort(), 400);
    const r = await cli(['run', 'baseline-2020', '-n', '100000', '-w', '1', '-q', '--out', out], {
      signal: controller.signal,
    });
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/interrupted/);
    expect(await readdir(join(dir, 'out-abort'))).toEqual([]);
  });
});

describe('shards and merge', () => {
  it('merges the parts of `run --shard` into the bytes of the unsharded run, report block included', async () => {
    const shards = join(dir, 'shards');
    const whole = join(dir, 'whole');
    await Promise.all([mkdir(shards), mkdir(whole)]);
    const parts = [0, 1, 2].map((i) => join(shards, `part-${i}.json`));
    const args = ['run', 'baseline-2020', ...SMALL, '-n', '7', '--seed', '42'];
    for (const [i, part] of parts.entries()) {
      const r = await cli([...args, '--shard', `${i}/3`, '--out', part]);
      expect(r.code).toBe(0);
    }
    // The same relative --out in two directories: the reproducing command is the same too.
    const m = await cli(['merge', ...[...parts].reverse(), '--out', 'result.json', '-q'], {
      cwd: shards,
    });
    expect(m.stderr).toBe('');
    expect(m.code).toBe(0);
    expect((await cli([...args, '--out', 'result.json'], { cwd: whole })).code).toBe(0);
    const merged = await readFile(join(shards, 'result.json'), 'utf8');
    expect(merged).toContain('"format": "peacekeeping-sim/report"');
    expect(merged).toContain(
      '"command": "peacekeeping-sim run baseline-2020 --seed 42 --replications 7 --horizon-days 60 --out result.json"',
    );
    expect(merged).toBe(await readFile(join(whole, 'result.json'), 'utf8'));
    // To stdout: the bytes of `run … --format json`.
    const toStdout = await cli(['merge', ...parts]);
    expect(toStdout.code).toBe(0);
    expect(toStdout.stdout).toBe((await cli([...args, '--format', 'json'])).stdout);
    // The result itself is that of the library's unsharded run.
    const scenario = variant(builtInScenarios['baseline-2020']!, (d) => {
      d.horizonDays = 60;
    });
    const single = await runExperiment(scenario, { replications: 7, seed: 42 });
    const { report: _, ...result } = JSON.parse(merged) as Record<string, unknown>;
    expect(result).toEqual(JSON.parse(JSON.stringify(single)));

    const report = await cli(['merge', ...parts, '--format', 'md']);
    expect(report.code).toBe(0);
    expect(report.stdout).toBe((await cli([...args, '--format', 'md'])).stdout);

    const incomplete = await cli(['merge', parts[0]!, parts[1]!]);
    expect(incomplete.code).toBe(3);
    expect(incomplete.stderr).toMatch(/missing/);
    expect(incomplete.stderr).toContain('--allow-partial');
    expect(incomplete.stderr).not.toContain('allowPartial');
    const partial = await cli(['merge', parts[0]!, '--allow-partial']);
    expect(partial.code).toBe(0);
    expect(partial.stderr).toMatch(/partial result/);
    expect(partial.stdout).toContain('"command": "peacekeeping-sim merge');
    const twice = await cli(['merge', parts[0]!, parts[0]!]);
    expect(twice.code).toBe(3);
    expect(twice.stderr).toContain(`replication 0 appears in ${parts[0]} and ${parts[0]}`);
  });

  it('--scalars sketch: shards merge into the unsharded run’s bytes, and the command says it', async () => {
    const shards = join(dir, 'shards-sketch');
    await mkdir(shards);
    const parts = [0, 1].map((i) => join(shards, `part-${i}.json`));
    const args = ['run', 'baseline-2020', ...SMALL, '-n', '6', '--scalars', 'sketch'];
    for (const [i, part] of parts.entries()) {
      expect((await cli([...args, '--shard', `${i}/2`, '--out', part])).code).toBe(0);
    }
    const whole = await cli([...args, '--format', 'json']);
    expect(whole.code).toBe(0);
    expect(whole.stdout).toContain(
      '--replications 6 --horizon-days 60 --scalars sketch --format json',
    );
    expect(whole.stdout).toContain('"quantiles": "quantile sketch');
    const merged = await cli(['merge', ...parts, '--format', 'json']);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    // 'exact' is what auto chooses for 6 replications: the command leaves it out.
    const exact = await cli(['run', 'baseline-2020', ...SMALL, '--scalars', 'exact', '-f', 'json']);
    expect(exact.stdout).toContain('--replications 3 --horizon-days 60 --format json');
    const bad = await cli(['run', 'baseline-2020', ...SMALL, '--scalars', 'approximate']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--scalars');
  });

  it('rejects missing, malformed and mismatched parts with exit 3', async () => {
    const missing = await cli(['merge', join(dir, 'none.json')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('cannot read part');
    const junk = join(dir, 'junk.json');
    await writeFile(junk, '{ not json');
    const notJson = await cli(['merge', junk]);
    expect(notJson.code).toBe(3);
    expect(notJson.stderr).toContain(`part ${junk} is not JSON`);
    const a = join(dir, 'seed-1.json');
    const b = join(dir, 'seed-2.json');
    expect(
      (await cli(['run', 'baseline-2020', ...SMALL, '--seed', '1', '--shard', '0/2', '--out', a]))
        .code,
    ).toBe(0);
    expect(
      (await cli(['run', 'baseline-2020', ...SMALL, '--seed', '2', '--shard', '1/2', '--out', b]))
        .code,
    ).toBe(0);
    const r = await cli(['merge', a, b]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/seed/);
    expect(r.stderr).not.toContain('internal error');
  });

  it('refuses --shard with --against or a non-JSON format (exit 1)', async () => {
    expect(
      (await cli(['run', 'baseline-2020', '--shard', '0/2', '--against', 'adaptation-plan'])).code,
    ).toBe(1);
    const r = await cli(['run', 'baseline-2020', '--shard', '0/2', '--format', 'html']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--shard');
  });
});

describe('sweep and sensitivity', () => {
  it('sweeps a grid and keeps the chosen metric', async () => {
    const r = await cli([
      'sweep',
      'baseline-2020',
      '--param',
      'parameters.aviation.mtbfDays=7,28',
      '--metric',
      'casevac.surgeryWithinTarget.share',
      ...SMALL,
      '-n',
      '2',
      '-f',
      'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('casevac.surgeryWithinTarget.share');
    expect(r.stdout).toContain('--param parameters.aviation.mtbfDays=7,28');
  });

  it('reports bad sweep parameters: no --param, bad path, bad value, unknown metric', async () => {
    expect((await cli(['sweep', 'baseline-2020', ...SMALL])).code).toBe(1);
    const path = await cli(['sweep', 'baseline-2020', '--param', 'parameters.nope=1', ...SMALL]);
    expect(path.code).toBe(1);
    expect(path.stderr).toContain('parameters.nope');
    const kind = await cli(['sweep', 'baseline-2020', '--param', 'horizonDays=soon', ...SMALL]);
    expect(kind.code).toBe(1);
    const domain = await cli([
      'sweep',
      'baseline-2020',
      '--param',
      'parameters.aviation.mtbfDays=-3',
      ...SMALL,
    ]);
    expect(domain.code).toBe(2);
    expect(domain.stderr).toContain('parameters.aviation.mtbfDays');
    const metric = await cli([
      'sweep',
      'baseline-2020',
      '--param',
      'parameters.aviation.mtbfDays=7',
      '--metric',
      'casevac.nope',
      ...SMALL,
    ]);
    expect(metric.code).toBe(1);
    expect(metric.stderr).toContain("'casevac.nope'");
    // The valid names come from the declarations: close ones, every plain one, the families.
    expect(metric.stderr).toMatch(/did you mean one of: [^?]*casevac.casualties/);
    expect(metric.stderr).toContain('fleet.readiness.mean');
    expect(metric.stderr).toContain('ied.encounters.route.<route>');
  });

  it('lists every declared metric of a scenario, families with their keys', async () => {
    const r = await cli(['metrics', 'baseline-2020']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('casevac.toSurgery.p50Min  [value, min]  Median time to surgery');
    expect(r.stdout).toMatch(
      /ied\.encounters\.month\.<month> {2}\[counter, count\]\n\s+2020-07, 2020-08/,
    );
    const json = JSON.parse((await cli(['metrics', 'baseline-2020', '-f', 'json'])).stdout) as {
      name: string;
    }[];
    expect(json.map((m) => m.name)).toContain('response.time.p90Min');
  });

  it('runs a sensitivity analysis with the default parameters and with given ones', async () => {
    const defaults = await cli(['sensitivity', 'baseline-2020', ...SMALL, '-n', '2', '-f', 'md']);
    expect(defaults.stderr).toBe('');
    expect(defaults.code).toBe(0);
    expect(defaults.stdout).toContain('mtbfDays');
    const given = await cli([
      'sensitivity',
      'baseline-2020',
      '--param',
      'parameters.ied.damageGivenDetonation=0.3:0.7',
      '--metric',
      'ied.vehiclesDamaged',
      ...SMALL,
      '-n',
      '2',
      '-f',
      'json',
    ]);
    expect(given.code).toBe(0);
    expect(given.stdout).toContain('damageGivenDetonation');
  });
});

describe('usage errors', () => {
  it.each([
    [['bogus'], /unknown command 'bogus'/],
    [['run'], /missing required argument 'scenario'/],
    [['run', 'baseline-2020', '--frobnicate'], /unknown option '--frobnicate'/],
    [['run', 'baseline-2020', '--replications', '0'], /--replications/],
    [['run', 'baseline-2020', '--replications', '2.5'], /--replications/],
    [['run', 'baseline-2020', '--workers', '0'], /--workers/],
    [['run', 'baseline-2020', '--horizon-days', '-1'], /--horizon-days/],
    [['run', 'baseline-2020', '--seed', ''], /--seed/],
    [['run', 'baseline-2020', '--seed', '99999999999999999999'], /--seed/],
    [['run', 'baseline-2020', '--shard', '3/3'], /--shard/],
    [['run', 'baseline-2020', '--format', 'pdf'], /Allowed choices are table, md, json, csv, html/],
    [['sweep', 'baseline-2020', '--param', 'no-equals-sign'], /--param/],
    [['sensitivity', 'baseline-2020', '--param', 'parameters.aviation.mtbfDays=1'], /--param/],
    [['compare', 'baseline-2020'], /missing required argument 'b'/],
    [['list', 'extra'], /too many arguments/],
  ])('%j exits 1 with a one-line message', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help and the version with exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: peacekeeping-sim');
    expect(help.stdout).toContain('Exit codes');
    const runHelp = await cli(['run', '--help']);
    expect(runHelp.code).toBe(0);
    expect(runHelp.stdout).toContain('--against');
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('shows a stack trace only with --debug', async () => {
    const plain = await cli(['validate', 'nowhere.json']);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await cli(['validate', 'nowhere.json', '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
