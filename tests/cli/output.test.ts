/**
 * `--out` as Unix tools write files: `-` is stdout; a regular file is replaced atomically (its
 * mode kept); a symbolic link is followed and its target replaced, the link kept; a FIFO or a
 * socket is written directly and stays what it is; a directory, a missing parent directory or
 * a parent that is a file is a usage error (exit 1) found before any simulation; a write that
 * fails after the work is exit 3. A FIFO stands in for a device such as /dev/null, so no test
 * needs root (nor touches a real device).
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, lstatSync, openSync, statSync } from 'node:fs';
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, MAIN, ROOT, spawnCli, TSX_LOADER } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pks-out-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const SCHEMA = join(ROOT, 'schema', 'scenario.schema.json');
/** A run that would take many minutes: an --out problem must end it before it starts. */
const LONG_RUN = ['run', 'baseline-2020', '-n', '100000', '-w', '1', '--progress'];

async function fresh(name: string): Promise<string> {
  const d = join(dir, name);
  await mkdir(d);
  return d;
}

/** Reads a FIFO to its end in another process (a `cat`), as a consumer of a pipe would. */
function readFifo(path: string): Promise<string> {
  const cat = spawn('cat', [path], { stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  cat.stdout.setEncoding('utf8').on('data', (s: string) => {
    text += s;
  });
  return new Promise((resolve, reject) => {
    cat.on('error', reject);
    cat.on('close', () => resolve(text));
  });
}

describe('--out: what gets written where', () => {
  it('`-` is standard output: no file named "-"', async () => {
    const d = await fresh('dash');
    const r = await cli(['schema', '--out', '-'], { cwd: d });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(await readFile(SCHEMA, 'utf8'));
    expect(r.stderr).toBe('');
    expect(await readdir(d)).toEqual([]);
  });

  it('replaces an existing regular file atomically, keeping its mode, leaving no temporary file', async () => {
    const d = await fresh('regular');
    const out = join(d, 'schema.json');
    await writeFile(out, 'old\n');
    await chmod(out, 0o640);
    const r = await cli(['schema', '--out', out, '-q']);
    expect(r.code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(await readFile(SCHEMA, 'utf8'));
    expect((await stat(out)).mode & 0o777).toBe(0o640);
    expect(await readdir(d)).toEqual(['schema.json']);
  });

  it('follows a symbolic link and replaces its target; the link stays a link', async () => {
    const d = await fresh('link');
    const target = join(d, 'target.md');
    const link = join(d, 'link.md');
    await writeFile(target, 'old\n');
    await symlink('target.md', link);
    const r = await cli(['assumptions', 'baseline-2020', '--no-rank', '--out', link, '-q']);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('target.md');
    expect(await readFile(target, 'utf8')).toMatch(/^# Stated assumptions/);
    expect((await readdir(d)).sort()).toEqual(['link.md', 'target.md']);
  });

  it('creates the target of a dangling symbolic link, keeping the link', async () => {
    const d = await fresh('dangling');
    const link = join(d, 'link.json');
    await symlink('made.json', link);
    const r = await cli(['schema', '--out', link, '-q']);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(await readFile(join(d, 'made.json'), 'utf8')).toBe(await readFile(SCHEMA, 'utf8'));
  });

  it('writes a FIFO directly (a device like /dev/null is written the same way): it stays a FIFO', async () => {
    const d = await fresh('fifo');
    const fifo = join(d, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reading = readFifo(fifo);
    const r = await cli(['schema', '--out', fifo, '-q']);
    expect(r.code).toBe(0);
    expect(await reading).toBe(await readFile(SCHEMA, 'utf8'));
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(await readdir(d)).toEqual(['pipe']);
  });

  it('writes a Unix socket directly: it stays a socket', async () => {
    const d = await fresh('socket');
    const path = join(d, 'sock');
    let received = '';
    let listening: () => void = () => {};
    const ready = new Promise<void>((resolve) => {
      listening = resolve;
    });
    const done = new Promise<void>((resolve) => {
      const server = createServer((conn) => {
        conn.setEncoding('utf8').on('data', (s: string) => {
          received += s;
        });
        conn.on('end', () => {
          server.close();
          resolve();
        });
      });
      server.listen(path, listening);
    });
    await ready;
    const r = await cli(['schema', '--out', path, '-q']);
    expect(r.code).toBe(0);
    await done;
    expect(received).toBe(await readFile(SCHEMA, 'utf8'));
  });

  it('a write that fails after the work (the reader of a FIFO went away) is exit 3 with the path', async () => {
    const d = await fresh('epipe');
    const fifo = join(d, 'pipe');
    execFileSync('mkfifo', [fifo]);
    // A reader that opens the pipe and closes it without reading: the writer gets EPIPE (the
    // report, every assumption, 70 KB, does not fit in the pipe's 64 KB buffer).
    const reader = spawn(process.execPath, [
      '-e',
      `require('node:fs').closeSync(require('node:fs').openSync(${JSON.stringify(fifo)}, 'r'))`,
    ]);
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    const r = await cli([
      'assumptions',
      'baseline-2020',
      '--no-rank',
      '--all',
      '--format',
      'html',
      '--out',
      fifo,
      '-q',
    ]);
    await readerDone;
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`cannot write ${fifo}`);
    expect(r.stderr).not.toContain('internal error');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});

describe('--out: paths refused before any simulation (exit 1)', () => {
  it('an existing directory', async () => {
    const d = await fresh('is-dir');
    const t0 = performance.now();
    const r = await cli([...LONG_RUN, '--out', d]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot write --out ${d}: it is a directory`);
    expect(r.stderr).not.toMatch(/replications \(/);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(await readdir(d)).toEqual([]);
  });

  it('a missing parent directory, which is not created', async () => {
    const d = await fresh('no-parent');
    const out = join(d, 'missing', 'deeper', 'report.html');
    const r = await cli([...LONG_RUN, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`directory ${join(d, 'missing', 'deeper')} does not exist`);
    expect(r.stderr).toContain('mkdir -p');
    expect(r.stderr).not.toMatch(/replications \(/);
    expect(existsSync(join(d, 'missing'))).toBe(false);
  });

  it('a parent that is a file', async () => {
    const d = await fresh('file-parent');
    await writeFile(join(d, 'file'), 'x');
    const r = await cli([...LONG_RUN, '--out', join(d, 'file', 'report.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not a directory');
  });

  it.skipIf(!existsSync('/proc/self'))(
    'a directory that accepts no files (/proc), before the run rather than after it',
    async () => {
      const r = await cli([...LONG_RUN, '--out', '/proc/pks-report.html']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('cannot write --out /proc/pks-report.html');
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr).not.toMatch(/replications \(/);
    },
  );

  it('the same checks in a dry run, which creates nothing', async () => {
    const d = await fresh('dry');
    expect((await cli(['schema', '--out', d], { dryRun: true })).code).toBe(1);
    const ok = await cli(['schema', '--out', join(d, 'new.json')], { dryRun: true });
    expect(ok.code).toBe(0);
    expect(await readdir(d)).toEqual([]);
  });
});

describe('--out as a process', () => {
  // /proc/self/fd/1 rather than /dev/stdout: if this ever regressed to renaming over the path,
  // the rename would fail inside /proc instead of replacing the machine's /dev/stdout link.
  it.skipIf(!existsSync('/proc/self/fd/1'))(
    'the process’s own standard output (/proc/self/fd/1, /dev/stdout) is written through it',
    async () => {
      const r = await spawnCli(['schema', '--out', '/proc/self/fd/1']).done;
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(await readFile(SCHEMA, 'utf8'));
    },
  );

  it.skipIf(!existsSync('/proc/self/fd/1'))(
    'a file the shell redirected stdout to (>>) is appended to through it, not replaced',
    async () => {
      const d = await fresh('redirected');
      const log = join(d, 'log.txt');
      await writeFile(log, 'before\n');
      const inode = statSync(log).ino;
      const fd = openSync(log, 'a');
      try {
        const child = spawn(
          process.execPath,
          ['--import', TSX_LOADER, MAIN, 'schema', '--out', '/proc/self/fd/1'],
          { cwd: ROOT, stdio: ['ignore', fd, 'ignore'] },
        );
        expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
      } finally {
        closeSync(fd);
      }
      expect(await readFile(log, 'utf8')).toBe(`before\n${await readFile(SCHEMA, 'utf8')}`);
      expect(statSync(log).ino).toBe(inode);
    },
  );
});
