/**
 * `peacekeeping-sim backtest`: one screen at 100 columns and the terminal's width honoured, the
 * whole briefing with --detail, JSON with its kind, --out written whole or not at all, and bad
 * flags refused with a message naming the flag.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BacktestResult } from '../../src/index.js';
import { cli } from './helpers.js';

/** Runs the CLI in-process as on a terminal `columns` wide. */
function onTerminal(args: readonly string[], columns: number) {
  return cli(args, { columns });
}

/** A run to 31 December 2020 (the calibration checks of late 2020 only): quick. */
const SHORT = ['--horizon-days', '184', '-n', '2', '-w', '1', '-q'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pks-backtest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('backtest in the terminal', () => {
  it('fits one screen at 100 columns: every figure with its verdict, the command on its own line', async () => {
    const r = await onTerminal(['backtest', '-n', '1', '-w', '1', '-q'], 100);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const command = 'peacekeeping-sim backtest as-it-happened-2021 --seed 2020 --replications 1';
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(50);
    for (const l of lines) if (l !== command) expect([...l].length).toBeLessThanOrEqual(100);
    expect(lines).toContain(command);
    expect(r.stdout).toContain('BACKTEST OF AS-IT-HAPPENED-2021 AGAINST THE PUBLIC RECORD');
    expect(r.stdout).toMatch(/Verdicts: \d+ inside, \d+ above/);
    for (const label of [
      'Wounded, 1 Jan–16 Dec 2021',
      'Attacks, 26 Mar–26 May 2021',
      'IED attacks, 1 Oct–15 Dec 2021',
      'Events with 5+ wounded, 2021',
    ]) {
      const escaped = label.replace(/[+()]/g, '\\$&');
      expect(r.stdout).toMatch(
        new RegExp(`${escaped}.*(inside|above by|below by|consistent|not comparable)`),
      );
    }
    expect(r.stdout).toMatch(/Attacks, Jan–Mar 2022 .*not comparable/);
    expect(r.stdout).toContain('--detail');
  });

  it('honours the terminal’s width: at 80 columns no line is longer, no word broken', async () => {
    const r = await onTerminal(['backtest', ...SHORT], 80);
    expect(r.code).toBe(0);
    const command =
      'peacekeeping-sim backtest as-it-happened-2021 --seed 2020 --replications 2 --horizon-days 184';
    const lines = r.stdout.trimEnd().split('\n');
    for (const l of lines) if (l !== command) expect([...l].length).toBeLessThanOrEqual(80);
    expect(lines).toContain(command);
    for (const word of ['Wounded,', 'S/2021/299', 'comparable']) {
      expect(
        lines.some((l) => new RegExp(`(^|\\s)${word}(\\s|$)`).test(l)),
        word,
      ).toBe(true);
    }
    // Outside the short run, a figure is not comparable, and the report says so.
    expect(r.stdout).toMatch(/Wounded, 1 Jan–16 .*not comparable/);
    expect(r.stdout).toMatch(/Wounded, 1 Oct–15 .*(inside|above by|below by)/);
  });

  it('--detail prints the whole briefing, still within the width', async () => {
    const r = await onTerminal(['backtest', ...SHORT, '--detail'], 100);
    expect(r.code).toBe(0);
    for (const section of [
      'What the misses teach',
      'What the model does not cover',
      'How each figure is matched',
      'What the scenario knows of the time after the letter',
      'How to reproduce',
    ]) {
      expect(r.stdout).toContain(`\n${section}\n`);
    }
    expect(r.stdout).toContain('Window assumed:');
    expect(r.stdout).toContain('Sources differ:');
    const command =
      'peacekeeping-sim backtest as-it-happened-2021 --seed 2020 --replications 2 --horizon-days 184 --detail';
    for (const l of r.stdout.trimEnd().split('\n')) {
      if (l !== command) expect([...l].length).toBeLessThanOrEqual(100);
    }
  });
});

describe('backtest output files', () => {
  it('writes JSON with its kind to --out, whole, leaving no temporary file', async () => {
    const out = join(dir, 'backtest.json');
    const r = await cli(['backtest', ...SHORT, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(await readdir(dir)).toEqual(['backtest.json']);
    const json = JSON.parse(await readFile(out, 'utf8')) as BacktestResult & {
      report: { kind: string; command: string };
    };
    expect(json.report.kind).toBe('backtest');
    expect(json.report.command).toBe(
      'peacekeeping-sim backtest as-it-happened-2021 --seed 2020 --replications 2 --horizon-days 184 --out ' +
        out,
    );
    expect(json.meta.scenario.name).toBe('as-it-happened-2021');
    expect(json.meta.splits).toEqual(['2020-10-01', '2020-12-16']);
    const compared = json.rows.filter((x) => x.verdict !== 'not-comparable');
    expect(compared.map((x) => x.figure.id)).toEqual(['wounded-s2020-1281', 'attacks-s2020-1281']);
    for (const row of compared) expect(row.values).toHaveLength(2);
    expect(json.postLetter.some((u) => u.kind === 'undeclared')).toBe(false);
  });

  it('writes the other formats: CSV one row a figure, Markdown, HTML with the chart', async () => {
    const csv = await cli(['backtest', ...SHORT, '-f', 'csv']);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      'figure,title,cite,sample,from,to,kind,observed,p5,p50,p95,verdict,miss,ratio,rank,prorated,metrics',
    );
    expect(rows).toHaveLength(1 + 17);
    const html = join(dir, 'backtest.html');
    expect((await cli(['backtest', ...SHORT, '--out', html])).code).toBe(0);
    const page = await readFile(html, 'utf8');
    expect(page).toContain('<svg');
    expect(page).toContain('The public record against the model');
    const md = await cli(['backtest', ...SHORT, '-f', 'md']);
    expect(md.stdout).toMatch(/^# Backtest of as-it-happened-2021/);
    await rm(html);
  });
});

describe('backtest refuses bad input, naming what is wrong', () => {
  it.each([
    [['-n', '0'], '--replications'],
    [['-n', 'many'], '--replications'],
    [['-w', '0'], '--workers'],
    [['--seed', ''], '--seed'],
    [['--format', 'xml'], '--format'],
    [['--horizon-days', '-3'], '--horizon-days'],
    [['--bogus'], '--bogus'],
  ])('%j: usage error (exit 1) naming %s, before any run', async (args, flag) => {
    const r = await cli(['backtest', ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(flag);
    expect(r.stdout).toBe('');
  });

  it('an unknown scenario is an invalid scenario (exit 2); an --out that cannot be written, exit 1', async () => {
    const unknown = await cli(['backtest', 'nowhere-2021', '-q']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('nowhere-2021');
    const bad = await cli(['backtest', '-q', '--out', join(dir, 'missing', 'b.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(join(dir, 'missing'));
    expect(await readdir(dir)).toEqual(['backtest.json']);
  });

  it('is listed by --help with its flags', async () => {
    const help = await cli(['--help']);
    expect(help.stdout).toMatch(/backtest \[options\] \[scenario\]/);
    const own = await cli(['backtest', '--help']);
    expect(own.code).toBe(0);
    for (const flag of ['--replications', '--seed', '--workers', '--out', '--format', '--detail']) {
      expect(own.stdout).toContain(flag);
    }
  });
});
