/**
 * Random, valid model parameters for generated scenarios: values in plausible ranges, every
 * distribution non-negative, daylight starting before it ends, `fleet.initial` equal to the
 * mission's split.
 *
 * @module
 */
import fc from 'fast-check';
import type { ModelParameters } from '../../dynamics/format.js';
import type { Mitigation } from '../../dynamics/threat.js';
import { addDays } from '../../model/dates.js';
import type { Mission } from '../../model/mission.js';
import type { DistributionSpec } from '../../random/spec.js';
import { GENERATED, gen, genSpec } from './generated.js';

const tenths = (min: number, max: number) =>
  fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);
const hundredths = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);

/** A positive-valued distribution with the given mean range. */
function positiveSpec(min: number, max: number): fc.Arbitrary<DistributionSpec> {
  const pos = Math.max(min, 0.1);
  return fc.oneof(
    tenths(min, max).map((value): DistributionSpec => ({ dist: 'constant', value })),
    tenths(pos, max).map((mean): DistributionSpec => ({ dist: 'exponential', mean })),
    fc
      .tuple(tenths(pos, max), tenths(0, max / 2))
      .map(([mean, sd]): DistributionSpec => ({ dist: 'lognormal', mean, sd })),
    fc
      .tuple(tenths(min, max), tenths(0, max))
      .map(([a, w]): DistributionSpec => ({ dist: 'uniform', min: a, max: a + w })),
  );
}

