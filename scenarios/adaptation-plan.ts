/**
 * adaptation-plan — the adaptation plan as the letter of 23 December 2020 leaves it: steps done
 * in 2020, the Gao rapid reaction force, reconnaissance patrol and forward command post at the
 * end of 2020, vehicle replacements in 2021, and the Mopti camp expansion delayed from April to
 * an assumed October 2021, with the new helicopter unit and the mobile task force's surgical
 * team waiting for it.
 *
 * Question: what does the plan, on its delayed schedule, buy in readiness and response times
 * by the end of 2021?
 */
import { minusma2020, variant } from '../src/index.js';

export const scenario = variant(minusma2020, (d) => {
  d.name = 'adaptation-plan';
  d.title = 'Adaptation plan, Mopti expansion delayed';
  d.question =
    'What does the adaptation plan, on its delayed schedule, buy in readiness and response times by the end of 2021?';
});

export default scenario;
