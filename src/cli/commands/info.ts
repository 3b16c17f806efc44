/**
 * The commands that run no simulation: `list`, `validate`, `schema`, `assumptions`, `metrics`.
 *
 * @module
 */

import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missionModel, RANKING_REPLICATIONS, rankParameters } from '../../experiment/index.js';
import { type ReportFormat, renderAssumptions } from '../../report/index.js';
import { listAssumptions, scenarioJsonSchema } from '../../scenario/index.js';
import { BIN } from '../command-line.js';
import {
  type CliContext,
  DEFAULT_SEED,
  defaultWorkers,
  emit,
  execute,
  loadOptions,
  outputFormat,
  reportWidth,
  type ScenarioFileFlags,
  scalarMetricsOf,
  withOutput,
} from '../context.js';
import { EMBEDDED_SCENARIO_NAME, namedScenarios, resolveScenario } from '../scenarios.js';
import { isAssumption } from './analysis.js';

/** Width list output is wrapped to. */
const WIDTH = 100;

function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line.length > indent.length && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent;
    }
    line += line.length > indent.length ? ` ${word}` : word;
  }
  if (line.length > indent.length) lines.push(line);
  return lines.join('\n');
}

/** Flags of `list`. */
export interface ListFlags {
  readonly format: 'table' | 'md' | 'json';
}

/** `peacekeeping-sim list`: the built-in scenarios and the question each answers. */
export async function listCommand(ctx: CliContext, flags: ListFlags): Promise<void> {
  const rows = Object.entries(namedScenarios()).map(([name, s]) => ({
    name,
    title: s.title,
    question: s.question,
    startDate: s.startDate,
    horizonDays: s.horizonDays,
    planSteps: s.plan.length,
  }));
  let text: string;
  if (flags.format === 'json') {
    text = JSON.stringify(rows, null, 2);
  } else if (flags.format === 'md') {
    const cell = (s: string) => s.replaceAll('|', '\\|');
    text = [
      '| scenario | title | question |',
      '|---|---|---|',
      ...rows.map((r) => `| \`${r.name}\` | ${cell(r.title)} | ${cell(r.question)} |`),
    ].join('\n');
  } else {
    text = [
      `Built-in scenarios (run one with: ${BIN} run <name>; compare with --against <name>)`,
      '',
      ...rows.map((r) =>
        [
          `${r.name}${r.name === EMBEDDED_SCENARIO_NAME ? '  (the embedded mission every built-in varies)' : ''}`,
          wrap(r.title, '    '),
          wrap(`Question: ${r.question}`, '    '),
          `    ${r.startDate} + ${r.horizonDays} days, ${r.planSteps} plan steps`,
          '',
        ].join('\n'),
      ),
      `A scenario file (.ts or .json) can be given wherever a name is; see ${BIN} schema.`,
    ].join('\n');
  }
  await withOutput(ctx, undefined, (stdout) => emit(ctx, text, stdout, true));
}

/** Flags of `validate`. */
export interface ValidateFlags extends ScenarioFileFlags {
  readonly quiet: boolean;
}

/**
 * `peacekeeping-sim validate <file>`: loads and validates a scenario file (or built-in name),
 * with the limits. An invalid scenario throws, and the error lists every problem with its path
 * (exit code 2). A `.ts`/`.js` file is a program: loading it runs it (in a child process, with a
 * time limit); `--data-only` refuses it. TypeScript is compiled, not type-checked.
 */
export async function validateCommand(
  ctx: CliContext,
  ref: string,
  flags: ValidateFlags,
): Promise<void> {
  const s = await resolveScenario(ref, ctx.io.cwd, loadOptions(ctx, flags));
  if (flags.quiet) return;
  await withOutput(ctx, undefined, (stdout) =>
    emit(
      ctx,
      `valid: ${ref}: scenario '${s.name}' (${s.title}), ${s.plan.length} plan steps, ${s.horizonDays} days from ${s.startDate}`,
      stdout,
      true,
    ),
  );
}

