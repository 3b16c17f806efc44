/**
 * Convoy escorts: the mission's logistics convoys travel under escort, and the unit that escorts
 * one cannot respond to a threat against civilians until it is back.
 *
 * - **Convoys.** Each line of `convoys` runs a round trip on a route (origin → destination →
 *   origin) `perMonth` times a month, evenly spaced from a random phase.
 * - **Escort.** A convoy leaves once an escort is free: an idle unit able to escort (capability
 *   `escort`) based at the line's `escortFrom`, else the nearest one based in the same sector. It
 *   claims the unit through the force's port for the round trip, so the response cannot send it;
 *   the unit is freed when the convoy is back. Convoys wait for an escort in order of their due
 *   time; one that waits longer than `maxWaitHours` is cancelled (its supplies go late).
 * - **Duration.** Convoys drive `drivingHoursPerDay` a day at the route's convoy speed and halt at
 *   night, so a leg of L km at v km/h takes (L / v) / drivingHoursPerDay days; the round trip is
 *   two legs and a turnaround at the destination (`turnaroundHours`).
 *
 * The route's IED exposure is the IED threat's: its movements a month already count these
 * convoys, so escorts change who is available to respond, not how often convoys meet devices.
 *
 * The parameters section is optional: a scenario without `parameters.escorts` runs no convoy.
 *
 * @module
 */
import { z } from 'zod';
import { distributionParameter, idSchema, parameter, sourcedNumber } from '../model/fields.js';
import { sourcedSchema } from '../model/provenance.js';
import { uniform } from '../random/distributions.js';
import type { RandomStream } from '../random/streams.js';
import { HOURS_PER_DAY, HOURS_PER_MONTH } from './calendar.js';
import { defineCapability } from './capability.js';
import { type ForceApi, ForcePort, type ForceUnit } from './force.js';
import { counter, family, type Scalar } from './metrics.js';
import { type Runtime, sampler } from './runtime.js';
import type { WorldRoute } from './world.js';

/** A line of escorted logistics convoys on one route. */
export const convoyLineSchema = z
  .strictObject({
    /** The route the convoys run (origin → destination and back). */
    route: idSchema,
    /** Round trips a month. */
    perMonth: sourcedNumber('nonNegative'),
    /** Place whose units escort first (the nearest unit of its sector otherwise), with why. */
    escortFrom: sourcedSchema(idSchema),
  })
  .readonly();

/** Parameters of convoy escorts (`scenario.parameters.escorts`). */
export const escortsParametersSchema = z
  .strictObject({
    drivingHoursPerDay: parameter('positive', {
      label: 'Hours a convoy drives a day',
      unit: 'hours',
      plausible: [8, 14],
    }),
    turnaroundHours: distributionParameter({
      label: 'Turnaround of a convoy at its destination',
      unit: 'hours',
      plausible: [12, 72],
    }),
    maxWaitHours: parameter('nonNegative', {
      label: 'Longest a convoy waits for an escort before it is cancelled',
      unit: 'hours',
      plausible: [24, 168],
    }),
    convoys: z.array(convoyLineSchema).readonly(),
  })
  .readonly()
  .optional();

/** Parameters of convoy escorts (absent: no convoy). */
export type EscortsParameters = NonNullable<z.infer<typeof escortsParametersSchema>>;

/** A convoy due, waiting for its escort. */
interface Due {
  readonly route: WorldRoute;
  readonly escortFrom: string;
  /** Simulation hour it was due. */
  readonly at: number;
  /** Set when it leaves or is cancelled. */
  done: boolean;
}

interface LineCounters {
  readonly convoys: Scalar;
  readonly unitDays: Scalar;
}

/** The live state of convoy escorts. */
export class EscortsDynamics {
  private readonly waiting: Due[] = [];
  private readonly count: {
    readonly convoys: Scalar;
    readonly escorted: Scalar;
    readonly cancelled: Scalar;
    readonly waitHours: Scalar;
    readonly unitDays: Scalar;
  };
  private readonly byRoute = new Map<string, LineCounters>();
  private readonly rng: RandomStream;

