/**
 * A capability of your own, without editing the package: a standing guard at sites to protect
 * (a displaced-persons site, a market, a water point) that takes units away from the response to
 * threats against civilians during its hours.
 *
 * The module declares its parameters (one zod schema: they validate, appear in the JSON Schema
 * and in `listAssumptions`), its metrics (labels and units that reports print), and what it does
 * on the engine: every day, at each site's `fromHour`, the guard claims an idle unit able to
 * protect civilians based at the site's place through the force's port (so the response cannot
 * send it) and frees it at `toHour`; with no unit free the site goes unguarded that day. A model
 * composed of the mission's capabilities plus this one runs like the built-in one; the paired
 * comparison shows what guard duty costs in response time.
 *
 * Run it: `npx tsx examples/custom-capability.ts` (REPLICATIONS=40 by default).
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  assumed,
  compare,
  counter,
  defineCapability,
  ForcePort,
  idSchema,
  MISSION_CAPABILITIES,
  minusma2020,
  missionModelWith,
  parameter,
  type Scenario,
  validateScenario,
} from '../src/index.js';

/** A site a unit guards every day from `fromHour` to `toHour`. */
const siteSchema = z
  .strictObject({
    /** The mission place whose units guard it. */
    place: idSchema,
    fromHour: parameter('nonNegative', { label: 'Guard starts', unit: 'hour of day' }),
    toHour: parameter('nonNegative', { label: 'Guard ends', unit: 'hour of day' }),
  })
  .readonly();

/** The parameters of guards (under `scenario.parameters.guards`). */
const guardParameters = z.strictObject({ sites: z.array(siteSchema).readonly() }).readonly();

type GuardParameters = z.infer<typeof guardParameters>;

/** Standing guards: a capability module written outside the package. */
export const guards = defineCapability({
  id: 'guards',
  title: 'Standing guards',
  summary: 'Sites guarded daily by a unit of their place, which the response cannot send then.',
  parameters: guardParameters,
  requires: [ForcePort],
  check({ scenario, parameters, issues }) {
    parameters.sites.forEach((s, i) => {
      const path = `parameters.guards.sites[${i}]`;
      if (!scenario.mission.places.some((p) => p.id === s.place)) {
        issues.add(`${path}.place`, `expected the id of a place, got ${JSON.stringify(s.place)}`);
      }
      if (!(s.fromHour.value < s.toHour.value && s.toHour.value <= 24)) {
        issues.add(
          `${path}.toHour.value`,
          `expected an hour after fromHour (${s.fromHour.value}) and at most 24, got ${s.toHour.value}`,
        );
      }
    });
  },
  metrics: () => [
    counter('guards.unitHours', {
      label: 'Unit-hours on guard',
      unit: 'hours',
      better: null,
      description: 'Hours units spent guarding sites over the horizon.',
    }),
    counter('guards.unguardedDays', {
      label: 'Site-days unguarded',
      unit: 'days',
      better: 'lower',
      description: 'Days a site found no idle unit of its place to guard it.',
    }),
  ],
  start(rt, ports) {
    const force = ports.get(ForcePort);
    const unitHours = rt.metrics.scalar('guards.unitHours');
    const unguarded = rt.metrics.scalar('guards.unguardedDays');
    const p = () => rt.params.guards as GuardParameters;
    p().sites.forEach((site, i) => {
      rt.env.process(
        (function* daily() {
          yield* rt.env.timeout(site.fromHour.value);
          for (;;) {
            const s = p().sites[i] as typeof site;
            const hours = s.toHour.value - s.fromHour.value;
            const unit = force.units.find(
              (u) =>
                u.unit.capabilities.includes('civilian-protection') &&
                u.base === s.place &&
                force.isAvailable(u),
            );
            if (unit === undefined) {
              unguarded.add();
            } else {
              force.claim(unit, `guard ${s.place}`);
              unitHours.add(hours);
              rt.env.timeout(hours).addCallback(() => force.release(unit));
            }
            yield* rt.env.timeout(24);
          }
        })(),
        { name: `guard ${site.place}` },
      );
    });
    return {};
  },
});

/** The mission's capabilities plus guards, as a model experiments can run. */
export const capabilities = [...MISSION_CAPABILITIES, guards] as const;
export const model = missionModelWith(capabilities, {
  name: 'example/mission-with-guards',
  moduleUrl: import.meta.url,
});

/** The embedded scenario with a guard at `places` from 08:00 for `hours` hours a day. */
export function withGuards(places: readonly string[], hours: number): Scenario {
  const h = (v: number) => assumed(v, 'Example: the guard’s hours.');
  const scenario = {
    ...minusma2020,
    name: `guards-${places.length}x${hours}h`,
    title:
      places.length === 0
        ? 'Adaptation plan, no standing guard'
        : `Adaptation plan with a ${hours}-hour daily guard at ${places.join(', ')}`,
    parameters: {
      ...minusma2020.parameters,
      guards: { sites: places.map((place) => ({ place, fromHour: h(8), toHour: h(8 + hours) })) },
    },
  };
  return validateScenario(scenario, 'example', { capabilities }) as unknown as Scenario;
}

/** Options of {@link main}. */
export interface CustomCapabilityOptions {
  readonly replications?: number;
  readonly horizonDays?: number;
  readonly log?: (line: string) => void;
}

/**
 * Compares no guard with a 10-hour daily guard of the Ogossagou and Bankass villages by their
 * temporary operating bases' garrisons (Sector Centre), paired; returns the comparison.
 */
export async function main(options: CustomCapabilityOptions = {}) {
  const log = options.log ?? console.log;
  const replications = options.replications ?? Number(process.env.REPLICATIONS ?? 40);
  const horizon = (s: Scenario) =>
    options.horizonDays === undefined
      ? s
      : (validateScenario({ ...s, horizonDays: options.horizonDays }, 'example', {
          capabilities,
        }) as unknown as Scenario);
  const a = horizon(withGuards([], 10));
  const b = horizon(withGuards(['tob-ogossagou', 'tob-bankass'], 10));
  const c = await compare(a, b, { replications, seed: 2020, model });
  log(`${replications} paired replications: ${a.title} → ${b.title}`);
  for (const name of [
    'guards.unitHours',
    'guards.unguardedDays',
    'response.time.p50Min',
    'response.unanswered.share',
    'response.time.p50Min.area.ogossagou',
    'response.time.p50Min.area.bankass-circle',
  ]) {
    const m = c.scalars[name];
    const info = c.b.meta.metrics[name];
    if (m === undefined || info === undefined) continue;
    log(
      `  ${info.label.padEnd(44)} ${m.meanA.toFixed(2).padStart(8)} → ${m.meanB.toFixed(2).padStart(8)} ${info.unit.padEnd(6)} (B − A 95 % CI ${m.diffCiLow.toFixed(2)} to ${m.diffCiHigh.toFixed(2)})`,
    );
  }
  return c;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
