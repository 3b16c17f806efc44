/**
 * Force generation and rotations for MINUSMA from 1 July 2020: the support units and role 2
 * hospital staff that bring the embedded units to the strength public figures give, the
 * contingents' contributors and tours where public, the 2020 suspension of rotations (history
 * before the start date) and the parameters of rotations.
 *
 * Strength. Public figures put MINUSMA at 12,647 military and 1,753 police around the first
 * quarter of 2020 (13,010 and 1,759 on 28 February 2019); an earlier report counts 476 of the
 * military as staff officers and military observers deployed individually. The combat units of
 * `units.ts` and the helicopter units hold about 9,900; the support units here (sector
 * headquarters, signals, transport, logistics, engineering) and the hospital staff add about
 * 2,260, so that units hold ≈ 12,170 military and, with the individual officers, the force starts
 * at ≈ 12,650. Police: ten formed police units of 140 (see `units.ts`) and 353 individual officers
 * make the 1,753.
 *
 * Contributors follow the 2020 deployment by camp of Geo-PKO (coded from UN deployment maps) and
 * the press; where a camp holds several contributors the unit's is left unspecified.
 *
 * @module
 */
import type { RotationsParameters } from '../dynamics/rotations/parameters.js';
import type { Unit } from '../model/mission.js';
import {
  assumed,
  fromLetter,
  fromPublic,
  publicSource,
  type Sourced,
} from '../model/provenance.js';
import { REPATRIATED_HELICOPTER_UNIT_ID } from './aviation.js';
import { QUOTE, REF, SECTION } from './sources.js';
import { MECHANISED_COMPANY_ID } from './units.js';

const STRENGTH = `Planning value: units of the embedded model are sized so the force totals the public strength (${REF.strength2020}; ${REF.strengthBreakdown}); the split over camps is an assumption, guided by ${REF.geoPko}.`;

function support(id: string, name: string, base: string, strength: number, note: string): Unit {
  return {
    id,
    name,
    kind: 'headquarters',
    base,
    capabilities: ['command'],
    strength: assumed(strength, `${note} ${STRENGTH}`),
  };
}

const HOSPITAL_STAFF = assumed(
  60,
  'A role 2 hospital’s military staff (surgical team, anaesthesia, nursing, support) of about 60; the UN sets role 2 capabilities, the size here is an assumption.',
);

function hospital(id: string, name: string, base: string): Unit {
  return {
    id,
    name,
    kind: 'surgical-team',
    base,
    capabilities: ['surgery'],
    strength: HOSPITAL_STAFF,
  };
}

/** Support units and hospital staff of the force at 1 July 2020 (the combat units are in `units.ts`). */
export const supportUnits: readonly Unit[] = [
  support(
    'gao-support-units',
    'Sector East headquarters and support units (Gao): signals, transport, logistics, engineering',
    'gao',
    1000,
    'Gao is the mission’s logistics hub and its largest camp (Geo-PKO codes about 5,200 there in 2020, including Bangladeshi, Egyptian and Chinese units).',
  ),
  support(
    'kidal-support-units',
    'Sector North headquarters and support units (Kidal)',
    'kidal',
    400,
    'Kidal is the second camp of the force by Geo-PKO’s coding (about 3,200).',
  ),
  support(
    'timbuktu-support-units',
    'Sector West headquarters and support units (Timbuktu)',
    'timbuktu',
    250,
    'Sector West headquarters and its enablers.',
  ),
  support(
    'mopti-support-units',
    'Sector Centre headquarters and support units (Mopti)',
    'mopti',
    200,
    'Sector Centre headquarters (Sévaré) and its enablers.',
  ),
  support(
    'bamako-support-units',
    'Force headquarters support units (Bamako)',
    'bamako',
    170,
    'Geo-PKO codes about 590 at Bamako in 2020 (Bangladesh, Benin, Senegal and others), the force headquarters staff included.',
  ),
  hospital('gao-role-2-hospital', 'Gao role 2 hospital staff', 'gao'),
  hospital('timbuktu-role-2-hospital', 'Timbuktu role 2 hospital staff', 'timbuktu'),
  hospital('kidal-role-2-hospital', 'Kidal role 2 hospital staff', 'kidal'),
  hospital('mopti-role-2-hospital', 'Mopti role 2 hospital staff', 'mopti'),
];

