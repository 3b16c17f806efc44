import { beforeAll, describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { simulateMission } from '../../src/dynamics/index.js';
import type { ReplicationRecord } from '../../src/experiment/index.js';
import { betterMap, findMetricInfo, METRICS, metricInfo } from '../../src/report/index.js';

let run: ReplicationRecord;

beforeAll(() => {
  run = simulateMission(minusma2020, { seed: 1, replication: 0 });
});

describe('findMetricInfo(name)', () => {
  it('resolves every scalar, series and histogram the mission model emits', () => {
    const names = [
      ...Object.keys(run.scalars),
      ...Object.keys(run.series),
      ...Object.keys(run.histograms),
    ];
    expect(names.length).toBeGreaterThan(100);
    const missing = names.filter((n) => findMetricInfo(n) === undefined);
    expect(missing).toEqual([]);
    for (const n of names) {
      const info = findMetricInfo(n, minusma2020);
      expect(info?.label).toBeTruthy();
      expect(info?.description).toBeTruthy();
      expect(info?.group).not.toBe('Other');
    }
  });

  it('resolves date-, route-, area-, month- and step-suffixed names', () => {
    expect(findMetricInfo('fleet.inDailyUse@2020-12-23')?.label).toBe(
      'Armoured vehicles in daily use on 2020-12-23',
    );
    expect(findMetricInfo('fleet.inDailyUse@end')?.label).toContain('at the horizon');
    expect(findMetricInfo('ied.encounters.route.gao-menaka', minusma2020)?.label).toBe(
      'IED encounters, Gao–Ansongo–Ménaka',
    );
    expect(findMetricInfo('response.time.p50Min.area.koro-circle')?.better).toBe('lower');
    expect(findMetricInfo('ied.encounters.month.2021-03')?.group).toBe('IED by month');
    expect(findMetricInfo('plan.appliedDay.mopti-camp-expansion')?.unit).toBe('day');
    expect(findMetricInfo('aviation.tasksRefused.casualty-evacuation')?.better).toBe('lower');
    expect(findMetricInfo('no.such.metric')).toBeUndefined();
    expect(findMetricInfo('fleet.inDailyUse@someday')).toBeUndefined();
    expect(metricInfo('no.such.metric').group).toBe('Other');
  });
});

describe('betterMap(metricNames)', () => {
  it('maps metrics with a better direction and leaves the others out', () => {
    const m = betterMap([
      'casevac.toSurgery.p50Min',
      'fleet.readiness.mean',
      'ied.convoyKm.route.x',
      'unknown',
    ]);
    expect(m).toEqual({ 'casevac.toSurgery.p50Min': 'lower', 'fleet.readiness.mean': 'higher' });
    expect(Object.keys(METRICS).length).toBeGreaterThan(30);
  });
});
