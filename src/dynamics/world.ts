/**
 * The scenario's geography compiled for the event loop: places by id with coordinates, distances
 * (great-circle, cached), and routes with their length, waypoints and sector. Built once per
 * replication from plain scenario data; read-only afterwards except for bases opened by plan.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { checkPoint, cosLat, greatCircleKm, haversineKm, type LatLon } from '../model/geography.js';
import type { Place, Route } from '../model/mission.js';
import type { AnyScenario } from './capability.js';

/** A place as the dynamics use it. */
export interface WorldPlace extends LatLon {
  readonly id: string;
  readonly name: string;
  readonly sector: string | undefined;
  readonly helipad: boolean;
  base: boolean;
  /** Cosine of the latitude, computed once for the distances measured from this place. */
  readonly cosLat: number;
}

/** A route as the dynamics use it. */
export interface WorldRoute {
  readonly id: string;
  readonly name: string;
  /** Sector whose fleet supplies the convoys (the origin's, else the destination's). */
  readonly sector: string;
  readonly lengthKm: number;
  readonly speedKmh: number;
  readonly movementsPerMonth: number;
  readonly vehiclesPerMovement: number;
  readonly threatWeight: number;
  /** Waypoints from origin to destination. */
  readonly waypoints: readonly LatLon[];
  /** Cumulative great-circle km at each waypoint (first 0). */
  readonly cumulativeKm: readonly number[];
}

/** Compiled geography of one replication. */
export class World {
  private readonly places = new Map<string, WorldPlace>();
  private readonly everBase = new Set<string>();
  private readonly index = new Map<string, number>();
  private distances = new Float64Array(0);
  private matrixSize = 0;
  /**
   * The last point measured to and its latitude's cosine: a threat's distance is measured from
   * every responder's base in turn, so its cosine is computed once.
   */
  private lastPoint: LatLon | null = null;
  private lastLatDeg = Number.NaN;
  private lastCosLat = Number.NaN;
  readonly routes: readonly WorldRoute[];
  /** Sector ids in scenario order. */
  readonly sectors: readonly string[];

  constructor(scenario: AnyScenario) {
    const mission = scenario.mission;
    this.sectors = mission.sectors.map((s) => s.id);
    for (const p of mission.places) {
      this.addPlace(p);
      if (p.base) this.everBase.add(p.id);
    }
    // Places of bases opened by plan steps exist from the start (closed until the step).
    for (const step of scenario.plan) {
      if (step.action.kind !== 'open-base') continue;
      const place = (step.action as unknown as { readonly place: Place }).place;
      if (!this.places.has(place.id)) this.addPlace({ ...place, base: false });
      this.everBase.add(place.id);
    }
    this.routes = mission.routes.map((r) => this.compileRoute(r));
  }

  /** Adds or replaces a place. */
  addPlace(p: Place): void {
    checkPoint(p.location, `places['${p.id}'].location`);
    this.places.set(p.id, {
      id: p.id,
      name: p.name,
      sector: p.sector,
      helipad: p.helipad,
      base: p.base,
      latDeg: p.location.latDeg,
      lonDeg: p.location.lonDeg,
      cosLat: cosLat(p.location),
    });
  }

  /** Places that hold a base at the start or that a plan step opens one at, in scenario order. */
  basePlaces(): WorldPlace[] {
    return [...this.everBase].map((id) => this.place(id));
  }

  /** Whether a place holding an open base lies within `km` of `point`, without building a list. */
  hasOpenBaseWithin(point: LatLon, km: number): boolean {
    const cosPoint = this.pointCosLat(point);
    for (const p of this.places.values()) {
      if (p.base && haversineKm(p, p.cosLat, point, cosPoint) <= km) return true;
    }
    return false;
  }

  /** The place with id `id`; throws naming the id when unknown. */
  place(id: string): WorldPlace {
    const p = this.places.get(id);
    if (p === undefined) throw new InvalidArgumentError('place', 'a place id of the mission', id);
    return p;
  }

