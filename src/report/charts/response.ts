/**
 * Response-time and casualty-evacuation distributions against the 10-1-2 thresholds.
 *
 * @module
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ModelParameters } from '../../dynamics/format.js';
import { InvalidArgumentError } from '../../errors.js';
import type { ExperimentResult, HistogramSummary } from '../../experiment/types.js';
import { inSentence } from '../format.js';
import { catalogueOf, metricInfo } from '../metrics.js';
import {
  type ChartFrameOptions,
  COLOURS,
  captionLines,
  el,
  ellipsize,
  frame,
  type LegendItem,
  legend,
  lineSwatch,
  text,
  textWidth,
  whiskerSwatch,
  xAxis,
  yAxis,
} from './svg.js';

/** Options of {@link responseTimeChart}. */
export interface ResponseChartOptions extends ChartFrameOptions {
  /**
   * Histograms to draw as cumulative curves (default: `casevac.toFirstAid`,
   * `casevac.toResuscitation`, `casevac.toSurgery`, `response.time`; those absent are skipped).
   */
  readonly histograms?: readonly string[];
  /** Right end of the time axis in minutes (default: the largest 90th percentile, rounded up to the hour, at least 3 h). */
  readonly maxMinutes?: number;
  /** Names of the results in the legend, with two results (default: each scenario's name). */
  readonly labels?: readonly string[];
}

const DEFAULT_HISTOGRAMS = [
  'casevac.toFirstAid',
  'casevac.toResuscitation',
  'casevac.toSurgery',
  'response.time',
];

const SERIES_STYLE: Readonly<Record<string, { colour: string; dash?: string }>> = {
  'casevac.toFirstAid': { colour: COLOURS.green },
  'casevac.toResuscitation': { colour: COLOURS.blue },
  'casevac.toSurgery': { colour: COLOURS.orange },
  'response.time': { colour: COLOURS.purple, dash: '7 4' },
};
const FALLBACK = [COLOURS.sky, COLOURS.yellow, COLOURS.grey];

/** Cumulative share at each bin edge: [minutes, share ≤ minutes]. */
export function cumulativePoints(h: HistogramSummary): [number, number][] {
  const pts: [number, number][] = [[0, 0]];
  let sum = 0;
  const last = h.counts.length - 1;
  for (let i = 0; i < last; i++) {
    sum += h.counts[i] as number;
    pts.push([(i + 1) * h.binWidth, h.total > 0 ? sum / h.total : 0]);
  }
  return pts;
}

/** The 10-1-2 thresholds of a result's scenario, with the metric of the share within each. */
export function thresholds(result: ExperimentResult): {
  minutes: number;
  label: string;
  histogram: string;
  share: string;
}[] {
  const c = (result.meta.scenario.definition.parameters as Partial<ModelParameters>).casevac;
  if (c === undefined) return [];
  return [
    {
      minutes: c.firstAidTargetMin.value,
      label: 'first aid',
      histogram: 'casevac.toFirstAid',
      share: 'casevac.firstAidWithinTarget.share',
    },
    {
      minutes: c.resuscitationTargetMin.value,
      label: 'resuscitation',
      histogram: 'casevac.toResuscitation',
      share: 'casevac.resuscitationWithinTarget.share',
    },
    {
      minutes: c.surgeryTargetMin.value,
      label: 'surgery',
      histogram: 'casevac.toSurgery',
      share: 'casevac.surgeryWithinTarget.share',
    },
  ];
}

/** Scenario colours of a chart of two results: A blue, B orange. */
export const SCENARIO_COLOURS = [COLOURS.blue, COLOURS.orange, COLOURS.green, COLOURS.purple];

/**
 * Response-time and casualty-evacuation distributions as an SVG string: for each histogram of
 * the result (pooled over replications), the cumulative share of casualties (or threats)
 * reached within t minutes; the 10-1-2 thresholds of the scenario (first aid 10 min,
 * resuscitation 60 min, surgery 120 min) as labelled vertical lines, each label giving the share
 * of casualties within target (mean over replications); at each threshold that share as a point
 * with a whisker from the 5th to the 95th percentile across replications. Labels sit above the
 * plot, where they cover no curve.
 *
 * Pass two results (`[comparison.a, comparison.b]`) for one small panel per measure with both
 * scenarios in it, A and B in two colours.
 *
 * @example
 * ```ts
 * writeFileSync('response.svg', responseTimeChart(result, { maxMinutes: 480 }));
 * ```
 */