/** Random valid parameters for `mission`, over a scenario starting `startDate` for `horizonDays`. */
export function arbParameters(
  mission: Mission,
  startDate: string,
  horizonDays: number,
): fc.Arbitrary<ModelParameters> {
  const fleet = mission.armouredFleet;
  const mitigation: fc.Arbitrary<Mitigation> = fc
    .record({
      day: fc.integer({ min: 0, max: horizonDays }),
      onFirstRoute: fc.boolean(),
      detection: hundredths(1, 2),
      damage: hundredths(0.3, 1),
      speed: hundredths(0.5, 1),
    })
    .map((m) => ({
      id: 'generated-mitigation',
      name: 'Generated mitigation',
      start: addDays(startDate, m.day),
      ...(m.onFirstRoute && mission.routes[0] !== undefined
        ? { routes: [mission.routes[0].id] }
        : {}),
      detectionMultiplier: gen(m.detection),
      damageMultiplier: gen(m.damage),
      speedMultiplier: gen(m.speed),
      source: { kind: 'assumption', rationale: GENERATED },
    }));
  return fc
    .record({
      failuresPerVehicleYear: tenths(0, 6),
      repairDays: positiveSpec(1, 20),
      beyondRepairShare: hundredths(0, 0.2),
      replacementLeadDays: positiveSpec(10, 200),
      readinessTargetShare: hundredths(0.5, 1),
      mtbfDays: fc.integer({ min: 3, max: 60 }),
      maintenanceDays: positiveSpec(0.5, 10),
      flyingHoursPerAirframeMonth: fc.integer({ min: 10, max: 100 }),
      launchDelayMin: positiveSpec(5, 60),
      logisticsSortiesPerDay: tenths(0, 4),
      logisticsSortieHours: positiveSpec(0.5, 4),
      reactionLiftsPerMonth: tenths(0, 10),
      reactionLiftHours: positiveSpec(0.5, 4),
      daylightStartHour: fc.integer({ min: 0, max: 8 }),
      daylightHours: fc.integer({ min: 8, max: 16 }),
      ratePriorShape: tenths(0.5, 5),
      ratePriorExposureKm: fc.integer({ min: 1_000, max: 100_000 }),
      detectionPriorA: tenths(0.5, 3),
      detectionPriorB: tenths(0.5, 3),
      damageGivenDetonation: hundredths(0, 1),
      beyondRepairGivenDamage: hundredths(0, 1),
      mineProtectedDamageFactor: hundredths(0, 1),
      casualtiesPerDetonation: tenths(0, 3),
      neutralisationHours: positiveSpec(0.5, 6),
      mitigations: fc.array(mitigation, { maxLength: 1 }),
      noticeToMoveMin: positiveSpec(0, 120),
      onSceneHours: positiveSpec(0.5, 12),
      roadFactor: hundredths(1, 1.6),
      responseSpeedKmh: fc.integer({ min: 15, max: 60 }),
      airBoardingMin: fc.integer({ min: 0, max: 30 }),
      followUpProbability: hundredths(0, 0.5),
      followUpMeanHours: fc.integer({ min: 1, max: 48 }),
      firstAidMin: positiveSpec(1, 15),
      loadingMin: positiveSpec(2, 20),
      surgeryHours: positiveSpec(0.5, 4),
      maxAirWaitMin: fc.integer({ min: 0, max: 120 }),
      casevacSpeedKmh: fc.integer({ min: 15, max: 60 }),
    })
    .map(
      (g): ModelParameters => ({
        fleet: {
          initial: {
            inDailyUse: gen(fleet.inDailyUse.value),
            inMaintenance: gen(fleet.inMaintenance.value),
            awaitingReplacement: gen(fleet.awaitingReplacement.value),
          },
          failuresPerVehicleYear: gen(g.failuresPerVehicleYear),
          repairDays: genSpec(g.repairDays),
          beyondRepairShare: gen(g.beyondRepairShare),
          replacementLeadDays: genSpec(g.replacementLeadDays),
          readinessTargetShare: gen(g.readinessTargetShare),
        },
        aviation: {
          mtbfDays: gen(g.mtbfDays),
          maintenanceDays: genSpec(g.maintenanceDays),
          flyingHoursPerAirframeMonth: gen(g.flyingHoursPerAirframeMonth),
          launchDelayMin: genSpec(g.launchDelayMin),
          logisticsSortiesPerDay: gen(g.logisticsSortiesPerDay),
          logisticsSortieHours: genSpec(g.logisticsSortieHours),
          reactionLiftsPerMonth: gen(g.reactionLiftsPerMonth),
          reactionLiftHours: genSpec(g.reactionLiftHours),
          daylightStartHour: gen(g.daylightStartHour),
          daylightEndHour: gen(g.daylightStartHour + g.daylightHours),
        },
        ied: {
          ratePriorShape: gen(g.ratePriorShape),
          ratePriorExposureKm: gen(g.ratePriorExposureKm),
          detectionPriorA: gen(g.detectionPriorA),
          detectionPriorB: gen(g.detectionPriorB),
          damageGivenDetonation: gen(g.damageGivenDetonation),
          beyondRepairGivenDamage: gen(g.beyondRepairGivenDamage),
          mineProtectedDamageFactor: gen(g.mineProtectedDamageFactor),
          casualtiesPerDetonation: genSpec({ dist: 'poisson', mean: g.casualtiesPerDetonation }),
          neutralisationHours: genSpec(g.neutralisationHours),
          mitigations: g.mitigations,
        },
        response: {
          noticeToMoveMin: genSpec(g.noticeToMoveMin),
          onSceneHours: genSpec(g.onSceneHours),
          roadFactor: gen(g.roadFactor),
          groundSpeedKmh: gen(g.responseSpeedKmh),
          airBoardingMin: gen(g.airBoardingMin),
          followUpProbability: gen(g.followUpProbability),
          followUpMeanHours: gen(g.followUpMeanHours),
        },
        casevac: {
          firstAidMin: genSpec(g.firstAidMin),
          loadingMin: genSpec(g.loadingMin),
          surgeryHours: genSpec(g.surgeryHours),
          maxAirWaitMin: gen(g.maxAirWaitMin),
          groundSpeedKmh: gen(g.casevacSpeedKmh),
          firstAidTargetMin: gen(10),
          resuscitationTargetMin: gen(60),
          surgeryTargetMin: gen(120),
        },
      }),
    );
}
