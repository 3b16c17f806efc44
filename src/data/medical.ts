/**
 * Medical facilities: a role 1 clinic in every camp, role 2 hospitals at Gao, Timbuktu, Kidal
 * and Mopti, and a role 2/3 hospital in Bamako. The letter reports a shortage of « équipes
 * chirurgicales » for the mobile task force; the number of surgical teams is an assumption.
 *
 * @module
 */
import type { MedicalFacility } from '../model/mission.js';
import { assumed } from '../model/provenance.js';

const ROLE1 = assumed(0, 'A role 1 clinic has no surgical team (UN levels of care).');
const ROLE2 = assumed(
  1,
  'One surgical team per role 2 hospital (UN role 2 standard); the letter reports a surgical-team shortage (« équipes chirurgicales »), so no spare teams.',
);

const CAMPS: readonly (readonly [string, string])[] = [
  ['kidal', 'Kidal'],
  ['tessalit', 'Tessalit'],
  ['aguelhok', 'Aguelhok'],
  ['gao', 'Gao'],
  ['menaka', 'Ménaka'],
  ['ansongo', 'Ansongo'],
  ['timbuktu', 'Timbuktu'],
  ['ber', 'Ber'],
  ['goundam', 'Goundam'],
  ['mopti', 'Mopti'],
  ['douentza', 'Douentza'],
  ['bamako', 'Bamako'],
];

/** Id of the role 2 hospital at Mopti, which receives the mobile task force's surgical team. */
export const MOPTI_ROLE2_ID = 'mopti-role-2';

/** Medical facilities of the mission. */
export const medicalFacilities: readonly MedicalFacility[] = [
  ...CAMPS.map(([place, name]) => ({
    id: `${place}-role-1`,
    name: `${name} role 1 clinic`,
    place,
    role: 1 as const,
    surgicalTeams: ROLE1,
  })),
  {
    id: 'gao-role-2',
    name: 'Gao role 2 hospital',
    place: 'gao',
    role: 2,
    surgicalTeams: assumed(
      2,
      'Gao, the largest camp and the casualty destination for the east and north (45enord.ca: casualties from near Ménaka taken to Gao role 2), assumed to hold two surgical teams.',
    ),
  },
  {
    id: 'timbuktu-role-2',
    name: 'Timbuktu role 2 hospital',
    place: 'timbuktu',
    role: 2,
    surgicalTeams: ROLE2,
  },
  {
    id: 'kidal-role-2',
    name: 'Kidal role 2 hospital',
    place: 'kidal',
    role: 2,
    surgicalTeams: ROLE2,
  },
  {
    id: MOPTI_ROLE2_ID,
    name: 'Mopti role 2 hospital',
    place: 'mopti',
    role: 2,
    surgicalTeams: ROLE2,
  },
  {
    id: 'bamako-role-3',
    name: 'Bamako role 2/3 hospital',
    place: 'bamako',
    role: 3,
    surgicalTeams: assumed(
      2,
      'The capital’s enhanced role 2 / role 3 care (mission and contracted hospitals): two surgical teams assumed.',
    ),
  },
];
