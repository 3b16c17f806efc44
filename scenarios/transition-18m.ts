/**
 * transition-18m — the adaptation plan projected over the whole 18-month political transition
 * the letter mentions (« période de transition de 18 mois »), taken to run from 1 October 2020
 * to 1 April 2022.
 *
 * Question: how ready will the force be, and how fast will it respond, by the end of the
 * transition, when elections are due?
 */
import { minusma2020, variant } from '../src/index.js';

export const scenario = variant(minusma2020, (d) => {
  d.name = 'transition-18m';
  d.title = 'Adaptation plan over the 18-month transition';
  d.question =
    'How ready will the force be, and how fast will it respond, by the end of the 18-month transition, when elections are due?';
  // 1 July 2020 + 639 days = 1 April 2022: 18 months after an assumed 1 October 2020 start.
  d.horizonDays = 639;
  d.description =
    'Horizon to 1 April 2022: the letter gives the transition’s length (18 months) but not its start, assumed here to be 1 October 2020, when the transitional government took office.';
});

export default scenario;
