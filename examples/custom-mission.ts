/**
 * Build a mission of your own, from scratch, with the model types and `assumed()`; validate
 * it; run it.
 *
 * The mission here is fictional and small: two sectors, four places, three routes, a quick
 * reaction force per sector, one helicopter unit, a role 2 hospital and 60 armoured vehicles.
 * Every number is a stated assumption (`assumed(value, rationale)`), so the run's report lists
 * them all as things to challenge; with real figures, use `fromPublic(value, reference)` or
 * `fromLetter(...)` instead. The dynamics' parameters (failure rates, repair times, IED priors,
 * response and casualty-evacuation times) are borrowed from the embedded MINUSMA 2020 scenario,
 * with the fleet's starting split replaced by this mission's.
 *
 * It also shows what validation says about a broken mission: every problem, with its path.
 *
 * Run: `npx tsx examples/custom-mission.ts` (a few seconds; REPLICATIONS=200 for tighter
 * intervals).
 */
import { pathToFileURL } from 'node:url';
import {
  assumed,
  type Mission,
  minusma2020,
  type PlanStep,
  runExperiment,
  SCENARIO_SCHEMA_VERSION,
  type Scenario,
  ScenarioValidationError,
  validateScenario,
} from '../src/index.js';

/** Options of {@link main}. */
export interface CustomMissionOptions {
  readonly replications?: number;
  readonly seed?: number | string;
  readonly log?: (line: string) => void;
}

const why = 'Illustrative value for a fictional mission.';
const a = (value: number) => assumed(value, why);
const at = (latDeg: number, lonDeg: number) => ({
  latDeg,
  lonDeg,
  source: { kind: 'assumption', rationale: why } as const,
});

/** The fictional mission. */
export const mission: Mission = {
  id: 'example-mission',
  name: 'Example stabilization mission (fictional)',
  asOf: '2021-01-01',
  sectors: [
    { id: 'north', name: 'Sector North', hq: 'camp-north' },
    { id: 'south', name: 'Sector South', hq: 'camp-south' },
  ],
  places: [
    {
      id: 'camp-north',
      name: 'Camp North',
      kind: 'camp',
      sector: 'north',
      location: at(15.9, -1.2),
      base: true,
      helipad: true,
    },
    {
      id: 'tob-river',
      name: 'River temporary operating base',
      kind: 'temporary-operating-base',
      sector: 'north',
      location: at(15.4, -1.9),
      base: true,
      helipad: true,
    },
    {
      id: 'camp-south',
      name: 'Camp South',
      kind: 'camp',
      sector: 'south',
      location: at(14.5, -3.1),
      base: true,
      helipad: true,
    },
    {
      id: 'market-town',
      name: 'Market town',
      kind: 'town',
      sector: 'south',
      location: at(14.0, -2.6),
      base: false,
      helipad: false,
    },
  ],
  routes: [
    {
      id: 'north-river',
      name: 'Camp North to the river base',
      from: 'camp-north',
      to: 'tob-river',
      roadFactor: a(1.3),
      surface: 'laterite',
      convoySpeedKmh: a(30),
      movementsPerMonth: a(12),
      vehiclesPerMovement: a(6),
      iedThreatWeight: a(1.5),
    },
    {
      id: 'river-south',
      name: 'River base to Camp South',
      from: 'tob-river',
      to: 'camp-south',
      lengthKm: a(190),
      surface: 'track',
      convoySpeedKmh: a(20),
      movementsPerMonth: a(6),
      vehiclesPerMovement: a(8),
      iedThreatWeight: a(1),
    },
    {
      id: 'south-market',
      name: 'Camp South to the market town',
      from: 'camp-south',
      to: 'market-town',
      roadFactor: a(1.2),
      surface: 'paved',
      convoySpeedKmh: a(45),
      movementsPerMonth: a(20),
      vehiclesPerMovement: a(4),
      iedThreatWeight: a(0.5),
    },
  ],
  units: [
    {
      id: 'qrf-north',
      name: 'Quick reaction force North',
      kind: 'quick-reaction-force',
      strength: a(150),
      base: 'camp-north',
      capabilities: ['civilian-protection', 'escort'],
      noticeToMoveMin: a(45),
    },
    {
      id: 'qrf-south',
      name: 'Quick reaction force South',
      kind: 'quick-reaction-force',
      strength: a(150),
      base: 'camp-south',
      capabilities: ['civilian-protection', 'escort'],
      noticeToMoveMin: a(60),
    },
    {
      id: 'infantry-river',
      name: 'Infantry company, river base',
      kind: 'infantry',
      strength: a(120),
      base: 'tob-river',
      capabilities: ['civilian-protection'],
    },
    {
      id: 'helicopters-south',
      name: 'Utility helicopter unit',
      kind: 'helicopter-unit',
      strength: a(120),
      base: 'camp-south',
      capabilities: ['air-lift', 'casualty-evacuation'],
      aircraft: {
        type: 'Mi-17',
        role: 'utility',
        count: a(3),
        cruiseSpeedKmh: a(220),
        nightCapable: false,
        militaryTasking: true,
      },
    },
  ],
  armouredFleet: {
    asOf: '2021-01-01',
    total: a(60),
    inDailyUse: a(52),
    inMaintenance: a(5),
    awaitingReplacement: a(3),
    bySector: [
      { sector: 'north', vehicles: a(35), workshopBays: a(3) },
      { sector: 'south', vehicles: a(25), workshopBays: a(2) },
    ],
    mineProtectedShare: a(0.4),
  },
  helicopterMilitaryShare: a(1),
  medical: [
    {
      id: 'role-2-south',
      name: 'Role 2 hospital, Camp South',
      place: 'camp-south',
      role: 2,
      surgicalTeams: a(1),
    },
  ],
  ied: {
    periodStart: '2020-07-01',
    periodEnd: '2020-12-31',
    totalMali: a(40),
    againstMission: a(8),
    neutralised: a(3),
    detonated: a(5),
  },
  incidentAreas: [
    {
      id: 'river-villages',
      name: 'Villages along the river',
      sector: 'north',
      place: 'tob-river',
      radiusKm: a(30),
      threatsPerMonth: a(3),
      casualtyShare: a(0.2),
    },
    {
      id: 'market-area',
      name: 'Market town and surroundings',
      sector: 'south',
      place: 'market-town',
      radiusKm: a(20),
      threatsPerMonth: a(2),
      casualtyShare: a(0.1),
    },
  ],
  operations: [],
};

