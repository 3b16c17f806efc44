/**
 * The IED record of the letter (July to 23 December 2020) and the areas where civilians come
 * under threat and the force responds: the circles and axes the letter names.
 *
 * @module
 */
import type { IedRecord, IncidentArea } from '../model/mission.js';
import { assumed, fromLetter, type Sourced } from '../model/provenance.js';
import { LETTER_DATE } from './fleet.js';
import { QUOTE, SECTION } from './sources.js';

/** First day of the letter's IED period (« Depuis juillet 2020 »). */
export const IED_PERIOD_START = '2020-07-01';

/** The letter's IED figures since July 2020. */
export const iedRecord: IedRecord = {
  periodStart: IED_PERIOD_START,
  periodEnd: LETTER_DATE,
  totalMali: fromLetter(98, QUOTE.iedTotalMali, SECTION.problems, 'ied_total_mali'),
  againstMission: fromLetter(39, QUOTE.iedAgainstMission, SECTION.problems, 'ied_vs_minusma'),
  neutralised: fromLetter(19, QUOTE.iedNeutralised, SECTION.problems, 'ied_neutralised'),
  detonated: fromLetter(20, QUOTE.iedDetonated, SECTION.problems, 'ied_exploded'),
};

const PLANNING =
  'Planning assumption to be replaced by mission incident data: no public count of threats to civilians per circle was retrieved.';

function threats(n: number, why: string): Sourced {
  return assumed(n, `${why} ${PLANNING}`);
}

function casualties(p: number, why: string): Sourced {
  return assumed(
    p,
    `${why} Share of responses in which peacekeepers are wounded (ambush or IED on the way); MINUSMA lost 6 peacekeepers to malicious acts in 2020 (UN Staff Union), so most responses end without casualties.`,
  );
}

/** Areas where threats to civilians arise. */
export const incidentAreas: readonly IncidentArea[] = [
  {
    id: 'douentza-circle',
    name: 'Douentza circle',
    sector: 'centre',
    place: 'douentza',
    threatsPerMonth: threats(
      2,
      'The letter sends Mangouste there « en réponse aux nouvelles menaces qui pesaient sur les populations locales ».',
    ),
    casualtyShare: casualties(0.1, 'Open terrain astride the RN16, mined approaches.'),
  },
  {
    id: 'bandiagara-circle',
    name: 'Bandiagara circle',
    sector: 'centre',
    place: 'bandiagara',
    threatsPerMonth: threats(
      2.5,
      'High-risk area of Operation Buffalo (letter); a bus attacked between Bandiagara and Bankass.',
    ),
    casualtyShare: casualties(0.08, 'Dogon plateau, ambushes on the approaches.'),
  },
  {
    id: 'koro-circle',
    name: 'Koro circle',
    sector: 'centre',
    place: 'koro',
    threatsPerMonth: threats(
      2,
      'High-risk area of Operation Buffalo with prolonged TOB presence (letter).',
    ),
    casualtyShare: casualties(0.08, 'Border area with Burkina Faso.'),
  },
  {
    id: 'bankass-circle',
    name: 'Bankass circle',
    sector: 'centre',
    place: 'bankass',
    threatsPerMonth: threats(2.5, 'High-risk area of Operation Buffalo (letter).'),
    casualtyShare: casualties(0.08, 'As Bandiagara.'),
  },
  {
    id: 'ogossagou',
    name: 'Ogossagou',
    sector: 'centre',
    place: 'ogossagou',
    threatsPerMonth: threats(
      0.8,
      'Village of two massacres (23 Mar 2019, ~160 killed; 14 Feb 2020, ≥35 dead, public) now covered by a TOB.',
    ),
    casualtyShare: casualties(0.05, 'Close to a TOB: short exposed approach.'),
  },
  {
    id: 'goundam-circle',
    name: 'Goundam circle',
    sector: 'west',
    place: 'goundam',
    threatsPerMonth: threats(
      0.8,
      'The letter: limited local security, radical groups disrupting daily life.',
    ),
    casualtyShare: casualties(0.06, 'Lower IED activity in the west.'),
  },
  {
    id: 'dire-circle',
    name: 'Diré circle',
    sector: 'west',
    place: 'dire',
    threatsPerMonth: threats(
      0.6,
      'The letter: limited local security, radical groups disrupting daily life.',
    ),
    casualtyShare: casualties(0.06, 'Lower IED activity in the west.'),
  },
  {
    id: 'niafunke-circle',
    name: 'Niafunké circle',
    sector: 'west',
    place: 'niafunke',
    threatsPerMonth: threats(
      0.8,
      'The letter: limited local security, radical groups disrupting daily life.',
    ),
    casualtyShare: casualties(0.06, 'Lower IED activity in the west.'),
  },
  {
    id: 'menaka-town',
    name: 'Ménaka',
    sector: 'east',
    place: 'menaka',
    threatsPerMonth: threats(
      1.5,
      'The letter: « Ménaka sans armes » reduced attacks on civilians, which implies a significant prior level.',
    ),
    casualtyShare: casualties(
      0.1,
      'Responses outside the town meet IEDs (IED 65 km west of Ménaka, 2019, public).',
    ),
  },
  {
    id: 'gao-labbezanga-axis',
    name: 'Gao–Labbezanga axis',
    sector: 'east',
    place: 'ansongo',
    threatsPerMonth: threats(
      1,
      'Operation Seka secured this axis where the national army is little present (letter); Ansongo stands for the axis.',
    ),
    casualtyShare: casualties(0.08, 'Road axis: responses move along the RN17.'),
  },
];
