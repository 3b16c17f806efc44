import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { horizonMonths } from '../../src/dynamics/calendar.js';
import {
  catalogue,
  counter,
  declareMetrics,
  family,
  histogram,
  MISSION_CAPABILITIES,
  series,
  simulateMission,
  value,
} from '../../src/dynamics/index.js';
import { Metrics } from '../../src/dynamics/metrics.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { setValue } from '../../src/scenario/variant.js';
import { smallScenario } from './fixtures.js';

const keysOf = (r: ReturnType<typeof simulateMission>) => ({
  scalars: Object.keys(r.scalars),
  series: Object.keys(r.series),
  histograms: Object.keys(r.histograms),
});

describe('replication records', () => {
  it('every replication reports the same metric names, whatever happened in it', () => {
    const quiet = smallScenario({ horizonDays: 30, helicopters: 1 });
    const busy = smallScenario({
      horizonDays: 30,
      helicopters: 1,
      threatsPerMonth: 60,
      casualtyShare: 0.5,
      movementsPerMonth: 60,
      iedAgainst: 39,
      iedNeutralised: 19,
    });
    const a = simulateMission(quiet, { seed: 1, replication: 0 });
    const b = simulateMission(busy, { seed: 1, replication: 0 });
    expect(keysOf(a)).toEqual(keysOf(b));
    expect(b.scalars['casevac.casualties']).toBeGreaterThan(0);
    expect(a.scalars['aviation.tasksRefused.task.casualty-evacuation']).toBe(0);
  });

  it('horizons of 1, 28, 40, 59 and 549 days give identical key sets across replications, exactly the declared ones', () => {
    for (const days of [1, 28, 40, 59, 549]) {
      const s = setValue(minusma2020, 'horizonDays', days, 'test');
      const declared = declareMetrics(s, MISSION_CAPABILITIES);
      const expected = {
        scalars: declared
          .filter((d) => d.kind === 'counter' || d.kind === 'value')
          .map((d) => d.name)
          .sort(),
        series: declared
          .filter((d) => d.kind === 'series')
          .map((d) => d.name)
          .sort(),
        histograms: declared
          .filter((d) => d.kind === 'histogram')
          .map((d) => d.name)
          .sort(),
      };
      const reps = days > 100 ? 2 : 6;
      for (let r = 0; r < reps; r++) {
        expect(keysOf(simulateMission(s, { seed: 11, replication: r })), `${days} days`).toEqual(
          expected,
        );
      }
      const months = horizonMonths(s.startDate, days).map((m) => m.id);
      const monthly = declared
        .filter((d) => d.family?.of === 'month' && d.family.base === 'ied.encounters')
        .map((d) => d.family?.key);
      expect(monthly, `${days} days`).toEqual(months);
    }
  });
});

describe('horizonMonths(startDate, days)', () => {
  it('lists every calendar month the horizon touches, partial months included', () => {
    expect(horizonMonths('2020-07-01', 1).map((m) => m.id)).toEqual(['2020-07']);
    expect(horizonMonths('2020-07-01', 31).map((m) => m.id)).toEqual(['2020-07']);
    expect(horizonMonths('2020-07-01', 32).map((m) => m.id)).toEqual(['2020-07', '2020-08']);
    expect(horizonMonths('2020-07-01', 40).map((m) => m.id)).toEqual(['2020-07', '2020-08']);
    expect(horizonMonths('2020-12-15', 20)).toEqual([
      { id: '2020-12', name: 'December 2020' },
      { id: '2021-01', name: 'January 2021' },
    ]);
    expect(horizonMonths('2020-07-01', 549)).toHaveLength(18);
  });
});

