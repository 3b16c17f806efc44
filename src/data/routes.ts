/**
 * Main supply routes and patrol axes of MINUSMA in 2020. Lengths are the great-circle distance
 * through the waypoints times a stated road factor, except Gao–Kidal, whose 352 km are public.
 * Convoy speeds, movements and IED threat weights are stated assumptions: the letter says that
 * « les principales routes d’approvisionnement et les convois logistiques » are the most exposed
 * and that IEDs threaten the force « dans le centre et le nord du Mali », but gives no figure
 * per route.
 *
 * @module
 */
import type { Route, Surface } from '../model/mission.js';
import { assumed, fromPublic, type Sourced } from '../model/provenance.js';
import { REF } from './sources.js';

const FACTOR_PAVED = assumed(
  1.15,
  'Paved national road on open, flat terrain: road length about 15 % above the great-circle distance (typical detour factor for Sahelian trunk roads).',
);
const FACTOR_LATERITE = assumed(
  1.25,
  'Laterite road with detours around wadis and villages: road length about 25 % above the great-circle distance.',
);
const FACTOR_TRACK = assumed(
  1.3,
  'Desert or bush track following dunes, wadis and river channels: road length about 30 % above the great-circle distance.',
);

const SPEED: Record<Surface, Sourced> = {
  paved: assumed(
    40,
    'Escorted military convoy on a paved road: 40 km/h while moving. Kidal→Gao (352 km) is "normally a single day" for civilian traffic (public), so convoys are slower than that.',
  ),
  laterite: assumed(
    30,
    'Escorted convoy on laterite: 30 km/h while moving; in line with 352 km Kidal→Gao done in one long day of driving in normal conditions (public).',
  ),
  track: assumed(
    20,
    'Escorted convoy on tracks and sand: 20 km/h while moving; heavy trucks and armoured vehicles on soft ground.',
  ),
};

const FACTOR: Record<Surface, Sourced> = {
  paved: FACTOR_PAVED,
  laterite: FACTOR_LATERITE,
  track: FACTOR_TRACK,
};

interface RouteInit {
  readonly id: string;
  readonly name: string;
  readonly from: string;
  readonly via?: readonly string[];
  readonly to: string;
  readonly surface: Surface;
  readonly lengthKm?: Sourced;
  readonly movementsPerMonth: Sourced;
  readonly vehiclesPerMovement: Sourced;
  readonly iedThreatWeight: Sourced;
}

function route(init: RouteInit): Route {
  const { lengthKm, ...rest } = init;
  const base = { ...rest, convoySpeedKmh: SPEED[init.surface] };
  return lengthKm === undefined
    ? { ...base, roadFactor: FACTOR[init.surface] }
    : { ...base, lengthKm };
}

function movements(n: number, why: string): Sourced {
  return assumed(
    n,
    `${why} Counted as one-way movements (logistics convoys and armoured patrols) per month; planning value to be replaced by mission movement-control data.`,
  );
}

function vehicles(n: number, why: string): Sourced {
  return assumed(
    n,
    `${why} Armoured vehicles exposed per movement (escort and protected vehicles, not soft-skinned trucks).`,
  );
}

const W_CENTRE =
  'Centre (Mopti region): the letter names the centre with the north as where IEDs threaten the force; the 13 Jan 2021 IED and ambush near Bambara-Maoudé (reliefweb) and the attacked bus on Bandiagara–Bankass (letter) show the axes are mined and ambushed.';
const W_NORTH =
  'North-east axes: Gao–Kidal and Gao–Ménaka carried the heaviest IED attacks on MINUSMA convoys (the last Kidal→Gao convoy met 6 IED attacks, apanews; IED 65 km west of Ménaka, 45enord.ca).';

