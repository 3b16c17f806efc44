/**
 * A small hand-built scenario for testing the dynamics in isolation: one sector, a camp, a town
 * 100 km away joined by one route, an incident area at the town, a fleet, optional helicopters.
 * Every switch defaults to "off" so each test turns on only what it checks.
 */

import type { CampsParameters } from '../../src/dynamics/camps.js';
import type { Unit } from '../../src/model/mission.js';
import { assumed } from '../../src/model/provenance.js';
import type { NonNegativeDistributionSpec as DistributionSpec } from '../../src/random/spec.js';
import type { Scenario } from '../../src/scenario/types.js';

const A = (v: number) => assumed(v, 'test fixture');
const D = (v: DistributionSpec) => assumed(v, 'test fixture');

export interface FixtureOptions {
  vehicles?: number;
  bays?: number;
  failuresPerVehicleYear?: number;
  repairDays?: DistributionSpec;
  beyondRepairShare?: number;
  initialMaintenance?: number;
  initialAwaiting?: number;
  replacementLeadDays?: DistributionSpec;
  movementsPerMonth?: number;
  ratePriorShape?: number;
  iedAgainst?: number;
  iedNeutralised?: number;
  threatsPerMonth?: number;
  casualtyShare?: number;
  onSceneHours?: DistributionSpec;
  /** Radius of the town's incident area (0: every threat at the town). */
  areaRadiusKm?: number;
  /** Start hour of threats (default uniform over the day). */
  threatStartHour?: DistributionSpec;
  /** How long threats last (default: practically for ever, so none goes unanswered). */
  threatWindowHours?: DistributionSpec;
  warningDelayMin?: DistributionSpec;
  dispatchDelayMin?: DistributionSpec;
  nightSpeedFactor?: number;
  noticeToMoveMin?: number;
  helicopters?: number;
  horizonDays?: number;
  surgicalTeams?: number;
  plan?: Scenario['plan'];
  extraUnits?: Unit[];
  firstAiders?: number;
  campAttacksPerMonth?: number;
  campCasualtyFreeShare?: number;
  campWoundedIfAny?: DistributionSpec;
  urgentShare?: number;
  littersPerFlight?: number;
  /** Camps with a limited capacity (none by default). */
  camps?: CampsParameters['sites'];
}

