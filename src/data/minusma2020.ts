/**
 * The embedded default scenario: MINUSMA from 1 July 2020 (the start of the letter's IED period,
 * « Depuis juillet 2020 ») to 31 December 2021, with the adaptation plan. The baseline passes
 * through the letter's date, 23 December 2020 (day 175), where it is calibrated.
 *
 * @module
 */

import { observedForce, type PlanStep, type Scenario } from '../dynamics/format.js';
import type { Mission } from '../model/mission.js';
import { SCENARIO_SCHEMA_VERSION } from '../model/scenario.js';
import { helicopterMilitaryShare, helicopterUnits } from './aviation.js';
import { armouredFleet } from './fleet.js';
import { medicalFacilities } from './medical.js';
import { operations } from './operations.js';
import { minusma2020Parameters } from './parameters.js';
import { places, sectors } from './places.js';
import { adaptationPlan2020 as plan } from './plan.js';
import { supportUnits } from './rotations.js';
import { routes } from './routes.js';
import { iedRecord, incidentAreas } from './threat.js';
import { forceUnits, formedPoliceUnits } from './units.js';

/** MINUSMA as it stood on 1 July 2020, before the IED record's reference force is attached. */
const missionAsPlanned: Mission = {
  id: 'minusma',
  name: 'United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)',
  asOf: '2020-07-01',
  sectors,
  places,
  routes,
  units: [...forceUnits, ...supportUnits, ...helicopterUnits, ...formedPoliceUnits],
  armouredFleet,
  helicopterMilitaryShare,
  medical: medicalFacilities,
  ied: iedRecord,
  incidentAreas,
  operations,
};

/**
 * MINUSMA as it stood on 1 July 2020 (the fleet split and IED record are the letter's). The IED
 * record lists the route-clearance and ISR units in place during its period, as the plan puts
 * them: detection is calibrated against them, so a variant that removes or moves them finds
 * fewer or more devices than the letter's 19 of 39.
 */
export const minusma2020Mission: Mission = {
  ...missionAsPlanned,
  ied: {
    ...iedRecord,
    observedWith: observedForce({
      schemaVersion: SCENARIO_SCHEMA_VERSION,
      name: 'minusma-2020-as-planned',
      title: 'MINUSMA as planned',
      startDate: '2020-07-01',
      horizonDays: 549,
      mission: missionAsPlanned,
      plan,
      parameters: minusma2020Parameters,
    } as Scenario),
  },
};

/** The adaptation plan steps from 1 July 2020 (done, planned and delayed). */
export const adaptationPlan2020: readonly PlanStep[] = plan;

/**
 * The embedded default scenario: MINUSMA 2020–2021 with its adaptation plan.
 *
 * Calibrated on the letter of 23 December 2020 (the fleet split, the IED record, the helicopter
 * share reproduce it inside the model's 90 % intervals). Validated out of sample against the
 * public record of 2021 (`peacekeeping-sim backtest`, `backtest` in the API, the README's
 * "Validation out of sample"): peacekeepers wounded, attacks against the mission, IED attacks
 * and their wounded, attacks on camps and mass-casualty events, misses included. Not validated:
 * peacekeepers killed (not a quantity of the model), the armoured fleet and helicopter
 * availability in 2021 (no public figure in a form the model reports), response times and
 * 10-1-2 compliance (no public figure at all). The few sources of its data dated after the
 * letter are each declared in `POST_LETTER_SOURCES`, with why they may stand.
 */
export const minusma2020: Scenario = {
  schemaVersion: SCENARIO_SCHEMA_VERSION,
  name: 'minusma-2020',
  title: 'MINUSMA 2020–2021 with the adaptation plan',
  question:
    'How ready is the force, and how fast do civilians under threat and wounded peacekeepers get a response, as the adaptation plan unfolds from July 2020 to the end of 2021?',
  description:
    'Starts on 1 July 2020, the start of the IED period of the Secretary-General’s letter of 23 December 2020 (S/2020/1282); steps done between July and December bring the force to the letter’s state, where the baseline is calibrated (day 175). Horizon to 31 December 2021.',
  startDate: '2020-07-01',
  horizonDays: 549,
  mission: minusma2020Mission,
  plan,
  parameters: minusma2020Parameters,
};
