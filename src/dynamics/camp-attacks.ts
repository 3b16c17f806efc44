/**
 * Attacks on camps and temporary bases: indirect fire and complex attacks on the places where
 * the mission holds a base, and the mass-casualty events they cause.
 *
 * - **When.** Each open base is attacked day by day at its own monthly rate (a site listed in
 *   `sites`, else `otherBasesPerMonth`): the day's count is Poisson. A base counts while it is
 *   open: a temporary base opened by plan is exposed from then on, one closed is no longer.
 * - **How many wounded.** Most attacks wound nobody (`casualtyFreeShare`); the others wound a
 *   number drawn from a heavy-tailed distribution (`woundedIfAny`, at least 1): mass-casualty
 *   events come from its tail.
 * - **Base defence.** While a unit of kind `base-defence` is present and not moving at the base,
 *   the wounded of an attack there are multiplied by `baseDefenceFactor` (rounded).
 *
 * The wounded are evacuated by casualty evacuation (cause `camp`: first aid by the camp's
 * medics).
 *
 * @module
 */

import { z } from 'zod';
import { knownPlaces } from '../model/checks.js';
import { distributionParameter, idSchema, parameter, sourcedNumber } from '../model/fields.js';
import { poisson } from '../random/poisson.js';
import type { RandomStream } from '../random/streams.js';
import { DAYS_PER_MONTH, HOURS_PER_DAY } from './calendar.js';
import { defineCapability } from './capability.js';
import { type CasevacApi, CasevacPort } from './casevac.js';
import { type ForceApi, ForcePort } from './force.js';
import { counter, family, type Scalar } from './metrics.js';
import type { Ports } from './ports.js';
import { everyMidnight, type Runtime, sampler } from './runtime.js';
import type { WorldPlace } from './world.js';

/** The attack rate of one base. */
export const attackSiteSchema = z
  .strictObject({
    /** Id of the place of the base. */
    place: idSchema,
    /** Attacks a month while the base is open. */
    attacksPerMonth: sourcedNumber('nonNegative'),
  })
  .readonly();

/** Parameters of attacks on camps (`scenario.parameters.campAttacks`). */
export const campAttacksParametersSchema = z
  .strictObject({
    /** Bases with their own attack rate. */
    sites: z.array(attackSiteSchema).readonly(),
    /** Attacks a month on any other open base. */
    otherBasesPerMonth: parameter('nonNegative', {
      label: 'Attacks a month on a base without its own rate',
      unit: 'attacks/month',
      plausible: [0, 0.05],
    }),
    /** Share of attacks that wound nobody. */
    casualtyFreeShare: parameter('fraction', {
      label: 'Share of attacks on camps that wound nobody',
      unit: 'share',
      plausible: [0.6, 0.95],
    }),
    /** Peacekeepers wounded by an attack that wounds some (heavy-tailed; at least 1). */
    woundedIfAny: distributionParameter({
      label: 'Peacekeepers wounded by an attack on a camp that wounds some',
      unit: 'casualties',
      plausible: [5, 15],
    }),
    /** Multiplier on the wounded of an attack on a base a base-defence unit guards. */
    baseDefenceFactor: parameter('fraction', {
      label: 'Wounded of an attack on a guarded base, as a share of those on an unguarded one',
      unit: 'share',
      plausible: [0.3, 0.8],
    }),
  })
  .readonly();

/** Parameters of attacks on camps. */
export type CampAttacksParameters = z.infer<typeof campAttacksParametersSchema>;

interface SiteCounters {
  readonly attacks: Scalar;
  readonly wounded: Scalar;
}

/** One attack, for traces and tests. */
export interface CampAttackRecord {
  /** Simulation hour of the attack. */
  readonly at: number;
  readonly place: string;
  /** Wounded before base defence. */
  readonly drawn: number;
  readonly wounded: number;
  readonly guarded: boolean;
}

/** Attacks on camps of one replication. */
export class CampAttacksDynamics {
  private readonly attacks: Scalar;
  private readonly wounded: Scalar;
  private readonly sites = new Map<string, SiteCounters>();
  private readonly log: CampAttackRecord[] | null;
  private forceApi: ForceApi | undefined;
  private casevacApi: CasevacApi | undefined;

  private get p(): CampAttacksParameters {
    return this.rt.params.campAttacks as CampAttacksParameters;
  }

  private get force(): ForceApi {
    this.forceApi ??= this.ports.get(ForcePort);
    return this.forceApi;
  }

  private get casevac(): CasevacApi {
    this.casevacApi ??= this.ports.get(CasevacPort);
    return this.casevacApi;
  }

  constructor(
    private readonly rt: Runtime,
    private readonly ports: Ports,
  ) {
    const m = rt.metrics;
    this.attacks = m.scalar('campAttacks.attacks');
    this.wounded = m.scalar('campAttacks.wounded');
    this.log = rt.keepLogs ? [] : null;
    for (const s of this.p.sites) {
      this.sites.set(s.place, {
        attacks: m.scalar(`campAttacks.attacks.site.${s.place}`),
        wounded: m.scalar(`campAttacks.wounded.site.${s.place}`),
      });
    }
    this.startDays(rt.world.basePlaces());
  }

