/**
 * A capability of your own, without editing the package: convoy escorts that take units away
 * from the response to threats against civilians.
 *
 * The module declares its parameters (one zod schema: they validate, appear in the JSON Schema
 * and in `listAssumptions`), its metrics (labels and units that reports print), and what it does
 * on the engine: escort requests arrive at a rate; each claims an idle unit able to escort
 * through the force's port (so the response cannot send it) for the escort's duration, or is
 * counted as unescorted. A model composed of the mission's capabilities plus this one then runs
 * like the built-in one; the paired comparison shows what escort duty costs in response time.
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
  distributionParameter,
  ForcePort,
  idSchema,
  MISSION_CAPABILITIES,
  minusma2020,
  missionModelWith,
  parameter,
  type Scenario,
  validateScenario,
} from '../src/index.js';
import { exponential, samplerOf } from '../src/random/index.js';

/** The parameters of escorts (under `scenario.parameters.escorts`). */
const escortParameters = z
  .strictObject({
    /** The sector whose units escort (its convoys need them). */
    sector: idSchema,
    requestsPerMonth: parameter('nonNegative', {
      label: 'Convoy escort requests',
      unit: 'per month',
      plausible: [10, 60],
    }),
    durationHours: distributionParameter({ label: 'Escort duty per request', unit: 'hours' }),
  })
  .readonly();

type EscortParameters = z.infer<typeof escortParameters>;

/** Convoy escorts: a capability module written outside the package. */
export const escorts = defineCapability({
  id: 'escorts',
  title: 'Convoy escorts',
  summary: 'Escort requests claim idle units able to escort, which the response cannot then send.',
  parameters: escortParameters,
  requires: [ForcePort],
  check({ scenario, parameters, issues }) {
    if (!scenario.mission.sectors.some((s) => s.id === parameters.sector)) {
      issues.add(
        'parameters.escorts.sector',
        `expected the id of a sector, got ${JSON.stringify(parameters.sector)}`,
      );
    }
  },
  metrics: () => [
    counter('escorts.requested', {
      label: 'Escort requests',
      unit: 'count',
      better: null,
      description: 'Convoy escort requests over the horizon.',
    }),
    counter('escorts.unescorted', {
      label: 'Convoys without escort',
      unit: 'count',
      better: 'lower',
      description: 'Escort requests no idle unit could take.',
    }),
    counter('escorts.unitHours', {
      label: 'Unit-hours on escort duty',
      unit: 'hours',
      better: null,
      description: 'Hours units spent escorting convoys over the horizon.',
    }),
  ],
  start(rt, ports) {
    const force = ports.get(ForcePort);
    const rng = rt.streams.stream('escorts');
    const requested = rt.metrics.scalar('escorts.requested');
    const unescorted = rt.metrics.scalar('escorts.unescorted');
    const unitHours = rt.metrics.scalar('escorts.unitHours');
    const p = () => rt.params.escorts as EscortParameters;
    const sectorOf = (place: string) => rt.world.place(place).sector;
    rt.env.process(
      (function* requests() {
        for (;;) {
          const perHour = p().requestsPerMonth.value / (30.4375 * 24);
          if (!(perHour > 0)) return;
          yield* rt.env.timeout(exponential(rng, perHour));
          requested.add();
          const unit = force.units.find(
            (u) =>
              u.unit.capabilities.includes('escort') &&
              force.isAvailable(u) &&
              sectorOf(u.base) === p().sector,
          );
          if (unit === undefined) {
            unescorted.add();
            continue;
          }
          const hours = samplerOf(p().durationHours.value)(rng);
          force.claim(unit, 'escort');
          unitHours.add(hours);
          rt.env.timeout(hours).addCallback(() => force.release(unit));
        }
      })(),
      { name: 'escort requests' },
    );
    return {};
  },
});

/** The mission's capabilities plus escorts, as a model experiments can run. */
export const capabilities = [...MISSION_CAPABILITIES, escorts] as const;
export const model = missionModelWith(capabilities, {
  name: 'example/mission-with-escorts',
  moduleUrl: import.meta.url,
});

/** The embedded scenario with escort parameters (validated against the composed format). */
export function withEscorts(requestsPerMonth: number): Scenario {
  const scenario = {
    ...minusma2020,
    name: `escorts-${requestsPerMonth}`,
    title: `Adaptation plan with ${requestsPerMonth} escort requests a month`,
    parameters: {
      ...minusma2020.parameters,
      escorts: {
        sector: 'centre',
        requestsPerMonth: assumed(requestsPerMonth, 'Example: escort requests a month.'),
        durationHours: assumed(
          { dist: 'triangular', min: 6, mode: 12, max: 36 } as const,
          'Example: a convoy escort takes half a day to a day and a half, with the return.',
        ),
      },
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

/** Compares no escort duty in Sector Centre with 60 requests a month, paired; returns the comparison. */
export async function main(options: CustomCapabilityOptions = {}) {
  const log = options.log ?? console.log;
  const replications = options.replications ?? Number(process.env.REPLICATIONS ?? 40);
  const horizon = (s: Scenario) =>
    options.horizonDays === undefined
      ? s
      : (validateScenario({ ...s, horizonDays: options.horizonDays }, 'example', {
          capabilities,
        }) as unknown as Scenario);
  const a = horizon(withEscorts(0));
  const b = horizon(withEscorts(60));
  const c = await compare(a, b, { replications, seed: 2020, model });
  log(`${replications} paired replications: ${a.title} → ${b.title}`);
  for (const name of [
    'escorts.requested',
    'escorts.unescorted',
    'escorts.unitHours',
    'response.time.p50Min',
    'response.time.p90Min',
    'response.time.p50Min.area.koro-circle',
    'response.time.p50Min.area.bandiagara-circle',
  ]) {
    const m = c.scalars[name];
    const info = c.b.meta.metrics[name];
    if (m === undefined || info === undefined) continue;
    log(
      `  ${info.label.padEnd(40)} ${m.meanA.toFixed(1).padStart(8)} → ${m.meanB.toFixed(1).padStart(8)} ${info.unit.padEnd(6)} (B − A 95 % CI ${m.diffCiLow.toFixed(1)} to ${m.diffCiHigh.toFixed(1)})`,
    );
  }
  return c;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
