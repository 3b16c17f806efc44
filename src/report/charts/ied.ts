/**
 * IED exposure: encounters, detonations and devices neutralised, for the mission in the
 * letter's period (against the letter's figures) and by route over the horizon.
 *
 * @module
 */
import { scaleLinear } from 'd3-scale';
import { InvalidArgumentError } from '../../errors.js';
import type { ExperimentResult, ScalarSummary } from '../../experiment/types.js';
import { coverage } from '../findings.js';
import { formatNumber } from '../format.js';
import { daysText } from '../sections.js';
import { SCENARIO_COLOURS } from './response.js';
import {
  type ChartFrameOptions,
  COLOURS,
  captionLines,
  diamondSwatch,
  el,
  ellipsize,
  frame,
  type LegendItem,
  labelLines,
  legend,
  n,
  text,
  whiskerSwatch,
} from './svg.js';

/** Options of {@link iedExposureChart}. */
export interface IedChartOptions extends ChartFrameOptions {
  /** Route ids to show, in order (default: every route with a metric, by mean encounters, most first). */
  readonly routes?: readonly string[];
  /** Draw the letter-period panel (default true). */
  readonly letterPanel?: boolean;
  /** Names of the results in the legend, with two results (default: each scenario's name). */
  readonly labels?: readonly string[];
}

const KINDS = [
  { key: 'encounters', label: 'Encounters (devices met)' },
  { key: 'detonations', label: 'Detonations' },
  { key: 'neutralised', label: 'Found and neutralised' },
] as const;

/** One row of a panel: a label and, per kind, one value per result, or the letter's figures. */
interface Row {
  readonly label: string;
  /** Per kind, per result (or undefined for a letter row). */
  readonly values?: readonly (readonly (ScalarSummary | undefined)[])[];
  /** The letter's three figures. */
  readonly letter?: readonly number[];
}

interface Layout {
  readonly left: number;
  readonly colW: number;
  readonly gap: number;
  readonly colours: readonly string[];
}

/**
 * A panel: a heading, column headings (the three kinds), one row per route (or per result and
 * the letter), each kind on its own column with a shared scale, each result on its own line of
 * the row so that no mark covers another.
 */
function panel(
  rows: readonly Row[],
  heading: string,
  top: number,
  layout: Layout,
  axisLabel: string,
  cls: string,
  width: number,
): { svg: string; height: number } {
  const { left, colW, gap, colours } = layout;
  const results = colours.length;
  const lineH = 11;
  const rowH = Math.max(26, results * lineH + 12);
  const max = Math.max(
    1,
    ...rows.flatMap((r) => [
      ...(r.values ?? []).flatMap((vs) =>
        vs.map((v) => (v !== undefined && Number.isFinite(v.p95) ? v.p95 : 0)),
      ),
      ...(r.letter ?? []),
    ]),
  );
  const x = scaleLinear().domain([0, max]).nice().range([0, colW]);
  const headTop = top + 22;
  const plotTop = headTop + 20;
  const plotBottom = plotTop + rows.length * rowH;
  const parts: string[] = [
    text(16, top + 4, ellipsize(heading, width - 32, 14.5, true), {
      'font-size': 14.5,
      'font-weight': 700,
      fill: COLOURS.ink,
    }),
  ];
  rows.forEach((_row, i) => {
    if (i % 2 === 1) {
      parts.push(
        el('rect', {
          x: 16,
          y: plotTop + i * rowH,
          width: width - 32,
          height: rowH,
          fill: '#f4f4f4',
        }),
      );
    }
  });
  KINDS.forEach((kind, k) => {
    const x0 = left + k * (colW + gap);
    parts.push(
      text(x0 + colW / 2, headTop + 6, kind.label, {
        'font-size': 13,
        'font-weight': 600,
        'text-anchor': 'middle',
        fill: COLOURS.ink,
      }),
    );
    for (const t of x.ticks(4)) {
      const xx = x0 + x(t);
      parts.push(
        el('line', { x1: xx, y1: plotTop, x2: xx, y2: plotBottom, stroke: COLOURS.grid }),
        text(xx, plotBottom + 17, formatNumber(t), {
          'font-size': 12,
          'text-anchor': 'middle',
          fill: COLOURS.axis,
        }),
      );
    }
    parts.push(
      el('line', { x1: x0, y1: plotBottom, x2: x0 + colW, y2: plotBottom, stroke: COLOURS.axis }),
    );
  });
  rows.forEach((r, i) => {
    const cy = plotTop + i * rowH + rowH / 2;
    const lines = labelLines(r.label, left - 26, 13);
    lines.forEach((l, j) => {
      parts.push(
        text(left - 12, cy + 4.5 + (j - (lines.length - 1) / 2) * 14, l, {
          'font-size': lines.length > 1 ? 12.5 : 13,
          'text-anchor': 'end',
          fill: COLOURS.ink,
          'font-weight': r.letter !== undefined ? 600 : 400,
        }),
      );
    });
    KINDS.forEach((kind, k) => {
      const x0 = left + k * (colW + gap);
      if (r.letter !== undefined) {
        const l = r.letter[k];
        if (l === undefined) return;
        const lx = x0 + x(l);
        parts.push(
          el('path', {
            d: `M${n(lx)} ${n(cy - 7)} L${n(lx + 7)} ${n(cy)} L${n(lx)} ${n(cy + 7)} L${n(lx - 7)} ${n(cy)} Z`,
            fill: '#ffffff',
            stroke: COLOURS.ink,
            'stroke-width': 2,
            class: 'letter-point',
          }),
        );
        return;
      }
      (r.values?.[k] ?? []).forEach((v, j) => {
        if (v === undefined || !Number.isFinite(v.mean)) return;
        const yy = cy + (j - (results - 1) / 2) * lineH;
        const colour = colours[j] as string;
        parts.push(
          el(
            'g',
            { class: `ied-${kind.key}`, 'data-kind': kind.key, 'data-result': j },
            el('line', {
              x1: x0 + x(v.p5),
              y1: yy,
              x2: x0 + x(v.p95),
              y2: yy,
              stroke: colour,
              'stroke-width': 2.5,
            }) + el('circle', { cx: x0 + x(v.mean), cy: yy, r: 4.5, fill: colour }),
          ),
        );
      });
    });
  });
  parts.push(
    text(left + (3 * colW + 2 * gap) / 2, plotBottom + 36, axisLabel, {
      'font-size': 13.5,
      'text-anchor': 'middle',
      fill: COLOURS.ink,
    }),
  );
  return { svg: el('g', { class: cls }, parts.join('')), height: plotBottom + 44 - top };
}

