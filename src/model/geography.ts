import { InvalidArgumentError } from '../errors.js';

/** Mean Earth radius in km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

/** A point in decimal degrees (WGS84). */
export interface LatLon {
  readonly latDeg: number;
  readonly lonDeg: number;
}

/**
 * Great-circle distance in km between two points, by the haversine formula on a sphere of
 * `EARTH_RADIUS_KM`. Accurate to about 0.5 % against the ellipsoid, which is well inside
 * the uncertainty of any road factor applied on top.
 */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  checkPoint(a, 'a');
  checkPoint(b, 'b');
  return haversineKm(a, cosLat(a), b, cosLat(b));
}

const RAD = Math.PI / 180;

/** Cosine of a point's latitude: the factor {@link haversineKm} takes precomputed. */
export function cosLat(p: LatLon): number {
  return Math.cos(p.latDeg * RAD);
}

/**
 * @internal The haversine formula of {@link greatCircleKm} for points already checked, with the
 * cosines of their latitudes given (callers that measure many distances from one point compute
 * its cosine once). The arithmetic is the same, operation for operation, so the result is
 * identical to the last bit.
 */
export function haversineKm(a: LatLon, cosA: number, b: LatLon, cosB: number): number {
  const dLat = (b.latDeg - a.latDeg) * RAD;
  const dLon = (b.lonDeg - a.lonDeg) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + cosA * cosB * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** @internal Throws unless `p` is a finite latitude and longitude in range, naming `name`. */
export function checkPoint(p: LatLon, name: string): void {
  if (!Number.isFinite(p.latDeg) || p.latDeg < -90 || p.latDeg > 90) {
    throw new InvalidArgumentError(`${name}.latDeg`, 'a latitude in [-90, 90]', p.latDeg);
  }
  if (!Number.isFinite(p.lonDeg) || p.lonDeg < -180 || p.lonDeg > 180) {
    throw new InvalidArgumentError(`${name}.lonDeg`, 'a longitude in [-180, 180]', p.lonDeg);
  }
}
