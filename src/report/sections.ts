/**
 * The sections every briefing has, in the same order whatever the analysis (run, comparison,
 * sweep, sensitivity): key findings, charts, paired differences (comparisons), the scenario(s),
 * the sources of every figure, what to challenge, how to reproduce; and the blocks several
 * reports share: the scenario summary, the assumptions to challenge, the reproducing command.
 *
 * @module
 */

import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import { describeParameter, readablePath } from '../experiment/parameters.js';
import { keptInSketch, SKETCH_QUANTILES_TEXT } from '../experiment/state.js';
import type { ExperimentResult } from '../experiment/types.js';
import { addDays, longDate } from '../model/dates.js';
import { walkPath } from '../model/paths.js';
import { schedulePlan } from '../model/plan.js';
import { listAssumptions, listSources } from '../scenario/assumptions.js';
import { assumptionsTable, provenanceHtml, rankAssumptions } from './assumptions.js';
import type { Block, Cell, GroupRow } from './document.js';
import { formatNumber, formatValue, MISSING } from './format.js';

/** Titles of the sections of a briefing, in their order. */
export const SECTION = {
  keyFindings: 'Key findings',
  charts: 'Charts',
  paired: 'Paired differences',
  scenario: 'The scenario',
  scenarios: 'The scenarios',
  sources: 'Sources of every figure',
  challenge: 'What to challenge',
  reproduce: 'How to reproduce',
  misses: 'What the misses teach',
  notCovered: 'What the model does not cover',
  matching: 'How each figure is matched',
  hindsight: 'What the scenario knows of the time after the letter',
} as const;

/**
 * The sections of each kind of briefing (HTML and Markdown), in order; a terminal report leads
 * with a one-screen summary instead (`--detail` prints these).
 */
export const BRIEFING_SECTIONS = {
  run: [
    SECTION.keyFindings,
    SECTION.charts,
    SECTION.scenario,
    SECTION.sources,
    SECTION.challenge,
    SECTION.reproduce,
  ],
  comparison: [
    SECTION.keyFindings,
    SECTION.charts,
    SECTION.paired,
    SECTION.scenarios,
    SECTION.sources,
    SECTION.challenge,
    SECTION.reproduce,
  ],
  sweep: [
    SECTION.keyFindings,
    SECTION.charts,
    SECTION.scenario,
    SECTION.sources,
    SECTION.challenge,
    SECTION.reproduce,
  ],
  sensitivity: [
    SECTION.keyFindings,
    SECTION.charts,
    SECTION.scenario,
    SECTION.sources,
    SECTION.challenge,
    SECTION.reproduce,
  ],
  // The backtest leads with its verdict table and chart, before the first section.
  backtest: [
    SECTION.misses,
    SECTION.notCovered,
    SECTION.matching,
    SECTION.hindsight,
    SECTION.reproduce,
  ],
} as const;

/** Options the sections read (a subset of the report options). */
export interface SectionOptions {
  readonly command?: string | undefined;
  readonly scenarioRef?: string | undefined;
  readonly topAssumptions?: number | undefined;
}

/** A level-2 heading. */
export function h2(text: string): Block {
  return { kind: 'heading', level: 2, text };
}

/** A level-3 heading. */
export function h3(text: string): Block {
  return { kind: 'heading', level: 3, text };
}

/** `n days`, or `1 day`. */
export function daysText(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** `1 July 2020 to 31 December 2021 (549 days)`: the period a scenario ran. */
export function periodText(startDate: string, horizonDays: number): string {
  return `${longDate(startDate)} to ${longDate(addDays(startDate, horizonDays - 1))} (${daysText(horizonDays)})`;
}

/**
 * The scenario's description with a sentence stating its horizon ("Horizon to 31 December
 * 2021.") computed from the horizon that actually ran, so a shortened run does not claim the
 * scenario's original end.
 */
export function describeHorizon(
  description: string,
  startDate: string,
  horizonDays: number,
): string {
  const end = longDate(addDays(startDate, horizonDays - 1));
  return description.replace(/\bHorizon to \d{1,2} [A-Z][a-z]+ \d{4}\./g, `Horizon to ${end}.`);
}

/** The headline fields of a run: scenario, period, replications, seed, version, hash. */
export function headlineFields(result: ExperimentResult): [string, string][] {
  const m = result.meta;
  const end = addDays(m.scenario.startDate, m.scenario.horizonDays - 1);
  const reps = m.replications;
  return [
    ['Scenario', `${m.scenario.name}: ${m.scenario.title}`],
    ['Period', `${m.scenario.startDate} to ${end} (${daysText(m.scenario.horizonDays)})`],
    [
      'Replications',
      reps.partial
        ? `${reps.completed} of ${reps.requested} requested (partial: cancelled or an incomplete merge)`
        : String(reps.completed),
    ],
    ...(keptInSketch(m) ? [['Quantiles', SKETCH_QUANTILES_TEXT] as [string, string]] : []),
    ['Seed', String(m.seed)],
    ['Model', m.model],
    ['Package', `${m.package.name} ${m.package.version}`],
    ['Scenario hash', m.scenario.hash],
  ];
}

/** Title, question and description blocks of a run. */
export function headline(result: ExperimentResult, title: string | undefined): Block[] {
  const sc = result.meta.scenario.definition;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title ?? sc.title },
    { kind: 'paragraph', text: `Question: ${sc.question}` },
  ];
  if (sc.description !== undefined) {
    const text = describeHorizon(sc.description, sc.startDate, sc.horizonDays);
    blocks.push({ kind: 'paragraph', text });
  }
  return blocks;
}

