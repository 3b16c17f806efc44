/**
 * Strength against the ceilings: for the military and the police, the deployed strength (what
 * counts against the Security Council's ceiling, 5th–95th percentile band and median), the
 * strength available (fit for duty, median) and the ceiling; under the military panel, the
 * available strength of each sector (median).
 *
 * @module
 */
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { InvalidArgumentError } from '../../errors.js';
import type { ExperimentResult, SeriesSummary } from '../../experiment/types.js';
import {
  bandSwatch,
  type ChartFrameOptions,
  COLOURS,
  captionLines,
  el,
  frame,
  type LegendItem,
  legend,
  lineSwatch,
  text,
  xAxis,
  yAxis,
} from './svg.js';

/** Options of {@link strengthChart}. */
export type StrengthChartOptions = ChartFrameOptions;

const SECTOR_COLOURS = [COLOURS.green, COLOURS.purple, COLOURS.yellow, COLOURS.sky, COLOURS.grey];

interface Ceilings {
  readonly military: number;
  readonly police: number;
}

function ceilingsOf(result: ExperimentResult): Ceilings | undefined {
  const p = (result.meta.scenario.definition.parameters as Record<string, unknown>).rotations as
    | { ceilings?: { military: { value: number }; police: { value: number } } }
    | undefined;
  if (p?.ceilings === undefined) return undefined;
  return { military: p.ceilings.military.value, police: p.ceilings.police.value };
}

/**
 * The strength chart of a run as an SVG string: one panel per kind (military, police) with the
 * deployed strength (band and median), the available strength (median) and the ceiling, and the
 * available military strength of each sector.
 *
 * @throws {@link InvalidArgumentError} when the result has no `rotations.deployed.military` series
 * @example
 * ```ts
 * writeFileSync('strength.svg', strengthChart(result));
 * ```
 */
export function strengthChart(
  result: ExperimentResult,
  options: StrengthChartOptions = {},
): string {
  const series = result.series;
  if (series['rotations.deployed.military'] === undefined) {
    throw new InvalidArgumentError(
      'result.series',
      "a 'rotations.deployed.military' series",
      undefined,
    );
  }
  const width = options.width ?? 800;
  const title = options.title ?? 'Strength against the ceilings';
  const ceilings = ceilingsOf(result);
  const start = result.meta.scenario.startDate;
  const left = 84;
  const right = 24;
  const plotW = width - left - right;
  const body: string[] = [];
  const items: LegendItem[] = [
    { label: 'Deployed, 5th–95th percentile', swatch: bandSwatch(COLOURS.blue, 0.22) },
    { label: 'Deployed, median', swatch: lineSwatch(COLOURS.blue, 2.5) },
    { label: 'Available (fit for duty), median', swatch: lineSwatch(COLOURS.orange, 2) },
    { label: 'Ceiling', swatch: lineSwatch(COLOURS.ink, 1.5, '6 4') },
  ];
  const sectors = Object.keys(series)
    .filter((k) => k.startsWith('rotations.available.military.sector.'))
    .map((k) => ({ key: k, name: result.meta.metrics[k]?.label.split(', ').pop() ?? k }));
  sectors.forEach((s, i) => {
    items.push({
      label: `Available, ${s.name}`,
      swatch: lineSwatch(SECTOR_COLOURS[i % SECTOR_COLOURS.length] as string, 1.5),
    });
  });
  const leg = legend(items, left, 48, plotW);
  let top = 48 + leg.height + 20;
  body.push(leg.svg);
  const panelH = 230;
  const days = (series['rotations.deployed.military'] as SeriesSummary).days;
  const x = scaleLinear()
    .domain([0, Math.max(1, days - 1)])
    .range([left, left + plotW]);
  const monthTicks: { value: number; label: string }[] = [];
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.parse(`${start}T00:00:00Z`) + d * 86_400_000);
    if (date.getUTCDate() === 1 && (date.getUTCMonth() % 3 === 0 || d === 0)) {
      monthTicks.push({ value: d, label: date.toISOString().slice(0, 7) });
    }
  }
  for (const kind of ['military', 'police'] as const) {
    const dep = series[`rotations.deployed.${kind}`];
    const av = series[`rotations.available.${kind}`];
    if (dep === undefined || av === undefined) continue;
    const ceiling = ceilings?.[kind];
    const sectorSeries =
      kind === 'military'
        ? sectors.map((s) => series[s.key]).filter((s): s is SeriesSummary => s !== undefined)
        : [];
    const values = [
      ...dep.p5,
      ...dep.p95,
      ...av.p50,
      ...(ceiling === undefined ? [] : [ceiling]),
      ...sectorSeries.flatMap((s) => s.p50),
    ];
    const hi = Math.max(...values) * 1.05;
    const lo = kind === 'military' && sectorSeries.length > 0 ? 0 : Math.min(...values) * 0.95;
    const bottom = top + panelH;
    const y = scaleLinear().domain([lo, hi]).range([bottom, top]).nice();
    body.push(
      text(left, top - 6, kind === 'military' ? 'Military' : 'Police', {
        'font-size': 14,
        'font-weight': 700,
        fill: COLOURS.ink,
      }),
      yAxis(y.ticks(5), y, left, left + plotW, (v) => v.toLocaleString('en-GB'), 'personnel', 22),
      xAxis(monthTicks, x, top, bottom, '', bottom + 36),
    );
    const idx = Array.from({ length: dep.days }, (_, k) => k);
    const band = area<number>()
      .x((k) => x(k))
      .y0((k) => y(dep.p5[k] as number))
      .y1((k) => y(dep.p95[k] as number));
    body.push(
      el('path', {
        d: band(idx) ?? '',
        fill: COLOURS.blue,
        'fill-opacity': 0.22,
        class: 'band',
        'data-series': `deployed ${kind}`,
      }),
    );
    const path = (s: SeriesSummary, colour: string, w: number, cls: string) =>
      el('path', {
        d:
          line<number>()
            .x((k) => x(k))
            .y((k) => y(s.p50[k] as number))(idx) ?? '',
        fill: 'none',
        stroke: colour,
        'stroke-width': w,
        class: cls,
      });
    sectorSeries.forEach((s, i) => {
      body.push(path(s, SECTOR_COLOURS[i % SECTOR_COLOURS.length] as string, 1.5, 'sector'));
    });
    body.push(path(dep, COLOURS.blue, 2.5, 'deployed'), path(av, COLOURS.orange, 2, 'available'));
    if (ceiling !== undefined) {
      body.push(
        el('line', {
          x1: left,
          x2: left + plotW,
          y1: y(ceiling),
          y2: y(ceiling),
          stroke: COLOURS.ink,
          'stroke-width': 1.5,
          'stroke-dasharray': '6 4',
          class: 'ceiling',
          'data-value': ceiling,
        }),
        text(left + plotW - 4, y(ceiling) - 6, `Ceiling ${ceiling.toLocaleString('en-GB')}`, {
          'font-size': 12.5,
          'text-anchor': 'end',
          fill: COLOURS.ink,
        }),
      );
    }
    top = bottom + 64;
  }
  const caption = captionLines(
    `Deployed: uniformed personnel in the mission area (units, including those in quarantine or isolation, and individually deployed officers), which counts against the ceiling. Available: personnel fit for duty in their posts. Band: 5th to 95th percentile of the daily value across ${result.meta.replications.completed} replications. Sectors: units based there (individual officers are not in a sector).`,
    width - 32,
  );
  const height = top + caption.length * 17;
  return frame(width, height, title, caption, body.join('\n'), 'strength');
}
