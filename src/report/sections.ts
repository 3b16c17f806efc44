/**
 * Report sections shared by several reports: the headline, the full metric table, the
 * assumptions that drive results, the scenario summary and "How to reproduce".
 *
 * @module
 */

import type { AnyScenario as Scenario } from '../dynamics/capability.js';
import type { ExperimentResult } from '../experiment/types.js';
import { addDays } from '../model/dates.js';
import { assumptionsTable, rankAssumptions } from './assumptions.js';
import type { Block, GroupRow } from './document.js';
import { formatInterval, formatNumber, formatValue, MISSING, unitLabel } from './format.js';
import { catalogueOf, metricInfo, sortMetricNames } from './metrics.js';

/** Options the sections read (a subset of the report options). */
export interface SectionOptions {
  readonly command?: string;
  readonly scenarioRef?: string;
  readonly topAssumptions?: number;
}

/** `n days`, or `1 day`. */
export function daysText(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An ISO date as the scenarios' prose writes it: `2021-12-31` → `31 December 2021`. */
function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
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
    ['Seed', String(m.seed)],
    ['Model', m.model],
    ['Package', `${m.package.name} ${m.package.version}`],
    ['Scenario hash', m.scenario.hash],
  ];
}

/** Title and question blocks of a run. */
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
  blocks.push({ kind: 'fields', rows: headlineFields(result) });
  return blocks;
}

/** The full metric table of a run, grouped: mean, 95 % CI of the mean, p5/p50/p95, n. */
export function metricTable(result: ExperimentResult): Block[] {
  const catalogue = catalogueOf(result);
  const rows: (string[] | GroupRow)[] = [];
  let group = '';
  for (const name of sortMetricNames(Object.keys(result.scalars), catalogue)) {
    const s = result.scalars[name];
    if (s === undefined) continue;
    const info = metricInfo(name, catalogue);
    if (info.group !== group) {
      group = info.group;
      rows.push({ group });
    }
    const v = (x: number) => formatValue(x, info.unit);
    rows.push([
      name,
      unitLabel(info.unit),
      v(s.mean),
      formatInterval(s.ciLow, s.ciHigh, info.unit),
      v(s.p5),
      v(s.p50),
      v(s.p95),
      String(s.n),
    ]);
  }
  return [
    { kind: 'heading', level: 2, text: 'All metrics' },
    {
      kind: 'table',
      columns: [
        { header: 'Metric', align: 'left' },
        { header: 'Unit', align: 'left' },
        { header: 'Mean', align: 'right' },
        { header: '95 % CI of mean', align: 'right' },
        { header: 'p5', align: 'right' },
        { header: 'p50', align: 'right' },
        { header: 'p95', align: 'right' },
        { header: 'n', align: 'right' },
      ],
      rows,
      note: `95 % CI: Student-t confidence interval of the mean over replications. p5/p50/p95: percentiles across replications (the spread of one run). Shares in %. n: replications with a value (a replication with no event of a kind reports none, e.g. no refused task).`,
    },
  ];
}

/** The assumptions that drive results (top N) and a pointer to the full list. */
export function assumptionSection(result: ExperimentResult, options: SectionOptions): Block[] {
  const all = result.meta.assumptions;
  const top = rankAssumptions(all).slice(0, options.topAssumptions ?? 12);
  const ref = options.scenarioRef ?? result.meta.scenario.name;
  return [
    { kind: 'heading', level: 2, text: 'Assumptions that drive the results' },
    {
      kind: 'paragraph',
      text: `${top.length} of ${all.length} stated assumptions (values no source gives): those fitted to the letter first, then the parameters of the dynamics, plan dates and mission figures. This order is a reading guide; a sensitivity analysis measures what moves a given result. The full list:`,
    },
    { kind: 'code', text: `peacekeeping-sim assumptions ${ref}` },
    assumptionsTable(top),
  ];
}

/** "How to reproduce": the command, seed, replications, version and scenario hash. */
export function reproduceSection(
  fields: readonly [string, string][],
  command: string | undefined,
): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'How to reproduce' }];
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

/** Summary of a scenario: sectors, units, armoured fleet, helicopters, medical, plan. */
export function scenarioSummary(sc: Scenario): Block[] {
  const m = sc.mission;
  const sectorOf = (place: string) => m.places.find((p) => p.id === place)?.sector;
  const placeName = (id: string) => m.places.find((p) => p.id === id)?.name ?? id;
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
    { kind: 'heading', level: 2, text: 'Scenario summary' },
    { kind: 'heading', level: 3, text: 'Sectors and units' },
    {
      kind: 'table',
      columns: [
        { header: 'Sector', align: 'left' },
        { header: 'HQ', align: 'left' },
        { header: 'Ground units (count, kind)', align: 'left' },
        { header: 'Armoured vehicles', align: 'right' },
        { header: 'Workshop bays', align: 'right' },
      ],
      rows: sectorRows,
    },
    { kind: 'heading', level: 3, text: 'Armoured fleet' },
    {
      kind: 'paragraph',
      text: `${f.total.value} vehicles on ${f.asOf}: ${f.inDailyUse.value} in daily use, ${f.inMaintenance.value} in maintenance, ${f.awaitingReplacement.value} beyond the mission’s repair and awaiting replacement; ${formatValue(f.mineProtectedShare.value, 'share')} % mine-protected.`,
    },
    { kind: 'heading', level: 3, text: 'Helicopters' },
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
    { kind: 'heading', level: 3, text: 'Medical facilities' },
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
    { kind: 'heading', level: 3, text: 'Plan steps' },
    {
      kind: 'table',
      columns: [
        { header: 'Date', align: 'left' },
        { header: 'Status', align: 'left' },
        { header: 'Step', align: 'left' },
        { header: 'Action', align: 'left' },
        { header: 'Date from', align: 'left' },
      ],
      rows: sc.plan.map((s) => [
        s.date,
        s.status,
        s.title,
        s.action.kind,
        (s.dateSource ?? s.source).kind,
      ]),
    },
  ];
}