/** "How to reproduce": the command, then seed, replications, version and scenario hash. */
export function reproduceSection(
  fields: readonly [string, string][],
  command: string | undefined,
): Block[] {
  const blocks: Block[] = [h2(SECTION.reproduce)];
  if (command !== undefined) {
    blocks.push({ kind: 'code', text: command });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: 'Run the same scenario (same content hash) with the same seed, replication count and package version: results are bit-identical whatever the number of workers or shards.',
    });
  }
  blocks.push({ kind: 'fields', rows: fields });
  return blocks;
}

/**
 * The sections a briefing of one scenario ends with: the scenario, the sources of every figure,
 * what to challenge, and how to reproduce (the command, then `fields`).
 */
export function closingSections(
  scenario: Scenario | undefined,
  format: string,
  options: SectionOptions,
  fields: readonly [string, string][],
): Block[] {
  return [
    ...scenarioSection(scenario),
    ...sourcesSection(scenario, format),
    ...challengeSection(scenario, options),
    ...reproduceSection(fields, options.command),
  ];
}

/**
 * The one-screen report's pointer to the rest and its reproducing command, the command on a line
 * of its own.
 */
export function moreAndReproduce(more: readonly string[], command: string | undefined): Block[] {
  const blocks: Block[] = [];
  if (more.length > 0) blocks.push(h3('More'), { kind: 'list', items: more });
  if (command !== undefined) blocks.push(h3('Reproduce'), { kind: 'code', text: command });
  return blocks;
}

/**
 * "What to challenge": the stated assumptions most likely to drive the results (values fitted to
 * the letter, then the parameters of the dynamics, plan dates, mission figures: a reading
 * order), and the command that ranks them by their measured effect.
 */
export function challengeSection(scenario: Scenario | undefined, options: SectionOptions): Block[] {
  const blocks: Block[] = [h2(SECTION.challenge)];
  if (scenario === undefined) {
    blocks.push({
      kind: 'paragraph',
      text: 'The result does not carry its scenario: pass it as the `scenario` report option to list the assumptions here.',
    });
    return blocks;
  }
  const all = listAssumptions(scenario);
  const top = rankAssumptions(all).slice(0, options.topAssumptions ?? 12);
  const ref = options.scenarioRef ?? scenario.name;
  blocks.push(
    {
      kind: 'paragraph',
      text: `${top.length} of the ${all.length} stated assumptions (values no source gives), in a reading order: those fitted to the letter first, then the parameters of the dynamics, plan dates and mission figures. To rank every assumption by its measured effect on the headline metrics, with its plausible range:`,
    },
    { kind: 'code', text: `peacekeeping-sim assumptions ${ref}` },
    assumptionsTable(top, scenario),
  );
  return blocks;
}

/** "Sources of every figure": the scenario's values with their sources (HTML), or a pointer. */
export function sourcesSection(scenario: Scenario | undefined, format: string): Block[] {
  const blocks: Block[] = [h2(SECTION.sources)];
  if (scenario === undefined) {
    blocks.push({
      kind: 'paragraph',
      text: 'The result does not carry its scenario: pass it as the `scenario` report option to list the sources here.',
    });
    return blocks;
  }
  const rows = listSources(scenario);
  const count = (k: string) => rows.filter((r) => r.kind === k).length;
  blocks.push({
    kind: 'paragraph',
    text: `Every number of the scenario with where it comes from: ${count('letter')} from the letter of 23 December 2020 (quoted in French), ${count('public')} from public sources (the reference), ${count('assumption')} stated assumptions (the rationale).${format === 'html' ? '' : ' The HTML report lists them all.'}`,
  });
  if (format === 'html') blocks.push({ kind: 'html', html: provenanceHtml(scenario) });
  return blocks;
}