  constructor(
    private readonly rt: Runtime,
    private readonly force: ForceApi,
  ) {
    const m = rt.metrics;
    this.rng = rt.streams.stream('escorts');
    this.count = {
      convoys: m.scalar('escorts.convoys'),
      escorted: m.scalar('escorts.escorted'),
      cancelled: m.scalar('escorts.cancelled'),
      waitHours: m.scalar('escorts.waitHours'),
      unitDays: m.scalar('escorts.unitDays'),
    };
    for (const id of routeIds(this.params)) {
      this.byRoute.set(id, {
        convoys: m.scalar(`escorts.convoys.route.${id}`),
        unitDays: m.scalar(`escorts.unitDays.route.${id}`),
      });
    }
    force.onChange((u, change) => {
      if (change !== 'left' && change !== 'departed' && u.unit.capabilities.includes('escort'))
        this.serve();
    });
    const lines = this.params?.convoys.length ?? 0;
    for (let i = 0; i < lines; i++) this.startLine(i);
  }

  private get params(): EscortsParameters | undefined {
    return this.rt.params.escorts as EscortsParameters | undefined;
  }

  /** Convoys waiting for an escort now. */
  get queued(): number {
    return this.waiting.length;
  }

  /** The line's convoys, evenly spaced from a random phase; its parameters are read as it runs. */
  private startLine(index: number): void {
    const env = this.rt.env;
    const line = (this.params as EscortsParameters).convoys[index];
    if (line === undefined) return;
    const route = this.rt.world.routes.find((r) => r.id === line.route) as WorldRoute;
    const phase = uniform(this.rng, 0, 1);
    const self = this;
    env.process(
      (function* convoys() {
        let first = true;
        for (;;) {
          const perMonth = self.params?.convoys[index]?.perMonth.value ?? 0;
          if (!(perMonth > 0)) return;
          const gap = HOURS_PER_MONTH / perMonth;
          yield* env.timeout(first ? phase * gap : gap);
          first = false;
          // Read when due, as the rate is: a plan step may change the line's parameters.
          const now = self.params?.convoys[index] ?? line;
          self.due({ route, escortFrom: now.escortFrom.value, at: env.now, done: false });
        }
      })(),
      { name: `convoys ${route.id}` },
    );
  }

  private due(c: Due): void {
    this.count.convoys.add();
    this.byRoute.get(c.route.id)?.convoys.add();
    this.waiting.push(c);
    this.serve();
    if (c.done) return;
    // No escort free: the convoy waits, at most maxWaitHours.
    const maxWait = (this.params as EscortsParameters).maxWaitHours.value;
    this.rt.env.timeout(maxWait).addCallback(() => {
      if (c.done) return;
      c.done = true;
      this.waiting.splice(this.waiting.indexOf(c), 1);
      this.count.cancelled.add();
      this.count.waitHours.add(maxWait);
      this.rt.trace?.(this.rt.env.now, `escorts: convoy on ${c.route.id} cancelled`);
    });
  }

  /** Sends every waiting convoy an escort can take, in order of due time. */
  private serve(): void {
    for (let i = 0; i < this.waiting.length; ) {
      const c = this.waiting[i] as Due;
      const escort = this.escortFor(c);
      if (escort === undefined) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      this.leave(c, escort);
    }
  }

  /** An idle escort at `escortFrom`, else the nearest in its sector. */
  private escortFor(c: Due): ForceUnit | undefined {
    const world = this.rt.world;
    const sector = world.place(c.escortFrom).sector;
    let best: ForceUnit | undefined;
    let bestKm = Number.POSITIVE_INFINITY;
    for (const u of this.force.units) {
      if (!u.unit.capabilities.includes('escort') || !this.force.isAvailable(u)) continue;
      if (world.place(u.base).sector !== sector) continue;
      const km = u.base === c.escortFrom ? 0 : world.distanceKm(u.base, c.escortFrom);
      if (km < bestKm) {
        best = u;
        bestKm = km;
      }
    }
    return best;
  }

