/**
 * MINUSMA's adaptation plan from 1 July 2020, as dated steps. Steps marked `done` (July to
 * December 2020) bring the force from the scenario's start to the state the letter describes on
 * 23 December 2020; later steps are planned or delayed. Where the letter gives only a month or
 * a year, the day is a stated assumption (`dateSource`). Each step is a mechanism: it moves,
 * deploys or withdraws units, opens or closes bases with their garrisons, adds room to a camp,
 * or delivers vehicles. Steps that need a camp's room come `after` its expansion with a lead
 * time, so moving the camp's date moves them.
 *
 * @module
 */

import type { PlanStep } from '../dynamics/format.js';
import type { Unit } from '../model/mission.js';
import { assumed, fromLetter, fromPublic } from '../model/provenance.js';
import { REPATRIATED_HELICOPTER_UNIT_ID } from './aviation.js';
import { tobDouentzaMangouste, tobKoro2 } from './places.js';
import { assumption, letter, publicRef, QUOTE, REF, SECTION } from './sources.js';
import { BASE_DEFENCE_UNIT_ID, MECHANISED_COMPANY_ID } from './units.js';

/** Id of the delayed Mopti camp expansion, which gates the steps it houses. */
export const MOPTI_EXPANSION_ID = 'mopti-camp-expansion';
/** Id of the Gao structures for the rapid reaction force, reconnaissance patrol and command post. */
export const GAO_STRUCTURES_ID = 'gao-structures-ready';

const TRANSFER_DATE = assumption(
  'The letter reports the transfer done in 2020 without a date; mid-September assumed (rotations resumed from 1 July and were partly blocked from late August to October).',
);
const TRANSFER_DAYS = assumed(
  4,
  'Timbuktu to Mopti by the Douentza axis or the river corridor (~500 km) at about 150 km a day under escort, with loading and unloading.',
);

const MOPTI_NEW_DATE =
  'The letter says the expansion, « initialement prévu pour avril 2021 », has been delayed, without a new date; six months later (1 October 2021) assumed, so that what it houses arrives inside the horizon.';

const MTF_UNITS = ['mtf-task-group', 'mtf-special-forces'] as const;

const rapidReactionForce: Unit = {
  id: 'gao-rapid-reaction-force',
  name: 'Rapid reaction force (Gao)',
  kind: 'rapid-reaction-force',
  strength: assumed(
    250,
    'Company of 250, the size S/2021/657 later proposed for quick-reaction companies (janes.com, reliefweb).',
  ),
  base: 'gao',
  capabilities: ['civilian-protection', 'air-assault', 'escort'],
  noticeToMoveMin: assumed(
    30,
    'A rapid reaction force stands at 30 minutes notice to move and flies in by helicopter (air assault).',
  ),
};

const reconnaissancePatrol: Unit = {
  id: 'gao-long-range-reconnaissance-patrol',
  name: 'Long-range reconnaissance patrol (UK Long Range Reconnaissance Group, Gao)',
  kind: 'long-range-reconnaissance-patrol',
  contributor: 'United Kingdom',
  strength: fromPublic(
    300,
    REF.ukLrrg,
    'A three-hundred strong task group, taken as the letter’s « patrouille de reconnaissance dans la profondeur ».',
  ),
  base: 'gao',
  capabilities: ['isr'],
};

const forwardCommandPost: Unit = {
  id: 'gao-forward-command-post',
  name: 'First forward command post (mobile task force)',
  kind: 'forward-command-post',
  strength: assumed(60, 'A deployable command post of about 60; size not public.'),
  base: 'gao',
  capabilities: ['command'],
  // « premier poste de commandement avancé – élément clé de l'opération Mangouste »: it commands
  // the mobile task force where it operates.
  follows: 'mtf-task-group',
};