/** Builds the fixture scenario. */
export function smallScenario(o: FixtureOptions = {}): Scenario {
  const vehicles = o.vehicles ?? 20;
  const against = o.iedAgainst ?? 0;
  const neutralised = o.iedNeutralised ?? 0;
  const units: Unit[] = [
    {
      id: 'qrf',
      name: 'Quick reaction force',
      kind: 'quick-reaction-force',
      strength: A(150),
      base: 'camp',
      capabilities: ['civilian-protection', 'air-assault'],
      noticeToMoveMin: A(o.noticeToMoveMin ?? 30),
    },
  ];
  if ((o.helicopters ?? 0) > 0) {
    units.push({
      id: 'helo',
      name: 'Helicopter unit',
      kind: 'helicopter-unit',
      strength: A(100),
      base: 'camp',
      capabilities: ['air-lift', 'casualty-evacuation'],
      aircraft: {
        type: 'Mi-17',
        role: 'utility',
        count: A(o.helicopters ?? 0),
        cruiseSpeedKmh: A(200),
        nightCapable: true,
        militaryTasking: true,
      },
    });
  }
  units.push(...(o.extraUnits ?? []));
  return {
    schemaVersion: 1,
    name: 'small-fixture',
    title: 'Small fixture',
    question: 'Do the dynamics match closed forms?',
    startDate: '2020-07-01',
    horizonDays: o.horizonDays ?? 365,
    mission: {
      id: 'fixture',
      name: 'Fixture mission',
      asOf: '2020-07-01',
      sectors: [{ id: 'north', name: 'North', hq: 'camp' }],
      places: [
        {
          id: 'camp',
          name: 'Camp',
          kind: 'camp',
          sector: 'north',
          location: { latDeg: 15, lonDeg: 0, source: { kind: 'assumption', rationale: 'fixture' } },
          base: true,
          helipad: true,
        },
        {
          id: 'town',
          name: 'Town',
          kind: 'town',
          sector: 'north',
          // 100 km due north of the camp (0.8993° of latitude).
          location: {
            latDeg: 15 + 100 / 111.195,
            lonDeg: 0,
            source: { kind: 'assumption', rationale: 'fixture' },
          },
          base: false,
          helipad: false,
        },
      ],
      routes: [
        {
          id: 'camp-town',
          name: 'Camp–Town',
          from: 'camp',
          to: 'town',
          lengthKm: A(100),
          surface: 'laterite',
          convoySpeedKmh: A(25),
          movementsPerMonth: A(o.movementsPerMonth ?? 0),
          vehiclesPerMovement: A(10),
          iedThreatWeight: A(1),
        },
      ],
      units,
      armouredFleet: {
        asOf: '2020-12-23',
        total: A(vehicles),
        inDailyUse: A(vehicles),
        inMaintenance: A(0),
        awaitingReplacement: A(0),
        bySector: [{ sector: 'north', vehicles: A(vehicles), workshopBays: A(o.bays ?? 2) }],
        mineProtectedShare: A(0),
      },
      helicopterMilitaryShare: A(1),
      medical: [
        {
          id: 'camp-role2',
          name: 'Camp role 2',
          place: 'camp',
          role: 2,
          surgicalTeams: A(o.surgicalTeams ?? 1),
        },
      ],
      ied: {
        periodStart: '2020-07-01',
        periodEnd: '2020-12-23',
        totalMali: A(against),
        againstMission: A(against),
        neutralised: A(neutralised),
        detonated: A(against - neutralised),
      },
      incidentAreas: [
        {
          id: 'town-area',
          name: 'Town area',
          sector: 'north',
          place: 'town',
          radiusKm: A(o.areaRadiusKm ?? 0),
          threatsPerMonth: A(o.threatsPerMonth ?? 0),
          casualtyShare: A(o.casualtyShare ?? 0),
        },
      ],
      operations: [],
    },
    plan: o.plan ?? [],
    parameters: {
      // Rotations off: no tour ends within a horizon, no quarantine, flights at once.
      rotations: {
        tourDays: A(1e6),
        quarantineDays: A(0),
        handoverOverlapDays: A(0),
        flightSeats: A(10_000),
        flightsPerWeek: A(1e6),
        minimumShareToTask: A(0),
        overdueUnfitShare: A(0),
        covid: {
          caseProbability: A(0),
          detectionDays: A(0),
          isolationDays: A(0),
          contactsPerCase: A(0),
        },
        ceilings: { military: A(100_000), police: A(100_000) },
        individualOfficers: { military: A(0), police: A(0) },
        requirements: { militaryHelicopters: A(0) },
        pastSuspensions: [],
        contingents: [],
      },
      fleet: {
        initial: {
          inDailyUse: A(vehicles - (o.initialMaintenance ?? 0) - (o.initialAwaiting ?? 0)),
          inMaintenance: A(o.initialMaintenance ?? 0),
          awaitingReplacement: A(o.initialAwaiting ?? 0),
        },
        failuresPerVehicleYear: A(o.failuresPerVehicleYear ?? 0),
        repairDays: D(o.repairDays ?? { dist: 'exponential', mean: 5 }),
        beyondRepairShare: A(o.beyondRepairShare ?? 0),
        replacementLeadDays: D(o.replacementLeadDays ?? { dist: 'constant', value: 100 }),
        readinessTargetShare: A(0.9),
      },
      aviation: {
        mtbfDays: A(1e9),
        maintenanceDays: D({ dist: 'constant', value: 1 }),
        flyingHoursPerAirframeMonth: A(1e6),
        launchDelayMin: D({ dist: 'constant', value: 30 }),
        logisticsSortiesPerDay: A(0),
        logisticsSortieHours: D({ dist: 'constant', value: 2 }),
        reactionLiftsPerMonth: A(0),
        reactionLiftHours: D({ dist: 'constant', value: 2 }),
        daylightStartHour: A(0),
        daylightEndHour: A(24),
      },
      ied: {
        ratePriorShape: A(o.ratePriorShape ?? 0.5),
        ratePriorExposureKm: A(1),
        detectionPriorA: A(1),
        detectionPriorB: A(1),
        damageGivenDetonation: A(0.5),
        beyondRepairGivenDamage: A(0.4),
        mineProtectedDamageFactor: A(0.5),
        casualtiesPerDetonation: D({ dist: 'poisson', mean: 1 }),
        neutralisationHours: D({ dist: 'constant', value: 2 }),
        mitigations: [],
      },
      response: {
        noticeToMoveMin: D({ dist: 'constant', value: 60 }),
        onSceneHours: D(o.onSceneHours ?? { dist: 'exponential', mean: 6 }),
        roadFactor: A(1),
        groundSpeedKmh: A(50),
        airBoardingMin: A(15),
        followUpProbability: A(0),
        followUpMeanHours: A(12),
        threatStartHour: D(o.threatStartHour ?? { dist: 'uniform', min: 0, max: 24 }),
        threatWindowHours: D(o.threatWindowHours ?? { dist: 'constant', value: 1e6 }),
        warningDelayMin: D(o.warningDelayMin ?? { dist: 'constant', value: 0 }),
        nearBaseKm: A(0),
        nearBaseWarningFactor: A(1),
        dispatchDelayMin: D(o.dispatchDelayMin ?? { dist: 'constant', value: 0 }),
        nightSpeedFactor: A(o.nightSpeedFactor ?? 1),
        woundedPerAttack: D({ dist: 'constant', value: 1 }),
      },
      isr: {
        uavCoverageKm: A(200),
        patrolCoverageKm: A(150),
        otherCoverageKm: A(50),
        warningFactor: A(0.5),
        routeDetectionMultiplier: A(1.3),
      },
      clearance: { movementsClearedPerUnitMonth: A(0), detectionMultiplier: A(1) },
      camps: { sites: o.camps ?? [] },
      campAttacks: {
        sites:
          (o.campAttacksPerMonth ?? 0) > 0
            ? [{ place: 'camp', attacksPerMonth: A(o.campAttacksPerMonth ?? 0) }]
            : [],
        otherBasesPerMonth: A(0),
        casualtyFreeShare: A(o.campCasualtyFreeShare ?? 0),
        woundedIfAny: D(o.campWoundedIfAny ?? { dist: 'constant', value: 4 }),
        baseDefenceFactor: A(0.5),
      },
      command: { dispatchFactor: A(0.5) },
      casevac: {
        firstAidMin: D({ dist: 'constant', value: 5 }),
        firstAidCareMin: A(10),
        firstAidersOnScene: A(o.firstAiders ?? 1),
        firstAidersInCamp: A(6),
        urgentShare: A(o.urgentShare ?? 0),
        littersPerFlight: A(o.littersPerFlight ?? 4),
        massCasualtyThreshold: A(5),
        loadingMin: D({ dist: 'constant', value: 10 }),
        surgeryHours: D({ dist: 'constant', value: 2 }),
        maxAirWaitMin: A(30),
        groundSpeedKmh: A(50),
        firstAidTargetMin: A(10),
        resuscitationTargetMin: A(60),
        surgeryTargetMin: A(120),
      },
    },
  };
}
