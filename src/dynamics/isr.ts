/**
 * Intelligence, surveillance and reconnaissance: what units able to watch (capability `isr`: the
 * Gao UAV system, the long-range reconnaissance patrol, the mobile task force's special forces)
 * change in the mission. Each such unit, while present, not absent and not moving, covers a disc
 * around its base whose radius depends on its kind. Inside the coverage:
 *
 * - a threat to civilians is known sooner: its warning delay is multiplied by `warningFactor`;
 * - convoys on a route with a waypoint inside the coverage find devices more often: detection is
 *   multiplied by `routeDetectionMultiplier` (capped by the IED capability).
 *
 * Other capabilities ask through {@link IsrPort}; the module runs no process of its own.
 *
 * @module
 */
import { z } from 'zod';
import { parameter } from '../model/fields.js';
import { greatCircleKm, type LatLon } from '../model/geography.js';
import type { Capability, Unit } from '../model/mission.js';
import { defineCapability } from './capability.js';
import { type ForceApi, ForcePort, type ForceUnit } from './force.js';
import { type Ports, port } from './ports.js';
import type { Runtime } from './runtime.js';
import type { World, WorldRoute } from './world.js';

/** Parameters of ISR (`scenario.parameters.isr`). */
export const isrParametersSchema = z
  .strictObject({
    /** Radius a UAV system covers around its base. */
    uavCoverageKm: parameter('nonNegative', {
      label: 'Coverage radius of a UAV system',
      unit: 'km',
      plausible: [150, 300],
    }),
    /** Radius a long-range reconnaissance patrol covers around its base. */
    patrolCoverageKm: parameter('nonNegative', {
      label: 'Coverage radius of a long-range reconnaissance patrol',
      unit: 'km',
      plausible: [100, 250],
    }),
    /** Radius other units able to watch (special forces) cover around their base. */
    otherCoverageKm: parameter('nonNegative', {
      label: 'Coverage radius of other reconnaissance units',
      unit: 'km',
      plausible: [25, 100],
    }),
    /** Multiplier on the warning delay of a threat inside the coverage. */
    warningFactor: parameter('fraction', {
      label: 'Warning delay inside ISR coverage, as a share of the delay outside',
      unit: 'share',
      plausible: [0.3, 0.8],
    }),
    /** Multiplier on IED detection on a route the coverage watches. */
    routeDetectionMultiplier: parameter('multiplier', {
      label: 'IED detection on routes under ISR coverage, as a multiple of detection elsewhere',
      unit: 'multiplier',
      plausible: [1.1, 1.5],
    }),
  })
  .readonly();

/** Parameters of ISR. */
export type IsrParameters = z.infer<typeof isrParametersSchema>;

/** ISR coverage, as other capabilities ask it (port {@link IsrPort}). */
export interface IsrApi {
  /** Whether `point` lies inside the coverage of a unit able to watch, now. */
  covers(point: LatLon): boolean;
  /** Whether a waypoint of `route` lies inside the coverage, now. */
  watchesRoute(route: WorldRoute): boolean;
  /** The parameters in force (warning factor, detection multiplier). */
  readonly parameters: IsrParameters;
}

/** The port of ISR coverage. */
export const IsrPort = port<IsrApi>('isr');

/** A unit at a base: what coverage is computed from (live, or as the plan places it). */
export interface Stationed {
  readonly unit: Pick<Unit, 'kind' | 'capabilities'>;
  readonly base: string;
  /** Where its base is, when the run's world may not know the place (an observed record). */
  readonly at?: LatLon & { readonly sector?: string | undefined };
}

/** Where a stationed unit's base is, and its sector. */
export function baseOf(
  world: World,
  s: Stationed,
): LatLon & { readonly sector?: string | undefined } {
  return s.at ?? world.place(s.base);
}

/** Coverage radius of a unit, by its kind (0 for a unit that does not watch). */
export function coverageRadiusKm(
  p: IsrParameters,
  unit: Pick<Unit, 'kind' | 'capabilities'>,
): number {
  if (!unit.capabilities.includes('isr')) return 0;
  if (unit.kind === 'uav') return p.uavCoverageKm.value;
  if (unit.kind === 'long-range-reconnaissance-patrol') return p.patrolCoverageKm.value;
  return p.otherCoverageKm.value;
}

/** Whether a unit of `units` covers `point`. */
export function pointCovered(
  p: IsrParameters,
  world: World,
  units: Iterable<Stationed>,
  point: LatLon,
): boolean {
  for (const s of units) {
    const r = coverageRadiusKm(p, s.unit);
    if (r > 0 && greatCircleKm(baseOf(world, s), point) <= r) return true;
  }
  return false;
}

/** Whether a unit of `units` covers a waypoint of `route`. */
export function routeWatched(
  p: IsrParameters,
  world: World,
  units: Iterable<Stationed>,
  route: WorldRoute,
): boolean {
  for (const s of units) {
    const r = coverageRadiusKm(p, s.unit);
    if (r <= 0) continue;
    const base = baseOf(world, s);
    if (route.waypoints.some((w) => greatCircleKm(base, w) <= r)) return true;
  }
  return false;
}

/**
 * The units of the force with a capability that are present, not absent and not moving, at their
 * base, in force order. The list is rebuilt only after a change of the force other than a unit
 * coming back from a task (an arrival, a departure, a move, a change of strength), so asking it
 * for every threat or encounter allocates nothing.
 */
export class StationedUnits {
  private list: ForceUnit[] | null = null;

  constructor(
    private readonly force: ForceApi,
    private readonly capability: Capability,
  ) {
    force.onChange((_u, change) => {
      if (change !== 'freed') this.list = null;
    });
  }

  /** The stationed units with the capability now. */
  get units(): readonly ForceUnit[] {
    if (this.list === null) {
      const list: ForceUnit[] = [];
      for (const u of this.force.units) {
        if (u.present && !u.absent && !u.moving && u.unit.capabilities.includes(this.capability))
          list.push(u);
      }
      this.list = list;
    }
    return this.list;
  }
}

/** ISR coverage of one replication. */
export class IsrDynamics implements IsrApi {
  private watchers: StationedUnits | undefined;

  constructor(
    private readonly rt: Runtime,
    private readonly ports: Ports,
  ) {}

  get parameters(): IsrParameters {
    return this.rt.params.isr as IsrParameters;
  }

  /** Units able to watch (coverage radius > 0 needs the `isr` capability), stationed now. */
  private get watching(): readonly Stationed[] {
    this.watchers ??= new StationedUnits(this.ports.get(ForcePort), 'isr');
    return this.watchers.units;
  }

  covers(point: LatLon): boolean {
    return pointCovered(this.parameters, this.rt.world, this.watching, point);
  }

  watchesRoute(route: WorldRoute): boolean {
    return routeWatched(this.parameters, this.rt.world, this.watching, route);
  }
}

/**
 * The ISR capability: coverage of units able to watch, shortening warnings and raising IED
 * detection where they watch.
 */
export const isr = defineCapability({
  id: 'isr',
  title: 'Intelligence, surveillance and reconnaissance',
  summary:
    'Units able to watch (UAV, reconnaissance patrol, special forces) cover a disc around their base: threats inside are known sooner, routes inside see more devices found.',
  parameters: isrParametersSchema,
  provides: [IsrPort],
  requires: [ForcePort],
  start(rt, ports) {
    const live = new IsrDynamics(rt, ports);
    ports.provide(IsrPort, live);
    return live;
  },
});