describe('Metrics(declarations, days)', () => {
  const text = { label: 'X', unit: 'count', better: null, description: 'x', group: 'G' } as const;
  it('throws on a name that was not declared, and on a name declared twice', () => {
    const m = new Metrics([counter('a.b', text)], 3);
    expect(() => m.add('a.c')).toThrow(InvalidArgumentError);
    expect(() => m.scalar('nope')).toThrow(/declared metric name/);
    expect(() => m.series('a.b')).toThrow(InvalidArgumentError);
    expect(() => new Metrics([counter('a', text), value('a', text)], 1)).toThrow(/declared once/);
  });

  it('derives ratios, quantiles, means and series readings at the end; undefined values are NaN', () => {
    const m = new Metrics(
      [
        counter('n', text),
        counter('k', text),
        value('share', text, { ratio: ['k', 'n'] }),
        value('zero', text, { ratio: ['k', 'none'] }),
        counter('none', text),
        histogram('t', text),
        value('t.p50', text, { quantile: 't', p: 0.5 }),
        value('t.p90', text, { quantile: 't', p: 0.9 }),
        value('t.mean', text, { mean: 't' }),
        series('s', text),
        value('s@1', text, { series: 's', day: 1 }),
        value('s@9', text, { series: 's', day: 9 }),
        value('s@end', text, { series: 's', day: 'last' }),
        value('unset', text),
      ],
      3,
    );
    m.add('n', 4);
    m.add('k', 3);
    const t = m.histogram('t');
    for (const x of [10, 20, 30, 40, 50]) t.observe(x);
    let day = 0;
    m.daily('s', () => 10 * ++day);
    for (let d = 0; d < 3; d++) m.snapshot(d);
    const r = m.toRecord(7);
    expect(r.replication).toBe(7);
    expect(r.scalars.share).toBe(0.75);
    expect(r.scalars.zero).toBeNaN();
    expect(r.scalars['t.p50']).toBe(30);
    expect(r.scalars['t.p90']).toBe(46);
    expect(r.scalars['t.mean']).toBe(30);
    expect(r.scalars['s@1']).toBe(20);
    expect(r.scalars['s@9']).toBeNaN();
    expect(r.scalars['s@end']).toBe(30);
    expect(r.scalars.unset).toBeNaN();
    expect(r.series.s).toEqual([10, 20, 30]);
    expect(r.histograms.t?.counts.slice(0, 11)).toEqual([0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
    expect(Object.keys(r.scalars)).toEqual([...Object.keys(r.scalars)].sort());
  });
});

describe('declareMetrics(scenario, capabilities)', () => {
  const declared = declareMetrics(minusma2020, MISSION_CAPABILITIES);
  it('declares every metric once, each with a label, unit, description and a capability’s group', () => {
    const names = declared.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThan(200);
    for (const d of declared) {
      expect(d.label, d.name).toBeTruthy();
      expect(d.unit, d.name).toBeTruthy();
      expect(d.description, d.name).toBeTruthy();
      expect(d.group, d.name).not.toBe('');
    }
  });

  it('names families by their ids and labels them by their names', () => {
    const byName = catalogue(declared);
    expect(byName['fleet.inDailyUse@2020-12-23']?.label).toBe(
      'Armoured vehicles in daily use on 2020-12-23',
    );
    expect(byName['fleet.inDailyUse@end']?.label).toContain('at the horizon');
    expect(byName['ied.encounters.route.gao-menaka']).toMatchObject({
      label: 'IED encounters, Gao–Ansongo–Ménaka',
      group: 'IED by route',
      family: { of: 'route', base: 'ied.encounters', key: 'gao-menaka' },
    });
    expect(byName['response.time.p50Min.area.koro-circle']?.better).toBe('lower');
    expect(byName['ied.encounters.month.2021-03']?.group).toBe('IED by month');
    expect(byName['plan.appliedDay.step.mopti-camp-expansion']?.unit).toBe('day');
    expect(byName['aviation.tasksRefused.task.casualty-evacuation']?.better).toBe('lower');
    expect(byName['fleet.readiness.mean']?.order).toBeLessThan(byName['engine.events']?.order ?? 0);
  });

  it('family() builds <base>.<of>.<key> names', () => {
    const f = family('counter', 'x.count', 'sector', [{ id: 'north', name: 'North' }], (k) => ({
      label: `Count, ${k.name}`,
      unit: 'count',
      better: null,
      description: 'd',
    }));
    expect(f.map((d) => d.name)).toEqual(['x.count.sector.north']);
    expect(f[0]?.family).toEqual({ of: 'sector', base: 'x.count', key: 'north' });
  });
});
