import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { ScenarioValidationError, type ValidationIssue } from '../../src/errors.js';
import { checkScenario, validateScenario } from '../../src/scenario/validate.js';

// biome-ignore lint/suspicious/noExplicitAny: the cases mutate arbitrary parts of a cloned scenario
type Mutable = Record<string, any>;

function issuesOf(mutate: (s: Mutable) => void): ValidationIssue[] {
  const s = structuredClone(minusma2020) as Mutable;
  mutate(s);
  const r = checkScenario(s);
  return r.ok ? [] : [...r.issues];
}

const step = (over: Mutable): Mutable => ({
  id: 'extra-step',
  title: 'Extra step',
  date: '2021-01-01',
  status: 'planned',
  source: { kind: 'assumption', rationale: 'test' },
  action: { kind: 'milestone' },
  ...over,
});

const unit = (over: Mutable): Mutable => ({
  id: 'extra-unit',
  name: 'Extra unit',
  kind: 'infantry',
  strength: { value: 100, source: { kind: 'assumption', rationale: 'test' } },
  base: 'gao',
  capabilities: [],
  ...over,
});

interface Case {
  readonly name: string;
  readonly mutate: (s: Mutable) => void;
  /** Expected issue paths, with a fragment of each message. */
  readonly expect: readonly (readonly [string, string])[];
}

