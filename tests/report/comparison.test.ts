import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import {
  type Comparison,
  type ExperimentResult,
  type MetricComparison,
  missionModel,
} from '../../src/experiment/index.js';
import { renderComparison, verdictSentence } from '../../src/report/index.js';
import type { Scenario } from '../../src/scenario/index.js';

const CATALOGUE = missionModel.metrics?.(minusma2020) ?? {};

/** A hand-made result carrying only its metadata (no replication data). */
function emptyResult(scenario: Scenario): ExperimentResult {
  return {
    format: 'peacekeeping-sim/experiment-result',
    formatVersion: 1,
    meta: {
      package: { name: 'peacekeeping-sim', version: '0.0.0' },
      model: 'test',
      seed: 1,
      scenario: {
        name: scenario.name,
        title: scenario.title,
        hash: 'feed',
        startDate: scenario.startDate,
        horizonDays: scenario.horizonDays,
        definition: scenario,
      },
      assumptions: [],
      metrics: CATALOGUE,
      replications: { requested: 40, completed: 40, partial: false },
      statistics: {
        confidenceLevel: 0.95,
        interval: 'Student t on the replication means',
        quantiles:
          'linear interpolation between order statistics (d3-array quantileSorted, R type 7)',
        histogramQuantiles: 'linear interpolation within a bin (resolution: binWidth)',
      },
    },
    scalars: {},
    series: {},
    histograms: {},
    perReplication: { replications: [], scalars: {} },
  };
}

const base: Comparison = {
  meta: {
    model: 'test',
    seedA: 1,
    seedB: 1,
    commonRandomNumbers: true,
    replications: { requested: 40, paired: 40 },
    a: { name: 'baseline-2020', hash: 'feed' },
    b: { name: 'minusma-2020', hash: 'feed' },
  },
  scalars: {},
  series: {},
  a: emptyResult(minusma2020),
  b: emptyResult(minusma2020),
};

function metric(
  diffMean: number,
  lo: number,
  hi: number,
  better: 'higher' | 'lower',
): MetricComparison {
  return {
    n: 40,
    meanA: 150,
    meanB: 150 + diffMean,
    diffMean,
    diffSd: 5,
    diffCiLow: lo,
    diffCiHigh: hi,
    diffHalfWidth: (hi - lo) / 2,
    better,
    shareBBetter: 0.8,
    shareTied: 0,
  };
}

describe('verdictSentence(name, metric, bName, catalogue)', () => {
  it('states a direction when the 95 % CI excludes 0', () => {
    expect(
      verdictSentence('casevac.toSurgery.p50Min', metric(-12, -16, -8, 'lower'), 'B', CATALOGUE),
    ).toBe('B shortens median time to surgery by 12 min (95 % CI 8–16), better.');
    expect(
      verdictSentence(
        'casevac.surgeryWithinTarget.share',
        metric(0.031, 0.023, 0.039, 'higher'),
        'plan',
        CATALOGUE,
      ),
    ).toBe(
      'plan raises share in surgery within 120 min by 3.10 percentage points (95 % CI 2.30–3.90), better.',
    );
  });

  it('says no difference was detected when the CI includes 0', () => {
    const s = verdictSentence(
      'response.time.p50Min',
      metric(-0.2, -0.4, 0.01, 'lower'),
      'B',
      CATALOGUE,
    );
    expect(s).toContain('no difference detected at this replication count');
    expect(s).not.toMatch(/shortens|lengthens|raises|lowers/);
  });
});

describe("renderComparison(comparison, 'table')", () => {
  it('prints a verdict only for the metric whose CI excludes zero', () => {
    const c: Comparison = {
      ...base,
      scalars: {
        'casevac.toSurgery.p50Min': metric(-12, -16, -8, 'lower'),
        'response.time.p50Min': metric(-0.2, -0.4, 0.01, 'lower'),
      },
    };
    const short = renderComparison(c, 'table');
    expect(short).toMatch(/Median time to surgery\s+min\s+150\s+138\s+-12\s+-16 to -8\s+better/);
    expect(short).toMatch(
      /Median response time\s+min\s+150\s+150\s+-0\.200\s+-0\.400 to 0\.010\s+n\.d\./,
    );
    const t = renderComparison(c, 'table', { detail: true });
    expect(t).toContain(
      'minusma-2020 shortens median time to surgery by 12 min (95 % CI 8–16), better.',
    );
    expect(t).toContain('Median response time: no difference detected at this replication count');
    expect(t).not.toMatch(/(shortens|lengthens|raises|lowers) median response time/);
    for (const text of [short, t]) {
      expect(Math.max(...text.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
    }
  });

  it('judges "B better" with the catalogue direction even when compare used its default', () => {
    const c: Comparison = {
      ...base,
      scalars: {
        'casevac.toSurgery.p50Min': {
          ...metric(-12, -16, -8, 'higher'),
          shareBBetter: 0.1,
          shareTied: 0.05,
        },
      },
    };
    expect(renderComparison(c, 'table', { detail: true })).toMatch(
      /Median time to surgery\s+min\s+.* 85 %\s+better/,
    );
  });
});