const geo = (country: string): Sourced<string> =>
  fromPublic(country, REF.geoPko, 'The contributor Geo-PKO codes at the unit’s camp in 2020.');

const ONE_YEAR = fromPublic(365, REF.oneYearTours, 'Twelve-month tours.');
const SIX_MONTHS_ASSUMED = assumed(
  182,
  `Special forces and mobile task force elements from European contributors rotate every four to six months (${REF.shortTours}); six months assumed.`,
);
const CLINICAL_HANDOVER = assumed(
  7,
  'Outgoing hospital staff stay a week after their replacements land, for the clinical handover; no public figure.',
);

/** What is known of the contingents (contributors, tours, handovers). */
export const contingents: RotationsParameters['contingents'] = [
  {
    unit: 'kidal-infantry-battalion',
    contributor: fromPublic('Guinea', REF.oneYearTours),
    tourDays: ONE_YEAR,
    lastRotation: assumed(
      '2019-10-01',
      'A new Guinean contingent arrived in Kidal in October 2020 for a year (maliactu.net, Oct 2020), so the one in place on 1 July 2020 is taken to have arrived in October 2019.',
    ),
  },
  { unit: 'tessalit-infantry-battalion', contributor: geo('Chad') },
  { unit: 'aguelhok-infantry-battalion', contributor: geo('Chad') },
  { unit: 'menaka-infantry-battalion', contributor: geo('Niger') },
  { unit: 'ansongo-infantry-company', contributor: geo('Niger') },
  { unit: 'timbuktu-infantry-battalion', contributor: geo('Burkina Faso') },
  { unit: 'ber-infantry-company', contributor: geo('Burkina Faso') },
  { unit: 'goundam-infantry-company', contributor: geo('Burkina Faso') },
  {
    unit: MECHANISED_COMPANY_ID,
    contributor: assumed(
      'Côte d’Ivoire',
      'Geo-PKO codes a Côte d’Ivoire contingent at Timbuktu and a Côte d’Ivoire company at Mopti in 2020: taken to be the mechanised company transferred between them.',
    ),
  },
  { unit: 'mopti-infantry-battalion', contributor: geo('Senegal') },
  { unit: 'douentza-infantry-battalion', contributor: geo('Togo') },
  { unit: 'mtf-special-forces', tourDays: SIX_MONTHS_ASSUMED },
  { unit: 'mtf-task-group', tourDays: SIX_MONTHS_ASSUMED },
  {
    unit: 'gao-long-range-reconnaissance-patrol',
    contributor: fromPublic('United Kingdom', REF.ukLrrg),
    tourDays: fromPublic(182, REF.ukLrrg, 'Six-month tours.'),
  },
  {
    unit: REPATRIATED_HELICOPTER_UNIT_ID,
    contributor: fromPublic('Romania', REF.romaniaPumas),
    tourDays: fromPublic(365, REF.romaniaPumas, 'One detachment for the whole deployment.'),
    lastRotation: fromPublic('2019-10-15', REF.romaniaPumas, 'Arrived in October 2019.'),
  },
  {
    unit: 'pakistan-helicopter-unit',
    contributor: fromPublic('Pakistan', REF.pakistan),
  },
  {
    unit: 'el-salvador-md500e',
    contributor: fromPublic('El Salvador', REF.elSalvador),
  },
  {
    unit: 'gao-role-2-hospital',
    contributor: fromPublic('China', REF.chinaGao),
    handoverOverlapDays: CLINICAL_HANDOVER,
  },
  { unit: 'timbuktu-role-2-hospital', handoverOverlapDays: CLINICAL_HANDOVER },
  { unit: 'kidal-role-2-hospital', handoverOverlapDays: CLINICAL_HANDOVER },
  { unit: 'mopti-role-2-hospital', handoverOverlapDays: CLINICAL_HANDOVER },
  {
    unit: 'fpu-menaka-1',
    contributor: fromPublic('Togo', REF.oneYearTours),
    tourDays: ONE_YEAR,
  },
];

