/**
 * The mission model: the dynamics of `src/dynamics/` as an experiment {@link Model}. It is the
 * default model of every experiment function. Worker threads load it from this module's URL.
 *
 * @module
 */
import { simulateMission } from '../dynamics/simulate.js';
import type { Model } from './model.js';

/** The peacekeeping mission model (readiness, IED threat, response, casualty evacuation). */
export const model: Model = {
  name: 'peacekeeping-sim/mission',
  run: (scenario, ctx) =>
    simulateMission(scenario, { seed: ctx.seed, replication: ctx.replication }),
  moduleUrl: import.meta.url,
};

/** The mission model under a name that says what it is (the module also exports it as `model`, the name worker threads load). */
export const missionModel: Model = model;
