/**
 * Parameters as their capabilities declare them, and the ranking of the assumptions by their
 * effect on the headline metrics.
 */
import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import {
  declaredParametersOf,
  describeParameter,
  plausibleSwing,
  RANKING_REPLICATIONS,
  rankParameters,
  readablePath,
  scaleSpec,
  sensitivity,
} from '../../src/experiment/index.js';
import { meanOf } from '../../src/random/spec.js';
import { variant } from '../../src/scenario/index.js';

describe('describeParameter(scenario, path)', () => {
  it('reads the label, unit, range and capability a declaration gives, in any path form', () => {
    const forms = [
      'aviation.mtbfDays',
      'parameters.aviation.mtbfDays',
      'parameters.aviation.mtbfDays.value',
    ];
    for (const path of forms) {
      expect(describeParameter(minusma2020, path)).toMatchObject({
        path: 'parameters.aviation.mtbfDays',
        label: 'Mean time between helicopter failures',
        unit: 'days',
        plausible: [7, 28],
        capability: { id: 'aviation', title: 'Aviation' },
      });
    }
    expect(describeParameter(minusma2020, 'fleet.repairDays.value.mean')).toMatchObject({
      label: 'Workshop time per repair, mean',
      unit: 'days',
      field: 'mean',
    });
    expect(describeParameter(minusma2020, 'nowhere.at.all')).toBeUndefined();
  });

  it('names an element by id or by a field that tells it from its siblings', () => {
    expect(
      describeParameter(minusma2020, 'mission.armouredFleet.bySector.3.workshopBays')?.path,
    ).toBe('mission.armouredFleet.bySector[sector=centre].workshopBays');
    const i = minusma2020.mission.units.findIndex((u) => u.id === 'north-quick-reaction-force');
    expect(readablePath(minusma2020, ['mission', 'units', i, 'noticeToMoveMin'])).toBe(
      'mission.units[north-quick-reaction-force].noticeToMoveMin',
    );
  });
});

describe('plausibleSwing(parameter) and scaleSpec(spec, factor)', () => {
  it('swings a number over its range and a distribution so that its mean is each end', () => {
    for (const p of declaredParametersOf(minusma2020)) {
      const swing = plausibleSwing(p);
      if (swing === undefined || p.plausible === undefined) continue;
      const mean = (v: unknown) => (typeof v === 'number' ? v : meanOf(v as never));
      expect(mean(swing.low)).toBeCloseTo(p.plausible[0], 3);
      expect(mean(swing.high)).toBeCloseTo(p.plausible[1], 3);
    }
    expect(scaleSpec({ dist: 'triangular', min: 1, mode: 2, max: 6 }, 2)).toEqual({
      dist: 'triangular',
      min: 2,
      mode: 4,
      max: 12,
    });
    expect(scaleSpec({ dist: 'beta', a: 1, b: 2 }, 2)).toBeUndefined();
  });
});

describe('rankParameters(scenario, options)', () => {
  const short = variant(minusma2020, (d) => {
    d.horizonDays = 40;
  });

  it('ranks every swingable assumption by its largest standardised effect, and says why others were not', async () => {
    const r = await rankParameters(short, {
      seed: 1,
      replications: 2,
      include: (p) =>
        p.path.startsWith('parameters.aviation') || p.path.startsWith('parameters.fleet'),
    });
    expect(r.meta.complete).toBe(true);
    expect(r.meta.metricNames).toContain('fleet.readiness.mean');
    expect(r.rows.length).toBeGreaterThan(8);
    r.rows.forEach((row, i) => {
      expect(row.rank).toBe(i + 1);
      if (i > 0) expect(row.influence).toBeLessThanOrEqual(r.rows[i - 1]?.influence as number);
      const e = row.effects[row.metric];
      expect(Math.abs(e?.standardised ?? 0)).toBeCloseTo(row.influence, 9);
    });
    const paths = r.rows.map((x) => x.path);
    expect(paths).toContain('parameters.fleet.failuresPerVehicleYear');
    // The starting split must add up to the fleet: one of its numbers alone cannot be swung.
    expect(r.skipped.map((s) => s.path)).toContain('parameters.fleet.initial.inDailyUse');
    expect(r.skipped.find((s) => s.path === 'parameters.fleet.initial.inDailyUse')?.issue).toMatch(
      /parameters\.fleet\.initial/,
    );
    // Breakdowns move readiness more than anything aviation does.
    const breakdowns = r.rows.find((x) => x.path === 'parameters.fleet.failuresPerVehicleYear');
    expect(breakdowns?.metric).toMatch(/^fleet\./);
    expect(breakdowns?.rank).toBeLessThanOrEqual(3);
  }, 120_000);

  it('is deterministic, and its effects are the paired differences a sensitivity analysis measures', async () => {
    const include = (p: { path: string }) => p.path === 'parameters.fleet.failuresPerVehicleYear';
    const options = { seed: 3, replications: 3, include, metrics: ['fleet.readiness.mean'] };
    const a = await rankParameters(short, options);
    const b = await rankParameters(short, options);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const row = a.rows[0];
    const s = await sensitivity(
      short,
      [{ path: 'parameters.fleet.failuresPerVehicleYear', low: row?.low, high: row?.high }],
      { seed: 3, replications: 3, metrics: ['fleet.readiness.mean'] },
    );
    const e = s.rows[0]?.metrics['fleet.readiness.mean'];
    expect(row?.effects['fleet.readiness.mean']?.diff).toBeCloseTo(
      (e?.high ?? 0) - (e?.low ?? 0),
      12,
    );
    // Paired intervals: high − low, and each end against base.
    expect(e?.swingCi[0]).toBeLessThan(
      e?.high !== undefined && e.low !== undefined ? e.high - e.low : 0,
    );
    expect(e?.lowDeltaCi[0]).toBeLessThanOrEqual(e?.lowDelta ?? 0);
    expect(s.rows[0]?.parameter.label).toBe('Armoured-vehicle breakdowns');
  }, 120_000);

  it('has a default replication count', () => {
    expect(RANKING_REPLICATIONS).toBeGreaterThanOrEqual(2);
  });
});
