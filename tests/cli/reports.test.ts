/**
 * What a planner reads in a terminal: `npm start`'s comparison on one screen at 100 columns, the
 * reproduce command whole on its own line, width from COLUMNS; paths that round-trip between
 * `assumptions` and `--param`; `export` for a scenario to start from; `assumptions` ranked and
 * grouped.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../scenarios/index.js';
import { schemaReference } from '../../src/cli/commands/info.js';
import { assignmentIndex, parseSweepParam } from '../../src/cli/parse.js';
import { settablePath } from '../../src/report/index.js';
import {
  listAssumptions,
  loadScenario,
  type Scenario,
  scenarioHash,
  setValue,
  variant,
} from '../../src/scenario/index.js';
import { cli, ROOT } from './helpers.js';

/** Runs the CLI in-process as on a terminal `columns` wide. */
function onTerminal(args: readonly string[], columns: number) {
  return cli(args, { columns });
}

const plan = builtInScenarios['adaptation-plan'] as Scenario;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pks-reports-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the terminal report of `npm start` (run adaptation-plan --against baseline-2020)', () => {
  const args = ['run', 'adaptation-plan', '--against', 'baseline-2020', '-n', '6', '-w', '1', '-q'];
  const command =
    'peacekeeping-sim run adaptation-plan --against baseline-2020 --seed 2020 --replications 6';

  it('fits one screen at 100 columns: ≤ 50 lines, the command whole on its own line', async () => {
    const r = await onTerminal(args, 100);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(50);
    for (const l of lines) if (l !== command) expect([...l].length).toBeLessThanOrEqual(100);
    expect(lines).toContain(command);
    // The headline metrics the model declares, each with a verdict.
    for (const label of [
      'Fleet readiness (time average)',
      'Share in surgery within 120 min',
      '90th-percentile response time',
    ]) {
      const escaped = label.replace(/[()]/g, '\\$&');
      expect(r.stdout).toMatch(new RegExp(`${escaped}.*(better|worse|differs|n\\.d\\.|same)`));
    }
    expect(r.stdout).toContain('Largest other differences');
    expect(r.stdout).toContain('--detail');
  });

  it('honours the terminal’s width: at 80 columns no line is longer, no word broken', async () => {
    const r = await onTerminal(args, 80);
    const lines = r.stdout.trimEnd().split('\n');
    for (const l of lines) if (l !== command) expect([...l].length).toBeLessThanOrEqual(80);
    expect(lines).toContain(command);
    // Labels wrap between words: each word of a label is whole on a line.
    for (const word of ['Armoured', 'vehicles', 'horizon', 'resuscitated', '90th-percentile']) {
      expect(lines.some((l) => new RegExp(`(^|\\s)${word}(\\s|$)`).test(l))).toBe(true);
    }
  });

  it('--detail prints every section of the briefing, still within the width', async () => {
    const r = await onTerminal([...args, '--detail'], 100);
    for (const section of [
      'Key findings',
      'Paired differences',
      'The scenarios',
      'What to challenge',
      'How to reproduce',
    ]) {
      expect(r.stdout).toContain(`\n${section}\n`);
    }
    const detail = `${command} --detail`;
    for (const l of r.stdout.trimEnd().split('\n')) {
      if (l !== detail) expect([...l].length).toBeLessThanOrEqual(100);
    }
  });
});

describe('paths round-trip: what `assumptions` prints, --param and setValue accept', () => {
  it('splits path=values at the first = outside brackets', () => {
    expect(assignmentIndex('a.b[sector=centre].c=1,2')).toBe(20);
    expect(
      parseSweepParam('mission.armouredFleet.bySector[sector=centre].workshopBays=8,12'),
    ).toEqual({
      path: 'mission.armouredFleet.bySector[sector=centre].workshopBays',
      values: [8, 12],
    });
  });

  it('every assumption’s printed path sets its own value back', () => {
    let checked = 0;
    for (const row of listAssumptions(plan)) {
      const path = settablePath(plan, row.path);
      if (/\.location$/.test(path)) continue; // coordinates: an object, set by latDeg/lonDeg
      const value = path.endsWith('.date') ? row.value : Number(row.value);
      if (typeof value === 'number' && !Number.isFinite(value)) continue; // a distribution
      const same = setValue(plan, path, value, 'test');
      expect(scenarioHash(same), path).toBeTypeOf('string');
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('--param takes index, id, field and distribution-field paths; errors name the path', async () => {
    const sweep = (param: string) =>
      cli([
        'sweep',
        'baseline-2020',
        '--param',
        param,
        '--horizon-days',
        '20',
        '-n',
        '1',
        '-w',
        '1',
        '-q',
        '-f',
        'json',
      ]);
    for (const param of [
      'mission.armouredFleet.bySector[sector=centre].workshopBays=8,12',
      'mission.armouredFleet.bySector[3].workshopBays=8',
      'mission.armouredFleet.bySector.3.workshopBays=8',
      'mission.units[north-quick-reaction-force].noticeToMoveMin=45',
      'fleet.repairDays.value.mean=8,11',
      'parameters.aviation.mtbfDays=7',
    ]) {
      const r = await sweep(param);
      expect(r.stderr, param).toBe('');
      expect(r.code, param).toBe(0);
    }
    const bad = await sweep('mission.armouredFleet.bySector[sector=nowhere].workshopBays=8');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('[sector=nowhere]');
  });
});

describe('`export <scenario>`: a JSON scenario to start from', () => {
  it('writes the scenario with "$schema" relative to where it goes; it loads back the same', async () => {
    const out = join(dir, 'my.json');
    const r = await cli(['export', 'adaptation-plan', '--out', out, '-q']);
    expect(r.code).toBe(0);
    const json = JSON.parse(await readFile(out, 'utf8')) as { $schema: string; name: string };
    expect(json.$schema).toBe(schemaReference(ROOT, out));
    expect(json.$schema.endsWith('schema/scenario.schema.json')).toBe(true);
    await expect(readFile(join(dir, json.$schema), 'utf8')).resolves.toContain('"$schema"');
    const back = await loadScenario(out, { dataOnly: true });
    expect(scenarioHash(back)).toBe(scenarioHash(plan));
    const stdout = await cli(['export', 'baseline-2020']);
    expect(JSON.parse(stdout.stdout).$schema).toBe('./schema/scenario.schema.json');
  });
});

describe('`assumptions <scenario>`: ranked by effect, grouped by capability', () => {
  it('ranks the model parameters, shows the top 20 under their capability, --all the rest', async () => {
    const short = variant(plan, (d) => {
      d.horizonDays = 30;
    });
    const file = join(dir, 'short.json');
    await writeFile(file, JSON.stringify(short));
    const r = await onTerminal(['assumptions', file, '-n', '2', '-w', '1', '-q'], 100);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(100);
    expect(r.stdout).toContain('ranked by their largest effect on a headline metric');
    expect(r.stdout).toMatch(
      /\[(Armoured fleet|Aviation|Casualty evacuation \(10-1-2\)|Response to threats|IED threat)/,
    );
    expect(r.stdout).toMatch(/^\s+1\s/m);
    expect(r.stdout).toContain('add --all');
    const all = await onTerminal(['assumptions', file, '--all', '--no-rank', '-q'], 100);
    expect(all.stdout).toContain('Rationale');
    expect(all.stdout).toContain('[Mission: routes]');
    expect(all.stdout).not.toContain('add --all');
  });
});