/** Summary of a scenario: sectors, units, armoured fleet, helicopters, medical, plan. */
export function scenarioSummary(sc: Scenario): Block[] {
  const m = sc.mission;
  const sectorOf = (place: string) => m.places.find((p) => p.id === place)?.sector;
  const placeName = (id: string) => m.places.find((p) => p.id === id)?.name ?? id;
  const { effectiveDay } = schedulePlan(sc.plan, sc.startDate);
  const effectiveDate = (i: number): string => {
    const day = effectiveDay[i] as number;
    return Number.isFinite(day) ? addDays(sc.startDate, day) : MISSING;
  };
  const sectorRows = m.sectors.map((s) => {
    const units = m.units.filter((u) => sectorOf(u.base) === s.id && u.aircraft === undefined);
    const kinds = new Map<string, number>();
    for (const u of units) kinds.set(u.kind, (kinds.get(u.kind) ?? 0) + 1);
    const fleet = m.armouredFleet.bySector.find((f) => f.sector === s.id);
    return [
      s.name,
      placeName(s.hq),
      [...kinds].map(([k, c]) => `${c} ${k}`).join(', '),
      fleet === undefined ? MISSING : formatNumber(fleet.vehicles.value),
      fleet === undefined ? MISSING : formatNumber(fleet.workshopBays.value),
    ];
  });
  const outside = m.units.filter((u) => sectorOf(u.base) === undefined && u.aircraft === undefined);
  if (outside.length > 0) {
    sectorRows.push(['Outside the sectors', '', outside.map((u) => u.name).join(', '), '', '']);
  }
  const helos = m.units.filter((u) => u.aircraft !== undefined);
  const f = m.armouredFleet;
  return [
    h3('Sectors and units'),
    {
      kind: 'table',
      columns: [
        { header: 'Sector', align: 'left' },
        { header: 'HQ', align: 'left' },
        { header: 'Ground units (count, kind)', align: 'left', wrap: true },
        { header: 'Armoured vehicles', align: 'right' },
        { header: 'Workshop bays', align: 'right' },
      ],
      rows: sectorRows,
    },
    h3('Armoured fleet'),
    {
      kind: 'paragraph',
      text: `${f.total.value} vehicles on ${f.asOf}: ${f.inDailyUse.value} in daily use, ${f.inMaintenance.value} in maintenance, ${f.awaitingReplacement.value} beyond the mission’s repair and awaiting replacement; ${formatValue(f.mineProtectedShare.value, 'share')} % mine-protected.`,
    },
    h3('Helicopters'),
    {
      kind: 'table',
      columns: [
        { header: 'Unit', align: 'left' },
        { header: 'Base', align: 'left' },
        { header: 'Aircraft', align: 'left' },
        { header: 'Count', align: 'right' },
        { header: 'Speed (km/h)', align: 'right' },
        { header: 'Military tasking', align: 'left' },
        { header: 'Night', align: 'left' },
      ],
      rows: helos.map((u) => {
        const a = u.aircraft;
        return [
          u.name,
          placeName(u.base),
          a === undefined ? '' : `${a.type} (${a.role})`,
          a === undefined ? '' : formatNumber(a.count.value),
          a === undefined ? '' : formatNumber(a.cruiseSpeedKmh.value),
          a?.militaryTasking === true ? 'yes' : 'no',
          a?.nightCapable === true ? 'yes' : 'no',
        ];
      }),
      note: `The letter: the military component can task ${formatValue(m.helicopterMilitaryShare.value, 'share')} % of the helicopter fleet.`,
    },
    h3('Medical facilities'),
    {
      kind: 'table',
      columns: [
        { header: 'Facility', align: 'left' },
        { header: 'Place', align: 'left' },
        { header: 'Role', align: 'right' },
        { header: 'Surgical teams', align: 'right' },
      ],
      rows: m.medical.map((x) => [
        x.name,
        placeName(x.place),
        String(x.role),
        formatNumber(x.surgicalTeams.value),
      ]),
    },
    h3('Plan steps'),
    {
      kind: 'table',
      columns: [
        { header: 'Date', align: 'left' },
        { header: 'Takes effect', align: 'left' },
        { header: 'Status', align: 'left' },
        { header: 'Step', align: 'left', wrap: true },
        { header: 'Action', align: 'left' },
        { header: 'Date from', align: 'left' },
      ],
      rows: sc.plan.map((s, i) => [
        s.date,
        // The later of its date and the steps it follows (plus their lead), as the run replays it.
        effectiveDate(i),
        s.status,
        s.title,
        s.action.kind,
        (s.dateSource ?? s.source).kind,
      ]),
    },
  ];
}

