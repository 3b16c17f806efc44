/**
 * IED exposure: encounters, detonations and devices neutralised, for the mission in the
 * letter's period (against the letter's figures) and by route over the horizon.
 *
 * @module
 */
import { scaleLinear } from 'd3-scale';
import type { ExperimentResult, ScalarSummary } from '../../experiment/types.js';
import { coverage } from '../findings.js';
import { formatNumber } from '../format.js';
import { daysText } from '../sections.js';
import {
  type ChartFrameOptions,
  COLOURS,
  captionLines,
  diamondSwatch,
  el,
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
}

const KINDS = [
  { key: 'encounters', label: 'Encounters', colour: COLOURS.purple },
  { key: 'detonations', label: 'Detonations', colour: COLOURS.orange },
  { key: 'neutralised', label: 'Found and neutralised', colour: COLOURS.blue },
] as const;

interface Row {
  readonly label: string;
  readonly values: readonly (ScalarSummary | undefined)[];
  readonly letter?: readonly number[];
}

function panel(
  rows: readonly Row[],
  heading: string,
  top: number,
  left: number,
  plotW: number,
  rowH: number,
  axisLabel: string,
  cls: string,
): { svg: string; height: number } {
  const max = Math.max(
    1,
    ...rows.flatMap((r) => [
      ...r.values.map((v) => (v !== undefined && Number.isFinite(v.p95) ? v.p95 : 0)),
      ...(r.letter ?? []),
    ]),
  );
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([left, left + plotW]);
  const plotTop = top + 22;
  const plotBottom = plotTop + rows.length * rowH;
  const parts: string[] = [
    text(16, top + 4, heading, { 'font-size': 14.5, 'font-weight': 700, fill: '#1a1a1a' }),
  ];
  for (const t of x.ticks(8)) {
    const xx = x(t);
    parts.push(
      el('line', { x1: xx, y1: plotTop, x2: xx, y2: plotBottom, stroke: COLOURS.grid }),
      text(xx, plotBottom + 18, formatNumber(t), {
        'font-size': 13,
        'text-anchor': 'middle',
        fill: COLOURS.axis,
      }),
    );
  }
  parts.push(
    el('line', {
      x1: left,
      y1: plotBottom,
      x2: left + plotW,
      y2: plotBottom,
      stroke: COLOURS.axis,
    }),
    text(left + plotW / 2, plotBottom + 38, axisLabel, {
      'font-size': 13.5,
      'text-anchor': 'middle',
      fill: '#1a1a1a',
    }),
  );
  rows.forEach((r, i) => {
    const cy = plotTop + i * rowH + rowH / 2;
    if (i % 2 === 1) {
      parts.push(
        el('rect', {
          x: 16,
          y: cy - rowH / 2,
          width: left + plotW - 16,
          height: rowH,
          fill: '#f4f4f4',
        }),
      );
    }
    const lines = labelLines(r.label, left - 26, 13);
    lines.forEach((l, j) => {
      parts.push(
        text(left - 10, cy + 4.5 + (j - (lines.length - 1) / 2) * 14, l, {
          'font-size': lines.length > 1 ? 12.5 : 13,
          'text-anchor': 'end',
          fill: '#1a1a1a',
        }),
      );
    });
    const offsets = KINDS.map((_, k) => (k - 1) * Math.min(8, rowH / 4));
    KINDS.forEach((kind, k) => {
      const v = r.values[k];
      const yy = cy + (offsets[k] as number);
      if (v !== undefined && Number.isFinite(v.mean)) {
        parts.push(
          el(
            'g',
            { class: `ied-${kind.key}`, 'data-kind': kind.key },
            el('line', {
              x1: x(v.p5),
              y1: yy,
              x2: x(v.p95),
              y2: yy,
              stroke: kind.colour,
              'stroke-width': 2.5,
            }) + el('circle', { cx: x(v.mean), cy: yy, r: 4.5, fill: kind.colour }),
          ),
        );
      }
      const l = r.letter?.[k];
      if (l !== undefined) {
        const lx = x(l);
        parts.push(
          el('path', {
            d: `M${n(lx)} ${n(yy - 7)} L${n(lx + 7)} ${n(yy)} L${n(lx)} ${n(yy + 7)} L${n(lx - 7)} ${n(yy)} Z`,
            fill: '#ffffff',
            stroke: kind.colour,
            'stroke-width': 2,
            class: 'letter-point',
          }),
        );
      }
    });
  });
  return { svg: el('g', { class: cls }, parts.join('')), height: plotBottom + 44 - top };
}