  /** Great-circle km between two places (computed once per pair, kept in an index matrix). */
  distanceKm(a: string, b: string): number {
    if (a === b) return 0;
    const ia = this.indexOf(a);
    const ib = this.indexOf(b);
    const n = this.matrixSize;
    let d = this.distances[ia * n + ib]!;
    if (Number.isNaN(d)) {
      d = greatCircleKm(this.place(a), this.place(b));
      this.distances[ia * n + ib] = d;
      this.distances[ib * n + ia] = d;
    }
    return d;
  }

  private indexOf(id: string): number {
    const i = this.index.get(id);
    if (i !== undefined) return i;
    this.place(id); // throws, naming the id, when the place is unknown
    const next = this.index.size;
    this.index.set(id, next);
    if (next >= this.matrixSize) this.growMatrix();
    return next;
  }

  private growMatrix(): void {
    const old = this.distances;
    const n = this.matrixSize;
    const m = Math.max(8, n * 2);
    const grown = new Float64Array(m * m).fill(Number.NaN);
    for (let i = 0; i < n; i++) grown.set(old.subarray(i * n, i * n + n), i * m);
    this.distances = grown;
    this.matrixSize = m;
  }

  /** Great-circle km from a place to a point. */
  distanceToPointKm(a: string, point: LatLon): number {
    const p = this.place(a);
    return haversineKm(p, p.cosLat, point, this.pointCosLat(point));
  }

  /** Checks `point` (once per point in a row) and returns its latitude's cosine. */
  private pointCosLat(point: LatLon): number {
    if (point !== this.lastPoint || point.latDeg !== this.lastLatDeg) {
      checkPoint(point, 'point');
      this.lastPoint = point;
      this.lastLatDeg = point.latDeg;
      this.lastCosLat = cosLat(point);
    }
    return this.lastCosLat;
  }

  private compileRoute(r: Route): WorldRoute {
    const ids = [r.from, ...(r.via ?? []), r.to];
    const waypoints = ids.map((id) => this.place(id));
    const cumulativeKm = [0];
    for (let i = 1; i < waypoints.length; i++) {
      cumulativeKm.push(cumulativeKm[i - 1]! + greatCircleKm(waypoints[i - 1]!, waypoints[i]!));
    }
    const gcKm = cumulativeKm[cumulativeKm.length - 1]!;
    const lengthKm =
      r.lengthKm !== undefined ? r.lengthKm.value : gcKm * (r.roadFactor?.value ?? 1);
    // The supplying sector: the origin's, or the destination's when the origin lies outside the
    // sectors (a convoy from Bamako headquarters belongs to the sector it drives to).
    const sector = this.place(r.from).sector ?? this.place(r.to).sector;
    if (sector === undefined) {
      throw new InvalidArgumentError(
        `routes[${r.id}]`,
        'a route with an end inside a sector',
        r.id,
      );
    }
    return {
      id: r.id,
      name: r.name,
      sector,
      lengthKm,
      speedKmh: r.convoySpeedKmh.value,
      movementsPerMonth: r.movementsPerMonth.value,
      vehiclesPerMovement: r.vehiclesPerMovement.value,
      threatWeight: r.iedThreatWeight.value,
      waypoints: waypoints.map((w) => ({ latDeg: w.latDeg, lonDeg: w.lonDeg })),
      cumulativeKm,
    };
  }
}

/**
 * The point a fraction `f` in [0, 1] of the way along a route, interpolated linearly in
 * latitude/longitude within the waypoint segment (adequate at these scales).
 */
export function pointAlong(route: WorldRoute, f: number): LatLon {
  const pts = route.waypoints;
  const cum = route.cumulativeKm;
  const total = cum[cum.length - 1]!;
  if (total === 0 || pts.length === 1) return pts[0]!;
  const target = Math.min(Math.max(f, 0), 1) * total;
  let i = 1;
  while (i < cum.length - 1 && cum[i]! < target) i++;
  const a = pts[i - 1]!;
  const b = pts[i]!;
  const seg = cum[i]! - cum[i - 1]!;
  const t = seg === 0 ? 0 : (target - cum[i - 1]!) / seg;
  return {
    latDeg: a.latDeg + (b.latDeg - a.latDeg) * t,
    lonDeg: a.lonDeg + (b.lonDeg - a.lonDeg) * t,
  };
}
