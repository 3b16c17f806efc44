/**
 * Ground units of the force and the police component at 1 July 2020: infantry battalions per
 * sector, quick reaction forces, the mobile task force elements, the mechanised infantry company
 * and base defence unit at Timbuktu (transferred to Mopti by a plan step), TOB garrisons (and a
 * company at Mopti that opens a second TOB in Koro circle), explosive-ordnance-disposal teams,
 * engineers, and ten formed police units (the letter's « 17 unités de police constituées ont été
 * évaluées » counts quarterly evaluations since July 2020, not units). The 2020 order of battle by
 * camp is not public: strengths, bases and notice to move are stated assumptions. Support units
 * and hospital staff are in `rotations.ts`.
 *
 * @module
 */
import type { Capability, Unit, UnitKind } from '../model/mission.js';
import { assumed, fromLetter, fromPublic, type Sourced } from '../model/provenance.js';
import { QUOTE, REF, SECTION } from './sources.js';

const ORBAT =
  'The 2020 order of battle by camp is not public; planning value within the resolution 2531 ceiling of 13,289 military.';

const BATTALION = assumed(850, `Standard UN infantry battalion of about 850. ${ORBAT}`);
const QRF = assumed(150, `Company-size sector quick reaction force. ${ORBAT}`);
const EOD = assumed(30, `EOD / route-clearance team of about 30. ${ORBAT}`);
const ENGINEERS = assumed(150, `Sector engineer company. ${ORBAT}`);
const SPECIAL_FORCES = assumed(100, `Special forces element of the mobile task force. ${ORBAT}`);

const COMPANY = assumed(200, `Detached infantry company of about 200. ${ORBAT}`);
const SMALL_BATTALION = assumed(
  650,
  `Infantry battalion of about 650 holding a single camp. ${ORBAT}`,
);
const TOB_GARRISON = assumed(
  120,
  'A TOB is held by a reinforced platoon to company-minus (about 120) detached from the sector battalion.',
);

const NTM_QRF = assumed(
  30,
  'Quick reaction forces stand at 30 minutes notice to move (UN Infantry Battalion Manual practice for a QRF).',
);
const NTM_MAIN = assumed(
  60,
  'Sector battalion standby company at 60 minutes notice to move; the rest of the battalion is slower.',
);
const NTM_DETACHED = assumed(
  90,
  'Detached company at a smaller camp: 90 minutes notice to move (fewer vehicles on standby).',
);
const NTM_TOB = assumed(45, 'A TOB garrison lives in the field and can move within 45 minutes.');
const NTM_MTF = assumed(
  120,
  'Mobile task force elements are planned deployments rather than standby forces: 120 minutes notice to move.',
);
const NTM_FPU = assumed(
  60,
  'A formed police unit keeps a section on standby for public-order and protection tasks: 60 minutes notice.',
);

const GROUND: readonly Capability[] = ['civilian-protection', 'escort'];
/** Ground responders trained and equipped to fly in by helicopter. */
const AIR_ASSAULT: readonly Capability[] = ['civilian-protection', 'air-assault', 'escort'];

function unit(
  id: string,
  name: string,
  kind: UnitKind,
  base: string,
  capabilities: readonly Capability[],
  strength: Sourced,
  noticeToMoveMin?: Sourced,
): Unit {
  const u = { id, name, kind, base, capabilities, strength };
  return noticeToMoveMin === undefined ? u : { ...u, noticeToMoveMin };
}

/** Id of the mechanised infantry company transferred from Timbuktu to Mopti in 2020. */
export const MECHANISED_COMPANY_ID = 'timbuktu-mechanised-company';
/** Id of the base defence unit transferred from Timbuktu to Mopti in 2020. */
export const BASE_DEFENCE_UNIT_ID = 'timbuktu-base-defence-unit';