export function responseTimeChart(
  results: ExperimentResult | readonly ExperimentResult[],
  options: ResponseChartOptions = {},
): string {
  const list: readonly ExperimentResult[] = Array.isArray(results)
    ? (results as readonly ExperimentResult[])
    : [results as ExperimentResult];
  const result = list[0];
  if (result === undefined) {
    throw new InvalidArgumentError('results', 'at least one result', results);
  }
  if (list.length > 1) return responsePanels(list, options);
  const width = options.width ?? 800;
  const title = options.title ?? 'Time to first aid, resuscitation, surgery and civilian response';
  const catalogue = catalogueOf(result);
  const names = (options.histograms ?? DEFAULT_HISTOGRAMS).filter(
    (h) => result.histograms[h] !== undefined,
  );
  if (names.length === 0) {
    throw new InvalidArgumentError(
      'histograms',
      'names of histograms present in the result',
      options.histograms,
    );
  }
  const hists = names.map((h) => result.histograms[h] as HistogramSummary);
  const maxMinutes = options.maxMinutes ?? defaultMaxMinutes(hists);
  const left = 74;
  const right = 24;
  const plotW = width - left - right;
  const items: LegendItem[] = names.map((h, i) => {
    const st = SERIES_STYLE[h] ?? { colour: FALLBACK[i % FALLBACK.length] as string };
    const total = result.histograms[h]?.total ?? 0;
    return {
      label: `${metricInfo(h, catalogue).label} (${total} ${h.startsWith('casevac') ? 'casualties' : 'threats'})`,
      swatch: lineSwatch(st.colour, 2.5, st.dash),
    };
  });
  items.push({
    label: 'Share within target: mean, 5th–95th percentile across replications',
    swatch: whiskerSwatch(COLOURS.ink),
  });
  const leg = legend(items, left, 48, plotW);
  const th = thresholds(result).filter((t) => t.minutes <= maxMinutes);
  const top = 48 + leg.height + 14 + th.length * 17 + 6;
  const plotH = 320;
  const bottom = top + plotH;
  const caption = captionLines(
    `Curves: share of all casualties (or threats) of all ${result.meta.replications.completed} replications pooled, reached within the time on the x-axis (5-min bins). Whiskers: 90 % of replications fall in this range of the share within target — the spread between runs, not a confidence interval.${beyondText(names, hists, maxMinutes, catalogue)}`,
    width - 32,
  );
  const height = bottom + 58 + caption.length * 17 + 6;

  const x = scaleLinear()
    .domain([0, maxMinutes])
    .range([left, left + plotW]);
  const y = scaleLinear().domain([0, 1]).range([bottom, top]);
  const body: string[] = [leg.svg];
  body.push(
    yAxis(
      y.ticks(5),
      y,
      left,
      left + plotW,
      (v) => `${Math.round(v * 100)} %`,
      'Share reached (%)',
      20,
    ),
  );
  body.push(
    xAxis(
      minuteTicks(maxMinutes),
      x,
      top,
      bottom,
      'Minutes after wounding (casualties) or after the threat arises (civilians)',
      bottom + 44,
    ),
  );

  // Thresholds: a dotted line each, labelled above the plot (one line per threshold, so the
  // labels never meet), with the share within target.
  const thParts: string[] = [];
  th.forEach((t, i) => {
    const xx = x(t.minutes);
    const ly = top - 10 - (th.length - 1 - i) * 17;
    const share = result.scalars[t.share];
    const within =
      share === undefined || !Number.isFinite(share.mean)
        ? ''
        : `, ${(share.mean * 100).toFixed(0)} % within (mean)`;
    const label = `${t.minutes} min: ${t.label}${within}`;
    const fits = xx + 4 + textWidth(label, 12.5, true) <= left + plotW;
    thParts.push(
      el('line', {
        x1: xx,
        y1: ly + 4,
        x2: xx,
        y2: bottom,
        stroke: COLOURS.ink,
        'stroke-width': 1.5,
        'stroke-dasharray': '2 3',
        class: 'threshold',
        'data-minutes': t.minutes,
      }),
      text(fits ? xx + 4 : xx - 4, ly, label, {
        'font-size': 12.5,
        'font-weight': 600,
        fill: SERIES_STYLE[t.histogram]?.colour ?? COLOURS.ink,
        'text-anchor': fits ? 'start' : 'end',
      }),
    );
  });
  body.push(el('g', { class: 'thresholds' }, thParts.join('')));

  // Curves.
  names.forEach((h, i) => {
    const st = SERIES_STYLE[h] ?? { colour: FALLBACK[i % FALLBACK.length] as string };
    body.push(curve(hists[i] as HistogramSummary, maxMinutes, x, y, st.colour, st.dash, h));
  });

  // Share within target at each threshold.
  for (const t of th) {
    const s = result.scalars[t.share];
    if (s === undefined || !Number.isFinite(s.mean)) continue;
    const colour = SERIES_STYLE[t.histogram]?.colour ?? COLOURS.ink;
    body.push(whisker(x(t.minutes), y, s, colour, t.share));
  }
  return frame(width, height, title, caption, body.join('\n'), 'response');
}

