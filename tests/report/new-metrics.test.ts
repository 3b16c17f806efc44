/**
 * Reports read what to lead with from the catalogue: a capability that marks more metrics as
 * headline (a family by sector, a daily series) gets them into every report with no change to the
 * reports.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MetricInfo } from '../../src/dynamics/index.js';
import type { Comparison, ExperimentResult } from '../../src/experiment/index.js';
import {
  catalogueOf,
  groupFamilies,
  headlineMetrics,
  renderComparison,
  renderRun,
} from '../../src/report/index.js';
import { fixtures } from './fixtures.js';
import { parseXml } from './xml.js';

/** The result with every metric `marked` says headline. */
function withHeadlines(
  r: ExperimentResult,
  marked: (info: MetricInfo) => boolean,
): ExperimentResult {
  const metrics: Record<string, MetricInfo> = {};
  for (const [name, info] of Object.entries(r.meta.metrics)) {
    metrics[name] = marked(info) ? { ...info, headline: true } : info;
  }
  return { ...r, meta: { ...r.meta, metrics } };
}

const bySector = (info: MetricInfo) =>
  info.family?.of === 'sector' &&
  (info.family.base === 'casevac.surgeryWithinTarget.share' ||
    info.family.base === 'fleet.inDailyUse');

let run: ExperimentResult;
let comparison: Comparison;

beforeAll(async () => {
  const f = await fixtures();
  run = withHeadlines(f.run, bySector);
  comparison = {
    ...f.comparison,
    a: withHeadlines(f.comparison.a, bySector),
    b: withHeadlines(f.comparison.b, bySector),
  };
});

describe('headline metrics a capability adds', () => {
  it('headlineMetrics(names, catalogue) and groupFamilies gather a family in report order', () => {
    const names = headlineMetrics(Object.keys(run.scalars), catalogueOf(run));
    const members = names.filter((n) => n.startsWith('casevac.surgeryWithinTarget.share.sector.'));
    expect(members.length).toBe(run.meta.scenario.definition.mission.sectors.length);
    const groups = groupFamilies(names, catalogueOf(run));
    const family = groups.find((g) => typeof g !== 'string');
    expect(family).toMatchObject({ of: 'sector', members });
    expect(typeof family === 'string' ? '' : family?.label).toMatch(/, by sector$/);
  });

  it('a comparison shows a headline family in one row of its one-screen report', () => {
    const t = renderComparison(comparison, 'table');
    // One row (its label wraps between words): no row per sector.
    expect(t.replace(/\s+/g, ' ')).toMatch(
      /Share: casualties in surgery within 2 h, by sector: \d/,
    );
    expect(t).toContain('of 4 differ');
    expect(t).not.toContain('Sector Centre');
    expect(t.split('\n').length).toBeLessThanOrEqual(50);
  });

  it('a run and a comparison draw a headline series no other chart draws, a panel per member', () => {
    for (const html of [renderRun(run, 'html'), renderComparison(comparison, 'html')]) {
      const svg = (html.match(/<svg[^>]*pks-series[\s\S]*?<\/svg>/) ?? [''])[0];
      const { elements } = parseXml(svg.replace('<svg', '<svg xmlns="x"'));
      const panels = elements.filter((e) => e.attributes.class === 'series-panel');
      expect(panels.map((p) => p.attributes['data-series'])).toEqual(
        run.meta.scenario.definition.mission.armouredFleet.bySector.map(
          (s) => `fleet.inDailyUse.sector.${s.sector}`,
        ),
      );
    }
  });
});
