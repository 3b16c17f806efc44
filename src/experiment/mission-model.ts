/**
 * The mission model: the capability modules of `src/dynamics/` as an experiment {@link Model}. It
 * is the default model of every experiment function. Worker threads load it from this module's
 * URL. A model with capabilities of your own is {@link missionModelWith}.
 *
 * @module
 */
import type { AnyCapability } from '../dynamics/capability.js';
import { declareMetrics, MISSION_CAPABILITIES } from '../dynamics/format.js';
import { catalogue } from '../dynamics/metrics.js';
import { simulateMission } from '../dynamics/simulate.js';
import type { Model } from './model.js';

/**
 * A mission model composed of `capabilities`. To run it on worker threads, export it as `model`
 * from a module and pass that module's URL (`import.meta.url`) as `moduleUrl`.
 *
 * @example
 * ```ts
 * export const model = missionModelWith([...MISSION_CAPABILITIES, escorts], {
 *   name: 'my-mission-with-escorts',
 *   moduleUrl: import.meta.url,
 * });
 * ```
 */
export function missionModelWith(
  capabilities: readonly AnyCapability[],
  options: { readonly name: string; readonly moduleUrl?: string },
): Model {
  return {
    name: options.name,
    run: (scenario, ctx) =>
      simulateMission(scenario, { seed: ctx.seed, replication: ctx.replication, capabilities }),
    metrics: (scenario) => catalogue(declareMetrics(scenario, capabilities)),
    capabilities,
    ...(options.moduleUrl === undefined ? {} : { moduleUrl: options.moduleUrl }),
  };
}

/** The peacekeeping mission model (readiness, IED threat, response, casualty evacuation). */
export const model: Model = missionModelWith(MISSION_CAPABILITIES, {
  name: 'peacekeeping-sim/mission',
  moduleUrl: import.meta.url,
});

/** The mission model under a name that says what it is (the module also exports it as `model`, the name worker threads load). */
export const missionModel: Model = model;
