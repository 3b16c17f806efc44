import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import {
  comparePaths,
  formatAssumptionsTable,
  listAssumptions,
  listSources,
} from '../../src/scenario/assumptions.js';
import { findUnsourcedNumbers } from '../../src/scenario/provenance.js';

describe('listAssumptions(scenario)', () => {
  const rows = listAssumptions(minusma2020);

  it('is non-empty, every rationale non-empty, ordered by path', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      expect(r.rationale.trim().length, r.path).toBeGreaterThan(0);
      expect(r.value.length, r.path).toBeGreaterThan(0);
    }
    const paths = rows.map((r) => r.path);
    expect([...paths].sort(comparePaths)).toEqual(paths);
  });

  it('renders numbers, distributions, coordinates and assumed dates', () => {
    const byPath = new Map(rows.map((r) => [r.path, r]));
    expect(byPath.get('parameters.ied.damageGivenDetonation')?.value).toBe('0.5');
    expect(byPath.get('parameters.fleet.repairDays')?.value).toBe('lognormal(mean 9.5, sd 6.65)');
    expect(byPath.get('parameters.fleet.repairDays')?.fitted).toBe(true);
    const tob = minusma2020.mission.places.findIndex((p) => p.id === 'tob-bankass');
    expect(byPath.get(`mission.places[${tob}].location`)?.value).toBe('14.0775, -3.5159');
    const transfer = minusma2020.plan.findIndex((p) => p.id === 'transfer-mechanised-company');
    expect(byPath.get(`plan[${transfer}].dateSource`)?.value).toBe('2020-09-15');
  });

  it('leaves out letter and public values', () => {
    const paths = new Set(rows.map((r) => r.path));
    expect(paths.has('mission.armouredFleet.total')).toBe(false);
    expect(paths.has('parameters.casevac.surgeryTargetMin')).toBe(false);
  });
});

describe('listSources(scenario)', () => {
  it('lists letter, public and assumption sources with text', () => {
    const rows = listSources(minusma2020);
    const total = rows.find((r) => r.path === 'mission.armouredFleet.total');
    expect(total?.kind).toBe('letter');
    expect(total?.text).toContain('562 véhicules blindés');
    expect(rows.find((r) => r.path === 'parameters.casevac.surgeryTargetMin')?.kind).toBe('public');
  });
});

describe('formatAssumptionsTable(rows)', () => {
  it('prints every row, within the width, wrapping long rationales', () => {
    const rows = listAssumptions(minusma2020);
    const text = formatAssumptionsTable(rows, { width: 110 });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^path\s+value\s+fit\s+rationale$/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(110);
    for (const r of rows) {
      if (r.path.length <= 48) expect(text).toContain(r.path);
    }
    expect(lines.length).toBeGreaterThan(rows.length);
    expect(lines.some((l) => /\sF\s/.test(l))).toBe(true);
  });
  it('handles no rows and very long words', () => {
    expect(formatAssumptionsTable([]).split('\n')).toHaveLength(2);
    const text = formatAssumptionsTable(
      [{ path: 'a', value: '1', rationale: 'x'.repeat(500), fitted: false }],
      { width: 60 },
    );
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });
});

describe('findUnsourcedNumbers(value)', () => {
  it('finds bare numbers and accepts Sourced values, located objects and structural numbers', () => {
    expect(
      findUnsourcedNumbers({
        horizonDays: 3,
        a: { value: 1, source: { kind: 'assumption', rationale: 'r' } },
        b: { value: { dist: 'poisson', mean: 2 }, source: { kind: 'assumption', rationale: 'r' } },
        loc: { latDeg: 1, lonDeg: 2, source: { kind: 'public', reference: 'x' } },
        bare: 4,
        list: [5, { c: 6 }],
      }),
    ).toEqual(['bare', 'list[0]', 'list[1].c']);
  });
});