  /** Every attack so far (only when the run keeps logs: `keepLogs`). */
  get records(): readonly CampAttackRecord[] {
    return this.log ?? [];
  }

  /** Attacks a month on `place` while its base is open. */
  private rate(place: string): number {
    const site = this.p.sites.find((s) => s.place === place);
    return site === undefined ? this.p.otherBasesPerMonth.value : site.attacksPerMonth.value;
  }

  /** Each midnight, place by place: a Poisson count of attacks on each place whose base is open. */
  private startDays(places: readonly WorldPlace[]): void {
    const env = this.rt.env;
    const s = this.rt.streams;
    const sites = places.map((place) => ({
      place,
      times: s.stream('camp-attacks', place.id),
      outcomes: s.stream('camp-attack-outcomes', place.id),
    }));
    everyMidnight(this.rt, 'camp attacks', (day) => {
      for (const { place, times, outcomes } of sites) {
        // One count and one hour draw per day whether open or not: draws stay aligned.
        const n = poisson(times, this.rate(place.id) / DAYS_PER_MONTH);
        const hour = times() * HOURS_PER_DAY;
        if (place.base && n > 0) {
          env
            .timeout(day * HOURS_PER_DAY + hour - env.now, n)
            .addCallback((ev) => this.attack(place, ev.value as number, outcomes));
        }
      }
    });
  }

  private guarded(place: string): boolean {
    for (const u of this.force.units) {
      if (u.unit.kind === 'base-defence' && u.present && !u.absent && !u.moving && u.base === place)
        return true;
    }
    return false;
  }

  /** `n` attacks on `place` now. */
  private attack(place: WorldPlace, n: number, rng: RandomStream): void {
    const p = this.p;
    const site = this.sites.get(place.id);
    for (let i = 0; i < n; i++) {
      // Two draws per attack, used or not.
      const uFree = rng();
      const drawnRaw = sampler(p.woundedIfAny.value)(rng);
      const drawn = uFree < p.casualtyFreeShare.value ? 0 : Math.max(1, Math.round(drawnRaw));
      const guarded = this.guarded(place.id);
      const wounded = guarded ? Math.round(drawn * p.baseDefenceFactor.value) : drawn;
      this.attacks.add();
      this.wounded.add(wounded);
      site?.attacks.add();
      site?.wounded.add(wounded);
      this.log?.push({ at: this.rt.env.now, place: place.id, drawn, wounded, guarded });
      this.rt.trace?.(this.rt.env.now, `camp attack at ${place.id}: ${wounded} wounded`);
      if (wounded > 0 && place.sector !== undefined) {
        this.casevac.evacuate(place, wounded, 'camp', place.sector);
      }
    }
  }
}

const GROUP = 'Attacks on camps';

/** The capability of attacks on camps and temporary bases, and the mass-casualty events they cause. */
export const campAttacks = defineCapability({
  id: 'campAttacks',
  title: GROUP,
  summary:
    'Open bases are attacked at their own rates; most attacks wound nobody, a few wound many (heavy tail); a base-defence unit reduces the wounded; the wounded are evacuated.',
  parameters: campAttacksParametersSchema,
  requires: [ForcePort, CasevacPort],
  check({ scenario, parameters, issues }) {
    const places = knownPlaces(scenario.mission, scenario.plan);
    const seen = new Set<string>();
    parameters.sites.forEach((s, i) => {
      const path = `parameters.campAttacks.sites[${i}].place`;
      if (!places.has(s.place)) {
        issues.add(path, `expected the id of a place, got ${JSON.stringify(s.place)}`);
      } else if (seen.has(s.place)) {
        issues.add(path, `expected each place listed once, got ${JSON.stringify(s.place)} again`);
      }
      seen.add(s.place);
    });
  },
  metrics({ scenario }) {
    const params = (scenario.parameters as { campAttacks?: CampAttacksParameters }).campAttacks;
    const names = new Map(scenario.mission.places.map((p) => [p.id, p.name]));
    const sites = (params?.sites ?? []).map((s) => ({
      id: s.place,
      name: names.get(s.place) ?? s.place,
    }));
    return [
      counter('campAttacks.attacks', {
        label: 'Attacks on camps',
        unit: 'count',
        better: 'lower',
        description: 'Indirect-fire and complex attacks on open bases over the horizon.',
        group: GROUP,
      }),
      counter('campAttacks.wounded', {
        label: 'Peacekeepers wounded in attacks on camps',
        unit: 'count',
        better: 'lower',
        description: 'Peacekeepers wounded by attacks on bases over the horizon.',
        group: GROUP,
      }),
      ...family('counter', 'campAttacks.attacks', 'site', sites, (s) => ({
        label: `Attacks on camps, ${s.name}`,
        unit: 'count',
        better: 'lower',
        description: `Attacks on the base at ${s.id} over the horizon.`,
        group: GROUP,
      })),
      ...family('counter', 'campAttacks.wounded', 'site', sites, (s) => ({
        label: `Wounded in attacks on camps, ${s.name}`,
        unit: 'count',
        better: 'lower',
        description: `Peacekeepers wounded by attacks on the base at ${s.id} over the horizon.`,
        group: GROUP,
      })),
    ];
  },
  start: (rt, ports) => new CampAttacksDynamics(rt, ports),
});
