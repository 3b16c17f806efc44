/**
 * Camps as capacity. A camp listed in `parameters.camps.sites` houses at most `accommodation`
 * personnel and `aprons` helicopters; the units based there (present, or on their way in) fill
 * it with their strength and their aircraft. A unit deploying or moving to a full camp waits
 * until the camp can house it — first come, first served — when a unit leaves, or when an
 * `expand-camp` step adds room (the Mopti camp expansion, the structures at Gao). Camps not
 * listed house any unit.
 *
 * The module provides the force's {@link HousingPort}.
 *
 * @module
 */

import { z } from 'zod';
import { knownPlaces } from '../model/checks.js';
import { idSchema, sourcedNumber } from '../model/fields.js';
import type { Unit } from '../model/mission.js';
import { HOURS_PER_DAY } from './calendar.js';
import { defineAction, defineCapability } from './capability.js';
import { type ForceApi, ForcePort, type HousingApi, HousingPort } from './force.js';
import { counter, type Scalar, value } from './metrics.js';
import type { Ports } from './ports.js';
import type { Runtime } from './runtime.js';

/** The capacity of one camp. */
export const campSiteSchema = z
  .strictObject({
    /** Id of the place of the camp. */
    place: idSchema,
    /** Personnel it can house. */
    accommodation: sourcedNumber('count'),
    /** Helicopters it can park and maintain. */
    aprons: sourcedNumber('count'),
  })
  .readonly();

/** Parameters of camps (`scenario.parameters.camps`). */
export const campsParametersSchema = z
  .strictObject({
    /** The camps with a limited capacity; others house any unit. */
    sites: z.array(campSiteSchema).readonly(),
  })
  .readonly();

/** Parameters of camps. */
export type CampsParameters = z.infer<typeof campsParametersSchema>;

interface Waiting {
  readonly unit: Unit;
  readonly place: string;
  readonly go: () => void;
  readonly since: number;
}

/** What a unit takes of a camp: its strength, and its helicopters. */
function need(unit: Unit): { people: number; aprons: number } {
  return {
    people: unit.strength.value,
    aprons: unit.aircraft === undefined ? 0 : Math.round(unit.aircraft.count.value),
  };
}

/** Camp capacity of one replication. */
export class CampsDynamics implements HousingApi {
  private readonly capacity = new Map<string, { people: number; aprons: number }>();
  private readonly queue: Waiting[] = [];
  private readonly waitDays: Scalar;
  private readonly waited: Scalar;
  private forceApi: ForceApi | undefined;

  constructor(
    private readonly rt: Runtime,
    private readonly ports: Ports,
  ) {
    for (const s of (rt.params.camps as CampsParameters).sites) {
      this.capacity.set(s.place, { people: s.accommodation.value, aprons: s.aprons.value });
    }
    this.waitDays = rt.metrics.scalar('camps.waitDays');
    this.waited = rt.metrics.scalar('camps.unitsWaited');
  }

  private get force(): ForceApi {
    if (this.forceApi === undefined) {
      this.forceApi = this.ports.get(ForcePort);
      this.forceApi.onChange((_u, change) => {
        if (change === 'departed' || change === 'left') this.retry();
      });
    }
    return this.forceApi;
  }

  /** Personnel and helicopters of the units based at `place` (present, or on their way in). */
  occupancy(place: string): { people: number; aprons: number } {
    const out = { people: 0, aprons: 0 };
    for (const u of this.force.units) {
      if (!u.present || u.base !== place) continue;
      const n = need(u.unit);
      out.people += n.people;
      out.aprons += n.aprons;
    }
    return out;
  }

  /** Room left at `place` (infinite for a camp without a stated capacity). */
  room(place: string): { people: number; aprons: number } {
    const cap = this.capacity.get(place);
    if (cap === undefined) return { people: Infinity, aprons: Infinity };
    const used = this.occupancy(place);
    return { people: cap.people - used.people, aprons: cap.aprons - used.aprons };
  }

  private fits(unit: Unit, place: string): boolean {
    const room = this.room(place);
    const n = need(unit);
    return n.people <= room.people && n.aprons <= room.aprons;
  }

