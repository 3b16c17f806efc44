/**
 * The public API report: every name each entry point of the package exports, with its kind, one
 * per line. `tests/architecture/api.test.ts` compares it with `tests/architecture/public-api.txt`,
 * so a name that appears or disappears is seen in review; after a deliberate change, run
 * `npx tsx scripts/api-report.ts --write`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Entry points: the package's export path and its source file. */
export const ENTRY_POINTS: readonly (readonly [string, string])[] = [
  ['peacekeeping-sim', 'src/index.ts'],
  ['peacekeeping-sim/engine', 'src/engine/index.ts'],
  ['peacekeeping-sim/testing', 'src/testing/index.ts'],
];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REPORT_FILE = fileURLToPath(
  new URL('../tests/architecture/public-api.txt', import.meta.url),
);

function kindOf(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  const s = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const f = s.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  if (f & ts.SymbolFlags.Enum) return 'enum';
  if (f & ts.SymbolFlags.Variable) return 'const';
  return 'other';
}

/** The report's text. */
export function apiReport(): string {
  const files = ENTRY_POINTS.map(([, file]) => `${ROOT}${file}`);
  const config = ts.readConfigFile(`${ROOT}tsconfig.json`, (p) => readFileSync(p, 'utf8'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const lines: string[] = [];
  for (const [name, file] of ENTRY_POINTS) {
    const source = program.getSourceFile(`${ROOT}${file}`);
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    const exports = module === undefined ? [] : checker.getExportsOfModule(module);
    const rows = exports.map((e) => `${kindOf(checker, e).padEnd(9)} ${e.getName()}`).sort();
    lines.push(`# ${name} (${rows.length} exports)`, ...rows, '');
  }
  return lines.join('\n');
}

if (process.argv.includes('--write')) {
  writeFileSync(REPORT_FILE, apiReport());
  console.log(`wrote ${REPORT_FILE}`);
}
