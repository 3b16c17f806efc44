/**
 * Loading scenario files: `.json` (parsed, with the position of any syntax error) and
 * `.ts`/`.mts`/`.cts`/`.js`/`.mjs`/`.cjs` modules (default export, or a named export `scenario`),
 * then validated with the file path as the source of any error.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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

async function importModule(file: string, ext: string): Promise<Record<string, unknown>> {
  const url = pathToFileURL(file).href;
  try {
    if (TS.has(ext)) {
      const { tsImport } = await import('tsx/esm/api');
      return (await tsImport(url, import.meta.url)) as Record<string, unknown>;
    }
    return (await import(url)) as Record<string, unknown>;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ScenarioLoadError(file, `cannot evaluate module: ${why}`, { cause: error });
  }
}

function pick(mod: Record<string, unknown>, file: string): unknown {
  let value = mod.default ?? mod.scenario;
  // A CommonJS or transpiled module may nest the default export once more.
  if (
    typeof value === 'object' &&
    value !== null &&
    'default' in value &&
    !('schemaVersion' in value)
  ) {
    value = (value as { default: unknown }).default;
  }
  if (value === undefined) {
    throw new ScenarioLoadError(file, 'expected a default export or a named export `scenario`');
  }
  return value;
}

/**
 * Loads and validates a scenario file.
 *
 * @param path - a `.json`, `.ts`, `.mts`, `.cts`, `.js`, `.mjs` or `.cjs` file
 * @returns the validated, deep-frozen scenario
 * @throws {@link ScenarioLoadError} if the file cannot be read, parsed or evaluated, or has an
 *   unsupported extension
 * @throws {@link ScenarioValidationError} if its content is not a valid scenario (the message
 *   names the file)
 * @example
 * ```ts
 * const scenario = await loadScenario('scenarios/adaptation-plan.ts');
 * ```
 */
export async function loadScenario(path: string): Promise<Scenario> {
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
    value = parseScenarioJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, path);
  } else if (TS.has(ext) || JS.has(ext)) {
    value = pick(await importModule(file, ext), path);
  } else {
    throw new ScenarioLoadError(
      path,
      `unsupported extension ${JSON.stringify(ext)} (expected .json, .ts, .mts, .cts, .js, .mjs or .cjs)`,
    );
  }
  return validateScenario(value, path);
}
