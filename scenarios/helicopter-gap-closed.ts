/**
 * helicopter-gap-closed — the adaptation plan, but the new military helicopter unit (five
 * Mi-17-class airframes, sized from S/2021/657) arrives at Mopti on 1 March 2021 without
 * waiting for the delayed camp expansion (housed at Sévaré airfield in the meantime).
 *
 * Question: how much faster do wounded peacekeepers reach surgery, and civilians under threat
 * get a response, if the helicopter gap the letter names is closed seven months earlier?
 */
import { minusma2020, variant } from '../src/index.js';

export const scenario = variant(minusma2020, (d) => {
  d.name = 'helicopter-gap-closed';
  d.title = 'New helicopter unit at Mopti from March 2021';
  d.question =
    'How much faster do wounded peacekeepers reach surgery, and civilians under threat get a response, if the new helicopter unit arrives in March 2021 instead of waiting for the Mopti camp?';
  const step = d.plan.find((s) => s.id === 'mopti-helicopter-unit');
  if (step === undefined) throw new Error('the embedded plan has no mopti-helicopter-unit step');
  step.date = '2021-03-01';
  delete step.after;
  delete step.afterLeadDays;
  // A firm deployment rather than the embedded plan's uncertain pledge.
  if (step.action.kind === 'pledge-unit')
    step.action = { kind: 'deploy-unit', unit: step.action.unit };
  step.dateSource = {
    kind: 'assumption',
    rationale:
      'What-if: the unit deploys as soon as a contributor is found, housed at Sévaré airfield until the camp is expanded.',
  };
  // Without the expansion, the camp has no room for it: temporary room at the airfield first.
  d.plan.push({
    id: 'sevare-temporary-apron',
    title: 'Temporary accommodation and apron at Sévaré airfield for the helicopter unit',
    date: '2021-03-01',
    status: 'planned',
    source: {
      kind: 'assumption',
      rationale:
        'What-if: tents and a temporary apron at the airfield next to the Mopti camp, enough for one helicopter unit.',
    },
    action: {
      kind: 'expand-camp',
      place: 'mopti',
      accommodation: {
        value: 130,
        source: { kind: 'assumption', rationale: 'The unit’s 130 personnel.' },
      },
      aprons: {
        value: 5,
        source: { kind: 'assumption', rationale: 'The unit’s five helicopters.' },
      },
    },
  });
});

export default scenario;
