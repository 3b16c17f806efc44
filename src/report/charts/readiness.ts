/**
 * Fleet readiness over time: the share of the armoured fleet in daily use, a 5th–95th
 * percentile band across replications and the median, with the plan's steps and the letter's
 * figure marked.
 *
 * @module
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { PlanStep } from '../../dynamics/format.js';
import { InvalidArgumentError } from '../../errors.js';
import type { ExperimentResult, SeriesSummary } from '../../experiment/types.js';
import { addDays, daysBetween, parseIsoDate } from '../../model/dates.js';
import {
  bandSwatch,
  type ChartFrameOptions,
  COLOURS,
  captionLines,
  diamondSwatch,
  el,
  ellipsize,
  frame,
  type LegendItem,
  legend,
  lineSwatch,
  n,
  text,
  xAxis,
  yAxis,
} from './svg.js';

/** Options of {@link readinessFanChart}. */
export interface ReadinessChartOptions extends ChartFrameOptions {
  /** Names of the results in the legend (default: each result's scenario name). */
  readonly labels?: readonly string[];
  /** Mark the plan steps (default true). */
  readonly planSteps?: boolean;
}

const BAND_COLOURS = [COLOURS.blue, COLOURS.orange, COLOURS.green, COLOURS.purple];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Daily readiness of one result: share of the fleet in daily use (p5, p50, p95). */
interface Readiness {
  readonly days: number;
  readonly p5: number[];
  readonly p50: number[];
  readonly p95: number[];
  readonly fleetMin: number;
  readonly fleetMax: number;
}

function readiness(result: ExperimentResult): Readiness {
  const use = result.series['fleet.inDailyUse'];
  if (use === undefined) {
    throw new InvalidArgumentError('result.series', "a 'fleet.inDailyUse' series", undefined);
  }
  const others = ['fleet.inMaintenance', 'fleet.awaitingReplacement']
    .map((s) => result.series[s])
    .filter((s): s is SeriesSummary => s !== undefined);
  const total = (d: number) =>
    (use.mean[d] as number) + others.reduce((sum, s) => sum + (s.mean[d] ?? 0), 0);
  const out: Readiness = {
    days: use.days,
    p5: [],
    p50: [],
    p95: [],
    fleetMin: Infinity,
    fleetMax: -Infinity,
  };
  for (let d = 0; d < use.days; d++) {
    const t = total(d);
    (out as { fleetMin: number }).fleetMin = Math.min(out.fleetMin, t);
    (out as { fleetMax: number }).fleetMax = Math.max(out.fleetMax, t);
    out.p5.push((use.p5[d] as number) / t);
    out.p50.push((use.p50[d] as number) / t);
    out.p95.push((use.p95[d] as number) / t);
  }
  return out;
}

function utc(date: string): Date {
  return new Date(parseIsoDate(date) ?? Number.NaN);
}

function monthLabel(d: Date, first: boolean): string {
  const m = MONTHS[d.getUTCMonth()] as string;
  return first || d.getUTCMonth() === 0 ? `${m} ${d.getUTCFullYear()}` : m;
}

/**
 * Fleet readiness over time as an SVG string: for each result, the share of the armoured fleet
 * in daily use (series `fleet.inDailyUse` ÷ the mean fleet that day), a band from the 5th to
 * the 95th percentile across replications (a 90 % prediction band for one run of the mission)
 * and the median line; the plan's steps as numbered vertical lines with a key under the chart;
 * the letter's figure (e.g. 483 of 562 on 2020-12-23, from the scenario's
 * `mission.armouredFleet`) as a diamond. Pass two results (e.g. `comparison.a` and
 * `comparison.b`) to overlay their bands.
 *
 * @example
 * ```ts
 * writeFileSync('readiness.svg', readinessFanChart(result));
 * writeFileSync('both.svg', readinessFanChart([c.a, c.b], { labels: ['Baseline', 'Plan'] }));
 * ```
 */
