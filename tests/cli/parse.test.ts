/** Flag parsers, the reproducing command line, and the atomic writer. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError as FlagValueError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commandLine,
  removePendingTempFiles,
  shellQuote,
  writeFileAtomic,
} from '../../src/cli/index.js';
import {
  formatFromExtension,
  parseHorizonDays,
  parseReplications,
  parseSeed,
  parseSensitivityParam,
  parseShard,
  parseSweepParam,
  parseValue,
  parseWorkers,
} from '../../src/cli/parse.js';

describe('flag parsers', () => {
  it('parses integers strictly', () => {
    expect(parseReplications('100')).toBe(100);
    expect(parseReplications(' 7 ')).toBe(7);
    for (const bad of ['0', '-1', '1.5', '1e3', 'ten', '', '0x10', '10000001']) {
      expect(() => parseReplications(bad)).toThrow(FlagValueError);
    }
    expect(parseWorkers('2')).toBe(2);
    expect(() => parseWorkers('257')).toThrow(FlagValueError);
    expect(parseHorizonDays('60')).toBe(60);
    expect(() => parseHorizonDays('0')).toThrow(FlagValueError);
  });

  it('keeps integer seeds as numbers and other seeds as strings', () => {
    expect(parseSeed('2020')).toBe(2020);
    expect(parseSeed('-3')).toBe(-3);
    expect(parseSeed('alpha')).toBe('alpha');
    expect(parseSeed('1.5')).toBe('1.5');
    expect(() => parseSeed('')).toThrow(FlagValueError);
    expect(() => parseSeed('123456789012345678901')).toThrow(FlagValueError);
  });

  it('parses 0-based shards', () => {
    expect(parseShard('0/4')).toEqual({ index: 0, count: 4 });
    expect(parseShard('15/16')).toEqual({ index: 15, count: 16 });
    for (const bad of ['4/4', '1/0', '-1/2', '1', 'a/b', '1/2/3']) {
      expect(() => parseShard(bad)).toThrow(FlagValueError);
    }
  });

  it('reads values as numbers, booleans, null or strings', () => {
    expect(parseValue('14')).toBe(14);
    expect(parseValue('-0.5')).toBe(-0.5);
    expect(parseValue('1e-3')).toBe(0.001);
    expect(parseValue('true')).toBe(true);
    expect(parseValue('null')).toBe(null);
    expect(parseValue('2021-04-01')).toBe('2021-04-01');
  });

  it('parses sweep and sensitivity parameters', () => {
    expect(parseSweepParam('parameters.aviation.mtbfDays=7, 14,28')).toEqual({
      path: 'parameters.aviation.mtbfDays',
      values: [7, 14, 28],
    });
    for (const bad of ['x', '=1', 'x=', 'x=1,,2'])
      expect(() => parseSweepParam(bad)).toThrow(FlagValueError);
    expect(parseSensitivityParam('p.q=0.3:0.7')).toEqual({ path: 'p.q', low: 0.3, high: 0.7 });
    for (const bad of ['p.q=1', 'p.q=1:2:3', 'p.q=:2', '=1:2']) {
      expect(() => parseSensitivityParam(bad)).toThrow(FlagValueError);
    }
  });

  it('infers the format from the --out extension', () => {
    expect(formatFromExtension('a/report.HTML')).toBe('html');
    expect(formatFromExtension('r.md')).toBe('md');
    expect(formatFromExtension('r.csv')).toBe('csv');
    expect(formatFromExtension('r.json')).toBe('json');
    expect(formatFromExtension('r.txt')).toBe('table');
    expect(formatFromExtension('report')).toBeUndefined();
  });
});

describe('the reproducing command line', () => {
  it('quotes for a POSIX shell only when needed', () => {
    expect(shellQuote('baseline-2020')).toBe('baseline-2020');
    expect(shellQuote('my mission.ts')).toBe("'my mission.ts'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
  });

  it('writes flags in order, skips absent ones and repeats list flags', () => {
    expect(
      commandLine(
        ['sweep', 'x'],
        [
          ['--param', ['a=1,2', 'b=3']],
          ['--seed', 7],
          ['--out', undefined],
          ['--no-charts', true],
          ['--quiet', false],
        ],
      ),
    ).toBe('peacekeeping-sim sweep x --param a=1,2 --param b=3 --seed 7 --no-charts');
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pks-atomic-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the directory, replaces the file whole and leaves no temporary file', async () => {
    const path = join(dir, 'sub', 'report.txt');
    await writeFileAtomic(path, 'first\n');
    await writeFileAtomic(path, 'second\n');
    expect(await readFile(path, 'utf8')).toBe('second\n');
    expect(await readdir(join(dir, 'sub'))).toEqual(['report.txt']);
  });

  it('removes pending temporary files on demand (the signal handler’s clean-up)', async () => {
    const path = join(dir, 'big.txt');
    const writing = writeFileAtomic(path, 'x'.repeat(8_000_000));
    // The temporary file is created on the next turns of the event loop; clean up while pending.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    removePendingTempFiles();
    // The write either completed before the clean-up or fails because its file is gone.
    await writing.catch(() => undefined);
    const left = (await readdir(dir)).filter((f) => f.endsWith('.tmp'));
    expect(left).toEqual([]);
  });
});
