/**
 * The backtest chart: each figure of the public record against the model's 90 % prediction
 * interval of the matching quantity.
 *
 * @module
 */
import { scaleSymlog } from 'd3-scale';
import type { BacktestResult, BacktestRow } from '../../experiment/backtest.js';
import type { BacktestVerdict } from '../../experiment/backtest-verdict.js';
import { formatNumber } from '../format.js';
import {
  bandSwatch,
  type ChartFrameOptions,
  COLOURS,
  captionLines,
  diamondSwatch,
  el,
  ellipsize,
  frame,
  legend,
  lineSwatch,
  text,
  textWidth,
  xAxis,
} from './svg.js';

/** Options of {@link backtestChart}. */
export type BacktestChartOptions = ChartFrameOptions;

/** Colour of an observed point by verdict. */
const VERDICT_COLOUR: Readonly<Record<BacktestVerdict, string>> = {
  inside: COLOURS.green,
  consistent: COLOURS.green,
  above: COLOURS.orange,
  below: COLOURS.purple,
  'not-comparable': COLOURS.grey,
};

const SAMPLE_HEADING: Readonly<Record<BacktestRow['sample'], string>> = {
  'out-of-sample': 'After the letter (out of sample)',
  straddles: 'Across the letter’s date',
  'in-sample': 'Inside the letter’s period (calibration, not validation)',
};

/** A row's label: the figure's title when it fits, else its short label and source. */
function rowLabel(r: BacktestRow, width: number, size: number): string {
  if (textWidth(r.figure.title, size) <= width) return r.figure.title;
  const short = `${r.figure.label} (${r.figure.cite})`;
  return ellipsize(textWidth(short, size) <= width ? short : r.figure.label, width, size);
}

/** Tick values of the symmetric-log axis up to `max`. */
function ticksTo(max: number): number[] {
  const out = [0];
  for (let p = 1; p <= max * 1.0001; p *= 10) {
    for (const m of [1, 2, 5]) if (m * p <= max * 1.0001) out.push(m * p);
  }
  return out;
}

/**
 * The backtest as an SVG string: one row per compared figure (grouped out of sample, across the
 * letter's date, inside the letter's period), the model's 90 % interval as a bar with its median,
 * the record's figure as a diamond (hollow with an arrow for a lower bound), coloured by
 * verdict. Counts of very different sizes share one symmetric-log axis.
 *
 * @example
 * ```ts
 * writeFileSync('backtest.svg', backtestChart(await backtest(scenario, { replications: 100, seed: 2020 })));
 * ```
 */
export function backtestChart(result: BacktestResult, options: BacktestChartOptions = {}): string {
  const width = options.width ?? 800;
  const title = options.title ?? 'The public record against the model’s 90 % intervals';
  const rows = result.rows.filter((r) => r.verdict !== 'not-comparable');
  const groups = (['out-of-sample', 'straddles', 'in-sample'] as const)
    .map((s) => ({ sample: s, rows: rows.filter((r) => r.sample === s) }))
    .filter((g) => g.rows.length > 0);
  const leg = legend(
    [
      { label: 'Model: 90 % interval', swatch: bandSwatch(COLOURS.sky, 0.55) },
      { label: 'Model: median', swatch: lineSwatch(COLOURS.blue, 2.5) },
      { label: 'Record: inside', swatch: diamondSwatch(COLOURS.green, COLOURS.ink) },
      { label: 'Record: above', swatch: diamondSwatch(COLOURS.orange, COLOURS.ink) },
      { label: 'Record: below', swatch: diamondSwatch(COLOURS.purple, COLOURS.ink) },
      { label: 'Record: at least', swatch: diamondSwatch('#ffffff', COLOURS.ink) },
    ],
    16,
    48,
    width - 32,
  );
  const left = 330;
  const right = 28;
  const plotW = width - left - right;
  const rowH = 30;
  const headH = 26;
  const top = 48 + leg.height + 14;
  const max = Math.max(1, ...rows.flatMap((r) => [r.high, r.observed].filter(Number.isFinite)));
  const x = scaleSymlog()
    .constant(1)
    .domain([0, max * 1.15])
    .range([left, left + plotW]);
  const body: string[] = [leg.svg];
  let y = top;
  const rowParts: string[] = [];
  for (const g of groups) {
    rowParts.push(
      text(16, y + 18, SAMPLE_HEADING[g.sample], {
        'font-size': 14,
        'font-weight': 700,
        fill: COLOURS.ink,
        class: 'group',
      }),
    );
    y += headH;
    for (const r of g.rows) {
      const cy = y + rowH / 2;
      const colour = VERDICT_COLOUR[r.verdict];
      const parts: string[] = [
        text(left - 10, cy + 4.5, rowLabel(r, left - 26, 12.5), {
          'font-size': 12.5,
          'text-anchor': 'end',
          fill: COLOURS.ink,
        }),
        el('rect', {
          x: x(r.low),
          y: cy - 7,
          width: Math.max(2, x(r.high) - x(r.low)),
          height: 14,
          fill: COLOURS.sky,
          'fill-opacity': 0.55,
          class: 'interval',
        }),
        el('line', {
          x1: x(r.median),
          y1: cy - 9,
          x2: x(r.median),
          y2: cy + 9,
          stroke: COLOURS.blue,
          'stroke-width': 2.5,
          class: 'median',
        }),
      ];
      const ox = x(r.observed);
      const lowerBound = r.figure.kind === 'atLeast';
      if (lowerBound) {
        parts.push(
          el('line', {
            x1: ox + 6,
            y1: cy,
            x2: ox + 22,
            y2: cy,
            stroke: COLOURS.ink,
            'stroke-width': 1.5,
          }),
          el('path', {
            d: `M${ox + 22} ${cy - 4} L${ox + 28} ${cy} L${ox + 22} ${cy + 4} Z`,
            fill: COLOURS.ink,
          }),
        );
      }
      parts.push(
        el('path', {
          d: `M${ox} ${cy - 7} L${ox + 7} ${cy} L${ox} ${cy + 7} L${ox - 7} ${cy} Z`,
          fill: lowerBound && r.verdict !== 'above' ? '#ffffff' : colour,
          stroke: COLOURS.ink,
          'stroke-width': 1.5,
          class: 'observed',
        }),
      );
      rowParts.push(
        el(
          'g',
          { class: `backtest-row verdict-${r.verdict}`, 'data-figure': r.figure.id },
          parts.join(''),
        ),
      );
      y += rowH;
    }
  }
  const bottom = y + 4;
  body.push(
    xAxis(
      ticksTo(max * 1.15).map((t) => ({ value: t, label: formatNumber(t) })),
      x,
      top,
      bottom,
      'Count over the figure’s window (symmetric-log scale)',
      bottom + 44,
    ),
    ...rowParts,
  );
  const m = result.meta;
  const caption = captionLines(
    `Scenario ${m.scenario.name}, ${m.replications.completed} replications, seed ${String(m.seed)}. Each bar: the 5th to 95th percentile across replications of the model quantity matching the figure over the figure’s window; the diamond is the public figure. Nothing in the model was fitted to these figures.`,
    width - 32,
  );
  const height = bottom + 54 + caption.length * 17 + 6;
  return frame(width, height, title, caption, body.join('\n'), 'backtest');
}