  private leave(c: Due, escort: ForceUnit): void {
    const p = this.params as EscortsParameters;
    const env = this.rt.env;
    c.done = true;
    const legHours =
      (c.route.lengthKm / c.route.speedKmh / p.drivingHoursPerDay.value) * HOURS_PER_DAY;
    const hours = 2 * legHours + Math.max(0, sampler(p.turnaroundHours.value)(this.rng));
    this.count.escorted.add();
    this.count.waitHours.add(env.now - c.at);
    const days = hours / HOURS_PER_DAY;
    this.count.unitDays.add(days);
    this.byRoute.get(c.route.id)?.unitDays.add(days);
    this.force.claim(escort, `escort ${c.route.id}`);
    this.rt.trace?.(env.now, `escorts: ${escort.unit.id} escorts a convoy on ${c.route.id}`);
    env.timeout(hours).addCallback(() => {
      this.rt.trace?.(env.now, `escorts: ${escort.unit.id} back from ${c.route.id}`);
      this.force.release(escort);
    });
  }
}

function routeIds(p: EscortsParameters | undefined): string[] {
  return [...new Set((p?.convoys ?? []).map((c) => c.route))];
}

const GROUP = 'Convoy escorts';

/**
 * The convoy-escort capability: logistics convoys claim an escort unit for each round trip, which
 * the response to threats against civilians cannot send meanwhile.
 */
export const escorts = defineCapability({
  id: 'escorts',
  title: GROUP,
  summary:
    'Logistics convoys run round trips on their routes under escort; the escorting unit is claimed from the force for the trip, so the response cannot send it.',
  parameters: escortsParametersSchema,
  requires: [ForcePort],
  check({ scenario, parameters, issues }) {
    if (parameters === undefined) return;
    const routes = new Set(scenario.mission.routes.map((r) => r.id));
    const places = new Map(scenario.mission.places.map((p) => [p.id, p]));
    parameters.convoys.forEach((c, i) => {
      const path = `parameters.escorts.convoys[${i}]`;
      if (!routes.has(c.route)) {
        issues.add(`${path}.route`, `expected the id of a route, got ${JSON.stringify(c.route)}`);
      }
      if (places.get(c.escortFrom.value)?.sector === undefined) {
        issues.add(
          `${path}.escortFrom.value`,
          `expected the id of a mission place in a sector, got ${JSON.stringify(c.escortFrom.value)}`,
        );
      }
    });
  },
  metrics({ scenario }) {
    const p = scenario.parameters.escorts as EscortsParameters | undefined;
    const names = new Map(scenario.mission.routes.map((r) => [r.id, r.name]));
    const keys = routeIds(p).map((id) => ({ id, name: names.get(id) ?? id }));
    const byRoute = `${GROUP} by route`;
    return [
      counter('escorts.convoys', {
        label: 'Logistics convoys due',
        unit: 'convoys',
        better: null,
        description: 'Escorted logistics convoys due over the horizon (round trips).',
        group: GROUP,
      }),
      counter('escorts.escorted', {
        label: 'Convoys that left under escort',
        unit: 'convoys',
        better: 'higher',
        description: 'Logistics convoys that found an escort and left.',
        group: GROUP,
      }),
      counter('escorts.cancelled', {
        label: 'Convoys cancelled for want of an escort',
        unit: 'convoys',
        better: 'lower',
        description:
          'Logistics convoys that waited longer than the longest wait for an escort and were cancelled.',
        group: GROUP,
      }),
      counter('escorts.waitHours', {
        label: 'Hours convoys waited for an escort',
        unit: 'hours',
        better: 'lower',
        description: 'Hours from due time to departure (or cancellation), summed over convoys.',
        group: GROUP,
      }),
      counter('escorts.unitDays', {
        label: 'Unit-days on escort duty',
        unit: 'unit-days',
        better: null,
        description:
          'Days units spent escorting convoys (claimed from the force, unable to respond), summed over convoys.',
        group: GROUP,
      }),
      ...family('counter', 'escorts.convoys', 'route', keys, (k) => ({
        label: `Convoys due: ${k.name}`,
        unit: 'convoys',
        better: null,
        description: `Escorted logistics convoys due on ${k.name}.`,
        group: byRoute,
      })),
      ...family('counter', 'escorts.unitDays', 'route', keys, (k) => ({
        label: `Unit-days on escort: ${k.name}`,
        unit: 'unit-days',
        better: null,
        description: `Days units spent escorting convoys on ${k.name}.`,
        group: byRoute,
      })),
    ];
  },
  // A structural type: the class stays out of the public surface of `MISSION_CAPABILITIES`.
  start(rt, ports): { readonly queued: number } {
    return new EscortsDynamics(rt, ports.get(ForcePort));
  },
});
