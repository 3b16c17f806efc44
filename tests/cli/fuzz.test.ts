/**
 * CLI fuzzing. The CLI must only ever end through its typed paths, with a short message, no
 * stack trace and never an "internal error":
 *
 * - random command lines, parsed and checked in-process (`dryRun`: scenarios are resolved,
 *   flags and output paths checked, merge parts verified, but nothing is simulated or written):
 *   exit 0, 1 (usage), 2 (invalid scenario) or, for `merge`, 3;
 * - random output paths, written for real: a new or existing file, a symbolic link (to a file,
 *   to nothing, to a directory, a chain), a FIFO, `-`, a directory, a missing parent, a parent
 *   that is a file, under random names: exit 0 with the exact bytes where they belong, or 1
 *   with nothing created; links stay links, the FIFO stays a FIFO, no temporary file is left;
 * - random damage to merge parts (truncation, bit flips, missing members, replaced values,
 *   each optionally resealed with a fresh digest and scenario hash): exit 0 only with the
 *   bytes of the undamaged merge (unless resealed), otherwise exit 3.
 */
import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partDigest } from '../../src/experiment/index.js';
import type { ExperimentPart } from '../../src/experiment/types.js';
import { scenarioHash } from '../../src/scenario/hash.js';
import { cli } from './helpers.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'pks-cli-fuzz-'));
  await mkdir(join(scratch, 'a-directory'));
  await writeFile(join(scratch, 'a-file.txt'), 'x');
  await symlink('a-directory', join(scratch, 'link-to-directory'));
  await symlink('nowhere.md', join(scratch, 'dangling.md'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const SEED = Number(process.env.CLI_FUZZ_SEED ?? 20201223);
/** Output paths for the argument fuzz, made in `scratch` (resolved when the test runs). */
const OUT_PATHS = [
  'a-directory',
  'a-directory/report.html',
  'a-file.txt/report.html',
  'link-to-directory',
  'dangling.md',
  'missing/report.json',
  'new.csv',
];

const commands = [
  'run',
  'compare',
  'sweep',
  'sensitivity',
  'list',
  'validate',
  'schema',
  'assumptions',
  'export',
  'merge',
  'help',
];
const flags = [
  '--seed',
  '-s',
  '--replications',
  '-n',
  '--workers',
  '-w',
  '--horizon-days',
  '--format',
  '-f',
  '--out',
  '-o',
  '--quiet',
  '-q',
  '--debug',
  '--against',
  '-a',
  '--shard',
  '--param',
  '-p',
  '--metric',
  '-m',
  '--allow-partial',
  '--no-charts',
  '--data-only',
  '--scenario-timeout',
  '--no-memory-check',
  '--progress',
  '--detail',
  '--all',
  '--no-rank',
  '--schema',
  '--help',
  '-h',
  '--version',
  '-V',
  '--',
  '-',
  '--seed=',
  '--format=json',
  '-n0',
  '-xyz',
];
const values = [
  'baseline-2020',
  'adaptation-plan',
  'minusma-2020',
  'no-such-scenario',
  'scenarios/transition-18m.ts',
  'scenarios/index.ts',
  'package.json',
  'schema/scenario.schema.json',
  'missing.json',
  'dir/missing.ts',
  '0',
  '1',
  '-1',
  '2.5',
  '1e3',
  '99999999999999999999',
  'NaN',
  '',
  ' ',
  '0/1',
  '1/2',
  '2/2',
  '-1/2',
  'a/b',
  'table',
  'md',
  'json',
  'csv',
  'html',
  'pdf',
  'out/x.html',
  'parameters.aviation.mtbfDays=7,14',
  'parameters.aviation.mtbfDays=7:14',
  'parameters.nope=1',
  'mission.armouredFleet.bySector[sector=centre].workshopBays=8,12',
  'fleet.repairDays.value.mean=8:12',
  'mission.units[north-quick-reaction-force].noticeToMoveMin',
  'horizonDays=30',
  'horizonDays=x',
  '=',
  'x=',
  'casevac.surgeryWithinTarget.share',
  'constructor',
  '__proto__',
  'toString',
  'é',
  '\u0000',
  '"quoted"',
  '-',
  '/',
  '/proc/pks.html',
  '0.5',
  '1e-3',
  ...OUT_PATHS.map((p) => `@scratch/${p}`),
];
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...commands) },
  { weight: 4, arbitrary: fc.constantFrom(...flags) },
  { weight: 4, arbitrary: fc.constantFrom(...values) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
);
// Mostly a command first, then anything.
const argv = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...commands), fc.array(token, { maxLength: 8 }))
      .map(([c, rest]) => [c, ...rest]),
  },
  { weight: 1, arbitrary: fc.array(token, { maxLength: 8 }) },
);

