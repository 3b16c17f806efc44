/**
 * The domain model of a peacekeeping mission: sectors, places, routes, units, the armoured
 * fleet, helicopters, medical facilities, the IED record, areas where civilians come under
 * threat, and named operations. All plain, JSON-serialisable data: behaviour lives in
 * `dynamics/`. Numbers that drive the model are Sourced (see `provenance.ts`).
 *
 * Each part is a zod schema; its TypeScript type is inferred from it (`type Unit =
 * z.infer<typeof unitSchema>`), and the JSON Schema of scenario files is generated from it, so the
 * format is stated once. Conventions: ids are kebab-case strings (`gao`, `route:gao-labbezanga`);
 * dates are ISO `YYYY-MM-DD` strings; units are in names (`lengthKm`, `cruiseSpeedKmh`).
 *
 * @module
 */
import { z } from 'zod';
import { idSchema, isoDateOrMonthSchema, isoDateSchema, sourcedNumber } from './fields.js';
import { labelSchema, sourceSchema, textSchema } from './provenance.js';

/** A military sector of the mission (North, East, West, Centre…). */
export const sectorSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    /** Id of the place holding the sector headquarters. */
    hq: idSchema.meta({ description: 'Id of the place holding the sector headquarters.' }),
  })
  .readonly();
/** A military sector of the mission (North, East, West, Centre…). */
export type Sector = z.infer<typeof sectorSchema>;

/** Kinds of places. */
export const PLACE_KINDS = [
  'headquarters',
  'camp',
  'temporary-operating-base',
  'town',
  'village',
  'border-crossing',
] as const;
/** Kind of a place. */
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Coordinates in decimal degrees (WGS84) with where they come from. */
export const locationSchema = z
  .strictObject({
    latDeg: z
      .number()
      .min(-90, { error: 'expected a latitude in [-90, 90]' })
      .max(90, { error: 'expected a latitude in [-90, 90]' }),
    lonDeg: z
      .number()
      .min(-180, { error: 'expected a longitude in [-180, 180]' })
      .max(180, { error: 'expected a longitude in [-180, 180]' }),
    source: sourceSchema,
  })
  .readonly();
/** Coordinates in decimal degrees (WGS84) with where they come from. */
export type Location = z.infer<typeof locationSchema>;

/** A named place: a camp, a temporary operating base, a town a route passes through. */
export const placeSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    kind: z.enum(PLACE_KINDS),
    /** Sector the place lies in; absent for mission headquarters outside the sectors (Bamako). */
    sector: idSchema.exactOptional().meta({
      description: 'Sector the place lies in; absent for headquarters outside the sectors.',
    }),
    location: locationSchema,
    /** Whether the mission holds a base here at the scenario's start (bases open and close by plan). */
    base: z.boolean().meta({
      description:
        'Whether the mission holds a base here at the start (plans open and close bases).',
    }),
    /** Has an airstrip or helipad usable for casualty evacuation and lift. */
    helipad: z.boolean(),
  })
  .readonly();
/** A named place: a camp, a temporary operating base, a town a route passes through. */
export type Place = z.infer<typeof placeSchema>;

/** Road surfaces. */
export const SURFACES = ['paved', 'laterite', 'track'] as const;
/** Road surface of a route, which sets typical convoy speed and how easily devices are buried. */
export type Surface = (typeof SURFACES)[number];

/**
 * A main supply route or patrol axis between two places. Its length is either given or the
 * great-circle distance between its waypoints times a road factor (a stated assumption).
 */
export const routeSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    from: idSchema,
    /** Intermediate places, in order. */
    via: z.array(idSchema).readonly().exactOptional(),
    to: idSchema,
    /** Road length; when absent, great-circle distance through `via` times `roadFactor`. */
    lengthKm: sourcedNumber('positive').exactOptional(),
    /** Road length / great-circle length; used when `lengthKm` is absent. */
    roadFactor: sourcedNumber('roadFactor').exactOptional(),
    surface: z.enum(SURFACES),
    /** Mean convoy speed in km/h while moving, before any clearance slow-down. */
    convoySpeedKmh: sourcedNumber('positive'),
    /** Convoys and patrols moving along the route per month (each a one-way trip). */
    movementsPerMonth: sourcedNumber('nonNegative'),
    /** Vehicles in a typical movement (armoured vehicles exposed). */
    vehiclesPerMovement: sourcedNumber('positive'),
    /** Relative IED threat per km (1 = mission average). Spreads the mission-wide rate over routes. */
    iedThreatWeight: sourcedNumber('nonNegative'),
  })
  .readonly();
/** A main supply route or patrol axis between two places. */
export type Route = z.infer<typeof routeSchema>;