/** Ground units of the force, by sector. */
export const forceUnits: readonly Unit[] = [
  unit(
    'force-headquarters',
    'Force headquarters',
    'headquarters',
    'bamako',
    ['command'],
    assumed(300, `Force HQ staff and support. ${ORBAT}`),
  ),
  // Sector North
  unit(
    'kidal-infantry-battalion',
    'Sector North infantry battalion (Kidal)',
    'infantry',
    'kidal',
    GROUND,
    BATTALION,
    NTM_MAIN,
  ),
  unit(
    'tessalit-infantry-battalion',
    'Infantry battalion (Tessalit)',
    'infantry',
    'tessalit',
    GROUND,
    SMALL_BATTALION,
    NTM_DETACHED,
  ),
  unit(
    'aguelhok-infantry-battalion',
    'Infantry battalion (Aguelhok)',
    'infantry',
    'aguelhok',
    GROUND,
    SMALL_BATTALION,
    NTM_DETACHED,
  ),
  unit(
    'north-quick-reaction-force',
    'Sector North quick reaction force',
    'quick-reaction-force',
    'kidal',
    AIR_ASSAULT,
    QRF,
    NTM_QRF,
  ),
  unit(
    'north-eod-team',
    'Sector North EOD team',
    'explosive-ordnance-disposal',
    'kidal',
    ['route-clearance'],
    EOD,
  ),
  unit(
    'north-engineer-company',
    'Sector North engineer company',
    'engineer',
    'kidal',
    ['route-clearance'],
    ENGINEERS,
  ),
  // Sector East
  unit(
    'gao-infantry-battalion',
    'Sector East infantry battalion (Gao)',
    'infantry',
    'gao',
    GROUND,
    BATTALION,
    NTM_MAIN,
  ),
  unit(
    'menaka-infantry-battalion',
    'Infantry battalion (Ménaka)',
    'infantry',
    'menaka',
    GROUND,
    SMALL_BATTALION,
    NTM_DETACHED,
  ),
  unit(
    'ansongo-infantry-company',
    'Infantry company (Ansongo)',
    'infantry',
    'ansongo',
    GROUND,
    COMPANY,
    NTM_DETACHED,
  ),
  unit(
    'east-quick-reaction-force',
    'Sector East quick reaction force',
    'quick-reaction-force',
    'gao',
    AIR_ASSAULT,
    QRF,
    NTM_QRF,
  ),
  unit(
    'mtf-special-forces',
    'Mobile task force special forces',
    'special-forces',
    'gao',
    ['civilian-protection', 'air-assault', 'isr'],
    SPECIAL_FORCES,
    NTM_MTF,
  ),
  unit(
    'mtf-task-group',
    'Mobile task force ground task group',
    'mechanised-infantry',
    'gao',
    AIR_ASSAULT,
    assumed(
      250,
      `Company-plus ground element of the mobile task force (the letter: « unités aériennes et terrestres »). ${ORBAT}`,
    ),
    NTM_MTF,
  ),
  unit(
    'east-eod-team',
    'Sector East EOD team',
    'explosive-ordnance-disposal',
    'gao',
    ['route-clearance'],
    EOD,
  ),
  unit(
    'east-engineer-company',
    'Sector East engineer company',
    'engineer',
    'gao',
    ['route-clearance'],
    ENGINEERS,
  ),
  // Sector West
  unit(
    'timbuktu-infantry-battalion',
    'Sector West infantry battalion (Timbuktu)',
    'infantry',
    'timbuktu',
    GROUND,
    BATTALION,
    NTM_MAIN,
  ),
  unit(
    'ber-infantry-company',
    'Infantry company (Ber)',
    'infantry',
    'ber',
    GROUND,
    COMPANY,
    NTM_DETACHED,
  ),
  unit(
    'goundam-infantry-company',
    'Infantry company (Goundam)',
    'infantry',
    'goundam',
    GROUND,
    COMPANY,
    NTM_DETACHED,
  ),
  {
    ...unit(
      MECHANISED_COMPANY_ID,
      'Mechanised infantry company (Timbuktu, to Mopti)',
      'mechanised-infantry',
      'timbuktu',
      GROUND,
      assumed(180, `Mechanised company of about 180 with its armoured vehicles. ${ORBAT}`),
      NTM_MAIN,
    ),
    armouredVehicles: assumed(
      14,
      'A mechanised infantry company moves with its armoured personnel carriers, about 14 (three platoons of four and the command element); counted in Sector West’s fleet until it moves.',
    ),
  },
  unit(
    BASE_DEFENCE_UNIT_ID,
    'Base defence unit (Timbuktu, to Mopti)',
    'base-defence',
    'timbuktu',
    [],
    assumed(150, `Base defence unit of about 150. ${ORBAT}`),
  ),
  unit(
    'west-quick-reaction-force',
    'Sector West quick reaction force',
    'quick-reaction-force',
    'timbuktu',
    AIR_ASSAULT,
    QRF,
    NTM_QRF,
  ),
  unit(
    'west-eod-team',
    'Sector West EOD team',
    'explosive-ordnance-disposal',
    'timbuktu',
    ['route-clearance'],
    EOD,
  ),
  unit(
    'west-engineer-company',
    'Sector West engineer company',
    'engineer',
    'timbuktu',
    ['route-clearance'],
    ENGINEERS,
  ),
  // Sector Centre
  unit(
    'mopti-infantry-battalion',
    'Sector Centre infantry battalion (Mopti)',
    'infantry',
    'mopti',
    GROUND,
    BATTALION,
    NTM_MAIN,
  ),
  unit(
    'douentza-infantry-battalion',
    'Infantry battalion (Douentza)',
    'infantry',
    'douentza',
    GROUND,
    SMALL_BATTALION,
    NTM_DETACHED,
  ),
  unit(
    'centre-quick-reaction-force',
    'Sector Centre quick reaction force',
    'quick-reaction-force',
    'mopti',
    AIR_ASSAULT,
    QRF,
    NTM_QRF,
  ),
  unit(
    'tob-koro-2-garrison',
    'Sector Centre company for temporary operating bases (Mopti)',
    'infantry',
    'mopti',
    GROUND,
    TOB_GARRISON,
    NTM_TOB,
  ),
  unit(
    'tob-bandiagara-garrison',
    'TOB Bandiagara garrison',
    'infantry',
    'tob-bandiagara',
    GROUND,
    TOB_GARRISON,
    NTM_TOB,
  ),
  unit(
    'tob-koro-garrison',
    'TOB Koro garrison',
    'infantry',
    'tob-koro',
    GROUND,
    TOB_GARRISON,
    NTM_TOB,
  ),
  unit(
    'tob-bankass-garrison',
    'TOB Bankass garrison',
    'infantry',
    'tob-bankass',
    GROUND,
    TOB_GARRISON,
    NTM_TOB,
  ),
  unit(
    'tob-ogossagou-garrison',
    'TOB Ogossagou garrison',
    'infantry',
    'tob-ogossagou',
    GROUND,
    TOB_GARRISON,
    NTM_TOB,
  ),
  unit(
    'tob-timiniri-garrison',
    'TOB Timiniri garrison',
    'infantry',
    'tob-timiniri',
    GROUND,
    TOB_GARRISON,
    NTM_TOB,
  ),
  unit(
    'centre-eod-team',
    'Sector Centre EOD team',
    'explosive-ordnance-disposal',
    'mopti',
    ['route-clearance'],
    EOD,
  ),
  unit(
    'centre-engineer-company',
    'Sector Centre engineer company',
    'engineer',
    'mopti',
    ['route-clearance'],
    ENGINEERS,
  ),
];

