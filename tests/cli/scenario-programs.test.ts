/**
 * `.ts`/`.js` scenarios are programs: they run in a child process that SIGINT, SIGTERM and a
 * time limit stop (exit 2 with a message, or 130/143 for a signal); `--data-only` refuses them
 * before any of their code runs; `validate --help` says so, and says that TypeScript is not
 * type-checked; without tsx installed, a `.ts` scenario fails with a message saying what to
 * install.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { ensureBuild } from '../pack/build.js';
import { cli, ROOT, spawnCli } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pks-programs-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A scenario program that records its pid in `marker`, then loops forever. */
function loopingProgram(marker: string): string {
  return [
    "import { writeFileSync } from 'node:fs';",
    `writeFileSync(${JSON.stringify(marker)}, String(process.pid));`,
    'while (true) {}',
    'export default {};',
  ].join('\n');
}

async function waitFor(path: string): Promise<void> {
  for (let i = 0; i < 400 && !existsSync(path); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  if (!existsSync(path)) throw new Error(`${path} never appeared`);
}

/** True while a process with this pid exists (and is not a zombie left for init to reap). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return !/^State:\s+Z/m.test(status);
  } catch {
    return true;
  }
}

describe.concurrent('a looping .ts scenario can be stopped', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s ends `validate loop.ts` within 2 s, its program included',
    async (signal, code) => {
      const marker = join(dir, `loop-${signal}.pid`);
      const file = join(dir, `loop-${signal}.ts`);
      await writeFile(file, loopingProgram(marker));
      const child = spawnCli(['validate', file]);
      await waitFor(marker);
      const program = Number(await readFile(marker, 'utf8'));
      expect(alive(program)).toBe(true);
      const t0 = performance.now();
      child.kill(signal);
      const r = await child.done;
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(r.code).toBe(code);
      expect(r.stderr).toContain(`interrupted (${signal})`);
      // The scenario's own process is gone too, not left looping.
      for (let i = 0; i < 40 && alive(program); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(alive(program)).toBe(false);
    },
  );

  it('--scenario-timeout stops it with exit 2 and says what to do', async () => {
    const file = join(dir, 'loop-timeout.ts');
    await writeFile(file, loopingProgram(join(dir, 'loop-timeout.pid')));
    const t0 = performance.now();
    const r = await cli(['validate', file, '--scenario-timeout', '0.5']);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did not finish within 0.5 s');
    expect(r.stderr).toContain('--scenario-timeout');
  });

  it('a top-level await that never settles is exit 2 with a message', async () => {
    const file = join(dir, 'never.mts');
    await writeFile(file, 'await new Promise(() => {});\nexport default {};\n');
    const r = await cli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('top-level await never settled');
  });
});

describe('--data-only and the warning that scenarios are programs', () => {
  it('--data-only refuses a .ts scenario before any of its code runs', async () => {
    const effect = join(dir, 'side-effect.txt');
    const file = join(dir, 'sidefx.ts');
    await writeFile(
      file,
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(effect)}, 'ran');\nexport default {};\n`,
    );
    for (const command of [
      ['validate', file, '--data-only'],
      ['run', file, '--data-only', '-n', '1'],
      ['assumptions', file, '--data-only'],
    ]) {
      const r = await cli(command);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('it is a program');
    }
    expect(existsSync(effect)).toBe(false);
    // Without the flag, validating it runs it: that is what the help and the README warn of.
    await cli(['validate', file]);
    expect(existsSync(effect)).toBe(true);
  });

  it('--data-only accepts JSON (with an editor’s "$schema" key) and built-in names', async () => {
    const file = join(dir, 'data.json');
    await writeFile(
      file,
      JSON.stringify({ $schema: '../schema/scenario.schema.json', ...minusma2020 }),
    );
    const r = await cli(['validate', file, '--data-only']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((await cli(['validate', 'baseline-2020', '--data-only'])).code).toBe(0);
  });

  it('validate --help says a .ts scenario is code run with your privileges, and is not type-checked', async () => {
    const help = (await cli(['validate', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('A .ts or .js file is a PROGRAM');
    expect(help).toContain('with your privileges');
    expect(help).toContain('--data-only');
    expect(help).toContain('not type-checked');
    expect((await cli(['--help'])).stdout.replace(/\s+/g, ' ')).toContain(
      'runs its code with your privileges',
    );
  });
});

describe('a .ts scenario without tsx installed', () => {
  it('fails with exit 2 and says to install tsx; JSON scenarios still load', async () => {
    await ensureBuild();
    // The built package with every dependency but tsx (tsx is an optional peer dependency).
    const app = join(dir, 'no-tsx');
    await mkdir(join(app, 'node_modules'), { recursive: true });
    await cp(join(ROOT, 'dist'), join(app, 'dist'), { recursive: true });
    await cp(join(ROOT, 'package.json'), join(app, 'package.json'));
    for (const name of await readdir(join(ROOT, 'node_modules'))) {
      if (name === 'tsx' || name === '.bin' || name === '.cache') continue;
      await symlink(join(ROOT, 'node_modules', name), join(app, 'node_modules', name));
    }
    const main = join(app, 'dist', 'src', 'cli', 'main.js');
    const scenario = join(app, 'mission.ts');
    await writeFile(scenario, 'export default {};\n');
    const r = await promisify(execFile)(process.execPath, [main, 'validate', scenario]).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs tsx');
    expect(r.stderr).toContain('npm install --save-dev tsx');
    const json = join(app, 'mission.json');
    await writeFile(json, JSON.stringify(minusma2020));
    const ok = await promisify(execFile)(process.execPath, [main, 'validate', json]);
    expect(ok.stdout).toContain('valid:');
  });
});
