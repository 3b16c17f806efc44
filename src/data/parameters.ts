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
import { escortsParameters } from './escorts.js';
import { rotationsParameters } from './rotations.js';
import { letter, QUOTE, REF, SECTION } from './sources.js';

const FIT =
  'Fitted by scripts/calibrate.ts (grid search, common random numbers) so the simulated fleet on 23 December 2020 matches the letter’s 483 in daily use, 33 in maintenance and 46 awaiting replacement.';
const STEADY =
  'Split on 1 July 2020 taken equal to the letter’s December split: the letter gives one snapshot and no trend, so the half-year is assumed near steady state, and the calibration asks the rates to hold the fleet there.';

/** Months from 1 January to 23 December 2020, the window of the 2020 camp-attack record. */
const CAMP_ATTACK_MONTHS = 11.75;

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
      'Pseudo-exposure of 1,000 convoy-km, small beside the exposure of the letter’s period (about 110,000 convoy-km from 1 July to 23 December, 157,000 once weighted by each route’s threat), so the prior carries little weight.',
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
    threatStartHour: fromPublic(
      { dist: 'empirical', values: [3, 4, 5, 5.4, 9] },
      REF.villageAttacks,
      'The start hours of the five documented attacks on villages in central Mali (2019–2020), drawn with equal weight: most start before dawn. Attacks at other hours surely happen but no source gives their times.',
    ),
    threatWindowHours: assumed(
      { dist: 'triangular', min: 2, mode: 3, max: 8 },
      'Attacks on villages end within hours: Ogossagou, 14 Feb 2020, from about 05:00 until forces arrived three hours later (HRW, 18 Mar 2020); Ogossagou, Jan 2019, from 05:24 to the army’s arrival at about 09:40; Sobane Da, 2019, « continued for seven hours ». A unit arriving after the window finds the threat over.',
    ),
    warningDelayMin: assumed(
      { dist: 'lognormal', mean: 60, sd: 45 },
      'From a threat’s start to MINUSMA knowing: village leaders call MINUSMA or the UN hotline in Mopti (Ogossagou, Feb 2020, HRW), and the early-warning and rapid-response procedure took effect on 15 June 2020; about an hour, often less, sometimes several.',
    ),
    nearBaseKm: assumed(
      20,
      'Within about 20 km of a base, patrols and community alert networks know of an attack sooner (a TOB’s daily patrol radius).',
    ),
    nearBaseWarningFactor: assumed(
      0.5,
      'Near a base the mission learns of a threat in about half the time.',
    ),
    dispatchDelayMin: assumed(
      { dist: 'triangular', min: 15, mode: 30, max: 60 },
      'From knowing of a threat to a unit ordered out: confirmation, decision at sector level, orders; about half an hour.',
    ),
    nightSpeedFactor: assumed(
      0.5,
      'Columns move at night with fewer lights and more care about IEDs and ambushes: half the day speed.',
    ),
    woundedPerAttack: fromPublic(
      { dist: 'lognormal', mean: 2, sd: 1.5 },
      REF.attacksOnMinusma2020,
      '107 peacekeepers wounded in 77 attacks on MINUSMA (Dec 2019–Sep 2020): 1.4 per attack, counting attacks that wounded nobody; an attack that wounds some wounds about 2 (rounded, at least 1).',
    ),
  },
  escorts: escortsParameters,
  isr: {
    uavCoverageKm: assumed(
      250,
      'A tactical UAV system (the German Heron 1 at Gao) watches out to about 250 km from its base; the letter gives no range.',
    ),
    patrolCoverageKm: assumed(
      150,
      'A long-range reconnaissance patrol ranges about 150 km from its base for days at a time.',
    ),
    otherCoverageKm: assumed(
      50,
      'Special forces and other reconnaissance elements watch about 50 km around their base.',
    ),
    warningFactor: assumed(
      0.5,
      'Under ISR coverage the mission learns of a threat in about half the time (early warning of movements).',
    ),
    routeDetectionMultiplier: assumed(
      1.3,
      'Routes watched by ISR see about 30 % more devices found before they detonate (observation of emplacement).',
    ),
  },
  camps: {
    sites: [
      {
        place: 'mopti',
        accommodation: assumed(
          2190,
          'Full in December 2020: the most the plan bases at Mopti from July to the letter’s date (the units’ assumed strengths, after the transfers from Timbuktu). The letter: the expansion is what new contingents wait for. The camp’s real capacity is not public.',
        ),
        aprons: assumed(
          2,
          'The two helicopters based at Mopti in 2020; no apron for a further military helicopter unit before the expansion.',
        ),
      },
      {
        place: 'gao',
        accommodation: assumed(
          3070,
          'The most the plan bases at Gao from July to the letter’s date (October 2020: the mobile task force and the new UAV system both there); in December, with the task force in Douentza circle and the UK reconnaissance group arrived, too little room is left for the rapid reaction force, for which the letter says structures must be ready first. The camp’s real capacity is not public.',
        ),
        aprons: assumed(
          8,
          'Gao airfield parks up to eight mission helicopters (six there in mid-2020); not a binding limit in the plan.',
        ),
      },
    ],
  },
  campAttacks: {
    sites: (
      [
        ['tessalit', 3],
        ['kidal', 3],
        ['menaka', 3],
        ['timbuktu', 3],
        ['ber', 1],
        ['gao', 1],
      ] as const
    ).map(([place, n]) => ({
      place,
      attacksPerMonth: fromPublic(
        Math.round(((n + 0.5) / CAMP_ATTACK_MONTHS) * 1000) / 1000,
        REF.campAttacks2020,
        `${n} attack${n === 1 ? '' : 's'} on the camp in 2020 to 23 December (${CAMP_ATTACK_MONTHS} months); the rate is the posterior mean under a Jeffreys prior, (n + ½) / months.`,
      ),
    })),
    otherBasesPerMonth: fromPublic(
      0.002,
      REF.campAttacks2020,
      'No attack recorded in 2020 on the other bases (about twenty camps and temporary bases): pooled, (0 + ½) / (20 × 11.75 months) ≈ 0.002 a month each.',
    ),
    casualtyFreeShare: fromPublic(
      0.82,
      REF.campAttacks2020,
      '11 of the 13 attacks of 2020 wounded no peacekeeper: (11 + ½) / (13 + 1) ≈ 0.82.',
    ),
    woundedIfAny: fromPublic(
      { dist: 'lognormal', mean: 11, sd: 8 },
      REF.campAttacks2020,
      'Wounded in the attacks on camps that wounded some, 2017–2020: 18, 1, 25, 11, 10, 7, 7, 9 (mean 11, sd 7.5); a lognormal keeps the heavy tail of complex attacks (Aguelhok, January 2019: 25 wounded).',
    ),
    baseDefenceFactor: assumed(
      0.5,
      'A base-defence unit (perimeter, early warning, bunkers, counter-fire) halves the wounded of an attack on the camp it guards; no public figure.',
    ),
  },
  clearance: {
    movementsClearedPerUnitMonth: assumed(
      8,
      'An EOD team or an engineer company clears the route ahead of about two movements a week; each sector has one of each (the ORBAT is not public).',
    ),
    detectionMultiplier: assumed(
      1.6,
      'A movement behind a route-clearance package finds devices about 60 % more often than one without (detection equipment, dismounted search of vulnerable points); no public figure for MINUSMA.',
    ),
  },
  command: {
    dispatchFactor: assumed(
      0.5,
      'A forward command post in the sector decides and orders in about half the time (the letter calls the first one a key element of Mangouste).',
    ),
  },
  casevac: {
    firstAidMin: assumed(
      { dist: 'triangular', min: 2, mode: 5, max: 15 },
      'Buddy aid or a combat life-saver reaches a casualty within about 5 minutes, longer under fire or in the dark.',
    ),
    firstAidCareMin: assumed(
      10,
      'A first-aider stabilises one casualty (tourniquet, airway, dressing) in about 10 minutes before turning to the next.',
    ),
    firstAidersOnScene: assumed(
      2,
      'A convoy or patrol section has about two combat life-savers or trained comrades free to give first aid; the rest secure the site.',
    ),
    firstAidersInCamp: assumed(
      8,
      'In a camp the unit’s role 1 (doctors, nurses, paramedics) and trained life-savers: about eight giving first aid at once.',
    ),
    urgentShare: assumed(
      0.3,
      'About three casualties in ten need surgery urgently (priority 1 in triage); the rest can wait for it.',
    ),
    littersPerFlight: assumed(
      4,
      'A helicopter fitted for casualty evacuation with its medical team carries about four stretcher casualties (Puma- or Mi-8-class cabin).',
    ),
    massCasualtyThreshold: assumed(
      5,
      'Five or more wounded at once overwhelm the first-aiders at the scene and a single evacuation flight.',
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