/** Parameters of rotations for MINUSMA 2020. */
export const rotationsParameters: RotationsParameters = {
  tourDays: fromPublic(
    365,
    REF.oneYearTours,
    'Contingents and formed police units serve twelve-month tours.',
  ),
  quarantineDays: fromLetter(14, QUOTE.quarantine14, SECTION.problems, 'quarantine_days'),
  handoverOverlapDays: assumed(
    0,
    'The charter that brings the incoming personnel takes the outgoing home: they leave as their replacements land, so the incoming quarantine is a gap in the unit’s strength. The letter’s « quarantaine avant et après les déploiements » is on arrival in the mission area and at home before the flight (the latter costs nothing in the mission area).',
  ),
  flightSeats: assumed(
    250,
    'A wide-body charter (Boeing 767-class) carries 250 to 300 personnel; 250 with their baggage.',
  ),
  flightsPerWeek: assumed(
    3,
    'No public figure. Regular rotations need about one flight a week (≈ 14,000 personnel a year at 250 a flight); three a week clear the backlog the March–June 2020 suspension left in about two months, the letter’s « progressivement repris ».',
  ),
  minimumShareToTask: assumed(
    0.5,
    'A unit with fewer than half its personnel fit for duty cannot send a standby element while holding its camp; no public threshold.',
  ),
  overdueUnfitShare: assumed(
    0.05,
    'A contingent kept past its tour loses about one in twenty of its personnel to fatigue, sickness and leave that can no longer be deferred; no public figure (the optional readiness penalty of the issue), sensitivity 0–15 %.',
  ),
  covid: {
    caseProbability: assumed(
      0.009,
      'Fitted so that the cases among incoming personnel from 1 July to 23 December 2020 reproduce the letter’s 89 (« Quatre-vingt-neuf cas ont été signalés au sein de la force lors des relèves de contingents »; its period is not given, taken as the rotations since they resumed on 1 July).',
      true,
    ),
    detectionDays: assumed(
      7,
      'Before the mission had its own laboratories, samples went to Bamako or abroad: a case among incoming personnel is found about a week after landing (the letter: three testing laboratories arrived only in October 2020, which a plan step reflects).',
    ),
    isolationDays: assumed(
      14,
      'A case is isolated two weeks from its positive test (WHO 2020 criteria: ten days after symptom onset plus three without symptoms; missions applied 14).',
    ),
    contactsPerCase: assumed(
      5,
      'Close contacts on the same flight and in the same quarantine site restart their quarantine; no public figure.',
    ),
  },
  ceilings: {
    military: fromPublic(13289, REF.resolution2531, `Unchanged by ${REF.resolution2584}.`),
    police: fromPublic(1920, REF.resolution2531, `Unchanged by ${REF.resolution2584}.`),
  },
  individualOfficers: {
    military: fromPublic(
      476,
      REF.strengthBreakdown,
      '39 military observers and 437 staff officers, taken to hold in 2020.',
    ),
    police: fromPublic(
      353,
      REF.strength2020,
      'Derived: 1,753 police deployed less ten formed units of 140 (the report of ≈ 2018 counted 311 individual officers).',
    ),
  },
  requirements: {
    militaryHelicopters: assumed(
      8,
      'The helicopters the military component could task before the Romanian unit left (8 of 20); the letter calls their loss « cette lacune importante » and asks contributors to close it.',
    ),
  },
  pastSuspensions: [
    {
      from: '2020-03-16',
      until: '2020-06-30',
      source: publicSource(
        REF.unSuspension,
        `The letter: « ${QUOTE.rotationsResumed} ». Mid-March assumed for « en mars »; the UN-wide suspension ran to 30 June 2020.`,
      ),
    },
  ],
  contingents,
};
