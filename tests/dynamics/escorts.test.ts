/**
 * Convoy escorts: the exact timing of a round trip, what escort duty costs the response (paired),
 * waiting and cancellation, who escorts on the embedded data, and validation.
 */
import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import type { EscortsParameters } from '../../src/dynamics/escorts.js';
import { simulateMission } from '../../src/dynamics/index.js';
import { compare } from '../../src/experiment/index.js';
import type { Unit } from '../../src/model/mission.js';
import { validateScenario } from '../../src/scenario/index.js';
import type { Scenario } from '../../src/scenario/types.js';
import { type FixtureOptions, smallScenario } from './fixtures.js';

const A = <T>(value: T) => ({ value, source: { kind: 'assumption' as const, rationale: 'test' } });

const company: Unit = {
  id: 'company',
  name: 'Infantry company',
  kind: 'infantry',
  strength: A(150),
  base: 'camp',
  capabilities: ['civilian-protection', 'escort'],
  noticeToMoveMin: A(30),
};

/** The fixture with escorted convoys on its one route (camp–town, 100 km at 25 km/h). */
function withEscorts(
  escorts: Partial<EscortsParameters> & Pick<EscortsParameters, 'convoys'>,
  o: FixtureOptions = {},
): Scenario {
  const s = smallScenario({ extraUnits: [company], ...o });
  return validateScenario(
    {
      ...s,
      parameters: {
        ...s.parameters,
        escorts: {
          drivingHoursPerDay: A(10),
          turnaroundHours: A({ dist: 'constant', value: 6 } as const),
          maxWaitHours: A(72),
          ...escorts,
        },
      },
    },
    'test',
  );
}

const line = (perMonth: number) => ({
  route: 'camp-town',
  perMonth: A(perMonth),
  escortFrom: A('camp'),
});

