/**
 * MINUSMA's adaptation plan from 1 July 2020, as dated steps. Steps marked `done` (July to
 * December 2020) bring the force from the scenario's start to the state the letter describes on
 * 23 December 2020; later steps are planned or delayed. Where the letter gives only a month or
 * a year, the day is a stated assumption (`dateSource`).
 *
 * @module
 */

import type { PlanStep } from '../dynamics/format.js';
import type { Unit } from '../model/mission.js';
import { assumed, fromLetter, fromPublic } from '../model/provenance.js';
import { REPATRIATED_HELICOPTER_UNIT_ID } from './aviation.js';
import { MOPTI_ROLE2_ID } from './medical.js';
import { tobDouentzaMangouste, tobKoro2 } from './places.js';
import { assumption, letter, publicRef, QUOTE, REF, SECTION } from './sources.js';
import { BASE_DEFENCE_UNIT_ID, MECHANISED_COMPANY_ID } from './units.js';

/** Id of the delayed Mopti camp expansion milestone, which gates the steps it houses. */
export const MOPTI_EXPANSION_ID = 'mopti-camp-expansion';

const TRANSFER_DATE = assumption(
  'The letter reports the transfer done in 2020 without a date; mid-September assumed (rotations resumed from 1 July and were partly blocked from late August to October).',
);
const TRANSFER_DAYS = assumed(
  4,
  'Timbuktu to Mopti by the Douentza axis or the river corridor (~500 km) at about 150 km a day under escort, with loading and unloading.',
);

const MOPTI_NEW_DATE =
  'The letter says the expansion, « initialement prévu pour avril 2021 », has been delayed, without a new date; six months later (1 October 2021) assumed, so that what it houses arrives inside the horizon.';

const rapidReactionForce: Unit = {
  id: 'gao-rapid-reaction-force',
  name: 'Rapid reaction force (Gao)',
  kind: 'rapid-reaction-force',
  strength: assumed(
    250,
    'Company of 250, the size S/2021/657 later proposed for quick-reaction companies (janes.com, reliefweb).',
  ),
  base: 'gao',
  capabilities: ['civilian-protection', 'escort'],
  noticeToMoveMin: assumed(
    30,
    'A rapid reaction force stands at 30 minutes notice to move, like a sector QRF.',
  ),
};

const reconnaissancePatrol: Unit = {
  id: 'gao-long-range-reconnaissance-patrol',
  name: 'Long-range reconnaissance patrol (Gao)',
  kind: 'long-range-reconnaissance-patrol',
  contributor: 'United Kingdom',
  strength: fromPublic(
    300,
    REF.ukLrrg,
    'The UK Long Range Reconnaissance Group, taken as the letter’s « patrouille de reconnaissance dans la profondeur ».',
  ),
  base: 'gao',
  capabilities: ['isr'],
};

const forwardCommandPost: Unit = {
  id: 'gao-forward-command-post',
  name: 'First forward command post (Gao)',
  kind: 'forward-command-post',
  strength: assumed(60, 'A deployable command post of about 60; size not public.'),
  base: 'gao',
  capabilities: ['command'],
};

const gaoUav: Unit = {
  id: 'gao-uav',
  name: 'Gao UAV system',
  kind: 'uav',
  strength: assumed(
    60,
    'Operators, analysts and technicians of a tactical UAV system; size not public.',
  ),
  base: 'gao',
  capabilities: ['isr'],
};

const moptiHelicopterUnit: Unit = {
  id: 'mopti-helicopter-unit',
  name: 'New military helicopter unit (Mopti)',
  kind: 'helicopter-unit',
  strength: fromPublic(130, REF.s2021657, 'Half of the 260 personnel proposed for two units.'),
  base: 'mopti',
  capabilities: ['air-lift', 'casualty-evacuation'],
  aircraft: {
    type: 'Mi-17',
    role: 'utility',
    count: fromPublic(5, REF.s2021657, 'Half of the up to 10 helicopters proposed for two units.'),
    cruiseSpeedKmh: fromPublic(225, REF.mi17Speed, 'Type assumed Mi-17-class.'),
    nightCapable: true,
    militaryTasking: true,
  },
};

