/**
 * Tornado chart of a one-at-a-time sensitivity analysis.
 *
 * @module
 */
import { scaleLinear } from 'd3-scale';
import type { SensitivityResult } from '../../experiment/sensitivity.js';
import { renderValue } from '../../scenario/assumptions.js';
import { formatValue, formatWithUnit, unitLabel } from '../format.js';
import { catalogueOf, metricInfo } from '../metrics.js';
import {
  bandSwatch,
  type ChartFrameOptions,
  COLOURS,
  captionLines,
  el,
  ellipsize,
  frame,
  legend,
  lineSwatch,
  text,
} from './svg.js';

/** Options of {@link tornadoChart}. */
export interface TornadoChartOptions extends ChartFrameOptions {
  /** Metric to draw (default: the result's `sortBy`). */
  readonly metric?: string;
  /** Most parameters to show (default 15). */
  readonly maxRows?: number;
}

/** A parameter path as a short label: without `parameters.` and a trailing `.value`. */
export function shortPath(path: string): string {
  return path.replace(/^parameters\./, '').replace(/\.value$/, '');
}

/**
 * A tornado chart of a sensitivity result as an SVG string: one bar per parameter, largest
 * swing on top, spanning the metric's mean with the parameter at its low value and at its high
 * value (all else at base); the base mean as a vertical line. Bars are split at the base: the
 * part towards the low-value run in one colour, towards the high-value run in another.
 *
 * @example
 * ```ts
 * writeFileSync('tornado.svg', tornadoChart(await sensitivity(s, params, { replications: 50, seed: 1, metrics })));
 * ```
 */
export function tornadoChart(
  sensitivity: SensitivityResult,
  options: TornadoChartOptions = {},
): string {
  const width = options.width ?? 800;
  const metric = options.metric ?? sensitivity.meta.sortBy;
  const info = metricInfo(metric, catalogueOf(sensitivity));
  const title = options.title ?? `What moves ${info.label.toLowerCase()}`;
  const rows = [...sensitivity.rows]
    .filter((r) => r.metrics[metric] !== undefined)
    .sort(
      (a, b) =>
        (b.metrics[metric]?.swing ?? -1) - (a.metrics[metric]?.swing ?? -1) ||
        (a.path < b.path ? -1 : 1),
    )
    .slice(0, options.maxRows ?? 15);
  const base = sensitivity.base[metric]?.mean ?? rows[0]?.metrics[metric]?.base ?? Number.NaN;
  const left = 300;
  const right = 24;
  const plotW = width - left - right;
  const leg = legend(
    [
      { label: 'Parameter at its low value', swatch: bandSwatch(COLOURS.sky, 0.9) },
      { label: 'Parameter at its high value', swatch: bandSwatch(COLOURS.blue, 0.9) },
      {
        label: `Base: ${formatWithUnit(base, info.unit)}`,
        swatch: lineSwatch(COLOURS.ink, 2),
      },
    ],
    16,
    48,
    width - 32,
  );
  const top = 48 + leg.height + 16;
  const rowH = 40;
  const bottom = top + Math.max(1, rows.length) * rowH;
  const values = rows.flatMap((r) => {
    const e = r.metrics[metric];
    return e === undefined ? [] : [e.low, e.high];
  });
  const finite = [base, ...values].filter(Number.isFinite);
  const lo = finite.length > 0 ? Math.min(...finite) : 0;
  const hi = finite.length > 0 ? Math.max(...finite) : 1;
  const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.05 || 1;
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .nice()
    .range([left, left + plotW]);
  const body: string[] = [leg.svg];
  for (const t of x.ticks(7)) {
    const xx = x(t);
    body.push(
      el('line', { x1: xx, y1: top, x2: xx, y2: bottom, stroke: COLOURS.grid }),
      text(xx, bottom + 18, formatValue(t, info.unit), {
        'font-size': 13,
        'text-anchor': 'middle',
        fill: COLOURS.axis,
      }),
    );
  }
  body.push(
    el('line', { x1: left, y1: bottom, x2: left + plotW, y2: bottom, stroke: COLOURS.axis }),
    text(
      left + plotW / 2,
      bottom + 40,
      `${info.label} (${unitLabel(info.unit)}), mean over replications`,
      {
        'font-size': 13.5,
        'text-anchor': 'middle',
        fill: COLOURS.ink,
      },
    ),
  );
  rows.forEach((r, i) => {
    const e = r.metrics[metric];
    if (e === undefined) return;
    const cy = top + i * rowH + rowH / 2;
    const parts: string[] = [
      text(left - 10, cy - 2, ellipsize(shortPath(r.path), left - 26, 13), {
        'font-size': 13,
        'text-anchor': 'end',
        fill: COLOURS.ink,
      }),
      text(
        left - 10,
        cy + 13,
        ellipsize(`${renderValue(r.low)} → ${renderValue(r.high)}`, left - 26, 12),
        {
          'font-size': 12,
          'text-anchor': 'end',
          fill: COLOURS.axis,
        },
      ),
    ];
    const bar = (v: number, fill: string, cls: string) => {
      if (!Number.isFinite(v) || !Number.isFinite(base)) return;
      const x0 = Math.min(x(v), x(base));
      parts.push(
        el('rect', {
          x: x0,
          y: cy - 11,
          width: Math.max(1, Math.abs(x(v) - x(base))),
          height: 22,
          fill,
          class: cls,
        }),
      );
    };
    bar(e.low, COLOURS.sky, 'low');
    bar(e.high, COLOURS.blue, 'high');
    body.push(el('g', { class: 'tornado-row', 'data-path': r.path }, parts.join('')));
  });
  if (Number.isFinite(base)) {
    body.push(
      el('line', {
        x1: x(base),
        y1: top - 4,
        x2: x(base),
        y2: bottom,
        stroke: COLOURS.ink,
        'stroke-width': 2,
        class: 'base',
      }),
    );
  }
  const caption = captionLines(
    `Each bar: the mean of ${sensitivity.meta.replications} replications with one parameter at its low or high value, all others at base; the same seed for every run (common random numbers). Means only: no interval is drawn, so a short bar may be noise.${sensitivity.meta.complete ? '' : ' Incomplete: the analysis was cancelled.'}`,
    width - 32,
  );
  const height = bottom + 54 + caption.length * 17 + 6;
  return frame(width, height, title, caption, body.join('\n'), 'tornado');
}