/** Kinds of units. */
export const UNIT_KINDS = [
  'infantry',
  'mechanised-infantry',
  'base-defence',
  'special-forces',
  'quick-reaction-force',
  'rapid-reaction-force',
  'long-range-reconnaissance-patrol',
  'formed-police-unit',
  'helicopter-unit',
  'surgical-team',
  'explosive-ordnance-disposal',
  'engineer',
  'uav',
  'forward-command-post',
  'headquarters',
] as const;
/** What a unit is. */
export type UnitKind = (typeof UNIT_KINDS)[number];

/** What units can do. */
export const CAPABILITIES = [
  'civilian-protection',
  'air-assault',
  'escort',
  'route-clearance',
  'air-lift',
  'casualty-evacuation',
  'surgery',
  'isr',
  'command',
] as const;
/** What a unit can do, as the dispatch and evacuation dynamics ask it. */
export type Capability = (typeof CAPABILITIES)[number];

/** Roles of helicopter groups. */
export const HELICOPTER_ROLES = ['utility', 'attack', 'casualty-evacuation'] as const;
/** Role of a helicopter group, which sets the tasks it may fly. */
export type HelicopterRole = (typeof HELICOPTER_ROLES)[number];

/** The aircraft of a helicopter unit. */
export const aircraftSchema = z
  .strictObject({
    /** Type designation, e.g. `Mi-17`, `SA330 Puma`. */
    type: textSchema,
    role: z.enum(HELICOPTER_ROLES),
    count: sourcedNumber('positiveCount'),
    cruiseSpeedKmh: sourcedNumber('positive'),
    /** Whether the crews and aircraft fly at night. */
    nightCapable: z.boolean(),
    /**
     * Whether the military component may task these aircraft. The letter says the military
     * component can use only 25 % of the fleet; the rest flies for the mission at large.
     */
    militaryTasking: z.boolean().meta({
      description:
        'Whether the military component may task these aircraft (the letter: 25 % of the fleet).',
    }),
  })
  .readonly();
/** The aircraft of a helicopter unit. */
export type Aircraft = z.infer<typeof aircraftSchema>;

/** A unit of the force or the police component. */
export const unitSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    kind: z.enum(UNIT_KINDS),
    /** Troop-contributing country, when public. */
    contributor: textSchema.exactOptional(),
    strength: sourcedNumber('positiveCount'),
    /** Id of the place the unit is based at. */
    base: idSchema.meta({ description: 'Id of the place holding the base the unit is at.' }),
    capabilities: z.array(z.enum(CAPABILITIES)).readonly(),
    /** Time from an order to the first element leaving the gate, in minutes (ground responders). */
    noticeToMoveMin: sourcedNumber('nonNegative').exactOptional(),
    /** Helicopter units only. */
    aircraft: aircraftSchema.exactOptional(),
    /**
     * Armoured vehicles of the sector fleets that belong to the unit: when it moves to another
     * sector they move with it (a mechanised company and its carriers).
     */
    armouredVehicles: sourcedNumber('count').exactOptional().meta({
      description:
        'Armoured vehicles of the sector fleets that belong to the unit and move with it between sectors.',
    }),
    /** Id of a unit this one deploys to and moves with (a forward surgical team with its task force). */
    follows: idSchema.exactOptional().meta({
      description:
        'Id of a unit this one deploys to and moves with (e.g. a forward surgical team with its task force).',
    }),
  })
  .readonly();
/** A unit of the force or the police component. */
export type Unit = z.infer<typeof unitSchema>;

/** Armoured vehicles held in one sector, with the workshop that repairs them. */
export const sectorFleetSchema = z
  .strictObject({
    sector: idSchema,
    vehicles: sourcedNumber('count'),
    /** Vehicles the sector's workshops can repair at once (parallel repair bays). */
    workshopBays: sourcedNumber('count'),
  })
  .readonly();
/** Armoured vehicles held in one sector, with the workshop that repairs them. */
export type SectorFleet = z.infer<typeof sectorFleetSchema>;

/**
 * The armoured fleet as the letter gives it: 562 vehicles, 483 in daily use, 33 in
 * maintenance, 46 beyond the mission's repair and awaiting replacement.
 */
export const armouredFleetSchema = z
  .strictObject({
    /** Date the split is given for. */
    asOf: isoDateSchema,
    total: sourcedNumber('count'),
    inDailyUse: sourcedNumber('count'),
    inMaintenance: sourcedNumber('count'),
    awaitingReplacement: sourcedNumber('count'),
    bySector: z.array(sectorFleetSchema).readonly(),
    /** Share of vehicles that are mine-protected (MRAP-class). */
    mineProtectedShare: sourcedNumber('fraction'),
  })
  .readonly();
/** The armoured fleet as the letter gives it. */
export type ArmouredFleet = z.infer<typeof armouredFleetSchema>;

/** Medical support level (UN levels of care). */
export type CareRole = 1 | 2 | 3;

