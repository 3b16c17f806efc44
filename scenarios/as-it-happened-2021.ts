/**
 * as-it-happened-2021 — the embedded scenario as it stood on 23 December 2020, with the plan of
 * 2021 as it actually unfolded where public sources show it, and nothing else: the scenario the
 * backtest (`peacekeeping-sim backtest`) compares with the public record of 2021.
 *
 * What changes from the embedded plan, and why:
 * - the Mopti camp expansion did not complete in 2021 as far as public sources show (none
 *   reports it; the UN's note on the camp's closure, 8 December 2023, speaks of « the fully
 *   operational camp » without a date for its expansion): it moves after the horizon;
 * - the helicopter unit pledged to replace the Romanian one did not come in 2021: S/2021/657
 *   (July 2021) proposed two new military helicopter units, for Mopti and Douentza, no earlier
 *   than January 2023;
 * - the forward surgical team for the mobile task force, a what-if of the embedded plan that
 *   the letter names as a gap and does not announce, is dropped: no public source reports it.
 *
 * What stays as the embedded plan has it, for want of a public record either way: the Gao
 * rapid reaction force and forward command post, the vehicle replacements. The UK Long Range
 * Reconnaissance Group arrived on 3 December 2020 and rotates every six months, as the embedded
 * data already have it. The German NH90s that took over Gao's medical evacuation from the
 * contracted pair on 1 December 2021 are not added: one month of another airframe at the end of
 * the horizon changes none of the counts the backtest compares.
 *
 * No parameter of the model changes: what the model assumes is what was known by 23 December
 * 2020, so that the backtest is a validation, not a fit.
 *
 * What it has been validated against, and what not: the README's section "Validation out of
 * sample" and `peacekeeping-sim backtest` (the wounded, attacks, IEDs and attacks on camps of
 * 2021; not the killed, the armoured fleet or helicopter availability, which the public record
 * of 2021 does not give in a form the model reports).
 *
 * Question: does the model, frozen at the letter's date, predict the wounded, attacks and IEDs
 * of 2021?
 */
import { minusma2020, variant } from '../src/index.js';

const S2021_657 =
  'S/2021/657 (Jul 2021), report of the Secretary-General on the adaptation and authorized strength of MINUSMA, via janes.com and reliefweb: two military utility helicopter units with up to 10 helicopters and 260 personnel, for Mopti and Douentza, deployable no earlier than January 2023';

export const scenario = variant(minusma2020, (d) => {
  d.name = 'as-it-happened-2021';
  d.title = 'The December 2020 model with the plan as it unfolded in 2021';
  d.question =
    'Does the model, frozen at the letter of 23 December 2020, predict the wounded, attacks and IEDs of 2021?';

  const expansion = d.plan.find((s) => s.id === 'mopti-camp-expansion');
  if (expansion === undefined)
    throw new Error('the embedded plan has no mopti-camp-expansion step');
  expansion.date = '2022-06-30';
  expansion.dateSource = {
    kind: 'assumption',
    rationale:
      'No public source reports the Mopti camp expansion completed in 2021; the UN’s note on the camp’s closure in December 2023 (peacekeeping.un.org, « Closure of the MINUSMA camp in Sevare, Mopti region », 8 Dec 2023) speaks of « the fully operational camp » without a date for the expansion. Placed after the horizon, so it does not take effect in this run.',
  };

  const helicopters = d.plan.find((s) => s.id === 'mopti-helicopter-unit');
  if (helicopters === undefined)
    throw new Error('the embedded plan has no mopti-helicopter-unit step');
  helicopters.date = '2023-01-01';
  helicopters.dateSource = {
    kind: 'public',
    reference: S2021_657,
    note: 'No new military helicopter unit for the centre before January 2023: the pledged unit does not come within the horizon.',
  };

  d.plan = d.plan.filter((s) => s.id !== 'mtf-surgical-team');
});

export default scenario;
