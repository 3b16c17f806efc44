import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { InvalidArgumentError, ScenarioValidationError } from '../../src/errors.js';
import { deepFreeze, isDeepFrozen } from '../../src/scenario/freeze.js';
import { canonicalJson, scenarioHash } from '../../src/scenario/hash.js';
import { validateScenario } from '../../src/scenario/validate.js';
import { setParameter, setValueAt, variant, withPlanStepDate } from '../../src/scenario/variant.js';

const snapshot = JSON.stringify(minusma2020);

describe('variant(base, recipe, meta)', () => {
  it('leaves the base untouched and returns a deep-frozen, valid copy', () => {
    const v = variant(
      minusma2020,
      (d) => {
        const step = d.plan.find((s) => s.id === 'mopti-camp-expansion');
        if (step) step.date = '2021-04-01';
        d.mission.routes[0]!.movementsPerMonth.value = 20;
      },
      { name: 'mopti-on-time', title: 'Mopti on time' },
    );
    expect(JSON.stringify(minusma2020)).toBe(snapshot);
    expect(isDeepFrozen(v)).toBe(true);
    expect(v.name).toBe('mopti-on-time');
    expect(v.title).toBe('Mopti on time');
    expect(v.plan.find((s) => s.id === 'mopti-camp-expansion')?.date).toBe('2021-04-01');
    expect(v.mission.routes[0]?.movementsPerMonth.value).toBe(20);
    expect(minusma2020.mission.routes[0]?.movementsPerMonth.value).toBe(10);
  });

  it('revalidates: an invalid edit throws ScenarioValidationError', () => {
    expect(() =>
      variant(minusma2020, (d) => {
        d.mission.armouredFleet.inDailyUse.value = 1;
      }),
    ).toThrow(ScenarioValidationError);
    expect(JSON.stringify(minusma2020)).toBe(snapshot);
  });

  it('works on a frozen, validated base', () => {
    const base = validateScenario(minusma2020);
    const v = variant(base, (d) => {
      d.horizonDays = 600;
    });
    expect(base.horizonDays).toBe(549);
    expect(v.horizonDays).toBe(600);
  });
});

describe('withPlanStepDate(scenario, stepId, date)', () => {
  it('moves one step', () => {
    const v = withPlanStepDate(minusma2020, 'mopti-camp-expansion', '2021-12-01');
    expect(v.plan.find((s) => s.id === 'mopti-camp-expansion')?.date).toBe('2021-12-01');
    expect(JSON.stringify(minusma2020)).toBe(snapshot);
  });
  it('rejects unknown steps, bad dates and dates before the start', () => {
    expect(() => withPlanStepDate(minusma2020, 'nope', '2021-01-01')).toThrow(InvalidArgumentError);
    expect(() => withPlanStepDate(minusma2020, 'mopti-camp-expansion', '2021-13-01')).toThrow(
      InvalidArgumentError,
    );
    expect(() => withPlanStepDate(minusma2020, 'mopti-camp-expansion', '2020-01-01')).toThrow(
      ScenarioValidationError,
    );
    // Past the horizon is valid: the step simply never takes effect in the run.
    expect(withPlanStepDate(minusma2020, 'mopti-camp-expansion', '2023-01-01').plan).toHaveLength(
      minusma2020.plan.length,
    );
  });
});

