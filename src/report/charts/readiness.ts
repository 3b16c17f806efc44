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
import { schedulePlan } from '../../model/plan.js';
import {
  bandSwatch,
  type ChartFrameOptions,
  COLOURS,
  captionLines,
  diamondSwatch,
  el,
  ellipsize,
  frame,
  haloText,
  type LegendItem,
  legend,
  lineSwatch,
  n,
  text,
  textWidth,
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

  // Plan steps (union over results by id and date), grouped by date; a step only one of two
  // results has is marked with its letter.
  const steps: { step: PlanStep; only?: string }[] = [];
  if (options.planSteps !== false) {
    const seen = new Map<string, { step: PlanStep; in: number[] }>();
    list.forEach((r, i) => {
      // A step is drawn where it takes effect: the later of its date and the steps it follows.
      const plan = r.meta.scenario.definition.plan;
      const { effectiveDay } = schedulePlan(plan, r.meta.scenario.startDate);
      plan.forEach((planned, j) => {
        const eff = effectiveDay[j] as number;
        const at = Number.isFinite(eff) ? addDays(r.meta.scenario.startDate, eff) : planned.date;
        const s = at === planned.date ? planned : { ...planned, date: at };
        const key = `${s.id}@${s.date}`;
        const day = daysBetween(start, s.date);
        if (day < 0 || day >= days) return;
        const known = seen.get(key);
        if (known === undefined) seen.set(key, { step: s, in: [i] });
        else known.in.push(i);
      });
    });
    for (const v of seen.values()) {
      const only =
        list.length > 1 && v.in.length < list.length
          ? v.in.map((i) => String.fromCharCode(65 + i)).join('')
          : undefined;
      steps.push(only === undefined ? { step: v.step } : { step: v.step, only });
    }
    steps.sort((a, b) =>
      a.step.date < b.step.date
        ? -1
        : a.step.date > b.step.date
          ? 1
          : a.step.id < b.step.id
            ? -1
            : 1,
    );
  }
  const dates = [...new Set(steps.map((s) => s.step.date))];

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
      label: 'Plan step (numbered in the strip under the chart)',
      swatch: lineSwatch(COLOURS.grey, 1.5, '5 4'),
    });
  }
  const leg = legend(items, left, 48, plotW);
  const top = 48 + leg.height + 18;
  const plotH = 300;
  const bottom = top + plotH;
  const xOfDate = (date: string) =>
    left + (plotW * daysBetween(start, date)) / Math.max(1, days - 1);

  // Plan-step markers in a strip under the plot, in lanes so that no two collide.
  const R = 9;
  const lanes: number[] = [];
  const laneOf: number[] = [];
  for (const date of dates) {
    const xx = xOfDate(date);
    let lane = 0;
    while (lanes[lane] !== undefined && xx - (lanes[lane] as number) < 2 * R + 4) lane++;
    lanes[lane] = xx;
    laneOf.push(lane);
  }
  const laneCount = dates.length === 0 ? 0 : Math.max(...laneOf) + 1;
  const stripTop = bottom + 8;
  const stripH = laneCount * (2 * R + 4);
  const axisY = bottom + (laneCount > 0 ? stripH + 10 : 0);

  // Key of plan steps.
  const keyRows: string[] = steps.map(({ step: s, only }) => {
    const k = dates.indexOf(s.date) + 1;
    const status = s.status === 'done' ? '' : ` (${s.status})`;
    return `${k}  ${s.date}  ${s.title}${status}${only === undefined ? '' : ` — ${only} only`}`;
  });
  const keyTop = axisY + 62;
  const keyH = keyRows.length > 0 ? 22 + keyRows.length * 17 : 0;

  const x = scaleUtc()
    .domain([utc(start), utc(end)])
    .range([left, left + plotW]);
  const dayX = (d: number) => x(utc(addDays(start, d)));
  let lo = Math.min(...data.flatMap((d) => d.p5), showLetter ? letterShare : 1);
  let hi = Math.max(...data.flatMap((d) => d.p95), showLetter ? letterShare : 0);
  const pad = Math.max(0.01, (hi - lo) * 0.08);
  lo = Math.max(0, Math.floor((lo - pad) * 50) / 50);
  hi = Math.min(1, Math.ceil((hi + pad) * 50) / 50);
  const cut = lo > 0;
  const y = scaleLinear().domain([lo, hi]).range([bottom, top]);
  const ticks = y.ticks(6);
  const fleetMin = Math.round(Math.min(...data.map((d) => d.fleetMin)));
  const fleetMax = Math.round(Math.max(...data.map((d) => d.fleetMax)));
  const caption = captionLines(
    `Band: 5th to 95th percentile of the daily value across ${first.meta.replications.completed} replications — where 90 % of simulated runs of the mission lie, not a confidence interval of the mean. Share = vehicles in daily use ÷ the mean fleet that day (${fleetMin === fleetMax ? `${fleetMin}` : `${fleetMin} to ${fleetMax}`} vehicles).${cut ? ` The vertical axis starts at ${Math.round(lo * 100)} %, not 0 (the break mark on the axis): differences look larger than on a full scale.` : ''}`,
    width - 32,
  );
  const height = keyTop + keyH + 12 + caption.length * 17;
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
      { cut, top, bottom },
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
      axisY + 44,
      axisY,
    ),
  );

  // Plan steps: a line across the plot down to its numbered marker in the strip.
  const stepParts: string[] = [];
  dates.forEach((date, i) => {
    const xx = dayX(daysBetween(start, date));
    const onDate = steps.filter((s) => s.step.date === date);
    const allDone = onDate.every((s) => s.step.status === 'done');
    const cy = stripTop + R + (laneOf[i] ?? 0) * (2 * R + 4);
    stepParts.push(
      el('line', {
        x1: xx,
        y1: top,
        x2: xx,
        y2: cy - R,
        stroke: COLOURS.grey,
        'stroke-width': 1.2,
        'stroke-dasharray': allDone ? undefined : '5 4',
        class: 'plan-step',
        'data-date': date,
      }),
    );
    stepParts.push(
      el(
        'g',
        { class: 'plan-step-label' },
        el('circle', { cx: xx, cy, r: R, fill: '#ffffff', stroke: COLOURS.grey }) +
          text(xx, cy + 4.5, String(i + 1), {
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

  // The letter's figure, its label placed where it covers no band: above or below the bands
  // over the label's width, with a leader line to the diamond.
  if (showLetter) {
    const lx = dayX(letterDay);
    const ly = y(letterShare);
    const label = `Letter: ${fleet.inDailyUse.value} of ${fleet.total.value} (${(letterShare * 100).toFixed(1)} %)`;
    const size = 13;
    const w = textWidth(label, size, true);
    const envelope = (x0: number, x1: number) => {
      let hiY = Number.POSITIVE_INFINITY;
      let loY = Number.NEGATIVE_INFINITY;
      for (const d of data) {
        for (let k = 0; k < d.days; k++) {
          const xx = dayX(k);
          if (xx < x0 - 2 || xx > x1 + 2) continue;
          hiY = Math.min(hiY, y(d.p95[k] as number));
          loY = Math.max(loY, y(d.p5[k] as number));
        }
      }
      return { hiY, loY };
    };
    const candidates: { tx: number; anchor: 'start' | 'end' }[] = [
      { tx: lx + 14, anchor: 'start' },
      { tx: lx - 14, anchor: 'end' },
    ];
    let placed: { tx: number; ty: number; anchor: 'start' | 'end' } | undefined;
    let best = Number.POSITIVE_INFINITY;
    for (const c of candidates) {
      const x0 = c.anchor === 'start' ? c.tx : c.tx - w;
      const x1 = x0 + w;
      if (x0 < left + 4 || x1 > left + plotW - 4) continue;
      const env = envelope(x0, x1);
      // Above the bands (baseline 8 px over their top) or below them.
      for (const ty of [env.hiY - 8, env.loY + size + 6]) {
        if (ty - size < top + 2 || ty + 4 > bottom - 2) continue;
        const dist = Math.abs(ty - size / 2 - ly);
        if (dist < best) {
          best = dist;
          placed = { tx: c.tx, ty, anchor: c.anchor };
        }
      }
    }
    const diamond = el('path', {
      d: `M${n(lx)} ${n(ly - 8)} L${n(lx + 8)} ${n(ly)} L${n(lx)} ${n(ly + 8)} L${n(lx - 8)} ${n(ly)} Z`,
      fill: '#ffffff',
      stroke: COLOURS.ink,
      'stroke-width': 2,
    });
    let labelSvg = '';
    if (placed !== undefined) {
      const ty = placed.ty;
      const edgeX = placed.anchor === 'start' ? placed.tx - 3 : placed.tx + 3;
      const midY = ty - size * 0.35;
      labelSvg =
        el('path', {
          d: `M${n(lx)} ${n(ly + (midY < ly ? -9 : 9))} L${n(lx)} ${n(midY)} L${n(edgeX)} ${n(midY)}`,
          fill: 'none',
          stroke: COLOURS.ink,
          'stroke-width': 1,
          class: 'leader',
        }) +
        haloText(placed.tx, ty, label, {
          'font-size': size,
          fill: COLOURS.ink,
          'font-weight': 700,
          'text-anchor': placed.anchor,
          class: 'letter-label',
        });
    }
    body.push(el('g', { class: 'letter-point', 'data-date': letterDate }, diamond + labelSvg));
  }

  // Key of plan steps.
  if (keyRows.length > 0) {
    const parts = [
      text(
        left,
        keyTop,
        'Plan steps, on the day each takes effect (dashed: not done by the scenario’s data date)',
        {
          'font-size': 13,
          'font-weight': 700,
          fill: COLOURS.ink,
        },
      ),
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
