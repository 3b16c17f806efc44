/**
 * The figures of the Secretary-General's letter of 23 December 2020 that the data reproduce or
 * that the dynamics are calibrated on, with their French quotes. Other figures (the fleet split,
 * the IED record, the helicopter share) sit in the mission data themselves.
 *
 * @module
 */
import { fromLetter, type Sourced } from '../model/provenance.js';
import { LETTER_DATE } from './fleet.js';
import { QUOTE, SECTION } from './sources.js';
import { FPU_COUNT } from './units.js';

/** Figures of the letter used as checks on the data and targets for calibration. */
export interface LetterFigures {
  /** Date of the letter. */
  readonly letterDate: string;
  /** Days from the scenario's start (2020-07-01) to the letter's date. */
  readonly letterDay: number;
  /** Formed police units evaluated since July 2020 (17). */
  readonly formedPoliceUnitsEvaluated: Sourced;
  /** Temporary bases established during the letter's period (7). */
  readonly temporaryBasesEstablished: Sourced;
  /** Helicopter units repatriated « récemment » (1). */
  readonly helicopterUnitsRepatriated: Sourced;
  /** Date of the new phase of Operation Mangouste. */
  readonly mangousteNewPhase: Sourced<string>;
}

/** The letter's figures (see {@link LetterFigures}). */
export const letterFigures: LetterFigures = {
  letterDate: LETTER_DATE,
  letterDay: 175,
  formedPoliceUnitsEvaluated: FPU_COUNT,
  temporaryBasesEstablished: fromLetter(
    7,
    QUOTE.temporaryBases,
    SECTION.operations,
    'temp_bases_established',
  ),
  helicopterUnitsRepatriated: fromLetter(
    1,
    QUOTE.helicopterRepatriation,
    SECTION.problems,
    'helo_units_repatriated',
  ),
  mangousteNewPhase: fromLetter(
    '2020-10-23',
    QUOTE.mangousteNewPhase,
    SECTION.operations,
    'mangouste_new_phase',
  ),
};
