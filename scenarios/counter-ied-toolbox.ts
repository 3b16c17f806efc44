/**
 * counter-ied-toolbox — the adaptation plan plus a reinforced Operation Toolbox from January
 * 2021: better detection (training, explosive-ordnance teams, the Gao UAV over the routes),
 * fewer damaging strikes (more mine-protected vehicles in convoys, jammers), slower convoys
 * (route clearance), and all 46 unserviceable vehicles replaced by mine-protected ones in
 * February 2021 instead of 30 over the year.
 *
 * Question: how much readiness and how many casualties does a stronger counter-IED effort buy,
 * and at what cost in convoy speed?
 */
import { assumed, minusma2020, variant } from '../src/index.js';

const WHAT_IF = 'What-if multiplier for a reinforced Operation Toolbox; no public effect size.';

export const scenario = variant(minusma2020, (d) => {
  d.name = 'counter-ied-toolbox';
  d.title = 'Reinforced counter-IED effort from January 2021';
  d.question =
    'How much readiness and how many casualties does a stronger counter-IED effort buy, and at what cost in convoy speed?';
  d.parameters.ied.mitigations.push({
    id: 'toolbox-reinforced',
    name: 'Operation Toolbox reinforced',
    start: '2021-01-01',
    detectionMultiplier: assumed(
      1.3,
      `${WHAT_IF} Detection up 30 % (trained teams, UAV route surveillance).`,
    ),
    damageMultiplier: assumed(
      0.8,
      `${WHAT_IF} 20 % fewer damaging strikes (mine-protected vehicles, jammers).`,
    ),
    speedMultiplier: assumed(0.9, `${WHAT_IF} Convoys 10 % slower behind route clearance.`),
    source: {
      kind: 'assumption',
      rationale: 'What-if package built on the letter’s Operation Toolbox (July 2020).',
    },
  });
  d.plan = d.plan.filter((s) => !s.id.startsWith('vehicle-replacements-'));
  const sectors: [string, number][] = [
    ['centre', 16],
    ['east', 14],
    ['north', 10],
    ['west', 6],
  ];
  for (const [sector, count] of sectors) {
    d.plan.push({
      id: `replace-46-${sector}`,
      title: `Mine-protected replacements for Sector ${sector}`,
      date: '2021-02-01',
      status: 'planned',
      source: {
        kind: 'assumption',
        rationale:
          'What-if: the 46 vehicles the letter says need urgent replacement, all replaced, split by IED exposure.',
      },
      action: {
        kind: 'deliver-vehicles',
        sector,
        count: assumed(count, 'Share of the 46 by the sector’s IED exposure.'),
        mineProtected: true,
        replacesWrittenOff: true,
      },
    });
  }
});

export default scenario;
