/**
 * baseline-2020 — the force as it stood on 23 December 2020, with no further step of the
 * adaptation plan: only the steps the letter reports done (the Timbuktu → Mopti transfer, the
 * Gao UAV, the Romanian helicopters' departure, the new temporary bases) take effect.
 *
 * Question: how do readiness and response times evolve to the end of 2021 if the plan stops
 * where it stood at the letter's date? The reference every other scenario is compared with.
 */
import { minusma2020, variant } from '../src/index.js';

export const scenario = variant(minusma2020, (d) => {
  d.name = 'baseline-2020';
  d.title = 'Status quo of December 2020 (no further adaptation steps)';
  d.question =
    'How do readiness and response times evolve to the end of 2021 if the adaptation plan stops where it stood on 23 December 2020?';
  d.plan = d.plan.filter((step) => step.status === 'done');
});

export default scenario;
