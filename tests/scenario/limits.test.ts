import fc from 'fast-check';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../scenarios/index.js';
import { minusma2020 } from '../../src/data/index.js';
import {
  checkLimits,
  MAX_AIRFRAMES,
  MAX_HORIZON_DAYS,
  MAX_PLACES,
  MAX_ROUTES,
  MAX_UNITS,
  MAX_VEHICLES,
} from '../../src/scenario/limits.js';
import type { Scenario } from '../../src/scenario/types.js';

/** A mutable deep copy of the embedded scenario. */
function copy(): Draft<Scenario> {
  return structuredClone(minusma2020) as unknown as Draft<Scenario>;
}

const paths = (s: unknown) => checkLimits(s).map((i) => i.path);

describe('checkLimits(scenario)', () => {
  it('checkLimits(s) is [] for the embedded and every built-in scenario', () => {
    expect(checkLimits(minusma2020)).toEqual([]);
    for (const s of Object.values(builtInScenarios)) expect(checkLimits(s)).toEqual([]);
  });

  it('checkLimits(s) reports 10¹⁰ vehicles at each count that sizes the fleet, with the bound', () => {
    const s = copy();
    s.mission.armouredFleet.total.value = 1e10;
    s.parameters.fleet.initial.inDailyUse.value = 1e10;
    const issues = checkLimits(s);
    expect(issues.map((i) => i.path)).toEqual([
      'mission.armouredFleet.total.value',
      'parameters.fleet.initial.inDailyUse.value',
    ]);
    expect(issues[0]?.message).toMatch(
      /^expected at most 250,000 vehicles, got 10,000,000,000: about [\d.]+ TB of memory, against 358 MB at the bound$/,
    );
  });

  it('checkLimits(s) counts the plan’s deliveries with the fleet', () => {
    const s = copy();
    const step = s.plan.find((p) => p.action.kind === 'deliver-vehicles');
    expect(step).toBeDefined();
    if (step?.action.kind !== 'deliver-vehicles') return;
    step.action.count.value = MAX_VEHICLES - 100;
    expect(paths(s)).toEqual(['plan']);
    step.action.count.value = MAX_VEHICLES + 1;
    expect(paths(s)).toEqual([`plan[${s.plan.indexOf(step)}].action.count.value`]);
  });

  it('checkLimits(s) bounds airframes per unit and in all, units, places, routes and days', () => {
    const heli = copy();
    const unit = heli.mission.units.findIndex((u) => u.aircraft !== undefined);
    heli.mission.units[unit]!.aircraft!.count.value = MAX_AIRFRAMES + 1;
    expect(paths(heli)).toEqual([`mission.units[${unit}].aircraft.count.value`]);

    const many = copy();
    const base = many.mission.units[0]!;
    const place = many.mission.places[0]!;
    const route = many.mission.routes[0]!;
    many.mission.units = Array.from({ length: MAX_UNITS + 1 }, () => base);
    many.mission.places = Array.from({ length: MAX_PLACES + 1 }, () => place);
    many.mission.routes = Array.from({ length: MAX_ROUTES + 1 }, () => route);
    many.horizonDays = MAX_HORIZON_DAYS + 1;
    expect(paths(many)).toEqual([
      'mission.units',
      'mission.places',
      'mission.routes',
      'horizonDays',
    ]);
    const byPath = new Map(checkLimits(many).map((i) => [i.path, i.message]));
    expect(byPath.get('mission.places')).toContain('at most 4,000 places');
    expect(byPath.get('mission.routes')).toContain('at most 2,000 routes');
    expect(byPath.get('horizonDays')).toContain('at most 36,500 days');
  });

  it('checkLimits(anything) never throws and returns issues with paths', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (x) => {
        for (const issue of checkLimits(x)) {
          expect(typeof issue.path).toBe('string');
          expect(issue.message).toMatch(/^expected at most /);
        }
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
