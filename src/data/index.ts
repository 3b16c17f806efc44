/**
 * The embedded MINUSMA 2020 data: the default scenario, its mission and plan, and the letter's
 * figures it is calibrated on.
 *
 * @module
 */
export { helicopterMilitaryShare, REPATRIATED_HELICOPTER_UNIT_ID } from './aviation.js';
export { armouredFleet, LETTER_DATE } from './fleet.js';
export {
  type HindsightKind,
  POST_LETTER_DATE,
  POST_LETTER_SOURCES,
  type PostLetterSource,
  postLetterDeclaration,
} from './hindsight.js';
export { type LetterFigures, letterFigures } from './letter.js';
export { MOPTI_ROLE2_ID, medicalFacilities } from './medical.js';
export { adaptationPlan2020, minusma2020, minusma2020Mission } from './minusma2020.js';
export { operations } from './operations.js';
export { minusma2020Parameters } from './parameters.js';
export { places, sectors } from './places.js';
export { MOPTI_EXPANSION_ID } from './plan.js';
export { routes } from './routes.js';
export { QUOTE, REF, SECTION } from './sources.js';
export { IED_PERIOD_START, iedRecord, incidentAreas } from './threat.js';
export {
  BASE_DEFENCE_UNIT_ID,
  FPU_COUNT,
  forceUnits,
  formedPoliceUnits,
  MECHANISED_COMPANY_ID,
} from './units.js';
export {
  type Confidence,
  type IncidentKind,
  MASS_CASUALTY_THRESHOLD,
  type ObservationKind,
  REF_2021,
  type ValidationFigure,
  type ValidationIncident,
  validationFigure,
  validationFigures2021,
  validationIncidents2021,
} from './validation-2021.js';