/** The adaptation plan steps from 1 July 2020, in date order. */
export const adaptationPlan2020: readonly PlanStep[] = [
  {
    id: 'tob-koro-2-opened',
    title: 'Second temporary operating base in Koro circle (Operation Buffalo)',
    date: '2020-09-01',
    status: 'done',
    source: letter(QUOTE.koroBases, SECTION.operations),
    dateSource: assumption(
      'The letter speaks of TOBs in the plural in Koro circle and of seven temporary bases in its period, without dates; September 2020 assumed.',
    ),
    action: { kind: 'open-base', place: tobKoro2 },
  },
  {
    id: 'transfer-mechanised-company',
    title: 'Transfer of a mechanised infantry company from Timbuktu to Mopti',
    date: '2020-09-15',
    status: 'done',
    source: letter(QUOTE.transfer, SECTION.adaptation, 'transfer_units'),
    dateSource: TRANSFER_DATE,
    action: {
      kind: 'transfer-unit',
      unit: MECHANISED_COMPANY_ID,
      to: 'mopti',
      movementDays: TRANSFER_DAYS,
    },
  },
  {
    id: 'transfer-base-defence-unit',
    title: 'Transfer of a base defence unit from Timbuktu to Mopti',
    date: '2020-09-15',
    status: 'done',
    source: letter(QUOTE.transfer, SECTION.adaptation, 'transfer_units'),
    dateSource: TRANSFER_DATE,
    action: {
      kind: 'transfer-unit',
      unit: BASE_DEFENCE_UNIT_ID,
      to: 'mopti',
      movementDays: TRANSFER_DAYS,
    },
  },
  {
    id: 'gao-uav-in-service',
    title: 'UAV system in service at Gao',
    date: '2020-10-01',
    status: 'done',
    source: letter(QUOTE.gaoUav, SECTION.adaptation, 'gao_uav_in_service'),
    dateSource: assumption('The letter gives October 2020; the first day of the month is assumed.'),
    action: { kind: 'deploy-unit', unit: gaoUav },
  },
  {
    id: 'ecowas-sanctions-rotations-hampered',
    title: 'Rotations partially hampered by the ECOWAS sanctions',
    date: '2020-08-20',
    status: 'done',
    source: letter(QUOTE.rotationsHampered, SECTION.rotations, 'rotations_hampered'),
    dateSource: publicRef(
      REF.ecowasSanctions,
      'Borders closed from the night of 18–19 August, confirmed on 20 August; the letter: « Fin août » to the lifting « le 6 octobre 2020 » (47 days from 20 August).',
    ),
    action: {
      kind: 'restrict-rotations',
      durationDays: fromLetter(
        47,
        QUOTE.sanctionsLifted,
        SECTION.problems,
        'ecowas_sanctions_lifted',
      ),
      flightShare: assumed(
        0.5,
        'Rotations « partiellement entravées »: half the rotation flights still fly through the air bridge with neighbouring countries the letter mentions; no public figure.',
      ),
    },
  },
  {
    id: 'covid-testing-laboratories',
    title: 'Three COVID-19 testing laboratories in the mission',
    date: '2020-10-15',
    status: 'done',
    source: letter(QUOTE.testingLabs, SECTION.problems, 'covid_test_labs'),
    dateSource: assumption('The letter gives October 2020; mid-month assumed.'),
    action: {
      kind: 'set-parameter',
      path: 'rotations.covid.detectionDays',
      value: 2,
    },
  },
  {
    id: 'romanian-helicopters-repatriated',
    title: 'Helicopter unit repatriated (Romania’s four Pumas leave Gao)',
    date: '2020-10-15',
    status: 'done',
    source: letter(QUOTE.helicopterRepatriation, SECTION.problems, 'helo_units_repatriated'),
    dateSource: publicRef(
      REF.romaniaPumas,
      'The letter does not name the unit; the Romanian detachment served Oct 2019–Oct 2020, so it is taken as the unit « intervenu récemment »; mid-October assumed.',
    ),
    action: { kind: 'repatriate-unit', unit: REPATRIATED_HELICOPTER_UNIT_ID },
  },
  {
    id: 'mangouste-new-phase',
    title: 'Operation Mangouste enters a new phase (rapid deployment to Douentza circle)',
    date: '2020-10-23',
    status: 'done',
    source: letter(QUOTE.mangousteNewPhase, SECTION.operations, 'mangouste_new_phase'),
    action: { kind: 'milestone' },
  },
  {
    id: 'mangouste-douentza-tob',
    title: 'Temporary operating base in Douentza circle for Operation Mangouste',
    date: '2020-10-23',
    status: 'done',
    source: letter(QUOTE.mangousteDouentza, SECTION.operations),
    dateSource: assumption(
      'Opened with the new phase of Mangouste; the letter does not say a TOB was opened there, but it counts seven temporary bases in its period and the deployment was « rapide ».',
    ),
    after: ['mangouste-new-phase'],
    action: { kind: 'open-base', place: tobDouentzaMangouste },
  },
  {
    id: 'gao-rapid-reaction-force',
    title: 'Rapid reaction force deployed at Gao',
    date: '2020-12-31',
    status: 'planned',
    source: letter(QUOTE.gaoStructures, SECTION.adaptation, 'gao_structures_ready'),
    dateSource: assumption(
      '« à la fin de l’année »: 31 December 2020, the unit taken to deploy as its structures are ready.',
    ),
    action: { kind: 'deploy-unit', unit: rapidReactionForce },
  },
  {
    id: 'gao-long-range-reconnaissance-patrol',
    title: 'Long-range reconnaissance patrol deployed at Gao',
    date: '2020-12-31',
    status: 'planned',
    source: letter(QUOTE.gaoStructures, SECTION.adaptation, 'gao_structures_ready'),
    dateSource: assumption(
      '« à la fin de l’année »: 31 December 2020, the unit taken to deploy as its structures are ready.',
    ),
    action: { kind: 'deploy-unit', unit: reconnaissancePatrol },
  },
  {
    id: 'gao-forward-command-post',
    title: 'First forward command post at Gao',
    date: '2020-12-31',
    status: 'planned',
    source: letter(QUOTE.gaoStructures, SECTION.adaptation, 'gao_structures_ready'),
    dateSource: assumption(
      '« à la fin de l’année »: 31 December 2020, the unit taken to deploy as its structures are ready.',
    ),
    action: { kind: 'deploy-unit', unit: forwardCommandPost },
  },
  {
    id: 'vehicle-replacements-centre',
    title: 'Replacement armoured vehicles delivered to Sector Centre',
    date: '2021-03-01',
    status: 'planned',
    source: letter(QUOTE.armouredReplace, SECTION.performance, 'armoured_unserviceable'),
    dateSource: assumption(
      'No delivery date is public; about ten weeks after the letter’s urgent request assumed.',
    ),
    action: {
      kind: 'deliver-vehicles',
      sector: 'centre',
      count: assumed(
        15,
        'A third of the 46 unserviceable vehicles, to the sector most exposed to IEDs.',
      ),
      mineProtected: true,
      replacesWrittenOff: true,
    },
  },
  {
    id: 'vehicle-replacements-east',
    title: 'Replacement armoured vehicles delivered to Sector East',
    date: '2021-06-01',
    status: 'planned',
    source: letter(QUOTE.armouredReplace, SECTION.performance, 'armoured_unserviceable'),
    dateSource: assumption(
      'No delivery date is public; a second tranche three months after the first assumed.',
    ),
    action: {
      kind: 'deliver-vehicles',
      sector: 'east',
      count: assumed(15, 'A second third of the 46 unserviceable vehicles.'),
      mineProtected: true,
      replacesWrittenOff: true,
    },
  },
  {
    id: MOPTI_EXPANSION_ID,
    title: 'Mopti camp expansion completed',
    date: '2021-10-01',
    status: 'delayed',
    source: letter(QUOTE.moptiExpansion, SECTION.adaptation, 'mopti_camp_target'),
    dateSource: assumption(MOPTI_NEW_DATE),
    action: { kind: 'milestone' },
  },
  {
    id: 'mopti-helicopter-unit',
    title: 'New military helicopter unit at Mopti (pledge replacing the repatriated unit)',
    date: '2021-10-01',
    status: 'planned',
    source: letter(QUOTE.helicopterGap, SECTION.problems),
    dateSource: assumption(
      'Housed by the Mopti expansion, so it cannot deploy before it; size and base from S/2021/657 (one of its two proposed units, at Mopti), which put such units no earlier than January 2023.',
    ),
    after: [MOPTI_EXPANSION_ID],
    action: {
      kind: 'pledge-unit',
      unit: moptiHelicopterUnit,
      requestedOn: '2020-10-15',
      leadDays: assumed(
        { dist: 'lognormal', mean: 365, sd: 180 },
        `From the request (the repatriation, October 2020) to a unit ready to deploy: about a year (selection, memorandum of understanding, assessment visit, equipment shipped), from half a year to two. Even units at the rapid deployment level take 60 days (${REF.pcrs}). Sensitivity: see the report.`,
      ),
      probability: assumed(
        0.6,
        `No pledge is public; helicopter units are the capability contributors most fail to provide (${REF.helicopterShortage}). Sensitivity: the pledge-fails scenario (0).`,
      ),
      replaces: REPATRIATED_HELICOPTER_UNIT_ID,
    },
  },
  {
    id: 'mtf-surgical-team',
    title: 'Surgical team for the mobile task force at Mopti',
    date: '2021-10-01',
    status: 'planned',
    source: letter(QUOTE.surgicalGap, SECTION.operations),
    dateSource: assumption('Housed by the Mopti expansion; no date is public.'),
    after: [MOPTI_EXPANSION_ID],
    action: {
      kind: 'add-surgical-teams',
      facility: MOPTI_ROLE2_ID,
      teams: assumed(1, 'One team closes the gap the letter names for the mobile task force.'),
    },
  },
];