function defaultMaxMinutes(hists: readonly HistogramSummary[]): number {
  return Math.max(
    180,
    Math.ceil(Math.max(...hists.map((h) => (h.total > 0 ? h.p90 : 0))) / 60) * 60,
  );
}

/**
 * The time axis of one panel: long enough for the 90th percentile of every result and twice the
 * target, rounded up to a step of its ticks.
 */
function panelMinutes(hists: readonly HistogramSummary[], target: number | undefined): number {
  const p90 = Math.max(0, ...hists.map((h) => (h.total > 0 ? h.p90 : 0)));
  const want = Math.max(30, (target ?? 0) * 2, p90 * 1.1);
  const step = [10, 15, 30, 60, 120, 180].find((s) => want / s <= 6) ?? 240;
  return Math.ceil(want / step) * step;
}

function minuteTicks(maxMinutes: number, target = 10): { value: number; label: string }[] {
  const steps = [5, 10, 15, 30, 60, 120, 180, 240, 360, 720];
  const step = steps.find((s) => maxMinutes / s <= target) ?? 1440;
  const out: { value: number; label: string }[] = [];
  for (let m = 0; m <= maxMinutes; m += step) out.push({ value: m, label: String(m) });
  return out;
}

function beyondText(
  names: readonly string[],
  hists: readonly HistogramSummary[],
  maxMinutes: number,
  catalogue: ReturnType<typeof catalogueOf>,
): string {
  const beyond = names
    .map((h, i) => {
      const pts = cumulativePoints(hists[i] as HistogramSummary);
      const edge = pts.find(([m]) => m >= maxMinutes)?.[1] ?? 1;
      const share = 1 - edge;
      return share > 0.005
        ? `${inSentence(metricInfo(h, catalogue).label)} ${(share * 100).toFixed(0)} %`
        : '';
    })
    .filter((s) => s !== '');
  return beyond.length > 0
    ? ` Longer than ${maxMinutes / 60} h (off the chart): ${beyond.join(', ')}.`
    : '';
}

function curve(
  hist: HistogramSummary,
  maxMinutes: number,
  x: (v: number) => number,
  y: (v: number) => number,
  colour: string,
  dash: string | undefined,
  series: string,
): string {
  const pts = cumulativePoints(hist).filter(([m]) => m <= maxMinutes);
  const path = line<[number, number]>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]))(pts);
  return el('path', {
    d: path ?? '',
    fill: 'none',
    stroke: colour,
    'stroke-width': 2.5,
    'stroke-dasharray': dash,
    class: 'cdf',
    'data-series': series,
  });
}

function whisker(
  xx: number,
  y: (v: number) => number,
  s: { mean: number; p5: number; p95: number },
  colour: string,
  metric: string,
): string {
  return el(
    'g',
    { class: 'within-target', 'data-metric': metric },
    el('line', { x1: xx, y1: y(s.p5), x2: xx, y2: y(s.p95), stroke: colour, 'stroke-width': 3 }) +
      el('line', {
        x1: xx - 6,
        y1: y(s.p5),
        x2: xx + 6,
        y2: y(s.p5),
        stroke: colour,
        'stroke-width': 2,
      }) +
      el('line', {
        x1: xx - 6,
        y1: y(s.p95),
        x2: xx + 6,
        y2: y(s.p95),
        stroke: colour,
        'stroke-width': 2,
      }) +
      el('circle', {
        cx: xx,
        cy: y(s.mean),
        r: 5,
        fill: colour,
        stroke: '#ffffff',
        'stroke-width': 1.5,
      }),
  );
}