const CASES: readonly Case[] = [
  {
    name: 'negative route length',
    mutate: (s) => {
      delete s.mission.routes[3].roadFactor;
      s.mission.routes[3].lengthKm = { value: -5, source: { kind: 'assumption', rationale: 'x' } };
    },
    expect: [['mission.routes[3].lengthKm.value', 'expected a positive number, got -5']],
  },
  {
    name: 'missing route endpoint',
    mutate: (s) => {
      s.mission.routes[1].to = 'atlantis';
    },
    expect: [['mission.routes[1].to', 'expected the id of a place, got "atlantis"']],
  },
  {
    name: 'route endpoint field removed',
    mutate: (s) => {
      delete s.mission.routes[1].from;
    },
    expect: [['mission.routes[1].from', 'required field is missing']],
  },
  {
    name: 'unknown via',
    mutate: (s) => {
      s.mission.routes[0].via = ['ansongo', 'nowhere'];
    },
    expect: [['mission.routes[0].via[1]', 'expected the id of a place']],
  },
  {
    name: 'route with both lengthKm and roadFactor',
    mutate: (s) => {
      s.mission.routes[0].lengthKm = { value: 200, source: { kind: 'assumption', rationale: 'x' } };
    },
    expect: [['mission.routes[0]', 'exactly one of lengthKm and roadFactor, got both']],
  },
  {
    name: 'unknown unit base',
    mutate: (s) => {
      s.mission.units[5].base = 'paris';
    },
    expect: [['mission.units[5].base', 'got "paris"']],
  },
  {
    name: 'unit based at a place without a base',
    mutate: (s) => {
      s.mission.units[5].base = 'bandiagara';
    },
    expect: [['mission.units[5].base', 'holding a base']],
  },
  {
    name: 'fleet split not adding up',
    mutate: (s) => {
      s.mission.armouredFleet.inMaintenance.value = 30;
    },
    expect: [
      [
        'mission.armouredFleet',
        'inDailyUse + inMaintenance + awaitingReplacement = total (562), got 559',
      ],
    ],
  },
  {
    name: 'sectors not summing to the fleet total',
    mutate: (s) => {
      s.mission.armouredFleet.bySector[0].vehicles.value = 100;
    },
    expect: [['mission.armouredFleet.bySector', 'sum to total (562), got 532']],
  },
  {
    name: 'initial split not matching the total',
    mutate: (s) => {
      s.parameters.fleet.initial.inDailyUse.value = 473;
    },
    expect: [['parameters.fleet.initial', 'got 552']],
  },
  {
    name: 'fraction above 1',
    mutate: (s) => {
      s.mission.helicopterMilitaryShare.value = 1.25;
    },
    expect: [['mission.helicopterMilitaryShare.value', 'expected a fraction in [0, 1], got 1.25']],
  },
  {
    name: 'NaN',
    mutate: (s) => {
      s.mission.routes[2].movementsPerMonth = {
        value: Number.NaN,
        source: { kind: 'assumption', rationale: 'x' },
      };
    },
    expect: [['mission.routes[2].movementsPerMonth.value', 'got NaN']],
  },
  {
    name: 'Infinity',
    mutate: (s) => {
      s.parameters.response.groundSpeedKmh = {
        value: Number.POSITIVE_INFINITY,
        source: { kind: 'assumption', rationale: 'x' },
      };
    },
    expect: [
      ['parameters.response.groundSpeedKmh.value', 'expected a finite number, got Infinity'],
    ],
  },
  {
    name: 'non-integer count',
    mutate: (s) => {
      s.mission.armouredFleet.bySector[1].workshopBays = {
        value: 2.5,
        source: { kind: 'assumption', rationale: 'x' },
      };
    },
    expect: [['mission.armouredFleet.bySector[1].workshopBays.value', 'integer, got 2.5']],
  },
  {
    name: 'bad date',
    mutate: (s) => {
      s.plan[2].date = '2021-02-30';
    },
    expect: [['plan[2].date', 'expected a real date YYYY-MM-DD, got "2021-02-30"']],
  },
  {
    name: 'unknown key',
    mutate: (s) => {
      s.mission.units[0].colour = 'blue';
    },
    expect: [['mission.units[0].colour', 'unknown key']],
  },
  {
    name: 'duplicate id',
    mutate: (s) => {
      s.mission.places.push({ ...s.mission.places[1] });
    },
    expect: [
      [
        `mission.places[${minusma2020.mission.places.length}].id`,
        'expected a unique place id, got "kidal"',
      ],
    ],
  },
  {
    name: 'bad kebab id',
    mutate: (s) => {
      s.mission.sectors[0].id = 'North Sector';
    },
    expect: [['mission.sectors[0].id', 'kebab-case']],
  },
  {
    name: 'cyclic after',
    mutate: (s) => {
      s.plan.push(step({ id: 'a', after: ['b'] }), step({ id: 'b', after: ['a'] }));
    },
    expect: [
      [`plan[${minusma2020.plan.length}].after`, 'cycle'],
      [`plan[${minusma2020.plan.length + 1}].after`, 'cycle'],
    ],
  },
  {
    name: 'unknown after',
    mutate: (s) => {
      s.plan.push(step({ after: ['never-defined'] }));
    },
    expect: [[`plan[${minusma2020.plan.length}].after[0]`, 'expected the id of a plan step']],
  },
  {
    name: 'invalid distribution',
    mutate: (s) => {
      s.parameters.fleet.repairDays.value = { dist: 'lognormal', mean: 7, sd: -1 };
    },
    expect: [['parameters.fleet.repairDays.value.sd', 'expected a non-negative number, got -1']],
  },
  {
    name: 'unknown distribution',
    mutate: (s) => {
      s.parameters.casevac.loadingMin.value = { dist: 'cauchy', x: 1 };
    },
    expect: [['parameters.casevac.loadingMin.value.dist', 'got "cauchy"']],
  },
  {
    name: 'distribution that can draw negative durations',
    mutate: (s) => {
      s.parameters.response.onSceneHours.value = { dist: 'normal', mean: 12, sd: 4 };
    },
    expect: [['parameters.response.onSceneHours.value.dist', 'non-negative values']],
  },
  {
    name: 'set-parameter to a bad path',
    mutate: (s) => {
      s.plan.push(step({ action: { kind: 'set-parameter', path: 'ied.noSuchThing', value: 1 } }));
    },
    expect: [[`plan[${minusma2020.plan.length}].action.path`, 'got "ied.noSuchThing"']],
  },
  {
    name: 'set-parameter to a distribution',
    mutate: (s) => {
      s.plan.push(step({ action: { kind: 'set-parameter', path: 'fleet.repairDays', value: 3 } }));
    },
    expect: [[`plan[${minusma2020.plan.length}].action.path`, 'Sourced number']],
  },
  {
    name: 'set-parameter out of domain',
    mutate: (s) => {
      s.plan.push(
        step({ action: { kind: 'set-parameter', path: 'ied.damageGivenDetonation', value: 1.5 } }),
      );
    },
    expect: [[`plan[${minusma2020.plan.length}].action.value`, 'fraction in [0, 1]']],
  },
  {
    name: 'plan step before the start',
    mutate: (s) => {
      s.plan.push(step({ date: '2020-06-30' }));
    },
    expect: [[`plan[${minusma2020.plan.length}].date`, "on or after the scenario's startDate"]],
  },
  {
    name: 'transfer of a unit that is not (yet) in the mission',
    mutate: (s) => {
      s.plan.push(
        step({
          date: '2020-11-01',
          action: {
            kind: 'transfer-unit',
            unit: 'gao-rapid-reaction-force',
            to: 'mopti',
            movementDays: { value: 1, source: { kind: 'assumption', rationale: 'x' } },
          },
        }),
      );
    },
    expect: [
      [`plan[${minusma2020.plan.length}].action.unit`, 'when the step takes effect (2020-11-01)'],
    ],
  },
  {
    name: 'transfer of a repatriated unit',
    mutate: (s) => {
      s.plan.push(
        step({ date: '2020-11-01', action: { kind: 'repatriate-unit', unit: 'romania-puma-gao' } }),
      );
    },
    expect: [[`plan[${minusma2020.plan.length}].action.unit`, 'got "romania-puma-gao"']],
  },
  {
    name: 'deploy a unit with an existing id',
    mutate: (s) => {
      s.plan.push(
        step({ action: { kind: 'deploy-unit', unit: unit({ id: 'gao-infantry-battalion' }) } }),
      );
    },
    expect: [[`plan[${minusma2020.plan.length}].action.unit.id`, 'not used before']],
  },
  {
    name: 'helicopter unit without aircraft',
    mutate: (s) => {
      s.plan.push(
        step({ action: { kind: 'deploy-unit', unit: unit({ kind: 'helicopter-unit' }) } }),
      );
    },
    expect: [
      [`plan[${minusma2020.plan.length}].action.unit.aircraft`, 'required field is missing'],
    ],
  },
  {
    name: 'close a base that still holds units',
    mutate: (s) => {
      s.plan.push(step({ action: { kind: 'close-base', place: 'ber' } }));
    },
    expect: [[`plan[${minusma2020.plan.length}].action.place`, 'expected an empty base']],
  },
  {
    name: 'unknown action kind',
    mutate: (s) => {
      s.plan[0].action = { kind: 'teleport' };
    },
    expect: [['plan[0].action.kind', 'got "teleport"']],
  },
  {
    name: 'surgical teams at a role 1 facility',
    mutate: (s) => {
      s.mission.medical[1].surgicalTeams = {
        value: 1,
        source: { kind: 'assumption', rationale: 'x' },
      };
    },
    expect: [['mission.medical[1].surgicalTeams.value', 'expected 0 surgical teams']],
  },
  {
    name: 'IED counts inconsistent',
    mutate: (s) => {
      s.mission.ied.detonated.value = 25;
    },
    expect: [['mission.ied', 'neutralised + detonated <= againstMission (39), got 44']],
  },
  {
    name: 'empty rationale',
    mutate: (s) => {
      s.mission.routes[0].convoySpeedKmh = {
        value: 30,
        source: { kind: 'assumption', rationale: '' },
      };
    },
    expect: [['mission.routes[0].convoySpeedKmh.source.rationale', 'non-empty']],
  },
  {
    name: 'wrong schema version',
    mutate: (s) => {
      s.schemaVersion = 2;
    },
    expect: [['schemaVersion', 'expected 1, got 2']],
  },
  {
    name: 'mitigation on an unknown route',
    mutate: (s) => {
      s.parameters.ied.mitigations[0].routes = ['gao-kidal', 'moon-road'];
    },
    expect: [['parameters.ied.mitigations[0].routes[1]', 'expected the id of a route']],
  },
];

