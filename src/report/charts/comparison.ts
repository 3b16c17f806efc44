/**
 * Paired differences between two scenarios, with 95 % confidence intervals, per key metric.
 *
 * @module
 */
import { scaleLinear } from 'd3-scale';
import type { Comparison, MetricComparison } from '../../experiment/compare.js';
import { diffUnitLabel, formatEstimate, isShareUnit } from '../format.js';
import { catalogueOf, headlineMetrics, type MetricCatalogue, metricInfo } from '../metrics.js';
import {
  type ChartFrameOptions,
  COLOURS,
  captionLines,
  el,
  ellipsize,
  frame,
  type LegendItem,
  labelLines,
  legend,
  text,
  whiskerSwatch,
} from './svg.js';

/** Options of {@link comparisonChart}. */
export interface ComparisonChartOptions extends ChartFrameOptions {
  /**
   * Metrics to show, top to bottom (default: the headline metrics the model declares, those in
   * the comparison, in report order).
   */
  readonly metrics?: readonly string[];
}

/** How a paired difference reads: better, worse, a difference of no stated direction, or none detected. */
export type Verdict = 'better' | 'worse' | 'differs' | 'none' | 'undefined';

/**
 * True when B equals A in every paired replication (and there is at least one): the paired
 * differences are all 0, so their interval is undefined or a point at 0.
 */
export function isIdentical(m: MetricComparison): boolean {
  return m.n > 0 && m.diffSd === 0 && m.diffMean === 0;
}

/**
 * The verdict on one metric: a difference is detected only when the 95 % interval of the mean
 * paired difference excludes 0; its direction is judged with the catalogue's better direction.
 */
export function verdictOf(name: string, m: MetricComparison, catalogue: MetricCatalogue): Verdict {
  if (!Number.isFinite(m.diffCiLow) || !Number.isFinite(m.diffCiHigh)) {
    return isIdentical(m) ? 'none' : 'undefined';
  }
  if (m.diffCiLow <= 0 && m.diffCiHigh >= 0) return 'none';
  const better = metricInfo(name, catalogue).better;
  if (better === null) return 'differs';
  return m.diffMean > 0 === (better === 'higher') ? 'better' : 'worse';
}

const VERDICT_COLOUR: Readonly<Record<Verdict, string>> = {
  better: COLOURS.blue,
  worse: COLOURS.orange,
  differs: COLOURS.purple,
  none: COLOURS.grey,
  undefined: COLOURS.grey,
};

/**
 * Paired differences (B − A) between the two scenarios of a comparison as an SVG string: one
 * row per metric, the mean paired difference as a point and its 95 % confidence interval as a
 * bar. Each row has its own scale, centred on zero (the metrics have different units); the
 * value and interval are printed at the right in the metric's unit (percentage points for
 * shares). Colour says whether B is better, worse, different with no better direction, or not
 * detectably different (interval across zero).
 *
 * @example
 * ```ts
 * writeFileSync('compare.svg', comparisonChart(await compare(a, b, { replications: 100, seed: 1 })));
 * ```
 */