describe('CLI argument fuzzing', () => {
  it('ends every random command line with exit 0, 1, 2 (or 3 for merge) and a short message', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(argv, async (raw) => {
        const args = raw.map((a) => a.replace(/^@scratch\//, `${scratch}/`));
        const r = await cli(args, { dryRun: true });
        seen.set(r.code ?? -1, (seen.get(r.code ?? -1) ?? 0) + 1);
        expect([0, 1, 2, 3]).toContain(r.code);
        if (r.code === 3) expect(args).toContain('merge');
        expect(r.stderr).not.toContain('internal error');
        if (!args.includes('--debug')) expect(r.stderr).not.toMatch(/\n\s+at /);
        if (r.code !== 0) expect(r.stderr.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: Number(process.env.CLI_FUZZ_RUNS ?? 300) },
    );
    // The generator reaches the usual outcomes.
    for (const code of [0, 1, 2]) expect(seen.has(code)).toBe(true);
    // Nothing was written in the scratch directory by a dry run.
    expect((await readdir(scratch)).sort()).toEqual([
      'a-directory',
      'a-file.txt',
      'dangling.md',
      'link-to-directory',
    ]);
  });
});

/** Kinds of output path, and what writing there must give. */
const KINDS = [
  'new',
  'existing',
  'symlink-to-file',
  'symlink-to-nothing',
  'symlink-chain',
  'symlink-to-directory',
  'fifo',
  'dash',
  'directory',
  'missing-parent',
  'file-parent',
] as const;
type Kind = (typeof KINDS)[number];
const REFUSED: ReadonlySet<Kind> = new Set([
  'symlink-to-directory',
  'directory',
  'missing-parent',
  'file-parent',
]);

/** A file name: anything but `/` and NUL, not `.` or `..`, with a report extension or none. */
const fileName = fc
  .tuple(
    fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }),
    fc.constantFrom('', '.json', '.md', '.html', '.csv', '.txt', '.tmp'),
  )
  .map(
    ([base, ext]) => `${base.replaceAll('/', '_').replaceAll(String.fromCharCode(0), '_')}${ext}`,
  )
  .filter((n) => n !== '.' && n !== '..' && Buffer.byteLength(n) < 200);

/** Sets up a path of `kind` named `name` in the fresh directory `d`; where the bytes must go. */
async function setUp(d: string, kind: Kind, name: string): Promise<{ out: string; lands: string }> {
  const at = join(d, name);
  switch (kind) {
    case 'new':
      return { out: at, lands: at };
    case 'existing':
      await writeFile(at, 'old content\n');
      return { out: at, lands: at };
    case 'symlink-to-file':
      await writeFile(join(d, 'target'), 'old\n');
      await symlink('target', at);
      return { out: at, lands: join(d, 'target') };
    case 'symlink-to-nothing':
      await symlink('target', at);
      return { out: at, lands: join(d, 'target') };
    case 'symlink-chain':
      await mkdir(join(d, 'sub'));
      await symlink('sub/second', at);
      await symlink('../final', join(d, 'sub', 'second'));
      return { out: at, lands: join(d, 'final') };
    case 'symlink-to-directory':
      await mkdir(join(d, 'target'));
      await symlink('target', at);
      return { out: at, lands: at };
    case 'fifo':
      execFileSync('mkfifo', [at]);
      return { out: at, lands: at };
    case 'dash':
      return { out: '-', lands: '-' };
    case 'directory':
      await mkdir(at);
      return { out: at, lands: at };
    case 'missing-parent':
      return { out: join(d, 'missing', name), lands: join(d, 'missing') };
    case 'file-parent':
      await writeFile(join(d, 'plain'), 'x');
      return { out: join(d, 'plain', name), lands: join(d, 'plain') };
  }
}

function catFifo(path: string): Promise<string> {
  const cat = spawn('cat', [path], { stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  cat.stdout.setEncoding('utf8').on('data', (s: string) => {
    text += s;
  });
  return new Promise((resolve) => cat.on('close', () => resolve(text)));
}

/** Every entry under `d`, with its kind, for before/after comparisons. */
async function tree(d: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(d, { recursive: true })) {
    const s = lstatSync(join(d, entry));
    const kind = s.isSymbolicLink()
      ? 'link'
      : s.isFIFO()
        ? 'fifo'
        : s.isDirectory()
          ? 'dir'
          : 'file';
    out.push(`${entry} ${kind}`);
  }
  return out.sort();
}

describe('CLI output path fuzzing', () => {
  it('writes any kind of --out path as Unix tools do, or refuses it before writing anything', async () => {
    const expected = (await cli(['assumptions', 'baseline-2020', '--no-rank', '--format', 'md']))
      .stdout;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...KINDS), fileName, async (kind, name) => {
        const d = join(scratch, `out-${n++}`);
        await mkdir(d);
        const { out, lands } = await setUp(d, kind, name);
        const before = await tree(d);
        const reading = kind === 'fifo' ? catFifo(out) : undefined;
        const r = await cli([
          'assumptions',
          'baseline-2020',
          '--no-rank',
          '--format',
          'md',
          '--out',
          out,
          '-q',
        ]);
        expect(r.stderr).not.toContain('internal error');
        if (REFUSED.has(kind)) {
          expect(r.code).toBe(1);
          expect(r.stderr).toContain(`cannot write --out ${out}`);
          expect(await tree(d)).toEqual(before);
          return;
        }
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        if (kind === 'dash') expect(r.stdout).toBe(expected);
        else if (kind === 'fifo') expect(await reading).toBe(expected);
        else expect(await readFile(lands, 'utf8')).toBe(expected);
        // Links stay links, the FIFO stays a FIFO, and no temporary file is left.
        const after = await tree(d);
        for (const entry of before) {
          if (entry.endsWith(' link') || entry.endsWith(' fifo')) expect(after).toContain(entry);
        }
        expect(after.filter((e) => /\.tmp (file|link)$/.test(e) && !e.startsWith(name))).toEqual(
          [],
        );
        if (kind === 'fifo') expect(statSync(out).isFIFO()).toBe(true);
        expect(dirname(lands).startsWith(d) || lands === '-').toBe(true);
      }),
      { seed: SEED, numRuns: Number(process.env.CLI_FUZZ_OUT_RUNS ?? 60) },
    );
  });
});

