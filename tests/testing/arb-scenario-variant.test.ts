import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { checkScenario, type Scenario, validateScenario } from '../../src/scenario/index.js';
import {
  arbScenarioVariant,
  helicopterServiceabilityAxis,
  iedRateMultiplierAxis,
  iedRatePosterior,
  parameterAxis,
  planDateAxis,
  scenarioDiff,
  withIedRate,
} from '../../src/testing/index.js';
import { smallScenario } from '../dynamics/fixtures.js';

const small = validateScenario(smallScenario({ horizonDays: 60, helicopters: 2 }));
const withStep = validateScenario(
  smallScenario({
    horizonDays: 200,
    plan: [
      {
        id: 'milestone',
        title: 'A milestone',
        date: '2020-09-01',
        status: 'planned',
        source: { kind: 'assumption', rationale: 'test' },
        action: { kind: 'milestone' },
      },
    ],
  }),
);

describe('arbScenarioVariant(base, ranges)', () => {
  it('arbScenarioVariant(base, { path: [a, b], plan:id.date: [d1, d2] }) gives valid variants inside the ranges', () => {
    fc.assert(
      fc.property(
        arbScenarioVariant(withStep, {
          'parameters.ied.damageGivenDetonation': [0.2, 0.8],
          'mission.routes.camp-town.lengthKm': [50, 150],
          'plan:milestone.date': ['2020-08-01', '2020-12-31'],
        }),
        (v) => {
          expect(checkScenario(v).ok).toBe(true);
          const d = v.parameters.ied.damageGivenDetonation.value;
          expect(d >= 0.2 && d <= 0.8).toBe(true);
          const step = v.plan[0];
          expect(step !== undefined && step.date >= '2020-08-01' && step.date <= '2020-12-31').toBe(
            true,
          );
        },
      ),
      { numRuns: 50, seed: 1 },
    );
  });

  it('shrinks to the base value when it lies inside the range', () => {
    const details = fc.check(
      fc.property(
        arbScenarioVariant(small, { 'ied.damageGivenDetonation': [0.1, 0.9] }),
        () => false,
      ),
      { seed: 2 },
    );
    expect(
      (details.counterexample?.[0] as Scenario | undefined)?.parameters.ied.damageGivenDetonation
        .value,
    ).toBe(0.5);
  });

  it('shrinks to the end of the range nearest the base when the base is outside', () => {
    const details = fc.check(
      fc.property(
        arbScenarioVariant(small, { 'ied.damageGivenDetonation': [0.7, 0.9] }),
        () => false,
      ),
      { seed: 3 },
    );
    expect(
      (details.counterexample?.[0] as Scenario | undefined)?.parameters.ied.damageGivenDetonation
        .value,
    ).toBe(0.7);
  });

  it('shrinks to a minimal failing value, day by day for dates', () => {
    const details = fc.check(
      fc.property(
        arbScenarioVariant(withStep, [planDateAxis('milestone', ['2020-08-01', '2020-12-31'])]),
        (v) => (v.plan[0]?.date ?? '') < '2020-10-15',
      ),
      { seed: 4 },
    );
    expect(details.counterexample?.[0]?.plan[0]?.date).toBe('2020-10-15');
  });

  it('a failing fc.assert prints the variant as its diff against the base', () => {
    expect(() =>
      fc.assert(
        fc.property(
          arbScenarioVariant(small, { 'ied.damageGivenDetonation': [0.1, 0.9] }),
          (v) => v.parameters.ied.damageGivenDetonation.value < 0.6,
        ),
        { seed: 5 },
      ),
    ).toThrow(/parameters\.ied\.damageGivenDetonation: 0\.5 → 0\.6/);
  });

  it('rejects a path that leads nowhere and a malformed range', () => {
    expect(() => arbScenarioVariant(small, { 'ied.nothing': [0, 1] })).toThrow(/path/);
    expect(() => arbScenarioVariant(small, { 'plan:milestone.date': [0, 1] })).toThrow(/ISO dates/);
    expect(() => parameterAxis('ied.damageGivenDetonation', [1, 0])).toThrow(/low <= high/);
  });
});

describe('axes', () => {
  it('withIedRate(s, r) pins the posterior mean at r per 1000 convoy-km', () => {
    const pinned = withIedRate(minusma2020, 0.3);
    const p = iedRatePosterior(pinned);
    expect(p.meanPer1000Km).toBeCloseTo(0.3, 10);
    expect(p.q95Per1000Km / p.q05Per1000Km).toBeLessThan(1.05);
  });

  it('iedRatePosterior(minusma2020) has a 90 % interval around its mean', () => {
    const p = iedRatePosterior(minusma2020);
    expect(p.q05Per1000Km).toBeLessThan(p.meanPer1000Km);
    expect(p.q95Per1000Km).toBeGreaterThan(p.meanPer1000Km);
  });

  it('helicopterServiceabilityAxis sets mtbfDays so that mtbf / (mtbf + mean maintenance) is the value', () => {
    const axis = helicopterServiceabilityAxis([0.5, 0.8]);
    expect(axis.base(minusma2020)).toBeCloseTo(0.7, 12);
    const v = axis.apply(minusma2020, 0.5);
    expect(v.parameters.aviation.mtbfDays.value).toBeCloseTo(6, 10);
    expect(axis.apply(minusma2020, axis.base(minusma2020))).toBe(minusma2020);
  });

  it('iedRateMultiplierAxis shrinks to ×1', () => {
    const axis = iedRateMultiplierAxis([0.5, 2]);
    expect(axis.base(small)).toBe(1);
    expect(axis.format(1.5)).toBe('×1.5');
  });
});

describe('scenarioDiff(base, variant)', () => {
  it('scenarioDiff(s, s) is "(no differences)"', () => {
    expect(scenarioDiff(small, small)).toBe('(no differences)');
  });

  it('scenarioDiff lists changed values by id path, and plan steps moved, added and removed', () => {
    const moved = validateScenario({
      ...withStep,
      plan: [
        { ...withStep.plan[0], date: '2020-10-01' },
        {
          id: 'extra',
          title: 'Extra step',
          date: '2020-08-01',
          status: 'planned',
          source: { kind: 'assumption', rationale: 'test' },
          action: { kind: 'milestone' },
        },
      ],
      mission: {
        ...withStep.mission,
        routes: withStep.mission.routes.map((r) => ({
          ...r,
          lengthKm: { value: 120, source: { kind: 'assumption', rationale: 'x' } },
        })),
      },
    });
    expect(scenarioDiff(withStep, moved)).toBe(
      [
        '  mission.routes[camp-town].lengthKm: 100 → 120',
        "+ plan step 'extra' added (2020-08-01, milestone): Extra step",
        "~ plan step 'milestone' moved: 2020-09-01 → 2020-10-01 (+30 days)",
      ].join('\n'),
    );
    const removed = validateScenario({ ...withStep, plan: [] });
    expect(scenarioDiff(withStep, removed)).toBe(
      "- plan step 'milestone' removed (2020-09-01, milestone)",
    );
  });

  it('scenarioDiff(…, { sources: true }) also lists provenance changes', () => {
    const v = validateScenario({
      ...small,
      mission: {
        ...small.mission,
        routes: small.mission.routes.map((r) => ({
          ...r,
          lengthKm: { value: 100, source: { kind: 'assumption', rationale: 'other' } },
        })),
      },
    });
    expect(scenarioDiff(small, v)).toBe('(no differences)');
    expect(scenarioDiff(small, v, { sources: true })).toContain('lengthKm (source)');
  });
});
