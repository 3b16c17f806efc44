/**
 * pledge-fails — the adaptation plan, but no contributor honours the pledge of a helicopter unit
 * to replace the one repatriated in October 2020: the gap the letter names stays open.
 *
 * Question: what does it cost in casualty evacuation and in response times if the helicopter
 * unit the Secretariat is seeking never comes?
 */
import { assumed, minusma2020, variant } from '../src/index.js';

export const scenario = variant(minusma2020, (d) => {
  d.name = 'pledge-fails';
  d.title = 'The helicopter replacement never comes';
  d.question =
    'What does it cost in casualty evacuation and in response times if the helicopter unit replacing the one repatriated in October 2020 never comes?';
  const step = d.plan.find((s) => s.id === 'mopti-helicopter-unit');
  if (step === undefined || step.action.kind !== 'pledge-unit') {
    throw new Error('the embedded plan has no mopti-helicopter-unit pledge');
  }
  step.action.probability = assumed(0, 'What-if: no contributor honours the pledge.');
});

export default scenario;
