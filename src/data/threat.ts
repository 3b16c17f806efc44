/**
 * The IED record of the letter (July to 23 December 2020) and the areas where civilians come
 * under threat and the force responds: the circles and axes the letter names.
 *
 * @module
 */
import type { IedRecord, IncidentArea } from '../model/mission.js';
import { assumed, fromLetter, fromPublic, type Sourced } from '../model/provenance.js';
import { LETTER_DATE } from './fleet.js';
import { assumption, QUOTE, REF, SECTION } from './sources.js';

/** First day of the letter's IED period (« Depuis juillet 2020 »). */
export const IED_PERIOD_START = '2020-07-01';

/** The letter's IED figures since July 2020. */
export const iedRecord: IedRecord = {
  periodStart: IED_PERIOD_START,
  periodEnd: LETTER_DATE,
  periodSource: assumption(
    'The letter counts « Depuis juillet 2020 » (start: 1 July 2020) and gives no cut-off: the period is taken to end on its date, 23 December 2020. A cut-off some weeks earlier (the figures compiled for the letter) would mean the same counts over less exposure.',
  ),
  totalMali: fromLetter(98, QUOTE.iedTotalMali, SECTION.problems, 'ied_total_mali'),
  againstMission: fromLetter(39, QUOTE.iedAgainstMission, SECTION.problems, 'ied_vs_minusma'),
  neutralised: fromLetter(19, QUOTE.iedNeutralised, SECTION.problems, 'ied_neutralised'),
  detonated: fromLetter(20, QUOTE.iedDetonated, SECTION.problems, 'ied_exploded'),
};

const ACLED_RATE =
  'ACLED events of violence against civilians in the circle, 1 June–31 December 2020, per month (de-duplicated by event): each is taken as a threat to civilians the force should respond to';

/** A monthly rate of threats from ACLED's 2020 counts. */
function acledRate(perMonth: number, note: string): Sourced {
  return fromPublic(perMonth, REF.acled, `${ACLED_RATE}. ${note}`);
}

/**
 * A disc radius from ACLED's median distance of 2019–2020 attacks on civilians from the circle's
 * town: threats uniform over a disc of radius R lie at a median distance R/√2.
 */
function acledRadius(medianKm: number): Sourced {
  return fromPublic(
    Math.round(medianKm * Math.SQRT2),
    REF.acled,
    `Median distance of 2019–2020 attacks on civilians from the circle's town ${medianKm} km; the disc's radius is that × √2 (a uniform disc's median distance is R/√2).`,
  );
}

function casualties(p: number, why: string): Sourced {
  return assumed(
    p,
    `${why} Share of responses in which peacekeepers are wounded (ambush or IED on the way); MINUSMA lost 6 peacekeepers to malicious acts in 2020 (UN Staff Union), so most responses end without casualties.`,
  );
}