describe('setParameter(scenario, path, value, by)', () => {
  it('keeps the Sourced wrapper and records the change as an assumption', () => {
    const v = setParameter(minusma2020, 'ied.damageGivenDetonation', 0.3, 'sweep ied-damage');
    expect(v.parameters.ied.damageGivenDetonation).toEqual({
      value: 0.3,
      source: { kind: 'assumption', rationale: 'set by sweep ied-damage (base value 0.5)' },
    });
    expect(minusma2020.parameters.ied.damageGivenDetonation.value).toBe(0.5);
  });
  it('addresses array elements by id and accepts distributions', () => {
    const v = setParameter(minusma2020, 'ied.mitigations.toolbox.detectionMultiplier', 1.5);
    expect(v.parameters.ied.mitigations[0]?.detectionMultiplier.value).toBe(1.5);
    const w = setParameter(minusma2020, 'parameters.fleet.repairDays', {
      dist: 'gamma',
      shape: 2,
      scale: 3,
    });
    expect(w.parameters.fleet.repairDays.value).toEqual({ dist: 'gamma', shape: 2, scale: 3 });
    expect(w.parameters.fleet.repairDays.source.kind).toBe('assumption');
  });
  it('rejects bad paths, mismatched kinds and out-of-domain values', () => {
    expect(() => setParameter(minusma2020, 'ied.nothing', 1)).toThrow(InvalidArgumentError);
    expect(() => setParameter(minusma2020, 'fleet.initial', 1)).toThrow(InvalidArgumentError);
    expect(() => setParameter(minusma2020, 'fleet.repairDays', 3)).toThrow(InvalidArgumentError);
    expect(() => setParameter(minusma2020, 'ied.damageGivenDetonation', 2)).toThrow(
      ScenarioValidationError,
    );
  });
});

describe('scenarioHash(s) and JSON round trip', () => {
  it('JSON round trip is lossless and keeps the hash', () => {
    const s = validateScenario(minusma2020);
    const back = validateScenario(JSON.parse(JSON.stringify(s)));
    expect(back).toEqual(s);
    expect(scenarioHash(back)).toBe(scenarioHash(s));
    expect(scenarioHash(minusma2020)).toBe(scenarioHash(s));
  });
  it('ignores key order and sees any change', () => {
    const reordered = JSON.parse(canonicalJson(minusma2020), (_k, v) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).reverse())
        : v,
    );
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(minusma2020)[0]);
    expect(scenarioHash(reordered)).toBe(scenarioHash(minusma2020));
    expect(scenarioHash(setParameter(minusma2020, 'ied.damageGivenDetonation', 0.51))).not.toBe(
      scenarioHash(minusma2020),
    );
    expect(scenarioHash(minusma2020)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('canonicalJson sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: -0 }] })).toBe(
      '{"a":[1,{"c":0}],"b":1}',
    );
  });
});

describe('deepFreeze(value)', () => {
  it('freezes everything reachable, including shared and deep parts', () => {
    const shared = { x: 1 };
    let deep: unknown = { y: 2 };
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const v = deepFreeze({ a: shared, b: shared, deep });
    expect(isDeepFrozen(v)).toBe(true);
  });
});

describe('setValueAt(scenario, path, value, by)', () => {
  it('sets a mission number by element id and records the change as an assumption', () => {
    const route = minusma2020.mission.routes.find((r) => r.lengthKm !== undefined)!;
    const before = route.lengthKm!;
    const v = setValueAt(minusma2020, `mission.routes.${route.id}.lengthKm`, 400, 'test');
    const after = v.mission.routes.find((r) => r.id === route.id)!.lengthKm!;
    expect(after.value).toBe(400);
    expect(after.source).toEqual({
      kind: 'assumption',
      rationale: `set by test (base value ${before.value})`,
    });
    expect(before.source.kind).not.toBe('assumption');
    // The same through `.value`, and a plain (unsourced) field keeps no wrapper.
    const w = setValueAt(minusma2020, `mission.routes.${route.id}.lengthKm.value`, 401, 'test');
    expect(w.mission.routes.find((r) => r.id === route.id)!.lengthKm!.source.kind).toBe(
      'assumption',
    );
    expect(setValueAt(minusma2020, 'horizonDays', 300, 'test').horizonDays).toBe(300);
  });

  it('rejects a path that leads nowhere and a value of another type', () => {
    expect(() => setValueAt(minusma2020, 'mission.nope', 1, 't')).toThrow(InvalidArgumentError);
    expect(() => setValueAt(minusma2020, 'horizonDays', 'long', 't')).toThrow(InvalidArgumentError);
  });
});
