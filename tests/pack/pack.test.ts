/**
 * The package as a user gets it: built, packed with `npm pack`, installed from the tarball into
 * a fresh consumer project, then used through its bin (`npx peacekeeping-sim list`, a tiny
 * `run` on two worker threads), an ESM import of both entry points, a CommonJS `require()`
 * (Node ≥ 20.19 loads ES modules from require) and a type check against the shipped
 * declarations. The tarball's dependencies come from the local npm cache when they are there
 * (`--prefer-offline`).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild, ROOT } from './build.js';

const exec = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const timings: Record<string, number> = {};

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    timings[label] = Math.round(performance.now() - t0);
  }
}

function run(cmd: string, args: readonly string[], cwd: string) {
  return exec(cmd, [...args], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_update_notifier: 'false', NO_UPDATE_NOTIFIER: '1' },
  });
}

let work: string;
let consumer: string;
let tarball: string;
let packedFiles: string[];

describe('the packed package in a consumer project', () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'pks-pack-'));
    consumer = join(work, 'consumer');
    await timed('build', () => ensureBuild());
    // The build is fresh: skip `prepack`, which would rebuild under other tests reading dist/.
    const packed = await timed('pack', () =>
      run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT),
    );
    const info = (
      JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[]
    )[0]!;
    tarball = join(work, info.filename);
    packedFiles = info.files.map((f) => f.path);
    await exec('mkdir', ['-p', consumer]);
    await writeFile(
      join(consumer, 'package.json'),
      `${JSON.stringify({ name: 'pks-consumer', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
    );
    await timed('install', () =>
      run(
        npm,
        ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
        consumer,
      ),
    );
  }, 240_000);

  afterAll(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
    console.log(`pack test timings (ms): ${JSON.stringify(timings)}`);
  });

  it('ships the compiled library, the CLI, the scenarios and the schema, and no sources', () => {
    for (const f of [
      'package.json',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/src/testing/index.js',
      'dist/src/cli/main.js',
      'dist/src/experiment/worker.js',
      'dist/scenarios/index.js',
      'schema/scenario.schema.json',
    ]) {
      expect(packedFiles).toContain(f);
    }
    if (existsSync(join(ROOT, 'README.md'))) expect(packedFiles).toContain('README.md');
    expect(packedFiles.filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
    expect(packedFiles.filter((f) => /^(tests|scratch|examples|src)\//.test(f))).toEqual([]);
  });

  it('runs the CLI through npx: list, and a tiny run on two workers', async () => {
    const list = await timed('npx list', () =>
      run(npx, ['--no', 'peacekeeping-sim', 'list'], consumer),
    );
    expect(list.stdout).toContain('adaptation-plan');
    expect(list.stdout).toContain('Question:');
    const r = await timed('npx run', () =>
      run(
        npx,
        [
          '--no',
          'peacekeeping-sim',
          'run',
          'baseline-2020',
          '-n',
          '2',
          '--horizon-days',
          '30',
          '-w',
          '2',
          '-f',
          'json',
        ],
        consumer,
      ),
    );
    const json = JSON.parse(r.stdout) as {
      meta: { seed: number; replications: { completed: number } };
    };
    expect(json.meta.seed).toBe(2020);
    expect(json.meta.replications.completed).toBe(2);
    const version = await run(npx, ['--no', 'peacekeeping-sim', '--version'], consumer);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('imports every entry point as an ES module', async () => {
    const hasTesting = existsSync(
      join(consumer, 'node_modules/peacekeeping-sim/dist/src/testing/index.js'),
    );
    await writeFile(
      join(consumer, 'esm.mjs'),
      [
        "import { minusma2020, validateScenario, variant } from 'peacekeeping-sim';",
        "import { Environment, streams } from 'peacekeeping-sim/engine';",
        hasTesting
          ? "import { arbSeed } from 'peacekeeping-sim/testing';"
          : 'const arbSeed = undefined;',
        'const v = variant(minusma2020, (d) => { d.horizonDays = 30; });',
        'validateScenario(JSON.parse(JSON.stringify(v)));',
        'const env = new Environment(); env.run({ until: 5 });',
        "const u = streams(1).replication(0).stream('x')();",
        'console.log(JSON.stringify({ horizon: v.horizonDays, arbSeed: typeof arbSeed, now: env.now, u: u >= 0 && u < 1 }));',
      ].join('\n'),
    );
    const r = await run(process.execPath, ['esm.mjs'], consumer);
    expect(JSON.parse(r.stdout)).toEqual({
      horizon: 30,
      arbSeed: hasTesting ? 'function' : 'undefined',
      now: 5,
      u: true,
    });
  });

  it('loads with require() from CommonJS', async () => {
    await writeFile(
      join(consumer, 'cjs.cjs'),
      [
        "const pks = require('peacekeeping-sim');",
        'console.log(JSON.stringify({ run: typeof pks.runExperiment, name: pks.minusma2020.name }));',
      ].join('\n'),
    );
    const r = await run(process.execPath, ['--no-warnings', 'cjs.cjs'], consumer);
    expect(JSON.parse(r.stdout)).toEqual({ run: 'function', name: 'minusma-2020' });
  });

  it('type-checks a consumer against the shipped declarations', async () => {
    await writeFile(
      join(consumer, 'consumer.ts'),
      [
        "import { type ExperimentResult, minusma2020, runExperiment } from 'peacekeeping-sim';",
        'export async function readiness(): Promise<number> {',
        '  const r: ExperimentResult = await runExperiment(minusma2020, { replications: 1, seed: 1 });',
        "  return r.scalars['fleet.readiness.mean']?.mean ?? Number.NaN;",
        '}',
      ].join('\n'),
    );
    await writeFile(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    await timed('tsc', () => run(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer));
    expect(await readdir(consumer)).toContain('consumer.ts');
  });
});