/** Areas where threats to civilians arise: the circles and axes the letter names, and the other circles of the sectors where ACLED counts attacks on civilians in 2020. */
export const incidentAreas: readonly IncidentArea[] = [
  {
    id: 'douentza-circle',
    name: 'Douentza circle',
    sector: 'centre',
    place: 'douentza',
    radiusKm: acledRadius(79),
    threatsPerMonth: acledRate(
      2.9,
      'The letter sends Mangouste there « en réponse aux nouvelles menaces qui pesaient sur les populations locales ».',
    ),
    casualtyShare: casualties(0.1, 'Open terrain astride the RN16, mined approaches.'),
  },
  {
    id: 'bandiagara-circle',
    name: 'Bandiagara circle',
    sector: 'centre',
    place: 'bandiagara',
    radiusKm: acledRadius(27),
    threatsPerMonth: acledRate(4.4, 'A high-risk area of Operation Buffalo (letter).'),
    casualtyShare: casualties(0.08, 'Dogon plateau, ambushes on the approaches.'),
  },
  {
    id: 'koro-circle',
    name: 'Koro circle',
    sector: 'centre',
    place: 'koro',
    radiusKm: acledRadius(43),
    threatsPerMonth: acledRate(5.3, 'A high-risk area of Operation Buffalo (letter).'),
    casualtyShare: casualties(0.08, 'Border area with Burkina Faso.'),
  },
  {
    id: 'bankass-circle',
    name: 'Bankass circle',
    sector: 'centre',
    place: 'bankass',
    radiusKm: acledRadius(52),
    threatsPerMonth: acledRate(
      2.2,
      'A high-risk area of Operation Buffalo (letter); 2.4 a month in the circle, less the 0.2 of Ogossagou village, counted on its own.',
    ),
    casualtyShare: casualties(0.08, 'As Bandiagara.'),
  },
  {
    id: 'ogossagou',
    name: 'Ogossagou',
    sector: 'centre',
    place: 'ogossagou',
    radiusKm: assumed(5, 'The village and its fields, about 5 km around.'),
    threatsPerMonth: assumed(
      0.2,
      'Village of two massacres (23 Mar 2019, ~160 killed; 14 Feb 2020, ≥35 dead: HRW, minusma.unmissions.org): about two attacks a year; ACLED counts for the village alone were not retrieved.',
    ),
    casualtyShare: casualties(0.05, 'Close to a TOB: short exposed approach.'),
  },
  {
    id: 'mopti-circle',
    name: 'Mopti circle',
    sector: 'centre',
    place: 'mopti',
    radiusKm: acledRadius(32),
    threatsPerMonth: acledRate(2, 'Around the sector headquarters.'),
    casualtyShare: casualties(0.05, 'Short approaches from the Sévaré camp.'),
  },
  {
    id: 'djenne-circle',
    name: 'Djenné circle',
    sector: 'centre',
    place: 'djenne',
    radiusKm: acledRadius(49),
    threatsPerMonth: acledRate(1.3, 'Inner Niger delta, south-west of Mopti.'),
    casualtyShare: casualties(0.06, 'Flooded plain, few mined roads.'),
  },
  {
    id: 'goundam-circle',
    name: 'Goundam circle',
    sector: 'west',
    place: 'goundam',
    radiusKm: acledRadius(33),
    threatsPerMonth: acledRate(
      0.7,
      'The letter: limited local security, radical groups disrupting daily life.',
    ),
    casualtyShare: casualties(0.06, 'Lower IED activity in the west.'),
  },
  {
    id: 'dire-circle',
    name: 'Diré circle',
    sector: 'west',
    place: 'dire',
    radiusKm: acledRadius(17),
    threatsPerMonth: acledRate(
      0.4,
      'The letter: limited local security, radical groups disrupting daily life.',
    ),
    casualtyShare: casualties(0.06, 'Lower IED activity in the west.'),
  },
  {
    id: 'niafunke-circle',
    name: 'Niafunké circle',
    sector: 'west',
    place: 'niafunke',
    radiusKm: acledRadius(38),
    threatsPerMonth: acledRate(
      0.14,
      'The letter: limited local security, radical groups disrupting daily life.',
    ),
    casualtyShare: casualties(0.06, 'Lower IED activity in the west.'),
  },
  {
    id: 'menaka-town',
    name: 'Ménaka',
    sector: 'east',
    place: 'menaka',
    radiusKm: assumed(
      15,
      'ACLED places most 2019–2020 attacks on civilians of Ménaka circle in the town itself (median distance 0, 90th percentile 50 km): a disc of 15 km.',
    ),
    threatsPerMonth: acledRate(
      0.7,
      'The letter: « Ménaka sans armes » reduced attacks on civilians.',
    ),
    casualtyShare: casualties(
      0.1,
      'Responses outside the town meet IEDs (IED 65 km west of Ménaka, 2019, public).',
    ),
  },
  {
    id: 'gao-circle',
    name: 'Gao circle',
    sector: 'east',
    place: 'gao',
    radiusKm: acledRadius(47),
    threatsPerMonth: acledRate(4.4, 'Around the sector headquarters and the Gao super camp.'),
    casualtyShare: casualties(0.06, 'Short approaches from the camp; mined roads beyond.'),
  },
  {
    id: 'gao-labbezanga-axis',
    name: 'Gao–Labbezanga axis (Ansongo circle)',
    sector: 'east',
    place: 'ansongo',
    radiusKm: acledRadius(44),
    threatsPerMonth: acledRate(
      4.6,
      'Operation Seka secured this axis where the national army is little present (letter); Ansongo circle.',
    ),
    casualtyShare: casualties(0.08, 'Road axis: responses move along the RN17.'),
  },
];
