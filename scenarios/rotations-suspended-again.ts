/**
 * rotations-suspended-again — the adaptation plan, with rotations and deployments suspended
 * again for three months in 2021 (1 March to 31 May), as they were from March to June 2020.
 *
 * Question: what would another three-month suspension of rotations cost in unit-days absent,
 * tours extended, and response and evacuation times?
 */
import { assumed, minusma2020, variant } from '../src/index.js';

export const scenario = variant(minusma2020, (d) => {
  d.name = 'rotations-suspended-again';
  d.title = 'Rotations suspended again for three months in 2021';
  d.question =
    'What would another three-month suspension of rotations (March–May 2021) cost in unit-days absent, tours extended, and response and evacuation times?';
  d.plan.push({
    id: 'rotations-suspended-2021',
    title: 'Rotations and deployments suspended for three months',
    date: '2021-03-01',
    status: 'planned',
    source: {
      kind: 'assumption',
      rationale:
        'What-if: a new wave of COVID-19 brings the suspension of March–June 2020 back (the letter: rotations « suspendus en mars » 2020, resumed on 1 July).',
    },
    action: {
      kind: 'suspend-rotations',
      durationDays: assumed(92, 'Three months, 1 March to 31 May 2021, like the 2020 suspension.'),
    },
  });
});

export default scenario;
