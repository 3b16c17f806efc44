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
import { catalogueOf, metricInfo } from '../metrics.js';
import {
  type ChartFrameOptions,
  COLOURS,
  captionLines,
  el,
  frame,
  type LegendItem,
  legend,
  lineSwatch,
  text,
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

/**
 * Response-time and casualty-evacuation distributions as an SVG string: for each histogram of
 * the result (pooled over replications), the cumulative share of casualties (or threats)
 * reached within t minutes; the 10-1-2 thresholds of the scenario (first aid 10 min,
 * resuscitation 60 min, surgery 120 min) as labelled vertical lines; at each threshold, the
 * share of casualties within target as a point (mean over replications) with a whisker from
 * the 5th to the 95th percentile across replications.
 *
 * @example
 * ```ts
 * writeFileSync('response.svg', responseTimeChart(result, { maxMinutes: 480 }));
 * ```
 */
export function responseTimeChart(
  result: ExperimentResult,
  options: ResponseChartOptions = {},
): string {
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
  const maxMinutes =
    options.maxMinutes ??
    Math.max(180, Math.ceil(Math.max(...hists.map((h) => (h.total > 0 ? h.p90 : 0))) / 60) * 60);
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
  const top = 48 + leg.height + 62;
  const plotH = 320;
  const bottom = top + plotH;
  const beyond = names
    .map((h, i) => {
      const hist = hists[i] as HistogramSummary;
      const pts = cumulativePoints(hist);
      const edge = pts.find(([m]) => m >= maxMinutes)?.[1] ?? 1;
      const share = 1 - edge;
      return share > 0.005
        ? `${metricInfo(h, catalogue).label.toLowerCase()} ${(share * 100).toFixed(0)} %`
        : '';
    })
    .filter((s) => s !== '');
  const caption = captionLines(
    `Curves: share of all casualties (or threats) of all ${result.meta.replications.completed} replications pooled, reached within the time on the x-axis (5-min bins). Whiskers: 90 % of replications fall in this range of the share within target — the spread between runs, not a confidence interval.${beyond.length > 0 ? ` Longer than ${maxMinutes / 60} h (off the chart): ${beyond.join(', ')}.` : ''}`,
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
  const step = maxMinutes <= 360 ? 30 : maxMinutes <= 720 ? 60 : 120;
  const xt: { value: number; label: string }[] = [];
  for (let m = 0; m <= maxMinutes; m += step) xt.push({ value: m, label: String(m) });
  body.push(
    xAxis(
      xt,
      x,
      top,
      bottom,
      'Minutes after wounding (casualties) or after the threat arises (civilians)',
      bottom + 44,
    ),
  );

  // Thresholds.
  const th = thresholds(result);
  const thParts: string[] = [];
  th.forEach((t, i) => {
    if (t.minutes > maxMinutes) return;
    const xx = x(t.minutes);
    const ly = top - 8 - (th.length - 1 - i) * 16;
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
      text(xx + 4, ly, `${t.minutes} min: ${t.label}`, {
        'font-size': 12.5,
        'font-weight': 600,
        fill: COLOURS.ink,
      }),
    );
  });
  body.push(el('g', { class: 'thresholds' }, thParts.join('')));

  // Curves.
  names.forEach((h, i) => {
    const st = SERIES_STYLE[h] ?? { colour: FALLBACK[i % FALLBACK.length] as string };
    const pts = cumulativePoints(hists[i] as HistogramSummary).filter(([m]) => m <= maxMinutes);
    const path = line<[number, number]>()
      .x((p) => x(p[0]))
      .y((p) => y(p[1]))(pts);
    body.push(
      el('path', {
        d: path ?? '',
        fill: 'none',
        stroke: st.colour,
        'stroke-width': 2.5,
        'stroke-dasharray': st.dash,
        class: 'cdf',
        'data-series': h,
      }),
    );
  });

  // Share within target at each threshold.
  for (const t of th) {
    const s = result.scalars[t.share];
    if (s === undefined || !Number.isFinite(s.mean) || t.minutes > maxMinutes) continue;
    const colour = SERIES_STYLE[t.histogram]?.colour ?? COLOURS.ink;
    const xx = x(t.minutes);
    body.push(
      el(
        'g',
        { class: 'within-target', 'data-metric': t.share },
        el('line', {
          x1: xx,
          y1: y(s.p5),
          x2: xx,
          y2: y(s.p95),
          stroke: colour,
          'stroke-width': 3,
        }) +
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
          }) +
          text(xx + 9, y(s.mean) + (s.mean > 0.9 ? 20 : 4.5), `${(s.mean * 100).toFixed(0)} %`, {
            'font-size': 13,
            'font-weight': 700,
            fill: colour,
            stroke: '#ffffff',
            'stroke-width': 3,
            'paint-order': 'stroke',
          }),
      ),
    );
  }
  return frame(width, height, title, caption, body.join('\n'), 'response');
}
