/**
 * The parameters of the dynamics: the rates, delays and probabilities the letter does not give.
 * Every one is {@link Sourced}: most are stated assumptions, some are fitted to the letter's
 * figures (marked `fitted`), a few come from public sources (the 10-1-2 thresholds).
 *
 * @module
 */
import type { DistributionSpec } from '../random/spec.js';
import type { Source, Sourced } from './provenance.js';

/** Armoured-fleet dynamics. */
export interface FleetParameters {
  /**
   * The split at the scenario's start, mission-wide (the letter gives it only for December);
   * spread over sectors in proportion to their vehicles. Fitted so December matches the letter.
   */
  readonly initial: {
    readonly inDailyUse: Sourced;
    readonly inMaintenance: Sourced;
    readonly awaitingReplacement: Sourced;
  };
  /** Breakdowns needing workshop time, per vehicle in daily use per year. */
  readonly failuresPerVehicleYear: Sourced;
  /** Workshop time for one repair, in days. */
  readonly repairDays: Sourced<DistributionSpec>;
  /** Share of breakdowns beyond the mission's repair capacity (the vehicle awaits replacement). */
  readonly beyondRepairShare: Sourced;
  /** Days from a write-off to its replacement arriving from the contributing country. */
  readonly replacementLeadDays: Sourced<DistributionSpec>;
  /**
   * Share of the fleet in daily use that counts as recovered readiness: runs report how many
   * days after the letter's date the fleet first reaches it.
   */
  readonly readinessTargetShare: Sourced;
}

/** Helicopter dynamics. */
export interface AviationParameters {
  /** Mean days an airframe flies between unscheduled maintenance. */
  readonly mtbfDays: Sourced;
  /** Days an airframe is down for maintenance. */
  readonly maintenanceDays: Sourced<DistributionSpec>;
  /** Flying hours allowed per airframe per month (contract / letter of assist limit). */
  readonly flyingHoursPerAirframeMonth: Sourced;
  /** Minutes from a tasking to take-off. */
  readonly launchDelayMin: Sourced<DistributionSpec>;
  /** Logistics and liaison sorties per day across the fleet (the lowest-priority tasks). */
  readonly logisticsSortiesPerDay: Sourced;
  /** Flight hours of one logistics sortie. */
  readonly logisticsSortieHours: Sourced<DistributionSpec>;
  /** Reaction-force lifts per month flown for the military component (priority between casualty evacuation and logistics). */
  readonly reactionLiftsPerMonth: Sourced;
  /** Flight hours of one reaction-force lift. */
  readonly reactionLiftHours: Sourced<DistributionSpec>;
  /** Hour of day (local = UTC in Mali) flying by day starts. */
  readonly daylightStartHour: Sourced;
  /** Hour of day flying by day ends. */
  readonly daylightEndHour: Sourced;
}

/** A counter-IED measure: multipliers applied from a date on some or all routes. */
export interface Mitigation {
  readonly id: string;
  readonly name: string;
  /** ISO date it takes effect. */
  readonly start: string;
  /** Routes it covers; absent means every route. */
  readonly routes?: readonly string[];
  /** Multiplier on the probability of detecting a device before it detonates. */
  readonly detectionMultiplier: Sourced;
  /** Multiplier on the probability that a detonation damages a vehicle. */
  readonly damageMultiplier: Sourced;
  /** Multiplier on convoy speed (route clearance slows convoys: < 1). */
  readonly speedMultiplier: Sourced;
  readonly source: Source;
}

/** IED threat on routes. */
export interface IedParameters {
  /** Gamma prior on the encounter rate per convoy-km (shape), updated with the letter's 39 devices. */
  readonly ratePriorShape: Sourced;
  /** Gamma prior rate, in convoy-km (pseudo-exposure). */
  readonly ratePriorExposureKm: Sourced;
  /** Beta prior on detection before detonation (a), updated with 19 of 39. */
  readonly detectionPriorA: Sourced;
  /** Beta prior on detection before detonation (b). */
  readonly detectionPriorB: Sourced;
  /** Probability a detonation damages an armoured vehicle. */
  readonly damageGivenDetonation: Sourced;
  /** Probability a damaged vehicle is beyond the mission's repair. */
  readonly beyondRepairGivenDamage: Sourced;
  /** Multiplier on damage probability when the struck vehicle is mine-protected. */
  readonly mineProtectedDamageFactor: Sourced;
  /** Peacekeepers wounded per detonation (a count distribution). */
  readonly casualtiesPerDetonation: Sourced<DistributionSpec>;
  /** Hours a convoy halts while a detected device is neutralised. */
  readonly neutralisationHours: Sourced<DistributionSpec>;
  readonly mitigations: readonly Mitigation[];
}

/** Threats to civilians and the force's response. */
export interface ResponseParameters {
  /** Notice to move of ground responders that do not state their own, in minutes. */
  readonly noticeToMoveMin: Sourced<DistributionSpec>;
  /** Hours a responder stays on scene. */
  readonly onSceneHours: Sourced<DistributionSpec>;
  /** Road distance / great-circle distance off the named routes. */
  readonly roadFactor: Sourced;
  /** Ground speed of a reaction force off the main routes, km/h. */
  readonly groundSpeedKmh: Sourced;
  /** Minutes for troops to board a helicopter at their base. */
  readonly airBoardingMin: Sourced;
  /** Probability that a threat is followed by another in the same area (clustering). */
  readonly followUpProbability: Sourced;
  /** Mean hours between a threat and its follow-up. */
  readonly followUpMeanHours: Sourced;
}

/** Casualty evacuation against the 10-1-2 guideline. */
export interface CasevacParameters {
  /** Minutes to first aid by a comrade or a combat life-saver. */
  readonly firstAidMin: Sourced<DistributionSpec>;
  /** Minutes to load a casualty into a helicopter or vehicle. */
  readonly loadingMin: Sourced<DistributionSpec>;
  /** Hours a surgical team is occupied by one casualty. */
  readonly surgeryHours: Sourced<DistributionSpec>;
  /** Longest wait for a helicopter before evacuating by ground, in minutes. */
  readonly maxAirWaitMin: Sourced;
  /** Ground evacuation speed, km/h. */
  readonly groundSpeedKmh: Sourced;
  /** 10-1-2: minutes to first aid. */
  readonly firstAidTargetMin: Sourced;
  /** 10-1-2: minutes to damage-control resuscitation. */
  readonly resuscitationTargetMin: Sourced;
  /** 10-1-2: minutes to damage-control surgery. */
  readonly surgeryTargetMin: Sourced;
}

/** All parameters of the dynamics. */
export interface ModelParameters {
  readonly fleet: FleetParameters;
  readonly aviation: AviationParameters;
  readonly ied: IedParameters;
  readonly response: ResponseParameters;
  readonly casevac: CasevacParameters;
}
