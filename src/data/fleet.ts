/**
 * The armoured fleet as the letter gives it on 23 December 2020: 562 vehicles, 483 in daily use,
 * 33 in maintenance and 46 beyond the mission's repair, with an assumed split by sector.
 *
 * @module
 */
import type { ArmouredFleet } from '../model/mission.js';
import { assumed, fromLetter } from '../model/provenance.js';
import { QUOTE, SECTION } from './sources.js';

/** Date of the letter, when the split is given. */
export const LETTER_DATE = '2020-12-23';

const SPLIT =
  'Split of the 562 vehicles by sector in proportion to the assumed force in each (Sector East, with the mobile task force, the largest; Centre grown by the 2020 transfers); the letter gives only the mission total.';
const BAYS =
  'Parallel repair bays of the sector workshops (contingent-owned equipment workshops plus the mission’s): about one bay per 14 vehicles, so the workshops run at about 80 % of capacity at the calibrated breakdown load — the letter’s 33 in maintenance reads as a level the mission sustains, not a growing backlog; not public.';

/** The armoured fleet of the letter. */
export const armouredFleet: ArmouredFleet = {
  asOf: LETTER_DATE,
  total: fromLetter(562, QUOTE.armouredNow, SECTION.performance, 'armoured_vehicles_total'),
  inDailyUse: fromLetter(483, QUOTE.armouredDailyUse, SECTION.performance, 'armoured_daily_use'),
  inMaintenance: fromLetter(
    33,
    QUOTE.armouredMaintenance,
    SECTION.performance,
    'armoured_maintenance',
  ),
  awaitingReplacement: fromLetter(
    46,
    QUOTE.armouredUnserviceable,
    SECTION.performance,
    'armoured_unserviceable',
  ),
  bySector: [
    { sector: 'north', vehicles: assumed(130, SPLIT), workshopBays: assumed(9, BAYS) },
    { sector: 'east', vehicles: assumed(165, SPLIT), workshopBays: assumed(12, BAYS) },
    { sector: 'west', vehicles: assumed(112, SPLIT), workshopBays: assumed(8, BAYS) },
    { sector: 'centre', vehicles: assumed(155, SPLIT), workshopBays: assumed(11, BAYS) },
  ],
  mineProtectedShare: assumed(
    0.35,
    'About a third of the armoured vehicles mine-protected: the letter says some units still lack « véhicules à l’épreuve des mines » and the police asked for more of them; no count is public.',
  ),
};