/** "The scenario": its name, title, question, description and summary. */
export function scenarioSection(scenario: Scenario | undefined): Block[] {
  const blocks: Block[] = [h2(SECTION.scenario)];
  if (scenario === undefined) {
    blocks.push({
      kind: 'paragraph',
      text: 'The result does not carry its scenario: pass it as the `scenario` report option to describe it here.',
    });
    return blocks;
  }
  blocks.push(
    {
      kind: 'fields',
      rows: [
        ['Name', scenario.name],
        ['Title', scenario.title],
        ['Period', periodText(scenario.startDate, scenario.horizonDays)],
      ],
    },
    ...(scenario.description === undefined
      ? []
      : [
          {
            kind: 'paragraph',
            text: describeHorizon(scenario.description, scenario.startDate, scenario.horizonDays),
          } as Block,
        ]),
    ...scenarioSummary(scenario),
  );
  return blocks;
}

/**
 * What differs between two scenarios: plan steps added, removed or moved, and every sourced value
 * that changed (by path), as a table; empty when they are the same but for their names.
 */
export function scenarioDifferences(a: Scenario, b: Scenario): Block[] {
  const rows: (Cell[] | GroupRow)[] = [];
  const stepsA = new Map(a.plan.map((s) => [s.id, s]));
  const stepsB = new Map(b.plan.map((s) => [s.id, s]));
  const stepRows: Cell[][] = [];
  for (const s of b.plan) {
    const old = stepsA.get(s.id);
    if (old === undefined) stepRows.push([s.title, 'not in A', `${s.date} (${s.status})`]);
    else if (
      old.date !== s.date ||
      old.status !== s.status ||
      old.after?.join() !== s.after?.join()
    ) {
      stepRows.push([s.title, `${old.date} (${old.status})`, `${s.date} (${s.status})`]);
    }
  }
  for (const s of a.plan) {
    if (!stepsB.has(s.id)) stepRows.push([s.title, `${s.date} (${s.status})`, 'not in B']);
  }
  if (stepRows.length > 0) rows.push({ group: 'Plan steps' }, ...stepRows);
  const valuesA = new Map(listSources(a).map((r) => [r.path, r.value]));
  const valueRows: Cell[][] = [];
  for (const r of listSources(b)) {
    if (r.path.startsWith('plan')) continue;
    const old = valuesA.get(r.path);
    if (old !== undefined && old !== r.value) {
      const w = walkPath(b, r.path);
      const path = w.complete ? readablePath(b, w.segments) : r.path;
      const d = describeParameter(b, path);
      const cell: Cell =
        d === undefined || d.label === d.path ? path : { text: d.label, code: path };
      valueRows.push([cell, old, r.value]);
    }
  }
  if (valueRows.length > 0) rows.push({ group: 'Values' }, ...valueRows);
  if (rows.length === 0) {
    return [{ kind: 'paragraph', text: 'A and B hold the same plan and values.' }];
  }
  return [
    {
      kind: 'table',
      columns: [
        { header: 'What', align: 'left', wrap: true },
        { header: 'In A', align: 'left' },
        { header: 'In B', align: 'left' },
      ],
      rows,
    },
  ];
}

/**
 * "Charts": the charts `draw` makes, in HTML; in Markdown a pointer per chart; in text a pointer
 * to the HTML report; with `charts: false`, a sentence saying none were drawn.
 */
export function chartsSection(
  format: 'table' | 'md' | 'html',
  options: { readonly charts?: boolean | undefined },
  draw: () => Block[],
): Block[] {
  const blocks: Block[] = [h2(SECTION.charts)];
  if (options.charts === false) {
    blocks.push({ kind: 'paragraph', text: 'Charts not drawn (--no-charts).' });
  } else if (format === 'table') {
    blocks.push({ kind: 'paragraph', text: 'Drawn in the HTML report: --out report.html' });
  } else {
    blocks.push(...draw());
  }
  return blocks;
}
