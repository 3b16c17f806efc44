import { describe, expect, it } from 'vitest';
import { minusma2020 } from '../../src/data/index.js';
import { isOutcomeMetric, planStepEffects, withoutStep } from '../../src/experiment/index.js';
import { variant } from '../../src/scenario/variant.js';
import { smallScenario } from '../dynamics/fixtures.js';

describe('planStepEffects(scenario, { replications, seed })', () => {
  it('every step of the embedded plan moves an outcome metric (paired, 95 % interval excluding 0), or says why not', async () => {
    const effects = await planStepEffects(minusma2020, {
      replications: 10,
      seed: 2020,
      workers: 2,
    });
    expect(effects.map((e) => e.step)).toEqual(minusma2020.plan.map((s) => s.id));
    const lines = effects.map((e) => {
      const top = e.effects[0];
      const what =
        top === undefined
          ? `record only: ${e.recordOnly ?? '(no reason given)'}`
          : `${top.metric} ${top.diffMean >= 0 ? '+' : ''}${top.diffMean.toPrecision(3)} [${top.diffCiLow.toPrecision(3)}, ${top.diffCiHigh.toPrecision(3)}] (${e.effects.length} outcome metrics moved)`;
      return `${e.step}: ${what}`;
    });
    console.info(
      `What each plan step changes (with − without, 10 paired replications):\n${lines.join('\n')}`,
    );
    for (const e of effects) {
      if (e.recordOnly !== undefined) continue;
      expect(e.identical, `${e.step} changes nothing`).toBe(false);
      expect(e.effects.length, `${e.step}: no outcome metric moves`).toBeGreaterThan(0);
    }
  }, 600_000);

  it('a step with no mechanism leaves every output identical and moves nothing', async () => {
    const s = smallScenario({ threatsPerMonth: 10, helicopters: 1, horizonDays: 60 });
    const withMilestone = variant(s, (d) => {
      d.plan.push({
        id: 'a-milestone',
        title: 'A milestone',
        date: '2020-07-10',
        status: 'planned',
        source: { kind: 'assumption', rationale: 'test' },
        recordOnly: 'a milestone has no effect of its own',
        action: { kind: 'milestone' },
      });
    });
    const [e] = await planStepEffects(withMilestone, { replications: 4, seed: 1 });
    expect(e).toMatchObject({ step: 'a-milestone', identical: true, effects: [], removedWith: [] });
    expect(e?.recordOnly).toBe('a milestone has no effect of its own');
  });

  it('removing a step others wait for drops it from their `after`; removing what makes a later step valid removes that one too', () => {
    const gated = withoutStep(minusma2020, 'mopti-camp-expansion');
    expect(gated.removedWith).toEqual([]);
    const heli = gated.scenario.plan.find((s) => s.id === 'mopti-helicopter-unit');
    expect(heli?.after).toBeUndefined();
    expect(heli?.afterLeadDays).toBeUndefined();
    // The base cannot close while its garrison is still there.
    const tob = withoutStep(minusma2020, 'tob-bandiagara-withdrawn');
    expect(tob.removedWith).toEqual(['tob-bandiagara-closed']);
    expect(tob.scenario.plan.some((s) => s.id === 'tob-bandiagara-closed')).toBe(false);
    expect(() => withoutStep(minusma2020, 'no-such-step')).toThrow(/step/);
  });

  it('outcome metrics are the declared ones with a better direction, not the plan’s or engine’s', () => {
    const info = (better: 'higher' | 'lower' | null) => ({
      name: 'x',
      kind: 'counter' as const,
      label: 'x',
      unit: 'count',
      better,
      group: 'g',
      description: 'd',
      order: 0,
    });
    expect(isOutcomeMetric('casevac.compliant.share', info('higher'))).toBe(true);
    expect(isOutcomeMetric('response.threats', info(null))).toBe(false);
    expect(isOutcomeMetric('plan.appliedDay.step.x', info('lower'))).toBe(false);
    expect(isOutcomeMetric('engine.events', info('lower'))).toBe(false);
    expect(isOutcomeMetric('undeclared', undefined)).toBe(false);
  });
});
