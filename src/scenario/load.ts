/**
 * Loading scenario files: `.json` (parsed, with the position of any syntax error) and
 * `.ts`/`.mts`/`.cts`/`.js`/`.mjs`/`.cjs` modules (default export, or a named export `scenario`),
 * then checked against the limits and validated with the file path as the source of any error.
 *
 * A module scenario is a program: it runs with the privileges of whoever loads it. It is
 * evaluated in a child process (`node`, with tsx's `tsImport` for TypeScript), which sends back
 * the scenario as JSON and is killed when it takes longer than a time limit or when the
 * caller's signal aborts, so a module that loops or waits forever can always be stopped. A
 * worker thread measured about as fast (≈ 0.22 s against ≈ 0.28 s to load a small `.ts`
 * file, most of it tsx); the child process was chosen because it also contains what a worker
 * cannot: `process.exit`, `process.chdir`, global state and an out-of-memory abort. TypeScript
 * files are compiled, not type-checked. `dataOnly` refuses modules altogether.
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { ScenarioLoadError } from '../errors.js';
import type { Scenario } from './types.js';
import { validateScenario } from './validate.js';

const TS = new Set(['.ts', '.mts', '.cts']);
const JS = new Set(['.js', '.mjs', '.cjs']);

/** Line and column (1-based) of a character offset in `text`. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Offset of the first JSON syntax error in `text` (or `text.length` for a truncated document), by
 * an iterative scan, so the error can be placed even when `JSON.parse` does not say where.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  const ws = (): void => {
    while (i < n && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const value = (): boolean => {
    const c = text[i];
    if (c === '"') return string();
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      return true;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m === null) return false;
    i += m[0].length;
    return true;
  };
  // expect: 'value' at the start of a value, 'after' after a value or an opening bracket.
  ws();
  if (!value()) return i;
  let opened = stack.length > 0;
  while (true) {
    ws();
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? i : -1;
    if (opened) {
      opened = false;
      if (text[i] === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
    } else if (text[i] === (top === '{' ? '}' : ']')) {
      stack.pop();
      i++;
      continue;
    } else if (text[i] === ',') {
      i++;
      ws();
    } else return i;
    if (top === '{') {
      if (!string()) return i;
      ws();
      if (text[i] !== ':') return i;
      i++;
      ws();
    }
    const depth = stack.length;
    if (!value()) return i;
    opened = stack.length > depth;
  }
}

/**
 * Parses JSON text, turning a syntax error into a {@link ScenarioLoadError} that names the file
 * and the line and column of the error.
 */
export function parseScenarioJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(text);
    const where = lineColumn(text, offset < 0 ? text.length : Math.min(offset, text.length));
    throw new ScenarioLoadError(
      file,
      `invalid JSON at line ${where.line}, column ${where.column}: ${message}`,
      {
        cause: error,
      },
    );
  }
}

/** Time a module scenario may take to evaluate, by default (30 s). */
export const DEFAULT_MODULE_TIMEOUT_MS = 30_000;

/** Options of {@link loadScenario}. */
export interface LoadScenarioOptions {
  /**
   * Refuse anything but a `.json` file: a `.ts`/`.js` scenario is a program, and this is the
   * option for files from others. Default false.
   */
  readonly dataOnly?: boolean | undefined;
  /**
   * Longest time a `.ts`/`.js` module may take to evaluate, in milliseconds (default
   * `DEFAULT_MODULE_TIMEOUT_MS`); its process is killed after it.
   */
  readonly timeoutMs?: number | undefined;
  /** Aborting it kills the module's process; the load then fails with a ScenarioLoadError. */
  readonly signal?: AbortSignal | undefined;
}

/** What the child process evaluating a module sends back. */
type ChildMessage =
  | { readonly ok: true; readonly json: string }
  | { readonly ok: false; readonly stage: 'evaluate' | 'serialise'; readonly message: string }
  | { readonly ok: false; readonly stage: 'exports'; readonly names: readonly string[] };

/**
 * The program of the child process: argv is [file, tsx API URL or '']. It imports the module,
 * picks its scenario (default export, else named export `scenario`; a CommonJS module's
 * `module.exports` and the exports of an ES module compiled to CommonJS are read the same way,
 * so the outcome does not depend on the nearest package.json), and sends it back as JSON.
 */
