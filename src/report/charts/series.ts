/**
 * Daily series over time: one small panel per series (a family's members side by side), the
 * 5th–95th percentile band across replications and the median, for one result or two. The chart
 * a report draws for a headline series no other chart shows (strength by sector, say), so that a
 * new capability's series appear without any change to the reports.
 *
 * @module
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, line } from 'd3-shape';
import { InvalidArgumentError } from '../../errors.js';
import type { ExperimentResult, SeriesSummary } from '../../experiment/types.js';
import { addDays, parseIsoDate } from '../../model/dates.js';
import { formatNumbers, withUnit } from '../format.js';
import { catalogueOf, metricInfo } from '../metrics.js';
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

/** Options of {@link seriesChart}. */
export interface SeriesChartOptions extends ChartFrameOptions {
  /** Names of the results in the legend, with two results (default: each scenario's name). */
  readonly labels?: readonly string[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Daily series `names` of one or two results as an SVG string: a panel per series (two per row),
 * each with the band from the 5th to the 95th percentile of the day's value across replications
 * and the median, in the series' unit as the model declares it; two results in two colours.
 *
 * @throws {@link InvalidArgumentError} when no result has any of the series
 */
export function seriesChart(
  results: ExperimentResult | readonly ExperimentResult[],
  names: readonly string[],
  options: SeriesChartOptions = {},
): string {
  const list: readonly ExperimentResult[] = Array.isArray(results)
    ? (results as readonly ExperimentResult[])
    : [results as ExperimentResult];
  const first = list[0];
  const shown = names.filter((n) => list.some((r) => r.series[n] !== undefined));
  if (first === undefined || shown.length === 0) {
    throw new InvalidArgumentError('names', 'daily series the results have', names);
  }
  const width = options.width ?? 800;
  const catalogue = catalogueOf(first);
  const title = options.title ?? metricInfo(shown[0] as string, catalogue).group;
  const items: LegendItem[] = list.flatMap((r, i) => {
    const c = SCENARIO_COLOURS[i % SCENARIO_COLOURS.length] as string;
    const name = list.length > 1 ? ` — ${options.labels?.[i] ?? r.meta.scenario.name}` : '';
    return [
      { label: `5th–95th percentile${name}`, swatch: bandSwatch(c, 0.22) },
      { label: `Median${name}`, swatch: lineSwatch(c, 2.5) },
    ];
  });
  const leg = legend(items, 16, 48, width - 32);
  const start = first.meta.scenario.startDate;
  const days = Math.max(...list.flatMap((r) => shown.map((n) => r.series[n]?.days ?? 0)));
  const end = addDays(start, days - 1);
  const cols = shown.length > 1 ? 2 : 1;
  const axisW = 52;
  const gapX = 36;
  const panelW = (width - 32 - cols * axisW - (cols - 1) * gapX) / cols;
  const panelH = 140;
  const headH = 26;
  const rowH = headH + panelH + 40;
  const gridTop = 48 + leg.height + 14;
  const utc = (iso: string) => new Date(parseIsoDate(iso) ?? Number.NaN);
  const body: string[] = [leg.svg];
  shown.forEach((name, k) => {
    const info = metricInfo(name, catalogue);
    const col = k % cols;
    const row = Math.floor(k / cols);
    const px = 16 + axisW + col * (axisW + panelW + gapX);
    const pTop = gridTop + row * rowH + headH;
    const pBottom = pTop + panelH;
    const data = list.map((r) => r.series[name]).filter((s): s is SeriesSummary => s !== undefined);
    const lo = Math.min(...data.flatMap((s) => s.p5));
    const hi = Math.max(...data.flatMap((s) => s.p95));
    const y = scaleLinear()
      .domain([Math.min(0, lo), hi > lo ? hi : lo + 1])
      .nice(4)
      .range([pBottom, pTop]);
    const x = scaleUtc()
      .domain([utc(start), utc(end)])
      .range([px, px + panelW]);
    const dayX = (d: number) => x(utc(addDays(start, d)));
    const ticks = y.ticks(4);
    const tickText = formatNumbers(ticks);
    const xt = x.ticks(cols > 1 ? 4 : 8).map((d) => ({
      value: d.getTime(),
      label: `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCFullYear()).slice(2)}`,
    }));
    const parts: string[] = [
      text(
        px - axisW,
        pTop - headH + 14,
        ellipsize(withUnit(info.label, info.unit), panelW + axisW, 13.5, true),
        {
          'font-size': 13.5,
          'font-weight': 700,
          fill: COLOURS.ink,
        },
      ),
      yAxis(ticks, y, px, px + panelW, (v) => tickText[ticks.indexOf(v)] ?? '', '', 0, {
        top: pTop,
        bottom: pBottom,
      }),
      xAxis(xt, (v) => x(new Date(v)), pTop, pBottom, '', pBottom + 34),
    ];
    list.forEach((r, i) => {
      const s = r.series[name];
      if (s === undefined) return;
      const c = SCENARIO_COLOURS[i % SCENARIO_COLOURS.length] as string;
      const idx = Array.from({ length: s.days }, (_, d) => d);
      const band = area<number>()
        .x((d) => dayX(d))
        .y0((d) => y(s.p5[d] as number))
        .y1((d) => y(s.p95[d] as number));
      const med = line<number>()
        .x((d) => dayX(d))
        .y((d) => y(s.p50[d] as number));
      parts.push(
        el('path', {
          d: band(idx) ?? '',
          fill: c,
          'fill-opacity': 0.22,
          stroke: 'none',
          class: 'band',
        }),
        el('path', {
          d: med(idx) ?? '',
          fill: 'none',
          stroke: c,
          'stroke-width': 2,
          class: 'median',
        }),
      );
    });
    body.push(el('g', { class: 'series-panel', 'data-series': name }, parts.join('')));
  });
  const rowsN = Math.ceil(shown.length / cols);
  const bottom = gridTop + rowsN * rowH;
  const caption = captionLines(
    `Each panel: the value at the end of each day, ${first.meta.scenario.startDate} to ${end}; band: 5th to 95th percentile across ${first.meta.replications.completed} replications (where 90 % of runs lie), line: the median.`,
    width - 32,
  );
  const height = bottom + 6 + caption.length * 17 + 6;
  return frame(width, height, title, caption, body.join('\n'), 'series');
}
