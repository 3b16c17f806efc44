/**
 * `arbMission`: small, random, valid missions for property tests.
 *
 * @module
 */
import fc from 'fast-check';
import { addDays } from '../model/dates.js';
import type {
  Aircraft,
  IncidentArea,
  MedicalFacility,
  Mission,
  Place,
  Route,
  Sector,
  SectorFleet,
  Unit,
} from '../model/mission.js';
import { GENERATED, gen, MALI_BOUNDS } from './_internals/generated.js';

/** Options of {@link arbMission}. */
export interface ArbMissionOptions {
  /** Most sectors, 1 to 3 (default 3); at least one is always generated. */
  readonly maxSectors?: number;
  /** Most places per sector besides its headquarters camp, 1 to 4 (default 2). */
  readonly maxPlacesPerSector?: number;
  /** Whether helicopter units appear: never, sometimes (default) or always (at least one). */
  readonly helicopters?: 'never' | 'maybe' | 'always';
  /** Most armoured vehicles per sector, ≥ 1 (default 30). */
  readonly maxVehiclesPerSector?: number;
  /** Date the mission's data describe; also the start of its IED record (default `2020-07-01`). */
  readonly asOf?: string;
}

const SECTOR_IDS = ['north', 'east', 'west'] as const;
const source = { kind: 'assumption', rationale: GENERATED } as const;
const pct = (max = 100) => fc.integer({ min: 0, max }).map((n) => n / 100);

const placeShape = fc.record({
  kind: fc.constantFrom('town', 'village', 'temporary-operating-base', 'border-crossing' as const),
  base: fc.boolean(),
  helipad: fc.boolean(),
  dLat: fc.integer({ min: -150, max: 150 }),
  dLon: fc.integer({ min: -150, max: 150 }),
});

const aircraftShape: fc.Arbitrary<Aircraft> = fc.record({
  type: fc.constantFrom('Mi-17', 'Mi-8', 'SA330 Puma', 'Bell 212'),
  role: fc.constantFrom('utility', 'casualty-evacuation' as const),
  count: fc.integer({ min: 1, max: 4 }).map(gen),
  cruiseSpeedKmh: fc.integer({ min: 150, max: 260 }).map(gen),
  nightCapable: fc.boolean(),
  militaryTasking: fc.boolean(),
});

const extraUnitShape = fc.record({
  kind: fc.constantFrom(
    'infantry',
    'engineer',
    'explosive-ordnance-disposal',
    'formed-police-unit' as const,
  ),
  protects: fc.boolean(),
  strength: fc.integer({ min: 20, max: 800 }),
  baseIndex: fc.nat(),
});

function sectorShape(o: Required<ArbMissionOptions>) {
  return fc.record({
    hqLat: fc.integer({
      min: Math.ceil(MALI_BOUNDS.minLatDeg * 100),
      max: Math.floor(MALI_BOUNDS.maxLatDeg * 100),
    }),
    hqLon: fc.integer({
      min: Math.ceil(MALI_BOUNDS.minLonDeg * 100),
      max: Math.floor(MALI_BOUNDS.maxLonDeg * 100),
    }),
    places: fc.array(placeShape, { minLength: 1, maxLength: o.maxPlacesPerSector }),
    responderStrength: fc.integer({ min: 50, max: 300 }),
    noticeToMoveMin: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    extraUnits: fc.array(extraUnitShape, { maxLength: 2 }),
    helicopter:
      o.helicopters === 'never' ? fc.constant(null) : fc.option(aircraftShape, { nil: null }),
    vehicles: fc.integer({ min: 1, max: o.maxVehiclesPerSector }),
    bays: fc.integer({ min: 1, max: 4 }),
    role: fc.constantFrom(1, 2, 3 as const),
    teams: fc.integer({ min: 0, max: 2 }),
    areas: fc.array(
      fc.record({
        placeIndex: fc.nat(),
        radiusKm: fc.integer({ min: 0, max: 80 }),
        threatsPerMonth: fc.integer({ min: 0, max: 80 }).map((n) => n / 10),
        casualtyShare: pct(50),
      }),
      { minLength: 1, maxLength: 2 },
    ),
  });
}