/** The routes of the mission. */
export const routes: readonly Route[] = [
  route({
    id: 'gao-labbezanga',
    name: 'Gao–Ansongo–Labbezanga (RN17, Operation Seka)',
    from: 'gao',
    via: ['ansongo'],
    to: 'labbezanga',
    surface: 'paved',
    movementsPerMonth: movements(
      10,
      'Operation Seka secured the axis with regular patrols (letter); about 5 round trips a month.',
    ),
    vehiclesPerMovement: vehicles(8, 'Company-size patrol.'),
    iedThreatWeight: assumed(
      1.0,
      'Mission average: the letter says Operation Seka « a contribué à sécuriser l’axe Gao-Labézanga », an axis where the national army is little present.',
    ),
  }),
  route({
    id: 'gao-menaka',
    name: 'Gao–Ansongo–Ménaka',
    from: 'gao',
    via: ['ansongo'],
    to: 'menaka',
    surface: 'laterite',
    movementsPerMonth: movements(
      8,
      'One monthly logistics convoy each way (maliweb: monthly Gao→Ansongo→Ménaka convoys of ~50 vehicles) plus about 3 patrols each way.',
    ),
    vehiclesPerMovement: vehicles(
      12,
      'A ~50-vehicle logistics convoy carries ~15 armoured escorts; patrols fewer.',
    ),
    iedThreatWeight: assumed(1.8, W_NORTH),
  }),
  route({
    id: 'gao-kidal',
    name: 'Gao–Kidal',
    from: 'gao',
    to: 'kidal',
    surface: 'laterite',
    lengthKm: fromPublic(352, REF.kidalGao),
    movementsPerMonth: movements(
      4,
      'Two logistics convoys each way a month supply Sector North from Gao.',
    ),
    vehiclesPerMovement: vehicles(
      20,
      'Large logistics convoys (the 2023 convoy had 150 vehicles, apanews).',
    ),
    iedThreatWeight: assumed(1.8, W_NORTH),
  }),
  route({
    id: 'kidal-tessalit',
    name: 'Kidal–Aguelhok–Tessalit',
    from: 'kidal',
    via: ['aguelhok'],
    to: 'tessalit',
    surface: 'track',
    movementsPerMonth: movements(
      4,
      'Two resupply convoys each way a month for Aguelhok and Tessalit.',
    ),
    vehiclesPerMovement: vehicles(12, 'Convoy with escort.'),
    iedThreatWeight: assumed(
      1.5,
      'North: Aguelhok and Tessalit camps were repeatedly attacked and their supply track mined; slightly below the Gao–Kidal and Gao–Ménaka axes.',
    ),
  }),
  route({
    id: 'gao-douentza',
    name: 'Gao–Hombori–Douentza (RN16)',
    from: 'gao',
    to: 'douentza',
    surface: 'paved',
    movementsPerMonth: movements(
      6,
      'The RN16 links Sector East to the centre; about 3 movements each way a month.',
    ),
    vehiclesPerMovement: vehicles(10, 'Convoy with escort.'),
    iedThreatWeight: assumed(
      1.5,
      'The RN16 crosses the Gourma between Gao and Douentza, where IEDs target the force; between the centre and the northern axes.',
    ),
  }),
  route({
    id: 'mopti-douentza',
    name: 'Sévaré–Douentza (RN16)',
    from: 'mopti',
    to: 'douentza',
    surface: 'paved',
    movementsPerMonth: movements(
      10,
      'Sector Centre supply and Mangouste deployments towards Douentza; 5 round trips a month.',
    ),
    vehiclesPerMovement: vehicles(10, 'Company-size convoy.'),
    iedThreatWeight: assumed(1.8, W_CENTRE),
  }),
  route({
    id: 'mopti-bankass',
    name: 'Sévaré–Bandiagara–Bankass',
    from: 'mopti',
    via: ['bandiagara'],
    to: 'bankass',
    surface: 'laterite',
    movementsPerMonth: movements(
      12,
      'Supply of the Buffalo TOBs and patrols; 6 round trips a month.',
    ),
    vehiclesPerMovement: vehicles(8, 'Company-size patrol or TOB resupply.'),
    iedThreatWeight: assumed(2.0, W_CENTRE),
  }),
  route({
    id: 'bandiagara-koro',
    name: 'Bandiagara–Koro',
    from: 'bandiagara',
    to: 'koro',
    surface: 'laterite',
    movementsPerMonth: movements(8, 'Supply of the Koro circle TOBs; 4 round trips a month.'),
    vehiclesPerMovement: vehicles(8, 'TOB resupply with escort.'),
    iedThreatWeight: assumed(2.0, W_CENTRE),
  }),
  route({
    id: 'bankass-ogossagou',
    name: 'Bankass–Ogossagou',
    from: 'bankass',
    to: 'ogossagou',
    surface: 'track',
    movementsPerMonth: movements(
      8,
      'Supply and patrols of the Ogossagou TOB; 4 round trips a month.',
    ),
    vehiclesPerMovement: vehicles(6, 'Platoon-size patrol.'),
    iedThreatWeight: assumed(2.0, W_CENTRE),
  }),
  route({
    id: 'mopti-timiniri',
    name: 'Sévaré–Timiniri',
    from: 'mopti',
    to: 'timiniri',
    surface: 'track',
    movementsPerMonth: movements(
      6,
      'Supply of the Timiniri TOB (Operation Cobra); 3 round trips a month.',
    ),
    vehiclesPerMovement: vehicles(6, 'Platoon-size patrol.'),
    iedThreatWeight: assumed(1.5, `${W_CENTRE} Cobra seized IED components here (letter).`),
  }),
  route({
    id: 'douentza-timbuktu',
    name: 'Douentza–Bambara-Maoudé–Timbuktu',
    from: 'douentza',
    via: ['bambara-maoude'],
    to: 'timbuktu',
    surface: 'track',
    movementsPerMonth: movements(
      4,
      'Two movements each way a month between Sectors Centre and West.',
    ),
    vehiclesPerMovement: vehicles(12, 'Convoy with escort.'),
    iedThreatWeight: assumed(2.0, W_CENTRE),
  }),
  route({
    id: 'timbuktu-goundam',
    name: 'Timbuktu–Goundam',
    from: 'timbuktu',
    to: 'goundam',
    surface: 'laterite',
    movementsPerMonth: movements(
      8,
      'Supply of Goundam and Operation Winner patrols; 4 round trips a month.',
    ),
    vehiclesPerMovement: vehicles(8, 'Company-size patrol.'),
    iedThreatWeight: assumed(
      1.0,
      'West: the letter describes radical groups disrupting daily life around Goundam, Diré and Niafunké, but names no IED axis there; mission average.',
    ),
  }),
  route({
    id: 'timbuktu-ber',
    name: 'Timbuktu–Ber',
    from: 'timbuktu',
    to: 'ber',
    surface: 'track',
    movementsPerMonth: movements(8, 'Supply of Ber; 4 round trips a month.'),
    vehiclesPerMovement: vehicles(8, 'Company-size patrol.'),
    iedThreatWeight: assumed(
      1.2,
      'West, towards the Gourma and Gao: a little above the mission average.',
    ),
  }),
  route({
    id: 'mopti-timbuktu',
    name: 'Mopti–Niafunké–Diré–Timbuktu (river corridor)',
    from: 'mopti',
    via: ['niafunke', 'dire'],
    to: 'timbuktu',
    surface: 'track',
    movementsPerMonth: movements(
      2,
      'Occasional movements along the Niger corridor (much of the freight goes by river or by the Douentza axis).',
    ),
    vehiclesPerMovement: vehicles(10, 'Convoy with escort.'),
    iedThreatWeight: assumed(
      0.8,
      'Niger corridor, less mined than the Gourma and the Dogon plateau.',
    ),
  }),
  route({
    id: 'bamako-mopti',
    name: 'Bamako–Ségou–Sévaré (RN6)',
    from: 'bamako',
    to: 'mopti',
    surface: 'paved',
    movementsPerMonth: movements(4, 'Supply from the capital; two convoys each way a month.'),
    vehiclesPerMovement: vehicles(6, 'Lightly escorted logistics convoy.'),
    iedThreatWeight: assumed(
      0.3,
      'South: largely spared, though the letter warns that recent attacks in regions « jusqu’alors préservées » may signal deterioration in the south.',
    ),
  }),
];