const CHILD_PROGRAM = `
const [file, tsxApi] = process.argv.slice(1);
const send = (message) => new Promise((resolve) => process.send(message, () => resolve()));
const done = async (message) => { await send(message); process.exit(0); };
const { pathToFileURL } = await import('node:url');
const url = pathToFileURL(file).href;
let mod;
try {
  if (tsxApi) {
    const { tsImport } = await import(tsxApi);
    mod = await tsImport(url, url);
  } else {
    mod = await import(url);
  }
} catch (error) {
  await done({ ok: false, stage: 'evaluate', message: String(error && error.message || error) });
}
const isObject = (x) => x !== null && typeof x === 'object';
const exports = isObject(mod.default) && mod.default.__esModule === true ? mod.default : mod;
let value = exports.default !== undefined ? exports.default : exports.scenario;
if (isObject(value) && !('schemaVersion' in value)) {
  if (value.default !== undefined) value = value.default;
  else if (value.scenario !== undefined) value = value.scenario;
}
if (value === undefined) {
  const names = Object.keys(exports).filter((k) => k !== 'default' && k !== 'module.exports');
  await done({ ok: false, stage: 'exports', names });
}
let json;
try {
  json = JSON.stringify(value);
} catch (error) {
  await done({ ok: false, stage: 'serialise', message: String(error && error.message || error) });
}
if (json === undefined) {
  await done({ ok: false, stage: 'serialise', message: 'the export is a ' + typeof value + ', not data' });
}
await done({ ok: true, json });
`;

/** The URL of tsx's ESM API, or a load error saying how to install it. */
function tsxApiUrl(file: string): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch (error) {
    throw new ScenarioLoadError(
      file,
      'a .ts scenario needs tsx, an optional peer dependency of peacekeeping-sim, which is not ' +
        'installed: install it (npm install --save-dev tsx), or give the scenario as .json',
      { cause: error },
    );
  }
}

/** Explains an evaluation error whose text alone would not say what to do. */
function explainEvaluationError(message: string): string {
  if (/top-level await is currently not supported with the "cjs" output format/i.test(message)) {
    return (
      'top-level await needs an ES module, and this file is compiled as CommonJS because the ' +
      'nearest package.json has no "type": "module": rename it .mts, or add "type": "module"'
    );
  }
  return message;
}

/**
 * Evaluates the module `file` in a child process (see the module comment) and returns the
 * scenario value it exports, as parsed JSON.
 */