const routeShape = fc.record({
  from: fc.nat(),
  to: fc.nat(),
  via: fc.option(fc.nat(), { nil: undefined }),
  lengthKm: fc.option(fc.integer({ min: 20, max: 400 }), { nil: undefined }),
  roadFactor: fc.integer({ min: 100, max: 160 }).map((n) => n / 100),
  surface: fc.constantFrom('paved', 'laterite', 'track' as const),
  convoySpeedKmh: fc.integer({ min: 10, max: 60 }),
  movementsPerMonth: fc.integer({ min: 0, max: 30 }),
  vehiclesPerMovement: fc.integer({ min: 1, max: 15 }),
  iedThreatWeight: fc.integer({ min: 0, max: 30 }).map((n) => n / 10),
});

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Small, random, valid missions: 1 to 3 sectors, each with a headquarters camp and a few places
 * (coordinates inside Mali's bounding box), routes between places, a quick reaction force able
 * to protect civilians in every sector plus a few other units, optional helicopter units, an
 * armoured fleet whose split adds up and whose sectors sum to the total, a medical facility per
 * sector with at least one surgical team somewhere, an IED record with
 * neutralised + detonated ≤ against the mission ≤ total in Mali, incident areas in every sector
 * and, sometimes, one named operation. Every number is Sourced as `assumed(v, 'generated')`.
 *
 * Ids are readable (`north-camp`, `east-place-1`, `route-0`, `west-qrf`), so a shrunk
 * counterexample reads like a hand-written fixture. Missions shrink towards one sector with one
 * extra place, one route, and fewer, smaller units.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbMission(), (m) => m.sectors.length >= 1));
 * ```
 */
export function arbMission(options: ArbMissionOptions = {}): fc.Arbitrary<Mission> {
  const o: Required<ArbMissionOptions> = {
    maxSectors: clamp(Math.floor(options.maxSectors ?? 3), 1, 3),
    maxPlacesPerSector: clamp(Math.floor(options.maxPlacesPerSector ?? 2), 1, 4),
    helicopters: options.helicopters ?? 'maybe',
    maxVehiclesPerSector: Math.max(1, Math.floor(options.maxVehiclesPerSector ?? 30)),
    asOf: options.asOf ?? '2020-07-01',
  };
  return fc
    .record({
      sectors: fc.array(sectorShape(o), { minLength: 1, maxLength: o.maxSectors }),
      routes: fc.array(routeShape, { minLength: 1, maxLength: 4 }),
      helicopterMilitaryShare: pct(),
      mineProtectedShare: pct(),
      maintenancePct: fc.integer({ min: 0, max: 30 }),
      awaitingPct: fc.integer({ min: 0, max: 20 }),
      ied: fc.record({
        against: fc.integer({ min: 0, max: 60 }),
        neutralisedPct: pct(),
        detonatedPct: pct(),
        others: fc.integer({ min: 0, max: 100 }),
        periodDays: fc.integer({ min: 30, max: 180 }),
      }),
      operation: fc.boolean(),
      fleetAsOfDays: fc.integer({ min: 0, max: 180 }),
    })
    .map((g) => buildMission(g, o));
}

function buildMission(
  g: {
    sectors: {
      hqLat: number;
      hqLon: number;
      places: {
        kind: Place['kind'];
        base: boolean;
        helipad: boolean;
        dLat: number;
        dLon: number;
      }[];
      responderStrength: number;
      noticeToMoveMin: number | undefined;
      extraUnits: { kind: Unit['kind']; protects: boolean; strength: number; baseIndex: number }[];
      helicopter: Aircraft | null;
      vehicles: number;
      bays: number;
      role: 1 | 2 | 3;
      teams: number;
      areas: {
        placeIndex: number;
        radiusKm: number;
        threatsPerMonth: number;
        casualtyShare: number;
      }[];
    }[];
    routes: {
      from: number;
      to: number;
      via: number | undefined;
      lengthKm: number | undefined;
      roadFactor: number;
      surface: Route['surface'];
      convoySpeedKmh: number;
      movementsPerMonth: number;
      vehiclesPerMovement: number;
      iedThreatWeight: number;
    }[];
    helicopterMilitaryShare: number;
    mineProtectedShare: number;
    maintenancePct: number;
    awaitingPct: number;
    ied: {
      against: number;
      neutralisedPct: number;
      detonatedPct: number;
      others: number;
      periodDays: number;
    };
    operation: boolean;
    fleetAsOfDays: number;
  },
  o: Required<ArbMissionOptions>,
): Mission {
  const sectors: Sector[] = [];
  const places: Place[] = [];
  const units: Unit[] = [];
  const bySector: SectorFleet[] = [];
  const medical: MedicalFacility[] = [];
  const incidentAreas: IncidentArea[] = [];
  g.sectors.forEach((s, i) => {
    const sid = SECTOR_IDS[i] as string;
    const hq = `${sid}-camp`;
    sectors.push({ id: sid, name: `Sector ${sid}`, hq });
    const hqLat = s.hqLat / 100;
    const hqLon = s.hqLon / 100;
    const own: Place[] = [
      {
        id: hq,
        name: `${sid} camp`,
        kind: 'camp',
        sector: sid,
        location: { latDeg: hqLat, lonDeg: hqLon, source },
        base: true,
        helipad: true,
      },
    ];
    s.places.forEach((p, j) => {
      own.push({
        id: `${sid}-place-${j}`,
        name: `${sid} place ${j}`,
        kind: p.kind,
        sector: sid,
        location: {
          latDeg: clamp(
            Math.round((hqLat + p.dLat / 100) * 100) / 100,
            MALI_BOUNDS.minLatDeg,
            MALI_BOUNDS.maxLatDeg,
          ),
          lonDeg: clamp(
            Math.round((hqLon + p.dLon / 100) * 100) / 100,
            MALI_BOUNDS.minLonDeg,
            MALI_BOUNDS.maxLonDeg,
          ),
          source,
        },
        base: p.kind === 'temporary-operating-base' ? true : p.base,
        helipad: p.helipad,
      });
    });
    places.push(...own);
    const bases = own.filter((p) => p.base).map((p) => p.id);
    const responder: Unit = {
      id: `${sid}-qrf`,
      name: `${sid} quick reaction force`,
      kind: 'quick-reaction-force',
      strength: gen(s.responderStrength),
      base: hq,
      capabilities: ['civilian-protection', 'escort'],
      ...(s.noticeToMoveMin === undefined ? {} : { noticeToMoveMin: gen(s.noticeToMoveMin) }),
    };
    units.push(responder);
    s.extraUnits.forEach((u, j) => {
      units.push({
        id: `${sid}-unit-${j}`,
        name: `${sid} ${u.kind} ${j}`,
        kind: u.kind,
        strength: gen(u.strength),
        base: bases[u.baseIndex % bases.length] as string,
        capabilities: u.protects ? ['civilian-protection'] : ['escort'],
      });
    });
    const aircraft =
      s.helicopter ?? (o.helicopters === 'always' && i === 0 ? defaultAircraft() : null);
    if (aircraft !== null) {
      units.push({
        id: `${sid}-helicopters`,
        name: `${sid} helicopter unit`,
        kind: 'helicopter-unit',
        strength: gen(60 * aircraft.count.value),
        base: hq,
        capabilities: ['air-lift', 'casualty-evacuation'],
        aircraft,
      });
    }
    bySector.push({ sector: sid, vehicles: gen(s.vehicles), workshopBays: gen(s.bays) });
    const role = i === 0 ? (Math.max(2, s.role) as 2 | 3) : s.role;
    const teams = role === 1 ? 0 : i === 0 ? Math.max(1, s.teams) : s.teams;
    medical.push({
      id: `${sid}-role-${role}`,
      name: `${sid} role ${role}`,
      place: hq,
      role,
      surgicalTeams: gen(teams),
    });
    s.areas.forEach((a, j) => {
      const place = own[a.placeIndex % own.length] as Place;
      incidentAreas.push({
        id: `${sid}-area-${j}`,
        name: `${sid} area ${j}`,
        sector: sid,
        place: place.id,
        radiusKm: gen(a.radiusKm),
        threatsPerMonth: gen(a.threatsPerMonth),
        casualtyShare: gen(a.casualtyShare),
      });
    });
  });
  const routes: Route[] = g.routes.map((r, k) => {
    const n = places.length;
    const from = r.from % n;
    let to = r.to % n;
    if (to === from) to = (from + 1) % n;
    const via = r.via === undefined ? undefined : r.via % n;
    const fromId = (places[from] as Place).id;
    const toId = (places[to] as Place).id;
    const viaId =
      via === undefined || via === from || via === to ? undefined : (places[via] as Place).id;
    return {
      id: `route-${k}`,
      name: `${fromId} to ${toId}`,
      from: fromId,
      ...(viaId === undefined ? {} : { via: [viaId] }),
      to: toId,
      ...(r.lengthKm === undefined
        ? { roadFactor: gen(r.roadFactor) }
        : { lengthKm: gen(r.lengthKm) }),
      surface: r.surface,
      convoySpeedKmh: gen(r.convoySpeedKmh),
      movementsPerMonth: gen(r.movementsPerMonth),
      vehiclesPerMovement: gen(r.vehiclesPerMovement),
      iedThreatWeight: gen(r.iedThreatWeight),
    };
  });
  const total = bySector.reduce((a, s) => a + s.vehicles.value, 0);
  const inMaintenance = Math.floor((total * g.maintenancePct) / 100);
  const awaiting = Math.floor(((total - inMaintenance) * g.awaitingPct) / 100);
  const against = g.ied.against;
  const neutralised = Math.floor(against * g.ied.neutralisedPct);
  const detonated = Math.floor((against - neutralised) * g.ied.detonatedPct);
  const firstArea = incidentAreas[0] as IncidentArea;
  return {
    id: 'generated',
    name: 'Generated mission',
    asOf: o.asOf,
    sectors,
    places,
    routes,
    units,
    armouredFleet: {
      asOf: addDays(o.asOf, g.fleetAsOfDays),
      total: gen(total),
      inDailyUse: gen(total - inMaintenance - awaiting),
      inMaintenance: gen(inMaintenance),
      awaitingReplacement: gen(awaiting),
      bySector,
      mineProtectedShare: gen(g.mineProtectedShare),
    },
    helicopterMilitaryShare: gen(g.helicopterMilitaryShare),
    medical,
    ied: {
      periodStart: o.asOf,
      periodEnd: addDays(o.asOf, g.ied.periodDays),
      totalMali: gen(against + g.ied.others),
      againstMission: gen(against),
      neutralised: gen(neutralised),
      detonated: gen(detonated),
    },
    incidentAreas,
    operations: g.operation
      ? [
          {
            id: 'generated-operation',
            name: 'Generated operation',
            areas: [firstArea.id],
            purpose: GENERATED,
            source,
          },
        ]
      : [],
  };
}

function defaultAircraft(): Aircraft {
  return {
    type: 'Mi-17',
    role: 'utility',
    count: gen(2),
    cruiseSpeedKmh: gen(200),
    nightCapable: true,
    militaryTasking: true,
  };
}
