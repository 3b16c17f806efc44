/**
 * A sweep as lines with interval bands: one small panel per metric, the swept parameter on the
 * x-axis.
 *
 * @module
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import { shownValue } from '../../experiment/parameters.js';
import type { SweepResult } from '../../experiment/sweep.js';
import { renderValue } from '../../scenario/assumptions.js';
import { displayFactor, formatNumbers, inSentence, withUnit } from '../format.js';
import { catalogueOf, headlineMetrics, metricInfo } from '../metrics.js';
import { SCENARIO_COLOURS } from './response.js';
import {
  bandSwatch,
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
  xAxis,
  yAxis,
} from './svg.js';
import { shortPath } from './tornado.js';

/** Options of {@link sweepChart}. */
export interface SweepChartOptions extends ChartFrameOptions {
  /** Metrics to draw, one panel each (default: the headline metrics in the sweep). */
  readonly metrics?: readonly string[];
  /** How the x-axis names each grid path (default: the path without `parameters.`). */
  readonly parameterLabels?: Readonly<Record<string, string>>;
}

const LINE_COLOURS = [...SCENARIO_COLOURS, COLOURS.sky, COLOURS.yellow, COLOURS.grey];

/**
 * A sweep as an SVG string: one panel per metric (two per row), the first grid path on the
 * x-axis (numbers on a linear scale, anything else evenly spaced), the mean over replications at
 * each grid point joined by a line, and a band for its 95 % confidence interval. With more than
 * one grid path, one line per combination of the other paths' values, in distinct colours with a
 * legend. A y-axis that does not start at zero carries a break mark.
 *
 * @example
 * ```ts
 * writeFileSync('sweep.svg', sweepChart(await sweep(minusma2020, { 'aviation.mtbfDays': [7, 14, 28] }, { replications: 40, seed: 1 })));
 * ```
 */
