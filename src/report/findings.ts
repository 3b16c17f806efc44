/**
 * The key findings of a run, the part a planner reads first: readiness on the letter's date and
 * at the horizon against the letter, IED figures in the letter's period, the helicopter share,
 * 10-1-2 compliance, and response times overall and by area. Each as blocks.
 *
 * @module
 */

import type { ModelParameters } from '../dynamics/format.js';
import type { ExperimentResult, ScalarSummary } from '../experiment/types.js';
import { daysBetween } from '../model/dates.js';
import type { Block } from './document.js';
import {
  formatEstimate,
  formatInterval,
  formatNumber,
  formatValue,
  formatWithUnit,
  MISSING,
  unitLabel,
} from './format.js';
import { catalogueOf, type MetricUnit, metricInfo } from './metrics.js';

/**
 * The verdict to give instead of a comparison with a letter figure when the run does not cover
 * what the figure counts: the letter's period `from` … `to` (ISO dates, `to` exclusive, as the
 * model counts it), or the letter's date `from` (a snapshot, with `to` undefined). Undefined
 * when the run covers it.
 */
export function coverage(
  result: ExperimentResult,
  from: string,
  to?: string | undefined,
): string | undefined {
  const sc = result.meta.scenario;
  const what = to === undefined ? 'the letter’s date' : 'the letter’s period';
  if (daysBetween(sc.startDate, from) < 0) {
    return `not comparable: the run starts after ${what}${to === undefined ? '' : ' begins'}`;
  }
  // A snapshot of a date is taken on that day, so the run must include it.
  const needed =
    to === undefined ? daysBetween(sc.startDate, from) + 1 : daysBetween(sc.startDate, to);
  if (sc.horizonDays < needed) {
    return `not comparable: the run ends before ${what}${to === undefined ? '' : ' ends'}`;
  }
  return undefined;
}

/** How the letter's figure sits against the simulated 90 % interval. */
export function againstInterval(letter: number, s: ScalarSummary | undefined): string {
  if (s === undefined || !Number.isFinite(s.p5) || !Number.isFinite(s.p95)) return MISSING;
  if (letter < s.p5) return 'outside: model higher';
  if (letter > s.p95) return 'outside: model lower';
  return 'inside';
}

const HEAD = [
  { header: 'Measure', align: 'left' },
  { header: 'Simulated mean', align: 'right' },
  { header: '90 % interval', align: 'right' },
  { header: 'Letter', align: 'right' },
  { header: 'Letter vs interval', align: 'left' },
] as const;