export function readinessFanChart(
  results: ExperimentResult | readonly ExperimentResult[],
  options: ReadinessChartOptions = {},
): string {
  const list: readonly ExperimentResult[] = Array.isArray(results)
    ? (results as readonly ExperimentResult[])
    : [results as ExperimentResult];
  const first = list[0];
  if (first === undefined)
    throw new InvalidArgumentError('results', 'at least one result', results);
  const width = options.width ?? 800;
  const title = options.title ?? 'Armoured fleet readiness over time';
  const start = first.meta.scenario.startDate;
  const data = list.map(readiness);
  const days = Math.max(...data.map((d) => d.days));
  const end = addDays(start, days - 1);
  const fleet = first.meta.scenario.definition.mission.armouredFleet;
  const letterDate = fleet.asOf;
  const letterShare = fleet.inDailyUse.value / fleet.total.value;
  const letterDay = daysBetween(start, letterDate);
  const showLetter = letterDay >= 0 && letterDay < days;

  // Plan steps (union over results by id and date), grouped by date.
  const steps: PlanStep[] = [];
  if (options.planSteps !== false) {
    const seen = new Set<string>();
    for (const r of list) {
      for (const s of r.meta.scenario.definition.plan) {
        const key = `${s.id}@${s.date}`;
        const day = daysBetween(start, s.date);
        if (!seen.has(key) && day >= 0 && day < days) {
          seen.add(key);
          steps.push(s);
        }
      }
    }
    steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  const dates = [...new Set(steps.map((s) => s.date))];

  const left = 78;
  const right = 24;
  const plotW = width - left - right;
  const items: LegendItem[] = [];
  list.forEach((r, i) => {
    const c = BAND_COLOURS[i % BAND_COLOURS.length] as string;
    const name = options.labels?.[i] ?? r.meta.scenario.name;
    const suffix = list.length > 1 ? ` — ${name}` : '';
    items.push({ label: `5th–95th percentile${suffix}`, swatch: bandSwatch(c, 0.22) });
    items.push({ label: `Median${suffix}`, swatch: lineSwatch(c, 2.5) });
  });
  if (showLetter) {
    items.push({
      label: `Letter, ${letterDate}: ${fleet.inDailyUse.value} of ${fleet.total.value}`,
      swatch: diamondSwatch('#ffffff', COLOURS.ink),
    });
  }
  if (steps.length > 0) {
    items.push({
      label: 'Plan step (number in key)',
      swatch: lineSwatch(COLOURS.grey, 1.5, '5 4'),
    });
  }
  const leg = legend(items, left, 48, plotW);
  // Step markers: staggered upwards where dates are closer than a marker's width.
  const levels: number[] = [];
  const lastX: number[] = [];
  const xOfDate = (date: string) =>
    left + (plotW * daysBetween(start, date)) / Math.max(1, days - 1);
  for (const date of dates) {
    const xx = xOfDate(date);
    let level = 0;
    while (lastX[level] !== undefined && xx - (lastX[level] as number) < 21) level++;
    lastX[level] = xx;
    levels.push(level);
  }
  const maxLevel = Math.max(0, ...levels);
  const top = 48 + leg.height + 26 + maxLevel * 20;
  const plotH = 300;
  const bottom = top + plotH;

  // Key of plan steps: two columns.
  const keyRows: string[] = steps.map((s) => {
    const k = dates.indexOf(s.date) + 1;
    const status = s.status === 'done' ? '' : ` (${s.status})`;
    return `${k}  ${s.date}  ${s.title}${status}`;
  });
  const keyTop = bottom + 62;
  const keyH = keyRows.length > 0 ? 22 + keyRows.length * 17 : 0;
  const caption = captionLines(
    `Band: 5th to 95th percentile of the daily value across ${first.meta.replications.completed} replications — where 90 % of simulated runs of the mission lie, not a confidence interval of the mean. Share = vehicles in daily use ÷ the mean fleet that day (${Math.round(Math.min(...data.map((d) => d.fleetMin)))}–${Math.round(Math.max(...data.map((d) => d.fleetMax)))} vehicles).`,
    width - 32,
  );
  const height = keyTop + keyH + 12 + caption.length * 17;

  const x = scaleUtc()
    .domain([utc(start), utc(end)])
    .range([left, left + plotW]);
  const dayX = (d: number) => x(utc(addDays(start, d)));
  let lo = Math.min(...data.flatMap((d) => d.p5), showLetter ? letterShare : 1);
  let hi = Math.max(...data.flatMap((d) => d.p95), showLetter ? letterShare : 0);
  const pad = Math.max(0.01, (hi - lo) * 0.08);
  lo = Math.max(0, Math.floor((lo - pad) * 50) / 50);
  hi = Math.min(1, Math.ceil((hi + pad) * 50) / 50);
  const y = scaleLinear().domain([lo, hi]).range([bottom, top]);
  const ticks = y.ticks(6);
  const body: string[] = [leg.svg];
  body.push(
    yAxis(
      ticks,
      y,
      left,
      left + plotW,
      (v) => `${Math.round(v * 100)} %`,
      'Armoured vehicles in daily use (% of fleet)',
      20,
    ),
  );
  const xt = x.ticks(9).map((d, i) => ({ value: d.getTime(), label: monthLabel(d, i === 0) }));
  body.push(
    xAxis(
      xt,
      (v) => x(new Date(v)),
      top,
      bottom,
      `Date (day 0 = ${start}; horizon ${end})`,
      bottom + 44,
    ),
  );

  // Plan steps.
  const stepParts: string[] = [];
  dates.forEach((date, i) => {
    const xx = dayX(daysBetween(start, date));
    const onDate = steps.filter((s) => s.date === date);
    const allDone = onDate.every((s) => s.status === 'done');
    const lv = (levels[i] ?? 0) * 20;
    stepParts.push(
      el('line', {
        x1: xx,
        y1: top - 4 - lv,
        x2: xx,
        y2: bottom,
        stroke: COLOURS.grey,
        'stroke-width': 1.5,
        'stroke-dasharray': allDone ? undefined : '5 4',
        class: 'plan-step',
        'data-date': date,
      }),
    );
    stepParts.push(
      el(
        'g',
        { class: 'plan-step-label' },
        el('circle', { cx: xx, cy: top - 14 - lv, r: 9, fill: '#ffffff', stroke: COLOURS.grey }) +
          text(xx, top - 9.5 - lv, String(i + 1), {
            'font-size': 12,
            'text-anchor': 'middle',
            'font-weight': 700,
            fill: COLOURS.ink,
          }),
      ),
    );
  });
  body.push(el('g', { class: 'plan-steps' }, stepParts.join('')));

  // Bands first, then medians on top of every band.
  const idxOf = (d: Readiness) => Array.from({ length: d.days }, (_, k) => k);
  data.forEach((d, i) => {
    const c = BAND_COLOURS[i % BAND_COLOURS.length] as string;
    const band = area<number>()
      .x((k) => dayX(k))
      .y0((k) => y(d.p5[k] as number))
      .y1((k) => y(d.p95[k] as number));
    body.push(
      el('path', {
        d: band(idxOf(d)) ?? '',
        fill: c,
        'fill-opacity': 0.22,
        stroke: 'none',
        class: 'band',
        'data-series': `p5-p95 ${list[i]?.meta.scenario.name ?? ''}`,
      }),
    );
  });
  data.forEach((d, i) => {
    const c = BAND_COLOURS[i % BAND_COLOURS.length] as string;
    const med = line<number>()
      .x((k) => dayX(k))
      .y((k) => y(d.p50[k] as number));
    body.push(
      el('path', {
        d: med(idxOf(d)) ?? '',
        fill: 'none',
        stroke: c,
        'stroke-width': 2.5,
        class: 'median',
        'data-series': `p50 ${list[i]?.meta.scenario.name ?? ''}`,
      }),
    );
  });

  // The letter's figure.
  if (showLetter) {
    const lx = dayX(letterDay);
    const ly = y(letterShare);
    body.push(
      el(
        'g',
        { class: 'letter-point', 'data-date': letterDate },
        el('path', {
          d: `M${n(lx)} ${n(ly - 8)} L${n(lx + 8)} ${n(ly)} L${n(lx)} ${n(ly + 8)} L${n(lx - 8)} ${n(ly)} Z`,
          fill: '#ffffff',
          stroke: COLOURS.ink,
          'stroke-width': 2,
        }) +
          text(
            lx + 12,
            ly + 18,
            `Letter: ${fleet.inDailyUse.value} of ${fleet.total.value} (${(letterShare * 100).toFixed(1)} %)`,
            { 'font-size': 13, fill: COLOURS.ink, 'font-weight': 600 },
          ),
      ),
    );
  }

  // Key of plan steps.
  if (keyRows.length > 0) {
    const parts = [
      text(left, keyTop, 'Plan steps (dashed: not done by the scenario’s data date)', {
        'font-size': 13,
        'font-weight': 700,
        fill: COLOURS.ink,
      }),
    ];
    keyRows.forEach((row, i) => {
      parts.push(
        text(left, keyTop + 20 + i * 17, ellipsize(row, plotW, 12), {
          'font-size': 12,
          fill: COLOURS.ink,
          class: 'plan-step-key',
        }),
      );
    });
    body.push(el('g', { class: 'plan-key' }, parts.join('')));
  }
  return frame(width, height, title, caption, body.join('\n'), 'readiness');
}