describe('validateScenario(input) route sectors', () => {
  it('reports a route with neither end inside a sector (its convoys would have no fleet)', () => {
    const issues = issuesOf((s) => {
      const route = s.mission.routes[0]!;
      for (const p of s.mission.places) {
        if (p.id === route.from || p.id === route.to) delete (p as { sector?: string }).sector;
      }
    });
    expect(
      issues.some((i) => i.path === 'mission.routes[0]' && i.message.includes('inside a sector')),
    ).toBe(true);
  });
});

describe('validateScenario(input) catalogue of bad scenarios', () => {
  it('has at least 15 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
  });

  for (const c of CASES) {
    it(`reports ${c.name}`, () => {
      const issues = issuesOf(c.mutate);
      for (const [path, fragment] of c.expect) {
        const hit = issues.find((i) => i.path === path && i.message.includes(fragment));
        expect(hit, `${path}: ${fragment}\n got ${JSON.stringify(issues, null, 1)}`).toBeDefined();
      }
    });
  }

  it('reports every problem at once', () => {
    const s = structuredClone(minusma2020) as Mutable;
    for (const c of CASES) {
      if (c.name === 'unknown action kind' || c.name === 'duplicate id') continue;
      c.mutate(s);
    }
    let error: unknown;
    try {
      validateScenario(s, 'catalogue.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioValidationError);
    const issues = (error as ScenarioValidationError).issues;
    expect(issues.length).toBeGreaterThanOrEqual(25);
    expect((error as Error).message).toContain('invalid scenario catalogue.json');
    expect((error as Error).message).toContain(
      'mission.routes[3].lengthKm.value: expected a positive number, got -5',
    );
  });

  it('accepts a unit deployed by one step and transferred by a later one', () => {
    const issues = issuesOf((s) => {
      s.plan.push(
        step({
          id: 'transfer-rrf',
          date: '2021-06-01',
          action: {
            kind: 'transfer-unit',
            unit: 'gao-rapid-reaction-force',
            to: 'mopti',
            movementDays: { value: 2, source: { kind: 'assumption', rationale: 'x' } },
          },
        }),
      );
    });
    expect(issues).toEqual([]);
  });

  it('accepts a step dated after the horizon (it never takes effect in the run)', () => {
    const issues = issuesOf((s) => {
      s.plan.push(step({ date: '2030-06-01' }));
    });
    expect(issues).toEqual([]);
  });

  it('orders gated steps by when they take effect', () => {
    // The new Mopti helicopter unit takes effect with the expansion (2021-10-01); repatriating it
    // on 2021-09-01 is before it exists.
    const issues = issuesOf((s) => {
      s.plan.push(
        step({
          date: '2021-09-01',
          action: { kind: 'repatriate-unit', unit: 'mopti-helicopter-unit' },
        }),
      );
    });
    expect(issues.map((i) => i.path)).toEqual([`plan[${minusma2020.plan.length}].action.unit`]);
  });

  it('returns a deep-frozen copy', () => {
    const s = validateScenario(structuredClone(minusma2020));
    expect(Object.isFrozen(s.mission.routes[0]?.convoySpeedKmh)).toBe(true);
    expect(s).toEqual(minusma2020);
  });
});

describe('validateScenario(input) never throws anything but ScenarioValidationError', () => {
  const onlyValidationErrors = (input: unknown): void => {
    try {
      validateScenario(input);
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioValidationError);
      expect((e as ScenarioValidationError).issues.length).toBeGreaterThan(0);
    }
  };

  it('for arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withBoxedValues: true,
        }),
        onlyValidationErrors,
      ),
      { numRuns: 300 },
    );
  });

  it('for the scenario with random values planted at random places', () => {
    const paths: string[][] = [];
    const collect = (x: unknown, path: string[]): void => {
      if (typeof x !== 'object' || x === null) return;
      for (const [k, v] of Object.entries(x)) {
        paths.push([...path, k]);
        collect(v, [...path, k]);
      }
    };
    collect(minusma2020, []);
    const junk = fc.oneof(
      fc.anything(),
      fc.constantFrom(
        Number.NaN,
        Number.POSITIVE_INFINITY,
        -1,
        0,
        1e308,
        '',
        'x'.repeat(100_000),
        [],
        {},
        null,
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(paths.length - 1), junk), { minLength: 1, maxLength: 6 }),
        (plants) => {
          const s = structuredClone(minusma2020) as Mutable;
          for (const [i, value] of plants) {
            const path = paths[i] as string[];
            let node: Mutable | undefined = s;
            for (const k of path.slice(0, -1)) node = node?.[k];
            // Constant junk values are shared and may be frozen: plant only into live objects.
            if (typeof node === 'object' && node !== null && Object.isExtensible(node)) {
              node[path[path.length - 1] as string] = value;
            }
          }
          onlyValidationErrors(s);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('for deep nesting and huge arrays, in bounded time', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50_000; i++) deep = [deep];
    const s = structuredClone(minusma2020) as Mutable;
    s.description = deep;
    s.mission.places[0].name = deep;
    const t0 = performance.now();
    onlyValidationErrors(s);
    onlyValidationErrors(deep);
    const many = structuredClone(minusma2020) as Mutable;
    many.plan = Array.from({ length: 5000 }, (_, i) =>
      step({ id: `s-${i}`, after: i > 0 ? [`s-${i - 1}`] : [] }),
    );
    expect(checkScenario(many).ok).toBe(true);
    many.plan[0].after = ['s-4999'];
    onlyValidationErrors(many);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
