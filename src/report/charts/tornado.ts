/**
 * Tornado chart of a one-at-a-time sensitivity analysis.
 *
 * @module
 */
import { scaleLinear } from 'd3-scale';
import {
  rowsBySwing,
  type SensitivityEffect,
  type SensitivityResult,
  type SensitivityRow,
} from '../../experiment/sensitivity.js';
import { renderValue } from '../../scenario/assumptions.js';
import {
  displayFactor,
  formatNumber,
  formatNumbers,
  formatWithUnit,
  inSentence,
  unitLabel,
  withUnit,
} from '../format.js';
import { catalogueOf, metricInfo } from '../metrics.js';
import {
  bandSwatch,
  type ChartFrameOptions,
  COLOURS,
  captionLines,
  el,
  ellipsize,
  frame,
  intervalSwatch,
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
 * A parameter of a sensitivity row as a person reads it: its declared label and unit
 * ("Mean time between helicopter failures (days)"), or its short path.
 */
export function parameterLabel(row: SensitivityRow): string {
  const p = row.parameter;
  if (p === undefined || p.label === p.path) return shortPath(row.path);
  return UNITLESS.has(p.unit) ? p.label : `${p.label} (${p.unit})`;
}

/** Units a label leaves out: the range's numbers say it (0.3 → 0.7). */
const UNITLESS = new Set(['', 'probability', 'share', 'ratio', 'multiplier']);

/** The range a sensitivity row swings over: `10.5 → 17.5`, a distribution by its mean. */
export function rangeLabel(row: SensitivityRow): string {
  const lo = row.lowShown;
  const hi = row.highShown;
  if (Number.isFinite(lo) && Number.isFinite(hi)) {
    // As declared (0.3 → 0.7), a distribution by its mean.
    const mean = typeof row.low === 'object' && row.low !== null ? ' (mean)' : '';
    return `${renderValue(lo)} → ${renderValue(hi)}${mean}`;
  }
  return `${renderValue(row.low)} → ${renderValue(row.high)}`;
}

/** Whether the paired 95 % interval of an effect excludes 0 (an effect is detected). */
export function effectDetected(e: SensitivityEffect | undefined): boolean {
  if (e === undefined) return false;
  const excludes = (ci: readonly [number, number]) =>
    Number.isFinite(ci[0]) && Number.isFinite(ci[1]) && (ci[0] > 0 || ci[1] < 0);
  // Identical runs have no interval; a difference with none (two replications alike) counts.
  const exact = (d: number, ci: readonly [number, number]) => d !== 0 && !Number.isFinite(ci[0]);
  return (
    excludes(e.lowDeltaCi) ||
    excludes(e.highDeltaCi) ||
    excludes(e.swingCi) ||
    exact(e.lowDelta, e.lowDeltaCi) ||
    exact(e.highDelta, e.highDeltaCi)
  );
}

/**
 * A tornado chart of a sensitivity result as an SVG string: one row per parameter, labelled
 * with its declared label, unit and range ("Mean time between helicopter failures (days):
 * 7 → 28"), in the order of {@link rowsBySwing} (largest swing on top, the order of the
 * report's table); two bars from the base mean, to the mean with the parameter at its low value
 * and at its high value (all else at base), each with the paired 95 % interval of its
 * difference from base as a whisker. The x-axis covers the base's own 95 % interval. When no
 * parameter moves the metric beyond its interval, the chart says "No effect detected" instead
 * of drawing empty bars.
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
  const title = options.title ?? `What moves ${inSentence(info.label)}`;
  const rows = rowsBySwing(sensitivity, metric)
    .filter((r) => r.metrics[metric] !== undefined)
    .slice(0, options.maxRows ?? 15);
  const baseSummary = sensitivity.base[metric];
  const base = baseSummary?.mean ?? rows[0]?.metrics[metric]?.base ?? Number.NaN;
  const k = displayFactor(info.unit);
  const detected = rows.some((r) => effectDetected(r.metrics[metric]));
  const reps = sensitivity.meta.replications;
  if (!detected) {
    const body = [
      el('rect', {
        x: 16,
        y: 52,
        width: width - 32,
        height: 56,
        fill: '#f4f4f4',
        stroke: COLOURS.grid,
        class: 'no-effect',
      }),
      text(32, 76, 'No effect detected', {
        'font-size': 15,
        'font-weight': 700,
        fill: COLOURS.ink,
      }),
      text(
        32,
        97,
        ellipsize(
          `No parameter moves ${inSentence(info.label)} beyond the paired 95 % interval (base ${formatWithUnit(base, info.unit)}).`,
          width - 64,
          13,
        ),
        { 'font-size': 13, fill: COLOURS.axis },
      ),
    ];
    const caption = captionLines(
      `${rows.length} parameters, each at its low and high value with all others at base, ${reps} replications a run, common random numbers. Every difference from base is 0 or within its paired 95 % confidence interval.`,
      width - 32,
    );
    const height = 108 + 24 + caption.length * 17;
    return frame(width, height, title, caption, body.join('\n'), 'tornado');
  }
  const left = 330;
  const right = 24;
  const plotW = width - left - right;
  const leg = legend(
    [
      { label: 'Parameter at its low value', swatch: bandSwatch(COLOURS.sky, 0.9) },
      { label: 'Parameter at its high value', swatch: bandSwatch(COLOURS.blue, 0.9) },
      {
        label: 'Paired 95 % interval of the difference from base',
        swatch: intervalSwatch(COLOURS.ink),
      },
      {
        label: `Base: ${formatWithUnit(base, info.unit)}, its 95 % interval shaded`,
        swatch: lineSwatch(COLOURS.ink, 2),
      },
    ],
    16,
    48,
    width - 32,
  );
  const top = 48 + leg.height + 16;
  const rowH = 42;
  const bottom = top + Math.max(1, rows.length) * rowH;
  const ends = rows.flatMap((r) => {
    const e = r.metrics[metric];
    if (e === undefined) return [];
    return [
      e.low,
      e.high,
      e.base + e.lowDeltaCi[0],
      e.base + e.lowDeltaCi[1],
      e.base + e.highDeltaCi[0],
      e.base + e.highDeltaCi[1],
    ];
  });
  const finite = [
    base,
    baseSummary?.ciLow ?? Number.NaN,
    baseSummary?.ciHigh ?? Number.NaN,
    ...ends,
  ].filter(Number.isFinite);
  const lo = finite.length > 0 ? Math.min(...finite) : 0;
  const hi = finite.length > 0 ? Math.max(...finite) : 1;
  const pad = (hi - lo) * 0.06 || Math.abs(hi) * 0.05 || 1;
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .nice()
    .range([left, left + plotW]);
  const body: string[] = [leg.svg];
  if (baseSummary !== undefined && Number.isFinite(baseSummary.ciLow)) {
    body.push(
      el('rect', {
        x: x(baseSummary.ciLow),
        y: top - 4,
        width: Math.max(1, x(baseSummary.ciHigh) - x(baseSummary.ciLow)),
        height: bottom - top + 4,
        fill: COLOURS.grey,
        'fill-opacity': 0.15,
        class: 'base-ci',
      }),
    );
  }
  const ticks = x.ticks(6);
  const tickText = formatNumbers(ticks.map((t) => Number((t * k).toPrecision(12))));
  ticks.forEach((t, i) => {
    const xx = x(t);
    body.push(
      el('line', { x1: xx, y1: top, x2: xx, y2: bottom, stroke: COLOURS.grid }),
      text(xx, bottom + 18, tickText[i] as string, {
        'font-size': 13,
        'text-anchor': 'middle',
        fill: COLOURS.axis,
      }),
    );
  });
  body.push(
    el('line', { x1: left, y1: bottom, x2: left + plotW, y2: bottom, stroke: COLOURS.axis }),
    text(
      left + plotW / 2,
      bottom + 40,
      ellipsize(`${withUnit(info.label, info.unit)}, mean over replications`, plotW, 13.5),
      { 'font-size': 13.5, 'text-anchor': 'middle', fill: COLOURS.ink },
    ),
  );
  rows.forEach((r, i) => {
    const e = r.metrics[metric];
    if (e === undefined) return;
    const cy = top + i * rowH + rowH / 2;
    const parts: string[] = [
      text(left - 10, cy - 3, ellipsize(parameterLabel(r), left - 26, 13), {
        'font-size': 13,
        'text-anchor': 'end',
        fill: COLOURS.ink,
      }),
      text(left - 10, cy + 13, ellipsize(rangeLabel(r), left - 26, 12), {
        'font-size': 12,
        'text-anchor': 'end',
        fill: COLOURS.axis,
      }),
    ];
    const bar = (
      v: number,
      ci: readonly [number, number],
      fill: string,
      cls: string,
      dy: number,
    ) => {
      if (!Number.isFinite(v) || !Number.isFinite(base)) return;
      const x0 = Math.min(x(v), x(base));
      parts.push(
        el('rect', {
          x: x0,
          y: cy + dy - 7,
          width: Math.max(1, Math.abs(x(v) - x(base))),
          height: 14,
          fill,
          class: cls,
        }),
      );
      if (Number.isFinite(ci[0]) && Number.isFinite(ci[1])) {
        const a = x(base + ci[0]);
        const b = x(base + ci[1]);
        parts.push(
          el(
            'g',
            { class: `ci ${cls}-ci` },
            el('line', {
              x1: a,
              y1: cy + dy,
              x2: b,
              y2: cy + dy,
              stroke: COLOURS.ink,
              'stroke-width': 1.5,
            }) +
              el('line', {
                x1: a,
                y1: cy + dy - 4,
                x2: a,
                y2: cy + dy + 4,
                stroke: COLOURS.ink,
                'stroke-width': 1.5,
              }) +
              el('line', {
                x1: b,
                y1: cy + dy - 4,
                x2: b,
                y2: cy + dy + 4,
                stroke: COLOURS.ink,
                'stroke-width': 1.5,
              }),
          ),
        );
      }
    };
    bar(e.low, e.lowDeltaCi, COLOURS.sky, 'low', -8);
    bar(e.high, e.highDeltaCi, COLOURS.blue, 'high', 8);
    if (!effectDetected(e)) {
      // Said in words at the right end of the row, where no bar reaches.
      const note = e.swing === 0 ? 'no effect' : 'no effect detected';
      parts.push(
        text(left + plotW - 4, cy + 4.5, note, {
          'font-size': 12,
          'text-anchor': 'end',
          fill: COLOURS.axis,
          'font-style': 'italic',
          class: 'no-effect-note',
        }),
      );
    }
    body.push(
      el(
        'g',
        {
          class: 'tornado-row',
          'data-path': r.path,
          'data-detected': effectDetected(e) ? 'yes' : 'no',
        },
        parts.join(''),
      ),
    );
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
  const shown =
    rows.length < sensitivity.rows.length
      ? ` The ${rows.length} largest of ${sensitivity.rows.length} parameters.`
      : '';
  const caption = captionLines(
    `Each bar: the mean of ${reps} replications with one parameter at its low or high value, all others at base. Every run has the same seed (common random numbers), so each whisker is the 95 % confidence interval of the paired difference from base; an effect is detected when that interval, or the one of high − low, excludes 0.${shown}${sensitivity.meta.complete ? '' : ' Incomplete: the analysis was cancelled.'} Values in ${unitLabel(info.unit)}${formatNumber(k) === '100' ? ' (shares in %)' : ''}.`,
    width - 32,
  );
  const height = bottom + 54 + caption.length * 17 + 6;
  return frame(width, height, title, caption, body.join('\n'), 'tornado');
}
