import { describe, expect, it } from 'vitest';
import { minusma2020Mission } from '../../src/data/index.js';
import { greatCircleKm, type LatLon } from '../../src/model/geography.js';

/** Vincenty's inverse formula on the WGS84 ellipsoid, in km: an independent reference. */
function vincentyKm(p: LatLon, q: LatLon): number {
  const a = 6378137;
  const f = 1 / 298.257223563;
  const b = (1 - f) * a;
  const rad = Math.PI / 180;
  const L = (q.lonDeg - p.lonDeg) * rad;
  const U1 = Math.atan((1 - f) * Math.tan(p.latDeg * rad));
  const U2 = Math.atan((1 - f) * Math.tan(q.latDeg * rad));
  const sinU1 = Math.sin(U1);
  const cosU1 = Math.cos(U1);
  const sinU2 = Math.sin(U2);
  const cosU2 = Math.cos(U2);
  let lambda = L;
  let sinSigma = 0;
  let cosSigma = 0;
  let sigma = 0;
  let cos2Alpha = 0;
  let cos2SigmaM = 0;
  for (let i = 0; i < 200; i++) {
    const sinL = Math.sin(lambda);
    const cosL = Math.cos(lambda);
    sinSigma = Math.sqrt((cosU2 * sinL) ** 2 + (cosU1 * sinU2 - sinU1 * cosU2 * cosL) ** 2);
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    cos2Alpha = 1 - sinAlpha * sinAlpha;
    cos2SigmaM = cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (f / 16) * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
    const prev = lambda;
    lambda =
      L +
      (1 - C) *
        f *
        sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
    if (Math.abs(lambda - prev) < 1e-12) break;
  }
  const u2 = (cos2Alpha * (a * a - b * b)) / (b * b);
  const A = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
  const B = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
  const dSigma =
    B *
    sinSigma *
    (cos2SigmaM +
      (B / 4) *
        (cosSigma * (-1 + 2 * cos2SigmaM ** 2) -
          (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
  return (b * A * (sigma - dSigma)) / 1000;
}

const place = (id: string): LatLon => {
  const p = minusma2020Mission.places.find((x) => x.id === id);
  if (p === undefined) throw new Error(id);
  return p.location;
};

describe('greatCircleKm(a, b) against known pairs', () => {
  it('Bamako–Gao ≈ 953 km and Gao–Kidal ≈ 285 km (Vincenty, WGS84), within 0.5 %', () => {
    const bamakoGao = vincentyKm(place('bamako'), place('gao'));
    const gaoKidal = vincentyKm(place('gao'), place('kidal'));
    expect(bamakoGao).toBeGreaterThan(945);
    expect(bamakoGao).toBeLessThan(960);
    expect(gaoKidal).toBeGreaterThan(280);
    expect(gaoKidal).toBeLessThan(292);
    expect(Math.abs(greatCircleKm(place('bamako'), place('gao')) / bamakoGao - 1)).toBeLessThan(
      0.005,
    );
    expect(Math.abs(greatCircleKm(place('gao'), place('kidal')) / gaoKidal - 1)).toBeLessThan(
      0.005,
    );
  });

  it('every pair of mission places agrees with Vincenty within 0.5 %', () => {
    const places = minusma2020Mission.places.filter((p) => p.kind !== 'temporary-operating-base');
    for (const p of places) {
      for (const q of places) {
        if (p.id >= q.id) continue;
        const v = vincentyKm(p.location, q.location);
        if (v < 1) continue;
        expect(
          Math.abs(greatCircleKm(p.location, q.location) / v - 1),
          `${p.id}–${q.id}`,
        ).toBeLessThan(0.005);
      }
    }
  });

  it('one degree of latitude is about 111.2 km', () => {
    expect(greatCircleKm({ latDeg: 0, lonDeg: 0 }, { latDeg: 1, lonDeg: 0 })).toBeCloseTo(
      111.195,
      2,
    );
  });
});
