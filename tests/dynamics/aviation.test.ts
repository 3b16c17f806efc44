import { describe, expect, it } from 'vitest';
import { aviation, buildMission, type TaskHandle } from '../../src/dynamics/index.js';
import type { Unit } from '../../src/model/mission.js';
import { assumed } from '../../src/model/provenance.js';
import { smallScenario } from './fixtures.js';

const town = { latDeg: 15 + 100 / 111.195, lonDeg: 0 };

function civilianHelo(): Unit {
  return {
    id: 'civ-helo',
    name: 'Mission aviation',
    kind: 'helicopter-unit',
    strength: assumed(20, 'test'),
    base: 'camp',
    capabilities: ['air-lift'],
    aircraft: {
      type: 'Mi-8',
      role: 'utility',
      count: assumed(1, 'test'),
      cruiseSpeedKmh: assumed(200, 'test'),
      nightCapable: false,
      militaryTasking: false,
    },
  };
}

describe('aviation tasking', () => {
  it('casualty evacuation pre-empts logistics; a reaction lift waits its turn (exact trace)', () => {
    const run = buildMission(smallScenario({ helicopters: 1, horizonDays: 10 }), {
      seed: 1,
      replication: 0,
    });
    const { env } = run.runtime;
    const log: string[] = [];
    const watch = (name: string, h: TaskHandle) => {
      h.assigned.addCallback((e) =>
        log.push(`${env.now.toFixed(2)} ${name} ${e.value ? 'assigned' : 'refused'}`),
      );
      h.done.addCallback((e) =>
        log.push(`${env.now.toFixed(2)} ${name} ${e.value ? 'done' : 'aborted'}`),
      );
    };
    env.timeout(1).addCallback(() =>
      watch(
        'logistics',
        run.part(aviation).request({
          kind: 'logistics',
          blockHours: 5,
          military: false,
          maxWaitHours: 12,
          groundMin: 0,
        }),
      ),
    );
    env.timeout(2).addCallback(() =>
      watch(
        'lift',
        run.part(aviation).request({
          kind: 'reaction-lift',
          pickup: town,
          destination: town,
          military: true,
          maxWaitHours: 24,
          groundMin: 0,
        }),
      ),
    );
    env.timeout(3).addCallback(() =>
      watch(
        'casevac',
        run.part(aviation).request({
          kind: 'casualty-evacuation',
          pickup: town,
          destination: town,
          military: false,
          maxWaitHours: 1,
          groundMin: 0,
        }),
      ),
    );
    env.run({ until: 24 });
    // Launch delay 0.5 h; 100 km each way at 200 km/h = 0.5 h; the casevac flies out, delivers at the pick-up, returns.
    expect(log).toEqual([
      '1.00 logistics assigned',
      '3.00 casevac assigned',
      '3.00 logistics aborted',
      '4.00 casevac done',
      '4.50 lift assigned',
      '5.50 lift done',
    ]);
    expect(run.runtime.metrics.get('aviation.tasksPreempted.task.logistics')).toBe(1);
  });

  it('military tasks never fly on aircraft the military component cannot task; they are refused after their wait', () => {
    const scenario = smallScenario({
      helicopters: 0,
      horizonDays: 5,
      extraUnits: [civilianHelo()],
    });
    const run = buildMission(scenario, { seed: 1, replication: 0 });
    const { env } = run.runtime;
    let outcome = 'pending';
    let casevac = 'pending';
    env.timeout(10).addCallback(() => {
      const h = run.part(aviation).request({
        kind: 'reaction-lift',
        pickup: town,
        destination: town,
        military: true,
        maxWaitHours: 2,
        groundMin: 0,
      });
      h.assigned.addCallback((e) => {
        outcome = `${env.now} ${e.value === null ? 'refused' : 'assigned'}`;
      });
      const c = run.part(aviation).request({
        kind: 'casualty-evacuation',
        pickup: town,
        military: false,
        maxWaitHours: 1,
        groundMin: 0,
      });
      c.assigned.addCallback((e) => {
        casevac = `${env.now} ${e.value === null ? 'refused' : 'assigned'}`;
      });
    });
    env.run({ until: 48 });
    expect(outcome).toBe('12 refused');
    expect(casevac).toBe('10 assigned');
  });

  it('aircraft that cannot fly at night take a night request at daylight start', () => {
    const scenario = smallScenario({
      helicopters: 0,
      horizonDays: 5,
      extraUnits: [civilianHelo()],
    });
    const s2 = {
      ...scenario,
      parameters: {
        ...scenario.parameters,
        aviation: {
          ...scenario.parameters.aviation,
          daylightStartHour: assumed(6, 'test'),
          daylightEndHour: assumed(18, 'test'),
        },
      },
    };
    const run = buildMission(s2, { seed: 1, replication: 0 });
    const { env } = run.runtime;
    let at = Number.NaN;
    env.timeout(20).addCallback(() => {
      const h = run.part(aviation).request({
        kind: 'logistics',
        blockHours: 1,
        military: false,
        maxWaitHours: 24,
        groundMin: 0,
      });
      h.assigned.addCallback(() => {
        at = env.now;
      });
    });
    env.run({ until: 48 });
    expect(at).toBe(30); // requested at 20:00, assigned at 06:00 next day
  });

  it('a flight pre-empted on the ground is charged only the legs it flew', () => {
    const run = buildMission(smallScenario({ helicopters: 1, horizonDays: 10 }), {
      seed: 1,
      replication: 0,
    });
    const { env } = run.runtime;
    // Lift: launch 0.5 h, 0.5 h out to the town (airborne 1.5 → 2.0), then 60 min boarding.
    env.timeout(1).addCallback(() =>
      run.part(aviation).request({
        kind: 'reaction-lift',
        pickup: town,
        destination: town,
        military: true,
        maxWaitHours: 1,
        groundMin: 60,
      }),
    );
    // Casualty evacuation at 2.5 h pre-empts it on the ground: launch 0.5, out 0.5, back 0.5.
    env.timeout(2.5).addCallback(() =>
      run.part(aviation).request({
        kind: 'casualty-evacuation',
        pickup: town,
        military: false,
        maxWaitHours: 1,
        groundMin: 0,
      }),
    );
    env.run({ until: 24 });
    expect(run.runtime.metrics.get('aviation.tasksPreempted.task.reaction-lift')).toBe(1);
    expect(run.runtime.metrics.get('aviation.flightHours')).toBeCloseTo(0.5 + 1.0, 4);
  });
});
