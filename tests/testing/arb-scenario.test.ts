import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/scenario/index.js';
import { MALI_BOUNDS } from '../../src/testing/_internals/generated.js';
import { arbMission, arbPlan, arbScenario, arbSeed } from '../../src/testing/index.js';

const RUNS = 300;

describe('arbScenario()', () => {
  it('arbScenario() generates only scenarios that pass validateScenario', () => {
    fc.assert(
      fc.property(arbScenario(), (s) => {
        const r = checkScenario(JSON.parse(JSON.stringify(s)));
        if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
      }),
      { numRuns: RUNS, seed: 1 },
    );
  });

  it('arbScenario({ maxPlanSteps: 12 }) stays valid with long plans', () => {
    fc.assert(
      fc.property(arbScenario({ maxPlanSteps: 12 }), (s) => checkScenario(s).ok),
      { numRuns: 100, seed: 2 },
    );
  });

  it('arbScenario() keeps the horizon in [minHorizonDays, maxHorizonDays]', () => {
    fc.assert(
      fc.property(arbScenario({ minHorizonDays: 40, maxHorizonDays: 60 }), (s) => {
        expect(s.horizonDays).toBeGreaterThanOrEqual(40);
        expect(s.horizonDays).toBeLessThanOrEqual(60);
      }),
      { numRuns: 30, seed: 3 },
    );
  });
});

describe('arbMission()', () => {
  it('arbMission() has 1–3 sectors, places in Mali, a consistent fleet, a surgical team and a consistent IED record', () => {
    fc.assert(
      fc.property(arbMission(), (m) => {
        expect(m.sectors.length).toBeGreaterThanOrEqual(1);
        expect(m.sectors.length).toBeLessThanOrEqual(3);
        for (const p of m.places) {
          expect(p.location.latDeg).toBeGreaterThanOrEqual(MALI_BOUNDS.minLatDeg);
          expect(p.location.latDeg).toBeLessThanOrEqual(MALI_BOUNDS.maxLatDeg);
          expect(p.location.lonDeg).toBeGreaterThanOrEqual(MALI_BOUNDS.minLonDeg);
          expect(p.location.lonDeg).toBeLessThanOrEqual(MALI_BOUNDS.maxLonDeg);
        }
        const f = m.armouredFleet;
        expect(f.inDailyUse.value + f.inMaintenance.value + f.awaitingReplacement.value).toBe(
          f.total.value,
        );
        expect(f.bySector.reduce((a, s) => a + s.vehicles.value, 0)).toBe(f.total.value);
        expect(m.medical.some((x) => x.surgicalTeams.value >= 1)).toBe(true);
        expect(m.ied.neutralised.value + m.ied.detonated.value).toBeLessThanOrEqual(
          m.ied.againstMission.value,
        );
        expect(m.ied.againstMission.value).toBeLessThanOrEqual(m.ied.totalMali.value);
        for (const s of m.sectors) {
          expect(
            m.units.some(
              (u) =>
                u.capabilities.includes('civilian-protection') &&
                m.places.find((p) => p.id === u.base)?.sector === s.id,
            ),
          ).toBe(true);
          expect(m.incidentAreas.some((a) => a.sector === s.id)).toBe(true);
        }
        expect(m.routes.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200, seed: 4 },
    );
  });

  it("arbMission({ helicopters: 'always' }) has a helicopter unit; 'never' has none", () => {
    fc.assert(
      fc.property(
        arbMission({ helicopters: 'always' }),
        arbMission({ helicopters: 'never' }),
        (a, b) => {
          expect(a.units.some((u) => u.aircraft !== undefined)).toBe(true);
          expect(b.units.some((u) => u.aircraft !== undefined)).toBe(false);
        },
      ),
      { numRuns: 50, seed: 5 },
    );
  });

  it('arbMission() numbers are all Sourced as generated assumptions', () => {
    const [m] = fc.sample(arbMission(), { numRuns: 1, seed: 6 });
    expect(m?.armouredFleet.total.source).toEqual({ kind: 'assumption', rationale: 'generated' });
  });
});

describe('arbPlan(mission, options)', () => {
  it('arbPlan(mission) dates steps on or after the start and gates deployments to opened bases', () => {
    const arb = arbMission().chain((m) =>
      arbPlan(m, { startDate: m.asOf, horizonDays: 90, maxSteps: 10 }).map((plan) => ({ m, plan })),
    );
    fc.assert(
      fc.property(arb, ({ m, plan }) => {
        for (const step of plan) {
          expect(step.date >= m.asOf).toBe(true);
          if (
            step.action.kind === 'deploy-unit' &&
            step.action.unit.base.startsWith('plan-place-')
          ) {
            expect(
              step.after?.some((a) => plan.find((x) => x.id === a)?.action.kind === 'open-base'),
            ).toBe(true);
          }
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});

describe('arbSeed()', () => {
  it('arbSeed() gives safe integers or non-empty strings', () => {
    fc.assert(
      fc.property(arbSeed(), (seed) =>
        typeof seed === 'string' ? seed.length >= 1 : Number.isSafeInteger(seed),
      ),
      { numRuns: 200, seed: 8 },
    );
  });
});