export function sweepChart(result: SweepResult, options: SweepChartOptions = {}): string {
  const width = options.width ?? 800;
  const catalogue = catalogueOf(result);
  const paths = Object.keys(result.meta.grid);
  const xPath = paths[0] as string;
  const others = paths.slice(1);
  const present = new Set(result.rows.flatMap((r) => Object.keys(r.scalars)));
  let metrics = (options.metrics ?? headlineMetrics(present, catalogue)).filter((m) =>
    present.has(m),
  );
  if (metrics.length === 0) metrics = [...present].sort().slice(0, 8);
  const label = (p: string) => options.parameterLabels?.[p] ?? shortPath(p);
  const title = options.title ?? `Sweep of ${inSentence(label(xPath))}`;
  const xValues = result.meta.grid[xPath] ?? [];
  const numeric = xValues.every((v) => Number.isFinite(shownValue(v)));
  const xText = (v: unknown) => {
    const shown = shownValue(v);
    return Number.isFinite(shown) && typeof v !== 'number'
      ? `${formatNumbers([shown])[0]} (mean)`
      : renderValue(v);
  };
  // Lines: one per combination of the other paths' values, in grid order.
  const keyOf = (point: Readonly<Record<string, unknown>>) =>
    others.map((p) => `${label(p)} = ${renderValue(point[p])}`).join(', ');
  const lineKeys = [...new Set(result.rows.map((r) => keyOf(r.point)))];
  const items: LegendItem[] =
    lineKeys.length > 1
      ? lineKeys.map((k, i) => ({
          label: k,
          swatch: lineSwatch(LINE_COLOURS[i % LINE_COLOURS.length] as string, 2.5),
        }))
      : [
          { label: 'Mean over replications', swatch: lineSwatch(COLOURS.blue, 2.5) },
          { label: '95 % confidence interval of the mean', swatch: bandSwatch(COLOURS.blue, 0.2) },
        ];
  const leg = legend(items, 16, 48, width - 32);
  const cols = metrics.length > 1 ? 2 : 1;
  const gapX = 56;
  const axisW = 48;
  const panelW = (width - 32 - cols * axisW - (cols - 1) * gapX) / cols;
  const panelH = 150;
  const headH = 30;
  const rowH = headH + panelH + 46;
  const gridTop = 48 + leg.height + 14;
  const body: string[] = [leg.svg];
  metrics.forEach((m, k) => {
    const info = metricInfo(m, catalogue);
    const f = displayFactor(info.unit);
    const col = k % cols;
    const row = Math.floor(k / cols);
    const px = 16 + axisW + col * (panelW + axisW + gapX);
    const pTop = gridTop + row * rowH + headH;
    const pBottom = pTop + panelH;
    const x = numeric
      ? scaleLinear()
          .domain([Math.min(...xValues.map(shownValue)), Math.max(...xValues.map(shownValue))])
          .range([px + 8, px + panelW - 8])
      : undefined;
    const xp = scalePoint<string>()
      .domain(xValues.map((v) => renderValue(v)))
      .range([px + 8, px + panelW - 8]);
    const xOf = (v: unknown) => (x !== undefined ? x(shownValue(v)) : (xp(renderValue(v)) ?? px));
    const values = result.rows.flatMap((r) => {
      const s = r.scalars[m];
      return s === undefined ? [] : [s.ciLow, s.ciHigh, s.mean];
    });
    const finite = values.filter(Number.isFinite).map((v) => v * f);
    let lo = finite.length > 0 ? Math.min(...finite) : 0;
    let hi = finite.length > 0 ? Math.max(...finite) : 1;
    if (lo === hi) {
      lo -= Math.abs(lo) * 0.1 || 1;
      hi += Math.abs(hi) * 0.1 || 1;
    }
    const y = scaleLinear().domain([lo, hi]).nice(4).range([pBottom, pTop]);
    if (f === 100) {
      // A share stays within 0 to 100 %.
      const [a, b] = y.domain() as [number, number];
      y.domain([Math.max(0, a), Math.min(100, b)]);
    }
    const [d0] = y.domain() as [number, number];
    const cut = d0 > 0;
    const ticks = y.ticks(4).map((t) => Number(t.toPrecision(12)));
    const tickText = formatNumbers(ticks);
    const parts: string[] = [
      text(
        px - axisW,
        pTop - headH + 16,
        ellipsize(withUnit(info.label, info.unit), panelW + axisW, 13.5, true),
        {
          'font-size': 13.5,
          'font-weight': 700,
          fill: COLOURS.ink,
        },
      ),
      yAxis(ticks, y, px, px + panelW, (v) => tickText[ticks.indexOf(v)] ?? '', '', 0, {
        cut,
        top: pTop,
        bottom: pBottom,
      }),
      xAxis(
        xValues.map((v) => ({
          value: xOf(v),
          label: ellipsize(xText(v), panelW / Math.max(1, xValues.length), 12),
        })),
        (v) => v,
        pTop,
        pBottom,
        ellipsize(label(xPath), panelW, 13.5),
        pBottom + 40,
      ),
    ];
    lineKeys.forEach((key, i) => {
      const colour = (
        lineKeys.length > 1 ? LINE_COLOURS[i % LINE_COLOURS.length] : COLOURS.blue
      ) as string;
      const pts = result.rows
        .filter((r) => keyOf(r.point) === key)
        .map((r) => ({ x: xOf(r.point[xPath]), s: r.scalars[m] }))
        .filter((p) => p.s !== undefined && Number.isFinite(p.s.mean));
      const band = area<(typeof pts)[number]>()
        .defined((p) => Number.isFinite(p.s?.ciLow) && Number.isFinite(p.s?.ciHigh))
        .x((p) => p.x)
        .y0((p) => y((p.s?.ciLow ?? 0) * f))
        .y1((p) => y((p.s?.ciHigh ?? 0) * f));
      const mean = line<(typeof pts)[number]>()
        .x((p) => p.x)
        .y((p) => y((p.s?.mean ?? 0) * f));
      parts.push(
        el('path', {
          d: band(pts) ?? '',
          fill: colour,
          'fill-opacity': 0.2,
          stroke: 'none',
          class: 'band',
        }),
        el('path', {
          d: mean(pts) ?? '',
          fill: 'none',
          stroke: colour,
          'stroke-width': 2.5,
          class: 'mean',
        }),
        ...pts.map((p) =>
          el('circle', {
            cx: p.x,
            cy: y((p.s?.mean ?? 0) * f),
            r: 3.5,
            fill: colour,
            class: 'point',
          }),
        ),
      );
    });
    body.push(el('g', { class: 'sweep-panel', 'data-metric': m }, parts.join('')));
  });
  const rowsN = Math.ceil(metrics.length / cols);
  const bottom = gridTop + rowsN * rowH;
  const caption = captionLines(
    `Each panel: the mean over ${result.meta.replications} replications at each grid point (the same seed at every point: common random numbers), the band its 95 % confidence interval (Student t). An axis with a break mark does not start at zero.`,
    width - 32,
  );
  const height = bottom + 6 + caption.length * 17 + 6;
  return frame(width, height, title, caption, body.join('\n'), 'sweep');
}