/** A medical facility; role 2 and above hold surgical teams. */
export const medicalFacilitySchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    place: idSchema,
    role: z.literal([1, 2, 3]),
    /** Surgical teams able to operate at once (0 for role 1). */
    surgicalTeams: sourcedNumber('count'),
  })
  .readonly();
/** A medical facility; role 2 and above hold surgical teams. */
export type MedicalFacility = z.infer<typeof medicalFacilitySchema>;

/** The IED figures of the letter for its reporting period. */
/**
 * A unit that was watching the routes or clearing them while the IED figures were observed:
 * with its kind, capabilities and base, from one date to another.
 */
export const observedUnitSchema = z
  .strictObject({
    unit: idSchema,
    kind: z.enum(UNIT_KINDS),
    capabilities: z.array(z.enum(CAPABILITIES)).readonly(),
    /** Id of the place it was based at (for the record; the plan may no longer open it). */
    base: idSchema,
    /** Sector of that place. */
    sector: idSchema.exactOptional(),
    /** Where that place is. */
    location: locationSchema,
    /** First day it was there. */
    from: isoDateSchema,
    /** Day it left (exclusive). */
    to: isoDateSchema,
  })
  .readonly();
/** A unit that was watching or clearing the routes while the IED figures were observed. */
export type ObservedUnit = z.infer<typeof observedUnitSchema>;

export const iedRecordSchema = z
  .strictObject({
    /** First day of the period (« Depuis juillet 2020 »). */
    periodStart: isoDateSchema,
    /** Last day of the period (the letter's date; its cut-off is not given). */
    periodEnd: isoDateSchema,
    /** Where the period's dates come from, when not from the record's own source (an assumed cut-off). */
    periodSource: sourceSchema.exactOptional().meta({
      description:
        'Where the period’s dates come from (e.g. an assumed cut-off when the source gives only a start).',
    }),
    totalMali: sourcedNumber('count'),
    againstMission: sourcedNumber('count'),
    neutralised: sourcedNumber('count'),
    detonated: sourcedNumber('count'),
    /**
     * The route-clearance and ISR units in place while the figures were observed: the reference
     * detection is calibrated against. A variant of the force (a unit removed, moved) then
     * finds more or fewer devices than the record. Absent: the scenario's own plan for the
     * period is taken as what was in place.
     */
    observedWith: z.array(observedUnitSchema).readonly().exactOptional().meta({
      description:
        'Route-clearance and ISR units in place while the figures were observed (the detection reference); absent: the scenario’s own planned force.',
    }),
  })
  .readonly();
/** The IED figures of the letter for its reporting period. */
export type IedRecord = z.infer<typeof iedRecordSchema>;

/**
 * An area (a circle or an axis) where civilians come under threat and the force responds:
 * threats arise at random points of a disc around its place.
 */
export const incidentAreaSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    sector: idSchema,
    /** Place at the centre of the area: threats arise at points of a disc around it. */
    place: idSchema,
    /** Radius of the disc around `place` where threats arise (uniformly over its surface). */
    radiusKm: sourcedNumber('nonNegative').meta({
      description:
        'Radius of the disc around the place where threats arise (uniformly over its surface): its median distance from the centre is radius / √2.',
    }),
    /** Threats to civilians needing a force response, per month. */
    threatsPerMonth: sourcedNumber('nonNegative'),
    /** Share of threats that are attacks wounding peacekeepers who then need evacuation. */
    casualtyShare: sourcedNumber('fraction'),
  })
  .readonly();
/** An area (a circle or an axis) where civilians come under threat and the force responds. */
export type IncidentArea = z.infer<typeof incidentAreaSchema>;

/** A named operation of the letter (Mangouste, Buffalo, Seka…). */
export const operationSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    /** ISO date or month (`2020-10`), when the letter gives one. */
    start: isoDateOrMonthSchema.exactOptional(),
    areas: z.array(idSchema).readonly(),
    purpose: labelSchema,
    source: sourceSchema,
  })
  .readonly();
/** A named operation of the letter (Mangouste, Buffalo, Seka…). */
export type Operation = z.infer<typeof operationSchema>;

/** A whole mission: geography, force, fleets, support and threat record. */
export const missionSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    /** Date the data describe. */
    asOf: isoDateSchema,
    sectors: z.array(sectorSchema).readonly(),
    places: z.array(placeSchema).readonly(),
    routes: z.array(routeSchema).readonly(),
    units: z.array(unitSchema).readonly(),
    armouredFleet: armouredFleetSchema,
    /** Share of the helicopter fleet the military component can task (the letter's 25 %). */
    helicopterMilitaryShare: sourcedNumber('fraction'),
    medical: z.array(medicalFacilitySchema).readonly(),
    ied: iedRecordSchema,
    incidentAreas: z.array(incidentAreaSchema).readonly(),
    operations: z.array(operationSchema).readonly(),
  })
  .readonly();
/** A whole mission: geography, force, fleets, support and threat record. */
export type Mission = z.infer<typeof missionSchema>;