/** The key findings of a run against the letter, by topic (level-3 headings). */
export function keyFindings(result: ExperimentResult): Block[] {
  const sc = result.meta.scenario.definition;
  const fleet = sc.mission.armouredFleet;
  const ied = sc.mission.ied;
  const s = (name: string) => result.scalars[name];
  const catalogue = catalogueOf(result);
  const cell = (name: string, unit?: MetricUnit) => {
    const v = s(name);
    const u = unit ?? metricInfo(name, catalogue).unit;
    if (v === undefined) return [MISSING, MISSING];
    const e = formatEstimate(v.mean, v.p5, v.p95, u);
    const suffix = u === 'count' ? '' : ` ${unitLabel(u)}`;
    return [e.value === MISSING ? MISSING : `${e.value}${suffix}`, e.interval];
  };
  const asOf = fleet.asOf;
  const onLetterDate = coverage(result, asOf);
  const inLetterPeriod = coverage(result, ied.periodStart, ied.periodEnd);
  const row = (
    label: string,
    name: string,
    letter?: number,
    letterText?: string,
    uncovered?: string,
  ) => {
    const [mean, interval] = cell(name);
    return [
      label,
      mean as string,
      interval as string,
      letter === undefined ? '' : (letterText ?? formatNumber(letter)),
      letter === undefined ? '' : (uncovered ?? againstInterval(letter, s(name))),
    ];
  };
  const total = fleet.total.value;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Simulated mean over ${result.meta.replications.completed} replications; 90 % interval: 5th to 95th percentile across replications (where 90 % of simulated runs of the mission fall, not a confidence interval of the mean).`,
    },
    {
      kind: 'heading',
      level: 3,
      text: `Armoured fleet on ${asOf} (the letter’s date) and at the horizon`,
    },
    {
      kind: 'table',
      columns: HEAD,
      rows: [
        row(
          'In daily use',
          `fleet.inDailyUse@${asOf}`,
          fleet.inDailyUse.value,
          `${fleet.inDailyUse.value} of ${total}`,
          onLetterDate,
        ),
        row(
          'In maintenance',
          `fleet.inMaintenance@${asOf}`,
          fleet.inMaintenance.value,
          undefined,
          onLetterDate,
        ),
        row(
          'Awaiting replacement',
          `fleet.awaitingReplacement@${asOf}`,
          fleet.awaitingReplacement.value,
          undefined,
          onLetterDate,
        ),
        row('In daily use at the horizon', 'fleet.inDailyUse@end'),
        row('In maintenance at the horizon', 'fleet.inMaintenance@end'),
        row('Awaiting replacement at the horizon', 'fleet.awaitingReplacement@end'),
        row('Readiness, time average over the horizon', 'fleet.readiness.mean'),
      ],
    },
  ];
  const endTotal = [
    'fleet.inDailyUse@end',
    'fleet.inMaintenance@end',
    'fleet.awaitingReplacement@end',
  ]
    .map((n) => s(n)?.mean ?? Number.NaN)
    .reduce((a, b) => a + b, 0);
  const endUse = s('fleet.inDailyUse@end');
  if (endUse !== undefined && Number.isFinite(endTotal) && endTotal > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `At the horizon ${formatValue(endUse.mean / endTotal, 'share')} % of a fleet of ${formatNumber(endTotal)} vehicles (mean) is in daily use, against ${formatValue(fleet.inDailyUse.value / total, 'share')} % (${fleet.inDailyUse.value} of ${total}) in the letter.`,
    });
  }
  blocks.push(
    {
      kind: 'heading',
      level: 3,
      text: `IEDs against the mission, ${ied.periodStart} to ${ied.periodEnd} (the letter’s period)`,
    },
    {
      kind: 'table',
      columns: HEAD,
      rows: [
        row(
          'Encounters (devices met)',
          'ied.encounters.letterPeriod',
          ied.againstMission.value,
          undefined,
          inLetterPeriod,
        ),
        row(
          'Detonated',
          'ied.detonations.letterPeriod',
          ied.detonated.value,
          undefined,
          inLetterPeriod,
        ),
        row(
          'Found and neutralised',
          'ied.neutralised.letterPeriod',
          ied.neutralised.value,
          undefined,
          inLetterPeriod,
        ),
      ],
    },
    { kind: 'heading', level: 3, text: 'Helicopters' },
    {
      kind: 'table',
      columns: HEAD,
      rows: [
        (() => {
          const name = `aviation.militaryShare@${asOf}`;
          const letter = sc.mission.helicopterMilitaryShare.value;
          const [mean, interval] = cell(name, 'share');
          return [
            `Share the military component can task, ${asOf}`,
            mean as string,
            interval as string,
            `${formatValue(letter, 'share')} %`,
            onLetterDate ?? againstInterval(letter, s(name)),
          ];
        })(),
      ],
    },
  );
  blocks.push(...casevacFindings(result), ...responseFindings(result));
  return blocks;
}

function casevacFindings(result: ExperimentResult): Block[] {
  const c = (result.meta.scenario.definition.parameters as Partial<ModelParameters>).casevac;
  if (c === undefined) return [];
  const catalogue = catalogueOf(result);
  const s = (name: string) => result.scalars[name];
  const row = (label: string, name: string, target: string): string[] => {
    const v = s(name);
    const u = metricInfo(name, catalogue).unit;
    if (v === undefined) return [label, target, MISSING, MISSING];
    const e = formatEstimate(v.mean, v.p5, v.p95, u);
    const unit = u === 'count' ? '' : ` ${unitLabel(u)}`;
    return [label, target, e.value === MISSING ? MISSING : `${e.value}${unit}`, e.interval];
  };
  const hist = result.histograms['casevac.toSurgery'];
  const note =
    hist !== undefined && hist.total > 0
      ? `Pooled over all ${hist.total} casualties of all replications: median time to surgery ${formatNumber(hist.p50)} min, 90th percentile ${formatNumber(hist.p90)} min${hist.overflow > 0 ? ` (${hist.overflow} beyond 48 h)` : ''}.`
      : undefined;
  return [
    { kind: 'heading', level: 3, text: 'Casualty evacuation against 10-1-2' },
    {
      kind: 'table',
      columns: [
        { header: 'Measure', align: 'left' },
        { header: 'Target', align: 'right' },
        { header: 'Simulated mean', align: 'right' },
        { header: '90 % interval', align: 'right' },
      ],
      rows: [
        row(
          'First aid within target',
          'casevac.firstAidWithinTarget.share',
          `≤ ${c.firstAidTargetMin.value} min`,
        ),
        row(
          'Damage-control resuscitation within target',
          'casevac.resuscitationWithinTarget.share',
          `≤ ${c.resuscitationTargetMin.value} min`,
        ),
        row(
          'Damage-control surgery within target',
          'casevac.surgeryWithinTarget.share',
          `≤ ${c.surgeryTargetMin.value} min`,
        ),
        row('All three within target', 'casevac.compliant.share', '10-1-2'),
        row(
          'Median time to surgery (per run)',
          'casevac.toSurgery.p50Min',
          `≤ ${c.surgeryTargetMin.value} min`,
        ),
        row('Casualties over the horizon', 'casevac.casualties', ''),
      ],
      ...(note === undefined ? {} : { note }),
    },
  ];
}

function responseFindings(result: ExperimentResult): Block[] {
  const sc = result.meta.scenario.definition;
  const s = (name: string) => result.scalars[name];
  const fmt = (name: string) => {
    const v = s(name);
    return v === undefined
      ? [MISSING, MISSING]
      : (() => {
          const e = formatEstimate(v.mean, v.p5, v.p95, 'min');
          return [e.value, e.interval];
        })();
  };
  const pooled = (name: string) => {
    const h = result.histograms[name];
    return h === undefined || h.total === 0
      ? [MISSING, MISSING]
      : [formatNumber(h.p50), formatNumber(h.p90)];
  };
  const overall = [
    'All areas',
    '',
    s('response.threats') === undefined
      ? MISSING
      : formatNumber(s('response.threats')?.mean ?? Number.NaN),
    ...fmt('response.time.p50Min'),
    ...pooled('response.time'),
  ];
  const areas = sc.mission.incidentAreas.map((a) => [
    a.name,
    sc.mission.sectors.find((x) => x.id === a.sector)?.name.replace(/^Sector /, '') ?? a.sector,
    formatNumber(s(`response.threats.area.${a.id}`)?.mean ?? Number.NaN),
    ...fmt(`response.time.p50Min.area.${a.id}`),
    ...pooled(`response.time.area.${a.id}`),
  ]);
  const p90 = s('response.time.p90Min');
  return [
    { kind: 'heading', level: 3, text: 'Response to threats against civilians' },
    {
      kind: 'paragraph',
      text: `Median response time ${formatWithUnit(s('response.time.p50Min')?.mean ?? Number.NaN, 'min')} (90 % interval ${formatInterval(s('response.time.p50Min')?.p5 ?? Number.NaN, s('response.time.p50Min')?.p95 ?? Number.NaN, 'min')}); 90th percentile ${formatWithUnit(p90?.mean ?? Number.NaN, 'min')} (90 % interval ${formatInterval(p90?.p5 ?? Number.NaN, p90?.p95 ?? Number.NaN, 'min')}). Response time runs from the threat to the first unit on scene (waiting for a free unit, notice to move or air lift, travel).`,
    },
    {
      kind: 'table',
      columns: [
        { header: 'Area', align: 'left' },
        { header: 'Sector', align: 'left' },
        { header: 'Threats per run', align: 'right' },
        { header: 'Median (min), mean', align: 'right' },
        { header: 'Median, 90 % interval', align: 'right' },
        { header: 'Pooled p50 (min)', align: 'right' },
        { header: 'Pooled p90 (min)', align: 'right' },
      ],
      rows: [overall, ...areas],
      note: 'Median: each run’s median response time, averaged over runs, with the 5th–95th percentile across runs. Pooled: all threats of all runs together (5-min resolution).',
    },
  ];
}

/**
 * The run against the letter's figures in one table: every measure of the key findings that the
 * letter gives a figure for (the fleet on the letter's date, the IEDs of its period, the share of
 * helicopters the military component can task), for the one-screen report.
 */
export function letterSummary(result: ExperimentResult): Block[] {
  const rows: string[][] = [];
  for (const b of keyFindings(result)) {
    if (b.kind !== 'table' || b.columns !== HEAD) continue;
    for (const r of b.rows) {
      if (Array.isArray(r) && r[3] !== '') rows.push(r as string[]);
    }
  }
  const asOf = result.meta.scenario.definition.mission.armouredFleet.asOf;
  return [
    {
      kind: 'heading',
      level: 3,
      text: `Against the letter: the fleet on ${asOf}, the IEDs of its period, helicopters`,
    },
    { kind: 'table', columns: HEAD, rows },
  ];
}
