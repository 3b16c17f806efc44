import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { InvalidArgumentError, ScenarioValidationError } from '../../src/errors.js';
import { deepFreeze, isDeepFrozen } from '../../src/scenario/freeze.js';
import { canonicalJson, scenarioHash } from '../../src/scenario/hash.js';
import { validateScenario } from '../../src/scenario/validate.js';
import { setValue, variant } from '../../src/scenario/variant.js';

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

describe('setValue(scenario, path, value, by)', () => {
  it('moves a plan step by its id', () => {
    const v = setValue(minusma2020, 'plan[mopti-camp-expansion].date', '2021-12-01');
    expect(v.plan.find((s) => s.id === 'mopti-camp-expansion')?.date).toBe('2021-12-01');
    expect(JSON.stringify(minusma2020)).toBe(snapshot);
    expect(setValue(minusma2020, 'plan.mopti-camp-expansion.date', '2021-12-01')).toEqual(v);
  });
  it('rejects unknown steps, bad dates and dates before the start; a date past the horizon is valid', () => {
    expect(() => setValue(minusma2020, 'plan[nope].date', '2021-01-01')).toThrow(
      InvalidArgumentError,
    );
    expect(() => setValue(minusma2020, 'plan[mopti-camp-expansion].date', '2021-13-01')).toThrow(
      ScenarioValidationError,
    );
    expect(() => setValue(minusma2020, 'plan[mopti-camp-expansion].date', '2020-01-01')).toThrow(
      ScenarioValidationError,
    );
    expect(
      setValue(minusma2020, 'plan[mopti-camp-expansion].date', '2023-01-01').plan,
    ).toHaveLength(minusma2020.plan.length);
  });
  it('keeps the Sourced wrapper and records the change as an assumption', () => {
    const v = setValue(minusma2020, 'ied.damageGivenDetonation', 0.3, 'sweep ied-damage');
    expect(v.parameters.ied.damageGivenDetonation).toEqual({
      value: 0.3,
      source: { kind: 'assumption', rationale: 'set by sweep ied-damage (base value 0.5)' },
    });
    expect(minusma2020.parameters.ied.damageGivenDetonation.value).toBe(0.5);
  });
  it('sets a parameter by any of its path spellings', () => {
    const before = minusma2020.parameters.aviation.mtbfDays.value;
    for (const path of [
      'aviation.mtbfDays',
      'parameters.aviation.mtbfDays',
      'parameters.aviation.mtbfDays.value',
    ]) {
      const s = setValue(minusma2020, path, before + 6, 'test');
      expect(s.parameters.aviation.mtbfDays.value).toBe(before + 6);
      expect(s.parameters.aviation.mtbfDays.source).toMatchObject({ kind: 'assumption' });
    }
  });
  it('addresses array elements by index, by id and by a field, in brackets or after a dot', () => {
    const paths = [
      'ied.mitigations.toolbox.detectionMultiplier',
      'ied.mitigations[toolbox].detectionMultiplier',
      'ied.mitigations[0].detectionMultiplier',
      'ied.mitigations.0.detectionMultiplier',
      'ied.mitigations[name=Operation Toolbox].detectionMultiplier',
    ];
    for (const path of paths) {
      const v = setValue(minusma2020, path, 1.5);
      expect(v.parameters.ied.mitigations[0]?.detectionMultiplier.value, path).toBe(1.5);
    }
    const centre = setValue(
      minusma2020,
      'mission.armouredFleet.bySector[sector=centre].workshopBays',
      20,
    );
    const i = minusma2020.mission.armouredFleet.bySector.findIndex((s) => s.sector === 'centre');
    expect(centre.mission.armouredFleet.bySector[i]?.workshopBays.value).toBe(20);
    expect(setValue(minusma2020, `mission.armouredFleet.bySector[${i}].workshopBays`, 20)).toEqual(
      centre,
    );
  });
  it('accepts distributions and numbers inside them, keeping provenance true', () => {
    const w = setValue(minusma2020, 'parameters.fleet.repairDays', {
      dist: 'gamma',
      shape: 2,
      scale: 3,
    });
    expect(w.parameters.fleet.repairDays.value).toEqual({ dist: 'gamma', shape: 2, scale: 3 });
    expect(w.parameters.fleet.repairDays.source.kind).toBe('assumption');
    const m = setValue(minusma2020, 'fleet.repairDays.value.mean', 12, 'test');
    expect(m.parameters.fleet.repairDays.value).toEqual({ dist: 'lognormal', mean: 12, sd: 6.65 });
    expect(m.parameters.fleet.repairDays.source).toEqual({
      kind: 'assumption',
      rationale: 'set by test (base value lognormal(mean 9.5, sd 6.65))',
    });
  });
  it('sets a mission number by element id and records the change as an assumption', () => {
    const route = minusma2020.mission.routes.find((r) => r.lengthKm !== undefined)!;
    const before = route.lengthKm!;
    const v = setValue(minusma2020, `mission.routes.${route.id}.lengthKm`, 400, 'test');
    const after = v.mission.routes.find((r) => r.id === route.id)!.lengthKm!;
    expect(after.value).toBe(400);
    expect(after.source).toEqual({
      kind: 'assumption',
      rationale: `set by test (base value ${before.value})`,
    });
    expect(before.source.kind).not.toBe('assumption');
    const w = setValue(minusma2020, `mission.routes.${route.id}.lengthKm.value`, 401, 'test');
    expect(w.mission.routes.find((r) => r.id === route.id)!.lengthKm!.source.kind).toBe(
      'assumption',
    );
    expect(setValue(minusma2020, 'horizonDays', 300, 'test').horizonDays).toBe(300);
    expect(setValue(minusma2020, 'question', 'What if?', 'test').question).toBe('What if?');
  });
  it('names the part of a path that leads nowhere, and rejects mismatched kinds and out-of-domain values', () => {
    expect(() => setValue(minusma2020, 'ied.nothing', 1)).toThrow(
      /'nothing' leads nowhere from parameters\.ied/,
    );
    expect(() => setValue(minusma2020, 'mission.nope.x', 1)).toThrow(
      /'nope' leads nowhere from mission/,
    );
    expect(() => setValue(minusma2020, 'fleet.initial', 1)).toThrow(InvalidArgumentError);
    expect(() => setValue(minusma2020, 'fleet.repairDays', 3)).toThrow(InvalidArgumentError);
    expect(() => setValue(minusma2020, 'question', 3)).toThrow(InvalidArgumentError);
    expect(() => setValue(minusma2020, 'horizonDays', 'long')).toThrow(InvalidArgumentError);
    expect(() => setValue(minusma2020, 'ied.damageGivenDetonation', 2)).toThrow(
      ScenarioValidationError,
    );
    expect(() => setValue(minusma2020, 'aviation.mtbfDays', -1)).toThrow(ScenarioValidationError);
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
    expect(scenarioHash(setValue(minusma2020, 'ied.damageGivenDetonation', 0.51))).not.toBe(
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
