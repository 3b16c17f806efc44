/**
 * The parameters of the dynamics for MINUSMA 2020. Every value is sourced: the 10-1-2 thresholds
 * and the Puma flying rate are public; the fleet's starting split and rates are starting values
 * marked `fitted`, to be calibrated so December 2020 reproduces the letter's 483/33/46; the rest
 * are stated assumptions.
 *
 * @module
 */
import type { ModelParameters } from '../dynamics/format.js';
import { assumed, fromPublic } from '../model/provenance.js';
import { rotationsParameters } from './rotations.js';
import { letter, QUOTE, REF, SECTION } from './sources.js';

const FIT =
  'Fitted by scripts/calibrate.ts (grid search, common random numbers) so the simulated fleet on 23 December 2020 matches the letter’s 483 in daily use, 33 in maintenance and 46 awaiting replacement.';
const STEADY =
  'Split on 1 July 2020 taken equal to the letter’s December split: the letter gives one snapshot and no trend, so the half-year is assumed near steady state, and the calibration asks the rates to hold the fleet there.';

/** Parameters of the embedded MINUSMA 2020 scenario. */
export const minusma2020Parameters: ModelParameters = {
  rotations: rotationsParameters,
  fleet: {
    initial: {
      inDailyUse: assumed(483, STEADY),
      inMaintenance: assumed(33, STEADY),
      awaitingReplacement: assumed(46, STEADY),
    },
    failuresPerVehicleYear: assumed(
      2.5,
      'Two to three breakdowns needing workshop time per vehicle per year under desert use, heavy loads and long convoys; no public MTBF for armoured vehicles. Held fixed in the calibration: only the product of rate and repair time is identified by the letter’s 33 in maintenance, and the repair time was fitted.',
    ),
    repairDays: assumed(
      { dist: 'lognormal', mean: 9.5, sd: 6.65 },
      `Workshop time per repair, long-tailed (coefficient of variation 0.7) because spare parts come from the contributing country. ${FIT}`,
      true,
    ),
    beyondRepairShare: assumed(
      0.035,
      `Share of breakdowns beyond the mission’s repair (the letter: « la Mission n’est pas en mesure de les réparer »), on top of IED write-offs. ${FIT}`,
      true,
    ),
    replacementLeadDays: assumed(
      { dist: 'lognormal', mean: 365, sd: 120 },
      'About a year from write-off to a replacement arriving: the contributing country procures or takes from home stocks, then ships to Dakar or Abidjan and moves by road to Mali; the letter calls the 46 an urgent need, so replacements are slow.',
    ),
    readinessTargetShare: assumed(
      0.9,
      'Planning threshold, not a UN standard: 90 % of the armoured fleet in daily use, the letter’s 86 % (483 of 562) with half of the 46 unserviceable vehicles back on the road (506 of 562).',
    ),
  },
  aviation: {
    mtbfDays: assumed(
      14,
      'Two weeks between unscheduled maintenance; with a 6-day mean repair it gives 14/(14+6) = 70 % serviceability, the benchmark quoted for military helicopters (public availability 40–75 %).',
    ),
    maintenanceDays: assumed(
      { dist: 'lognormal', mean: 6, sd: 4 },
      'Mean 6 days down per maintenance event (parts flown into Mali); gives ~70 % serviceability with a 14-day MTBF.',
    ),
    flyingHoursPerAirframeMonth: fromPublic(
      26,
      REF.romaniaPumas,
      '1,250 flying hours / 4 airframes / 12 months ≈ 26 h per airframe per month.',
    ),
    launchDelayMin: assumed(
      { dist: 'triangular', min: 15, mode: 30, max: 60 },
      'Crew call-out, briefing and start-up: 30 minutes typical for a CASEVAC standby crew, 15 at best, an hour at worst.',
    ),
    logisticsSortiesPerDay: assumed(
      6,
      'Routine logistics and liaison flights across the fleet (about 0.3 per airframe per day, consistent with ~26 h per airframe per month).',
    ),
    logisticsSortieHours: assumed(
      { dist: 'triangular', min: 1, mode: 2, max: 4 },
      'A round trip between sector camps (200–400 km each way at ~225 km/h).',
    ),
    reactionLiftsPerMonth: assumed(
      4,
      'About one helicopter lift of a reaction force a week for the military component (Mangouste used air and ground units, letter).',
    ),
    reactionLiftHours: assumed(
      { dist: 'triangular', min: 1, mode: 2.5, max: 5 },
      'Lift to a circle 100–300 km away and back, possibly in several rotations.',
    ),
    daylightStartHour: assumed(
      6,
      'Mali keeps UTC; between 12° and 20° N sunrise falls between about 06:00 and 06:50 over the year; 06:00 taken as the start of day flying (civil twilight).',
    ),
    daylightEndHour: assumed(
      18.5,
      'Sunset between about 18:00 and 19:00 UTC over the year in Mali; 18:30 taken as the end of day flying.',
    ),
  },
  ied: {
    ratePriorShape: assumed(
      0.5,
      'Jeffreys-like Gamma shape 1/2: a weak prior, so the letter’s 39 devices dominate the posterior.',
    ),
    ratePriorExposureKm: assumed(
      1000,
      'Pseudo-exposure of 1,000 convoy-km, small beside the ~110,000 convoy-km the routes carry from July to December, so the prior carries little weight.',
    ),
    detectionPriorA: assumed(
      1,
      'Uniform Beta(1, 1) prior on detection before detonation, updated with 19 of 39.',
    ),
    detectionPriorB: assumed(
      1,
      'Uniform Beta(1, 1) prior on detection before detonation, updated with 19 of 39.',
    ),
    damageGivenDetonation: assumed(
      0.5,
      'Half of the detonations damage an armoured vehicle (others go off early or miss); not public.',
    ),
    beyondRepairGivenDamage: assumed(
      0.4,
      'Two in five damaged vehicles are beyond the mission’s repair; the letter counts IED damage among the causes of the 46 unserviceable vehicles.',
    ),
    mineProtectedDamageFactor: assumed(
      0.5,
      'A mine-protected vehicle is half as likely to be put out of action by a detonation.',
    ),
    casualtiesPerDetonation: assumed(
      { dist: 'poisson', mean: 1.2 },
      `Mali 2020: 287 injured in 169 IED/mine incidents ≈ 1.7 per incident (${REF.iedMali2020}); lower for peacekeepers in armoured vehicles.`,
    ),
    neutralisationHours: assumed(
      { dist: 'triangular', min: 1, mode: 2, max: 6 },
      'Cordon, EOD approach and render-safe of a found device: about two hours, up to six.',
    ),
    mitigations: [
      {
        id: 'toolbox',
        name: 'Operation Toolbox',
        start: '2020-07-01',
        detectionMultiplier: assumed(
          1,
          'Baseline 1: Toolbox began in July 2020, so its effect is already in the letter’s 19 of 39 found; scenarios raise it.',
        ),
        damageMultiplier: assumed(
          1,
          'Baseline 1: the effect is already in the letter’s figures; scenarios lower it.',
        ),
        speedMultiplier: assumed(
          1,
          'Baseline 1: the clearance slow-down is already in the assumed convoy speeds.',
        ),
        source: letter(QUOTE.toolbox, SECTION.performance, 'toolbox_date'),
      },
    ],
  },
  response: {
    noticeToMoveMin: assumed(
      { dist: 'triangular', min: 30, mode: 60, max: 120 },
      'Units that state no notice to move: 30 minutes for a standby element to 2 hours for a whole company.',
    ),
    onSceneHours: assumed(
      { dist: 'triangular', min: 4, mode: 12, max: 48 },
      'A protection response stays half a day typically, up to two days (Ogossagou-type crises).',
    ),
    roadFactor: assumed(
      1.4,
      'Off the main routes, tracks wind more than the main axes: 1.4 times the great-circle distance.',
    ),
    groundSpeedKmh: assumed(
      20,
      'Reaction force off the main routes with route-clearance precautions; the public ~50 km/day for a convoy under threat is slower (it includes halts).',
    ),
    airBoardingMin: assumed(20, 'Troops on standby board a helicopter in about 20 minutes.'),
    followUpProbability: assumed(
      0.2,
      'One threat in five is followed by another in the same area (reprisal cycles in the centre, letter: « deux massacres »).',
    ),
    followUpMeanHours: assumed(24, 'A follow-up threat comes about a day later.'),
  },
  casevac: {
    firstAidMin: assumed(
      { dist: 'triangular', min: 2, mode: 5, max: 10 },
      'Buddy aid or a combat life-saver within the 10-minute window for most casualties.',
    ),
    loadingMin: assumed(
      { dist: 'triangular', min: 5, mode: 10, max: 20 },
      'Landing-zone security and loading: about 10 minutes.',
    ),
    surgeryHours: assumed(
      { dist: 'lognormal', mean: 2.5, sd: 1 },
      'Damage-control surgery occupies a team for about 2.5 hours.',
    ),
    maxAirWaitMin: assumed(
      60,
      'If no helicopter can take off within an hour, evacuate by ground (the golden hour, public: Kotwal et al. 2016).',
    ),
    groundSpeedKmh: assumed(30, 'Ground evacuation in an armoured ambulance on laterite: 30 km/h.'),
    firstAidTargetMin: fromPublic(10, REF.casevacPolicy, '10 minutes to first aid.'),
    resuscitationTargetMin: fromPublic(
      60,
      REF.casevacPolicy,
      '1 hour to damage-control resuscitation.',
    ),
    surgeryTargetMin: fromPublic(120, REF.casevacPolicy, '2 hours to damage-control surgery.'),
  },
};
