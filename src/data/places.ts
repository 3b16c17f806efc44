/**
 * Sectors and places of MINUSMA at 1 July 2020: the four military sectors, the camps, the
 * temporary operating bases (TOBs) of Operation Buffalo, Ogossagou and Timiniri, and the towns
 * the routes and incident areas refer to. Coordinates come from public gazetteers where they are
 * public; the rest are stated approximations.
 *
 * The letter says MINUSMA « établi sept bases temporaires » during its reporting period. Five
 * TOBs stand at the scenario's start (Bandiagara, Koro, Bankass circles; Ogossagou; Timiniri) and
 * two more are opened by plan steps before the letter's date (a second TOB in Koro circle, where
 * the letter speaks of bases in the plural, and a Mangouste TOB in Douentza circle): seven in all.
 *
 * @module
 */
import type { Location, Place, PlaceKind, Sector } from '../model/mission.js';
import type { Source } from '../model/provenance.js';
import { assumption, publicRef, REF } from './sources.js';

/** The four military sectors and their headquarters. */
export const sectors: readonly Sector[] = [
  { id: 'north', name: 'Sector North', hq: 'kidal' },
  { id: 'east', name: 'Sector East', hq: 'gao' },
  { id: 'west', name: 'Sector West', hq: 'timbuktu' },
  { id: 'centre', name: 'Sector Centre', hq: 'mopti' },
];

function at(latDeg: number, lonDeg: number, source: Source): Location {
  return { latDeg, lonDeg, source };
}

interface PlaceInit {
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly sector?: string;
  readonly location: Location;
  readonly base: boolean;
  readonly helipad: boolean;
}

function place(init: PlaceInit): Place {
  return init;
}

const TOB_SITE =
  'The exact site of a temporary operating base is not public; it is placed at the town of its circle, so distances from it are those of the town.';

