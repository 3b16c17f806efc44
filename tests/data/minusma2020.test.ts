import { describe, expect, it } from 'vitest';
import { minusma2020, minusma2020Mission } from '../../src/data/index.js';
import { MISSION_CAPABILITIES, plannedForce } from '../../src/dynamics/format.js';
import { greatCircleKm } from '../../src/model/geography.js';
import { listAssumptions, listSources } from '../../src/scenario/assumptions.js';
import { findUnsourcedNumbers } from '../../src/scenario/provenance.js';
import { checkScenario } from '../../src/scenario/validate.js';

const m = minusma2020Mission;

describe('minusma2020', () => {
  it('is a valid scenario', () => {
    const result = checkScenario(minusma2020);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('findUnsourcedNumbers(minusma2020) is empty', () => {
    expect(findUnsourcedNumbers(minusma2020)).toEqual([]);
  });

  it('every source has non-empty text', () => {
    const rows = listSources(minusma2020);
    expect(rows.length).toBeGreaterThan(200);
    for (const r of rows) expect(r.text.trim().length, r.path).toBeGreaterThan(0);
    const kinds = new Set(rows.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['assumption', 'letter', 'public']);
  });

  it('exactly the calibrated values are marked fitted', () => {
    const fitted = listAssumptions(minusma2020)
      .filter((r) => r.fitted)
      .map((r) => r.path);
    expect(fitted).toEqual([
      'parameters.fleet.beyondRepairShare',
      'parameters.fleet.repairDays',
      'parameters.rotations.covid.caseProbability',
    ]);
    const i = minusma2020.parameters.fleet.initial;
    expect(i.inDailyUse.value + i.inMaintenance.value + i.awaitingReplacement.value).toBe(562);
  });

  it('four sectors with their headquarters, and Bamako outside them', () => {
    expect(m.sectors.map((s) => [s.id, s.hq])).toEqual([
      ['north', 'kidal'],
      ['east', 'gao'],
      ['west', 'timbuktu'],
      ['centre', 'mopti'],
    ]);
    const bamako = m.places.find((p) => p.id === 'bamako');
    expect(bamako?.kind).toBe('headquarters');
    expect(bamako?.sector).toBeUndefined();
  });

  it('has the twelve camps of the brief', () => {
    const camps = m.places
      .filter((p) => p.base && p.kind !== 'temporary-operating-base')
      .map((p) => p.id);
    expect(camps.sort()).toEqual(
      [
        'aguelhok',
        'ansongo',
        'bamako',
        'ber',
        'douentza',
        'gao',
        'goundam',
        'kidal',
        'menaka',
        'mopti',
        'tessalit',
        'timbuktu',
      ].sort(),
    );
  });

  it('unverified places are assumptions with a rationale', () => {
    for (const id of ['labbezanga', 'timiniri', 'tob-bankass', 'tob-timiniri']) {
      const p = m.places.find((x) => x.id === id);
      expect(p?.location.source.kind, id).toBe('assumption');
    }
    // Villages and towns where attacks are recorded sit at ACLED's location points.
    for (const id of ['kidal', 'bankass', 'ogossagou', 'bambara-maoude', 'djenne'])
      expect(m.places.find((p) => p.id === id)?.location.source.kind, id).toBe('public');
  });

  it('routes have one length basis; Gao–Kidal is the public 352 km', () => {
    const byId = new Map(m.routes.map((r) => [r.id, r]));
    expect(byId.get('gao-kidal')?.lengthKm?.value).toBe(352);
    expect(byId.get('gao-kidal')?.lengthKm?.source.kind).toBe('public');
    for (const r of m.routes)
      expect((r.lengthKm === undefined) !== (r.roadFactor === undefined), r.id).toBe(true);
    for (const id of [
      'gao-labbezanga',
      'gao-menaka',
      'kidal-tessalit',
      'mopti-douentza',
      'mopti-bankass',
      'bandiagara-koro',
      'timbuktu-goundam',
      'timbuktu-ber',
      'douentza-timbuktu',
      'gao-douentza',
      'mopti-timbuktu',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    // The public road length is longer than the great circle, by a plausible road factor.
    const place = (id: string) => m.places.find((p) => p.id === id)!.location;
    const ratio = 352 / greatCircleKm(place('gao'), place('kidal'));
    expect(ratio).toBeGreaterThan(1.1);
    expect(ratio).toBeLessThan(1.35);
  });

  it('IED threat weights are higher in the centre and on the Gao–Kidal / Gao–Ménaka axes', () => {
    const w = new Map(m.routes.map((r) => [r.id, r.iedThreatWeight.value]));
    for (const high of [
      'mopti-bankass',
      'bandiagara-koro',
      'douentza-timbuktu',
      'gao-kidal',
      'gao-menaka',
    ]) {
      expect(w.get(high)!, high).toBeGreaterThan(w.get('gao-labbezanga')!);
      expect(w.get(high)!, high).toBeGreaterThan(w.get('bamako-mopti')!);
    }
  });

  it('ground responders state a notice to move', () => {
    for (const u of m.units.filter((x) => x.capabilities.includes('civilian-protection'))) {
      expect(u.noticeToMoveMin, u.id).toBeDefined();
    }
    const qrf = m.units.filter((u) => u.kind === 'quick-reaction-force');
    expect(qrf).toHaveLength(4);
    for (const u of qrf) expect(u.noticeToMoveMin?.value).toBe(30);
  });

  it('the mechanised company and base defence unit start at Timbuktu', () => {
    expect(
      m.units.find((u) => u.kind === 'mechanised-infantry' && u.base === 'timbuktu'),
    ).toBeDefined();
    expect(m.units.find((u) => u.kind === 'base-defence')?.base).toBe('timbuktu');
  });

  it('medical: role 1 in every camp, role 2 at Gao, Timbuktu, Kidal, Mopti, role 3 at Bamako', () => {
    const camps = m.places
      .filter((p) => p.kind === 'camp' || p.kind === 'headquarters')
      .map((p) => p.id);
    for (const c of camps)
      expect(
        m.medical.some((f) => f.place === c && f.role === 1),
        c,
      ).toBe(true);
    const role2 = m.medical.filter((f) => f.role === 2).map((f) => f.place);
    expect(role2.sort()).toEqual(['gao', 'kidal', 'mopti', 'timbuktu']);
    expect(m.medical.find((f) => f.role === 3)?.place).toBe('bamako');
    for (const f of m.medical.filter((x) => x.role === 1)) expect(f.surgicalTeams.value).toBe(0);
  });

  it('incident areas cover the circles the letter names, and those ACLED records violence in', () => {
    expect(m.incidentAreas.map((a) => a.place).sort()).toEqual(
      [
        'ansongo',
        'bandiagara',
        'bankass',
        'dire',
        'djenne',
        'douentza',
        'gao',
        'goundam',
        'koro',
        'menaka',
        'mopti',
        'niafunke',
        'ogossagou',
      ].sort(),
    );
    for (const a of m.incidentAreas) {
      expect(a.radiusKm.value, a.id).toBeGreaterThan(0);
      // ACLED counts per circle; the village of Ogossagou alone is an assumption from its history.
      expect(a.threatsPerMonth.source.kind, a.id).toBe(
        a.id === 'ogossagou' ? 'assumption' : 'public',
      );
    }
  });

  it('camp capacities: full by the letter, so what the plan sent before it was housed on time and the RRF waits for its structures', () => {
    const letterDay = 175;
    const states = plannedForce(minusma2020, MISSION_CAPABILITIES);
    const occupancy = (place: string, day: number) => {
      let state = states[0]!;
      for (const s of states) if (s.fromDay <= day) state = s;
      let people = 0;
      let aprons = 0;
      for (const { unit, base } of state.units) {
        if (base !== place) continue;
        people += unit.strength.value;
        aprons += unit.aircraft?.count.value ?? 0;
      }
      return { people, aprons };
    };
    const days = [...new Set(states.map((s) => s.fromDay).filter((d) => d <= letterDay))];
    for (const site of minusma2020.parameters.camps.sites) {
      const peak = Math.max(...days.map((d) => occupancy(site.place, d).people));
      expect(site.accommodation.value, site.place).toBe(peak);
      expect(site.aprons.value, site.place).toBeGreaterThanOrEqual(
        Math.max(...days.map((d) => occupancy(site.place, d).aprons)),
      );
    }
    const gao = minusma2020.parameters.camps.sites.find((s) => s.place === 'gao')!;
    const rrf = minusma2020.plan.find((s) => s.id === 'gao-rapid-reaction-force')!;
    const rrfStrength = (rrf.action as { unit: { strength: { value: number } } }).unit.strength
      .value;
    expect(gao.accommodation.value - occupancy('gao', letterDay).people).toBeLessThan(rrfStrength);
  });

  it('operations of the letter are all there', () => {
    expect(m.operations.map((o) => o.id).sort()).toEqual(
      [
        'amouken',
        'buffalo',
        'cobra',
        'mangouste',
        'menaka-sans-armes',
        'seka',
        'toolbox',
        'winner',
      ].sort(),
    );
  });

  it('10-1-2 thresholds are public, Puma flying hours are public-derived', () => {
    const c = minusma2020.parameters.casevac;
    expect([
      c.firstAidTargetMin.value,
      c.resuscitationTargetMin.value,
      c.surgeryTargetMin.value,
    ]).toEqual([10, 60, 120]);
    for (const x of [c.firstAidTargetMin, c.resuscitationTargetMin, c.surgeryTargetMin])
      expect(x.source.kind).toBe('public');
    const a = minusma2020.parameters.aviation;
    expect(a.flyingHoursPerAirframeMonth.source.kind).toBe('public');
    expect(Math.round(1250 / 4 / 12)).toBe(a.flyingHoursPerAirframeMonth.value);
    // ~70 % serviceability from MTBF and mean maintenance time.
    const mean =
      a.maintenanceDays.value.dist === 'lognormal' ? a.maintenanceDays.value.mean : Number.NaN;
    expect(a.mtbfDays.value / (a.mtbfDays.value + mean)).toBeCloseTo(0.7, 2);
  });
});
