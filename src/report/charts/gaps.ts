/**
 * The capability-gap calendar: which capabilities are short, in which months, and by how much —
 * one row per gap series the run reports (military helicopters short of the requirement,
 * surgical teams not operating, responders and formed police units absent), one column per
 * calendar month, each cell the mean daily shortfall that month, shaded by its size.
 *
 * @module
 */
import { InvalidArgumentError } from '../../errors.js';
import type { ExperimentResult, SeriesSummary } from '../../experiment/types.js';
import {
  type ChartFrameOptions,
  COLOURS,
  captionLines,
  el,
  frame,
  labelLines,
  text,
} from './svg.js';

/** Options of {@link gapCalendarChart}. */
export type GapCalendarOptions = ChartFrameOptions;

/** Monthly mean of a daily series (mean over replications, then over the month's days). */
export function monthlyMeans(
  s: SeriesSummary,
  startDate: string,
): { month: string; mean: number }[] {
  const out: { month: string; mean: number; n: number }[] = [];
  const start = Date.parse(`${startDate}T00:00:00Z`);
  for (let d = 0; d < s.days; d++) {
    const month = new Date(start + d * 86_400_000).toISOString().slice(0, 7);
    let last = out[out.length - 1];
    if (last === undefined || last.month !== month) {
      last = { month, mean: 0, n: 0 };
      out.push(last);
    }
    last.mean += s.mean[d] ?? 0;
    last.n++;
  }
  return out.map((m) => ({ month: m.month, mean: m.n > 0 ? m.mean / m.n : 0 }));
}

/**
 * The capability-gap calendar of a run as an SVG string.
 *
 * @throws {@link InvalidArgumentError} when the result has no `rotations.gap.*` series
 * @example
 * ```ts
 * writeFileSync('gaps.svg', gapCalendarChart(result));
 * ```
 */
export function gapCalendarChart(
  result: ExperimentResult,
  options: GapCalendarOptions = {},
): string {
  const rows = Object.keys(result.series)
    .filter((k) => k.startsWith('rotations.gap.'))
    .sort((a, b) => (result.meta.metrics[a]?.order ?? 0) - (result.meta.metrics[b]?.order ?? 0));
  if (rows.length === 0) {
    throw new InvalidArgumentError('result.series', "'rotations.gap.*' series", undefined);
  }
  const width = options.width ?? 800;
  const title = options.title ?? 'Capability-gap calendar';
  const start = result.meta.scenario.startDate;
  const data = rows.map((k) => ({
    name: k,
    label: result.meta.metrics[k]?.label ?? k,
    unit: result.meta.metrics[k]?.unit ?? '',
    months: monthlyMeans(result.series[k] as SeriesSummary, start),
  }));
  const months = data[0]?.months.map((m) => m.month) ?? [];
  const labelW = 230;
  const left = 16 + labelW;
  const cellW = Math.max(14, (width - left - 16) / Math.max(1, months.length));
  const cellH = 34;
  const top = 78;
  const body: string[] = [];
  // The month's number over each column; the year over its first column (and the chart's).
  months.forEach((m, i) => {
    const cx = left + i * cellW + cellW / 2;
    body.push(
      text(cx, top - 8, m.slice(5), {
        'font-size': 12,
        'text-anchor': 'middle',
        fill: COLOURS.axis,
      }),
    );
    if (i === 0 || m.endsWith('-01')) {
      body.push(
        text(left + i * cellW + 2, top - 26, m.slice(0, 4), {
          'font-size': 12,
          'font-weight': 600,
          fill: COLOURS.ink,
        }),
      );
    }
  });
  data.forEach((row, r) => {
    const y = top + r * cellH;
    const max = Math.max(...row.months.map((m) => m.mean), 1e-9);
    // The label on up to two lines, centred on the row.
    const lines = labelLines(`${row.label} (${row.unit})`, labelW - 8, 12, 2);
    lines.forEach((line, k) => {
      body.push(
        text(16, y + cellH / 2 + 4 + (k - (lines.length - 1) / 2) * 14, line, {
          'font-size': 12,
          fill: COLOURS.ink,
        }),
      );
    });
    row.months.forEach((m, i) => {
      const x = left + i * cellW;
      const share = m.mean / max;
      body.push(
        el('rect', {
          x: x + 1,
          y: y + 1,
          width: cellW - 2,
          height: cellH - 2,
          fill: m.mean < 0.05 ? '#f4f4f4' : COLOURS.orange,
          'fill-opacity': m.mean < 0.05 ? 1 : 0.15 + 0.75 * share,
          class: 'gap-cell',
          'data-series': row.name,
          'data-month': m.month,
          'data-mean': Math.round(m.mean * 100) / 100,
        }),
      );
      if (m.mean >= 0.05 && cellW >= 26) {
        body.push(
          text(x + cellW / 2, y + cellH / 2 + 4, m.mean.toFixed(1), {
            'font-size': 12,
            'text-anchor': 'middle',
            fill: COLOURS.ink,
          }),
        );
      }
    });
  });
  const caption = captionLines(
    `Each cell: the mean daily shortfall in that month, over the month’s days and ${result.meta.replications.completed} replications (helicopters short of the requirement, teams not operating, units absent); darker is larger within the row; grey: no gap.`,
    width - 32,
  );
  const height = top + data.length * cellH + 24 + caption.length * 17;
  return frame(width, height, title, caption, body.join('\n'), 'gaps');
}