/** Two or more results: one panel per measure, each result in its colour. */
function responsePanels(list: readonly ExperimentResult[], options: ResponseChartOptions): string {
  const width = options.width ?? 800;
  const first = list[0] as ExperimentResult;
  const title = options.title ?? 'Time to first aid, resuscitation, surgery and civilian response';
  const catalogue = catalogueOf(first);
  const names = (options.histograms ?? DEFAULT_HISTOGRAMS).filter((h) =>
    list.every((r) => r.histograms[h] !== undefined),
  );
  if (names.length === 0) {
    throw new InvalidArgumentError(
      'histograms',
      'names of histograms present in every result',
      options.histograms,
    );
  }
  const labels = list.map((r, i) => options.labels?.[i] ?? r.meta.scenario.name);
  const items: LegendItem[] = labels.map((l, i) => ({
    label: l,
    swatch: lineSwatch(SCENARIO_COLOURS[i % SCENARIO_COLOURS.length] as string, 2.5),
  }));
  items.push({
    label: 'Share within target: mean, 5th–95th percentile across replications',
    swatch: whiskerSwatch(COLOURS.ink),
  });
  const leg = legend(items, 16, 48, width - 32);
  const cols = 2;
  const gapX = 36;
  const axisW = 50;
  const panelW = (width - 32 - cols * axisW - (cols - 1) * gapX) / cols;
  const panelH = 190;
  const headH = 44;
  const rowsN = Math.ceil(names.length / cols);
  const gridTop = 48 + leg.height + 14;
  const rowH = headH + panelH + 44;
  const th = thresholds(first);
  const body: string[] = [leg.svg];
  names.forEach((h, k) => {
    const col = k % cols;
    const row = Math.floor(k / cols);
    const px = 16 + axisW + col * (axisW + panelW + gapX);
    const pTop = gridTop + row * rowH + headH;
    const pBottom = pTop + panelH;
    const t = th.find((x) => x.histogram === h);
    const maxMinutes =
      options.maxMinutes ??
      panelMinutes(
        list.map((r) => r.histograms[h] as HistogramSummary),
        t?.minutes,
      );
    const x = scaleLinear()
      .domain([0, maxMinutes])
      .range([px, px + panelW]);
    const y = scaleLinear().domain([0, 1]).range([pBottom, pTop]);
    const parts: string[] = [];
    const counts = list
      .map((r, i) => `${String.fromCharCode(65 + i)} ${r.histograms[h]?.total ?? 0}`)
      .join(', ');
    parts.push(
      text(
        px - 50,
        pTop - headH + 14,
        ellipsize(metricInfo(h, catalogue).label, panelW + 50, 14, true),
        {
          'font-size': 14,
          'font-weight': 700,
          fill: COLOURS.ink,
        },
      ),
    );
    const sub =
      t === undefined
        ? `${counts} ${h.startsWith('casevac') ? 'casualties' : 'threats'}`
        : `Within ${t.minutes} min: ${list
            .map((r, i) => {
              const s = r.scalars[t.share];
              return `${String.fromCharCode(65 + i)} ${s === undefined || !Number.isFinite(s.mean) ? '–' : `${(s.mean * 100).toFixed(0)} %`}`;
            })
            .join(', ')} (mean)`;
    parts.push(
      text(px - 50, pTop - headH + 32, ellipsize(sub, panelW + 50, 12.5), {
        'font-size': 12.5,
        fill: COLOURS.axis,
      }),
    );
    parts.push(
      yAxis([0, 0.5, 1], y, px, px + panelW, (v) => `${Math.round(v * 100)} %`, '', px - 44),
    );
    const ticks = minuteTicks(maxMinutes, 5);
    parts.push(xAxis(ticks, x, pTop, pBottom, 'min', pBottom + 38));
    if (t !== undefined && t.minutes <= maxMinutes) {
      parts.push(
        el('line', {
          x1: x(t.minutes),
          y1: pTop,
          x2: x(t.minutes),
          y2: pBottom,
          stroke: COLOURS.ink,
          'stroke-width': 1.5,
          'stroke-dasharray': '2 3',
          class: 'threshold',
          'data-minutes': t.minutes,
        }),
      );
    }
    list.forEach((r, i) => {
      const colour = SCENARIO_COLOURS[i % SCENARIO_COLOURS.length] as string;
      parts.push(
        curve(r.histograms[h] as HistogramSummary, maxMinutes, x, y, colour, undefined, h),
      );
    });
    if (t !== undefined && t.minutes <= maxMinutes) {
      list.forEach((r, i) => {
        const s = r.scalars[t.share];
        if (s === undefined || !Number.isFinite(s.mean)) return;
        const colour = SCENARIO_COLOURS[i % SCENARIO_COLOURS.length] as string;
        const offset = (i - (list.length - 1) / 2) * 12;
        parts.push(whisker(x(t.minutes) + offset, y, s, colour, t.share));
      });
    }
    body.push(el('g', { class: 'response-panel', 'data-series': h }, parts.join('')));
  });
  const bottom = gridTop + rowsN * rowH;
  const caption = captionLines(
    `Each panel: share of all casualties (or threats) of all replications pooled, reached within the time on the x-axis (5-min bins), for each scenario; the dotted line is the 10-1-2 target. Whiskers: the share within target, mean and 5th–95th percentile across replications.`,
    width - 32,
  );
  const height = bottom + 10 + caption.length * 17 + 6;
  return frame(width, height, title, caption, body.join('\n'), 'response');
}