/** `peacekeeping-sim schema`: the JSON Schema of scenario files. */
export async function schemaCommand(
  ctx: CliContext,
  flags: { readonly out?: string | undefined; readonly quiet: boolean },
): Promise<void> {
  await withOutput(ctx, flags.out, (output) =>
    emit(ctx, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`, output, flags.quiet),
  );
}

/** Flags of `assumptions`. */
export interface AssumptionsFlags extends ScenarioFileFlags {
  readonly format?: ReportFormat | undefined;
  readonly out?: string | undefined;
  readonly quiet: boolean;
  /** `--all`: every assumption, with its rationale (default: the top 20). */
  readonly all?: boolean | undefined;
  /** False with `--no-rank`: list them in a reading order, without running the ranking. */
  readonly rank?: boolean | undefined;
  /** Seed of the ranking's runs. */
  readonly seed?: number | string | undefined;
  /** Replications per run of the ranking (default {@link RANKING_REPLICATIONS}). */
  readonly replications?: number | undefined;
  /** Worker threads of the ranking. */
  readonly workers?: number | undefined;
  /** `--progress`: progress lines on stderr when it is not a terminal. */
  readonly progress?: boolean | undefined;
}

/**
 * `peacekeeping-sim assumptions <scenario>`: the stated assumptions and their rationale, grouped
 * by capability; the model parameters among them ranked by their effect on the headline metrics
 * (`rankParameters`: each swung over its plausible range, a few replications a run), the top 20
 * shown (`--all` for every one). `--no-rank` skips the ranking (instant).
 */
export async function assumptionsCommand(
  ctx: CliContext,
  ref: string,
  flags: AssumptionsFlags,
): Promise<void> {
  await withOutput(ctx, flags.out, async (output) => {
    const s = await resolveScenario(ref, ctx.io.cwd, loadOptions(ctx, flags));
    const format = outputFormat(flags.format, flags.out);
    if (ctx.dryRun) return;
    const ranking =
      flags.rank === false
        ? undefined
        : await execute(
            ctx,
            {
              quiet: flags.quiet,
              workers: flags.workers ?? defaultWorkers(),
              progress: flags.progress,
            },
            `ranking the assumptions of ${s.name}`,
            (hooks) =>
              rankParameters(s, {
                seed: flags.seed ?? DEFAULT_SEED,
                replications: flags.replications ?? RANKING_REPLICATIONS,
                include: isAssumption,
                ...hooks,
              }),
          );
    const text = renderAssumptions(listAssumptions(s), format, {
      scenario: s,
      ranking,
      all: flags.all === true,
      width: reportWidth(ctx, flags.out),
      scenarioRef: ref,
    });
    await emit(ctx, text, output, flags.quiet);
  });
}

/** Flags of `export`. */
export interface ExportFlags extends ScenarioFileFlags {
  readonly out?: string | undefined;
  readonly quiet: boolean;
  /** The `"$schema"` written (default: the package's schema file, relative to the output). */
  readonly schema?: string | undefined;
}

/** The package's JSON Schema of scenario files (beside `src/`, or `dist/src/` when compiled). */
export const SCHEMA_FILE = fileURLToPath(
  new URL(
    import.meta.url.endsWith('.ts')
      ? '../../../schema/scenario.schema.json'
      : '../../../../schema/scenario.schema.json',
    import.meta.url,
  ),
);

/**
 * The `"$schema"` of an exported scenario: the package's schema file relative to the directory
 * the file is written to (the working directory when written to stdout), so that an editor finds
 * it (`./node_modules/peacekeeping-sim/schema/scenario.schema.json` in a project that installed
 * the package).
 */
export function schemaReference(cwd: string, out: string | undefined): string {
  const dir = out === undefined || out === '-' ? cwd : dirname(resolve(cwd, out));
  const rel = relative(dir, SCHEMA_FILE).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/**
 * `peacekeeping-sim export <scenario>`: a scenario (a built-in one, or a file) as a JSON scenario
 * file with `"$schema"` set, ready to edit with completion in an editor and to run:
 * `peacekeeping-sim export adaptation-plan > my.json`.
 */
export async function exportCommand(
  ctx: CliContext,
  ref: string,
  flags: ExportFlags,
): Promise<void> {
  await withOutput(ctx, flags.out, async (output) => {
    const s = await resolveScenario(ref, ctx.io.cwd, loadOptions(ctx, flags));
    const $schema = flags.schema ?? schemaReference(ctx.io.cwd, flags.out);
    await emit(ctx, `${JSON.stringify({ $schema, ...s }, null, 2)}\n`, output, flags.quiet);
  });
}

/** Flags of `metrics`. */
export interface MetricsFlags extends ScenarioFileFlags {
  readonly format: 'table' | 'json';
}

/**
 * `peacekeeping-sim metrics <scenario>`: every metric a run of the scenario reports, as the model
 * declares it (name, kind, unit, label), by group; a family (one metric per route, sector, area,
 * month…) on one line with its keys. The names `--metric` accepts are the counters and values.
 */
export async function metricsCommand(
  ctx: CliContext,
  ref: string,
  flags: MetricsFlags,
): Promise<void> {
  const s = await resolveScenario(ref, ctx.io.cwd, loadOptions(ctx, flags));
  const catalogue = missionModel.metrics?.(s) ?? {};
  const infos = Object.values(catalogue).sort((a, b) => a.order - b.order);
  if (flags.format === 'json') {
    await withOutput(ctx, undefined, (stdout) =>
      emit(ctx, JSON.stringify(infos, null, 2), stdout, true),
    );
    return;
  }
  const scalars = scalarMetricsOf([s]);
  // Report order, with each family's members gathered under its pattern.
  const rows: { group: string; head: string; keys?: string[] }[] = [];
  const families = new Map<string, string[]>();
  for (const info of infos) {
    const f = info.family;
    if (f === undefined) {
      rows.push({
        group: info.group,
        head: `${info.name}  [${info.kind}, ${info.unit}]  ${info.label}`,
      });
      continue;
    }
    const pattern = `${f.base}.${f.of}.<${f.of}>`;
    const keys = families.get(pattern);
    if (keys !== undefined) {
      keys.push(f.key);
      continue;
    }
    const fresh = [f.key];
    families.set(pattern, fresh);
    rows.push({ group: info.group, head: `${pattern}  [${info.kind}, ${info.unit}]`, keys: fresh });
  }
  const lines = [
    `Metrics of ${s.name} (${infos.length}); --metric takes the ${scalars.size} counters and values.`,
  ];
  let group = '';
  for (const r of rows) {
    if (r.group !== group) {
      group = r.group;
      lines.push('', group);
    }
    lines.push(`  ${r.head}`);
    if (r.keys !== undefined) lines.push(wrap(r.keys.join(', '), '      '));
  }
  await withOutput(ctx, undefined, (stdout) => emit(ctx, lines.join('\n'), stdout, true));
}