export function comparisonChart(
  comparison: Comparison,
  options: ComparisonChartOptions = {},
): string {
  const width = options.width ?? 800;
  const { a, b } = comparison.meta;
  const title = options.title ?? `Effect of ${b.name} against ${a.name}`;
  const catalogue = catalogueOf(comparison);
  const names = (
    options.metrics ?? headlineMetrics(Object.keys(comparison.scalars), catalogue)
  ).filter((m) => comparison.scalars[m] !== undefined);
  const left = 275;
  const valueW = 250;
  const plotW = width - left - valueW - 24;
  const items: LegendItem[] = [
    { label: `${b.name} better`, swatch: whiskerSwatch(VERDICT_COLOUR.better) },
    { label: `${b.name} worse`, swatch: whiskerSwatch(VERDICT_COLOUR.worse) },
    { label: 'Different (no better direction)', swatch: whiskerSwatch(VERDICT_COLOUR.differs) },
    { label: 'No difference detected', swatch: whiskerSwatch(VERDICT_COLOUR.none) },
  ];
  const leg = legend(items, 16, 48, width - 32);
  const top = 48 + leg.height + 30;
  const rowH = 36;
  const bottom = top + Math.max(1, names.length) * rowH;
  const body: string[] = [leg.svg];
  body.push(
    text(left + plotW / 2, top - 10, 'B − A (each row its own scale)', {
      'font-size': 13,
      'text-anchor': 'middle',
      fill: COLOURS.ink,
      'font-weight': 600,
    }),
    text(left + plotW + 16, top - 10, 'Difference (95 % CI)', {
      'font-size': 13,
      fill: COLOURS.ink,
      'font-weight': 600,
    }),
  );
  const zeroX = left + plotW / 2;
  names.forEach((name, i) => {
    const m = comparison.scalars[name] as MetricComparison;
    const info = metricInfo(name, catalogue);
    const k = isShareUnit(info.unit) ? 100 : 1;
    const cy = top + i * rowH + rowH / 2;
    const v = verdictOf(name, m, catalogue);
    const colour = VERDICT_COLOUR[v];
    const parts: string[] = [];
    if (i % 2 === 0) {
      parts.push(
        el('rect', { x: 16, y: cy - rowH / 2, width: width - 32, height: rowH, fill: '#f4f4f4' }),
      );
    }
    const lines = labelLines(info.label, left - 30, 13);
    lines.forEach((l, j) => {
      parts.push(
        text(left - 12, cy + 4.5 + (j - (lines.length - 1) / 2) * 14, l, {
          'font-size': lines.length > 1 ? 12.5 : 13,
          'text-anchor': 'end',
          fill: COLOURS.ink,
        }),
      );
    });
    const lo = m.diffCiLow * k;
    const hi = m.diffCiHigh * k;
    const mean = m.diffMean * k;
    const extent = Math.max(Math.abs(lo), Math.abs(hi), Math.abs(mean));
    const ext = Number.isFinite(extent) && extent > 0 ? extent * 1.15 : 1;
    const x = scaleLinear()
      .domain([-ext, ext])
      .range([left, left + plotW]);
    parts.push(
      el('line', {
        x1: left,
        y1: cy,
        x2: left + plotW,
        y2: cy,
        stroke: COLOURS.grid,
        'stroke-width': 1,
      }),
    );
    if (Number.isFinite(lo) && Number.isFinite(hi)) {
      parts.push(
        el('line', {
          x1: x(lo),
          y1: cy,
          x2: x(hi),
          y2: cy,
          stroke: colour,
          'stroke-width': 4,
          class: 'ci',
        }),
      );
    }
    if (Number.isFinite(mean)) {
      parts.push(
        el('circle', {
          cx: x(mean),
          cy,
          r: 5.5,
          fill: colour,
          stroke: '#ffffff',
          'stroke-width': 1.5,
        }),
      );
    }
    const unit = diffUnitLabel(info.unit);
    const e = formatEstimate(m.diffMean, m.diffCiLow, m.diffCiHigh, info.unit, { signed: true });
    const label = isIdentical(m)
      ? 'identical in every replication'
      : Number.isFinite(mean)
        ? `${e.value}${unit === 'count' ? '' : ` ${unit}`} (${e.interval})`
        : 'undefined';
    parts.push(
      text(left + plotW + 16, cy + 4.5, ellipsize(label, valueW - 10, 13), {
        'font-size': 13,
        fill: v === 'none' || v === 'undefined' ? COLOURS.axis : colour,
        'font-weight': v === 'none' || v === 'undefined' ? 400 : 700,
      }),
    );
    body.push(
      el('g', { class: 'comparison-row', 'data-metric': name, 'data-verdict': v }, parts.join('')),
    );
  });
  body.push(
    el('line', {
      x1: zeroX,
      y1: top,
      x2: zeroX,
      y2: bottom,
      stroke: COLOURS.ink,
      'stroke-width': 1.5,
      class: 'zero',
    }),
  );
  const caption = captionLines(
    `Points: mean paired difference ${b.name} − ${a.name} over ${comparison.meta.replications.paired} paired replications${comparison.meta.commonRandomNumbers ? ' (common random numbers)' : ' (independent seeds)'}; bars: 95 % confidence interval of that mean (Student t). Each row has its own scale, centred on zero; shares in percentage points (pp).`,
    width - 32,
  );
  const height = bottom + 16 + caption.length * 17 + 6;
  return frame(width, height, title, caption, body.join('\n'), 'comparison');
}
