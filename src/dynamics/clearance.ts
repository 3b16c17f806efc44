/**
 * Route clearance: explosive-ordnance-disposal teams and engineer companies (units with the
 * `route-clearance` capability) clear the route ahead of some convoys, and a device on a cleared
 * route is found more often.
 *
 * Each such unit, present and not moving, clears `movementsClearedPerUnitMonth` movements a month
 * in the sector of its base. The share of a route's movements that go cleared is the sector's
 * clearance capacity over the movements its routes carry (at most 1). Detection before
 * detonation on the route is multiplied by `1 + (detectionMultiplier − 1) × share` (the IED
 * capability applies it, relative to the letter period's force: see there).
 *
 * Other capabilities ask through {@link ClearancePort}; the module runs no process of its own.
 *
 * @module
 */
import { z } from 'zod';
import { parameter } from '../model/fields.js';
import { defineCapability } from './capability.js';
import { ForcePort } from './force.js';
import { baseOf, type Stationed, StationedUnits } from './isr.js';
import { type Ports, port } from './ports.js';
import type { Runtime } from './runtime.js';
import type { World, WorldRoute } from './world.js';

/** Parameters of route clearance (`scenario.parameters.clearance`). */
export const clearanceParametersSchema = z
  .strictObject({
    /** Movements a route-clearance unit clears ahead of, per month, in its sector. */
    movementsClearedPerUnitMonth: parameter('nonNegative', {
      label: 'Movements a route-clearance unit clears per month',
      unit: 'movements/month',
      plausible: [4, 16],
    }),
    /** Detection before detonation on a cleared movement, as a multiple of an uncleared one. */
    detectionMultiplier: parameter('multiplier', {
      label: 'IED detection on a cleared movement, as a multiple of an uncleared one',
      unit: 'multiplier',
      plausible: [1.3, 2.5],
    }),
  })
  .readonly();

/** Parameters of route clearance. */
export type ClearanceParameters = z.infer<typeof clearanceParametersSchema>;

/** Route clearance, as other capabilities ask it (port {@link ClearancePort}). */
export interface ClearanceApi {
  /** Share of `route`'s movements cleared now (0 to 1). */
  share(route: WorldRoute): number;
  /** Multiplier on detection on `route` now: 1 + (detectionMultiplier − 1) × share. */
  detectionMultiplier(route: WorldRoute): number;
}

/** The port of route clearance. */
export const ClearancePort = port<ClearanceApi>('clearance');

/**
 * Share of `route`'s movements that `units` clear: the clearance capacity of the route's sector
 * over the movements a month of every route of that sector, at most 1.
 */
export function clearedShare(
  p: ClearanceParameters,
  world: World,
  units: Iterable<Stationed>,
  route: WorldRoute,
): number {
  let clearers = 0;
  for (const s of units) {
    if (s.unit.capabilities.includes('route-clearance') && baseOf(world, s).sector === route.sector)
      clearers++;
  }
  if (clearers === 0) return 0;
  let demand = 0;
  for (const r of world.routes) if (r.sector === route.sector) demand += r.movementsPerMonth;
  if (!(demand > 0)) return 0;
  return Math.min(1, (clearers * p.movementsClearedPerUnitMonth.value) / demand);
}

/** Detection multiplier on `route` from the clearance `units` give it. */
export function clearanceMultiplier(
  p: ClearanceParameters,
  world: World,
  units: Iterable<Stationed>,
  route: WorldRoute,
): number {
  return 1 + (p.detectionMultiplier.value - 1) * clearedShare(p, world, units, route);
}

class ClearanceDynamics implements ClearanceApi {
  private clearers: StationedUnits | undefined;

  constructor(
    private readonly rt: Runtime,
    private readonly ports: Ports,
  ) {}

  /** Units able to clear routes (only they count), stationed now. */
  private get clearing(): readonly Stationed[] {
    this.clearers ??= new StationedUnits(this.ports.get(ForcePort), 'route-clearance');
    return this.clearers.units;
  }

  private get p(): ClearanceParameters {
    return this.rt.params.clearance as ClearanceParameters;
  }

  share(route: WorldRoute): number {
    return clearedShare(this.p, this.rt.world, this.clearing, route);
  }

  detectionMultiplier(route: WorldRoute): number {
    return clearanceMultiplier(this.p, this.rt.world, this.clearing, route);
  }
}

/**
 * The route-clearance capability: EOD teams and engineer companies clear the route ahead of a
 * share of their sector's movements, raising IED detection there.
 */
export const clearance = defineCapability({
  id: 'clearance',
  title: 'Route clearance',
  summary:
    'EOD teams and engineer companies clear the route ahead of a share of their sector’s movements; devices on cleared movements are found more often.',
  parameters: clearanceParametersSchema,
  provides: [ClearancePort],
  requires: [ForcePort],
  start(rt, ports): ClearanceApi {
    const live = new ClearanceDynamics(rt, ports);
    ports.provide(ClearancePort, live);
    return live;
  },
});
