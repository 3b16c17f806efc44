/**
 * Helicopter units of MINUSMA at 1 July 2020 and the letter's 25 % figure.
 *
 * The complete 2020 order of battle is not public. The fleet is built so that, after the
 * Romanian Puma unit leaves (October 2020, public), the military component can task exactly
 * 4 of the 16 remaining helicopters: the letter's « ne peut utiliser que 25 % de la flotte
 * d’hélicoptères ». Sixteen is also the public count of military helicopters in mid-2016.
 *
 * | unit | base | aircraft | military tasking | source |
 * |---|---|---|---|---|
 * | Romania | Gao | 4 IAR-330 Puma | yes | public (repatriated Oct 2020) |
 * | Pakistan | Timbuktu | 4 utility (type assumed Mi-17) | yes | public (supported the mobile task force); count assumed |
 * | El Salvador | Timbuktu | 6 MD500E (armed) | no | public count; tasking assumed |
 * | contracted CASEVAC | Gao | 2 Mi-8MTV | no | public (CASEVAC contracted after the NH90s left); count and type assumed |
 * | contracted utility | Mopti, Bamako | 2 + 2 Mi-8MTV | no | assumption |
 *
 * Before the repatriation, 8 of 20 airframes (40 %) are military-tasked; after it, 4 of 16 (25 %).
 *
 * @module
 */
import type { Aircraft, HelicopterRole, Unit } from '../model/mission.js';
import { assumed, fromLetter, fromPublic, type Sourced } from '../model/provenance.js';
import { QUOTE, REF, SECTION } from './sources.js';

/** The letter: the military component can use only 25 % of the helicopter fleet. */
export const helicopterMilitaryShare: Sourced = fromLetter(
  0.25,
  QUOTE.helicopterShare,
  SECTION.problems,
  'helo_usable_share',
);

const MI17_SPEED = fromPublic(225, REF.mi17Speed);
const MI8_SPEED = fromPublic(
  225,
  REF.mi17Speed,
  'The Mi-8MTV is the airframe exported as the Mi-17; the Mi-17 figure is used.',
);

function aircraft(
  type: string,
  role: HelicopterRole,
  count: Sourced,
  cruiseSpeedKmh: Sourced,
  nightCapable: boolean,
  militaryTasking: boolean,
): Aircraft {
  return { type, role, count, cruiseSpeedKmh, nightCapable, militaryTasking };
}

/** Id of the helicopter unit repatriated « récemment » (Romania's Pumas, October 2020). */
export const REPATRIATED_HELICOPTER_UNIT_ID = 'romania-puma-gao';

const TASKING_RATIONALE =
  'The letter does not say which aircraft the military component can task. Military utility units are taken as force-tasked; the armed MD500E flies escort and armed reconnaissance under mission aviation tasking and carries no troops, and contracted aircraft fly for the mission at large. This makes the post-repatriation share exactly the letter’s 25 % (4 of 16).';

/** Helicopter units at the scenario's start (20 airframes). */
export const helicopterUnits: readonly Unit[] = [
  {
    id: REPATRIATED_HELICOPTER_UNIT_ID,
    name: 'Romanian helicopter unit (IAR-330 Puma)',
    kind: 'helicopter-unit',
    contributor: 'Romania',
    strength: fromPublic(120, REF.romaniaPumas),
    base: 'gao',
    capabilities: ['air-lift', 'casualty-evacuation'],
    aircraft: aircraft(
      'IAR-330 Puma',
      'utility',
      fromPublic(4, REF.romaniaPumas),
      fromPublic(
        280,
        REF.pumaSpeed,
        'The IAR-330 is the SA330 Puma built under licence in Romania.',
      ),
      true,
      true,
    ),
  },
  {
    id: 'pakistan-helicopter-unit',
    name: 'Pakistani helicopter unit',
    kind: 'helicopter-unit',
    contributor: 'Pakistan',
    strength: assumed(
      140,
      `Military helicopter unit of four utility aircraft with crews and ground staff. ${TASKING_RATIONALE}`,
    ),
    base: 'timbuktu',
    capabilities: ['air-lift', 'casualty-evacuation'],
    aircraft: aircraft(
      'Mi-17',
      'utility',
      assumed(
        4,
        `The unit is public (${REF.pakistan}) but its size and type are not; four Mi-17-class utility helicopters assumed. ${TASKING_RATIONALE}`,
      ),
      MI17_SPEED,
      false,
      true,
    ),
  },
  {
    id: 'el-salvador-md500e',
    name: 'Salvadoran armed helicopter unit (MD500E)',
    kind: 'helicopter-unit',
    contributor: 'El Salvador',
    strength: assumed(90, 'Light helicopter unit of six aircraft with crews and ground staff.'),
    base: 'timbuktu',
    capabilities: ['escort', 'isr'],
    aircraft: aircraft(
      'MD500E',
      'attack',
      fromPublic(6, REF.elSalvador, 'Count of Dec 2018, taken to hold in 2020.'),
      assumed(
        220,
        'MD500E cruise about 220 km/h (manufacturer class figure; not in the public-facts table).',
      ),
      false,
      false,
    ),
  },
  {
    id: 'gao-contracted-casevac',
    name: 'Contracted CASEVAC helicopters (Gao)',
    kind: 'helicopter-unit',
    strength: assumed(20, 'Civilian contractor crews and technicians for two aircraft.'),
    base: 'gao',
    capabilities: ['casualty-evacuation'],
    aircraft: aircraft(
      'Mi-8MTV',
      'casualty-evacuation',
      assumed(
        2,
        `CASEVAC was contracted after Germany withdrew its NH90s (${REF.nh90}); two aircraft on CASEVAC standby at Gao assumed. ${TASKING_RATIONALE}`,
      ),
      MI8_SPEED,
      true,
      false,
    ),
  },
  {
    id: 'mopti-contracted-helicopters',
    name: 'Contracted utility helicopters (Mopti)',
    kind: 'helicopter-unit',
    strength: assumed(20, 'Civilian contractor crews and technicians for two aircraft.'),
    base: 'mopti',
    capabilities: ['air-lift', 'casualty-evacuation'],
    aircraft: aircraft(
      'Mi-8MTV',
      'utility',
      assumed(2, `Mission-contracted utility helicopters serving the centre. ${TASKING_RATIONALE}`),
      MI8_SPEED,
      false,
      false,
    ),
  },
  {
    id: 'bamako-contracted-helicopters',
    name: 'Contracted utility helicopters (Bamako)',
    kind: 'helicopter-unit',
    strength: assumed(20, 'Civilian contractor crews and technicians for two aircraft.'),
    base: 'bamako',
    capabilities: ['air-lift', 'casualty-evacuation'],
    aircraft: aircraft(
      'Mi-8MTV',
      'utility',
      assumed(
        2,
        `Mission-contracted utility helicopters at the headquarters. ${TASKING_RATIONALE}`,
      ),
      MI8_SPEED,
      false,
      false,
    ),
  },
];