function evaluateModule(
  file: string,
  shown: string,
  ext: string,
  options: LoadScenarioOptions,
): Promise<unknown> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_MODULE_TIMEOUT_MS;
  if (!(timeoutMs > 0)) {
    throw new ScenarioLoadError(shown, `timeoutMs must be a positive number, got ${timeoutMs}`);
  }
  const signal = options.signal;
  if (signal?.aborted === true) {
    throw new ScenarioLoadError(shown, 'loading was interrupted', { cause: signal.reason });
  }
  const tsx = TS.has(ext) ? tsxApiUrl(shown) : '';
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '--no-warnings', '-e', CHILD_PROGRAM, file, tsx],
      { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], env: process.env },
    );
    let stderr = '';
    child.stdout?.resume();
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      stderr = (stderr + text).slice(-4000);
    });
    let message: ChildMessage | undefined;
    let settled = false;
    const finish = (error: ScenarioLoadError | undefined, value?: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      if (error !== undefined) reject(error);
      else resolvePromise(value);
    };
    const onAbort = (): void => {
      finish(new ScenarioLoadError(shown, 'loading was interrupted', { cause: signal?.reason }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      finish(
        new ScenarioLoadError(
          shown,
          `the scenario program did not finish within ${timeoutMs / 1000} s and was stopped ` +
            '(a .ts/.js scenario is code: it may loop or wait forever); allow more time ' +
            '(--scenario-timeout) or give the scenario as .json',
        ),
      );
    }, timeoutMs);
    child.on('message', (m: ChildMessage) => {
      message = m;
    });
    child.on('error', (error) => {
      finish(
        new ScenarioLoadError(shown, `cannot start a process to evaluate it: ${error.message}`, {
          cause: error,
        }),
      );
    });
    child.on('close', (code, killedBy) => {
      if (message?.ok === true) {
        let value: unknown;
        try {
          value = JSON.parse(message.json);
        } catch (error) {
          finish(new ScenarioLoadError(shown, 'its export is not JSON data', { cause: error }));
          return;
        }
        finish(undefined, value);
      } else if (message?.stage === 'exports') {
        const names = message.names.length > 0 ? message.names.join(', ') : 'none';
        finish(
          new ScenarioLoadError(
            shown,
            `expected a default export or a named export \`scenario\` (exports found: ${names})`,
          ),
        );
      } else if (message?.stage === 'evaluate') {
        finish(
          new ScenarioLoadError(
            shown,
            `cannot evaluate module: ${explainEvaluationError(message.message)}`,
          ),
        );
      } else if (message?.stage === 'serialise') {
        finish(
          new ScenarioLoadError(
            shown,
            `its scenario is not JSON-serialisable data: ${message.message}`,
          ),
        );
      } else if (code === 13) {
        finish(
          new ScenarioLoadError(
            shown,
            'cannot evaluate module: its top-level await never settled (nothing left to wait for)',
          ),
        );
      } else {
        const how = killedBy !== null ? `was killed by ${killedBy}` : `exited with code ${code}`;
        const tail = stderr.trim().split('\n').slice(-3).join(' ').slice(0, 500);
        finish(
          new ScenarioLoadError(
            shown,
            `cannot evaluate module: its process ${how}${tail === '' ? '' : `: ${tail}`}`,
          ),
        );
      }
    });
  });
}

/**
 * Loads a scenario file and validates it (limits included: see `validateScenario`).
 *
 * A `.json` file is data. A `.ts`, `.mts`, `.cts`, `.js`, `.mjs` or `.cjs` file is a program
 * run with the caller's privileges (in a child process, stopped after `timeoutMs` or when
 * `signal` aborts); pass `dataOnly` for files from others. TypeScript is compiled by tsx (an
 * optional peer dependency) and not type-checked. A top-level `"$schema"` key of a JSON file
 * (editors add it for completion from the shipped JSON Schema) is ignored.
 *
 * @param path - a `.json`, `.ts`, `.mts`, `.cts`, `.js`, `.mjs` or `.cjs` file
 * @returns the validated, deep-frozen scenario
 * @throws {@link ScenarioLoadError} if the file cannot be read, parsed or evaluated (or not in
 *   time), has an unsupported extension, or is a module while `dataOnly` is set
 * @throws {@link ScenarioValidationError} if its content is not a valid scenario or exceeds a
 *   limit (the message names the file)
 * @example
 * ```ts
 * const scenario = await loadScenario('scenarios/adaptation-plan.ts');
 * const fromOthers = await loadScenario('received.json', { dataOnly: true });
 * ```
 */
export async function loadScenario(
  path: string,
  options: LoadScenarioOptions = {},
): Promise<Scenario> {
  const file = resolve(path);
  const ext = extname(file).toLowerCase();
  let value: unknown;
  if (ext === '.json') {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new ScenarioLoadError(path, `cannot read file: ${why}`, { cause: error });
    }
    value = withoutSchemaKey(
      parseScenarioJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, path),
    );
  } else if (TS.has(ext) || JS.has(ext)) {
    if (options.dataOnly === true) {
      throw new ScenarioLoadError(
        path,
        `refusing a ${ext} scenario: it is a program, and only .json data is accepted here (data only)`,
      );
    }
    value = await evaluateModule(file, path, ext, options);
  } else {
    throw new ScenarioLoadError(
      path,
      `unsupported extension ${JSON.stringify(ext)} (expected .json, .ts, .mts, .cts, .js, .mjs or .cjs)`,
    );
  }
  return validateScenario(value, path);
}

/** `value` without a top-level string `$schema` member (an editor's pointer to the JSON Schema). */
function withoutSchemaKey(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const { $schema, ...rest } = value as Record<string, unknown>;
  return typeof $schema === 'string' ? rest : value;
}
