import { beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentResult } from '../../src/experiment/index.js';
import {
  gapCalendarChart,
  monthlyMeans,
  renderRun,
  strengthChart,
} from '../../src/report/index.js';
import { fixtures } from './fixtures.js';
import { parseXml } from './xml.js';

let run: ExperimentResult;

beforeAll(async () => {
  ({ run } = await fixtures());
});

const byClass = (svg: string, cls: string) =>
  parseXml(svg).elements.filter((e) => (e.attributes.class ?? '').split(' ').includes(cls));

describe('strengthChart(result)', () => {
  it('draws deployed and available strength for military and police, the ceilings and every sector', () => {
    const svg = strengthChart(run);
    const { root, elements } = parseXml(svg);
    expect(root).toBe('svg');
    for (const e of elements) {
      const size = e.attributes['font-size'];
      if (size !== undefined) expect(Number(size)).toBeGreaterThanOrEqual(12);
    }
    expect(byClass(svg, 'band')).toHaveLength(2);
    expect(byClass(svg, 'deployed')).toHaveLength(2);
    expect(byClass(svg, 'available')).toHaveLength(2);
    expect(byClass(svg, 'ceiling').map((e) => e.attributes['data-value'])).toEqual([
      '13289',
      '1920',
    ]);
    expect(byClass(svg, 'sector')).toHaveLength(5);
  });

  it('refuses a result without rotations', () => {
    const bare = { ...run, series: {} } as unknown as ExperimentResult;
    expect(() => strengthChart(bare)).toThrow(/rotations.deployed.military/);
    expect(() => gapCalendarChart(bare)).toThrow(/rotations.gap/);
  });
});

describe('gapCalendarChart(result)', () => {
  it('has one row per gap series and one cell per month of the horizon', () => {
    const svg = gapCalendarChart(run);
    const cells = byClass(svg, 'gap-cell');
    const months = new Set(cells.map((c) => c.attributes['data-month']));
    const rows = new Set(cells.map((c) => c.attributes['data-series']));
    expect(rows.size).toBe(4);
    expect([...months][0]).toBe('2020-07');
    expect(cells).toHaveLength(rows.size * months.size);
    // The Romanian helicopters leave in mid-October 2020: military helicopters are short from then.
    const helo = cells.filter(
      (c) => c.attributes['data-series'] === 'rotations.gap.militaryHelicopters',
    );
    const nov = helo.find((c) => c.attributes['data-month'] === '2020-11');
    expect(Number(nov?.attributes['data-mean'])).toBeGreaterThanOrEqual(4);
  });

  it('monthlyMeans(series, startDate) averages each calendar month’s days', () => {
    const s = {
      days: 35,
      n: [],
      mean: Array.from({ length: 35 }, (_, d) => (d < 31 ? 1 : 3)),
      sd: [],
      p5: [],
      p50: [],
      p95: [],
    };
    expect(monthlyMeans(s, '2020-07-01')).toEqual([
      { month: '2020-07', mean: 1 },
      { month: '2020-08', mean: 3 },
    ]);
  });

  it('the HTML run report draws both', () => {
    const html = renderRun(run, 'html');
    expect(html).toContain('pks-strength');
    expect(html).toContain('pks-gaps');
  });
});
