/**
 * Semantic checks of a mission's geography and collections, on typed data (the structure has
 * been parsed already): ids unique within each collection; references that exist (sector
 * headquarters, place sectors, route endpoints and waypoints — including places a plan opens a
 * base at —, operation areas); a route with exactly one of `lengthKm` and `roadFactor`, distinct
 * endpoints, and an end inside a sector (its convoys draw on that sector's fleet). Checks of the
 * parts a capability owns (the fleet's split, the IED record, medical facilities, incident areas,
 * units' bases) live with that capability.
 *
 * @module
 */
import type { Mission } from './mission.js';

/** Where problems go. */
export interface IssueList {
  add(path: string, message: string): void;
}

const q = (s: string) => JSON.stringify(s);

/** Reports duplicate ids of `items` (at `path[i].id`); returns the set of ids. */
export function checkUnique(
  items: readonly { readonly id: string }[],
  path: string,
  what: string,
  issues: IssueList,
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      issues.add(
        `${path}[${i}].id`,
        `expected a unique ${what} id, got ${q(item.id)} (also at ${path}[${first}])`,
      );
    } else {
      seen.set(item.id, i);
    }
  });
  return new Set(seen.keys());
}

/** Places a plan opens a base at (their ids), from the plan's `open-base` steps. */
export function placesOpenedByPlan(
  plan: readonly { readonly action: { readonly kind: string } }[],
): string[] {
  const out: string[] = [];
  for (const step of plan) {
    if (step.action.kind === 'open-base') {
      out.push((step.action as unknown as { readonly place: { readonly id: string } }).place.id);
    }
  }
  return out;
}

/** Every place id a scenario can refer to: the mission's places and those its plan opens a base at. */
export function knownPlaces(
  mission: { readonly places: readonly { readonly id: string }[] },
  plan: readonly { readonly action: { readonly kind: string } }[],
): Set<string> {
  return new Set([...mission.places.map((p) => p.id), ...placesOpenedByPlan(plan)]);
}

/** Checks the mission's collections and geography (see the module doc). */
export function checkMission(
  mission: Mission,
  plan: readonly { readonly action: { readonly kind: string } }[],
  issues: IssueList,
): void {
  const sectorIds = checkUnique(mission.sectors, 'mission.sectors', 'sector', issues);
  const placeIds = checkUnique(mission.places, 'mission.places', 'place', issues);
  const routeIds = checkUnique(mission.routes, 'mission.routes', 'route', issues);
  checkUnique(mission.units, 'mission.units', 'unit', issues);
  checkUnique(mission.medical, 'mission.medical', 'medical facility', issues);
  const areaIds = checkUnique(
    mission.incidentAreas,
    'mission.incidentAreas',
    'incident area',
    issues,
  );
  checkUnique(mission.operations, 'mission.operations', 'operation', issues);

  const allPlaces = new Set([...placeIds, ...placesOpenedByPlan(plan)]);
  const ref = (path: string, id: string | undefined, known: ReadonlySet<string>, what: string) => {
    if (id !== undefined && !known.has(id))
      issues.add(path, `expected the id of ${what}, got ${q(id)}`);
  };
  mission.sectors.forEach((s, i) => {
    ref(`mission.sectors[${i}].hq`, s.hq, placeIds, 'a place');
  });
  mission.places.forEach((p, i) => {
    ref(`mission.places[${i}].sector`, p.sector, sectorIds, 'a sector');
  });

  const sectorOf = new Map(mission.places.map((p) => [p.id, p.sector]));
  mission.routes.forEach((r, i) => {
    const path = `mission.routes[${i}]`;
    ref(`${path}.from`, r.from, allPlaces, 'a place');
    ref(`${path}.to`, r.to, allPlaces, 'a place');
    (r.via ?? []).forEach((v, k) => {
      ref(`${path}.via[${k}]`, v, allPlaces, 'a place');
    });
    if (
      sectorOf.has(r.from) &&
      sectorOf.has(r.to) &&
      sectorOf.get(r.from) === undefined &&
      sectorOf.get(r.to) === undefined
    ) {
      issues.add(path, 'expected a route with its start or its end inside a sector, got neither');
    }
    if (r.from === r.to)
      issues.add(`${path}.to`, `expected a place other than the route's start, got ${q(r.from)}`);
    const hasLength = r.lengthKm !== undefined;
    if (hasLength === (r.roadFactor !== undefined)) {
      issues.add(
        path,
        hasLength
          ? 'expected exactly one of lengthKm and roadFactor, got both'
          : 'expected exactly one of lengthKm and roadFactor, got neither',
      );
    }
  });

  const areaTargets = new Set([...allPlaces, ...routeIds, ...areaIds]);
  mission.operations.forEach((o, i) => {
    o.areas.forEach((a, k) => {
      ref(
        `mission.operations[${i}].areas[${k}]`,
        a,
        areaTargets,
        'a place, route or incident area',
      );
    });
  });
}
