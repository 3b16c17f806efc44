/**
 * Plans: dated steps that change the mission, such as MINUSMA's adaptation plan. Each step is a
 * typed action with a date and a status. A delayed step is a what-if: its date is data, and a
 * variant can move it.
 *
 * @module
 */
import type { Place, Unit } from './mission.js';
import type { Source, Sourced } from './provenance.js';

/** Where a step stands as of the mission's data date. */
export type PlanStepStatus = 'done' | 'in-progress' | 'planned' | 'delayed';

/** Move a unit to another base; it is unavailable for `movementDays` while moving. */
export interface TransferUnitAction {
  readonly kind: 'transfer-unit';
  readonly unit: string;
  readonly to: string;
  readonly movementDays: Sourced;
}

/** A new unit arrives (a contingent, a helicopter unit, a surgical team). */
export interface DeployUnitAction {
  readonly kind: 'deploy-unit';
  readonly unit: Unit;
}

/** A unit leaves the mission. */
export interface RepatriateUnitAction {
  readonly kind: 'repatriate-unit';
  readonly unit: string;
}

/** The mission opens a base at a place (a new place, or an existing one without a base). */
export interface OpenBaseAction {
  readonly kind: 'open-base';
  readonly place: Place;
}

/** The mission closes its base at a place; units based there must have moved first. */
export interface CloseBaseAction {
  readonly kind: 'close-base';
  readonly place: string;
}

/** Replacement or additional armoured vehicles arrive in a sector. */
export interface DeliverVehiclesAction {
  readonly kind: 'deliver-vehicles';
  readonly sector: string;
  readonly count: Sourced;
  /** Delivered vehicles are mine-protected. */
  readonly mineProtected: boolean;
  /** Delivered vehicles replace written-off ones (true) or add to the fleet (false). */
  readonly replacesWrittenOff: boolean;
}

/** Add surgical teams to a medical facility (closing the surgical-team gap). */
export interface AddSurgicalTeamsAction {
  readonly kind: 'add-surgical-teams';
  readonly facility: string;
  readonly teams: Sourced;
}

/**
 * Change one numeric parameter of the scenario from the step's date on (e.g. a mitigation that
 * raises detection). `path` is a dotted path into `parameters`, ending at a Sourced value.
 */
export interface SetParameterAction {
  readonly kind: 'set-parameter';
  readonly path: string;
  readonly value: number;
}

/** Marks a milestone that gates other steps (e.g. the Mopti camp expansion). No direct effect. */
export interface MilestoneAction {
  readonly kind: 'milestone';
}

/** What a plan step does. */
export type PlanAction =
  | TransferUnitAction
  | DeployUnitAction
  | RepatriateUnitAction
  | OpenBaseAction
  | CloseBaseAction
  | DeliverVehiclesAction
  | AddSurgicalTeamsAction
  | SetParameterAction
  | MilestoneAction;

/** One dated step of a plan. */
export interface PlanStep {
  readonly id: string;
  readonly title: string;
  /** ISO date the step takes effect (for a delayed step, the assumed new date). */
  readonly date: string;
  readonly status: PlanStepStatus;
  /** Where the step and its date come from. */
  readonly source: Source;
  /**
   * Where the date comes from, when that differs from `source` (e.g. the letter reports a transfer
   * done « en 2020 » and the day is a stated assumption). Absent: `source` covers the date too.
   */
  readonly dateSource?: Source;
  /**
   * Ids of steps that must have taken effect first: the step takes effect at the later of its
   * own date and theirs (so delaying the Mopti expansion delays what it houses).
   */
  readonly after?: readonly string[];
  readonly action: PlanAction;
}
