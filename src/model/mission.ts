/**
 * The domain types of a peacekeeping mission: sectors, places, routes, units, the armoured
 * fleet, helicopters, medical facilities, the IED threat, areas where civilians come under
 * threat, and named operations. All plain, JSON-serialisable data: behaviour lives in
 * `dynamics/`. Numbers that drive the model are {@link Sourced}.
 *
 * Conventions: ids are kebab-case strings (`gao`, `route:gao-labbezanga`); dates are ISO
 * `YYYY-MM-DD` strings; units are in names (`lengthKm`, `cruiseSpeedKmh`).
 *
 * @module
 */
import type { Source, Sourced } from './provenance.js';

/** A military sector of the mission (North, East, West, Centre…). */
export interface Sector {
  readonly id: string;
  readonly name: string;
  /** Id of the place holding the sector headquarters. */
  readonly hq: string;
}

/** Kind of a place. */
export type PlaceKind =
  | 'headquarters'
  | 'camp'
  | 'temporary-operating-base'
  | 'town'
  | 'village'
  | 'border-crossing';

/** Coordinates in decimal degrees (WGS84) with where they come from. */
export interface Location {
  readonly latDeg: number;
  readonly lonDeg: number;
  readonly source: Source;
}

/** A named place: a camp, a temporary operating base, a town a route passes through. */
export interface Place {
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  /** Sector the place lies in; absent for mission headquarters outside the sectors (Bamako). */
  readonly sector?: string;
  readonly location: Location;
  /** Whether the mission holds a base here at the scenario's start (bases can open and close by plan). */
  readonly base: boolean;
  /** Has an airstrip or helipad usable for casualty evacuation and lift. */
  readonly helipad: boolean;
}

/** Road surface of a route, which sets typical convoy speed and how easily devices are buried. */
export type Surface = 'paved' | 'laterite' | 'track';

/**
 * A main supply route or patrol axis between two places. Its length is either given or the
 * great-circle distance between its waypoints times a road factor (a stated assumption).
 */
export interface Route {
  readonly id: string;
  readonly name: string;
  readonly from: string;
  /** Intermediate places, in order. */
  readonly via?: readonly string[];
  readonly to: string;
  /** Road length; when absent, great-circle distance through `via` times `roadFactor`. */
  readonly lengthKm?: Sourced;
  /** Road length / great-circle length; used when `lengthKm` is absent. */
  readonly roadFactor?: Sourced;
  readonly surface: Surface;
  /** Mean convoy speed in km/h while moving, before any clearance slow-down. */
  readonly convoySpeedKmh: Sourced;
  /** Convoys and patrols moving along the route per month (each a one-way trip). */
  readonly movementsPerMonth: Sourced;
  /** Vehicles in a typical movement (armoured vehicles exposed). */
  readonly vehiclesPerMovement: Sourced;
  /** Relative IED threat per km (1 = mission average). Spreads the mission-wide rate over routes. */
  readonly iedThreatWeight: Sourced;
}

/** What a unit is. */
export type UnitKind =
  | 'infantry'
  | 'mechanised-infantry'
  | 'base-defence'
  | 'special-forces'
  | 'quick-reaction-force'
  | 'rapid-reaction-force'
  | 'long-range-reconnaissance-patrol'
  | 'formed-police-unit'
  | 'helicopter-unit'
  | 'surgical-team'
  | 'explosive-ordnance-disposal'
  | 'engineer'
  | 'uav'
  | 'forward-command-post'
  | 'headquarters';

/** What a unit can do, as the dispatch and evacuation dynamics ask it. */
export type Capability =
  | 'civilian-protection'
  | 'escort'
  | 'route-clearance'
  | 'air-lift'
  | 'casualty-evacuation'
  | 'surgery'
  | 'isr'
  | 'command';

/** Role of a helicopter group, which sets the tasks it may fly. */
export type HelicopterRole = 'utility' | 'attack' | 'casualty-evacuation';