/** One plan step: a second helicopter unit arrives in the north on 1 April 2021. */
export const plan: readonly PlanStep[] = [
  {
    id: 'helicopters-north',
    title: 'A second helicopter unit deploys to Camp North',
    date: '2021-04-01',
    status: 'planned',
    source: { kind: 'assumption', rationale: why },
    action: {
      kind: 'deploy-unit',
      unit: {
        id: 'helicopters-north',
        name: 'Helicopter unit North',
        kind: 'helicopter-unit',
        strength: a(100),
        base: 'camp-north',
        capabilities: ['air-lift', 'casualty-evacuation'],
        aircraft: {
          type: 'Mi-8',
          role: 'utility',
          count: a(2),
          cruiseSpeedKmh: a(200),
          nightCapable: false,
          militaryTasking: true,
        },
      },
    },
  },
];

/** The scenario: the mission, its plan, six months, MINUSMA's dynamics parameters. */
export function buildScenario(): Scenario {
  const f = mission.armouredFleet;
  // MINUSMA's escorted convoy lines run on its routes: this mission has none of its own.
  const { escorts: _minusmaConvoys, ...dynamics } = minusma2020.parameters;
  return validateScenario(
    {
      schemaVersion: SCENARIO_SCHEMA_VERSION,
      name: 'example-mission',
      title: 'Example mission, first half of 2021',
      question: 'Does a second helicopter unit in the north shorten the wait for surgery?',
      startDate: '2021-01-01',
      horizonDays: 181,
      mission,
      plan,
      parameters: {
        ...dynamics,
        // MINUSMA's camps and their attack record do not apply here: no camp is full, and every
        // base is attacked at MINUSMA's rate for bases without a record of their own.
        camps: { sites: [] },
        campAttacks: { ...minusma2020.parameters.campAttacks, sites: [] },
        fleet: {
          ...minusma2020.parameters.fleet,
          initial: {
            inDailyUse: f.inDailyUse,
            inMaintenance: f.inMaintenance,
            awaitingReplacement: f.awaitingReplacement,
          },
        },
      },
    },
    'examples/custom-mission.ts',
  );
}

/** Builds, validates and runs the mission; shows a broken variant's validation errors. */
export async function main(options: CustomMissionOptions = {}): Promise<void> {
  const log = options.log ?? console.log;
  const scenario = buildScenario();
  log(
    `valid: ${scenario.title} (${scenario.mission.units.length} units, ${scenario.plan.length} plan step)`,
  );

  // What validation says about a broken copy: every problem, with its path.
  const broken = {
    ...scenario,
    horizonDays: -1,
    mission: { ...scenario.mission, units: [{ ...scenario.mission.units[0], base: 'nowhere' }] },
  };
  try {
    validateScenario(broken, 'a broken copy');
  } catch (error) {
    if (!(error instanceof ScenarioValidationError)) throw error;
    log(`a broken copy fails validation with ${error.issues.length} problems, e.g.:`);
    for (const issue of error.issues.slice(0, 4)) log(`  ${issue.path}: ${issue.message}`);
  }

  const replications = options.replications ?? Number(process.env.REPLICATIONS ?? 40);
  const result = await runExperiment(scenario, { replications, seed: options.seed ?? 2021 });
  const show = (name: string, unit: string, scale = 1) => {
    const s = result.scalars[name];
    if (s === undefined) return;
    const f = (x: number) => (x * scale).toFixed(1);
    log(
      `  ${name.padEnd(36)} ${f(s.mean).padStart(7)} ${unit}  (95 % CI ${f(s.ciLow)} to ${f(s.ciHigh)})`,
    );
  };
  log(`\n${replications} replications, seed ${String(result.meta.seed)}:`);
  show('fleet.readiness.mean', '%', 100);
  show('ied.detonations', 'detonations');
  show('casevac.surgeryWithinTarget.share', '% in surgery within 2 h', 100);
  show('response.time.p50Min', 'min median response');
  log(
    `\n${result.meta.assumptions.length} stated assumptions drive this result (listAssumptions(scenario)).`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
