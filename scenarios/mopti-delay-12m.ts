/**
 * mopti-delay-12m — the adaptation plan with the Mopti camp expansion twelve months late
 * (April 2022 instead of April 2021): the new helicopter unit, which needs the camp's new room
 * and aprons, does not arrive before the end of 2021.
 *
 * Question: what does a year's delay of the Mopti camp cost in casualty evacuation and in
 * response times in the centre?
 */
import { minusma2020, variant } from '../src/index.js';

export const scenario = variant(minusma2020, (d) => {
  d.name = 'mopti-delay-12m';
  d.title = 'Mopti camp expansion twelve months late';
  d.question =
    'What does a twelve-month delay of the Mopti camp expansion cost in casualty evacuation and in response times in the centre?';
  const step = d.plan.find((s) => s.id === 'mopti-camp-expansion');
  if (step === undefined) throw new Error('the embedded plan has no mopti-camp-expansion step');
  step.date = '2022-04-01';
  step.dateSource = {
    kind: 'assumption',
    rationale: 'What-if: twelve months after the original April 2021 date the letter gives.',
  };
});

export default scenario;
