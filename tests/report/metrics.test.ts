import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { missionModel } from '../../src/experiment/index.js';
import { metricInfo, sortMetricNames } from '../../src/report/index.js';

describe('metricInfo(name, catalogue)', () => {
  const catalogue = missionModel.metrics?.(minusma2020) ?? {};
  it('reads what the model declared', () => {
    expect(metricInfo('casevac.toSurgery.p50Min', catalogue)).toMatchObject({
      label: 'Median time to surgery',
      unit: 'min',
      better: 'lower',
    });
  });
  it('gives a generic entry for a metric the model did not declare', () => {
    expect(metricInfo('no.such.metric', catalogue)).toMatchObject({
      label: 'no.such.metric',
      group: 'Other',
      better: null,
    });
  });
  it('sortMetricNames(names, catalogue) follows the declaration order, undeclared last', () => {
    expect(
      sortMetricNames(
        ['zzz', 'engine.events', 'ied.encounters', 'fleet.readiness.mean'],
        catalogue,
      ),
    ).toEqual(['fleet.readiness.mean', 'ied.encounters', 'engine.events', 'zzz']);
  });
});