/** The aircraft of a helicopter unit. */
export interface Aircraft {
  /** Type designation, e.g. `Mi-17`, `SA330 Puma`. */
  readonly type: string;
  readonly role: HelicopterRole;
  readonly count: Sourced;
  readonly cruiseSpeedKmh: Sourced;
  /** Whether the crews and aircraft fly at night. */
  readonly nightCapable: boolean;
  /**
   * Whether the military component may task these aircraft. The letter says the military
   * component can use only 25 % of the fleet; the rest flies for the mission at large.
   */
  readonly militaryTasking: boolean;
}

/** A unit of the force or the police component. */
export interface Unit {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  /** Troop-contributing country, when public. */
  readonly contributor?: string;
  readonly strength: Sourced;
  /** Id of the place the unit is based at. */
  readonly base: string;
  readonly capabilities: readonly Capability[];
  /** Time from an order to the first element leaving the gate, in minutes (ground responders). */
  readonly noticeToMoveMin?: Sourced;
  /** Helicopter units only. */
  readonly aircraft?: Aircraft;
}

/** Armoured vehicles held in one sector, with the workshop that repairs them. */
export interface SectorFleet {
  readonly sector: string;
  readonly vehicles: Sourced;
  /** Vehicles the sector's workshops can repair at once (parallel repair bays). */
  readonly workshopBays: Sourced;
}

/**
 * The armoured fleet as the letter gives it: 562 vehicles, 483 in daily use, 33 in
 * maintenance, 46 beyond the mission's repair and awaiting replacement.
 */
export interface ArmouredFleet {
  /** Date the split is given for. */
  readonly asOf: string;
  readonly total: Sourced;
  readonly inDailyUse: Sourced;
  readonly inMaintenance: Sourced;
  readonly awaitingReplacement: Sourced;
  readonly bySector: readonly SectorFleet[];
  /** Share of vehicles that are mine-protected (MRAP-class). */
  readonly mineProtectedShare: Sourced;
}

/** Medical support level (UN levels of care). */
export type CareRole = 1 | 2 | 3;

/** A medical facility; role 2 and above hold surgical teams. */
export interface MedicalFacility {
  readonly id: string;
  readonly name: string;
  readonly place: string;
  readonly role: CareRole;
  /** Surgical teams able to operate at once (0 for role 1). */
  readonly surgicalTeams: Sourced;
}

/** The IED figures of the letter for its reporting period. */
export interface IedRecord {
  /** First day of the period (« Depuis juillet 2020 »). */
  readonly periodStart: string;
  /** Last day of the period (the letter's date; its cut-off is not given). */
  readonly periodEnd: string;
  readonly totalMali: Sourced;
  readonly againstMission: Sourced;
  readonly neutralised: Sourced;
  readonly detonated: Sourced;
}

/** An area (a circle or an axis) where civilians come under threat and the force responds. */
export interface IncidentArea {
  readonly id: string;
  readonly name: string;
  readonly sector: string;
  /** Place that stands for the area when computing distances. */
  readonly place: string;
  /** Threats to civilians needing a force response, per month. */
  readonly threatsPerMonth: Sourced;
  /** Share of threats that are attacks wounding peacekeepers who then need evacuation. */
  readonly casualtyShare: Sourced;
}

/** A named operation of the letter (Mangouste, Buffalo, Seka…). */
export interface Operation {
  readonly id: string;
  readonly name: string;
  /** ISO date or month (`2020-10`), when the letter gives one. */
  readonly start?: string;
  readonly areas: readonly string[];
  readonly purpose: string;
  readonly source: Source;
}

/** A whole mission: geography, force, fleets, support and threat record. */
export interface Mission {
  readonly id: string;
  readonly name: string;
  /** Date the data describe. */
  readonly asOf: string;
  readonly sectors: readonly Sector[];
  readonly places: readonly Place[];
  readonly routes: readonly Route[];
  readonly units: readonly Unit[];
  readonly armouredFleet: ArmouredFleet;
  /** Share of the helicopter fleet the military component can task (the letter's 25 %). */
  readonly helicopterMilitaryShare: Sourced;
  readonly medical: readonly MedicalFacility[];
  readonly ied: IedRecord;
  readonly incidentAreas: readonly IncidentArea[];
  readonly operations: readonly Operation[];
}