/** Every place of the mission at the scenario's start. */
export const places: readonly Place[] = [
  place({
    id: 'bamako',
    name: 'Bamako (mission headquarters)',
    kind: 'headquarters',
    location: at(12.639, -8.003, publicRef(REF.gazetteer, 'Bamako (city)')),
    base: true,
    helipad: true,
  }),
  // Sector North
  place({
    id: 'kidal',
    name: 'Kidal',
    kind: 'camp',
    sector: 'north',
    location: at(18.4389, 1.4083, publicRef(REF.kidal)),
    base: true,
    helipad: true,
  }),
  place({
    id: 'tessalit',
    name: 'Tessalit',
    kind: 'camp',
    sector: 'north',
    location: at(20.2011, 1.0125, publicRef(REF.tessalit)),
    base: true,
    helipad: true,
  }),
  place({
    id: 'aguelhok',
    name: 'Aguelhok',
    kind: 'camp',
    sector: 'north',
    location: at(19.465, 0.856, publicRef(REF.aguelhok)),
    base: true,
    helipad: true,
  }),
  // Sector East
  place({
    id: 'gao',
    name: 'Gao',
    kind: 'camp',
    sector: 'east',
    location: at(16.267, -0.05, publicRef(REF.gazetteer, 'Gao')),
    base: true,
    helipad: true,
  }),
  place({
    id: 'menaka',
    name: 'Ménaka',
    kind: 'camp',
    sector: 'east',
    location: at(15.916, 2.402, publicRef(REF.gazetteer, 'Ménaka')),
    base: true,
    helipad: true,
  }),
  place({
    id: 'ansongo',
    name: 'Ansongo',
    kind: 'camp',
    sector: 'east',
    location: at(15.6594, 0.5017, publicRef(REF.ansongo)),
    base: true,
    helipad: true,
  }),
  place({
    id: 'labbezanga',
    name: 'Labbezanga',
    kind: 'border-crossing',
    sector: 'east',
    location: at(
      14.95,
      0.7,
      assumption(
        'Position not verified: Labbezanga is the crossing on the Niger at the border with Niger, about 80 km south-south-east of Ansongo along the RN17; placed there to within ~10 km.',
      ),
    ),
    base: false,
    helipad: false,
  }),
  // Sector West
  place({
    id: 'timbuktu',
    name: 'Timbuktu',
    kind: 'camp',
    sector: 'west',
    location: at(16.7735, -3.0083, publicRef(REF.gazetteer, 'Timbuktu')),
    base: true,
    helipad: true,
  }),
  place({
    id: 'ber',
    name: 'Ber',
    kind: 'camp',
    sector: 'west',
    location: at(
      16.85,
      -2.52,
      assumption(
        'Estimated from the public description "53 km east of Timbuktu, 8 km north of the Niger" (profilpelajar de.wikipedia mirror); no published coordinates retrieved.',
      ),
    ),
    base: true,
    helipad: true,
  }),
  place({
    id: 'goundam',
    name: 'Goundam',
    kind: 'camp',
    sector: 'west',
    location: at(16.4145, -3.6696, publicRef(REF.gazetteer, 'Goundam')),
    base: true,
    helipad: true,
  }),
  place({
    id: 'dire',
    name: 'Diré',
    kind: 'town',
    sector: 'west',
    location: at(16.27, -3.3959, publicRef(REF.gazetteer, 'Diré')),
    base: false,
    helipad: false,
  }),
  place({
    id: 'niafunke',
    name: 'Niafunké',
    kind: 'town',
    sector: 'west',
    location: at(15.9311, -3.99, publicRef(REF.niafunke)),
    base: false,
    helipad: false,
  }),
  place({
    id: 'bambara-maoude',
    name: 'Bambara-Maoudé',
    kind: 'village',
    sector: 'west',
    location: at(15.851, -2.7861, publicRef(REF.acled, 'ACLED location point of Bambara Maoudé')),
    base: false,
    helipad: false,
  }),
  // Sector Centre
  place({
    id: 'mopti',
    name: 'Mopti (Sévaré)',
    kind: 'camp',
    sector: 'centre',
    location: at(14.533, -4.1, publicRef(REF.sevare, 'the camp is at Sévaré, 10 km east of Mopti')),
    base: true,
    helipad: true,
  }),
  place({
    id: 'douentza',
    name: 'Douentza',
    kind: 'camp',
    sector: 'centre',
    location: at(15.0031, -2.9519, publicRef(REF.gazetteer, 'Douentza')),
    base: true,
    helipad: true,
  }),
  place({
    id: 'bandiagara',
    name: 'Bandiagara',
    kind: 'town',
    sector: 'centre',
    location: at(14.35, -3.611, publicRef(REF.bandiagara)),
    base: false,
    helipad: false,
  }),
  place({
    id: 'koro',
    name: 'Koro',
    kind: 'town',
    sector: 'centre',
    location: at(14.0683, -3.0814, publicRef(REF.koro)),
    base: false,
    helipad: false,
  }),
  place({
    id: 'bankass',
    name: 'Bankass',
    kind: 'town',
    sector: 'centre',
    location: at(14.0775, -3.5159, publicRef(REF.acled, 'ACLED location point of Bankass')),
    base: false,
    helipad: false,
  }),
  place({
    id: 'ogossagou',
    name: 'Ogossagou',
    kind: 'village',
    sector: 'centre',
    location: at(
      13.9583,
      -3.5706,
      publicRef(
        REF.acled,
        'ACLED location point of Ogossagou, 14.5 km from Bankass; a Malian Ministry of Culture report (Jan 2020) places the village « à environ 15 km de Bankass »',
      ),
    ),
    base: false,
    helipad: false,
  }),
  place({
    id: 'djenne',
    name: 'Djenné',
    kind: 'town',
    sector: 'centre',
    location: at(13.9045, -4.5599, publicRef(REF.acled, 'ACLED location point of Djenné')),
    base: false,
    helipad: false,
  }),
  place({
    id: 'timiniri',
    name: 'Timiniri',
    kind: 'village',
    sector: 'centre',
    location: at(
      14.45,
      -3.8,
      assumption(
        'Position not verified: Timiniri is a commune of Bandiagara circle (maliactu, Sep 2020); placed between Sévaré and Bandiagara, about 25 km north-west of Bandiagara.',
      ),
    ),
    base: false,
    helipad: false,
  }),
  // Temporary operating bases standing at the start
  place({
    id: 'tob-bandiagara',
    name: 'TOB Bandiagara circle (Operation Buffalo)',
    kind: 'temporary-operating-base',
    sector: 'centre',
    location: at(14.35, -3.611, assumption(TOB_SITE)),
    base: true,
    helipad: true,
  }),
  place({
    id: 'tob-koro',
    name: 'TOB Koro circle (Operation Buffalo)',
    kind: 'temporary-operating-base',
    sector: 'centre',
    location: at(14.0683, -3.0814, assumption(TOB_SITE)),
    base: true,
    helipad: true,
  }),
  place({
    id: 'tob-bankass',
    name: 'TOB Bankass circle (Operation Buffalo)',
    kind: 'temporary-operating-base',
    sector: 'centre',
    location: at(14.0775, -3.5159, assumption(TOB_SITE)),
    base: true,
    helipad: true,
  }),
  place({
    id: 'tob-ogossagou',
    name: 'TOB Ogossagou',
    kind: 'temporary-operating-base',
    sector: 'centre',
    location: at(13.9583, -3.5706, assumption('Placed at Ogossagou village (ACLED point).')),
    base: true,
    helipad: true,
  }),
  place({
    id: 'tob-timiniri',
    name: 'TOB Timiniri (Operation Cobra)',
    kind: 'temporary-operating-base',
    sector: 'centre',
    location: at(
      14.45,
      -3.8,
      assumption('Placed at the (approximate) position of Timiniri commune.'),
    ),
    base: true,
    helipad: true,
  }),
];

/** The second TOB in Koro circle, opened by a plan step (the letter: bases in the plural there). */
export const tobKoro2: Place = place({
  id: 'tob-koro-2',
  name: 'Second TOB Koro circle (Operation Buffalo)',
  kind: 'temporary-operating-base',
  sector: 'centre',
  location: at(
    14.07,
    -2.85,
    assumption(
      'Illustrative site about 25 km east of Koro, towards the border with Burkina Faso; the letter gives no site.',
    ),
  ),
  base: true,
  helipad: true,
});

/** The TOB of the new phase of Operation Mangouste in Douentza circle, opened by a plan step. */
export const tobDouentzaMangouste: Place = place({
  id: 'tob-douentza-mangouste',
  name: 'TOB Douentza circle (Operation Mangouste)',
  kind: 'temporary-operating-base',
  sector: 'centre',
  location: at(
    15.03,
    -2.58,
    assumption(
      'Illustrative site about 40 km east of Douentza on the RN16; the letter says only « dans le cercle de Douentza ».',
    ),
  ),
  base: true,
  helipad: true,
});