/**
 * IED exposure as an SVG string, in two panels sharing a legend: (1) the whole mission in the
 * letter's period (`ied.*.letterPeriod`), each figure against the letter's own (e.g. 39 devices,
 * 20 detonated, 19 neutralised; from the scenario's `mission.ied`) drawn as a hollow diamond;
 * (2) per route over the whole horizon (`ied.*.route.<id>`). Each metric is a point at the mean
 * over replications with a whisker from the 5th to the 95th percentile across replications (a
 * 90 % interval of one run's count).
 *
 * @example
 * ```ts
 * writeFileSync('ied.svg', iedExposureChart(result));
 * ```
 */
export function iedExposureChart(result: ExperimentResult, options: IedChartOptions = {}): string {
  const width = options.width ?? 800;
  const title = options.title ?? 'IED exposure: encounters, detonations and devices neutralised';
  const scenario = result.meta.scenario.definition;
  const rec = scenario.mission.ied;
  const s = (name: string) => result.scalars[name];
  const routeIds =
    options.routes ??
    scenario.mission.routes
      .map((r) => r.id)
      .filter((id) => s(`ied.encounters.route.${id}`) !== undefined)
      .sort(
        (a, b) =>
          (s(`ied.encounters.route.${b}`)?.mean ?? 0) -
            (s(`ied.encounters.route.${a}`)?.mean ?? 0) || (a < b ? -1 : 1),
      );
  const left = 300;
  const right = 24;
  const plotW = width - left - right;
  const items: LegendItem[] = KINDS.map((k) => ({
    label: k.label,
    swatch: whiskerSwatch(k.colour),
  }));
  items.push({ label: 'Letter’s figure', swatch: diamondSwatch('#ffffff', COLOURS.ink) });
  const leg = legend(items, 16, 48, width - 32);
  let y = 48 + leg.height + 18;
  const body: string[] = [leg.svg];
  if (options.letterPanel !== false) {
    const letter: Row = {
      label: 'Whole mission',
      values: KINDS.map((k) => s(`ied.${k.key}.letterPeriod`)),
      letter: [rec.againstMission.value, rec.detonated.value, rec.neutralised.value],
    };
    const p = panel(
      [letter],
      `Letter’s period (${rec.periodStart} to ${rec.periodEnd}): ${coverage(result, rec.periodStart, rec.periodEnd) ?? 'simulated against the letter'}`,
      y,
      left,
      plotW,
      42,
      'Devices in the period (count)',
      'ied-letter-panel',
    );
    body.push(p.svg);
    y += p.height + 18;
  }
  const routeName = (id: string) => scenario.mission.routes.find((r) => r.id === id)?.name ?? id;
  const rows: Row[] = routeIds.map((id) => ({
    label: routeName(id),
    values: KINDS.map((k) => s(`ied.${k.key}.route.${id}`)),
  }));
  const end = result.meta.scenario.horizonDays;
  const p = panel(
    rows,
    `By route, whole horizon (${daysText(end)} from ${result.meta.scenario.startDate})`,
    y,
    left,
    plotW,
    30,
    'Devices on the route over the horizon (count)',
    'ied-route-panel',
  );
  body.push(p.svg);
  y += p.height + 8;
  const caption = captionLines(
    `Points: mean over ${result.meta.replications.completed} replications; whiskers: 5th to 95th percentile across replications (where 90 % of simulated runs fall, not a confidence interval of the mean). Each replication draws its own IED rate and detection probability from the posterior, so the spread includes that uncertainty.`,
    width - 32,
  );
  const height = y + 8 + caption.length * 17;
  return frame(width, height, title, caption, body.join('\n'), 'ied');
}