describe('convoy escorts', () => {
  it('claims the escort for two legs at 10 driving hours a day plus the turnaround: an exact trace', () => {
    const trace: [number, string][] = [];
    const s = withEscorts({ convoys: [line(2)] }, { horizonDays: 120 });
    const rec = simulateMission(s, {
      seed: 1,
      replication: 0,
      trace: (t, w) => {
        if (w.startsWith('escorts:')) trace.push([t, w]);
      },
    });
    // A leg: 100 km / 25 km/h = 4 driving hours = 0.4 days of 10 driving hours = 9.6 h.
    const roundTrip = 2 * 9.6 + 6;
    const out = trace.filter(([, w]) => w === 'escorts: company escorts a convoy on camp-town');
    const back = trace.filter(([, w]) => w === 'escorts: company back from camp-town');
    expect(out.length).toBeGreaterThanOrEqual(3);
    expect(out.length).toBe(rec.scalars['escorts.escorted']);
    expect(trace).toHaveLength(out.length + back.length);
    out.forEach(([t], i) => {
      if (back[i] !== undefined) expect(back[i]![0] - t).toBeCloseTo(roundTrip, 9);
      // Two round trips a month: one every 365.25 h (730.5 h a month).
      if (i > 0) expect(t - out[i - 1]![0]).toBeCloseTo(365.25, 9);
    });
    expect(rec.scalars['escorts.unitDays']).toBeCloseTo((out.length * roundTrip) / 24, 9);
    expect(rec.scalars['escorts.unitDays.route.camp-town']).toBe(rec.scalars['escorts.unitDays']);
    expect(rec.scalars['escorts.waitHours']).toBe(0);
    expect(rec.scalars['escorts.cancelled']).toBe(0);
  });

  it('costs the response its escort: paired, the same threats wait longer and more go unanswered', async () => {
    const o: FixtureOptions = {
      horizonDays: 180,
      threatsPerMonth: 30,
      onSceneHours: { dist: 'constant', value: 12 },
      threatWindowHours: { dist: 'constant', value: 6 },
    };
    const off = withEscorts({ convoys: [line(0)] }, o);
    const on = withEscorts(
      { convoys: [line(12)], turnaroundHours: A({ dist: 'constant', value: 24 } as const) },
      o,
    );
    const c = await compare(off, on, { replications: 12, seed: 7, workers: 1 });
    // Common random numbers: the threats are the same.
    expect(c.scalars['response.threats']?.diffMean).toBe(0);
    expect(c.scalars['escorts.unitDays']?.meanA).toBe(0);
    expect(c.scalars['escorts.unitDays']?.meanB).toBeGreaterThan(100);
    expect(c.scalars['response.unanswered']?.diffCiLow).toBeGreaterThan(0);
    expect(c.scalars['response.time.p90Min']?.diffMean).toBeGreaterThan(0);
  });

  it('a convoy waits for a busy escort and is cancelled after the longest wait', () => {
    // One escort, two lines on the same route, turnarounds of 500 h: most convoys find it away.
    const s = withEscorts(
      {
        convoys: [line(3), line(3)],
        turnaroundHours: A({ dist: 'constant', value: 500 } as const),
        maxWaitHours: A(48),
      },
      { horizonDays: 365 },
    );
    const r = simulateMission(s, { seed: 3, replication: 0 });
    const due = r.scalars['escorts.convoys']!;
    const escorted = r.scalars['escorts.escorted']!;
    const cancelled = r.scalars['escorts.cancelled']!;
    expect(due).toBeGreaterThan(60);
    expect(cancelled).toBeGreaterThan(0.5 * due);
    // Every convoy left, was cancelled, or is still waiting (at most one per line).
    expect(due - escorted - cancelled).toBeGreaterThanOrEqual(0);
    expect(due - escorted - cancelled).toBeLessThanOrEqual(2);
    // Each cancelled convoy waited exactly the longest wait; the others less.
    expect(r.scalars['escorts.waitHours']!).toBeGreaterThanOrEqual(48 * cancelled);
    expect(r.scalars['escorts.waitHours']!).toBeLessThanOrEqual(48 * (cancelled + escorted));
    // The one escort is always away: at most one trip at a time over the horizon.
    expect(escorted * (2 * 9.6 + 500)).toBeLessThanOrEqual(365 * 24 + 2 * 9.6 + 500);
  });

  it('on the embedded data, each line’s escort comes from its escortFrom place first, never from another sector', () => {
    const trace: string[] = [];
    simulateMission(minusma2020, {
      seed: 2020,
      replication: 0,
      trace: (_t, w) => {
        if (w.includes(' escorts a convoy on ')) trace.push(w);
      },
    });
    const by = (route: string) =>
      trace
        .filter((w) => w.endsWith(` on ${route}`))
        .map((w) => w.replace('escorts: ', '').replace(/ escorts a convoy on .*/, ''));
    const menaka = by('gao-menaka');
    expect(menaka.length).toBeGreaterThan(15);
    expect(menaka.filter((u) => u === 'ansongo-infantry-company').length).toBeGreaterThan(
      0.8 * menaka.length,
    );
    const sectorOf = new Map(minusma2020.mission.places.map((p) => [p.id, p.sector]));
    const unitSector = new Map(
      [
        ...minusma2020.mission.units,
        ...minusma2020.plan.flatMap((s) =>
          s.action.kind === 'deploy-unit' ? [s.action.unit] : [],
        ),
      ].map((u) => [u.id, sectorOf.get(u.base)]),
    );
    for (const [route, sector] of [
      ['gao-menaka', 'east'],
      ['gao-kidal', 'east'],
      ['kidal-tessalit', 'north'],
    ] as const) {
      const units = by(route);
      expect(units.length).toBeGreaterThan(15);
      for (const u of units) expect(unitSector.get(u)).toBe(sector);
    }
  });

  it('a scenario without the section runs no convoy; bad routes and places are refused by path', () => {
    const { escorts: _omitted, ...rest } = minusma2020.parameters;
    const without = validateScenario({ ...minusma2020, parameters: rest }, 'test');
    const r = simulateMission({ ...without, horizonDays: 30 }, { seed: 1, replication: 0 });
    expect(r.scalars['escorts.convoys']).toBe(0);
    expect(Object.keys(r.scalars).some((k) => k.startsWith('escorts.convoys.route.'))).toBe(false);
    const bad = {
      ...minusma2020,
      parameters: {
        ...minusma2020.parameters,
        escorts: {
          ...minusma2020.parameters.escorts,
          convoys: [{ ...line(1), route: 'nowhere', escortFrom: A('atlantis') }],
        },
      },
    };
    expect(() => validateScenario(bad, 'test')).toThrow(
      /parameters\.escorts\.convoys\[0\]\.route[\s\S]*parameters\.escorts\.convoys\[0\]\.escortFrom\.value/,
    );
  });
});