  admit(unit: Unit, place: string, go: () => void): void {
    const first = !this.queue.some((w) => w.place === place);
    if (!this.capacity.has(place) || (first && this.fits(unit, place))) {
      go();
      return;
    }
    this.rt.trace?.(this.rt.env.now, `camps: ${unit.id} waits for room at ${place}`);
    this.queue.push({ unit, place, go, since: this.rt.env.now });
  }

  /** Adds room at `place` (an expansion) and houses who was waiting. */
  expand(place: string, people: number, aprons: number): void {
    const cap = this.capacity.get(place);
    if (cap === undefined) throw new Error(`no camp capacity for place '${place}'`);
    cap.people += people;
    cap.aprons += aprons;
    this.retry();
  }

  /** Houses waiting units in order, each camp's queue first come, first served. */
  private retry(): void {
    const blocked = new Set<string>();
    for (let i = 0; i < this.queue.length; ) {
      const w = this.queue[i] as Waiting;
      if (blocked.has(w.place) || !this.fits(w.unit, w.place)) {
        blocked.add(w.place);
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      this.waitDays.add((this.rt.env.now - w.since) / HOURS_PER_DAY);
      this.waited.add();
      w.go();
    }
  }

  /** Units still waiting at the end: their waits so far count too. */
  finish(): void {
    for (const w of this.queue) {
      this.waitDays.add((this.rt.env.now - w.since) / HOURS_PER_DAY);
      this.waited.add();
    }
    this.rt.metrics.set('camps.unitsWaitingAtHorizon', this.queue.length);
  }
}

const action = defineAction<CampsDynamics>();

const expandCamp = action({
  kind: 'expand-camp',
  summary:
    'A camp gains room (accommodation, aprons): the units waiting for it move in, in the order they came.',
  schema: z
    .strictObject({
      kind: z.literal('expand-camp'),
      place: idSchema,
      accommodation: sourcedNumber('count'),
      aprons: sourcedNumber('count'),
    })
    .readonly(),
  check(a, ctx) {
    const params = (ctx.scenario.parameters as { camps?: CampsParameters }).camps;
    if (params?.sites.some((s) => s.place === a.place) !== true) {
      ctx.issues.add(
        `${ctx.path}.place`,
        `expected the place of a camp listed in parameters.camps.sites, got ${JSON.stringify(a.place)}`,
      );
    }
  },
  apply(a, camps) {
    camps.expand(a.place, a.accommodation.value, a.aprons.value);
  },
});

const GROUP = 'Camps';

/** The camps capability: capacity of the listed camps, units waiting for room, expansions. */
export const camps = defineCapability({
  id: 'camps',
  title: GROUP,
  summary:
    'Listed camps house a limited number of personnel and helicopters; units wait for room, and expansions make it.',
  parameters: campsParametersSchema,
  actions: [expandCamp],
  provides: [HousingPort],
  requires: [ForcePort],
  check({ scenario, parameters, issues }) {
    const places = knownPlaces(scenario.mission, scenario.plan);
    const seen = new Set<string>();
    parameters.sites.forEach((s, i) => {
      if (!places.has(s.place)) {
        issues.add(
          `parameters.camps.sites[${i}].place`,
          `expected the id of a place, got ${JSON.stringify(s.place)}`,
        );
      } else if (seen.has(s.place)) {
        issues.add(
          `parameters.camps.sites[${i}].place`,
          `expected each camp listed once, got ${JSON.stringify(s.place)} again`,
        );
      }
      seen.add(s.place);
    });
  },
  metrics: () => [
    counter('camps.waitDays', {
      label: 'Unit-days waiting for room in a camp',
      unit: 'days',
      better: 'lower',
      description:
        'Days units spent waiting to deploy or move into a full camp, summed over units (those still waiting at the horizon count to it).',
      group: GROUP,
    }),
    counter('camps.unitsWaited', {
      label: 'Units that waited for room',
      unit: 'count',
      better: 'lower',
      description: 'Units that had to wait for room in a camp before deploying or moving in.',
      group: GROUP,
    }),
    value('camps.unitsWaitingAtHorizon', {
      label: 'Units still waiting for room at the horizon',
      unit: 'count',
      better: 'lower',
      description: 'Units that never found room in their camp before the horizon.',
      group: GROUP,
    }),
  ],
  start(rt, ports) {
    const live = new CampsDynamics(rt, ports);
    ports.provide(HousingPort, live);
    return live;
  },
  finish: (live) => live.finish(),
});