const mtfSurgicalTeam: Unit = {
  id: 'mtf-forward-surgical-team',
  name: 'Forward surgical team of the mobile task force',
  kind: 'surgical-team',
  strength: assumed(
    20,
    'A forward surgical team (surgeons, anaesthetist, nurses) of about 20, the size of a UN Level 2 forward surgical module; not public.',
  ),
  base: 'gao',
  capabilities: ['surgery'],
  follows: 'mtf-task-group',
};

const koro2Garrison = 'tob-koro-2-garrison';

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
    source: assumption(
      'The letter speaks of « la présence prolongée de bases opérationnelles temporaires » (plural) in Koro circle and of seven temporary bases set up in its period; five are in the mission at the start, so two opened during the period: this one, and the TOB of Mangouste. Its garrison, site and date are assumptions.',
    ),
    dateSource: assumption('September 2020 assumed; the letter gives no date.'),
    action: {
      kind: 'open-base',
      place: tobKoro2,
      garrison: {
        units: [koro2Garrison],
        movementDays: assumed(1, 'Mopti to Koro circle, about 200 km by road.'),
      },
    },
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
    title: 'Mangouste’s new phase: the mobile task force deploys to Douentza circle',
    date: '2020-10-23',
    status: 'done',
    source: letter(
      `${QUOTE.mangousteNewPhase} … ${QUOTE.mangousteDouentza}`,
      SECTION.operations,
      'mangouste_new_phase',
    ),
    dateSource: letter(QUOTE.mangousteNewPhase, SECTION.operations, 'mangouste_new_phase'),
    action: {
      kind: 'open-base',
      place: tobDouentzaMangouste,
      garrison: {
        units: [...MTF_UNITS],
        movementDays: assumed(
          2,
          'Gao to Douentza circle, about 400 km by the RN16, in a « déploiement rapide »; the letter says air units took part too.',
        ),
      },
    },
  },
  {
    id: 'gao-long-range-reconnaissance-patrol',
    title: 'Long-range reconnaissance patrol arrives at Gao (UK Long Range Reconnaissance Group)',
    date: '2020-12-03',
    status: 'done',
    source: publicRef(
      REF.ukLrrg,
      'The letter expects structures for « la patrouille de reconnaissance dans la profondeur » at the end of the year; the UK group arrived on 3 December 2020 with its own camp (Camp Bagnold).',
    ),
    action: { kind: 'deploy-unit', unit: reconnaissancePatrol },
  },
  {
    id: 'tob-bandiagara-withdrawn',
    title: 'Temporary operating base on the RN15 (Bandiagara) withdrawn after militia blockades',
    date: '2020-12-20',
    status: 'done',
    source: publicRef(
      REF.tobRn15,
      'Its garrison returns to the Sector Centre headquarters at Mopti.',
    ),
    dateSource: assumption('« à partir du 18 décembre 2020 »; withdrawal two days later assumed.'),
    action: {
      kind: 'transfer-unit',
      unit: 'tob-bandiagara-garrison',
      to: 'mopti',
      movementDays: assumed(1, 'Bandiagara to Mopti, about 70 km.'),
    },
  },
  {
    id: 'tob-bandiagara-closed',
    title: 'Temporary operating base on the RN15 (Bandiagara) closed',
    date: '2020-12-20',
    status: 'done',
    source: publicRef(REF.tobRn15),
    dateSource: assumption('Closed as its garrison leaves.'),
    after: ['tob-bandiagara-withdrawn'],
    action: { kind: 'close-base', place: 'tob-bandiagara' },
  },
  {
    id: GAO_STRUCTURES_ID,
    title: 'Gao structures ready for the rapid reaction force, patrol and command post',
    date: '2020-12-31',
    status: 'planned',
    source: letter(QUOTE.gaoStructures, SECTION.adaptation, 'gao_structures_ready'),
    dateSource: assumption('« à la fin de l’année »: 31 December 2020.'),
    action: {
      kind: 'expand-camp',
      place: 'gao',
      accommodation: assumed(
        310,
        'Room for the rapid reaction force (250) and the forward command post (60); the letter does not size the structures.',
      ),
      aprons: assumed(0, 'The structures house ground units.'),
    },
  },
  {
    id: 'gao-rapid-reaction-force',
    title: 'Rapid reaction force deployed at Gao',
    date: '2020-12-31',
    status: 'planned',
    source: assumption(
      'The letter names structures « destinées à faciliter le déploiement de la force d’intervention rapide », not the force itself, which was not in the mission in December 2020: it is taken to deploy once they are ready. No public date or strength was found.',
    ),
    after: [GAO_STRUCTURES_ID],
    afterLeadDays: assumed(
      90,
      'A contingent is generated, equipped and moved in about three months once its structures are ready.',
    ),
    action: { kind: 'deploy-unit', unit: rapidReactionForce },
  },
  {
    id: 'gao-forward-command-post',
    title: 'First forward command post joins the mobile task force',
    date: '2020-12-31',
    status: 'planned',
    source: letter(QUOTE.gaoStructures, SECTION.adaptation, 'gao_structures_ready'),
    dateSource: assumption(
      'Taken to deploy a month after its structures are ready; it then commands the mobile task force where it operates (« élément clé de l’opération Mangouste »).',
    ),
    after: [GAO_STRUCTURES_ID],
    afterLeadDays: assumed(30, 'A command post of about 60 sets up in about a month.'),
    action: { kind: 'deploy-unit', unit: forwardCommandPost },
  },
  {
    id: 'vehicle-replacements-centre',
    title: 'Replacement armoured vehicles delivered to Sector Centre',
    date: '2021-03-01',
    status: 'planned',
    source: assumption(
      'The letter says the 46 unserviceable vehicles « doivent être remplacés de toute urgence »; it announces no delivery. This step assumes a first tranche of replacements.',
    ),
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
    source: assumption(
      'The letter says the 46 unserviceable vehicles « doivent être remplacés de toute urgence »; it announces no delivery. This step assumes a second tranche.',
    ),
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
    id: 'mtf-surgical-team',
    title: 'Forward surgical team joins the mobile task force',
    date: '2021-07-01',
    status: 'planned',
    source: assumption(
      'The letter names the lack of « équipes chirurgicales à l’appui de son équipe spéciale mobile » as a persistent gap and announces no deployment: this step is a what-if, one forward surgical team moving with the task force.',
    ),
    dateSource: assumption('No date is public; mid-2021 assumed.'),
    action: { kind: 'deploy-unit', unit: mtfSurgicalTeam },
  },
  {
    id: MOPTI_EXPANSION_ID,
    title: 'Mopti camp expansion completed',
    date: '2021-10-01',
    status: 'delayed',
    source: letter(QUOTE.moptiExpansion, SECTION.adaptation, 'mopti_camp_target'),
    dateSource: assumption(MOPTI_NEW_DATE),
    action: {
      kind: 'expand-camp',
      place: 'mopti',
      accommodation: assumed(
        600,
        'Room for the « nouveaux contingents » the letter says the delay holds back: a helicopter unit (130) and further units; the letter does not size the expansion.',
      ),
      aprons: assumed(
        6,
        'Aprons and maintenance space for one helicopter unit of five and a spare; the camp has none for a military helicopter unit before it.',
      ),
    },
  },
  {
    id: 'mopti-helicopter-unit',
    title: 'New military helicopter unit at Mopti (pledge replacing the repatriated unit)',
    date: '2021-04-01',
    status: 'planned',
    source: letter(QUOTE.helicopterGap, SECTION.problems),
    dateSource: assumption(
      'As a planner saw it in December 2020: a month after the Mopti expansion houses it, no earlier than the expansion’s original April 2021, and not before the pledge is ready. Size and base from S/2021/657 (one of its two proposed units, at Mopti), which in August 2021 put such units no earlier than January 2023: the README shows the difference.',
    ),
    after: [MOPTI_EXPANSION_ID],
    afterLeadDays: assumed(
      30,
      'A helicopter unit moves in about a month after its apron is ready.',
    ),
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
];
