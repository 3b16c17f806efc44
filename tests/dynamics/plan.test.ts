import { describe, expect, it } from 'vitest';
import type { PlanStep } from '../../src/dynamics/format.js';
import {
  buildMission,
  force,
  type IedParameters,
  simulateMission,
} from '../../src/dynamics/index.js';
import { withParameter } from '../../src/dynamics/plan.js';
import { schedulePlan } from '../../src/model/plan.js';
import { assumed } from '../../src/model/provenance.js';
import { smallScenario } from './fixtures.js';

const src = { kind: 'assumption', rationale: 'test' } as const;

describe('plan steps', () => {
  it('schedulePlan(steps, start) applies a step at the later of its date and its prerequisites', () => {
    const steps: PlanStep[] = [
      {
        id: 'camp',
        title: 'Camp',
        date: '2020-07-21',
        status: 'delayed',
        source: src,
        action: { kind: 'milestone' },
      },
      {
        id: 'helo',
        title: 'Helo',
        date: '2020-07-05',
        status: 'planned',
        source: src,
        after: ['camp'],
        action: { kind: 'milestone' },
      },
      {
        id: 'late',
        title: 'Late',
        date: '2020-08-01',
        status: 'planned',
        source: src,
        after: ['camp'],
        action: { kind: 'milestone' },
      },
    ];
    const { effectiveDay, order, problems } = schedulePlan(steps, '2020-07-01');
    expect(effectiveDay).toEqual([20, 20, 31]);
    expect(order).toEqual([0, 1, 2]);
    expect(problems).toEqual([]);
  });

  it('transfer, deploy, repatriate, surgical teams and parameters apply at their dates (exact trace)', () => {
    const helo = {
      id: 'new-helo',
      name: 'New helicopter unit',
      kind: 'helicopter-unit' as const,
      strength: assumed(100, 'test'),
      base: 'camp',
      capabilities: ['air-lift' as const],
      aircraft: {
        type: 'Mi-17',
        role: 'utility' as const,
        count: assumed(3, 'test'),
        cruiseSpeedKmh: assumed(220, 'test'),
        nightCapable: true,
        militaryTasking: true,
      },
    };
    const plan: PlanStep[] = [
      {
        id: 'move-qrf',
        title: 'QRF to town',
        date: '2020-07-03',
        status: 'done',
        source: src,
        action: {
          kind: 'transfer-unit',
          unit: 'qrf',
          to: 'town',
          movementDays: assumed(2, 'test'),
        },
      },
      {
        id: 'camp-ready',
        title: 'Camp ready',
        date: '2020-07-10',
        status: 'delayed',
        source: src,
        action: { kind: 'milestone' },
      },
      {
        id: 'helo-arrives',
        title: 'Helicopters arrive',
        date: '2020-07-05',
        status: 'planned',
        source: src,
        after: ['camp-ready'],
        action: { kind: 'deploy-unit', unit: helo },
      },
      {
        id: 'helo-leaves',
        title: 'Helicopters leave',
        date: '2020-07-20',
        status: 'planned',
        source: src,
        action: { kind: 'repatriate-unit', unit: 'new-helo' },
      },
      {
        id: 'teams',
        title: 'Second team',
        date: '2020-07-04',
        status: 'planned',
        source: src,
        action: { kind: 'add-surgical-teams', facility: 'camp-role2', teams: assumed(1, 'test') },
      },
      {
        id: 'detect',
        title: 'Better detection',
        date: '2020-07-06',
        status: 'planned',
        source: src,
        action: { kind: 'set-parameter', path: 'ied.damageGivenDetonation', value: 0.1 },
      },
    ];
    const trace: string[] = [];
    const run = buildMission(smallScenario({ plan, horizonDays: 30 }), {
      seed: 1,
      replication: 0,
      trace: (t, what) => trace.push(`${t / 24} ${what}`),
    });
    const env = run.runtime.env;
    const away: boolean[] = [];
    for (const day of [3, 4, 5, 6])
      env.timeout(day * 24 + 1).addCallback(() => {
        const qrf = run.part(force).unit('qrf')!;
        away.push(qrf.moving || !qrf.present);
      });
    env.run({ until: 30 * 24 });
    expect(trace).toEqual([
      '2 plan move-qrf: transfer-unit',
      '3 plan teams: add-surgical-teams',
      '4 plan move-qrf: qrf arrives at town',
      '5 plan detect: set-parameter',
      '9 plan camp-ready: milestone',
      '9 plan helo-arrives: deploy-unit',
      '9 force: new-helo arrives at camp',
      '19 plan helo-leaves: repatriate-unit',
    ]);
    expect(away).toEqual([true, false, false, false]);
    expect(run.part(force).unit('qrf')!.base).toBe('town');
    expect((run.runtime.params.ied as IedParameters).damageGivenDetonation.value).toBe(0.1);
    const rec = simulateMission(smallScenario({ plan, horizonDays: 30 }), {
      seed: 1,
      replication: 0,
    });
    const present = rec.series['aviation.present']!;
    expect(present.slice(0, 9)).toEqual(new Array(9).fill(0));
    expect(present.slice(9, 19)).toEqual(new Array(10).fill(3));
    expect(present[19]).toBe(0);
  });

  it('withParameter(params, path, value) copies, and rejects a path that is not a sourced number', () => {
    const s = smallScenario();
    const p = withParameter(s.parameters, 'casevac.maxAirWaitMin', 45);
    expect(p.casevac.maxAirWaitMin.value).toBe(45);
    expect(s.parameters.casevac.maxAirWaitMin.value).toBe(30);
    expect(() => withParameter(s.parameters, 'casevac.nope', 1)).toThrow(
      /ending at a sourced number/,
    );
    expect(() => withParameter(s.parameters, 'casevac', 1)).toThrow(/sourced number/);
  });

  it('withParameter(params, path, value) addresses array elements by index or by id, as the validator does', () => {
    const s = smallScenario();
    const mit = {
      id: 'toolbox',
      name: 'Toolbox',
      start: '2020-07-01',
      detectionMultiplier: assumed(1, 'test'),
      damageMultiplier: assumed(1, 'test'),
      speedMultiplier: assumed(1, 'test'),
      source: src,
    };
    const params = { ...s.parameters, ied: { ...s.parameters.ied, mitigations: [mit] } };
    const byId = withParameter(params, 'ied.mitigations.toolbox.detectionMultiplier', 1.4);
    expect(byId.ied.mitigations[0]!.detectionMultiplier.value).toBe(1.4);
    const byIndex = withParameter(params, 'parameters.ied.mitigations.0.damageMultiplier', 0.7);
    expect(byIndex.ied.mitigations[0]!.damageMultiplier.value).toBe(0.7);
    expect(mit.detectionMultiplier.value).toBe(1);
  });
});