/** Every path (as keys) to an object member or array element of `value`. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const key = Array.isArray(value) ? Number(k) : k;
      out.push([...prefix, key]);
      paths(v, [...prefix, key], out);
    }
  }
  return out;
}

function at(root: unknown, path: readonly (string | number)[]): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return node;
}

const damage = fc.oneof(
  fc.record({
    kind: fc.constant('truncate' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
);

describe('CLI merge part fuzzing', () => {
  let parts: string[];
  let text: string;
  const FORMATS = ['json', 'md', 'csv', 'html'] as const;
  const reference = new Map<string, string>();
  let members: (string | number)[][];
  beforeAll(async () => {
    const d = join(scratch, 'parts');
    await mkdir(d);
    parts = [0, 1].map((i) => join(d, `part-${i}.json`));
    for (const [i, part] of parts.entries()) {
      const args = ['run', 'baseline-2020', '--horizon-days', '2', '-n', '4', '-w', '1', '-q'];
      expect((await cli([...args, '--shard', `${i}/2`, '--out', part])).code).toBe(0);
    }
    text = await readFile(parts[0]!, 'utf8');
    for (const format of FORMATS) {
      reference.set(format, (await cli(['merge', ...parts, '--format', format])).stdout);
    }
    // Members outside the scenario definition first: most damage should land in the data.
    const all = paths(JSON.parse(text));
    const data = all.filter((p) => p[1] !== 'scenario' && p[1] !== 'assumptions');
    members = [...data, ...data, ...all];
  });

  it('merges a damaged part only to the undamaged bytes, and otherwise exits 3 with a typed message', async () => {
    const seen = new Map<number, number>();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        damage,
        fc.constantFrom('none', 'digest', 'digest+hash'),
        fc.constantFrom(...FORMATS),
        async (d, reseal, format) => {
          let damaged: string;
          if (d.kind === 'truncate') {
            damaged = text.slice(0, Math.floor(d.at * text.length));
          } else if (d.kind === 'flip') {
            const bytes = Buffer.from(text, 'utf8');
            const i = Math.min(bytes.length - 1, Math.floor(d.at * bytes.length));
            bytes[i] = (bytes[i] as number) ^ (1 << d.bit);
            damaged = bytes.toString('utf8');
          } else {
            const part = JSON.parse(text) as unknown;
            const path = members[Math.min(members.length - 1, Math.floor(d.at * members.length))]!;
            const parent = at(part, path);
            const key = path[path.length - 1]!;
            if (d.kind === 'delete') {
              if (Array.isArray(parent)) parent.splice(Number(key), 1);
              else delete parent[key];
            } else {
              parent[key] = d.value;
            }
            damaged = JSON.stringify(part);
          }
          if (reseal !== 'none') {
            try {
              const part = JSON.parse(damaged) as ExperimentPart & Record<string, unknown>;
              if (reseal === 'digest+hash') {
                (part.meta.scenario as { hash: string }).hash = scenarioHash(
                  part.meta.scenario.definition,
                );
              }
              (part as { digest?: string }).digest = partDigest(part);
              damaged = JSON.stringify(part);
            } catch {
              // not JSON, or not shaped enough to reseal: merge it as it is
            }
          }
          const file = join(scratch, 'parts', `damaged-${n++}.json`);
          await writeFile(file, damaged);
          const r = await cli(['merge', file, parts[1]!, '--format', format]);
          seen.set(r.code ?? -1, (seen.get(r.code ?? -1) ?? 0) + 1);
          expect(r.stderr).not.toContain('internal error');
          expect(r.stderr).not.toMatch(/\n\s+at /);
          expect([0, 3]).toContain(r.code);
          if (r.code === 3) expect(r.stderr).toMatch(/^error: cannot merge: /);
          // Never a silently different result from damage nobody resealed.
          if (r.code === 0 && reseal === 'none') expect(r.stdout).toBe(reference.get(format));
        },
      ),
      { seed: SEED, numRuns: Number(process.env.CLI_FUZZ_MERGE_RUNS ?? 100) },
    );
    expect(seen.get(3)).toBeGreaterThan(50);
  });
});