/**
 * IED exposure as an SVG string, in two panels of three columns (encounters, detonations,
 * devices found and neutralised): (1) the whole mission in the letter's period
 * (`ied.*.letterPeriod`), with the letter's own figures (e.g. 39 devices, 20 detonated, 19
 * neutralised; from the scenario's `mission.ied`) as hollow diamonds on a row of their own;
 * (2) per route over the whole horizon (`ied.*.route.<id>`). Each figure is a point at the mean
 * over replications with a whisker from the 5th to the 95th percentile across replications (a
 * 90 % interval of one run's count).
 *
 * Pass two results (`[comparison.a, comparison.b]`) to draw both, A and B in two colours on two
 * lines of each row.
 *
 * @example
 * ```ts
 * writeFileSync('ied.svg', iedExposureChart(result));
 * ```
 */
export function iedExposureChart(
  results: ExperimentResult | readonly ExperimentResult[],
  options: IedChartOptions = {},
): string {
  const list: readonly ExperimentResult[] = Array.isArray(results)
    ? (results as readonly ExperimentResult[])
    : [results as ExperimentResult];
  const result = list[0];
  if (result === undefined)
    throw new InvalidArgumentError('results', 'at least one result', results);
  const width = options.width ?? 800;
  const title = options.title ?? 'IED exposure: encounters, detonations and devices neutralised';
  const scenario = result.meta.scenario.definition;
  const rec = scenario.mission.ied;
  const s = (r: ExperimentResult, name: string) => r.scalars[name];
  const routeIds =
    options.routes ??
    scenario.mission.routes
      .map((r) => r.id)
      .filter((id) => s(result, `ied.encounters.route.${id}`) !== undefined)
      .sort(
        (a, b) =>
          (s(result, `ied.encounters.route.${b}`)?.mean ?? 0) -
            (s(result, `ied.encounters.route.${a}`)?.mean ?? 0) || (a < b ? -1 : 1),
      );
  const colours =
    list.length === 1
      ? [COLOURS.purple]
      : list.map((_, i) => SCENARIO_COLOURS[i % SCENARIO_COLOURS.length] as string);
  const names = list.map((r, i) => options.labels?.[i] ?? r.meta.scenario.name);
  const items: LegendItem[] =
    list.length === 1
      ? [{ label: 'Simulated: mean, 5th–95th percentile', swatch: whiskerSwatch(COLOURS.purple) }]
      : names.map((l, i) => ({ label: l, swatch: whiskerSwatch(colours[i] as string) }));
  items.push({ label: 'Letter’s figure', swatch: diamondSwatch('#ffffff', COLOURS.ink) });
  const leg = legend(items, 16, 48, width - 32);
  const left = 250;
  const gap = 22;
  const colW = (width - 24 - left - 2 * gap) / 3;
  const layout: Layout = { left, colW, gap, colours };
  let y = 48 + leg.height + 18;
  const body: string[] = [leg.svg];
  if (options.letterPanel !== false) {
    const rows: Row[] = [
      {
        label: list.length === 1 ? 'Simulated, whole mission' : 'Whole mission',
        values: KINDS.map((k) => list.map((r) => s(r, `ied.${k.key}.letterPeriod`))),
      },
      {
        label: 'The letter',
        letter: [rec.againstMission.value, rec.detonated.value, rec.neutralised.value],
      },
    ];
    const p = panel(
      rows,
      `Letter’s period, ${rec.periodStart} to ${rec.periodEnd}: ${coverage(result, rec.periodStart, rec.periodEnd) ?? 'simulated against the letter'}`,
      y,
      layout,
      'Devices in the period (count)',
      'ied-letter-panel',
      width,
    );
    body.push(p.svg);
    y += p.height + 18;
  }
  const routeName = (id: string) => scenario.mission.routes.find((r) => r.id === id)?.name ?? id;
  const rows: Row[] = routeIds.map((id) => ({
    label: routeName(id),
    values: KINDS.map((k) => list.map((r) => s(r, `ied.${k.key}.route.${id}`))),
  }));
  const p = panel(
    rows,
    `By route, whole horizon (${daysText(result.meta.scenario.horizonDays)} from ${result.meta.scenario.startDate})`,
    y,
    layout,
    'Devices on the route over the horizon (count)',
    'ied-route-panel',
    width,
  );
  body.push(p.svg);
  y += p.height + 8;
  const caption = captionLines(
    `Points: mean over ${result.meta.replications.completed} replications; whiskers: 5th to 95th percentile across replications (where 90 % of simulated runs fall, not a confidence interval of the mean). Each replication draws its own IED rate and detection probability from the posterior, so the spread includes that uncertainty. The three columns share one scale.`,
    width - 32,
  );
  const height = y + 8 + caption.length * 17;
  return frame(width, height, title, caption, body.join('\n'), 'ied');
}
