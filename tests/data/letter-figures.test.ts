import { describe, expect, it } from 'vitest';
import {
  adaptationPlan2020,
  letterFigures,
  minusma2020,
  minusma2020Mission,
  QUOTE,
  REPATRIATED_HELICOPTER_UNIT_ID,
} from '../../src/data/index.js';
import { addDays, daysBetween } from '../../src/model/dates.js';
import type { Sourced } from '../../src/model/provenance.js';
import { listSources } from '../../src/scenario/assumptions.js';
import { inLetter, LETTER_TEXT } from '../fixtures/letter.js';

function expectLetter(x: Sourced<unknown>, value: unknown, figureId?: string): void {
  expect(x.value).toBe(value);
  expect(x.source.kind).toBe('letter');
  if (x.source.kind !== 'letter') return;
  expect(x.source.quote.length).toBeGreaterThan(0);
  expect(inLetter(x.source.quote), x.source.quote).toBe(true);
  if (figureId !== undefined) expect(x.source.figureId).toBe(figureId);
}

describe('the letter fixture', () => {
  it('is the letter of 23 December 2020', () => {
    expect(LETTER_TEXT).toContain('Lettre datée du 23 décembre 2020');
  });
});

describe('letter figures in minusma2020', () => {
  const m = minusma2020Mission;

  it('armoured fleet is 562 = 483 + 33 + 46 on 2020-12-23', () => {
    expect(m.armouredFleet.asOf).toBe('2020-12-23');
    expectLetter(m.armouredFleet.total, 562, 'armoured_vehicles_total');
    expectLetter(m.armouredFleet.inDailyUse, 483, 'armoured_daily_use');
    expectLetter(m.armouredFleet.inMaintenance, 33, 'armoured_maintenance');
    expectLetter(m.armouredFleet.awaitingReplacement, 46, 'armoured_unserviceable');
    const sectors = m.armouredFleet.bySector.reduce((a, s) => a + s.vehicles.value, 0);
    expect(sectors).toBe(562);
  });

  it('IED record is 98 / 39 = 19 + 20 from July 2020 to the letter', () => {
    expect(m.ied.periodStart).toBe('2020-07-01');
    expect(m.ied.periodEnd).toBe('2020-12-23');
    expectLetter(m.ied.totalMali, 98, 'ied_total_mali');
    expectLetter(m.ied.againstMission, 39, 'ied_vs_minusma');
    expectLetter(m.ied.neutralised, 19, 'ied_neutralised');
    expectLetter(m.ied.detonated, 20, 'ied_exploded');
    expect(inLetter(QUOTE.iedSince)).toBe(true);
  });

  it('helicopter share is 25 %, and exactly 4 of 16 airframes are military-tasked after the repatriation', () => {
    expectLetter(m.helicopterMilitaryShare, 0.25, 'helo_usable_share');
    const airframes = (exclude: string | undefined) => {
      let all = 0;
      let military = 0;
      for (const u of m.units) {
        if (u.aircraft === undefined || u.id === exclude) continue;
        all += u.aircraft.count.value;
        if (u.aircraft.militaryTasking) military += u.aircraft.count.value;
      }
      return { all, military };
    };
    expect(airframes(undefined)).toEqual({ all: 20, military: 8 });
    const after = airframes(REPATRIATED_HELICOPTER_UNIT_ID);
    expect(after).toEqual({ all: 16, military: 4 });
    expect(after.military / after.all).toBe(m.helicopterMilitaryShare.value);
    const step = adaptationPlan2020.find((s) => s.action.kind === 'repatriate-unit');
    expect(step?.status).toBe('done');
    expect(step?.date.startsWith('2020-10')).toBe(true);
    expectLetter(letterFigures.helicopterUnitsRepatriated, 1, 'helo_units_repatriated');
  });

  it('17 formed police unit evaluations since July 2020: about ten units evaluated quarterly', () => {
    expectLetter(letterFigures.formedPoliceUnitsEvaluated, 17, 'fpu_evaluated');
    const fpus = m.units.filter((u) => u.kind === 'formed-police-unit');
    expect(fpus).toHaveLength(10);
    // Two quarters (July–December) of ten units give about the letter's 17 evaluations.
    expect(fpus.length * 2).toBeGreaterThanOrEqual(17);
  });

  it('7 temporary bases established by the letter date', () => {
    expectLetter(letterFigures.temporaryBasesEstablished, 7, 'temp_bases_established');
    const atStart = m.places.filter((p) => p.kind === 'temporary-operating-base' && p.base).length;
    const opened = adaptationPlan2020.filter(
      (s) =>
        s.action.kind === 'open-base' &&
        s.action.place.kind === 'temporary-operating-base' &&
        s.status === 'done' &&
        s.date <= letterFigures.letterDate,
    ).length;
    expect(atStart + opened).toBe(7);
  });

  it('dates: start 2020-07-01, letter on day 175, horizon to 2021-12-31, Mangouste 2020-10-23', () => {
    expect(minusma2020.startDate).toBe('2020-07-01');
    expect(daysBetween(minusma2020.startDate, letterFigures.letterDate)).toBe(175);
    expect(letterFigures.letterDay).toBe(175);
    expect(addDays(minusma2020.startDate, minusma2020.horizonDays - 1)).toBe('2021-12-31');
    expectLetter(letterFigures.mangousteNewPhase, '2020-10-23', 'mangouste_new_phase');
    const mangouste = adaptationPlan2020.find((s) => s.id === 'mangouste-new-phase');
    expect(mangouste).toMatchObject({
      date: '2020-10-23',
      status: 'done',
      source: { kind: 'letter' },
      // The troops deployed are the mobile task force's, garrisoning a base in Douentza circle.
      action: {
        kind: 'open-base',
        place: { kind: 'temporary-operating-base', sector: 'centre' },
        garrison: { units: ['mtf-task-group', 'mtf-special-forces'] },
      },
    });
  });

  it('adaptation plan steps match the letter', () => {
    const byId = new Map(adaptationPlan2020.map((s) => [s.id, s]));
    const transfers = adaptationPlan2020.filter(
      (s) => s.action.kind === 'transfer-unit' && s.source.kind === 'letter',
    );
    expect(transfers).toHaveLength(2);
    for (const t of transfers) {
      expect(t.status).toBe('done');
      expect(t.date.startsWith('2020-')).toBe(true);
      expect(t.dateSource?.kind).toBe('assumption');
      expect(t.action).toMatchObject({ to: 'mopti' });
    }
    const uav = byId.get('gao-uav-in-service');
    expect(uav).toMatchObject({
      status: 'done',
      action: { kind: 'deploy-unit', unit: { kind: 'uav', base: 'gao' } },
    });
    expect(uav?.date.startsWith('2020-10')).toBe(true);
    // « Les structures destinées à faciliter le déploiement … devraient être opérationnelles à
    // la fin de l'année »: room at Gao at the end of 2020; the units deploy after it.
    expect(byId.get('gao-structures-ready')).toMatchObject({
      date: '2020-12-31',
      status: 'planned',
      source: { kind: 'letter' },
      action: { kind: 'expand-camp', place: 'gao' },
    });
    for (const id of ['gao-rapid-reaction-force', 'gao-forward-command-post']) {
      expect(byId.get(id)).toMatchObject({
        status: 'planned',
        after: ['gao-structures-ready'],
        action: { kind: 'deploy-unit' },
      });
      expect(byId.get(id)?.afterLeadDays?.source.kind).toBe('assumption');
    }
    // The reconnaissance patrol came before its structures: the UK group, public date.
    expect(byId.get('gao-long-range-reconnaissance-patrol')).toMatchObject({
      date: '2020-12-03',
      status: 'done',
      source: { kind: 'public' },
    });
    const mopti = byId.get('mopti-camp-expansion');
    expect(mopti).toMatchObject({
      status: 'delayed',
      action: { kind: 'expand-camp', place: 'mopti' },
    });
    expect(mopti!.date > '2021-04-30').toBe(true);
    const gated = adaptationPlan2020.filter((s) => s.after?.includes('mopti-camp-expansion'));
    expect(gated.map((s) => s.action.kind)).toEqual(['pledge-unit']);
    expect(
      adaptationPlan2020.some(
        (s) => s.action.kind === 'deliver-vehicles' && s.action.replacesWrittenOff,
      ),
    ).toBe(true);
  });

  it('every letter quote in the data is word for word in the letter', () => {
    const letters = listSources(minusma2020).filter((r) => r.kind === 'letter');
    expect(letters.length).toBeGreaterThan(20);
    for (const quote of Object.values(QUOTE)) expect(inLetter(quote), quote).toBe(true);
    const walk = (x: unknown): void => {
      if (typeof x !== 'object' || x === null) return;
      const rec = x as Record<string, unknown>;
      if (rec.kind === 'letter' && typeof rec.quote === 'string') {
        expect(inLetter(rec.quote), rec.quote).toBe(true);
      }
      for (const v of Object.values(rec)) walk(v);
    };
    walk(minusma2020);
    walk(letterFigures);
  });
});
