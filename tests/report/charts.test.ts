import { beforeAll, describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import type {
  Comparison,
  ExperimentResult,
  SensitivityEffect,
  SensitivityResult,
} from '../../src/experiment/index.js';
import { missionModel, rowsBySwing } from '../../src/experiment/index.js';
import { addDays } from '../../src/model/dates.js';
import { schedulePlan } from '../../src/model/plan.js';
import {
  catalogueOf,
  comparisonChart,
  headlineMetrics,
  iedExposureChart,
  readinessFanChart,
  responseTimeChart,
  tornadoChart,
} from '../../src/report/index.js';
import { fixtures } from './fixtures.js';
import { parseXml, type XmlElement } from './xml.js';

let run: ExperimentResult;
let comparison: Comparison;

beforeAll(async () => {
  ({ run, comparison } = await fixtures());
});

const byClass = (els: readonly XmlElement[], cls: string) =>
  els.filter((e) => (e.attributes.class ?? '').split(' ').includes(cls));
const texts = (els: readonly XmlElement[]) =>
  els.filter((e) => e.name === 'text').map((e) => e.text);

function checkLegible(svg: string, options: { legend?: boolean } = {}): XmlElement[] {
  const { root, elements } = parseXml(svg);
  expect(root).toBe('svg');
  for (const e of elements) {
    const size = e.attributes['font-size'];
    if (size !== undefined) expect(Number(size)).toBeGreaterThanOrEqual(12);
  }
  expect(elements.some((e) => e.name === 'title')).toBe(true);
  expect(byClass(elements, 'caption').length).toBeGreaterThan(0);
  if (options.legend !== false) {
    expect(elements.some((e) => e.name === 'g' && e.attributes.class === 'legend')).toBe(true);
  }
  return elements;
}

const sensitivity: SensitivityResult = {
  meta: {
    model: 'test',
    seed: 1,
    replications: 5,
    base: { name: 'base', hash: 'abc' },
    sortBy: 'casevac.surgeryWithinTarget.share',
    metrics: missionModel.metrics?.(minusma2020) ?? {},
    complete: true,
  },
  base: {},
  rows: [
    {
      path: 'parameters.aviation.mtbfDays',
      low: 10,
      high: 40,
      parameter: {
        path: 'parameters.aviation.mtbfDays',
        label: 'Mean time between helicopter failures',
        unit: 'days',
      },
      lowShown: 10,
      highShown: 40,
      swing: 0.1,
      metrics: {
        'casevac.surgeryWithinTarget.share': {
          base: 0.4,
          low: 0.35,
          high: 0.45,
          lowDelta: -0.05,
          highDelta: 0.05,
          swing: 0.1,
          lowDeltaCi: [-0.07, -0.03],
          highDeltaCi: [0.03, 0.07],
          swingCi: [0.08, 0.12],
        },
      },
    },
    {
      path: 'parameters.casevac.maxAirWaitMin',
      low: 15,
      high: 60,
      parameter: {
        path: 'parameters.casevac.maxAirWaitMin',
        label: 'Longest wait for a helicopter before evacuating by road',
        unit: 'min',
      },
      lowShown: 15,
      highShown: 60,
      swing: 0.02,
      metrics: {
        'casevac.surgeryWithinTarget.share': {
          base: 0.4,
          low: 0.41,
          high: 0.39,
          lowDelta: 0.01,
          highDelta: -0.01,
          swing: 0.02,
          lowDeltaCi: [-0.01, 0.03],
          highDeltaCi: [-0.03, 0.01],
          swingCi: [-0.05, 0.01],
        },
      },
    },
  ],
};

describe('readinessFanChart(result | results, options)', () => {
  it('is well-formed SVG with one band and one median per result, plan steps and the letter point', () => {
    const els = checkLegible(readinessFanChart(run));
    expect(byClass(els, 'band')).toHaveLength(1);
    expect(byClass(els, 'median')).toHaveLength(1);
    const sc = run.meta.scenario.definition;
    const end = addDays(sc.startDate, sc.horizonDays);
    // Each step is drawn on the day it takes effect (after the steps it follows): the rapid
    // reaction force waits 90 days for the Gao structures, past this 190-day horizon.
    const { effectiveDay } = schedulePlan(sc.plan, sc.startDate);
    const effective = sc.plan.map((s, i) => ({
      ...s,
      date: addDays(sc.startDate, effectiveDay[i] as number),
    }));
    const inHorizon = effective.filter((s) => s.date < end);
    expect(inHorizon.length).toBeGreaterThan(3);
    expect(inHorizon.some((s) => s.id === 'gao-rapid-reaction-force')).toBe(false);
    expect((sc.plan.find((s) => s.id === 'gao-rapid-reaction-force')?.date ?? end) < end).toBe(
      true,
    );
    const dates = new Set(inHorizon.map((s) => s.date));
    const lines = byClass(els, 'plan-step').map((e) => e.attributes['data-date']);
    expect(new Set(lines)).toEqual(dates);
    const key = texts(byClass(els, 'plan-step-key')).join('\n');
    for (const s of inHorizon) expect(key).toContain(s.title);
    const letter = byClass(els, 'letter-point');
    expect(letter).toHaveLength(1);
    expect(letter[0]?.attributes['data-date']).toBe('2020-12-23');
    expect(texts(els).some((t) => t.includes('483 of 562'))).toBe(true);
  });

  it('overlays two results as two bands', () => {
    const els = checkLegible(readinessFanChart([comparison.a, comparison.b]));
    expect(byClass(els, 'band')).toHaveLength(2);
    expect(byClass(els, 'median')).toHaveLength(2);
  });
});

describe('responseTimeChart(result, options)', () => {
  it('draws the 10-1-2 thresholds at 10, 60 and 120 min on the time scale', () => {
    const els = checkLegible(responseTimeChart(run, { maxMinutes: 240 }));
    const ticks = els.filter((e) => e.name === 'text' && (e.text === '0' || e.text === '240'));
    const x0 = Number(ticks.find((e) => e.text === '0')?.attributes.x);
    const x240 = Number(ticks.find((e) => e.text === '240')?.attributes.x);
    expect(x240).toBeGreaterThan(x0);
    const thresholds = byClass(els, 'threshold');
    expect(thresholds.map((e) => Number(e.attributes['data-minutes']))).toEqual([10, 60, 120]);
    for (const t of thresholds) {
      const m = Number(t.attributes['data-minutes']);
      expect(Number(t.attributes.x1)).toBeCloseTo(x0 + ((x240 - x0) * m) / 240, 1);
      expect(t.attributes.x1).toBe(t.attributes.x2);
    }
    const curves = byClass(els, 'cdf').map((e) => e.attributes['data-series']);
    expect(curves).toEqual([
      'casevac.toFirstAid',
      'casevac.toResuscitation',
      'casevac.toSurgery',
      'response.time',
    ]);
    expect(byClass(els, 'within-target')).toHaveLength(3);
  });
});

describe('iedExposureChart(result, options)', () => {
  it('shows every route and the letter period against the letter’s three figures', () => {
    const els = checkLegible(iedExposureChart(run));
    const routes = run.meta.scenario.definition.mission.routes.length;
    for (const k of ['encounters', 'detonations', 'neutralised']) {
      expect(byClass(els, `ied-${k}`)).toHaveLength(routes + 1);
    }
    expect(byClass(els, 'letter-point')).toHaveLength(3);
  });
});

describe('comparisonChart(comparison, options)', () => {
  it('draws one row per headline metric of the catalogue, with a verdict', () => {
    const els = checkLegible(comparisonChart(comparison));
    const rows = byClass(els, 'comparison-row');
    const expected = headlineMetrics(Object.keys(comparison.scalars), catalogueOf(comparison));
    expect(expected).toContain('casevac.surgeryWithinTarget.share');
    expect(rows.map((r) => r.attributes['data-metric'])).toEqual(expected);
    for (const r of rows) {
      expect(['better', 'worse', 'differs', 'none', 'undefined']).toContain(
        r.attributes['data-verdict'],
      );
    }
    expect(byClass(els, 'zero')).toHaveLength(1);
  });
});

describe('tornadoChart(sensitivity, options)', () => {
  it('draws a low and a high bar per parameter with their intervals, largest swing first', () => {
    const els = checkLegible(tornadoChart(sensitivity));
    const rows = byClass(els, 'tornado-row');
    expect(rows.map((r) => r.attributes['data-path'])).toEqual([
      'parameters.aviation.mtbfDays',
      'parameters.casevac.maxAirWaitMin',
    ]);
    expect(rows.map((r) => r.attributes['data-detected'])).toEqual(['yes', 'no']);
    expect(byClass(els, 'low')).toHaveLength(2);
    expect(byClass(els, 'high')).toHaveLength(2);
    expect(byClass(els, 'low-ci')).toHaveLength(2);
    expect(byClass(els, 'base')).toHaveLength(1);
    const labels = texts(els);
    expect(labels).toContain('Mean time between helicopter failures (days)');
    expect(labels).toContain('10 → 40');
    expect(labels).toContain('What moves share in surgery within 120 min');
    expect(labels).toContain('no effect detected');
  });

  it('says "No effect detected" instead of drawing empty bars', () => {
    const none: SensitivityResult = {
      ...sensitivity,
      meta: { ...sensitivity.meta, sortBy: 'ied.detonations' },
      rows: sensitivity.rows.map((r) => ({
        ...r,
        metrics: {
          'ied.detonations': {
            base: 60,
            low: 60,
            high: 60,
            lowDelta: 0,
            highDelta: 0,
            swing: 0,
            lowDeltaCi: [Number.NaN, Number.NaN],
            highDeltaCi: [Number.NaN, Number.NaN],
            swingCi: [Number.NaN, Number.NaN],
          },
        },
      })),
    };
    const els = checkLegible(tornadoChart(none), { legend: false });
    expect(byClass(els, 'tornado-row')).toHaveLength(0);
    expect(texts(els)).toContain('No effect detected');
    expect(texts(els)).toContain('What moves IED detonations');
  });

  it('orders bars as rowsBySwing does, ties by path, so the table and the chart agree', () => {
    const tied: SensitivityResult = {
      ...sensitivity,
      rows: [...sensitivity.rows].reverse().map((r) => ({
        ...r,
        metrics: {
          'casevac.surgeryWithinTarget.share': {
            ...(r.metrics['casevac.surgeryWithinTarget.share'] as SensitivityEffect),
            swing: 0.05,
          },
        },
      })),
    };
    const rows = byClass(checkLegible(tornadoChart(tied)), 'tornado-row');
    const expected = rowsBySwing(tied, 'casevac.surgeryWithinTarget.share').map((r) => r.path);
    expect(rows.map((r) => r.attributes['data-path'])).toEqual(expected);
    expect(expected).toEqual([...expected].sort());
  });

  it('spans the base’s own 95 % interval', () => {
    const wide: SensitivityResult = {
      ...sensitivity,
      base: {
        'casevac.surgeryWithinTarget.share': {
          n: 5,
          mean: 0.4,
          sd: 0.1,
          ciLow: 0.2,
          ciHigh: 0.6,
          halfWidth: 0.2,
          min: 0.3,
          max: 0.5,
          p5: 0.3,
          p50: 0.4,
          p90: 0.5,
          p95: 0.5,
        },
      },
    };
    const els = checkLegible(tornadoChart(wide));
    const ticks = els
      .filter((e) => e.name === 'text' && /^\d+$/.test(e.text))
      .map((e) => Number(e.text));
    expect(Math.min(...ticks)).toBeLessThanOrEqual(20);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(60);
  });
});

describe('parseXml (test helper)', () => {
  it('rejects malformed XML', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a x=1/>')).toThrow();
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow();
    expect(() => parseXml('<a/><b/>')).toThrow();
    expect(parseXml('<a x="1"><b>t &amp; u</b></a>').elements[1]?.text).toBe('t & u');
  });
});