/** The letter's count of formed police unit evaluations since July 2020 (« 17 unités de police constituées ont été évaluées »). */
export const FPU_COUNT = fromLetter(17, QUOTE.fpuEvaluated, SECTION.evaluation, 'fpu_evaluated');

const FPU_STRENGTH = fromPublic(
  140,
  REF.fpuSize,
  'The standard formed police unit of the contributors seen in Mali in 2020.',
);

/**
 * Formed police units deployed. About 1,417–1,450 formed-unit personnel were deployed (90 % of
 * ≈ 1,575 authorised: 1,920 police less ≈ 345 individual officers), i.e. about ten units of 140
 * (research note, [COMPUTED]). The letter's 17 « unités de police constituées ont été évaluées »
 * since July 2020 with evaluations « réalisées chaque trimestre »: about ten units over two
 * quarters, some rotating out, so 17 evaluations rather than 17 units.
 */
export const FPU_UNITS = assumed(
  10,
  `About 1,417 formed-unit personnel deployed (${REF.strengthBreakdown}) at 140 a unit; the letter’s 17 are quarterly evaluations since July 2020, not units.`,
);

/** Where the formed police units are based (assumption: the police laydown is not public; Togo’s is at Ménaka, public). */
const FPU_LAYDOWN: readonly (readonly [string, number])[] = [
  ['bamako', 2],
  ['gao', 2],
  ['timbuktu', 2],
  ['mopti', 2],
  ['kidal', 1],
  ['menaka', 1],
];

/** The ten formed police units, across Bamako and the sector headquarters. */
export const formedPoliceUnits: readonly Unit[] = FPU_LAYDOWN.flatMap(([base, n]) =>
  Array.from({ length: n }, (_, i) =>
    unit(
      `fpu-${base}-${i + 1}`,
      `Formed police unit ${i + 1} (${base})`,
      'formed-police-unit',
      base,
      ['civilian-protection'],
      FPU_STRENGTH,
      NTM_FPU,
    ),
  ),
);
